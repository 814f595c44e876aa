#!/usr/bin/env python3
"""Renders independent22's documents with real producers, checks every file, writes gold.json. Usage: render.py OUT"""
import html, json, os, re, shutil, subprocess, sys, zipfile
import datetime as dt
from pathlib import Path
import gen, texts as T

PLACES = ["Rådhuset, byrådssalen", "Rådhuset, mødesal 1", "Borgerservice, lokale 2.14", "Rådhusets festsal"]
ABSENT = ["Ingen", "Søren Kjær (V)", "Birthe Møller (A), Jørgen Ødegaard (F)", "Ingen afbud"]


def H(t):
    return html.escape(t)


# ---------- layout → blocks ----------
def header_info(d):
    m = d["muni"]; r = gen.random.Random(d["file"])
    return m, r, r.choice(PLACES), r.choice(ABSENT), r.choice(["16.00", "17.00", "18.30", "19.00"])


def blocks(d):
    lay = d["layout"][:2]
    m, r, place, absent, tm = header_info(d)
    K = T.kommune(m); b = d["bodyname"]; date = d["date"]; kind = d["kind"]
    extra = "Ekstraordinært møde - " if d["extra"] else ""
    out = []
    council = d["body"] == "council"
    own_decides = kind != "Dagsorden"
    for_head = {
        "L1": lambda: [("h1", K), ("p", f"{extra}{kind}"), ("kv", [("Udvalg", b), ("Mødedato", T.d_day(date)), ("Mødetidspunkt", tm.replace(".", ":")), ("Mødested", place), ("Fraværende", absent)])],
        "L2": lambda: [("h1", f"{kind} af {'ekstraordinært ' if d['extra'] else ''}møde i {b}"), ("p", f"{K}, {T.d_day(date)} kl. {tm}"), ("p", f"Afbud: {absent}"), ("p", f"Sted: {place}")],
        "L3": lambda: [("p", K), ("h1", f"{b} - {kind}"), ("kv", [("Mødedato", T.d_dot(date)), ("Starttidspunkt", tm), ("Mødested", place), ("Afbud", absent)] + ([("Information", "Ekstraordinært møde")] if d["extra"] else []))],
        "L4": lambda: [("p", K), ("kv", [("UDVALG", b), ("MØDEDATO", T.d_dash(date)), ("TIDSPUNKT", f"kl. {tm}"), ("MØDESTED", place), ("FRAVÆRENDE", absent)]), ("h1", extra + ("DAGSORDEN" if kind == "Dagsorden" else "REFERAT"))],
        "L5": lambda: [("p", K), ("h1", f"{extra}{b} {T.d_dash(date)} kl. {tm.replace('.', ':')}"), ("p", kind), ("kv", [("Sted", place), ("Medlemmer", "Alle"), ("Fraværende med afbud", absent)])],
        "L6": lambda: [("h1", f"{K}"), ("h2", f"{'Forslag til dagsorden' if kind == 'Dagsorden' else kind} - {extra}{b}"), ("p", f"Mødedato: {T.d_dot(date)}, kl. {tm}, {place}"), ("p", f"Fraværende: {absent}")],
        "L7": lambda: [("p", K), ("h1", f"{extra}{b} - {T.d_long(date)}"), ("kv", [("Organ", b), ("Dato", T.d_day(date)), ("Tidspunkt", f"kl. {tm}"), ("Lokale", place), ("Fraværende", absent), ("Dokument", kind)])],
        "L8": lambda: [("h1", f"{kind}: {extra}{b}"), ("kv", [("Møde", b), ("Mødedato", T.d_dot(date)), ("Kommune", K), ("Sted", place), ("Stedfortrædere", "Ingen")])],
    }
    out += for_head[lay]()
    base = r.choice([1, 1, 4, 112, 233])
    for n, it in enumerate(d["items"], base):
        chain = [(cb, cd, ct, r.randint(30, 160)) for cb, cd, ct in it["chain"]]
        rec = ("ul", it["rec"]) if it["rec"] else None
        recp = r.choice(["Forvaltningen indstiller, ", "Direktionen indstiller, ", f"Forvaltningen indstiller til {m['council']}, "])
        sec = []
        if lay == "L1":
            sec += [("h2", f"Punkt {n} {it['title']}")] + ([("p", f"Sagsnr.: {it['casenr']}")] if it["casenr"] else [])
            sec += [("h3", "Resumé"), ("p", it["bg"][0])] + ([("h3", "Sagsfremstilling")] + [("p", p) for p in it["bg"][1:]] if it["bg"][1:] else [])
            if rec: sec += [("h3", "Indstilling"), ("p", recp), rec]
            for cb, cd, ct, k in chain: sec += [("h3", f"Beslutning i {cb} den {T.d_long(cd)}"), ("p", ct)]
            if own_decides and it["decision"]: sec += [("h3", f"Beslutning i {b} den {T.d_long(date)}"), ("p", it["decision"])]
        elif lay == "L2":
            sec += [("h2", f"{n}. {it['title']}")]
            if own_decides and it["decision"]: sec += [("h3", "Beslutning"), ("p", it["decision"])]
            sec += [("h3", "Sagens kerne")] + [("p", p) for p in it["bg"]]
            if rec: sec += [("h3", "Indstilling"), ("p", recp), rec]
            for cb, cd, ct, k in chain: sec += [("h3", f"Tidligere beslutning i {cb} den {T.d_dot(cd)}"), ("p", ct)]
        elif lay == "L3":
            sec += [("h2", f"Sag nr. {n}  {it['title']}")] + ([("p", f"Dok. {it['casenr']}")] if it["casenr"] else [])
            sec += [("h3", "Beslutningstema"), ("p", it["bg"][0])]
            if rec: sec += [("h3", "Indstilling"), ("p", recp), rec]
            for cb, cd, ct, k in chain: sec += [("p", f"Beslutning fra {cb}, {T.d_long(cd)}, pkt. {k}:"), ("p", ct)]
            sec += [("h3", "Sagsfremstilling")] + [("p", p) for p in it["bg"][1:]]
            if own_decides and it["decision"]: sec += [("h3", "Beslutning"), ("p", "Fraværende: " + absent), ("p", it["decision"])]
        elif lay == "L4":
            sec += [("h2", f"Nr.{n} - {it['title']}")] + ([("p", f"Sagsnr. {it['casenr']}")] if it["casenr"] else [])
            sec += [("h3", "Sagens gang"), ("p", f"{m['committee']} - {m['council']}" if it["dk"] else "Sagen afgøres i: " + b)]
            sec += [("h3", "Redegørelse")] + [("p", p) for p in it["bg"]]
            if rec: sec += [("h3", "Indstilling"), ("p", recp), rec]
            for cb, cd, ct, k in chain: sec += [("h3", f"Beslutning i {cb} den {T.d_dash(cd)}"), ("p", ct)]
            if own_decides and it["decision"]: sec += [("h3", f"Beslutning i {b} den {T.d_dash(date)}"), ("p", it["decision"])]
        elif lay == "L5":
            sec += [("h2", f"Pkt. {n} {it['title']}"), ("p", f"Åbent punkt   {it['casenr'] or ''}")]
            sec += [("h3", "Problemstilling"), ("p", it["bg"][0])] + ([("h3", "Løsning")] + [("p", p) for p in it["bg"][1:]] if it["bg"][1:] else [])
            sec += [("h3", "Beslutningskompetence"), ("p", m["council"] if it["dk"] else b)]
            if rec: sec += [("h3", "Indstilling"), ("p", recp), rec]
            for cb, cd, ct, k in chain: sec += [("p", f"{cb}, {T.d_long(cd)}, pkt. {k}:"), ("p", ct)]
            if own_decides and it["decision"]: sec += [("h3", "Beslutninger"), ("p", it["decision"])]
        elif lay == "L6":
            sec += [("h2", f"{n}. {it['title']}")] + ([("p", it["casenr"])] if it["casenr"] else [])
            sec += [("p", p) for p in it["bg"]]
            if rec: sec += [("p", "Indstilling:"), rec]
            for cb, cd, ct, k in chain: sec += [("p", f"{cb} {T.d_dot(cd)}: {ct}")]
            if own_decides and it["decision"]: sec += [("p", it["decision"])]
        elif lay == "L7":
            sec += [("h2", f"{n}. {it['title']}"), ("p", "Åbent punkt")]
            sec += [("h3", "Beskrivelse af sagen")] + [("p", p) for p in it["bg"]]
            if rec: sec += [("h3", "Indstilling"), ("p", recp), rec]
            for cb, cd, ct, k in chain: sec += [("h3", f"Beslutning i {cb} den {T.d_long(cd)}"), ("p", ct)]
            if own_decides and it["decision"]:
                hd = f"Beslutning på {'byrådsmødet' if b == 'Byrådet' else 'mødet'} den {T.d_long(date)}" if council else "Beslutning"
                sec += [("h3", hd), ("p", it["decision"])]
            sec += [("p", "Til toppen")]
        else:
            sec += [("h2", f"{n}  {it['title']}")] + ([("p", f"Sag {it['casenr']}")] if it["casenr"] else [])
            sec += [("h3", "Sagsforløb")] + [("p", p) for p in it["bg"]]
            if it["dk"]: sec += [("h3", "Retsgrundlag"), ("p", "Lov om retssikkerhed og administration på det sociale område, § 79 b.")]
            if rec: sec += [("h3", "Indstilling"), ("p", recp), rec]
            for cb, cd, ct, k in chain: sec += [("h3", f"{cb} {T.d_dash(cd)}"), ("p", ct)]
            if own_decides and it["decision"]: sec += [("h3", "Afgørelse"), ("p", it["decision"])]
        out += sec
    return out


def nonmin_blocks(d):
    return [("h1", d["title"])] + [("p", p) for p in d["paras"]]


# ---------- writers ----------
CSS = {
    "L3": "body{font-family:'DejaVu Sans',sans-serif;font-size:10pt} h1{color:#124;font-size:16pt} table td{padding:2px 8px;border-bottom:1px solid #ccc} h2{background:#e8eef5;padding:4px;font-size:12pt}",
    "L4": "body{font-family:'Liberation Serif',serif;font-size:11pt} table{border:1px solid #000;width:100%} td{font-size:9pt} h2{font-size:12pt;border-top:2px solid #000}",
    "L5": "@page{size:A4;margin:2cm;@bottom-right{content:'Side ' counter(page) ' af ' counter(pages)}} body{font-variant-ligatures:none;font-feature-settings:'liga' 0,'clig' 0;font-family:'DejaVu Serif',serif;font-size:10.5pt} h2{font-size:13pt;color:#333}",
    "L7": "body{font-family:Arial,sans-serif} #side{float:right;width:25%;font-size:9pt;border-left:1px solid #aaa;padding-left:6px} h2{font-size:14pt}",
    "L8": "body{font-family:Verdana,sans-serif;font-size:10pt} table.kv td{border:1px solid #999;padding:3px} h3{font-size:10pt;text-decoration:underline}",
}


def to_html(bl, lay, enc, furniture=""):
    parts = []
    for t, v in bl:
        if t == "kv":
            parts.append("<table class='kv'>" + "".join(f"<tr><td><b>{H(k)}</b></td><td>{H(x)}</td></tr>" for k, x in v) + "</table>")
        elif t == "ul":
            parts.append("<ul>" + "".join(f"<li>{H(x)}</li>" for x in v) + "</ul>")
        else:
            tag = {"h1": "h1", "h2": "h2", "h3": "h3", "p": "p"}[t]
            parts.append(f"<{tag}>" + "<br>".join(H(x) for x in v.split("\n")) + f"</{tag}>")
    cs = "windows-1252" if enc == "cp1252" else "utf-8"
    return (f"<!DOCTYPE html>\n<html lang='da'><head><meta charset='{cs}'><title>{H(bl[0][1] if isinstance(bl[0][1], str) else 'Referat')}</title>"
            f"<style>{CSS.get(lay, '')}</style></head><body>{furniture}<main>" + "\n".join(parts) + "</main></body></html>\n")


def odt(bl, path):
    S = {"h1": "H1", "h2": "H2", "h3": "H3", "p": "P"}
    body = []
    for t, v in bl:
        if t == "kv":
            body += [f"<text:p text:style-name='P'><text:span text:style-name='B'>{H(k)}:</text:span> {H(x)}</text:p>" for k, x in v]
        elif t == "ul":
            body += [f"<text:p text:style-name='P'>– {H(x)}</text:p>" for x in v]
        else:
            body += [f"<text:p text:style-name='{S[t]}'>{H(x)}</text:p>" for x in v.split("\n")]
    content = ("<?xml version='1.0' encoding='UTF-8'?><office:document-content xmlns:office='urn:oasis:names:tc:opendocument:xmlns:office:1.0' "
               "xmlns:text='urn:oasis:names:tc:opendocument:xmlns:text:1.0' xmlns:style='urn:oasis:names:tc:opendocument:xmlns:style:1.0' "
               "xmlns:fo='urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0' office:version='1.2'><office:automatic-styles>"
               "<style:style style:name='H1' style:family='paragraph'><style:text-properties fo:font-size='16pt' fo:font-weight='bold'/></style:style>"
               "<style:style style:name='H2' style:family='paragraph'><style:paragraph-properties fo:margin-top='0.4cm'/><style:text-properties fo:font-size='13pt' fo:font-weight='bold'/></style:style>"
               "<style:style style:name='H3' style:family='paragraph'><style:paragraph-properties fo:margin-top='0.2cm'/><style:text-properties fo:font-weight='bold' fo:font-style='italic'/></style:style>"
               "<style:style style:name='P' style:family='paragraph'><style:paragraph-properties fo:margin-bottom='0.15cm'/><style:text-properties style:font-name='Liberation Sans' fo:font-size='10.5pt'/></style:style>"
               "<style:style style:name='B' style:family='text'><style:text-properties fo:font-weight='bold'/></style:style>"
               "</office:automatic-styles><office:body><office:text>" + "".join(body) + "</office:text></office:body></office:document-content>")
    man = ("<?xml version='1.0' encoding='UTF-8'?><manifest:manifest xmlns:manifest='urn:oasis:names:tc:opendocument:xmlns:manifest:1.0' manifest:version='1.2'>"
           "<manifest:file-entry manifest:full-path='/' manifest:media-type='application/vnd.oasis.opendocument.text'/>"
           "<manifest:file-entry manifest:full-path='content.xml' manifest:media-type='text/xml'/></manifest:manifest>")
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype", (2023, 1, 1, 0, 0, 0)), "application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED)
        z.writestr(zipfile.ZipInfo("META-INF/manifest.xml", (2023, 1, 1, 0, 0, 0)), man, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr(zipfile.ZipInfo("content.xml", (2023, 1, 1, 0, 0, 0)), content, compress_type=zipfile.ZIP_DEFLATED)


def docx(bl, path):
    def run(x, b=False, sz=21):
        return f"<w:r><w:rPr><w:rFonts w:ascii='Calibri' w:hAnsi='Calibri'/>{'<w:b/>' if b else ''}<w:sz w:val='{sz}'/></w:rPr><w:t xml:space='preserve'>{H(x)}</w:t></w:r>"
    ps = []
    for t, v in bl:
        if t == "kv":
            ps += [f"<w:p>{run(k + ': ', True)}{run(x)}</w:p>" for k, x in v]
        elif t == "ul":
            ps += [f"<w:p><w:pPr><w:ind w:left='567' w:hanging='283'/></w:pPr>{run('•  ' + x)}</w:p>" for x in v]
        else:
            b, sz = {"h1": (True, 32), "h2": (True, 26), "h3": (True, 22), "p": (False, 21)}[t]
            ps += [f"<w:p><w:pPr><w:spacing w:before='{200 if t != 'p' else 0}' w:after='80'/></w:pPr>{run(x, b, sz)}</w:p>" for x in v.split("\n")]
    doc = ("<?xml version='1.0' encoding='UTF-8' standalone='yes'?><w:document xmlns:w='http://schemas.openxmlformats.org/wordprocessingml/2006/main'><w:body>"
           + "".join(ps) + "<w:sectPr><w:pgSz w:w='11906' w:h='16838'/><w:pgMar w:top='1134' w:right='1134' w:bottom='1134' w:left='1418'/></w:sectPr></w:body></w:document>")
    ct = ("<?xml version='1.0' encoding='UTF-8'?><Types xmlns='http://schemas.openxmlformats.org/package/2006/content-types'>"
          "<Default Extension='rels' ContentType='application/vnd.openxmlformats-package.relationships+xml'/><Default Extension='xml' ContentType='application/xml'/>"
          "<Override PartName='/word/document.xml' ContentType='application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'/></Types>")
    rels = ("<?xml version='1.0' encoding='UTF-8'?><Relationships xmlns='http://schemas.openxmlformats.org/package/2006/relationships'>"
            "<Relationship Id='rId1' Type='http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument' Target='word/document.xml'/></Relationships>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, c in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)):
            z.writestr(zipfile.ZipInfo(n, (2023, 1, 1, 0, 0, 0)), c, compress_type=zipfile.ZIP_DEFLATED)


def groff(bl):
    esc = lambda x: "\\&" + x.replace("\\", "\\e")
    o = [".nr PS 10", ".nr VS 12", ".ds CH Side %", ""]
    for t, v in bl:
        if t == "h1": o += [".LP", ".ps 14", ".B", esc(v), ".ps 10"]
        elif t == "h2": o += [".SH", esc(v)]
        elif t == "h3": o += [".LP", ".I", esc(v)]
        elif t == "kv": o += sum(([".LP", esc(f"{k}: {x}")] for k, x in v), [])
        elif t == "ul": o += sum(([".IP \\(bu 3", esc(x)] for x in v), [])
        else: o += sum(([".PP", esc(x)] for x in v.split("\n")), [])
    return "\n".join(o) + "\n"


def plain(bl):
    o = []
    for t, v in bl:
        if t == "kv": o += [f"{k}: {x}" for k, x in v]
        elif t == "ul": o += [f"  - {x}" for x in v]
        elif t == "h1": o += [v, "=" * min(len(v), 78), ""]
        else: o += [v, ""]
    return "\n".join(o).replace("–", "-") + "\n"


# ---------- producers ----------
def run(cmd, env, **kw):
    p = subprocess.run(["nice", "-n", "10"] + cmd, env=env, capture_output=True, timeout=120, **kw)
    if p.returncode != 0:
        raise SystemExit(f"producer failed: {' '.join(cmd)}\n{p.stderr.decode(errors='replace')[-1500:]}")
    return p


BAD = re.compile("[\ufffd\u4e00-\u9fff\u3040-\u30ff\uac00-\ud7af\ue000-\uf8ff]|Ã.|Â|â€")


def check_text(txt, m, f):
    name = m["name"]
    problems = []
    if len(txt.strip()) < 150: problems.append("too little text")
    if name not in txt: problems.append("municipality name missing")
    if not re.search("[æøåÆØÅ]", txt): problems.append("no Danish letters")
    b = BAD.search(txt)
    if b: problems.append(f"bad characters {b.group()!r}")
    if problems:
        raise SystemExit(f"CHECK FAILED {f}: {problems}")


def main(out):
    out = Path(out)
    plan, lay = gen.main(out)
    home = out / ".home"; home.mkdir(parents=True, exist_ok=True)
    work = out / ".work"; work.mkdir(exist_ok=True)
    env = dict(os.environ, HOME=str(home), LC_ALL="C.UTF-8")
    for half, (gold, docs) in plan.items():
        corpus = out / half / "corpus"
        if corpus.exists(): shutil.rmtree(corpus)
        lo_jobs, chr_jobs, wea_jobs = [], [], []
        for i, d in enumerate(docs):
            lay_ = d["layout"][:2]; m = d["muni"]
            dst = corpus / d["file"]; dst.parent.mkdir(parents=True, exist_ok=True)
            bl = blocks(d) if d["type"] == "meeting" else nonmin_blocks(d)
            src = work / f"{half}-{i:03d}"
            if d["type"] == "nonminutes" and lay_ not in ("L7", "L8"):
                (src.with_suffix(".txt")).write_bytes(plain(bl).encode("latin-1"))
                run(["enscript", "-q", "-X", "latin1", "-B", "--word-wrap", "-f", "Times-Roman11", "-o", str(src.with_suffix(".ps")), str(src.with_suffix(".txt"))], env)
                run(["ps2pdf", str(src.with_suffix(".ps")), str(dst)], env)
                d["producer"] = "enscript+ps2pdf"
            elif lay_ == "L1":
                odt(bl, src.with_suffix(".odt")); lo_jobs.append((src.with_suffix(".odt"), dst)); d["producer"] = "soffice(odt)"
            elif lay_ == "L2":
                docx(bl, src.with_suffix(".docx")); lo_jobs.append((src.with_suffix(".docx"), dst)); d["producer"] = "soffice(docx)"
            elif lay_ == "L3":
                src.with_suffix(".html").write_text(to_html(bl, "L3", "utf8"), encoding="utf-8")
                chr_jobs.append((src.with_suffix(".html"), dst))
                d["producer"] = "chromium"
            elif lay_ == "L4":
                src.with_suffix(".html").write_text(to_html(bl, "L4", "utf8"), encoding="utf-8")
                run(["wkhtmltopdf", "-q", "--encoding", "utf-8", "--footer-right", "[page]/[topage]", "--footer-font-size", "7", str(src.with_suffix(".html")), str(dst)], env)
                d["producer"] = "wkhtmltopdf"
            elif lay_ == "L5":
                src.with_suffix(".html").write_text(to_html(bl, "L5", "utf8"), encoding="utf-8")
                wea_jobs.append((src.with_suffix(".html"), dst))
                d["producer"] = "weasyprint+gs-pdfwrite"
            elif lay_ == "L6":
                src.with_suffix(".ms").write_text(groff(bl), encoding="utf-8")
                p = run(["groff", "-Kutf8", "-ms", "-Tps", str(src.with_suffix(".ms"))], env)
                src.with_suffix(".ps").write_bytes(p.stdout)
                run(["ps2pdf", str(src.with_suffix(".ps")), str(dst)], env)
                d["producer"] = "groff-ms+ps2pdf"
            else:
                enc = "cp1252" if lay_ == "L8" else "utf8"
                fur = ""
                if lay_ == "L7":
                    fur = (f"<a href='#main'>Gå til indhold</a> <nav>Forside &gt; Politik &gt; Dagsordener og referater &gt; {H(d.get('bodyname', ''))}</nav>"
                           f"<div id='side'><b>Andre møder</b><ul>" + "".join(f"<li>{T.d_dot(dt.date(2023, mo, 14))} {H(m['council'])}</li>" for mo in (8, 9, 10, 11, 12)) + "</ul></div>")
                txt = to_html(bl, lay_, enc, fur)
                dst.write_bytes(txt.encode("cp1252") if enc == "cp1252" else txt.encode("utf-8"))
                d["producer"] = "html-" + ("windows-1252" if enc == "cp1252" else "utf-8")
        if lo_jobs:
            lod = work / f"lo-{half}"; lod.mkdir(exist_ok=True)
            run(["soffice", f"-env:UserInstallation={(home / 'lo').as_uri()}", "--headless", "--convert-to", "pdf", "--outdir", str(lod)] + [str(s) for s, _ in lo_jobs], env)
            for s, dst in lo_jobs:
                shutil.move(str(lod / (s.stem + ".pdf")), dst)
        if chr_jobs:
            run([sys.executable, str(Path(__file__).with_name("chromium_batch.py")), str(home / "chromium")] + [str(x) for j in chr_jobs for x in j], env)
        if wea_jobs:
            run(["/usr/bin/python3", str(Path(__file__).with_name("weasy_batch.py"))] + [str(x) for s, _ in wea_jobs for x in (s, s.with_suffix(".w.pdf"))], env)
            for s, dst in wea_jobs:
                run(["gs", "-q", "-dBATCH", "-dNOPAUSE", "-dSAFER", "-sDEVICE=pdfwrite", f"-sOutputFile={dst}", str(s.with_suffix(".w.pdf"))], env)
        for d in docs:
            f = corpus / d["file"]; g = gold["documents"][d["file"]]
            if f.suffix == ".pdf":
                txt = subprocess.run(["pdftotext", "-enc", "UTF-8", str(f), "-"], capture_output=True, text=True).stdout
                info = subprocess.run(["pdfinfo", str(f)], capture_output=True, text=True).stdout
                g["pages"] = int(re.search(r"Pages:\s+(\d+)", info).group(1))
            else:
                raw = f.read_bytes()
                txt = raw.decode("cp1252" if b"windows-1252" in raw[:200] else "utf-8")
                txt = html.unescape(re.sub("<[^>]+>", " ", txt))
                g["pages"] = 1
            check_text(txt, d["muni"], f)
            g["producer"] = d["producer"]
        (out / half / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"{half}: {len(docs)} documents, layouts {', '.join(lay[half])}")
    shutil.rmtree(work); shutil.rmtree(home)


if __name__ == "__main__":
    main(sys.argv[1])
