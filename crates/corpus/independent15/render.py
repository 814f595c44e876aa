#!/usr/bin/env python3
"""independent15: renders model.json into the eight layouts and writes gold.json. Usage: render.py OUT"""
import datetime as dt, html, json, os, re, shutil, subprocess, sys, zipfile
from pathlib import Path
import texts as T
from gen import ascii_name

OUT = Path(sys.argv[1]).resolve()
MODEL = json.loads((OUT / "model.json").read_text())
EXT = {"A1": ".html", "A2": ".htm"}
PRODUCER = {"A1": "html-utf8", "A2": "html-windows-1252", "B1": "chromium", "B2": "wkhtmltopdf",
            "C1": "weasyprint", "C2": "libreoffice-odt", "D1": "groff-ps2pdf", "D2": "enscript-ps2pdf"}
MOJI = re.compile("Ã[¦¸¥˜…†]|Ã\u0098|Ã\u0085|\ufffd")
e = html.escape


def D(s):
    return dt.date.fromisoformat(s)


def stamp(doc):
    d = D(doc["date"]) + dt.timedelta(days=37 + len(doc["items"]) * 3)
    return d, f"{d.strftime('%d.%m.%Y')} kl. {9 + len(doc['items']) % 7:02d}:{(len(doc['items']) * 7) % 60:02d}"


def header_fields(m, doc):
    d = D(doc["date"])
    return [("Udvalg" if m["layout"] in ("A1", "B2") else "Organ", doc["body"]),
            ("Mødedato", T.weekday_date(d) if m["layout"] != "B2" else T.dot_date(d)),
            ("Mødetidspunkt", f"kl. {doc['time']}"), ("Mødested", doc["place"]),
            ("Fraværende" if m["variant"] % 2 else "Afbud", ", ".join(doc["absent"]) or "Ingen")]


def case_label(m):
    return ["Sagsnr.", "Sag", "Dok.", "Sagsnr.:"][m["variant"] % 4]


# ---------------------------------------------------------------- HTML (A1, A2, B1, B2, C1)
def item_html(m, it, hx="h2"):
    out = [f'<div class="item" id="p{it["no"]}"><{hx}>{"Punkt " if m["layout"] == "A1" else ""}{it["no"]}. {e(it["title"])}</{hx}>',
           f'<p class="meta">{case_label(m)} {e(it["sagsnr"])} &middot; {"Åbent punkt" if it["open"] else "Lukket punkt"}</p>']
    for k, v in it["blocks"]:
        if k == "h":
            out.append(f"<h4>{e(v)}</h4>")
        elif k == "p" or k == "dp":
            out.append(f'<p class="{k}">{e(v)}</p>')
        elif k == "b":
            out.append("<ul>" + "".join(f"<li>{e(x)}</li>" for x in v) + "</ul>")
        elif k in ("DH", "dh") and v:
            out.append(f'<h4 class="{k}">{e(v)}</h4>')
    out.append("</div>")
    return "\n".join(out)


def html_doc(m, doc, lay):
    d = D(doc["date"])
    K, body = m["K"], doc["body"]
    sd, st = stamp(doc)
    url = f"https://{ascii_name(m['name'])}.dk/politik/referater/{doc['date']}"
    title = f"{body} - Referat {T.dash_date(d)}"
    css = {"A1": "body{font-family:Arial;max-width:60em} .side{float:right;width:14em;font-size:80%}",
           "A2": "body{font-family:'Times New Roman'}",
           "B1": "body{font-family:'DejaVu Sans';font-size:9.5pt} .cols{column-count:2;column-gap:1.6em}"
                 " .stamp{position:fixed;bottom:0;left:0;font-size:7pt;color:#555} h2{font-size:11pt}"
                 " table{font-size:9pt}",
           "B2": "body{font-family:'DejaVu Serif';font-size:11pt} table.meta td{border:1px solid #999;padding:3px}",
           "C1": "@page{size:A4;margin:2.2cm 2cm;@top-left{content:'" + K + " - Beslutningsprotokol';font-size:8pt}"
                 "@top-right{content:'" + body + " " + T.dot_date(d) + "';font-size:8pt}"
                 "@bottom-right{content:'Side ' counter(page) ' af ' counter(pages);font-size:8pt}}"
                 " body{font-family:'DejaVu Sans';font-size:10pt} td{border-bottom:1px solid #aaa;padding:2px 6px}"
                 " h4.DH,h4.dh{font-size:10pt;margin:6px 0 2px}",
           }[lay]
    charset = "windows-1252" if lay == "A2" else "utf-8"
    h = [f'<!DOCTYPE html><html lang="da"><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">'
         f"<title>{e(title)}</title><style>{css}</style></head><body>"]
    if lay == "A1":
        h.append(f'<a href="#main">Gå til indhold</a><div class="crumbs">Forside &gt; Politik &gt; Dagsordener og referater &gt; {e(body)}</div>')
        h.append('<div class="side"><h3>Andre møder</h3><ul>' + "".join(
            f"<li>{e(o['body'])} {T.dash_date(D(o['date']))}</li>" for o in m["_docs"]) + "</ul></div>")
        h.append(f'<main id="main"><h1>Referat</h1><p>{e(K)}</p><table class="hdr">' + "".join(
            f"<tr><th>{e(a)}</th><td>{e(b)}</td></tr>" for a, b in header_fields(m, doc)) + "</table>")
        h.append("<h2>Indhold</h2><ol>" + "".join(
            f'<li><a href="#p{it["no"]}">{it["no"]}. {e(it["title"])}</a></li>' for it in doc["items"]) + "</ol>")
    elif lay == "A2":
        h.append(f"<p><b>{e(K)}</b></p><h1>Referat af møde i {e(body)} {T.weekday_date(d)} kl. {doc['time']}</h1>")
        h.append(f"<p>Sted: {e(doc['place'])}<br>Afbud: {e(', '.join(doc['absent']) or 'Ingen')}</p>")
        h.append("<p><b>Dagsorden</b></p><p>" + "<br>".join(f"{it['no']}. {e(it['title'])}" for it in doc["items"]) + "</p>")
    elif lay == "B1":
        h.append(f'<div class="stamp">Udskrevet {st} &nbsp; {url}</div>')
        h.append(f"<h1>{e(K)}</h1><p><b>{e(body)}</b> &ndash; Referat<br>Mødedato: {T.long_date(d)}, kl. {doc['time']}<br>"
                 f"Mødested: {e(doc['place'])}</p><p>Fraværende med afbud: {e(', '.join(doc['absent']) or 'Ingen')}</p>")
        h.append("<p><b>Indholdsfortegnelse</b></p><ol>" + "".join(f"<li>{e(it['title'])}</li>" for it in doc["items"]) + "</ol>")
        h.append('<div class="cols">')
    elif lay == "B2":
        h.append(f"<h1>{e(K)}</h1><h2>Referat</h2><table class='meta'>" + "".join(
            f"<tr><td><b>{e(a)}</b></td><td>{e(b)}</td></tr>" for a, b in header_fields(m, doc)) + "</table>")
        h.append("<h3>Indholdsfortegnelse</h3><table>" + "".join(
            f"<tr><td>{it['no']}.</td><td>{e(it['title'])}</td></tr>" for it in doc["items"]) + "</table>")
    elif lay == "C1":
        h.append(f"<h1>Beslutningsprotokol</h1><table>" + "".join(
            f"<tr><td>{e(a)}</td><td>{e(b)}</td></tr>" for a, b in [("Kommune", K)] + header_fields(m, doc)) + "</table>")
        h.append(f"<p>Mødet blev hævet kl. {int(doc['time'][:2]) + 2}.40.</p>")
    for it in doc["items"]:
        h.append(item_html(m, it))
        if lay == "A1":
            h.append('<p><a href="#main">Til toppen</a></p>')
    if lay == "B1":
        h.append("</div>")
    if lay == "A1":
        h.append(f"</main><footer>{e(K)} &middot; Rådhuset &middot; Senest opdateret {sd.strftime('%d.%m.%Y')}</footer>")
    if lay == "A2":
        h.append(f"<hr><p>Referatet er godkendt og underskrevet. Udskrevet {st}</p>")
    h.append("</body></html>")
    return "\n".join(h)


# ---------------------------------------------------------------- ODT (C2)
def xq(s):
    return html.escape(s, quote=False)


def odt(m, doc, path):
    d = D(doc["date"])
    K = m["K"]
    P = []
    P.append(f'<text:p text:style-name="Title">{xq(K)}</text:p>')
    P.append(f'<text:p text:style-name="Sub">Referat - {xq(doc["body"])}</text:p>')
    P.append('<table:table table:name="Mode"><table:table-column table:number-columns-repeated="2"/>')
    for a, b in header_fields(m, doc):
        P.append(f'<table:table-row><table:table-cell><text:p text:style-name="B">{xq(a)}</text:p></table:table-cell>'
                 f'<table:table-cell><text:p>{xq(b)}</text:p></table:table-cell></table:table-row>')
    P.append("</table:table>")
    P.append('<text:p text:style-name="H2">Indholdsfortegnelse</text:p>')
    for it in doc["items"]:
        P.append(f'<text:p>{it["no"]}. {xq(it["title"])}</text:p>')
    for it in doc["items"]:
        P.append(f'<text:p text:style-name="H1">{it["no"]}. {xq(it["title"])}</text:p>')
        P.append(f'<text:p text:style-name="Small">{case_label(m)} {xq(it["sagsnr"])}</text:p>')
        for k, v in it["blocks"]:
            if k in ("h",):
                P.append(f'<text:p text:style-name="H2">{xq(v)}</text:p>')
            elif k in ("DH", "dh") and v:
                P.append(f'<text:p text:style-name="H2">{xq(v)}</text:p>')
            elif k in ("p", "dp"):
                P.append(f"<text:p>{xq(v)}</text:p>")
            elif k == "b":
                for x in v:
                    P.append(f'<text:p text:style-name="Bul">• {xq(x)}</text:p>')
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"')
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ns} office:version="1.2">'
               '<office:body><office:text>' + "".join(P) + "</office:text></office:body></office:document-content>")
    styles = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {ns} office:version="1.2"><office:styles>'
              '<style:style style:name="Standard" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.15cm"/>'
              '<style:text-properties fo:font-size="10.5pt" style:font-name="Liberation Serif"/></style:style>'
              '<style:style style:name="Title" style:family="paragraph"><style:text-properties fo:font-size="18pt" fo:font-weight="bold"/></style:style>'
              '<style:style style:name="Sub" style:family="paragraph"><style:text-properties fo:font-size="14pt"/></style:style>'
              '<style:style style:name="H1" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.5cm"/><style:text-properties fo:font-size="13pt" fo:font-weight="bold"/></style:style>'
              '<style:style style:name="H2" style:family="paragraph"><style:text-properties fo:font-weight="bold"/></style:style>'
              '<style:style style:name="B" style:family="paragraph"><style:text-properties fo:font-weight="bold"/></style:style>'
              '<style:style style:name="Small" style:family="paragraph"><style:text-properties fo:font-size="8pt"/></style:style>'
              '<style:style style:name="Bul" style:family="paragraph"><style:paragraph-properties fo:margin-left="0.6cm"/></style:style>'
              '<style:style style:name="Footer" style:family="paragraph"><style:text-properties fo:font-size="8pt"/></style:style>'
              '</office:styles><office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties '
              'fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="1.5cm" fo:margin-left="2.2cm" fo:margin-right="2cm"/>'
              '</style:page-layout></office:automatic-styles><office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">'
              f'<style:header><text:p text:style-name="Footer">{xq(K)} - {xq(doc["body"])} - {T.dot_date(d)}</text:p></style:header>'
              '<style:footer><text:p text:style-name="Footer">Side <text:page-number text:select-page="current"/> af <text:page-count/></text:p></style:footer>'
              '</style:master-page></office:master-styles></office:document-styles>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/></manifest:manifest>')
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype", (2024, 1, 1, 0, 0, 0)), "application/vnd.oasis.opendocument.text",
                   compress_type=zipfile.ZIP_STORED)
        for n, c in (("content.xml", content), ("styles.xml", styles), ("META-INF/manifest.xml", manifest)):
            z.writestr(zipfile.ZipInfo(n, (2024, 1, 1, 0, 0, 0)), c, compress_type=zipfile.ZIP_DEFLATED)


# ---------------------------------------------------------------- groff (D1), enscript (D2)
def gq(s):
    s = s.replace("\\", "\\e")
    return ("\\&" + s) if s[:1] in ".'" else s


def groff(m, doc):
    d = D(doc["date"])
    sd, st = stamp(doc)
    L = [".nh", f'.ds LH {gq(m["K"])}', f'.ds CH {gq(doc["body"])}', ".ds RH Side %",
         f".ds LF Udskrevet {st}", ".ds CF", ".ds RF Referat", ".TL", gq(f"Referat - {doc['body']}"),
         ".AU", gq(m["K"]), ".LP", gq(f"Mødedato: {T.long_date(d)} kl. {doc['time']}"), ".br",
         gq(f"Mødested: {doc['place']}"), ".br", gq(f"Fraværende: {', '.join(doc['absent']) or 'Ingen'}"),
         ".SH", "Dagsorden"]
    for it in doc["items"]:
        L += [".IP " + str(it["no"]) + ".", gq(it["title"])]
    L.append(".2C")
    for it in doc["items"]:
        L += [".SH", gq(f"{it['no']}. {it['title']}"), ".LP", gq(f"{case_label(m)} {it['sagsnr']}")]
        for k, v in it["blocks"]:
            if k == "h" or (k in ("DH", "dh") and v):
                L += [".LP", "\\fB" + gq(v) + "\\fP"]
            elif k in ("p", "dp"):
                L += [".LP", gq(v)]
            elif k == "b":
                for x in v:
                    L += [".IP \\(bu 2", gq(x)]
    return "\n".join(L) + "\n"


def wrap(s, w):
    out, line = [], ""
    for word in s.split():
        if len(line) + len(word) + 1 > w:
            out.append(line); line = word
        else:
            line = (line + " " + word).strip()
    out.append(line)
    return out


def enscript_text(m, doc):
    d = D(doc["date"])
    W = 68
    L = [m["K"].upper(), "", "BESLUTNINGSPROTOKOL", doc["body"], f"Dato: {T.dot_date(d)}   Kl. {doc['time']}",
         f"Sted: {doc['place']}", f"Afbud: {', '.join(doc['absent']) or 'Ingen'}", "", "Dagsorden:"]
    for it in doc["items"]:
        L += wrap(f"{it['no']:>3}. {it['title']}", W)
    L.append("")
    for it in doc["items"]:
        L += ["", "-" * W] + wrap(f"Sag nr. {it['no']}  {it['title']}", W) + [f"{case_label(m)} {it['sagsnr']}", ""]
        for k, v in it["blocks"]:
            if k == "h" or (k in ("DH", "dh") and v):
                L += ["", v.upper() if k == "h" else v]
            elif k in ("p", "dp"):
                L += wrap(v, W)
            elif k == "b":
                for x in v:
                    L += wrap("  - " + x, W)
    return "\n".join(L) + "\n"


def run(cmd, **kw):
    p = subprocess.run(cmd, capture_output=True, **kw)
    if p.returncode != 0:
        sys.exit(f"FAILED {cmd[:3]}: {p.stderr[-800:].decode('utf-8', 'replace')}")
    return p


def check_pdf(path, m):
    t = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True).stdout
    flat = re.sub(r"-\s*\n\s*", "-", t)
    flat = re.sub(r"\s+", " ", flat)
    problems = []
    if len(t.strip()) < 200:
        problems.append("no text")
    if m["name"] not in flat:
        problems.append("name missing")
    if not re.search("[æøåÆØÅ]", t):
        problems.append("no Danish letters")
    if MOJI.search(t):
        problems.append("mojibake")
    if problems:
        sys.exit(f"PDF CHECK FAILED {path}: {problems}")
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
    mm = re.search(r"Pages:\s+(\d+)", info)
    return int(mm.group(1)) if mm else 1


def main():
    work = OUT / "_work"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir()
    jobs = {k: [] for k in PRODUCER}
    for half, munis in MODEL["halves"].items():
        for m in munis:
            for doc in m["docs"]:
                m["_docs"] = m["docs"]
                lay = m["layout"]
                rel = f"{m['folder']}/{doc['stem']}{EXT.get(lay, '.pdf')}"
                dest = OUT / half / "corpus" / rel
                dest.parent.mkdir(parents=True, exist_ok=True)
                doc["rel"], doc["dest"] = rel, dest
                jobs[lay].append((m, doc))
    times = {}
    for lay in ["A1", "A2", "B1", "B2", "C1", "C2", "D1", "D2"]:
        t0 = dt.datetime.now()
        js = jobs[lay]
        if lay in ("A1", "A2"):
            for m, doc in js:
                doc["dest"].write_bytes(html_doc(m, doc, lay).encode("utf-8" if lay == "A1" else "cp1252"))
        elif lay == "B1":
            pairs = []
            for i, (m, doc) in enumerate(js):
                src = work / f"b1_{i}.html"
                src.write_text(html_doc(m, doc, lay), encoding="utf-8")
                pairs.append((str(src), str(doc["dest"])))
            if pairs:
                (work / "b1.json").write_text(json.dumps(pairs))
                run([sys.executable, str(Path(__file__).resolve().parent / "cdp.py"), str(work / "b1.json")], timeout=600)
        elif lay == "B2":
            for i, (m, doc) in enumerate(js):
                src = work / f"b2_{i}.html"
                src.write_text(html_doc(m, doc, lay), encoding="utf-8")
                run(["wkhtmltopdf", "-q", "--encoding", "utf-8", "--header-left", f"{m['K']} - {doc['body']}",
                     "--header-font-size", "8", "--footer-center", "Side [page] af [topage]", "--footer-font-size", "8",
                     "--footer-right", f"Udskrevet {stamp(doc)[1]}", str(src), str(doc["dest"])], timeout=120)
        elif lay == "C1":
            pairs = []
            for i, (m, doc) in enumerate(js):
                src = work / f"c1_{i}.html"
                src.write_text(html_doc(m, doc, lay), encoding="utf-8")
                pairs.append((str(src), str(doc["dest"])))
            if pairs:
                (work / "c1.json").write_text(json.dumps(pairs))
                run(["/usr/bin/python3", "-c", "import json,sys,weasyprint\nfor s,d in json.load(open(sys.argv[1])):"
                     " weasyprint.HTML(filename=s).write_pdf(d)", str(work / "c1.json")], timeout=600)
        elif lay == "C2":
            od = work / "odt"; od.mkdir(); pd = work / "odtpdf"; pd.mkdir()
            for i, (m, doc) in enumerate(js):
                odt(m, doc, od / f"c2_{i}.odt")
            if js:
                env = dict(os.environ, HOME=str(work / "lohome"))
                run(["soffice", "--headless", "--norestore", "--convert-to", "pdf", "--outdir", str(pd)]
                    + [str(od / f"c2_{i}.odt") for i in range(len(js))], timeout=600, env=env)
                for i, (m, doc) in enumerate(js):
                    shutil.move(str(pd / f"c2_{i}.pdf"), doc["dest"])
        elif lay == "D1":
            for i, (m, doc) in enumerate(js):
                ps = work / f"d1_{i}.ps"
                p = subprocess.run(["groff", "-k", "-ms", "-Tps"], input=groff(m, doc).encode("utf-8"), capture_output=True)
                if p.returncode:
                    sys.exit("groff failed: " + p.stderr.decode()[-500:])
                ps.write_bytes(p.stdout)
                run(["ps2pdf", str(ps), str(doc["dest"])])
        elif lay == "D2":
            for i, (m, doc) in enumerate(js):
                txt = work / f"d2_{i}.txt"; ps = work / f"d2_{i}.ps"
                txt.write_bytes(enscript_text(m, doc).encode("latin-1"))
                run(["enscript", "-q", "-X", "latin1", "-2r", "-f", "Courier7.5", "--word-wrap",
                     f"--header={m['K']}|{doc['body']} {T.dot_date(D(doc['date']))}|Side $% af $=".encode("latin-1"),
                     "-o", str(ps), str(txt)])
                run(["ps2pdf", str(ps), str(doc["dest"])])
        # Ghostscript re-distils every third PDF of the text producers and of wkhtmltopdf
        if lay in ("B2", "D1", "D2"):
            for i, (m, doc) in enumerate(js):
                if i % 3 == 1:
                    tmp = work / "redistil.pdf"
                    run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite",
                         f"-sOutputFile={tmp}", str(doc["dest"])])
                    shutil.move(str(tmp), doc["dest"])
                    doc["regs"] = True
        for m, doc in js:
            doc["pages"] = 1 if lay in EXT else check_pdf(doc["dest"], m)
        times[lay] = (dt.datetime.now() - t0).total_seconds()
        print(f"  {lay} {PRODUCER[lay]}: {len(js)} documents, {times[lay]:.1f}s", flush=True)
    # gold
    for half, munis in MODEL["halves"].items():
        gold = {"map_year": MODEL["map_year"], "municipalities": {}, "documents": {}}
        for m in sorted(munis, key=lambda x: x["code"]):
            tr = m["treatment"]
            tdoc = next((d for d in m["docs"] if tr and d["stem"] == tr["stem"]), None)
            gold["municipalities"][m["code"]] = {
                "name": m["name"], "plan": m["scenario"], "outcome": m["outcome"], "action_plan": m["action_plan"],
                "treatment_document": tdoc["rel"] if tdoc else None, "meeting_date": tdoc["date"] if tdoc else None,
                "variant": m["variant"], "layout": m["layout"]}
            for d in m["docs"]:
                gold["documents"][d["rel"]] = {
                    "status": "ok", "municipality_code": m["code"], "body": d["kind"], "meeting_date": d["date"],
                    "dk_items": d["dk_items"], "pages": d["pages"],
                    "producer": PRODUCER[m["layout"]] + ("+gs" if d.get("regs") else "")}
        (OUT / half / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1, sort_keys=True))
    # layouts.md
    L = ["# independent15 layouts", "", "| pair | layout | producer | half |", "|---|---|---|---|"]
    for pi, pair in enumerate(["A", "B", "C", "D"]):
        for lay in (pair + "1", pair + "2"):
            half = "dev" if lay in MODEL["layouts"]["dev"] else "holdout"
            L.append(f"| {pair} | {lay} | {PRODUCER[lay]} | {half} |")
    L += ["", "| half | code | name | folder | layout | scenario | variant | decision style | outcome | action_plan |",
          "|---|---|---|---|---|---|---|---|---|---|"]
    for half, munis in MODEL["halves"].items():
        for m in sorted(munis, key=lambda x: x["code"]):
            L.append(f"| {half} | {m['code']} | {m['name']} | {m['folder']} | {m['layout']} | {m['scenario']} | "
                     f"{m['variant']} | {m['style']} | {m['outcome']} | {m['action_plan']} |")
    (OUT / "layouts.md").write_text("\n".join(L) + "\n")
    shutil.rmtree(work, ignore_errors=True)
    (OUT / "model.json").unlink()


if __name__ == "__main__":
    main()
