# -*- coding: utf-8 -*-
"""Layouts and producers of independent12."""
import html, os, re, shutil, subprocess, tempfile, textwrap, unicodedata, zipfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import texts as T

E = html.escape


def safe(s):
    return re.sub(r"[^\wæøåÆØÅ.-]+", "_", s)


def reco_intro(r):
    return r.choice(["Forvaltningen indstiller,", "Direktionen indstiller,", "Administrationen foreslår,"])


def doc(path, m, producer, kind, payload, dk=True):
    return dict(path=path, body=m["body"], date=m["date"], producer=producer, kind=kind, payload=payload,
                essential=m["essential"], dk_items=[m["dk"]] if (dk and m["dk"]) else [])


# ---------------------------------------------------------------- A1: ODT protocol, no headings

def odt_bytes(title_lines, rows):
    def p(text, style="P"):
        return f'<text:p text:style-name="{style}">{E(text)}</text:p>'
    body = "".join(p(t, "H") for t in title_lines)
    tbl = ['<table:table table:name="Protokol" table:style-name="Tb"><table:table-column table:style-name="C1"/>'
           '<table:table-column table:style-name="C2"/>']
    for num, paras in rows:
        cells = "".join(p(t, s) for t, s in paras)
        tbl.append(f'<table:table-row><table:table-cell>{p(num, "N")}</table:table-cell>'
                   f'<table:table-cell>{cells}</table:table-cell></table:table-row>')
    tbl.append("</table:table>")
    content = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2">
<office:automatic-styles>
<style:style style:name="Tb" style:family="table"><style:table-properties style:width="17cm" table:align="left"/></style:style>
<style:style style:name="C1" style:family="table-column"><style:table-column-properties style:column-width="2cm"/></style:style>
<style:style style:name="C2" style:family="table-column"><style:table-column-properties style:column-width="15cm"/></style:style>
<style:style style:name="H" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.2cm"/><style:text-properties fo:font-size="13pt" fo:font-weight="bold"/></style:style>
<style:style style:name="N" style:family="paragraph"><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>
<style:style style:name="B" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.3cm"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="P" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.15cm"/><style:text-properties fo:font-size="10.5pt"/></style:style>
<style:style style:name="I" style:family="paragraph"><style:text-properties fo:font-size="9pt" fo:font-style="italic"/></style:style>
</office:automatic-styles>
<office:body><office:text>{body}{"".join(tbl)}</office:text></office:body></office:document-content>'''
    manifest = '''<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
</manifest:manifest>'''
    return {"mimetype": "application/vnd.oasis.opendocument.text", "META-INF/manifest.xml": manifest,
            "content.xml": content}


def lay_A1(ctx, m, folder, r):
    title = [f"{ctx['name']} Kommune",
             f"Beslutningsprotokol - {m['bname']} - {T.dfull(m['date'], m['time'])}",
             f"{m['kind']}. Mødested: {m['place']}. Til stede: alle medlemmer" +
             ("" if m["absent"] == "Ingen" else f" undtagen {m['absent']}") + "."]
    rows = []
    for it in m["items"]:
        paras = [(it["title"], "B"), (it["caseno"], "I")]
        paras += [(b, "P") for b in it["bg"]]
        paras.append((reco_intro(r) + " " + "; ".join(it["reco"]).rstrip(".") + ".", "P"))
        for lab, txt in it["prior"]:
            paras.append((f"{lab}: {txt}", "P"))
        for a in it["attend"]:
            paras.append((a, "I"))
        paras += [(d, "P") for d in it["decision"]]
        rows.append((f"{it['no']}.", paras))
    name = f"{folder}/Beslutningsprotokol_{safe(m['bname'])}_{m['date'].isoformat()}.pdf"
    return [doc(name, m, "libreoffice-odt", "lo", ("odt", odt_bytes(title, rows)))]


# ---------------------------------------------------------------- D1: DOCX, two columns

def docx_bytes(paras):
    def run(t, b=False, sz=None):
        pr = ("<w:b/>" if b else "") + (f'<w:sz w:val="{sz}"/>' if sz else "")
        return f'<w:r><w:rPr>{pr}</w:rPr><w:t xml:space="preserve">{E(t)}</w:t></w:r>'
    body = []
    for t, st in paras:
        if st == "title":
            body.append(f"<w:p>{run(t, True, 32)}</w:p>")
        elif st == "h":
            body.append(f'<w:p><w:pPr><w:spacing w:before="200"/></w:pPr>{run(t, True, 22)}</w:p>')
        elif st == "b":
            body.append(f"<w:p>{run(t, True, 19)}</w:p>")
        else:
            body.append(f"<w:p>{run(t, False, 19)}</w:p>")
    doc_ = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
            + "".join(body) +
            '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1000" w:bottom="1134" '
            'w:left="1000" w:header="500" w:footer="500" w:gutter="0"/><w:cols w:num="2" w:space="500"/></w:sectPr>'
            '</w:body></w:document>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    return {"[Content_Types].xml": ct, "_rels/.rels": rels, "word/document.xml": doc_}


def lay_D1(ctx, m, folder, r):
    P = [(f"{ctx['name']} Kommune", "title"), ("Referat", "title"),
         (f"Møde: {m['bname']}" + (" (ekstraordinært)" if m["kind"].startswith("Ekstra") else ""), "p"),
         (f"Mødedato: {T.ddash(m['date'])}", "p"), (f"Mødetidspunkt: kl. {m['time']}", "p"),
         (f"Mødested: {m['place']}", "p"), (f"Fraværende: {m['absent']}", "p")]
    for it in m["items"]:
        P.append((f"Pkt. {it['no']} {it['title']}", "h"))
        P.append((it["caseno"], "p"))
        P.append(("Resumé", "b")); P.append((it["bg"][0], "p"))
        if len(it["bg"]) > 1:
            P.append(("Sagsfremstilling", "b")); P += [(b, "p") for b in it["bg"][1:]]
        P.append(("Indstilling", "b")); P.append((reco_intro(r), "p")); P += [("- " + x, "p") for x in it["reco"]]
        for lab, txt in it["prior"]:
            P.append((lab, "b")); P.append((txt, "p"))
        P.append((f"Beslutning i {m['bname']} den {T.dlong(m['date'])}", "b"))
        P += [(a, "p") for a in it["attend"]]
        P += [(d, "p") for d in it["decision"]]
    name = f"{folder}/{safe(m['bname'])}-referat-{T.ddash(m['date'])}.pdf"
    return [doc(name, m, "libreoffice-docx", "lo", ("docx", docx_bytes(P)))]


# ---------------------------------------------------------------- HTML layouts

CSS = "body{font-family:'DejaVu Sans',Arial,sans-serif;font-size:10.5pt;margin:1.5cm} h1{font-size:16pt} h2{font-size:13pt;margin-top:1.2em} h4{margin:.7em 0 .2em}"


def page(title, body, css="", charset="utf-8"):
    return (f'<!DOCTYPE html><html lang="da"><head><meta charset="{charset}"><title>{E(title)}</title>'
            f'<style>{CSS}{css}</style></head><body>{body}</body></html>')


def paras(ps):
    return "".join(f"<p>{E(p)}</p>" for p in ps)


def lay_A2(ctx, m, folder, r):
    h = [f"<h1>{E(ctx['name'])} Kommune</h1><p>Referat</p><table class='hdr'>"]
    for k, v in (("Organ", m["bname"]), ("Mødedato", T.ddot(m["date"])), ("Tidspunkt", m["time"]),
                 ("Mødested", m["place"]), ("Afbud", m["absent"]), ("Mødeform", m["kind"])):
        h.append(f"<tr><th>{E(k)}</th><td>{E(v)}</td></tr>")
    h.append("</table><h3>Indhold</h3><ol>" + "".join(f"<li>{E(i['title'])}</li>" for i in m["items"]) + "</ol>")
    for it in m["items"]:
        h.append(f"<h2>Punkt {it['no']}: {E(it['title'])}</h2><p class='cn'>{E(it['caseno'])}</p>")
        h.append("<h4>Beslutning</h4>" + paras(it["attend"]) + paras(it["decision"]))
        for lab, txt in it["prior"]:
            h.append(f"<h4>{E(lab)}</h4><p>{E(txt)}</p>")
        h.append(f"<h4>Indstilling</h4><p>{E(reco_intro(r))}</p><ul>" + "".join(f"<li>{E(x)}</li>" for x in it["reco"]) + "</ul>")
        h.append("<h4>Sagens kerne</h4>" + paras(it["bg"]))
    css = ".hdr th{text-align:left;padding-right:2em} .cn{color:#555;font-size:9pt}"
    name = f"{folder}/referat_{m['date'].isoformat()}_{safe(m['bname'])}.pdf"
    return [doc(name, m, "chromium", "chromium", page(f"{m['bname']} - referat", "".join(h), css))]


def lay_B1(ctx, m, folder, r):
    h = [f"<h1>{E(ctx['name'])} Kommune &ndash; Referat</h1><table class='hd'>"]
    for k, v in (("Forsamling", m["bname"]), ("Holdt", T.dfull(m["date"], m["time"])), ("Sted", m["place"]),
                 ("Fraværende", m["absent"])):
        h.append(f"<tr><td class='l'>{k}</td><td>{E(v)}</td></tr>")
    h.append("</table>")
    for it in m["items"]:
        rows = [("Sag " + str(it["no"]), f"<b>{E(it['title'])}</b>"), ("Journal", E(it["caseno"])),
                ("Redegørelse", paras(it["bg"]))]
        rows += [(E(lab), E(txt)) for lab, txt in it["prior"]]
        rows.append(("Forslag", E(reco_intro(r)) + "<ul>" + "".join(f"<li>{E(x)}</li>" for x in it["reco"]) + "</ul>"))
        rows.append(("Afgørelse", paras(it["attend"] + it["decision"])))
        h.append("<table class='it'>" + "".join(f"<tr><td class='l'>{a}</td><td>{b}</td></tr>" for a, b in rows) + "</table>")
    css = ("table{border-collapse:collapse;width:100%;margin-bottom:1em} .it td{border:1px solid #999;padding:4px;"
           "vertical-align:top} td.l{width:22%;font-weight:bold;background:#eee}")
    name = f"{folder}/{m['date'].isoformat()}-{safe(m['bname'])}.pdf"
    return [doc(name, m, "wkhtmltopdf", "wk", page("Referat", "".join(h), css))]


def lay_B2(ctx, m, folder, r):
    head_l = f"{ctx['name']} Kommune · {m['bname']}"
    head_r = f"Referat {T.dlong(m['date'])}"
    css = ("@page{size:A4;margin:2.2cm 1.8cm;@top-left{content:'" + head_l.replace("'", "") +
           "';font-size:9pt}@top-right{content:'" + head_r + "';font-size:9pt}"
           "@bottom-center{content:'Side ' counter(page) ' af ' counter(pages);font-size:8pt}} body{margin:0}")
    h = ["<h1>Referat</h1>"]
    if m["kind"] != "Ordinært møde":
        h.append(f"<p>{E(m['kind'])}</p>")
    h.append("<p>Afbud: " + E(m["absent"]) + "</p>")
    for it in m["items"]:
        h.append(f"<h2>Nr. {it['no']} &ndash; {E(it['title'])}</h2><p>{E(it['caseno'])}</p>")
        h.append("<h4>Problemstilling</h4>" + paras(it["bg"][:1]))
        if len(it["bg"]) > 1:
            h.append("<h4>Løsning</h4>" + paras(it["bg"][1:]))
        h.append(f"<h4>Indstilling</h4><p>{E(reco_intro(r))}</p><ul>" + "".join(f"<li>{E(x)}</li>" for x in it["reco"]) + "</ul>")
        for lab, txt in it["prior"]:
            h.append(f"<h4>{E(lab)}</h4><p>{E(txt)}</p>")
        own = f"Beslutning i {m['bname']} den {T.dlong(m['date'])}" if it["prior"] else "Beslutning"
        h.append(f"<h4>{E(own)}</h4>" + paras(it["attend"]) + paras(it["decision"]))
    name = f"{folder}/{safe(m['bname']).lower()}_{T.ddot(m['date'])}.pdf"
    return [doc(name, m, "weasyprint", "weasy", page("Referat", "".join(h), css))]


def lay_C1(ctx, m, folder, r):
    d = T.ddot(m["date"])
    pick = [i for i in m["items"] if i.get("dk")] or [m["items"][1]]
    it = pick[0]
    stem = f"{safe(m['bname'])}_{m['date'].isoformat()}"
    idx = [f"<p class='crumb'>Forside › Politik › Dagsordener og referater</p><h1>{E(ctx['name'])} Kommune</h1>",
           "<dl>"]
    for k, v in (("Udvalg", m["bname"]), ("Dato", d), ("Tidspunkt", m["time"]), ("Sted", m["place"]),
                 ("Afbud", m["absent"]), ("Type", m["kind"])):
        idx.append(f"<dt>{k}</dt><dd>{E(v)}</dd>")
    idx.append("</dl><h2>Punkter</h2><ul>")
    for i in m["items"]:
        idx.append(f"<li><a href='{stem}_punkt{i['no']}.html'>{i['no']}. {E(i['title'])}</a></li>")
    idx.append("</ul><p><a href='#'>Til toppen</a></p>")
    ip = [f"<p class='site'>{E(ctx['name'])} Kommune</p><p class='crumb'>Forside › Politik › {E(m['bname'])} › Møde {T.ddash(m['date'])} › Punkt {it['no']}</p>",
          f"<h1>{it['no']}. {E(it['title'])}</h1><p>{E(it['caseno'])} · Åbent punkt</p>",
          "<h3>Beslutningstema</h3>" + paras(it["bg"][:1])]
    if len(it["bg"]) > 1:
        ip.append("<h3>Sagsfremstilling</h3>" + paras(it["bg"][1:]))
    ip.append(f"<h3>Indstilling</h3><p>{E(reco_intro(r))}</p><ul>" + "".join(f"<li>{E(x)}</li>" for x in it["reco"]) + "</ul>")
    if it["prior"]:
        ip.append("<h3>Tidligere beslutninger</h3>" + "".join(f"<p><b>{E(a)}</b><br>{E(b)}</p>" for a, b in it["prior"]))
    ip.append("<h3>Beslutning</h3>" + paras(it["attend"]) + paras(it["decision"]))
    ip.append(f"<p><a href='{stem}.html'>Tilbage til dagsordenen</a></p>")
    base = f"{folder}/{stem}"
    return [doc(base + ".html", m, "html-utf8", "html", (page(f"{m['bname']} {d}", "".join(idx)), "utf-8"), dk=False),
            doc(base + f"_punkt{it['no']}.html", m, "html-utf8", "html",
                (page(f"Punkt {it['no']}: {it['title']}", "".join(ip)), "utf-8"))]


def lay_C2(ctx, m, folder, r):
    h = [f"<h1>{E(ctx['name'])} Kommune</h1><div class='mf'><b>Mødefakta</b><br>Organ: {E(m['bname'])}<br>"
         f"Møde afholdt: {E(T.dfull(m['date'], m['time']))}<br>Lokale: {E(m['place'])}<br>"
         f"Afbud: {E(m['absent'])}<br>{E(m['kind'])}</div>"]
    for it in m["items"]:
        h.append(f"<h2>Sag {it['no']}. {E(it['title'])}</h2><p><i>{E(it['caseno'])}</i></p>")
        h.append("<h4>Beskrivelse</h4>" + paras(it["bg"]))
        h.append(f"<h4>Administrationens forslag</h4><p>{E(reco_intro(r))}</p><ul>" + "".join(f"<li>{E(x)}</li>" for x in it["reco"]) + "</ul>")
        for lab, txt in it["prior"]:
            h.append(f"<h4>{E(lab.replace('Beslutning i', 'Beslutning fra'))}</h4><p>{E(txt)}</p>")
        h.append(paras(it["attend"]) if it["attend"] else "<p>Ikke til stede: -</p>")
        h.append("<h4>Afgørelse</h4>" + paras(it["decision"]))
    name = f"{folder}/{safe(m['bname'])}_{m['date'].strftime('%Y%m%d')}.htm"
    return [doc(name, m, "html-cp1252", "html",
                (page(f"{ctx['name']} Kommune - {m['bname']}", "".join(h), ".mf{border:1px solid #aaa;padding:6px}",
                      charset="windows-1252"), "cp1252"))]


def lay_D2(ctx, m, folder, r):
    W = 74
    L = [f"{ctx['name'].upper()} KOMMUNE", "BESLUTNINGSPROTOKOL", m["bname"].upper(),
         f"MØDE: {T.dfull(m['date'], m['time'])}", f"STED: {m['place']}", f"AFBUD: {m['absent']}"]
    if m["kind"] != "Ordinært møde":
        L.append(m["kind"].upper())
    L.append("")

    def block(label, text):
        out = textwrap.wrap((label + " " if label else "") + text, W - 6)
        return ["      " + x for x in out]
    for it in m["items"]:
        L.append("=" * W)
        tl = textwrap.wrap(it["title"], W - 6)
        L.append(f"{it['no']:>3}   {tl[0]}")
        L += ["      " + x for x in tl[1:]]
        L.append("      " + it["caseno"])
        L.append("")
        for a in it["attend"]:
            L += block("", a)
        L += block("Resultat:", " ".join(it["decision"]))
        for lab, txt in it["prior"]:
            L += block(lab + ":", txt)
        L.append("")
        L += block("Baggrund:", " ".join(it["bg"]))
        L += block("Indstilling:", reco_intro(r) + " " + "; ".join(it["reco"]).rstrip(".") + ".")
        L.append("")
    txt = "\n".join(L) + "\n"
    name = f"{folder}/prot_{m['date'].strftime('%d%m%Y')}_{safe(m['bname'])}.pdf"
    return [doc(name, m, "enscript+ghostscript", "enscript", txt)]


LAYOUTS = dict(A1=lay_A1, A2=lay_A2, B1=lay_B1, B2=lay_B2, C1=lay_C1, C2=lay_C2, D1=lay_D1, D2=lay_D2)


def layout_docs(lay, ctx, meetings, folder, r):
    out = []
    for m in meetings:
        out += LAYOUTS[lay](ctx, m, folder, r)
    paths = [d["path"] for d in out]
    assert len(set(paths)) == len(paths), paths
    return out


# ---------------------------------------------------------------- producers

def run(cmd, **kw):
    p = subprocess.run(cmd, capture_output=True, text=True, timeout=300, **kw)
    return p


def latin1(s):
    for a, b in (("–", "-"), ("—", "-"), ("›", ">"), ("“", '"'), ("”", '"'), ("’", "'")):
        s = s.replace(a, b)
    return s.encode("latin-1")


def render_all(out, tasks):
    tmp = Path(tempfile.mkdtemp(prefix="ind12-"))
    jobs, lo = [], []
    for n, (half, d) in enumerate(tasks):
        dst = out / half / "corpus" / d["path"]
        dst.parent.mkdir(parents=True, exist_ok=True)
        k = d["kind"]
        if k == "html":
            text, enc = d["payload"]
            dst.write_bytes(text.encode(enc))
            continue
        src = tmp / f"f{n:04d}"
        if k == "lo":
            ext, parts = d["payload"]
            f = src.with_suffix("." + ext)
            with zipfile.ZipFile(f, "w") as z:
                for i, (nm, data) in enumerate(parts.items()):
                    z.writestr(zipfile.ZipInfo(nm, (2024, 1, 1, 0, 0, 0)), data,
                               compress_type=zipfile.ZIP_STORED if nm == "mimetype" else zipfile.ZIP_DEFLATED)
            lo.append((f, dst))
        elif k == "enscript":
            f = src.with_suffix(".txt"); f.write_bytes(latin1(d["payload"]))
            jobs.append(("enscript", f, dst))
        else:
            f = src.with_suffix(".html"); f.write_text(d["payload"], encoding="utf-8")
            jobs.append((k, f, dst))

    def one(job):
        k, f, dst = job
        if k == "chromium":
            ud = tempfile.mkdtemp(prefix="chr-", dir=tmp)
            run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                 f"--user-data-dir={ud}", f"--print-to-pdf={dst}", f.as_uri()])
        elif k == "wk":
            run(["wkhtmltopdf", "-q", "--encoding", "utf-8", str(f), str(dst)])
        elif k == "weasy":
            run(["weasyprint", str(f), str(dst)])
        elif k == "enscript":
            ps = f.with_suffix(".ps")
            run(["enscript", "-q", "-B", "-X", "latin1", "-f", "Courier10", "-o", str(ps), str(f)])
            run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite", f"-sOutputFile={dst}", str(ps)])
        elif k == "lo":
            od = tmp / "lo"; od.mkdir(exist_ok=True)
            files = [str(x[0]) for x in f]
            for i in range(0, len(files), 60):
                run(["soffice", "--headless", "--norestore", f"-env:UserInstallation=file://{tmp}/lo-profile",
                     "--convert-to", "pdf", "--outdir", str(od)] + files[i:i + 60])
            for src, d2 in f:
                pdf = od / (src.stem + ".pdf")
                if pdf.exists():
                    shutil.move(str(pdf), d2)
        return job

    if lo:
        jobs.insert(0, ("lo", lo, None))
    with ThreadPoolExecutor(max_workers=2) as ex:
        list(ex.map(one, jobs))
    pages = {}
    bad = []
    for half, d in tasks:
        dst = out / half / "corpus" / d["path"]
        if d["kind"] == "html":
            continue
        if not dst.exists():
            bad.append(f"{dst}: missing"); continue
        txt = run(["pdftotext", "-enc", "UTF-8", str(dst), "-"]).stdout
        txt = unicodedata.normalize("NFC", txt)
        info = run(["pdfinfo", str(dst)]).stdout
        mm = re.search(r"Pages:\s+(\d+)", info)
        pages[(half, d["path"])] = int(mm.group(1)) if mm else 1
        name = d["path"]  # municipality name check
        low = txt.lower()
        if len(txt.strip()) < 200:
            bad.append(f"{dst}: little text")
        if not re.search("[æøåÆØÅ]", txt):
            bad.append(f"{dst}: no Danish letters")
        if "Ã" in txt or "\ufffd" in txt:
            bad.append(f"{dst}: mojibake")
        if d["muni_name"].lower() not in low:
            bad.append(f"{dst}: municipality name missing")
    shutil.rmtree(tmp, ignore_errors=True)
    if bad:
        raise SystemExit("PDF check failed:\n" + "\n".join(bad[:40]))
    return pages
