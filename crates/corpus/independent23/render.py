#!/usr/bin/env python3
"""Writes the sources of every document in OUT/model.json in its layout, runs the producers (one at a time,
under nice, by build.sh's environment) and fills page counts into the gold."""
import html, json, os, random, re, shutil, subprocess, sys, zipfile, datetime as dt
from pathlib import Path
from common import d_long, d_dots, d_dash, d_weekday, MONTHS

HERE = Path(__file__).resolve().parent
NICE = ["nice", "-n", "15"]
E = html.escape


def D(s):
    return dt.date.fromisoformat(s) if s else None


# ---------------------------------------------------------------- the pieces of an item, per layout

def own_heading(lay, doc, date):
    b = doc["body_name"]
    bl = b.lower()
    if lay.startswith("D1"):
        return f"Beslutning i {b} den {d_long(date)}"
    if lay.startswith("D2") or lay.startswith("H4"):
        return "Beslutning"
    if lay.startswith("D4"):
        if bl.startswith("fællesmøde"):
            return f"Beslutning på fællesmødet den {d_dash(date)}"
        if bl.startswith("dialogmøde"):
            return f"Beslutning på dialogmødet den {d_dash(date)}"
        return f"{b}s beslutning den {d_dash(date)}"
    if lay.startswith("H1"):
        noun = {"byrådet": "byrådsmødet", "kommunalbestyrelsen": "kommunalbestyrelsesmødet",
                "borgerrepræsentationen": "Borgerrepræsentationens møde"}.get(bl)
        return f"Beslutning på {noun} den {d_long(date)}" if noun else f"Beslutning på mødet i {b} den {d_long(date)}"
    if lay.startswith("H2"):
        return "Beslutninger"
    return None


def chain_heading(lay, body, date, n):
    if lay.startswith(("D1", "D2")):
        return f"Beslutning i {body} den {d_long(date) if lay.startswith('D1') else d_dash(date)}"
    if lay.startswith("D3"):
        return f"{body} den {d_dots(date)}:"
    if lay.startswith("D4"):
        return f"Beslutning i {body} den {d_dash(date)}"
    if lay.startswith("H1"):
        return f"Beslutning i {body} den {d_dots(date)}"
    if lay.startswith(("H2", "H3")):
        return f"{'Beslutning fra ' if lay.startswith('H2') else ''}{body}, {d_long(date)}, pkt. {n}:"
    return f"Beslutning i {body} den {d_dash(date)}"


def item_blocks(lay, doc, it, n, r):
    """Blocks: (kind, payload). kinds: h2 h3 p ul small bold."""
    date = D(doc["date"])
    b = []
    agenda = doc["kind"] == "agenda"
    label = {"D1": f"{n}. {it['title']}", "D2": f"Pkt. {n} {it['title']}", "D3": f"Pkt. {n}   {it['title']}",
             "D4": f"Sag nr. {n}: {it['title']}", "H1": f"Punkt {n}: {it['title']}", "H2": f"{n}. {it['title']}",
             "H3": f"{n}. {it['title']}", "H4": f"Nr.{n} - {it['title']}"}[lay[:2]]
    b.append(("h2", label))
    op = "Åbent punkt" if it.get("open", True) else "Lukket punkt"
    b.append(("small", f"{it['caseno']}" + (f"    {op}" if lay[:2] in ("H1", "D4", "H4") else "")))

    def sections():
        out = []
        for head, blocks in it["sections"]:
            if lay.startswith("D3"):
                pass
            else:
                out.append(("h3", head))
            for x in blocks:
                out.append(("ul", x) if isinstance(x, list) else ("p", x))
        if it.get("indst"):
            if lay.startswith("D3"):
                out.append(("p", it["indst_intro"] + " " + "; ".join(
                    (s if s.startswith("at ") or it["indst_intro"].endswith("at") else "at " + s) for s in it["indst"]) + "."))
            else:
                out.append(("h3", "Indstilling"))
                out.append(("p", it["indst_intro"]))
                out.append(("ul", it["indst"]))
        return out

    def chain():
        out = []
        for body, dd, text in it.get("chain", []):
            h = chain_heading(lay, body, D(dd) if isinstance(dd, str) else dd, r.randint(40, 260))
            if lay.startswith("D3"):
                out.append(("p", f"{h} {text}"))
            else:
                out.append(("h3" if lay[:2] not in ("H2", "H3") else "bold", h))
                out.append(("p", text))
        return out

    def own():
        if agenda or it.get("decision") is None:
            return []
        out = []
        if lay.startswith("H3"):
            out.append(("bold", f"{doc['body_name']}, {d_long(date)}, pkt. {n}:"))
        elif lay.startswith("D3"):
            pass
        else:
            out.append(("h3", own_heading(lay, doc, date)))
        if it.get("attend") and lay[:2] in ("D1", "D2", "H1", "H2", "H4", "D4"):
            out.append(("p", it["attend"]))
        for line in it["decision"].split("\n"):
            out.append(("p", line))
        return out

    if lay.startswith("H3"):
        b += own() + chain() + sections()
    else:
        b += sections() + chain() + own()
    return b


def press_blocks(it):
    return [("h2", it["title"])] + [("p", p) for p in it["paras"]]


def other_meetings(r, doc, ctx):
    date = D(doc["date"]) or dt.date(2024, 12, 1)
    names = [ctx["council"][0], ctx["econ"], ctx["social"], ctx["child"], "Teknik- og Miljøudvalget",
             "Klima-, Natur- og Miljøudvalget, ekstraordinært møde", f"{ctx['social']}, temamøde om handicappolitik"]
    out = []
    for k in range(6):
        dd = date - dt.timedelta(days=r.randint(7, 120))
        out.append((r.choice(names), dd))
    return sorted(out, key=lambda t: t[1], reverse=True)


def meeting_meta(lay, doc, ctx, r):
    date = D(doc["date"])
    t = r.choice(["16.00", "16.30", "17.00", "19.00"])
    place = r.choice(["Byrådssalen, Rådhuset", "Mødelokale 2, Rådhuset", "Rådhuset, lokale 1.14", "Kommunalbestyrelsessalen"])
    absent = r.choice(["Ingen", "Anne Lykke (V)", "Morten Ravn (A), Birgit Sørensen (F)"])
    return date, t, place, absent


# ---------------------------------------------------------------- document blocks per layout

def doc_blocks(lay, doc, ctx, r):
    d = doc
    if doc["kind"] in ("press", "newsletter"):
        return [("title", ctx["full"])] + press_blocks(doc["rendered"][0])
    date, t, place, absent = meeting_meta(lay, doc, ctx, r)
    b = []
    kind = "Dagsorden" if doc["kind"] == "agenda" else "Referat"
    start = r.randint(1, 14) if lay[:2] != "H3" else r.randint(180, 460)
    items = doc["rendered"]
    nums = list(range(start, start + len(doc["titles"])))
    d["_start"] = start
    if lay[:2] in ("D2", "H2"):
        nums = [start + d.get("key_index", 0)]
    if lay.startswith("D1"):
        b += [("title", kind), ("p", ctx["full"]),
              ("kv", [("Udvalg", doc["body_name"]), ("Mødedato", d_dots(date)), ("Mødetidspunkt", t.replace(".", ":")),
                      ("Mødested", place), ("Fraværende", absent)]),
              ("h3", "Indholdsfortegnelse"), ("ul", [f"{n}. {tt}" for n, tt in zip(nums, doc["titles"])])]
    elif lay.startswith("D2"):
        b += [("title", f"{doc['body_name']} - {kind}"), ("p", f"{d_weekday(date).capitalize()} kl. {t}"), ("p", f"Sted: {place}")]
    elif lay.startswith("D3"):
        b += [("title", "BESLUTNINGSPROTOKOL" if kind == "Referat" else "DAGSORDEN"), ("p", ctx["full"]),
              ("p", f"Møde i {doc['body_name']} {d_weekday(date)} kl. {t}, {place}."),
              ("p", f"Til stede: alle medlemmer{'' if absent == 'Ingen' else ' undtagen ' + absent}.")]
    elif lay.startswith("D4"):
        b += [("title", f"{ctx['full']} - {doc['body_name']} - {kind}"),
              ("kv", [("Mødedato", d_dash(date)), ("Mødetidspunkt", f"kl. {t}"), ("Mødested", place), ("Afbud", absent)])]
    elif lay.startswith("H1"):
        b += [("p", ctx["full"]), ("title", kind),
              ("kv", [("Organ", doc["body_name"]), ("Dato", d_weekday(date)), ("Tidspunkt", f"kl. {t}"),
                      ("Lokale", place), ("Fraværende med afbud", absent)])]
    elif lay.startswith("H2"):
        b += [("p", doc["body_name"]), ("p", f"Mødedato: {d_dots(date)} kl. {t.replace('.', ':')}"), ("p", f"Mødested: {place}")]
    elif lay.startswith("H3"):
        b += [("p", ctx["full"]), ("title", f"{kind} - {doc['body_name']}" if doc["body_name"].startswith(("Fælles", "Dialog")) else f"{kind} fra mødet i {doc['body_name']}"),
              ("p", f"{d_weekday(date).capitalize()} kl. {t}"),
              ("kv", [("Mødefakta", ""), ("Sted", place), ("Starttidspunkt", t), ("Sluttidspunkt", "20.15"), ("Fraværende", absent)])]
    elif lay.startswith("H4"):
        b += [("title", f"{doc['body_name']} {d_dash(date)} kl. {t.replace('.', ':')}"), ("p", f"{kind} - {ctx['full']}"),
              ("kv", [("Sted", place), ("Medlemmer", "Alle"), ("Fraværende", absent)])]
    for n, it in zip(nums, items):
        b += item_blocks(lay, doc, it, n, r)
    return b


# ---------------------------------------------------------------- emitters

def to_html(blocks, title, css="", charset="utf-8", before="", after="", main_class="main"):
    o = [f'<!DOCTYPE html>\n<html lang="da"><head><meta charset="{charset}"><title>{E(title)}</title><style>{css}</style></head><body>', before,
         f'<div class="{main_class}">']
    for k, v in blocks:
        if k == "title":
            o.append(f"<h1>{E(v)}</h1>")
        elif k == "h2":
            o.append(f"<h2>{E(v)}</h2>")
        elif k == "h3":
            o.append(f"<h3>{E(v)}</h3>")
        elif k == "bold":
            o.append(f"<p><b>{E(v)}</b></p>")
        elif k == "p":
            o.append(f"<p>{E(v)}</p>")
        elif k == "small":
            o.append(f'<p class="small">{E(v)}</p>')
        elif k == "ul":
            o.append("<ul>" + "".join(f"<li>{E(x)}</li>" for x in v) + "</ul>")
        elif k == "kv":
            o.append('<table class="kv">' + "".join(f"<tr><th>{E(a)}</th><td>{E(b)}</td></tr>" for a, b in v) + "</table>")
    o.append("</div>" + after + "</body></html>")
    return "\n".join(o)


def sidebar(r, doc, ctx, title, wrap=True, items=False, start=1):
    li = []
    if items:
        li.append(f'<h4>Punkter på dagsordenen</h4><ol start="{start}">' + "".join(f"<li>{E(t)}</li>" for t in doc["titles"]) + "</ol>")
    li.append(f"<h4>{E(title)}</h4><ul>")
    for name, dd in other_meetings(r, doc, ctx):
        li.append(f"<li><a href=\"#\">{E(name)}</a><br>{d_dots(dd)}</li>" if wrap else f"<li><a href=\"#\">{E(name)} {d_dash(dd)}</a></li>")
    li.append("</ul>")
    return "".join(li)


def docx_bytes(blocks):
    def run(t, bold=False, size=None):
        pr = ("<w:b/>" if bold else "") + (f'<w:sz w:val="{size}"/>' if size else "")
        return f'<w:r>{"<w:rPr>" + pr + "</w:rPr>" if pr else ""}<w:t xml:space="preserve">{E(t)}</w:t></w:r>'

    def para(t, bold=False, size=None, ind=False):
        ppr = '<w:pPr><w:spacing w:after="120"/>' + ('<w:ind w:left="360"/>' if ind else "") + "</w:pPr>"
        return f"<w:p>{ppr}{run(t, bold, size)}</w:p>"
    body = []
    for k, v in blocks:
        if k == "title":
            body.append(para(v, True, 40))
        elif k == "h2":
            body.append(para(v, True, 28))
        elif k in ("h3", "bold"):
            body.append(para(v, True, 22))
        elif k == "p":
            body.append(para(v))
        elif k == "small":
            body.append(para(v, size=18))
        elif k == "ul":
            body += [para("• " + x, ind=True) for x in v]
        elif k == "kv":
            rows = "".join(f'<w:tr><w:tc><w:tcPr><w:tcW w:w="2600" w:type="dxa"/></w:tcPr>{para(a, True)}</w:tc>'
                           f'<w:tc><w:tcPr><w:tcW w:w="6400" w:type="dxa"/></w:tcPr>{para(b)}</w:tc></w:tr>' for a, b in v)
            body.append(f'<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/></w:tblPr>{rows}</w:tbl>')
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    footer = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr {ns}><w:p><w:pPr><w:jc w:val="center"/></w:pPr>'
              '<w:r><w:t xml:space="preserve">Side </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>'
              '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:ftr>')
    doc = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {ns}><w:body>{"".join(body)}'
           '<w:sectPr><w:footerReference w:type="default" r:id="rId2"/><w:pgSz w:w="11906" w:h="16838"/>'
           '<w:pgMar w:top="1300" w:right="1200" w:bottom="1300" w:left="1300" w:header="700" w:footer="700" w:gutter="0"/></w:sectPr></w:body></w:document>')
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
              '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Liberation Sans" w:hAnsi="Liberation Sans"/><w:sz w:val="21"/><w:lang w:val="da-DK"/></w:rPr></w:rPrDefault></w:docDefaults></w:styles>')
    import io
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                   '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
                   '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/></Types>')
        z.writestr("_rels/.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        z.writestr("word/_rels/document.xml.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
                   '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>')
        z.writestr("word/document.xml", doc)
        z.writestr("word/styles.xml", styles)
        z.writestr("word/footer1.xml", footer)
    return bio.getvalue()


def odt_bytes(blocks, footer_text):
    body = []
    for k, v in blocks:
        if k == "title":
            body.append(f'<text:h text:outline-level="1" text:style-name="T">{E(v)}</text:h>')
        elif k == "h2":
            body.append(f'<text:h text:outline-level="2" text:style-name="H2">{E(v)}</text:h>')
        elif k in ("h3", "bold"):
            body.append(f'<text:p text:style-name="B">{E(v)}</text:p>')
        elif k == "p":
            body.append(f'<text:p text:style-name="P">{E(v)}</text:p>')
        elif k == "small":
            body.append(f'<text:p text:style-name="S">{E(v)}</text:p>')
        elif k == "ul":
            body += [f'<text:p text:style-name="L">– {E(x)}</text:p>' for x in v]
        elif k == "kv":
            rows = "".join(f'<table:table-row><table:table-cell><text:p text:style-name="B">{E(a)}</text:p></table:table-cell>'
                           f'<table:table-cell><text:p text:style-name="P">{E(b)}</text:p></table:table-cell></table:table-row>' for a, b in v)
            body.append(f'<table:table table:name="Mode"><table:table-column table:number-columns-repeated="2"/>{rows}</table:table>')
    NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2"')
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {NS}><office:automatic-styles/>'
               f'<office:body><office:text>{"".join(body)}</office:text></office:body></office:document-content>')
    styles = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {NS}><office:styles>'
              '<style:style style:name="P" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.18cm"/><style:text-properties fo:font-family="DejaVu Serif:-liga" fo:font-size="10.5pt"/></style:style>'
              '<style:style style:name="L" style:family="paragraph" style:parent-style-name="P"><style:paragraph-properties fo:margin-left="0.6cm" fo:text-indent="-0.4cm"/></style:style>'
              '<style:style style:name="S" style:family="paragraph" style:parent-style-name="P"><style:text-properties fo:font-size="8.5pt" fo:color="#555555"/></style:style>'
              '<style:style style:name="B" style:family="paragraph" style:parent-style-name="P"><style:paragraph-properties fo:margin-top="0.3cm"/><style:text-properties fo:font-weight="bold"/></style:style>'
              '<style:style style:name="H2" style:family="paragraph" style:parent-style-name="P"><style:paragraph-properties fo:margin-top="0.6cm"/><style:text-properties fo:font-size="13pt" fo:font-weight="bold"/></style:style>'
              '<style:style style:name="T" style:family="paragraph" style:parent-style-name="P"><style:text-properties fo:font-size="20pt" fo:font-weight="bold"/></style:style>'
              '<style:style style:name="F" style:family="paragraph" style:parent-style-name="P"><style:text-properties fo:font-size="8pt"/></style:style>'
              '</office:styles><office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin="2cm"/></style:page-layout></office:automatic-styles>'
              '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"><style:footer>'
              f'<text:p text:style-name="F">{E(footer_text)} - side <text:page-number text:select-page="current"/></text:p></style:footer></style:master-page></office:master-styles></office:document-styles>')
    import io
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED)
        z.writestr("META-INF/manifest.xml", '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                   '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                   '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                   '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/></manifest:manifest>', compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("styles.xml", styles, compress_type=zipfile.ZIP_DEFLATED)
    return bio.getvalue()


def groff_src(blocks, footer, right):
    def esc(s):
        s = s.replace("\\", "\\e")
        return "\n".join(("\\&" + l if l[:1] in ".'" else l) for l in s.split("\n"))
    o = [".nr PS 10.5", ".nr VS 13", ".ds CH", f".ds CF Side %", f".ds LF {esc(footer)}", f".ds RF {esc(right)}", ".LP"]
    for k, v in blocks:
        if k == "title":
            o += [".LP", ".ps +4", f".B \"{esc(v)}\"", ".ps -4"]
        elif k == "h2":
            o += [".SH", esc(v)]
        elif k in ("h3", "bold"):
            o += [".LP", f".B \"{esc(v)}\""]
        elif k in ("p", "small"):
            o += [".LP", esc(v)]
        elif k == "ul":
            for x in v:
                o += [".IP \\(bu 3", esc(x)]
        elif k == "kv":
            for a, b in v:
                o += [".LP", f"{esc(a)}: {esc(b)}"]
    return "\n".join(o) + "\n"


def text_src(blocks):
    import textwrap
    o = []
    for k, v in blocks:
        if k in ("title", "h2"):
            o += ["", v.upper() if k == "title" else v, ""]
        elif k == "ul":
            o += ["  - " + l for x in v for l in textwrap.wrap(x, 72)]
        elif k == "kv":
            o += [f"{a}: {b}" for a, b in v]
        else:
            o += textwrap.wrap(v, 76) + [""]
    return "\n".join(o) + "\n"


CSS = {
    "D2": "body{font-family:'DejaVu Sans',sans-serif;font-size:10.5pt;margin:0} .crumbs{font-size:9pt;color:#555;padding:6px 10px;border-bottom:1px solid #ccc}"
          " .side{float:left;width:28%;font-size:9pt;padding:8px;background:#eef2f5} .main{margin-left:32%;padding:4px 14px} h1{font-size:17pt} h2{font-size:13pt} h3{font-size:11pt;margin-bottom:2px}"
          " .small{color:#666;font-size:9pt} .foot{clear:both;font-size:8pt;color:#777;padding:10px}",
    "D4": "body{font-family:Arial,sans-serif;font-size:10pt} .nav{float:left;width:200px;font-size:9pt;border-right:1px solid #999} .main{margin-left:220px} table.kv th{text-align:left;padding-right:14px}",
    "H2": "body{font-family:'DejaVu Sans';font-size:10pt;margin:0} .crumbs{font-size:8.5pt;background:#243a5e;color:#fff;padding:5px 12px}"
          " .side{float:right;width:30%;font-size:8.5pt;padding:6px;border-left:2px solid #243a5e} .main{margin-right:34%;padding:0 12px} h2{font-size:13pt;color:#243a5e} .small{font-size:8.5pt;color:#555}",
    "H3": "@page{size:A4;margin:2cm 2cm 2.2cm;@bottom-right{content:'Side ' counter(page) ' af ' counter(pages);font-size:8pt}"
          " @top-left{content:string(muni);font-size:8pt}} body{font-family:'DejaVu Serif';font-size:10pt} h1{font-size:16pt;string-set:muni content()} h2{font-size:12.5pt;border-top:1px solid #000;padding-top:4px}"
          " h3{font-size:10.5pt} table.kv th{text-align:left;padding-right:10px} .small{font-size:8.5pt}",
    "H4": "body{font-family:Verdana,sans-serif;font-size:10pt} .skip{font-size:8pt} .crumbs{font-size:8.5pt} .side{float:left;width:190px;font-size:8.5pt} .main{margin-left:210px}",
    "XP": "@page{size:A4;margin:2.5cm} body{font-family:'DejaVu Sans';font-size:11pt} h1{font-size:12pt;color:#7a1f1f} h2{font-size:16pt}",
}


def write_sources(out, half, docs):
    """Writes every source; returns the jobs per producer."""
    src = out / "src" / half
    corpus = out / half / "corpus"
    jobs = {k: [] for k in ("docx", "odt", "chromium", "groff", "wk", "weasy", "enscript")}
    for d in docs:
        lay, ctx = d["layout"], d["ctx"]
        r = random.Random(d["path"])
        target = corpus / d["path"]
        target.parent.mkdir(parents=True, exist_ok=True)
        s = src / d["path"]
        s.parent.mkdir(parents=True, exist_ok=True)
        blocks = doc_blocks(lay, d, ctx, r)
        title = d["rendered"][0]["title"] if d["rendered"] else ctx["full"]
        date = D(d["date"])
        if lay.startswith("X-press-enscript"):
            s = s.with_suffix(".txt")
            s.write_text(text_src(blocks), encoding="utf-8")
            jobs["enscript"].append((s, target))
        elif lay.startswith("X-press-weasy"):
            s = s.with_suffix(".html")
            s.write_text(to_html(blocks, title, CSS["XP"]), encoding="utf-8")
            jobs["weasy"].append((s, target, False))
        elif lay.startswith("D1"):
            s = s.with_suffix(".docx")
            s.write_bytes(docx_bytes(blocks))
            jobs["docx"].append((s, target))
        elif lay.startswith("H1"):
            s = s.with_suffix(".odt")
            s.write_bytes(odt_bytes(blocks, f"{ctx['full']} · {d['body_name']} · {d_dots(date)}"))
            jobs["odt"].append((s, target))
        elif lay.startswith("D2"):
            crumbs = f'<div class="crumbs">Forside › Politik › Dagsordener og referater › {E(d["body_name"])} › {d_dash(date)}</div>'
            side = f'<div class="side">{sidebar(r, d, ctx, "Andre møder", wrap=True, items=True, start=d["_start"])}</div>'
            h = to_html(blocks, f"{title} - {ctx['full']}", CSS["D2"], before=crumbs + side,
                        after='<div class="foot">Til toppen · Tilgængelighedserklæring</div>')
            s = s.with_suffix(".html")
            s.write_text(h, encoding="utf-8")
            jobs["chromium"].append((s, target))
        elif lay.startswith("D3"):
            s = s.with_suffix(".ms")
            s.write_text(groff_src(blocks, ctx["full"], d_dots(date)), encoding="utf-8")
            jobs["groff"].append((s, target))
        elif lay.startswith("D4"):
            nav = (f'<div class="nav"><p><a href="#">{E(ctx["full"])}</a> &gt; Politik &gt; Referater</p>'
                   f'{sidebar(r, d, ctx, "Andre møder", wrap=False)}</div>')
            h = to_html(blocks, f"{d['body_name']} - {d_dash(date)}", CSS["D4"], charset="windows-1252", before=nav)
            target.write_bytes(h.encode("cp1252"))
        elif lay.startswith("H2"):
            crumbs = (f'<div class="crumbs">Dagsordener › {E(d["body_name"])} › Møde {d_dots(date)} › Punkt</div>')
            side = f'<div class="side">{sidebar(r, d, ctx, "Seneste møder", wrap=True, items=True, start=d["_start"])}</div>'
            h = to_html(blocks, title, CSS["H2"], before=f"<p>{E(ctx['full'])}</p>" + crumbs + side)
            s = s.with_suffix(".html")
            s.write_text(h, encoding="utf-8")
            jobs["wk"].append((s, target))
        elif lay.startswith("H3"):
            s = s.with_suffix(".html")
            s.write_text(to_html(blocks, title, CSS["H3"]), encoding="utf-8")
            jobs["weasy"].append((s, target, True))
        elif lay.startswith("H4"):
            pre = (f'<a class="skip" href="#indhold">Gå til indhold</a><div class="crumbs">{E(ctx["full"])} / Politik / '
                   f'Dagsordener og referater / {E(d["body_name"])}</div><div class="side">{sidebar(r, d, ctx, "Møder", wrap=True)}</div>'
                   '<a id="indhold"></a>')
            target.write_text(to_html(blocks, f"{d['body_name']} {d_dash(date)}", CSS["H4"], before=pre), encoding="utf-8")
        else:
            raise SystemExit(lay)
    return jobs


def run(cmd, **kw):
    subprocess.run(NICE + cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kw)


def produce(out, jobs, home):
    env = dict(os.environ, HOME=str(home))
    tmp = out / "src" / "pdf"
    for key in ("docx", "odt"):
        if not jobs[key]:
            continue
        od = tmp / key
        od.mkdir(parents=True, exist_ok=True)
        # names are unique per municipality only: convert through numbered copies
        lst = []
        for i, (s, t) in enumerate(jobs[key]):
            c = od / f"f{i:04d}{s.suffix}"
            shutil.copy(s, c)
            lst.append((c, t))
        run(["soffice", f"-env:UserInstallation=file://{home}/lo", "--headless", "--convert-to", "pdf",
             "--outdir", str(od)] + [str(c) for c, _ in lst], env=env)
        for c, t in lst:
            p = c.with_suffix(".pdf")
            if key == "odt":
                run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite", "-dCompatibilityLevel=1.5",
                     f"-sOutputFile={t}", str(p)], env=env)
            else:
                shutil.move(p, t)
    if jobs["chromium"]:
        subprocess.run(NICE + [sys.executable, str(HERE / "chromium_batch.py")],
                       input=json.dumps([[str(s), str(t)] for s, t in jobs["chromium"]]), text=True, check=True, env=env)
    for s, t in jobs["groff"]:
        ps = s.with_suffix(".ps")
        with open(ps, "wb") as f:
            subprocess.run(NICE + ["groff", "-k", "-Kutf8", "-ms", "-Tps", str(s)], stdout=f, check=True, env=env)
        run(["ps2pdf", str(ps), str(t)], env=env)
    for s, t in jobs["wk"]:
        run(["wkhtmltopdf", "-q", "--encoding", "utf-8", "--footer-font-size", "7", "--footer-right", "[page]/[topage]",
             "--footer-left", "Udskrevet fra dagsordenssystemet", str(s), str(t)], env=env)
    if jobs["weasy"]:
        subprocess.run(NICE + ["/usr/bin/python3", str(HERE / "weasy_batch.py")],
                       input=json.dumps([[str(s), str(t), g] for s, t, g in jobs["weasy"]]), text=True, check=True, env=env)
    for s, t in jobs["enscript"]:
        ps, l1 = s.with_suffix(".ps"), s.with_suffix(".l1")
        l1.write_bytes(s.read_text(encoding="utf-8").encode("latin-1"))  # enscript reads 8-bit text
        run(["enscript", "-q", "-X", "latin1", "-B", "-f", "Courier10", "-o", str(ps), str(l1)], env=env)
        run(["ps2pdf", str(ps), str(t)], env=env)


def main(out):
    out = Path(out)
    model = json.loads((out / "model.json").read_text())
    home = out / "home"
    home.mkdir(exist_ok=True)
    for half, docs in model["halves"].items():
        jobs = write_sources(out, half, docs)
        produce(out, jobs, home)
        gold_p = out / half / "gold.json"
        gold = json.loads(gold_p.read_text())
        prod = {"D1": "LibreOffice (docx)", "D2": "Chromium --print-to-pdf", "D3": "groff -ms + ps2pdf",
                "D4": "static HTML windows-1252", "H1": "LibreOffice (odt) + Ghostscript pdfwrite",
                "H2": "wkhtmltopdf", "H3": "WeasyPrint", "H4": "static HTML utf-8",
                "X-press-enscript": "enscript + ps2pdf", "X-press-weasyprint": "WeasyPrint"}
        for path, g in gold["documents"].items():
            f = out / half / "corpus" / path
            if f.suffix == ".pdf":
                info = subprocess.run(["pdfinfo", str(f)], capture_output=True, text=True, check=True).stdout
                g["pages"] = int(re.search(r"Pages:\s+(\d+)", info).group(1))
            else:
                g["pages"] = 1
            lay = g["layout"]
            g["producer"] = prod.get(lay) or prod[lay[:2]]
        gold_p.write_text(json.dumps(gold, ensure_ascii=False, indent=1, sort_keys=True))


if __name__ == "__main__":
    main(sys.argv[1])
