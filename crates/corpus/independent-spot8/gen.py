#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator of spot corpus 8 (2025H1). Standard library only.

  gen.py OUT [SEED]

Writes OUT/src (render sources), OUT/{dev,holdout}/corpus/<Municipality>/..., gold.json,
items.json and OUT/manifest.json. Renders with soffice (one call), chromium, wkhtmltopdf,
weasyprint, groff + ghostscript; never more than 2 renderers at once.
"""
import sys
sys.dont_write_bytecode = True
import concurrent.futures, html, json, os, random, re, shutil, subprocess, sys, unicodedata, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from cases import CASES, CLASSES  # noqa: E402
from ordinary import ORDINARY  # noqa: E402

PERIOD = "2025H1"
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
WEEKDAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]

# layout -> half; pairs: (word_docx, word_rtf), (chromium_fa, wkhtml_prepare), (weasy_decfirst, groff_protocol), (html_utf8, html_cp1252)
LAYOUTS = {
    "dev": ["word_docx", "chromium_firstagenda", "weasyprint_decisionfirst", "html_utf8"],
    "holdout": ["word_rtf", "wkhtml_prepare", "groff_protocol", "html_cp1252"],
}
PAIRS = [("word_docx", "word_rtf"), ("chromium_firstagenda", "wkhtml_prepare"),
         ("weasyprint_decisionfirst", "groff_protocol"), ("html_utf8", "html_cp1252")]
PDF_LAYOUTS = {"word_docx", "word_rtf", "chromium_firstagenda", "wkhtml_prepare", "weasyprint_decisionfirst", "groff_protocol"}

MUNIS = {
    "dev": [("Haderslev", "Byrådet"), ("Ringkøbing-Skjern", "Byrådet"), ("Faxe", "Byrådet"), ("Lyngby-Taarbæk", "Kommunalbestyrelsen"),
            ("Nordfyns", "Byrådet"), ("Vesthimmerlands", "Byrådet"), ("Ærø", "Kommunalbestyrelsen"), ("Tårnby", "Kommunalbestyrelsen")],
    "holdout": [("Kerteminde", "Byrådet"), ("Thisted", "Kommunalbestyrelsen"), ("Stevns", "Kommunalbestyrelsen"), ("Brøndby", "Kommunalbestyrelsen"),
                ("Ikast-Brande", "Byrådet"), ("Sorø", "Byrådet"), ("Læsø", "Kommunalbestyrelsen"), ("Hedensted", "Byrådet")],
}
COUNCIL_DATES = {
    "dev": ["2025-01-30", "2025-02-27", "2025-03-13", "2025-03-27", "2025-04-24", "2025-05-22", "2025-06-12", "2025-06-19"],
    "holdout": ["2025-01-28", "2025-02-25", "2025-03-18", "2025-04-08", "2025-04-29", "2025-05-27", "2025-06-17", "2025-06-24"],
}
QUIET_DOCS = {  # (kind, body_name, date, file prefix)
    "dev": [("committee", "Økonomiudvalget", "2025-03-04", "oeu"), ("committee", "Social- og Sundhedsudvalget", "2025-05-06", "ssu"),
            ("out_of_period", None, "2024-12-12", "byraad"), ("out_of_period", None, "2025-08-28", "byraad")],
    "holdout": [("committee", "Økonomiudvalget", "2025-02-11", "oeu"), ("committee", "Social- og Ældreudvalget", "2025-04-22", "sau"),
                ("out_of_period", None, "2024-11-26", "byraad"), ("out_of_period", None, "2025-09-23", "byraad")],
}
MEMBERS = ["Hanne Bjerre (A)", "Mikkel Vestergaard (V)", "Sofie Kragh (F)", "Niels Ebbesen (C)", "Rasmus Toft (Ø)",
           "Pia Holm (A)", "Klaus Lauridsen (V)", "Marianne Skov (O)", "Henrik Buus (B)", "Lotte Hviid (I)"]


def dlong(iso, weekday=False):
    y, m, d = map(int, iso.split("-"))
    import datetime
    s = "%d. %s %d" % (d, MONTHS[m - 1], y)
    if weekday:
        s = "%s den %s" % (WEEKDAYS[datetime.date(y, m, d).weekday()], s)
    return s


def ddash(iso):
    y, m, d = iso.split("-")
    return "%s-%s-%s" % (d, m, y)


def ddot(iso):
    y, m, d = iso.split("-")
    return "%s.%s.%s" % (d, m, y)


def squash(s):
    s = unicodedata.normalize("NFKC", s or "").lower()
    return "".join(ch for ch in s if ch.isalnum())


# ------------------------------------------------------------------ item model
ECON = ["Sagen har ingen økonomiske konsekvenser ud over det, der er beskrevet ovenfor.",
        "Udgiften afholdes inden for udvalgets budgetramme.",
        "Forslaget er udgiftsneutralt for kommunen.",
        "Der henvises til det vedlagte økonomiske notat."]
BILAG = ["Notat fra forvaltningen", "Oversigt over sagens forløb", "Udkast til retningslinjer", "Kort over området",
         "Budgetnotat", "Høringsbrev"]


def earlier(date, days):
    import datetime
    y, m, d = map(int, date.split("-"))
    e = datetime.date(y, m, d) - datetime.timedelta(days=days)
    while e.weekday() > 3:  # committees meet Monday to Thursday
        e -= datetime.timedelta(days=1)
    return e.isoformat()


def item_blocks(case, layout, body_name, date, num, rng, kind="council"):
    """Return the blocks of one agenda item for a layout: list of (kind, payload)."""
    sag = "%02d.%02d.%02d-%s-%d-%02d" % (rng.randint(0, 85), rng.randint(0, 30), rng.randint(0, 20),
                                          rng.choice(["G01", "A00", "P20", "Ø00", "K04"]), rng.randint(1, 40), rng.choice([24, 25]))
    ind = [("p", rng.choice(["Forvaltningen indstiller,", "Administrationen indstiller til %s," % body_name, "Det indstilles,"]))] + [("bullet", b) for b in case["i"]]
    bg = [("p", case["s"])]
    if case.get("tab"):
        bg.append(("table", case["tab"]))
    plain = case.get("plain")
    if not plain and rng.random() < 0.45:
        bg += [("h3", "Økonomiske konsekvenser"), ("p", rng.choice(ECON))]
    if not plain and rng.random() < 0.35:
        bg += [("h3", "Bilag")] + [("p", "%d. %s" % (k + 1, b)) for k, b in enumerate(rng.sample(BILAG, rng.randint(1, 3)))]
    dec = []
    if kind != "committee" and not plain and rng.random() < 0.4:
        cd = earlier(date, rng.choice([7, 8, 9, 13, 14]))
        cname = "Økonomiudvalget"
        ch = rng.choice(["Beslutning i %s den %s" % (cname, dlong(cd)), "%s, %s:" % (cname, ddash(cd))])
        dec += [("h3", ch), ("p", rng.choice(["Anbefales.", "Anbefales over for %s." % ("Kommunalbestyrelsen" if "Kommunal" in body_name else "Byrådet"),
                                                "Indstillingen anbefales.", "Oversendes til %s uden anbefaling." % ("Kommunalbestyrelsen" if "Kommunal" in body_name else "Byrådet")]))]
    if case.get("att"):
        dec.append(("p", case["att"]))
    btxt = case["b"]
    council_word = "Kommunalbestyrelsen" if "Kommunal" in body_name else ("Byrådet" if body_name == "Byrådet" else "Udvalget")
    if btxt == "Godkendt.":
        btxt = rng.choice(["Godkendt.", "Godkendt.", "Indstillingen godkendt.", "%s godkendte indstillingen." % council_word,
                           "Godkendt uden afstemning.", "Indstillingen blev godkendt."])
    elif btxt == "Taget til efterretning.":
        btxt = rng.choice(["Taget til efterretning.", "Orienteringen blev taget til efterretning.", "Til efterretning."])
    dec.append(("p", btxt))
    if layout in ("word_docx", "chromium_firstagenda", "html_utf8", "html_cp1252"):
        dh = {"word_docx": "Beslutning i %s den %s" % (body_name, dlong(date)),
              "chromium_firstagenda": "Beslutning i %s den %s" % (body_name, ddash(date)),
              "html_utf8": "Beslutning",
              "html_cp1252": "%ss beslutning den %s" % (body_name, ddot(date))}[layout]
        pre, own = split_dec(dec)
        return sag, [("h3", "Sagsfremstilling")] + bg + [("h3", "Indstilling")] + ind + pre + [("h3", dh)] + own
    if layout == "word_rtf":
        pre, own = split_dec(dec)
        return sag, [("h3", "Sagens kerne")] + bg + [("h3", "Indstilling")] + ind + pre + [("h3", "Beslutning i %s den %s" % (body_name, dlong(date)))] + own
    if layout == "wkhtml_prepare":
        return sag, [("h3", "Beslutningstema"), ("p", case["title"] + " forelægges til beslutning."), ("h3", "Sagsfremstilling")] + bg + \
            [("h3", "Indstilling")] + ind + split_dec(dec)[0] + [("h3", "Beslutning")] + split_dec(dec)[1]
    if layout == "weasyprint_decisionfirst":
        pre, own = split_dec(dec)
        return sag, [("h3", "%s, %s, pkt. %d:" % (body_name, dlong(date), num))] + own + pre + [("h3", "Indstilling")] + ind + \
            [("h3", "Beskrivelse af sagen")] + bg
    if layout == "groff_protocol":
        # protocol: background, recommendation, then the decision with no heading
        pre, own = split_dec(dec)
        return sag, bg + [("p", "Direktionen indstiller,")] + [("bullet", b) for b in case["i"]] + pre + own
    raise ValueError(layout)


def split_dec(dec):
    """(earlier committee decision blocks, the body's own decision blocks)"""
    if dec and dec[0][0] == "h3":
        return dec[:2], dec[2:]
    return [], dec


def item_title(layout, num, title):
    return {"word_docx": "Punkt %d. %s" % (num, title), "word_rtf": "Sag nr. %d - %s" % (num, title),
            "chromium_firstagenda": "%d. %s" % (num, title), "wkhtml_prepare": "Punkt %d: %s" % (num, title),
            "weasyprint_decisionfirst": "%d %s" % (num, title), "groff_protocol": "Pkt. %d %s" % (num, title),
            "html_utf8": "%d. %s" % (num, title), "html_cp1252": "Nr.%d - %s" % (num, title)}[layout]


def blocks_text(heading, sag, blocks):
    out = [heading, "Sagsnr.: " + sag]
    for k, p in blocks:
        if k == "table":
            out.extend(" ".join(r) for r in p)
        elif k == "bullet":
            out.append("at " + p)
        else:
            out.append(p)
    return "\n".join(out)


# ------------------------------------------------------------------ renderers: HTML family
CSS = {
    "chromium_firstagenda": "body{font-family:'DejaVu Sans',Arial,sans-serif;font-size:10.5pt;margin:1.6cm}h1{font-size:17pt}"
                            "h2{font-size:13pt;border-top:1px solid #999;padding-top:8px;margin-top:22px}h3{font-size:10.5pt;margin:10px 0 2px}"
                            "table.meta td{padding:1px 10px 1px 0}table.t{border-collapse:collapse;margin:6px 0}table.t td,table.t th{border:1px solid #777;padding:3px 6px;text-align:left}",
    "wkhtml_prepare": "body{font-family:'Liberation Serif',serif;font-size:12pt}h1{font-size:18pt;color:#124}h2{font-size:14pt;color:#124;margin-top:26px}"
                      "h3{font-size:12pt;font-style:italic;margin:8px 0 2px}.status{font-size:9pt;color:#555}table.t{border-collapse:collapse}table.t td,table.t th{border:1px solid #000;padding:2px 5px}",
    "weasyprint_decisionfirst": "@page{size:A4;margin:2cm;@bottom-right{content:'Side ' counter(page) ' af ' counter(pages)}}"
                                "body{font-family:'DejaVu Serif',serif;font-size:10pt}h2{font-size:12.5pt;background:#eee;padding:3px}h3{font-size:10pt;margin:8px 0 1px}"
                                "table.t{border-collapse:collapse}table.t td,table.t th{border:.5pt solid #444;padding:2px 4px}",
    "html_utf8": "body{font-family:sans-serif;max-width:60em;margin:auto}nav{font-size:90%}h2{margin-top:2em}table.t td,table.t th{border:1px solid #aaa}",
    "html_cp1252": "body{font-family:Verdana,sans-serif;font-size:10pt}h2{color:#036}table.t td{border:1px solid #ccc}",
}


def html_blocks(blocks):
    out, inlist = [], False
    for k, p in blocks:
        if k == "bullet":
            if not inlist:
                out.append("<ul>")
                inlist = True
            out.append("<li>at %s</li>" % html.escape(p))
            continue
        if inlist:
            out.append("</ul>")
            inlist = False
        if k == "h3":
            out.append("<h3>%s</h3>" % html.escape(p))
        elif k == "p":
            out.append("<p>%s</p>" % html.escape(p))
        elif k == "table":
            rows = ["<tr>%s</tr>" % "".join("<th>%s</th>" % html.escape(c) for c in p[0])]
            rows += ["<tr>%s</tr>" % "".join("<td>%s</td>" % html.escape(c) for c in r) for r in p[1:]]
            out.append('<table class="t">%s</table>' % "".join(rows))
    if inlist:
        out.append("</ul>")
    return "\n".join(out)


def html_doc(layout, meta, items):
    m = meta
    charset = "windows-1252" if layout == "html_cp1252" else "utf-8"
    h = ['<!DOCTYPE html><html lang="da"><head><meta charset="%s"><title>%s - %s</title><style>%s</style></head><body>'
         % (charset, html.escape(m["body_name"]), html.escape(m["date_long"]), CSS[layout])]
    if layout == "html_utf8":
        h.append('<a href="#indhold">Gå til indhold</a><nav>Forside &gt; Politik &gt; Dagsordener og referater &gt; %s</nav>' % html.escape(m["body_name"]))
        h.append("<main id=indhold><h1>Referat: %s, %s</h1>" % (html.escape(m["body_name"]), html.escape(m["date_week"])))
        h.append("<p>Mødested: %s<br>Starttidspunkt: kl. 17.00<br>Sluttidspunkt: kl. 19.40<br>Medlemmer: %s<br>Afbud: %s</p>"
                 % (html.escape(m["place"]), html.escape(", ".join(m["members"])), html.escape(m["absent"])))
    elif layout == "html_cp1252":
        h.append("<div class=top>%s Kommune &middot; Referater</div><h1>%s</h1>" % (html.escape(m["muni"]), html.escape("%s %s kl. 16:30" % (m["body_name"], ddash(m["date"])))))
        h.append("<table><tr><td>Sted:</td><td>%s</td></tr><tr><td>Deltagere:</td><td>%s</td></tr><tr><td>Fraværende:</td><td>%s</td></tr></table>"
                 % (html.escape(m["place"]), html.escape(", ".join(m["members"])), html.escape(m["absent"])))
    elif layout == "chromium_firstagenda":
        h.append("<h1>Referat</h1><table class=meta><tr><td>Udvalg:</td><td>%s</td></tr><tr><td>Mødedato:</td><td>%s</td></tr>"
                 "<tr><td>Mødetidspunkt:</td><td>kl. 17:00</td></tr><tr><td>Mødested:</td><td>%s</td></tr><tr><td>Deltagere:</td><td>%s</td></tr>"
                 "<tr><td>Afbud:</td><td>%s</td></tr></table>" % (html.escape(m["body_name"]), html.escape(m["date_long"]), html.escape(m["place"]),
                                                                   html.escape(", ".join(m["members"])), html.escape(m["absent"])))
    elif layout == "wkhtml_prepare":
        h.append("<h1>%s Kommune</h1><p><b>Referat</b> af møde i %s<br>%s, kl. 18.00<br>%s</p><p>Medlemmer: %s<br>Fraværende: %s</p>"
                 % (html.escape(m["muni"]), html.escape(m["body_name"]), html.escape(m["date_week"].capitalize()), html.escape(m["place"]),
                    html.escape(", ".join(m["members"])), html.escape(m["absent"])))
    elif layout == "weasyprint_decisionfirst":
        h.append("<p>%s KOMMUNE</p><h1>Beslutningsprotokol</h1><p>Organ: %s<br>Dato: %s<br>Tidspunkt: 16.00-18.30<br>Lokale: %s<br>Deltagere: %s<br>Fraværende med afbud: %s</p>"
                 % (html.escape(m["muni"].upper()), html.escape(m["body_name"]), html.escape(ddot(m["date"])), html.escape(m["place"]),
                    html.escape(", ".join(m["members"])), html.escape(m["absent"])))
    for it in items:
        extra = ""
        if layout == "wkhtml_prepare":
            closed = any(w in it["text"].lower() for w in ("lukket punkt", "lukkede døre", "lukket møde", "behandles lukket", "punktet er lukket"))
            extra = '<div class=status>%s</div>' % ("Lukket punkt" if closed else "Åbent punkt")
        h.append("<section><h2>%s</h2>%s<p>Sagsnr.: %s</p>%s</section>" % (html.escape(it["heading"]), extra, html.escape(it["sag"]), html_blocks(it["blocks"])))
    if layout == "html_utf8":
        h.append('</main><p><a href="#">Til toppen</a></p>')
    h.append("</body></html>")
    s = "\n".join(h)
    return s.encode("cp1252", errors="xmlcharrefreplace") if charset == "windows-1252" else s.encode("utf-8")


# ------------------------------------------------------------------ docx
def x(s):
    return html.escape(s, quote=False)


def docx_para(text, bold=False, size=None, style=None):
    rpr = ""
    if bold or size:
        rpr = "<w:rPr>%s%s</w:rPr>" % ("<w:b/>" if bold else "", '<w:sz w:val="%d"/>' % size if size else "")
    ppr = '<w:pPr><w:pStyle w:val="%s"/></w:pPr>' % style if style else ""
    return '<w:p>%s<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (ppr, rpr, x(text))


def docx_table(rows):
    b = '<w:tblBorders>' + "".join('<w:%s w:val="single" w:sz="4" w:space="0" w:color="000000"/>' % e for e in ("top", "left", "bottom", "right", "insideH", "insideV")) + '</w:tblBorders>'
    out = ['<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/>%s</w:tblPr><w:tblGrid>%s</w:tblGrid>' % (b, "".join('<w:gridCol w:w="%d"/>' % (9000 // len(rows[0])) for _ in rows[0]))]
    for ri, r in enumerate(rows):
        out.append("<w:tr>" + "".join('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr>%s</w:tc>' % (9000 // len(r), docx_para(c, bold=(ri == 0))) for c in r) + "</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def write_docx(path, meta, items):
    body = [docx_para("%s Kommune" % meta["muni"], size=20), docx_para(meta["body_name"], bold=True, size=36), docx_para("Referat", bold=True, size=28)]
    for lab, val in (("Mødedato", meta["date_long"]), ("Mødetidspunkt", "Kl. 17.00"), ("Mødested", meta["place"]),
                     ("Deltagere", ", ".join(meta["members"])), ("Afbud", meta["absent"])):
        body.append(docx_para("%s: %s" % (lab, val)))
    for it in items:
        body.append(docx_para(""))
        body.append(docx_para(it["heading"], bold=True, size=26))
        body.append(docx_para("Sagsnr.: " + it["sag"], size=18))
        for k, p in it["blocks"]:
            if k == "h3":
                body.append(docx_para(p, bold=True))
            elif k == "p":
                body.append(docx_para(p))
            elif k == "bullet":
                body.append(docx_para("\u2022 at " + p))
            elif k == "table":
                body.append(docx_table(p))
                body.append(docx_para(""))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1418" w:right="1134" w:bottom="1418" w:left="1134" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>') % "".join(body)
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", ct)
        z.writestr("_rels/.rels", rels)
        z.writestr("word/document.xml", doc)


# ------------------------------------------------------------------ rtf
def rtf_esc(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif o < 128:
            out.append(ch)
        else:
            out.append("\\u%d?" % (o if o < 32768 else o - 65536))
    return "".join(out)


def write_rtf(path, meta, items):
    r = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman Times New Roman;}{\f1\fswiss Arial;}}\paperw11906\paperh16838\margl1440\margr1440"]
    r.append(r"{\footer\pard\qc\f1\fs16 %s Kommune - %s - Side \chpgn\par}" % (rtf_esc(meta["muni"]), rtf_esc(meta["body_name"])))
    r.append(r"\pard\f1\fs32\b %s - Beslutningsprotokol\b0\par" % rtf_esc(meta["body_name"]))
    r.append(r"\pard\f0\fs22 Dato: %s\par Tidspunkt: 17:00 - 20:15\par Sted: %s\par Medlemmer: %s\par Fraværende: %s\par\par" %
             (rtf_esc(meta["date_week"]), rtf_esc(meta["place"]), rtf_esc(", ".join(meta["members"])), rtf_esc(meta["absent"])))
    for it in items:
        r.append(r"\pard\sb240\f1\fs26\b %s\b0\par" % rtf_esc(it["heading"]))
        r.append(r"\pard\f0\fs18 Sagsnr.: %s\par" % rtf_esc(it["sag"]))
        for k, p in it["blocks"]:
            if k == "h3":
                r.append(r"\pard\sb120\f1\fs22\b %s\b0\par" % rtf_esc(p))
            elif k == "p":
                r.append(r"\pard\f0\fs22 %s\par" % rtf_esc(p))
            elif k == "bullet":
                r.append(r"\pard\li360\fi-240\f0\fs22 - at %s\par" % rtf_esc(p))
            elif k == "table":
                n = len(p[0])
                for row in p:
                    r.append(r"\trowd\trgaph80" + "".join(r"\clbrdrt\brdrs\clbrdrl\brdrs\clbrdrb\brdrs\clbrdrr\brdrs\cellx%d" % (9000 * (j + 1) // n) for j in range(n)))
                    r.append("".join(r"\pard\intbl\f0\fs20 %s\cell" % rtf_esc(c) for c in row) + r"\row")
                r.append(r"\pard\par")
    r.append("}")
    with open(path, "w", encoding="ascii") as fh:
        fh.write("".join(ch if ord(ch) < 128 else "\\u%d?" % ord(ch) for ch in "\n".join(r)))


# ------------------------------------------------------------------ groff
def g_esc(s):
    s = s.replace("\\", "\\e")
    lines = []
    for ln in s.split("\n"):
        if ln.startswith((".", "'")):
            ln = "\\&" + ln
        lines.append(ln)
    return "\n".join(lines)


def write_groff(path, meta, items):
    g = [".\\\" -*- coding: utf-8 -*-", ".nr PS 10", ".nr VS 12", ".ds CH", ".ds CF Side %", ".ds LF %s Kommune" % g_esc(meta["muni"]),
         ".TL", g_esc("%s - Beslutningsprotokol" % meta["body_name"]), ".LP",
         g_esc("Mødedato: %s" % meta["date_long"]), ".br", "Mødetidspunkt: kl. 16.00", ".br", g_esc("Mødested: %s" % meta["place"]), ".br",
         g_esc("Deltagere: %s" % ", ".join(meta["members"])), ".br", g_esc("Fraværende: %s" % meta["absent"])]
    for it in items:
        g += [".SH", g_esc(it["heading"]), ".LP", g_esc("Sagsnr.: %s" % it["sag"])]
        for k, p in it["blocks"]:
            if k == "p":
                g += [".PP", g_esc(p)]
            elif k == "h3":
                g += [".PP", ".B \"%s\"" % g_esc(p).replace('"', "''")]
            elif k == "bullet":
                g += [".IP \\(bu 2", g_esc("at " + p)]
            elif k == "table":
                g += [".TS", "box tab(|);", " ".join("l" for _ in p[0]) + "."]
                g += ["|".join(g_esc(c) for c in row) for row in p]
                g += [".TE"]
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(g) + "\n")


# ------------------------------------------------------------------ build
def run(cmd, **kw):
    p = subprocess.run(cmd, capture_output=True, timeout=120, **kw)
    if p.returncode != 0:
        raise RuntimeError("%s failed: %s" % (" ".join(cmd), (p.stderr or b"")[-800:].decode("utf-8", "replace")))
    return p


def render_one(job):
    layout, src, pdf = job
    if layout == "chromium_firstagenda":
        run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=" + os.path.dirname(src) + "/.chr-" + os.path.basename(src),
             "--print-to-pdf=" + pdf, "file://" + src])
    elif layout == "wkhtml_prepare":
        run(["wkhtmltopdf", "-q", "--encoding", "utf-8", "--footer-center", "Side [page] af [topage]", "--footer-font-size", "8", src, pdf])
    elif layout == "weasyprint_decisionfirst":
        run(["weasyprint", src, pdf])
    elif layout == "groff_protocol":
        ps = pdf[:-4] + ".ps"
        with open(ps, "wb") as fh:
            p = subprocess.run(["groff", "-k", "-t", "-ms", "-Tps", src], capture_output=True, timeout=60)
            if p.returncode != 0:
                raise RuntimeError("groff: " + p.stderr.decode()[-500:])
            fh.write(p.stdout)
        run(["gs", "-q", "-dBATCH", "-dNOPAUSE", "-dSAFER", "-sDEVICE=pdfwrite", "-sOutputFile=" + pdf, ps])
        os.remove(ps)
    return pdf


def pdftext_pages(pdf):
    p = run(["pdftotext", "-enc", "UTF-8", pdf, "-"])
    pages = p.stdout.decode("utf-8", "replace").split("\f")
    if pages and not pages[-1].strip():
        pages = pages[:-1]
    return pages


def locate(pages, items):
    """pages [first, last] of each item in a PDF, from its heading and the end of its text; also the
    item's extracted text (heading to next heading), kept in items.json beside the source text."""
    raw = "\f".join(pages)
    cat, rawpos, page_at = [], [], []
    pg = 1
    for ri, ch in enumerate(raw):
        if ch == "\f":
            pg += 1
            continue
        for o in squash(ch):
            cat.append(o)
            rawpos.append(ri)
            page_at.append(pg)
    cat = "".join(cat)
    cursor, starts = 0, []
    for it in items:
        key = squash(it["title"])[:60]
        pos = cat.find(key, cursor)
        if pos < 0:
            raise RuntimeError("heading not found in PDF text: %s" % it["title"])
        endkey = squash(it["end"])[-40:]
        e = cat.find(endkey, pos)
        if e < 0:
            e = pos
        it["pages"] = [page_at[pos], page_at[e + len(endkey) - 1]]
        starts.append(pos)
        cursor = pos + len(key)
    for k, it in enumerate(items):
        a = rawpos[starts[k]]
        # back up to the start of the heading line (the number before the title)
        a = raw.rfind("\n", 0, a) + 1
        b = raw.rfind("\n", 0, rawpos[starts[k + 1]]) + 1 if k + 1 < len(items) else len(raw)
        it["extracted"] = raw[a:b].replace("\f", "\n").strip()


def main():
    out = os.path.abspath(sys.argv[1])
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 2025
    rng = random.Random(seed)
    if os.path.exists(out):
        shutil.rmtree(out)
    src_dir = os.path.join(out, "src")
    os.makedirs(src_dir)
    manifest = {"seed": seed, "period": PERIOD, "layout_half": {l: h for h in LAYOUTS for l in LAYOUTS[h]}, "pairs": PAIRS,
                "halves": {}}
    soffice_jobs, other_jobs, docs_all = [], [], []
    for half in ("dev", "holdout"):
        other = "holdout" if half == "dev" else "dev"
        council = [c for c in CASES if c["tag"] in (half, "both")]
        quiet_src = [c for c in CASES if c["expect"] == "flag" and c["tag"] == half]
        assert len(council) == 64, len(council)
        # ---- council meetings: 8 docs x 8 gold items
        rng.shuffle(council)
        council.sort(key=lambda c: -c["min_month"])  # place the date-bound cases first, in the late meetings
        dates = COUNCIL_DATES[half]
        slots = {i: [] for i in range(8)}
        order = list(range(7, -1, -1))
        for c in council:
            for i in order:
                if len(slots[i]) < 8 and int(dates[i][5:7]) >= c["min_month"] and c["cls"] not in [s["cls"] for s in slots[i]] + [None]:
                    slots[i].append(c)
                    break
            else:
                for i in order:
                    if len(slots[i]) < 8 and int(dates[i][5:7]) >= c["min_month"]:
                        slots[i].append(c)
                        break
                else:
                    raise RuntimeError("no slot for " + c["title"])
            order = order[1:] + order[:1]
        docs = []
        for i in range(8):
            muni, council_name = MUNIS[half][i]
            layout = LAYOUTS[half][i % 4]
            cs = slots[i][:]
            rng.shuffle(cs)
            docs.append(dict(kind="council", muni=muni, body_name=council_name, date=dates[i], layout=layout, cases=cs, prefix="byraad", council_name=council_name))
        # ---- quiet docs: one planted case per class
        rng.shuffle(quiet_src)
        # a date-bound (retroactive) case goes to the first quiet document, a 2025 committee meeting after its date
        quiet_src.sort(key=lambda c: -c["min_month"])
        for qi, (kind, bname, date, prefix) in enumerate(QUIET_DOCS[half]):
            muni, council_name = MUNIS[half][(qi * 2 + 1) % 8]
            cs = quiet_src[qi * 4:(qi + 1) * 4]
            docs.append(dict(kind=kind, muni=muni, body_name=bname or council_name, date=date, layout=LAYOUTS[half][(qi + 1) % 4], cases=cs, prefix=prefix, council_name=council_name))
        gold, idx_docs = [], []
        gid = 0
        for d in docs:
            nums_start = rng.randint(1, 40)
            ords = rng.sample(ORDINARY, 2)
            entries = [("ord", ords[0])] + [("case", c) for c in d["cases"]] + [("ord", ords[1])]
            members = MEMBERS[:]
            rng.shuffle(members)
            members = members[:7]
            for c in d["cases"]:
                members += [m for m in c["members"] if m not in members]
            absent = "Ingen" if rng.random() < 0.5 else rng.choice(["Klaus Lauridsen (V)", "Rasmus Toft (Ø)", "Henrik Buus (B)"])
            members = [m for m in members if m != absent]
            meta = dict(muni=d["muni"], body_name=d["body_name"], date=d["date"], date_long=dlong(d["date"]), date_week=dlong(d["date"], True),
                        place=rng.choice(["Byrådssalen, Rådhuset" if d["council_name"] == "Byrådet" else "Kommunalbestyrelsens mødesal", "Mødelokale 1, Rådhuset"]), members=members, absent=absent)
            items = []
            for k, (kind, c) in enumerate(entries):
                num = nums_start + k
                heading = item_title(d["layout"], num, c["title"])
                if d["council_name"] == "Kommunalbestyrelsen":
                    c = json.loads(json.dumps(c, ensure_ascii=False).replace("Byrådets", "Kommunalbestyrelsens").replace("Byrådet", "Kommunalbestyrelsen").replace("byrådsmedlem", "kommunalbestyrelsesmedlem"))
                sag, blocks = item_blocks(c, d["layout"], d["body_name"], d["date"], num, rng, d["kind"])
                text = blocks_text(heading, sag, blocks)
                # the item's last text in the rendered order
                last = [p for kk, p in blocks if kk in ("p", "bullet")][-1]
                it = dict(number=str(num), title=c["title"], heading=heading, sag=sag, blocks=blocks, text=text, end=last, gold=None)
                if kind == "case":
                    gid += 1
                    it["gold"] = "%s-%03d" % (half[0].upper(), gid)
                    it["case"] = c
                items.append(it)
            ext = "html" if d["layout"].startswith("html") else "pdf"
            fname = "%s-referat-%s.%s" % (d["prefix"], d["date"], ext)
            rel = "%s/%s" % (d["muni"], fname)
            target = os.path.join(out, half, "corpus", d["muni"], fname)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            base = os.path.join(src_dir, half, d["muni"] + "-" + fname.rsplit(".", 1)[0])
            os.makedirs(os.path.dirname(base), exist_ok=True)
            lay = d["layout"]
            if lay in ("html_utf8", "html_cp1252"):
                with open(target, "wb") as fh:
                    fh.write(html_doc(lay, meta, items))
            elif lay == "word_docx":
                write_docx(base + ".docx", meta, items)
                soffice_jobs.append((base + ".docx", target))
            elif lay == "word_rtf":
                write_rtf(base + ".rtf", meta, items)
                soffice_jobs.append((base + ".rtf", target))
            elif lay == "groff_protocol":
                write_groff(base + ".ms", meta, items)
                other_jobs.append((lay, base + ".ms", target))
            else:
                with open(base + ".html", "wb") as fh:
                    fh.write(html_doc(lay, meta, items))
                other_jobs.append((lay, base + ".html", target))
            d.update(rel=rel, target=target, items=items, pdf=(ext == "pdf"), meta=meta)
            docs_all.append((half, d))
        manifest["halves"][half] = {"docs": docs}
    # ---- render
    if soffice_jobs:
        tmpd = os.path.join(src_dir, "soffice-out")
        os.makedirs(tmpd, exist_ok=True)
        run(["soffice", "-env:UserInstallation=file://" + os.path.join(src_dir, ".lo-profile"), "--headless", "--convert-to", "pdf",
             "--outdir", tmpd] + [s for s, _ in soffice_jobs])
        for s, t in soffice_jobs:
            shutil.move(os.path.join(tmpd, os.path.basename(s).rsplit(".", 1)[0] + ".pdf"), t)
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as ex:
        list(ex.map(render_one, other_jobs))
    # ---- locate, write gold and items
    counts = {}
    for half in ("dev", "holdout"):
        docs = manifest["halves"][half].pop("docs")
        gold, idx_docs = [], []
        kinds = {}
        for d in docs:
            kinds[d["kind"]] = kinds.get(d["kind"], 0) + 1
            if d["pdf"]:
                pages = pdftext_pages(d["target"])
                if not "".join(pages).strip() or len(squash("".join(pages))) < 500:
                    raise SystemExit("no text layer: " + d["target"])
                locate(pages, d["items"])
            else:
                for it in d["items"]:
                    it["pages"] = [1, 1]
            idx_docs.append(dict(document=d["rel"], kind=d["kind"], pdf=d["pdf"], municipality=d["muni"], meeting_date=d["date"],
                                 body="council" if d["kind"] != "committee" else "committee", body_name=d["body_name"], layout=d["layout"],
                                 items=[dict(number=it["number"], title=it["title"], pages=it["pages"], gold=it["gold"],
                                            text=it["text"] if squash(it.get("extracted", "")) in ("", squash(it["text"]))
                                            else it["text"] + "\n\n[as extracted by pdftotext]\n" + it["extracted"]) for it in d["items"]]))
            for it in d["items"]:
                if not it["gold"]:
                    continue
                c = it["case"]
                expect = c["expect"] if d["kind"] == "council" else "quiet"
                g = dict(id=it["gold"], document=d["rel"], page=it["pages"][0], pages=it["pages"], item_number=it["number"], item_title=it["title"],
                         **{"class": c["cls"]}, expect=expect, phrase=c["phrase"], variant=c["tag"], municipality=d["muni"], meeting_date=d["date"],
                         body="council" if d["kind"] != "committee" else "committee", meeting_kind=d["kind"], layout=d["layout"], law=c["law"])
                if c["expect"] == "quiet":
                    g["why_quiet"] = c["why"]
                elif d["kind"] == "committee":
                    g["why_quiet"] = "committee meeting: not a council meeting, never drawn"
                elif d["kind"] == "out_of_period":
                    g["why_quiet"] = "council meeting outside %s: never drawn" % PERIOD
                gold.append(g)
        gold.sort(key=lambda g: (CLASSES.index(g["class"]), g["id"]))
        with open(os.path.join(out, half, "gold.json"), "w", encoding="utf-8") as fh:
            json.dump(dict(seed=seed, half=half, period=PERIOD, layouts=LAYOUTS[half], items=gold), fh, ensure_ascii=False, indent=1)
        with open(os.path.join(out, half, "items.json"), "w", encoding="utf-8") as fh:
            json.dump(dict(documents=idx_docs), fh, ensure_ascii=False, indent=1)
        per_class = {}
        for g in gold:
            r = per_class.setdefault(g["class"], {"flag": 0, "quiet": 0, "not_drawn": 0})
            r["not_drawn" if g["meeting_kind"] != "council" else g["expect"]] += 1
        manifest["halves"][half] = dict(layouts=LAYOUTS[half], municipalities=sorted({d["muni"] for d in docs}), document_kinds=kinds,
                                        items=sum(len(d["items"]) for d in docs), gold_items=len(gold), per_class=per_class)
        counts[half] = (len(gold), sum(1 for g in gold if g["expect"] == "flag"))
    with open(os.path.join(out, "manifest.json"), "w", encoding="utf-8") as fh:
        json.dump(manifest, fh, ensure_ascii=False, indent=1)
    for h, (n, f) in counts.items():
        print("%s: %d gold items, %d to read" % (h, n, f))


if __name__ == "__main__":
    main()
