#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generate the independent spot-check corpus 10 (period 2024H1).  gen.py OUT [--seed N]"""
import argparse, csv, datetime as dt, html, json, os, random, re, shutil, subprocess, sys, unicodedata, zipfile
from concurrent.futures import ThreadPoolExecutor

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cases

HERE = os.path.dirname(os.path.abspath(__file__))
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"]
DAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]


def squash(s):
    s = unicodedata.normalize("NFKC", s or "").lower()
    return "".join(ch for ch in s if ch.isalnum())


def dlong(d):
    return "%d. %s %d" % (d.day, MONTHS[d.month - 1], d.year)


LAYOUTS = {
    "dev": ["docx_libreoffice", "chromium_print", "html_utf8", "weasyprint"],
    "holdout": ["odt_libreoffice", "wkhtmltopdf", "htm_cp1252", "groff_ps2pdf"],
}
PAIRS = {"word processor": ("docx_libreoffice", "odt_libreoffice"),
         "browser print": ("chromium_print", "wkhtmltopdf"),
         "static HTML": ("html_utf8", "htm_cp1252"),
         "typeset/other": ("weasyprint", "groff_ps2pdf")}

# per layout: numbering, headings, order
STYLE = {
    "docx_libreoffice": dict(num="Punkt {n}. {t}", bg="Sagsfremstilling", rec="Indstilling", dec="Beslutning i {body} den {date}", dec_first=False, start=1),
    "odt_libreoffice": dict(num="{n}. {t}", bg="Sagens kerne", rec="Forvaltningen indstiller", dec="Beslutning", dec_first=True, start=1),
    "chromium_print": dict(num="Sag nr. {n} - {t}", bg="Beskrivelse af sagen", rec="Indstilling", dec="Beslutning", dec_first=False, start=1),
    "wkhtmltopdf": dict(num="Pkt. {n} {t}", bg="Sagsfremstilling", rec="Indstilling", dec="{body}s beslutning den {date}", dec_first=False, start=None),
    "html_utf8": dict(num="{n} {t}", bg="Sagsfremstilling", rec="Indstilling", dec="Beslutning", dec_first=False, start=1),
    "htm_cp1252": dict(num="{n}. {t}", bg="Redegørelse", rec="Indstilling", dec="Afgørelse", dec_first=True, start=1),
    "weasyprint": dict(num="Nr. {n} - {t}", bg="Sagsfremstilling", rec="Indstilling", dec="Beslutninger", dec_first=True, start=1),
    "groff_ps2pdf": dict(num="{n}. {t}", bg="Problemstilling", rec="Indstilling", dec="Beslutning på byrådsmødet den {date}", dec_first=False, start=None),
}
PDF_LAYOUTS = {"docx_libreoffice", "odt_libreoffice", "chromium_print", "wkhtmltopdf", "weasyprint", "groff_ps2pdf"}

FIRST = ["Birthe", "Hanne", "Mette", "Karin", "Lone", "Susanne", "Inger", "Pia"]
FIRSTM = ["Jens", "Poul", "Henrik", "Søren", "Lars", "Niels", "Bent", "Ole"]
LAST = ["Kjærgaard", "Østergaard", "Bech", "Mikkelsen", "Dam", "Holm", "Thygesen", "Bøgh", "Lauridsen", "Nørgaard"]
FIRMS = ["Vestkyst Fisk ApS", "Hansens Maskinfabrik A/S", "Nordlys Ejendomme ApS", "Ådalens Trælast A/S", "Bakkegården Byg ApS", "Fjordtech ApS", "Lindholm Logistik A/S", "Grøn Emballage ApS"]
ROADS = ["Møllevej", "Industrivej", "Stationsvej", "Havnegade", "Skovbrynet", "Engvej", "Kirkestræde", "Bygaden"]
TOWNS = ["Nørreby", "Søholt", "Vesterlund", "Bakkebølle", "Østrup", "Fjordby", "Lyngå", "Hedeby"]
WORDS = {2: "to", 3: "tre", 4: "fire", 5: "fem", 6: "seks", 8: "otte", 10: "ti", 12: "tolv"}
PARTIES = ["V", "A", "C", "F", "O", "Ø", "B", "I"]


def params(rng, mdate):
    nm = rng.choice([2, 3, 4, 6, 8])
    first_of_prev = dt.date(mdate.year, mdate.month, 1) - dt.timedelta(days=1)
    retro = dt.date(first_of_prev.year, first_of_prev.month, 1)
    fm = mdate.month + 2
    fut = dt.date(mdate.year + (fm - 1) // 12, (fm - 1) % 12 + 1, 1)
    cpr = lambda: "%02d%02d%02d-%04d" % (rng.randint(1, 28), rng.randint(1, 12), rng.randint(30, 79), rng.randint(1000, 9999))
    c1 = cpr()
    fee = rng.choice([75, 100, 150, 200, 250])
    return dict(
        n_min=rng.choice([45, 60, 90]), n_word=WORDS[nm], n_digit=nm * rng.choice([1, 2, 3]), n_days=rng.choice([12, 18, 24, 30]),
        n_years=rng.choice([20, 25, 30, 40]), amount="%d.%03d" % (rng.randint(20, 900), rng.randint(0, 999)), mio="%d,%d" % (rng.randint(2, 19), rng.randint(1, 9)),
        m2="%d.%03d" % (rng.randint(1, 9), rng.randint(0, 999)),
        name_f="%s %s" % (rng.choice(FIRST), rng.choice(LAST)), name_m="%s %s" % (rng.choice(FIRSTM), rng.choice(LAST)),
        member="%s %s" % (rng.choice(FIRST + FIRSTM), rng.choice(LAST)), party=rng.choice(PARTIES),
        votes_for=rng.choice([14, 15, 16]), votes_against=rng.choice([9, 10, 11]),
        addr="%s %d, %s" % (rng.choice(ROADS), rng.randint(2, 90), rng.choice(TOWNS)),
        firm=rng.choice(FIRMS), road=rng.choice(ROADS), town=rng.choice(TOWNS[:4]), town2=rng.choice(TOWNS[4:]),
        retro=dlong(retro), retro_num=retro.strftime("%d.%m.%Y"), future=dlong(fut),
        date_short=(mdate - dt.timedelta(days=rng.randint(20, 60))).strftime("%d.%m.%Y"),
        cpr=c1, cpr2=cpr(), cpr_nodash=cpr().replace("-", ""), cvr="%08d" % rng.randint(10000000, 99999999),
        fee=fee, fee_word={75: "femoghalvfjerds", 100: "hundrede", 150: "hundrede og halvtreds", 200: "to hundrede", 250: "to hundrede og halvtreds"}[fee],
    )


# ---------------------------------------------------------------- item model
def build_item(case, style, body, mdate, cdate):
    """Returns list of (heading, blocks); blocks: ('p', s) | ('ul', [s]) | ('table', rows)"""
    secs = []
    if case.get("closed"):
        secs.append(("", [("p", case["closed"])]))
    bg = [("p", s) for s in case.get("bg", [])]
    if case.get("bullets"):
        bg.append(("ul", case["bullets"]))
    if case.get("table"):
        bg.append(("table", case["table"]))
    if bg:
        secs.append((style["bg"], bg))
    if case.get("rec"):
        secs.append((style["rec"], [("ul", case["rec"])] if len(case["rec"]) > 1 or case["rec"][0].startswith("at ") else [("p", case["rec"][0])]))
    if case.get("bilag"):
        secs.append(("Bilag", [("p", s) for s in case["bilag"]]))
    decs = []
    if case.get("comm"):
        decs.append(("Beslutning i Økonomiudvalget den %s" % dlong(cdate), [("p", case["comm"])]))
    dblocks = []
    if case.get("inhabil"):
        dblocks.append(("p", "Inhabil: " + case["inhabil"]))
    for line in case["dec"].split("\n"):
        dblocks.append(("p", line))
    dh = style["dec"]
    if body == "Økonomiudvalget" and "byrådsmødet" in dh:
        dh = "Beslutning på mødet den {date}"
    decs.append((dh.format(body=body, date=dlong(mdate)), dblocks))
    if style["dec_first"]:
        secs = [s for s in secs if s[0] == ""] + decs + [s for s in secs if s[0] != ""]
    else:
        secs = secs + decs
    return secs


def plain(title_line, secs):
    out = [title_line]
    for h, blocks in secs:
        if h:
            out.append(h)
        for k, v in blocks:
            if k == "p":
                out.append(v)
            elif k == "ul":
                out.extend(v)
            else:
                out.extend(" ".join(r) for r in v)
    return "\n".join(out)


# ---------------------------------------------------------------- renderers
def esc(s):
    return html.escape(s, quote=False)


def html_blocks(blocks):
    o = []
    for k, v in blocks:
        if k == "p":
            o.append("<p>%s</p>" % esc(v))
        elif k == "ul":
            o.append("<ul>%s</ul>" % "".join("<li>%s</li>" % esc(x) for x in v))
        else:
            o.append("<table class='t'><tr>%s</tr>%s</table>" % ("".join("<th>%s</th>" % esc(c) for c in v[0]),
                     "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % esc(c) for c in r) for r in v[1:])))
    return "".join(o)


def render_html(doc, variant):
    h = doc["header"]
    css = {
        "chromium_print": "body{font-family:DejaVu Sans,sans-serif;font-size:11pt} h2{font-size:13pt;border-bottom:1px solid #444;margin-top:28px} h3{font-size:11pt} table.t td,table.t th{border:1px solid #999;padding:3px}",
        "wkhtmltopdf": "body{font-family:DejaVu Serif,serif;font-size:12pt} h2{font-size:14pt;background:#ddd;padding:4px} h3{font-size:11pt;font-style:italic} table.t td,table.t th{border:1px solid #000;padding:2px}",
        "weasyprint": "@page{size:A4;margin:2cm;@bottom-right{content:'Side ' counter(page) ' af ' counter(pages)}} body{font-family:DejaVu Sans,sans-serif;font-size:10pt} h2{font-size:12pt;color:#036} h3{font-size:10pt;text-transform:uppercase} table.t{border-collapse:collapse} table.t td,table.t th{border:1px solid #888;padding:2px 6px}",
        "html_utf8": "body{font-family:Arial,sans-serif} #side{float:right;width:180px;font-size:9pt} h2{font-size:15px} h3{font-size:13px}",
        "htm_cp1252": "body{font-family:Verdana} h2{font-size:14px} h3{font-size:12px;font-weight:normal;text-decoration:underline}",
    }[variant]
    o = ["<!DOCTYPE html><html lang='da'><head><meta charset='%s'><title>%s</title><style>%s</style></head><body>" % (
        "windows-1252" if variant == "htm_cp1252" else "utf-8", esc(doc["title"]), css)]
    if variant == "chromium_print":
        o.insert(1, "<style>@page{size:A4;margin:2cm 1.6cm;@top-left{content:'%s kl. 09.12';font-size:7pt}@top-right{content:'%s';font-size:7pt}@bottom-right{content:counter(page) '/' counter(pages);font-size:7pt}}</style>" % (
            (doc["date"] + dt.timedelta(days=3)).strftime("%d.%m.%Y"), doc["url"]))
    if variant == "html_utf8":
        o.append("<div><a href='#main'>Gå til indhold</a> | %s Kommune &gt; Politik &gt; Dagsordener og referater</div>" % esc(doc["municipality"]))
        o.append("<div id='side'><b>Andre møder</b><ul>%s</ul></div>" % "".join("<li>%s</li>" % esc(x) for x in doc["other_meetings"]))
    if variant in ("chromium_print", "html_utf8"):
        o.append("<h1>%s</h1><table class='hdr'>%s</table>" % (esc(doc["title"]), "".join("<tr><td><b>%s</b></td><td>%s</td></tr>" % (esc(k), esc(v)) for k, v in h)))
    elif variant == "wkhtmltopdf":
        o.append("<h1>%s</h1>%s" % (esc(doc["title"]), "".join("<div>%s: %s</div>" % (esc(k), esc(v)) for k, v in h)))
    elif variant == "weasyprint":
        o.append("<p style='font-size:16pt'>%s</p><dl>%s</dl>" % (esc(doc["title"]), "".join("<dt>%s</dt><dd>%s</dd>" % (esc(k), esc(v)) for k, v in h)))
    else:
        o.append("<h1>%s</h1><p>%s</p>" % (esc(doc["title"]), "<br>".join("%s: %s" % (esc(k), esc(v)) for k, v in h)))
    if variant == "html_utf8":
        o.append("<h2>Indholdsfortegnelse</h2><ol>%s</ol>" % "".join("<li><a href='#p%s'>%s</a></li>" % (it["number"], esc(it["title"])) for it in doc["items"]))
    o.append("<div id='main'>")
    for it in doc["items"]:
        o.append("<h2 id='p%s'>%s</h2>" % (it["number"], esc(it["title_line"])))
        if it.get("sagsnr"):
            o.append("<p class='sagsnr'>Sagsnr.: %s</p>" % esc(it["sagsnr"]))
        for hd, blocks in it["secs"]:
            if hd:
                o.append("<h3>%s</h3>" % esc(hd))
            o.append(html_blocks(blocks))
    o.append("</div>")
    if variant == "html_utf8":
        o.append("<p><a href='#'>Til toppen</a></p>")
    o.append("<p>Mødet hævet kl. 19.42.</p></body></html>")
    return "".join(o)


def x(s):
    return html.escape(s, quote=True)


def render_docx(doc, path):
    body = []

    def para(t, style=None, bold=False):
        ppr = "<w:pPr><w:pStyle w:val='%s'/></w:pPr>" % style if style else ""
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        body.append("<w:p>%s<w:r>%s<w:t xml:space='preserve'>%s</w:t></w:r></w:p>" % (ppr, rpr, x(t)))

    def table(rows):
        body.append("<w:tbl><w:tblPr><w:tblBorders>%s</w:tblBorders></w:tblPr>%s</w:tbl>" % (
            "".join("<w:%s w:val='single' w:sz='4'/>" % b for b in ("top", "left", "bottom", "right", "insideH", "insideV")),
            "".join("<w:tr>%s</w:tr>" % "".join("<w:tc><w:p><w:r><w:t xml:space='preserve'>%s</w:t></w:r></w:p></w:tc>" % x(c) for c in r) for r in rows)))
        body.append("<w:p/>")

    para(doc["title"], "Title")
    table([[k, v] for k, v in doc["header"]])
    for it in doc["items"]:
        para(it["title_line"], "Heading1")
        if it.get("sagsnr"):
            para("Sagsnr.: " + it["sagsnr"])
        for hd, blocks in it["secs"]:
            if hd:
                para(hd, bold=True)
            for k, v in blocks:
                if k == "p":
                    para(v)
                elif k == "ul":
                    for b in v:
                        para("- " + b)
                else:
                    table(v)
    para("Mødet hævet kl. 20.05.")
    W = "xmlns:w='http://schemas.openxmlformats.org/wordprocessingml/2006/main'"
    document = "<?xml version='1.0' encoding='UTF-8' standalone='yes'?><w:document %s><w:body>%s<w:sectPr><w:pgSz w:w='11906' w:h='16838'/><w:pgMar w:top='1418' w:right='1134' w:bottom='1418' w:left='1134' w:header='708' w:footer='708' w:gutter='0'/></w:sectPr></w:body></w:document>" % (W, "".join(body))
    styles = "<?xml version='1.0' encoding='UTF-8'?><w:styles %s><w:style w:type='paragraph' w:styleId='Title'><w:name w:val='Title'/><w:rPr><w:b/><w:sz w:val='36'/></w:rPr></w:style><w:style w:type='paragraph' w:styleId='Heading1'><w:name w:val='heading 1'/><w:pPr><w:spacing w:before='360'/></w:pPr><w:rPr><w:b/><w:sz w:val='28'/></w:rPr></w:style></w:styles>" % W
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<?xml version='1.0' encoding='UTF-8'?><Types xmlns='http://schemas.openxmlformats.org/package/2006/content-types'><Default Extension='rels' ContentType='application/vnd.openxmlformats-package.relationships+xml'/><Default Extension='xml' ContentType='application/xml'/><Override PartName='/word/document.xml' ContentType='application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'/><Override PartName='/word/styles.xml' ContentType='application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml'/></Types>")
        z.writestr("_rels/.rels", "<?xml version='1.0' encoding='UTF-8'?><Relationships xmlns='http://schemas.openxmlformats.org/package/2006/relationships'><Relationship Id='rId1' Type='http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument' Target='word/document.xml'/></Relationships>")
        z.writestr("word/_rels/document.xml.rels", "<?xml version='1.0' encoding='UTF-8'?><Relationships xmlns='http://schemas.openxmlformats.org/package/2006/relationships'><Relationship Id='rId1' Type='http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles' Target='styles.xml'/></Relationships>")
        z.writestr("word/document.xml", document)
        z.writestr("word/styles.xml", styles)


def render_odt(doc, path):
    b = []
    P = lambda t, st="Standard": b.append("<text:p text:style-name='%s'>%s</text:p>" % (st, x(t)))
    P(doc["title"], "Tit")
    for k, v in doc["header"]:
        P("%s: %s" % (k, v))
    for it in doc["items"]:
        b.append("<text:h text:outline-level='1' text:style-name='H1'>%s</text:h>" % x(it["title_line"]))
        if it.get("sagsnr"):
            P("Sagsnr. " + it["sagsnr"])
        for hd, blocks in it["secs"]:
            if hd:
                P(hd, "Bold")
            for k, v in blocks:
                if k == "p":
                    P(v)
                elif k == "ul":
                    b.append("<text:list>%s</text:list>" % "".join("<text:list-item><text:p>%s</text:p></text:list-item>" % x(i) for i in v))
                else:
                    b.append("<table:table>%s%s</table:table>" % ("<table:table-column table:number-columns-repeated='%d'/>" % len(v[0]),
                             "".join("<table:table-row>%s</table:table-row>" % "".join("<table:table-cell office:value-type='string'><text:p>%s</text:p></table:table-cell>" % x(c) for c in r) for r in v)))
    P("Mødet sluttede kl. 18.55.")
    NS = ("xmlns:office='urn:oasis:names:tc:opendocument:xmlns:office:1.0' xmlns:text='urn:oasis:names:tc:opendocument:xmlns:text:1.0' "
          "xmlns:table='urn:oasis:names:tc:opendocument:xmlns:table:1.0' xmlns:style='urn:oasis:names:tc:opendocument:xmlns:style:1.0' "
          "xmlns:fo='urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0'")
    content = ("<?xml version='1.0' encoding='UTF-8'?><office:document-content %s office:version='1.2'><office:automatic-styles>"
               "<style:style style:name='Tit' style:family='paragraph'><style:text-properties fo:font-size='18pt' fo:font-weight='bold'/></style:style>"
               "<style:style style:name='H1' style:family='paragraph'><style:paragraph-properties fo:margin-top='0.5cm'/><style:text-properties fo:font-size='14pt' fo:font-weight='bold'/></style:style>"
               "<style:style style:name='Bold' style:family='paragraph'><style:text-properties fo:font-weight='bold'/></style:style>"
               "</office:automatic-styles><office:body><office:text>%s</office:text></office:body></office:document-content>") % (NS, "".join(b))
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
        z.writestr("META-INF/manifest.xml", "<?xml version='1.0' encoding='UTF-8'?><manifest:manifest xmlns:manifest='urn:oasis:names:tc:opendocument:xmlns:manifest:1.0' manifest:version='1.2'><manifest:file-entry manifest:full-path='/' manifest:media-type='application/vnd.oasis.opendocument.text'/><manifest:file-entry manifest:full-path='content.xml' manifest:media-type='text/xml'/></manifest:manifest>", zipfile.ZIP_DEFLATED)


def groff_esc(s):
    s = s.replace("\\", "\\\\")
    return ("\\&" + s) if s[:1] in ".'" else s


def render_groff(doc, path):
    o = [".nh", ".ad l", ".ds CH", ".ds CF Side %", ".nr PS 11", ".nr VS 13", ".LP", "\\s[16]\\fB%s\\fP\\s[0]" % groff_esc(doc["title"]), ".sp"]
    for k, v in doc["header"]:
        o += [".br", "%s: %s" % (groff_esc(k), groff_esc(v))]
    for it in doc["items"]:
        o += [".SH", groff_esc(it["title_line"])]
        if it.get("sagsnr"):
            o += [".LP", "Sagsnr.: " + groff_esc(it["sagsnr"])]
        for hd, blocks in it["secs"]:
            if hd:
                o += [".LP", "\\fI%s\\fP" % groff_esc(hd)]
            for k, v in blocks:
                if k == "p":
                    o += [".LP", groff_esc(v)]
                elif k == "ul":
                    for bl in v:
                        o += [".IP \\(bu 2", groff_esc(bl)]
                else:
                    o += [".LP", ".TS", "box;", " ".join("l" for _ in v[0]) + "."] + ["\t".join(groff_esc(c) for c in r) for r in v] + [".TE"]
    o += [".LP", "Mødet hævet kl. 21.10."]
    open(path, "w", encoding="utf-8").write("\n".join(o) + "\n")


# ---------------------------------------------------------------- pdf checks
def pdf_pages(pdf):
    t = subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, "-"], capture_output=True, text=True, check=True).stdout
    pages = t.split("\f")
    if pages and not pages[-1].strip():
        pages = pages[:-1]
    return pages


def locate(doc, pdf):
    pages = pdf_pages(pdf)
    cat, owner = [], []
    for i, pg in enumerate(pages):
        s = squash(pg)
        cat.append(s)
        owner.extend([i + 1] * len(s))
    cat = "".join(cat)
    starts, pos = [], 0
    for it in doc["items"]:
        k = squash(it["title_line"])
        j = cat.find(k, pos)
        if j < 0:
            sys.exit("FAIL %s: item heading not found: %s" % (pdf, it["title_line"]))
        starts.append(j)
        pos = j + len(k)
    for n, it in enumerate(doc["items"]):
        s = starts[n]
        e = starts[n + 1] if n + 1 < len(starts) else len(cat)
        tail = squash(it["last_text"])[-25:]
        k = cat.rfind(tail, s, e)
        end = (k + len(tail) - 1) if k >= 0 else e - 1
        it["pages"] = [owner[s], owner[end]]
        it["page"] = owner[s]
        if it.get("phrase"):
            ph = squash(it["phrase"])
            k = cat.find(ph, s, e)
            if k < 0:
                k = cat.find(ph[:16], s, e)
            if k < 0:
                sys.exit("FAIL %s: phrase of item %s not found in its span: %s" % (pdf, it["number"], it["phrase"]))
            it["page"] = owner[k]
    return len(pages)


def run(cmd, **kw):
    p = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if p.returncode != 0:
        sys.exit("FAIL: %s\n%s%s" % (" ".join(cmd), p.stdout, p.stderr))


# ---------------------------------------------------------------- main
def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=20240610)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    out = a.out
    if os.path.exists(out):
        shutil.rmtree(out)
    os.makedirs(os.path.join(out, "src"))
    munis = [r["name"] for r in csv.DictReader(open("/work/shared/data/kommuner.csv", encoding="utf-8"))]
    munis = [m for m in munis if m != "København"]
    chosen = rng.sample(munis, 8)
    manifest = {"seed": a.seed, "period": "2024H1", "layouts": {}, "halves": {}, "pairs": PAIRS}
    jobs = []   # (half, doc) render jobs
    all_docs = {}
    for hi, half in enumerate(("dev", "holdout")):
        lays = LAYOUTS[half]
        mun4 = chosen[hi * 4:hi * 4 + 4]
        for l in lays:
            manifest["layouts"][l] = half
        fk, qk, pk = (["D", "B"], ["qD", "qB"], "D") if half == "dev" else (["B", "H"], ["qB", "qH"], "H")
        council_gold, planted = [], []
        for ci, cls in enumerate(cases.CLASSES):
            v = cases.variants(cls)
            for k in fk:
                council_gold.append((cls, "flag", k, v[k]))
            for k in qk:
                council_gold.append((cls, "quiet", k, v[k]))
            planted.append((cls, ci, pk, v[pk]))
        rng.shuffle(council_gold)
        # meetings
        docs = []
        pool = [dt.date(2024, m, d) for m in range(1, 7) for d in range(6, 28) if dt.date(2024, m, d).weekday() < 4
                and (m, d) not in ((3, 28), (5, 9), (5, 20))]
        months = sorted([1, 2, 3, 4, 5, 6] + rng.sample([1, 2, 3, 4, 5, 6], 2))
        council_dates = []
        for m in months:
            council_dates.append(rng.choice([x for x in pool if x.month == m and x not in council_dates]))
        council_dates.sort()
        order = [0, 4, 1, 5, 2, 6, 3, 7]   # each municipality gets one early and one late meeting
        council_dates = [council_dates[i] for i in order]
        for mi, mun in enumerate(mun4):
            lay = lays[mi]
            bodyname = rng.choice(["Byrådet", "Kommunalbestyrelsen"])
            for k in range(2):
                docs.append(dict(municipality=mun, layout=lay, kind="council", body="council", body_name=bodyname, date=council_dates[mi * 2 + k]))
            if mi < 2:
                d = dt.date(2024, rng.choice([2, 3, 4, 5]), rng.choice([6, 13, 20]))
                while d.weekday() > 4:
                    d -= dt.timedelta(days=1)
                docs.append(dict(municipality=mun, layout=lay, kind="committee", body="committee", body_name="Økonomiudvalget", date=d))
            else:
                d = dt.date(2023, 12, rng.choice([5, 12, 14])) if mi == 2 else dt.date(2024, 7, rng.choice([2, 4, 9]))
                docs.append(dict(municipality=mun, layout=lay, kind="out_of_period", body="council", body_name=bodyname, date=d))
        cdocs = [d for d in docs if d["kind"] == "council"]
        for i, g in enumerate(council_gold):
            cdocs[i % 8].setdefault("gold", []).append(g)
        comm = [d for d in docs if d["kind"] == "committee"]
        oop = [d for d in docs if d["kind"] == "out_of_period"]
        ce = [p for p in planted if p[1] % 2 == 0]
        co = [p for p in planted if p[1] % 2 == 1]
        for i, g in enumerate(ce):
            comm[i % 2].setdefault("gold", []).append((g[0], "quiet", g[2], g[3]))
        for i, g in enumerate(co):
            oop[i % 2].setdefault("gold", []).append((g[0], "quiet", g[2], g[3]))
        gid = 0
        gold_items = []
        running = {}
        for d in docs:
            style = STYLE[d["layout"]]
            lay = d["layout"]
            mun = d["municipality"]
            body = d["body_name"]
            date = d["date"]
            ext = ".htm" if lay == "htm_cp1252" else (".html" if lay == "html_utf8" else ".pdf")
            fname = "%s-referat-%s%s" % ("oeu" if d["kind"] == "committee" else "byraad", date.isoformat(), ext)
            d["document"] = "%s/%s" % (mun, fname)
            entries = list(d["gold"])
            ords = rng.sample(cases.ORDINARY[2:-1], rng.choice([3, 4]))
            seq = [("ord", cases.ORDINARY[0])] + [("gold", e) for e in entries] + [("ord", o) for o in ords]
            mid = seq[1:]
            rng.shuffle(mid)
            seq = [seq[0]] + mid + [("ord", cases.ORDINARY[-1])]
            rkey = (mun, d["kind"] == "committee")
            n0 = style["start"] or running.setdefault(rkey, rng.choice([101, 214, 347]))
            if not style["start"]:
                running[rkey] = n0 + len(seq)
            items = []
            for idx, (kind, e) in enumerate(seq):
                num = n0 + idx
                cdate = date - dt.timedelta(days=rng.choice([6, 7, 8, 13]))
                if kind == "ord":
                    t, bg, rec, dec = e
                    case = dict(title=t, bg=bg, rec=rec, dec=dec)
                    gref = None
                else:
                    cls, expect, vk, fn = e
                    p = params(rng, date)
                    case = fn(p)
                    rb = "Økonomiudvalget" if d["kind"] == "committee" else body
                    case = {k: (v.replace("Byrådet", rb) if isinstance(v, str) else
                                [w.replace("Byrådet", rb) if isinstance(w, str) else w for w in v] if isinstance(v, list) and k != "table" else v)
                            for k, v in case.items()}
                    if d["kind"] != "council" and case.get("comm"):
                        case = dict(case)
                        case.pop("comm")
                    gid += 1
                    gref = "%s-%03d" % (half[0], gid)
                secs = build_item(case, style, body, date, cdate)
                tl = style["num"].format(n=num, t=case["title"])
                last_blocks = secs[-1][1]
                lk, lv = last_blocks[-1]
                last_text = lv if lk == "p" else (lv[-1] if lk == "ul" else " ".join(lv[-1]))
                it = dict(number=str(num), title=case["title"], title_line=tl, secs=secs, sagsnr="%02d.%02d.%02d-%s-%d-24" % (rng.randint(0, 85), rng.randint(0, 20), rng.randint(0, 20), rng.choice(["A00", "G01", "P20", "Ø00"]), rng.randint(1, 99)),
                          gold=gref, last_text=last_text)
                it["text"] = plain(tl, [("", [("p", "Sagsnr.: " + it["sagsnr"])])] + secs)
                if gref:
                    if squash(case["phrase"]) not in squash(it["text"]):
                        sys.exit("FAIL: phrase not in item text %s %s" % (cls, vk))
                    it["phrase"] = case["phrase"]
                    gold_items.append(dict(id=gref, document=d["document"], item_number=str(num), item_title=case["title"], **{"class": cls},
                                           expect=expect, phrase=case["phrase"], variant="%s.%s" % (cls, vk), where=case.get("where"),
                                           municipality=mun, meeting_date=date.isoformat(), body=d["body"], body_name=body,
                                           meeting_kind=d["kind"], layout=lay, law=cases.LAW[cls], **({"why_quiet": case.get("why") or ("not drawn: %s meeting" % d["kind"])} if expect == "quiet" else {})))
                    if expect == "quiet" and d["kind"] != "council":
                        gold_items[-1]["why_quiet"] = "not drawn: %s meeting (planted problem)" % ("committee" if d["kind"] == "committee" else "out-of-period council")
                items.append(it)
            d["items"] = items
            tname = "Økonomiudvalget" if d["kind"] == "committee" else body
            kom = "%s Kommune" % mun
            if lay in ("docx_libreoffice", "html_utf8"):
                title = "Referat – %s, %s" % (tname, kom)
            elif lay in ("odt_libreoffice", "groff_ps2pdf"):
                title = "%s %s – Referat" % (kom, tname)
            elif lay == "wkhtmltopdf":
                title = "Referat fra %s møde %s %s kl. 17.00" % ("Økonomiudvalgets" if d["kind"] == "committee" else (tname + "s"), DAYS[date.weekday()], dlong(date))
            else:
                title = "%s %s kl. 16:30" % (tname, date.strftime("%d-%m-%Y"))
            hdr = {"docx_libreoffice": [("Udvalg", tname), ("Mødedato", dlong(date)), ("Mødetidspunkt", "17:00"), ("Mødested", "Byrådssalen"), ("Fraværende", "Ingen")],
                   "odt_libreoffice": [("Organ", tname), ("Dato", date.strftime("%d.%m.%Y")), ("Sted", "Rådhuset, mødelokale 1"), ("Afbud", "%s %s" % (rng.choice(FIRST), rng.choice(LAST)))],
                   "chromium_print": [("Udvalg", tname), ("Mødedato", "%s den %s" % (DAYS[date.weekday()], dlong(date))), ("Starttidspunkt", "16:00"), ("Sluttidspunkt", "19:30"), ("Lokale", "Mødesal A")],
                   "wkhtmltopdf": [("Møde", tname), ("Mødested", "Rådhuset"), ("Fraværende med afbud", "Ingen")],
                   "html_utf8": [("Udvalg", tname), ("Dato", date.strftime("%d-%m-%Y")), ("Tidspunkt", "17:00"), ("Medlemmer", "Alle")],
                   "htm_cp1252": [("Mødedato", dlong(date)), ("Mødested", "Byrådssalen"), ("Deltagere", "Alle medlemmer")],
                   "weasyprint": [("Mødefakta", "%s, %s" % (tname, kom)), ("Dato", dlong(date)), ("Sted", "Rådhuset")],
                   "groff_ps2pdf": [("Udvalg", tname), ("Mødedato", "%s den %s kl. 18.00" % (DAYS[date.weekday()], dlong(date))), ("Fraværende", "Ingen")]}[lay]
            d["title"] = title
            d["url"] = "https://%s.dk/politik/referater/%s" % (squash(mun), date.isoformat())
            d["header"] = hdr
            d["other_meetings"] = ["%s %s" % (tname, dlong(date + dt.timedelta(days=28 * k))) for k in (-2, -1, 1)]
            d["half"] = half
        all_docs[half] = (docs, gold_items)
    # render
    def render(d):
        half, lay = d["half"], d["layout"]
        cdir = os.path.join(out, half, "corpus", d["municipality"])
        os.makedirs(cdir, exist_ok=True)
        sdir = os.path.join(out, "src", half, d["municipality"])
        os.makedirs(sdir, exist_ok=True)
        target = os.path.join(out, half, "corpus", d["document"])
        stem = os.path.splitext(os.path.basename(target))[0]
        if lay == "html_utf8":
            open(target, "w", encoding="utf-8").write(render_html(d, lay))
        elif lay == "htm_cp1252":
            open(target, "w", encoding="cp1252").write(render_html(d, lay))
        elif lay in ("chromium_print", "wkhtmltopdf", "weasyprint"):
            src = os.path.join(sdir, stem + ".html")
            open(src, "w", encoding="utf-8").write(render_html(d, lay))
            if lay == "chromium_print":
                run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=" + os.path.join(sdir, ".chr-" + stem), "--no-pdf-header-footer", "--print-to-pdf=" + target, "file://" + os.path.abspath(src)])
            elif lay == "wkhtmltopdf":
                run(["wkhtmltopdf", "-q", "--encoding", "utf-8", "--footer-center", "Side [page] af [topage]", "--footer-font-size", "8", src, target])
            else:
                run(["weasyprint", src, target])
        elif lay in ("docx_libreoffice", "odt_libreoffice"):
            ext = ".docx" if lay.startswith("docx") else ".odt"
            src = os.path.join(sdir, stem + ext)
            (render_docx if ext == ".docx" else render_odt)(d, src)
            prof = os.path.join(sdir, ".lo-" + stem)
            run(["soffice", "-env:UserInstallation=file://" + os.path.abspath(prof), "--headless", "--convert-to", "pdf", "--outdir", sdir, src])
            shutil.move(os.path.join(sdir, stem + ".pdf"), target)
        else:
            src = os.path.join(sdir, stem + ".ms")
            render_groff(d, src)
            ps = os.path.join(sdir, stem + ".ps")
            with open(ps, "wb") as fh:
                p = subprocess.run(["groff", "-k", "-Kutf8", "-t", "-ms", "-Tps", src], stdout=fh, stderr=subprocess.PIPE)
            if p.returncode:
                sys.exit("FAIL groff: %s" % p.stderr.decode())
            run(["ps2pdf", ps, target])
        if target.endswith(".pdf"):
            d["pages"] = locate(d, target)
            d["pdf"] = True
        else:
            raw = open(target, "rb").read().decode("cp1252" if lay == "htm_cp1252" else "utf-8")
            txt = squash(html.unescape(re.sub(r"<[^>]+>", " ", raw)))
            for it in d["items"]:
                it["pages"], it["page"] = [1, 1], 1
                if it.get("phrase") and squash(it["phrase"]) not in txt:
                    sys.exit("FAIL %s: phrase missing" % target)
            d["pages"] = 1
            d["pdf"] = False
        return d["document"]

    everything = [d for h in ("dev", "holdout") for d in all_docs[h][0]]
    with ThreadPoolExecutor(max_workers=2) as ex:
        for r in ex.map(render, everything):
            print("rendered", r, flush=True)
    for half in ("dev", "holdout"):
        docs, gold_items = all_docs[half]
        byid = {}
        for d in docs:
            for it in d["items"]:
                if it["gold"]:
                    byid[it["gold"]] = it
        for g in gold_items:
            it = byid[g["id"]]
            g["page"], g["pages"] = it["page"], it["pages"]
        gold = dict(seed=a.seed, half=half, period="2024H1", layouts=LAYOUTS[half], items=gold_items)
        json.dump(gold, open(os.path.join(out, half, "gold.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
        idx = dict(documents=[dict(document=d["document"], kind=d["kind"], pdf=d["pdf"], municipality=d["municipality"], meeting_date=d["date"].isoformat(),
                                   body=d["body"], body_name=d["body_name"], layout=d["layout"], pages=d["pages"],
                                   items=[dict(number=it["number"], title=it["title"], text=it["text"], pages=it["pages"], gold=it["gold"]) for it in d["items"]]) for d in docs])
        json.dump(idx, open(os.path.join(out, half, "items.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
        per = {}
        for g in gold_items:
            c = per.setdefault(g["class"], {"flag": 0, "quiet": 0, "not_drawn": 0})
            c["not_drawn" if g["meeting_kind"] != "council" else g["expect"]] += 1
        manifest["halves"][half] = dict(layouts=LAYOUTS[half], municipalities=sorted({d["municipality"] for d in docs}),
                                        document_kinds={k: sum(1 for d in docs if d["kind"] == k) for k in ("council", "committee", "out_of_period")},
                                        items=sum(len(d["items"]) for d in docs), gold_items=len(gold_items), per_class=per)
    json.dump(manifest, open(os.path.join(out, "manifest.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print("ok:", {h: manifest["halves"][h]["gold_items"] for h in manifest["halves"]})


if __name__ == "__main__":
    main()
