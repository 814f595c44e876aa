"""Layouts (meeting -> blocks) and producers (blocks -> docx/odt/html -> pdf)."""
import html, zipfile, random
from model import fdate, ascii_name

def genitive(b):
    if "fællesmøde" in b.lower(): return "Fællesmødets"
    return b if b.endswith("s") else b + "s"

# ------------------------------------------------------------ blocks per layout
# block kinds: title, h1, h2, p, ul, kv, kvp, pb, nav, small
def item_sections_std(it, quote_fmt, own_head, fd):
    B = []
    if it.resume: B += [("h2", "Resumé"), ("p", it.resume)]
    if it.background: B += [("h2", "Sagsfremstilling")] + [("p", x) for x in it.background]
    if it.rec: B += [("h2", "Indstilling"), ("p", "Forvaltningen indstiller,"), ("ul", it.rec)]
    for body, d, txt in it.chain:
        B += [("h2", quote_fmt(body, d)), ("p", txt)]
    B += [("h2", own_head)] + [("p", x) for x in it.decision]
    return B

def L_docx_kv(m, muni, r):
    hdr = [("Udvalg", m.body + (" (ekstraordinært møde)" if m.extraordinary else "")), ("Mødedato", fdate(m.date, "dot")),
           ("Mødetidspunkt", "kl. 17.00 - 19.25"), ("Mødested", r.choice(["Byrådssalen, Rådhuset", "Mødelokale 2, Rådhuset"])),
           ("Fraværende", r.choice(["Ingen", "Anne Sørensen (A)", "Jørgen Holm (V)"]))]
    B = [("title", "Referat"), ("kv", hdr)]
    for n, it in enumerate(m.items, 1):
        B += [("h1", f"Punkt {n}  {it.title}"), ("p", f"Sagsnr.: {it.caseno}")]
        B += item_sections_std(it, lambda b, d: f"Beslutning i {b} den {fdate(d, 'long')}",
                               f"Beslutning i {m.body} den {fdate(m.date, 'long')}", "long")
    return B, f"{muni} Kommune – Referat"

def L_odt_title(m, muni, r):
    kind = "ekstraordinært møde" if m.extraordinary else "møde"
    B = [("title", f"Referat af {kind} i {m.body} {fdate(m.date, 'full')} kl. 16.30")]
    B += [("p", f"{muni} Kommune · Mødested: {r.choice(['Rådhuset, lokale 1.12', 'Byrådssalen'])}")]
    for n, it in enumerate(m.items, 1):
        if n > 1: B.append(("pb",))
        B += [("h1", f"Sag nr. {n}: {it.title}"), ("small", f"Sag: {it.caseno} · Åbent punkt")]
        B += [("h2", "Beslutning")] + [("p", x) for x in it.decision]
        if it.rec: B += [("h2", "Indstilling"), ("ul", it.rec)]
        if it.chain:
            B += [("h2", "Sagens gang")]
            for body, d, txt in it.chain:
                B.append(("p", f"{body} behandlede sagen den {fdate(d, 'long')} og traf følgende beslutning: »{txt}«"))
        bg = ([it.resume] if it.resume else []) + it.background
        if bg: B += [("h2", "Beskrivelse af sagen")] + [("p", x) for x in bg]
    return B, None

def L_chromium_web(m, muni, r, others):
    slug = ascii_name(muni).lower()
    B = [("stamp", f"Udskrevet 15.01.2024 10:42 · https://www.{slug}.dk/politik/dagsordener-og-referater/{m.date.isoformat()}"),
         ("nav", ["Gå til indhold", f"{muni} Kommune › Politik › Dagsordener og referater › {m.body}"]),
         ("side", ["Andre møder"] + [f"{b} {fdate(d, 'dot')}" for b, d in others]),
         ("title", f"{m.body} – referat")]
    B += [("kvp", [("Organ", m.body + (", ekstraordinært møde" if m.extraordinary else "")), ("Dato", fdate(m.date, "full")),
                   ("Sted", "Rådhuset, byrådssalen"), ("Afbud", r.choice(["Ingen", "Peter Kjær (C)"]))])]
    base = r.randint(180, 420)
    for n, it in enumerate(m.items):
        num = base + n
        B += [("h1", f"{num}. {it.title}"), ("small", f"Sagsnr. {it.caseno}")]
        bg = ([it.resume] if it.resume else []) + it.background
        if bg: B += [("h2", "Sagsfremstilling")] + [("p", x) for x in bg]
        if it.rec: B += [("h2", "Indstilling"), ("ul", it.rec)]
        for body, d, txt in it.chain:
            B += [("h2", f"Beslutning fra {body}, {fdate(d, 'long')}, pkt. {r.randint(20, 160)}:"), ("p", txt)]
        B += [("h2", "Beslutning"), ("p", "Fraværende: " + r.choice(["Ingen", "Lise Dahl (F)"]))] + [("p", x) for x in it.decision]
    B.append(("nav", ["Til toppen"]))
    B.append(B[0])  # the print stamp again at the end of the printout
    return B, None

def L_wkhtml_cell(m, muni, r):
    B = [("small", f"{muni} Kommune · Udskrevet 11.01.2024 09:14 · Side 1"), ("kv", [("Udvalg", m.body + (" – ekstraordinært møde" if m.extraordinary else "")), ("Dato", fdate(m.date, "dash")),
                 ("Starttidspunkt", "17:00"), ("Sluttidspunkt", "18:45"), ("Lokale", "Mødesal A"),
                 ("Medlemmer", "Se deltagerliste"), ("Afbud", r.choice(["Ingen", "Søren Bæk (O)"]))])]
    for n, it in enumerate(m.items, 1):
        rows = [("Sagsnr.", it.caseno)]
        if it.resume: rows.append(("Resumé", it.resume))
        if it.background: rows.append(("Sagsfremstilling", "\n".join(it.background)))
        if it.rec: rows.append(("Indstilling", "\n".join(it.rec)))
        for body, d, txt in it.chain:
            rows.append((f"{body} {fdate(d, 'dot')}", txt))
        rows.append(("Beslutning", "\n".join(it.decision)))
        B += [("h1", f"Pkt. {n}  {it.title}   (Åbent punkt)"), ("kv", rows)]
    return B, None

def L_gs_protocol(m, muni, r):
    B = []
    for n, it in enumerate(m.items, 1):
        B += [("h1", f"Nr.{n} - {it.title}"), ("small", f"Dok. {it.caseno}")]
        bg = ([it.resume] if it.resume else []) + it.background
        if bg: B += [("h2", "Sagsforløb")] + [("p", x) for x in bg]
        if it.rec: B += [("h2", "Indstilling"), ("ul", it.rec)]
        for body, d, txt in it.chain:
            B += [("p", f"{body}, {fdate(d, 'long')}, pkt. {r.randint(10, 99)}:"), ("p", txt)]
        B += [("p", x) for x in it.decision]
    kind = "Beslutningsprotokol (ekstraordinært møde)" if m.extraordinary else "Beslutningsprotokol"
    return B, f"{muni} Kommune · {m.body} · {kind} · {fdate(m.date, 'dot')}"

def L_gs_chromium_chain(m, muni, r):
    B = [("title", f"{m.body} - Referat" + (" (ekstraordinært)" if m.extraordinary else "")), ("small", f"{muni} Kommune"), ("h2", "Mødefakta"),
         ("kvp", [("Dato", fdate(m.date, "dash")), ("Tidspunkt", "16:00"), ("Sted", "Rådhuset"), ("Deltagere", "Alle medlemmer")])]
    for n, it in enumerate(m.items, 1):
        B += [("h1", f"Punkt {n}. {it.title}"), ("small", f"Sagsnr.: {it.caseno}")]
        if it.resume: B += [("h2", "Beslutningstema"), ("p", it.resume)]
        if it.background: B += [("h2", "Sagsfremstilling")] + [("p", x) for x in it.background]
        if it.rec: B += [("h2", "Indstilling"), ("ul", it.rec)]
        for body, d, txt in it.chain:
            B += [("h2", f"Beslutning i {body} den {fdate(d, 'dash')}"), ("p", txt)]
        B += [("h2", f"Beslutning i {m.body} den {fdate(m.date, 'dash')}")] + [("p", x) for x in it.decision]
    return B, None

def L_html_item(m, muni, r):
    dk = [i for i, it in enumerate(m.items) if it.dk]
    noise = [i for i, it in enumerate(m.items) if it.title == "Meddelelser" or "kort" in it.title or "Omgørelses" in it.title]
    idx = (dk or noise or [0])[0]
    it = m.items[idx]
    n = idx + 1
    B = [("nav", ["Gå til indhold", f"{muni} Kommune › Politik › Møder › {m.body}", "Forrige punkt | Næste punkt"]),
         ("small", f"{m.body}" + (" (ekstraordinært møde)" if m.extraordinary else "") + f", {fdate(m.date, 'dot')}, punkt {n}"),
         ("title", it.title), ("kvp", [("Mødedato", fdate(m.date, "long")), ("Sagsnummer", it.caseno)])]
    if it.resume: B += [("h2", "Beslutningstema"), ("p", it.resume)]
    if it.background: B += [("h2", "Sagsfremstilling")] + [("p", x) for x in it.background]
    if it.rec: B += [("h2", "Indstilling"), ("ul", it.rec)]
    for body, d, txt in it.chain:
        B += [("h2", f"{genitive(body)} beslutning den {fdate(d, 'long')}"), ("p", txt)]
    B += [("h2", f"{genitive(m.body)} beslutning den {fdate(m.date, 'long')}")] + [("p", x) for x in it.decision]
    B.append(("nav", ["Til toppen", "Kontakt · Tilgængelighedserklæring · Cookies"]))
    return B, [it]

def L_html_1252(m, muni, r):
    ex = " (ekstraordinært møde)" if m.extraordinary else ""
    B = [("nav", [f"{muni} Kommune – dagsordener og referater"]),
         ("title", f"{m.body} {fdate(m.date, 'dash')} kl. 17:00{ex}"), ("p", "Dagsorden med beslutninger")]
    for n, it in enumerate(m.items, 1):
        B += [("h1", f"{n} {it.title}"), ("small", f"Åbent punkt – Sagsnr. {it.caseno}")]
        bg = ([it.resume] if it.resume else []) + it.background
        if bg: B += [("h2", "Sagens kerne")] + [("p", x) for x in bg]
        if it.rec: B += [("h2", "Indstilling"), ("ul", it.rec)]
        for body, d, txt in it.chain:
            B += [("p", f"Tidligere behandling – {body} den {fdate(d, 'long')}: {txt}")]
        B += [("h2", "Afgørelse")] + [("p", x) for x in it.decision]
    return B, None

LAYOUTS = {
    # name: (pair, producer, shape)
    "A1-docx-kvtable": ("A", "LibreOffice (docx→pdf)", "label/value table header (Udvalg/Mødedato), 'Punkt N', decision after recommendation and background, quoted earlier decisions as 'Beslutning i X den …' headings, running header"),
    "A2-odt-titleline": ("A", "LibreOffice (odt→pdf)", "title line 'Referat af møde i …' with weekday date, 'Sag nr. N:', one page per item, decision first, earlier bodies quoted in prose under 'Sagens gang', background last"),
    "B1-chromium-web": ("B", "Chromium --print-to-pdf", "printed web page: print stamp with later date and URL, skip link, breadcrumbs, sidebar of other meetings with dates, labelled paragraphs (Organ/Dato), numbers running across the year, 'Fraværende' line under the decision heading"),
    "B2-wkhtml-cells": ("B", "wkhtmltopdf", "label/value table header labelled 'Udvalg' for every body, 'Pkt. N … (Åbent punkt)', every section and the decision in table cells, print stamp header and 'Side x af y' footer"),
    "C1-gs-protocol": ("C", "LibreOffice (odt→pdf) re-distilled by Ghostscript", "decision protocol: body and date only in the running page header, 'Nr.N - title', no decision heading, quoted decisions as 'Body, date, pkt. N:' lines"),
    "C2-gs-chromium-chain": ("C", "Chromium --print-to-pdf re-distilled by Ghostscript", "title line 'Body - Referat' + 'Mødefakta' block with dd-mm-yyyy, 'Punkt N.', chain of 'Beslutning i X den dd-mm-yyyy' headings ending with the body's own"),
    "D1-html-item-utf8": ("D", "static HTML, UTF-8", "one page per agenda item, body/date/item number line near the top, navigation text, '<Body>s beslutning den …'"),
    "D2-html-meeting-cp1252": ("D", "static HTML, windows-1252", "one page per meeting, title line 'Body dd-mm-yyyy kl. 17:00', 'N Title' items with 'Åbent punkt', 'Afgørelse', earlier treatments inline as 'Tidligere behandling – …'"),
}

# ------------------------------------------------------------ producers
def esc(s): return html.escape(s, quote=True)

CSS = {
 "B1-chromium-web": "body{font-family:'DejaVu Sans',sans-serif;font-size:11pt;margin:0 2cm} .stamp{font-size:7pt;color:#555;margin:4px 0} .nav{color:#236;font-size:9pt} .side{float:right;width:4.5cm;border:1px solid #ccc;font-size:8pt;padding:4px;margin-left:8px} h1{font-size:14pt;border-top:1px solid #999;padding-top:6px} h2{font-size:11pt;margin-bottom:2px}",
 "B2-wkhtml-cells": "body{font-family:'Liberation Sans',sans-serif;font-size:10.5pt} table{border-collapse:collapse;width:100%;margin-bottom:10px} td{border:1px solid #888;padding:4px;vertical-align:top} td.l{width:28%;font-weight:bold;background:#eee} h1{font-size:13pt}",
 "C2-gs-chromium-chain": "body{font-family:'Liberation Serif',serif;font-size:11.5pt;margin:0 1.5cm} h1{font-size:14pt;color:#124} h2{font-size:11.5pt;font-style:italic} .title{font-size:20pt}",
 "D1-html-item-utf8": "body{font-family:sans-serif} .nav{font-size:small}",
 "D2-html-meeting-cp1252": "body{font-family:Verdana,sans-serif;font-size:10pt}",
}

def to_html(blocks, layout, charset="utf-8", title="Referat"):
    o = [f'<!DOCTYPE html><html lang="da"><head><meta charset="{charset}"><title>{esc(title)}</title><style>{CSS.get(layout, "")}</style></head><body>']
    for b in blocks:
        k = b[0]
        if k == "title": o.append(f'<h1 class="title">{esc(b[1])}</h1>' if layout != "D1-html-item-utf8" else f"<h1>{esc(b[1])}</h1>")
        elif k == "h1": o.append(f"<h2>{esc(b[1])}</h2>" if layout == "D1-html-item-utf8" else f"<h1>{esc(b[1])}</h1>")
        elif k == "h2": o.append(f"<h3>{esc(b[1])}</h3>" if layout == "D1-html-item-utf8" else f"<h2>{esc(b[1])}</h2>")
        elif k == "p": o.append(f"<p>{esc(b[1])}</p>")
        elif k == "small": o.append(f"<p><small>{esc(b[1])}</small></p>")
        elif k == "ul": o.append("<ul>" + "".join(f"<li>{esc(x)}</li>" for x in b[1]) + "</ul>")
        elif k == "kv": o.append("<table>" + "".join(f'<tr><td class="l">{esc(a)}</td><td>{"<br>".join(esc(x) for x in c.split(chr(10)))}</td></tr>' for a, c in b[1]) + "</table>")
        elif k == "kvp": o.append("".join(f"<p><b>{esc(a)}:</b> {esc(c)}</p>" for a, c in b[1]))
        elif k == "nav": o.append('<div class="nav">' + " ".join(f'<a href="#">{esc(x)}</a>' for x in b[1]) + "</div>")
        elif k == "side": o.append('<div class="side"><b>' + esc(b[1][0]) + "</b><br>" + "<br>".join(f'<a href="#">{esc(x)}</a>' for x in b[1][1:]) + "</div>")
        elif k == "stamp": o.append(f'<div class="stamp">{esc(b[1])}</div>')
        elif k == "pb": o.append('<div style="page-break-after:always"></div>')
    o.append("</body></html>")
    return "\n".join(o)

def x(s): return html.escape(s, quote=False)

def to_docx(blocks, header, path):
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    def para(t, bold=False, size=None, style_pb=False):
        rpr = ("<w:b/>" if bold else "") + (f'<w:sz w:val="{size}"/>' if size else "")
        return f'<w:p><w:r><w:rPr>{rpr}</w:rPr><w:t xml:space="preserve">{x(t)}</w:t></w:r></w:p>'
    body = []
    for b in blocks:
        k = b[0]
        if k == "title": body.append(para(b[1], True, 36))
        elif k == "h1": body.append(para(b[1], True, 28))
        elif k == "h2": body.append(para(b[1], True, 22))
        elif k in ("p", "small"): body.append(para(b[1], size=18 if k == "small" else None))
        elif k == "ul": body += [para("• " + t) for t in b[1]]
        elif k == "kv":
            rows = "".join(f'<w:tr><w:tc><w:tcPr><w:tcW w:w="2500" w:type="dxa"/></w:tcPr>{para(a, True)}</w:tc><w:tc><w:tcPr><w:tcW w:w="6500" w:type="dxa"/></w:tcPr>{para(c)}</w:tc></w:tr>' for a, c in b[1])
            body.append(f'<w:tbl><w:tblPr><w:tblBorders><w:insideH w:val="single" w:sz="4"/></w:tblBorders></w:tblPr><w:tblGrid><w:gridCol w:w="2500"/><w:gridCol w:w="6500"/></w:tblGrid>{rows}</w:tbl>')
        elif k == "pb": body.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
    sect = '<w:sectPr><w:headerReference w:type="default" r:id="rIdH"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1400" w:right="1200" w:bottom="1400" w:left="1200" w:header="600" w:footer="600"/></w:sectPr>'
    doc = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>{"".join(body)}{sect}</w:body></w:document>'
    hdr = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr {W}>{para(header or "", size=16)}</w:hdr>'
    ct = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/></Types>'
    rels = '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
    drels = '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdH" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/></Relationships>'
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, c in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc),
                     ("word/_rels/document.xml.rels", drels), ("word/header1.xml", hdr)):
            z.writestr(zipfile.ZipInfo(n, (2023, 1, 1, 0, 0, 0)), c)

def to_odt(blocks, header, path):
    NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2"')
    body = []
    for b in blocks:
        k = b[0]
        st = {"title": "T", "h1": "H1", "h2": "H2", "p": "P", "small": "S"}.get(k)
        if st: body.append(f'<text:p text:style-name="{st}">{x(b[1])}</text:p>')
        elif k == "ul": body += [f'<text:p text:style-name="P">– {x(t)}</text:p>' for t in b[1]]
        elif k == "pb": body.append('<text:p text:style-name="PB"/>')
    auto = ('<office:automatic-styles>'
            '<style:style style:name="T" style:family="paragraph"><style:text-properties fo:font-size="17pt" fo:font-weight="bold"/></style:style>'
            '<style:style style:name="H1" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.4cm"/><style:text-properties fo:font-size="13pt" fo:font-weight="bold"/></style:style>'
            '<style:style style:name="H2" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.2cm"/><style:text-properties fo:font-weight="bold"/></style:style>'
            '<style:style style:name="P" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.15cm"/></style:style>'
            '<style:style style:name="S" style:family="paragraph"><style:text-properties fo:font-size="8pt"/></style:style>'
            '<style:style style:name="PB" style:family="paragraph"><style:paragraph-properties fo:break-after="page"/></style:style>'
            '</office:automatic-styles>')
    content = f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {NS}>{auto}<office:body><office:text>{"".join(body)}</office:text></office:body></office:document-content>'
    hdr = f'<style:header><text:p>{x(header)}</text:p></style:header>' if header else ""
    styles = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {NS}><office:styles>'
              '<style:default-style style:family="paragraph"><style:text-properties style:font-name="Liberation Sans" fo:font-family="\'Liberation Sans\'" fo:font-size="10.5pt"/></style:default-style></office:styles>'
              '<office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="2cm" fo:margin-left="2.2cm" fo:margin-right="2.2cm"/>'
              '<style:header-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-bottom="0.4cm"/></style:header-style></style:page-layout></office:automatic-styles>'
              f'<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">{hdr}</style:master-page></office:master-styles></office:document-styles>')
    man = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
           '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
           '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
           '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/></manifest:manifest>')
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype", (2023, 1, 1, 0, 0, 0)), "application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED)
        for n, c in (("content.xml", content), ("styles.xml", styles), ("META-INF/manifest.xml", man)):
            z.writestr(zipfile.ZipInfo(n, (2023, 1, 1, 0, 0, 0)), c, compress_type=zipfile.ZIP_DEFLATED)
