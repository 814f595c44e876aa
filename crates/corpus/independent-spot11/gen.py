#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Independent spot corpus 11 (period 2024H2): generate, render, check, write gold.

  gen.py OUT
"""
import datetime, html, json, os, random, re, shutil, subprocess, sys, unicodedata, zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cases  # noqa: E402

SEED = 20241111
PERIOD = "2024H2"
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
WEEKDAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]

HALVES = {
    "dev": dict(
        munis=[("Horsens", "Byrådet", "Horsens Byråd"), ("Kolding", "Byrådet", "Kolding Byråd"),
               ("Faxe", "Kommunalbestyrelsen", "Faxe Kommunalbestyrelse"), ("Viborg", "Byrådet", "Viborg Byråd")],
        producers=["docx-libreoffice", "chromium", "html-utf8", "weasyprint"],
        council=[["2024-08-27", "2024-10-29"], ["2024-09-24", "2024-11-26"], ["2024-09-30", "2024-12-16"], ["2024-08-29", "2024-11-28"]],
        oeu={0: "2024-10-16", 1: "2024-12-04"}, oop={2: "2024-06-24", 3: "2025-01-30"},
        flags=[0, 1], quiet=[0, 1], planted=0),
    "holdout": dict(
        munis=[("Assens", "Byrådet", "Assens Byråd"), ("Hjørring", "Byrådet", "Hjørring Byråd"),
               ("Lejre", "Kommunalbestyrelsen", "Lejre Kommunalbestyrelse"), ("Ikast-Brande", "Byrådet", "Ikast-Brande Byråd")],
        producers=["odt-libreoffice", "wkhtmltopdf", "htm-windows-1252", "groff-ps2pdf"],
        council=[["2024-08-26", "2024-10-28"], ["2024-09-25", "2024-11-27"], ["2024-10-01", "2024-12-17"], ["2024-09-02", "2024-12-12"]],
        oeu={0: "2024-09-18", 1: "2024-11-13"}, oop={2: "2024-06-18", 3: "2025-01-28"},
        flags=[1, 2], quiet=[1, 2], planted=2),
}
FAMILY = ["word", "browser", "html", "other"]

FIRST = ["Jens", "Lise", "Henrik", "Mette", "Poul", "Karen", "Søren", "Hanne", "Niels", "Birthe", "Lars", "Anne",
         "Morten", "Inge", "Ole", "Susanne", "Kim", "Tove", "Bent", "Camilla", "Rasmus", "Dorte", "Erik", "Gitte"]
LAST = ["Mølgaard", "Holm", "Sand", "Therkildsen", "Vestergaard", "Kjær", "Bech", "Lund", "Dahl", "Brix", "Nørgaard",
        "Skov", "Fisker", "Bang", "Riis", "Overgaard", "Thygesen", "Krogh", "Lauridsen", "Mikkelsen", "Aagaard", "Bundgaard"]
PARTY = ["A", "V", "C", "F", "O", "Ø", "B", "D", "I"]
STREETS = ["Skovvej", "Kirkegade", "Tvedvej", "Bøgeallé", "Markvej", "Strandvejen", "Lærkevej", "Granvænget"]
EJERLAV = ["Hvidbjerg By, Hvidbjerg", "Nørre Tvede By", "Østrup By, Sønderby", "Kirkeby By"]
FIRMS = ["Jysk Materiel ApS", "Havnens Fisk A/S", "Vestdansk Stål A/S", "Bageriet Korntoften ApS", "Fjordhotellet ApS",
         "Renservice Syd A/S", "Brix Entreprise ApS", "Nordvest Ejendomme ApS", "Kragh Maskinfabrik A/S", "Lindholm VVS ApS"]


def squash(s):
    s = unicodedata.normalize("NFKC", s or "").lower()
    return "".join(ch for ch in s if ch.isalnum())


def d_words(d, weekday=False):
    s = "%d. %s %d" % (d.day, MONTHS[d.month - 1], d.year)
    return ("%s den %s" % (WEEKDAYS[d.weekday()], s)) if weekday else s


def d_dots(d):
    return d.strftime("%d.%m.%Y")


def d_dash(d):
    return d.strftime("%d-%m-%Y")


def ctx(rng, meeting):
    used = set()

    def person():
        while True:
            n = "%s %s" % (rng.choice(FIRST), rng.choice(LAST))
            if n not in used:
                used.add(n)
                return n

    def member():
        return "%s (%s)" % (person(), rng.choice(PARTY))

    def cpr(hyphen=True):
        day, mon, yr = rng.randint(1, 28), rng.randint(1, 12), rng.randint(30, 99)
        tail = rng.randint(1000, 9999)
        return ("%02d%02d%02d-%04d" if hyphen else "%02d%02d%02d%04d") % (day, mon, yr, tail)

    pm = meeting.month - 1 or 12
    py = meeting.year if meeting.month > 1 else meeting.year - 1
    past = datetime.date(py, pm, 1)
    future = datetime.date(meeting.year + 1, 1, 1)
    firms = rng.sample(FIRMS, 7)
    c = dict(past=d_words(past), past_words=d_dots(past), future=d_words(future),
             addr1="%s %d" % (rng.choice(STREETS), rng.randint(2, 60)), addr2="%s %d" % (rng.choice(STREETS), rng.randint(2, 60)),
             ejerlav=rng.choice(EJERLAV), cpr1=cpr(), cpr2=cpr(), cpr3=cpr(), cpr4=cpr(False))
    for i in range(1, 14):
        c["p%d" % i] = person()
    for i in range(1, 8):
        c["m%d" % i] = member()
        nm = c["m%d" % i].rsplit(" (", 1)[0]
        c["m%dn" % i] = nm
        c["m%dg" % i] = nm + ("'" if nm.endswith(("s", "x", "z")) else "s")
    for i in range(1, 8):
        c["firm%d" % i] = firms[i - 1]
    return c


# ------------------------------------------------------------------ model
class Doc:
    def __init__(self, **kw):
        self.__dict__.update(kw)
        self.items = []


def council_word(mun_council, s):
    if mun_council == "Kommunalbestyrelsen":
        s = s.replace("Byrådet", "Kommunalbestyrelsen").replace("byrådsmedlem", "kommunalbestyrelsesmedlem")
    return s


def item_blocks(doc, num, spec, rng):
    """spec: dict from cases (or ORDINARY). Returns (blocks, heading_text)."""
    fam = doc.family
    W = lambda s: council_word(doc.council_name, s)
    title = spec["title"]
    head = {"docx-libreoffice": "Punkt %d  %s", "odt-libreoffice": "%d  %s", "chromium": "%d. %s",
            "wkhtmltopdf": "Nr.%d - %s", "html-utf8": "Sag nr. %d: %s", "htm-windows-1252": "Punkt %d. %s",
            "weasyprint": "Pkt. %d %s", "groff-ps2pdf": "%d. %s"}[doc.producer] % (num, title)
    blocks = [("h", head)]
    sag = "%02d.%02d.%02d-%s-%d-24" % (rng.randint(0, 85), rng.randint(0, 20), rng.randint(0, 10),
                                       rng.choice(["G01", "A00", "P20", "K04"]), rng.randint(1, 999))
    meta = "Sagsnr.: %s" % sag if fam != "html" else "Sagsnr. %s  Åbent punkt" % sag
    if spec.get("closed"):
        meta = "Sagsnr.: %s" % sag
    blocks.append(("meta", meta))
    if spec.get("closed"):
        blocks.append(("b", W(spec["closed"])))
    body_blocks = []
    if spec.get("res"):
        body_blocks += [("sub", "Resumé"), ("p", W(spec["res"]))]
    if spec.get("bg") or spec.get("bul") or spec.get("tab"):
        body_blocks.append(("sub", {"word": "Sagsfremstilling", "browser": "Sagsfremstilling", "html": "Beskrivelse af sagen", "other": "Sagens kerne"}[fam]))
        for p in spec.get("bg", []):
            body_blocks.append(("p", W(p)))
        if spec.get("bul"):
            body_blocks.append(("ul", [W(x) for x in spec["bul"]]))
        if spec.get("tab"):
            body_blocks.append(("table", [[W(x) for x in r] for r in spec["tab"]]))
    if spec.get("bilag"):
        body_blocks.append(("sub", "Bilag"))
        for b in spec["bilag"]:
            body_blocks.append(("p", W(b)))
    if spec.get("ind"):
        intro = {"word": "Forvaltningen indstiller,", "browser": "Direktionen indstiller til %s," % doc.council_name,
                 "html": "Administrationen indstiller,", "other": "Forvaltningen indstiller til %s via Økonomiudvalget," % doc.council_name}[fam]
        body_blocks += [("sub", "Indstilling"), ("p", W(intro)), ("ul", [W(x) for x in spec["ind"]])]
    if spec.get("udv"):
        u, t = spec["udv"]
        ud = doc.date - datetime.timedelta(days=rng.choice([7, 8, 13, 14]))
        uh = {"word": "Beslutning i %s den %s" % (u, d_dots(ud)),
              "browser": "%s, %s, pkt. %d:" % (u, d_words(ud), rng.randint(40, 220)),
              "html": "Beslutning fra %s den %s" % (u, d_dash(ud)),
              "other": "Beslutning i %s den %s" % (u, d_words(ud))}[fam]
        body_blocks += [("sub", uh), ("p", W(t))]
    dec = W(spec.get("dec", "Godkendt."))
    if doc.kind == "committee" and spec["title"] != "Godkendelse af dagsorden":
        rec = "Anbefales over for %s." % doc.council_name
        if not spec.get("ind"):
            dec = "Taget til efterretning."
        elif dec in ("Godkendt.", "Indstillingen godkendt.", "Budgettet blev vedtaget.", "Taget til efterretning."):
            dec = rec
        else:
            dec = dec.replace(doc.council_name + " ", "Økonomiudvalget ").replace("Alle 27 medlemmer", "Alle 9 medlemmer").replace("25 stemmer for", "9 stemmer for") + " " + rec
    bodyname = "Økonomiudvalget" if doc.kind == "committee" else doc.council_name
    gen = {"Byrådet": "Byrådets", "Kommunalbestyrelsen": "Kommunalbestyrelsens", "Økonomiudvalget": "Økonomiudvalgets"}[bodyname]
    dh = {"word": "Beslutning i %s den %s" % (bodyname, d_dots(doc.date)), "browser": "Beslutning",
          "html": "%s beslutning den %s" % (gen, d_dash(doc.date)), "other": "Beslutning"}[fam]
    if doc.producer == "odt-libreoffice":
        dh = "Beslutning på %s den %s" % ({"Byrådet": "byrådsmødet", "Kommunalbestyrelsen": "kommunalbestyrelsesmødet"}.get(bodyname, "Økonomiudvalgets møde"), d_words(doc.date))
    elif doc.producer == "wkhtmltopdf":
        dh = "Beslutninger"
    dec_blocks = [("sub", dh)]
    if fam == "browser" and rng.random() < 0.5:
        dec_blocks.append(("p", "Fraværende: %s" % rng.choice(["Ingen", "%s %s" % (rng.choice(FIRST), rng.choice(LAST))])))
    dec_blocks.append(("p", dec))
    if fam == "other":
        blocks += dec_blocks + body_blocks
    else:
        blocks += body_blocks + dec_blocks
    return blocks, head


def block_text(b):
    k, v = b
    if k == "ul":
        return "\n".join(v)
    if k == "table":
        return "\n".join(" ".join(r) for r in v)
    return v


def header_lines(doc):
    """list of (label, value) or plain lines depending on family"""
    bodyname = "Økonomiudvalget" if doc.kind == "committee" else doc.council_name
    return bodyname


# ------------------------------------------------------------------ renderers
CSS = """body{font-family:'DejaVu Sans',Arial,sans-serif;font-size:10.5pt;margin:1.5cm}
h1{font-size:16pt} h2{font-size:12.5pt;margin-top:1.4em;border-bottom:1px solid #999}
h3{font-size:10.5pt;margin-bottom:.2em} table{border-collapse:collapse;margin:.5em 0}
td,th{border:1px solid #666;padding:3px 6px;vertical-align:top;text-align:left} .meta{color:#444;font-size:9pt}
.hd td{border:none;padding:1px 8px 1px 0}"""


def html_header(doc):
    b = "Økonomiudvalget" if doc.kind == "committee" else doc.council_name
    t = doc.time
    if doc.family == "browser":
        return ("<h1>Referat af møde i %s</h1>\n<p>%s kl. %s</p>\n<p>Sted: %s<br>Afbud: %s</p>"
                % (html.escape(doc.body_name), d_words(doc.date, True), t.replace(":", "."), html.escape(doc.place), html.escape(doc.absent)))
    if doc.family == "html":
        return ("<div class='crumb'>Forside &gt; Politik &gt; Dagsordener og referater</div>\n<h1>%s Kommune &ndash; %s</h1>\n"
                "<p>Dato: %s<br>Tidspunkt: %s<br>Lokale: %s<br>Fraværende: %s</p>"
                % (html.escape(doc.municipality), html.escape(b), d_dash(doc.date), t, html.escape(doc.place), html.escape(doc.absent)))
    if doc.family == "other":
        return ("<h1>%s %s kl. %s</h1>\n<p>Referat<br>Mødested: %s<br>Fraværende med afbud: %s</p>"
                % (html.escape(doc.body_name), d_dash(doc.date), t, html.escape(doc.place), html.escape(doc.absent)))
    raise ValueError


def html_blocks(blocks):
    out = []
    for k, v in blocks:
        if k == "h":
            out.append("<h2>%s</h2>" % html.escape(v))
        elif k == "meta":
            out.append("<p class='meta'>%s</p>" % html.escape(v))
        elif k == "sub":
            out.append("<h3>%s</h3>" % html.escape(v))
        elif k == "b":
            out.append("<p><b>%s</b></p>" % html.escape(v))
        elif k == "p":
            out.append("<p>%s</p>" % html.escape(v))
        elif k == "ul":
            out.append("<ul>%s</ul>" % "".join("<li>%s</li>" % html.escape(x) for x in v))
        elif k == "table":
            rows = ["<tr>%s</tr>" % "".join("<th>%s</th>" % html.escape(x) for x in v[0])]
            rows += ["<tr>%s</tr>" % "".join("<td>%s</td>" % html.escape(x) for x in r) for r in v[1:]]
            out.append("<table>%s</table>" % "".join(rows))
    return "\n".join(out)


def render_html(doc, charset="utf-8"):
    css = CSS
    if doc.producer == "weasyprint":
        css += "\n@page{size:A4;margin:2cm 1.8cm;@bottom-right{content:'Side ' counter(page) ' af ' counter(pages);font-size:8pt}}"
    body = html_header(doc) + "\n" + "\n".join(html_blocks(it["blocks"]) for it in doc.items)
    title = "%s - %s" % (doc.body_name, d_dash(doc.date))
    return ("<!DOCTYPE html>\n<html lang='da'><head><meta charset='%s'><title>%s</title><style>%s</style></head>\n<body>\n%s\n"
            "<p class='meta'>Til toppen</p></body></html>\n" % (charset, html.escape(title), css, body))


def x(s):
    return html.escape(s, quote=True)


def docx_xml(doc):
    P = []

    def para(t, bold=False, size=None):
        rpr = ""
        if bold or size:
            rpr = "<w:rPr>%s%s</w:rPr>" % ("<w:b/>" if bold else "", "<w:sz w:val='%d'/>" % size if size else "")
        P.append("<w:p><w:r>%s<w:t xml:space='preserve'>%s</w:t></w:r></w:p>" % (rpr, x(t)))

    def table(rows, bold_first=True):
        r = []
        for i, row in enumerate(rows):
            cells = "".join("<w:tc><w:tcPr><w:tcW w:w='%d' w:type='dxa'/></w:tcPr><w:p><w:r>%s<w:t xml:space='preserve'>%s</w:t></w:r></w:p></w:tc>"
                            % (9000 // len(row), "<w:rPr><w:b/></w:rPr>" if (i == 0 and bold_first) else "", x(c)) for c in row)
            r.append("<w:tr>%s</w:tr>" % cells)
        P.append("<w:tbl><w:tblPr><w:tblBorders><w:top w:val='single' w:sz='4'/><w:bottom w:val='single' w:sz='4'/>"
                 "<w:insideH w:val='single' w:sz='4'/><w:insideV w:val='single' w:sz='4'/><w:left w:val='single' w:sz='4'/><w:right w:val='single' w:sz='4'/>"
                 "</w:tblBorders></w:tblPr>%s</w:tbl>" % "".join(r))
        P.append("<w:p/>")

    b = "Økonomiudvalget" if doc.kind == "committee" else doc.council_name
    para("%s Kommune" % doc.municipality, True, 28)
    para("Referat", True, 36)
    table([["Udvalg:", b], ["Mødedato:", d_dots(doc.date)], ["Mødetidspunkt:", doc.time], ["Mødested:", doc.place], ["Fraværende:", doc.absent]], False)
    for it in doc.items:
        for k, v in it["blocks"]:
            if k == "h":
                para(v, True, 26)
            elif k == "sub":
                para(v, True)
            elif k == "b":
                para(v, True)
            elif k in ("p", "meta"):
                para(v)
            elif k == "ul":
                for li in v:
                    para("\u2022 " + li)
            elif k == "table":
                table(v)
    return ("<?xml version='1.0' encoding='UTF-8' standalone='yes'?><w:document xmlns:w='http://schemas.openxmlformats.org/wordprocessingml/2006/main'>"
            "<w:body>%s<w:sectPr><w:pgSz w:w='11906' w:h='16838'/><w:pgMar w:top='1134' w:right='1134' w:bottom='1134' w:left='1134'/></w:sectPr></w:body></w:document>"
            % "".join(P))


def write_docx(doc, path):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<?xml version='1.0' encoding='UTF-8'?><Types xmlns='http://schemas.openxmlformats.org/package/2006/content-types'>"
                   "<Default Extension='rels' ContentType='application/vnd.openxmlformats-package.relationships+xml'/><Default Extension='xml' ContentType='application/xml'/>"
                   "<Override PartName='/word/document.xml' ContentType='application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'/></Types>")
        z.writestr("_rels/.rels", "<?xml version='1.0' encoding='UTF-8'?><Relationships xmlns='http://schemas.openxmlformats.org/package/2006/relationships'>"
                   "<Relationship Id='rId1' Type='http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument' Target='word/document.xml'/></Relationships>")
        z.writestr("word/document.xml", docx_xml(doc))


def write_odt(doc, path):
    P = []
    tn = [0]

    def para(t, style=None):
        P.append("<text:p%s>%s</text:p>" % (" text:style-name='%s'" % style if style else "", x(t)))

    def table(rows):
        tn[0] += 1
        n = len(rows[0])
        r = "".join("<table:table-row>%s</table:table-row>" % "".join(
            "<table:table-cell table:style-name='C' office:value-type='string'><text:p%s>%s</text:p></table:table-cell>"
            % (" text:style-name='B'" if i == 0 else "", x(c)) for c in row) for i, row in enumerate(rows))
        P.append("<table:table table:name='T%d'><table:table-column table:number-columns-repeated='%d'/>%s</table:table>" % (tn[0], n, r))

    b = "Økonomiudvalget" if doc.kind == "committee" else doc.council_name
    para("Beslutningsprotokol", "H")
    para("%s – %s" % (doc.body_name if doc.kind != "committee" else "Økonomiudvalget", d_words(doc.date, True)), "B")
    para("Organ: %s" % b)
    para("Starttidspunkt: %s" % doc.time)
    para("Sted: %s" % doc.place)
    para("Afbud: %s" % doc.absent)
    for it in doc.items:
        for k, v in it["blocks"]:
            if k == "h":
                para(v, "H")
            elif k in ("sub", "b"):
                para(v, "B")
            elif k in ("p", "meta"):
                para(v)
            elif k == "ul":
                for li in v:
                    para("– " + li)
            elif k == "table":
                table(v)
    content = ("<?xml version='1.0' encoding='UTF-8'?><office:document-content xmlns:office='urn:oasis:names:tc:opendocument:xmlns:office:1.0' "
               "xmlns:text='urn:oasis:names:tc:opendocument:xmlns:text:1.0' xmlns:table='urn:oasis:names:tc:opendocument:xmlns:table:1.0' "
               "xmlns:style='urn:oasis:names:tc:opendocument:xmlns:style:1.0' xmlns:fo='urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0' office:version='1.2'>"
               "<office:automatic-styles><style:style style:name='H' style:family='paragraph'><style:paragraph-properties fo:margin-top='0.4cm'/>"
               "<style:text-properties fo:font-size='13pt' fo:font-weight='bold'/></style:style>"
               "<style:style style:name='B' style:family='paragraph'><style:text-properties fo:font-weight='bold'/></style:style>"
               "<style:style style:name='C' style:family='table-cell'><style:table-cell-properties fo:border='0.5pt solid #000000' fo:padding='0.05cm'/></style:style>"
               "</office:automatic-styles><office:body><office:text>%s</office:text></office:body></office:document-content>" % "".join(P))
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED)
        z.writestr("META-INF/manifest.xml", "<?xml version='1.0' encoding='UTF-8'?><manifest:manifest xmlns:manifest='urn:oasis:names:tc:opendocument:xmlns:manifest:1.0' manifest:version='1.2'>"
                   "<manifest:file-entry manifest:full-path='/' manifest:media-type='application/vnd.oasis.opendocument.text'/>"
                   "<manifest:file-entry manifest:full-path='content.xml' manifest:media-type='text/xml'/></manifest:manifest>", compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)


def groff_esc(s):
    s = s.replace("\\", "\\e")
    if s[:1] in (".", "'"):
        s = "\\&" + s
    return s


def write_ms(doc, path):
    L = [".nh", ".ds CH", ".ds RF Side %", ".ds LF %s" % groff_esc(doc.body_name), ".LP",
         ".ps 14", ".B \"%s %s kl. %s\"" % (doc.body_name, d_dash(doc.date), doc.time), ".ps 10", ".LP",
         "Referat", ".br", "Mødested: %s" % groff_esc(doc.place), ".br", "Fraværende med afbud: %s" % groff_esc(doc.absent)]
    for it in doc.items:
        for k, v in it["blocks"]:
            if k == "h":
                L += [".SH", groff_esc(v)]
            elif k in ("sub", "b"):
                L += [".LP", ".B \"%s\"" % v.replace('"', "''")]
            elif k in ("p", "meta"):
                L += [".LP", groff_esc(v)]
            elif k == "ul":
                for li in v:
                    L += [".IP \\(bu 3", groff_esc(li)]
            elif k == "table":
                L += [".TS", "box tab(@);", " ".join(["l"] * len(v[0])) + "."]
                for r in v:
                    L.append("@".join("T{\n%s\nT}" % groff_esc(c) for c in r))
                L += [".TE"]
    open(path, "w", encoding="utf-8").write("\n".join(L) + "\n")


def run(cmd, **kw):
    p = subprocess.run(cmd, capture_output=True, text=True, timeout=180, **kw)
    if p.returncode != 0:
        sys.exit("render failed: %s\n%s%s" % (" ".join(cmd), p.stdout, p.stderr))
    return p


def render(doc, src, dest):
    """write sources into src dir, final file into dest (path without extension). Returns final path."""
    base = os.path.join(src, doc.stem)
    pr = doc.producer
    if pr == "docx-libreoffice" or pr == "odt-libreoffice":
        ext = ".docx" if pr.startswith("docx") else ".odt"
        (write_docx if ext == ".docx" else write_odt)(doc, base + ext)
        run(["soffice", "-env:UserInstallation=file:///tmp/ss11-lo-profile", "--headless", "--convert-to", "pdf", "--outdir", src, base + ext])
        shutil.copy(base + ".pdf", dest + ".pdf")
        return dest + ".pdf"
    if pr in ("chromium", "wkhtmltopdf", "weasyprint"):
        open(base + ".html", "w", encoding="utf-8").write(render_html(doc))
        if pr == "chromium":
            run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--user-data-dir=/tmp/ss11-chromium",
                 "--print-to-pdf=" + dest + ".pdf", "file://" + os.path.abspath(base + ".html")])
        elif pr == "wkhtmltopdf":
            run(["wkhtmltopdf", "-q", "--encoding", "utf-8", "--footer-center", "Side [page] af [topage]", "--footer-font-size", "7",
                 "--header-left", "[date] [time]", "--header-font-size", "7", base + ".html", dest + ".pdf"])
        else:
            run(["weasyprint", base + ".html", dest + ".pdf"])
        return dest + ".pdf"
    if pr == "html-utf8":
        open(dest + ".html", "w", encoding="utf-8").write(render_html(doc))
        return dest + ".html"
    if pr == "htm-windows-1252":
        open(dest + ".htm", "wb").write(render_html(doc, "windows-1252").encode("cp1252"))
        return dest + ".htm"
    if pr == "groff-ps2pdf":
        write_ms(doc, base + ".ms")
        with open(base + ".ps", "wb") as fh:
            p = subprocess.run(["groff", "-t", "-ms", "-Kutf8", "-Tps", base + ".ms"], stdout=fh, stderr=subprocess.PIPE, timeout=120)
        if p.returncode != 0:
            sys.exit("groff failed: %s" % p.stderr.decode())
        run(["ps2pdf", base + ".ps", dest + ".pdf"])
        return dest + ".pdf"
    raise ValueError(pr)


def pdf_pages(path):
    t = subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], capture_output=True, text=True).stdout
    pages = t.split("\f")
    if pages and not pages[-1].strip():
        pages = pages[:-1]
    return pages


def locate(doc, path):
    """Set it['pages'] for every item; fail loudly."""
    if not path.endswith(".pdf"):
        for it in doc.items:
            it["pages"] = [1, 1]
        raw = open(path, "rb").read().decode("cp1252" if path.endswith(".htm") else "utf-8")
        sq = squash(re.sub("<[^>]+>", " ", html.unescape(raw)))
        for it in doc.items:
            if squash(it["head"]) not in sq:
                sys.exit("LOCATE FAILED %s: %s" % (path, it["head"]))
        return 1
    pages = pdf_pages(path)
    sqp = [squash(p) for p in pages]
    offs, cat = [], ""
    for s in sqp:
        offs.append(len(cat))
        cat += s

    def page_of(o):
        pg = 0
        for i, st in enumerate(offs):
            if o >= st:
                pg = i
        return pg + 1

    pos = 0
    for it in doc.items:
        m = squash(it["head"])
        a = cat.find(m, pos)
        if a < 0:
            sys.exit("LOCATE FAILED (heading) %s: %s" % (path, it["head"]))
        tail = squash(it["tail"])[-24:]
        b = cat.find(tail, a)
        if b < 0:
            sys.exit("LOCATE FAILED (tail) %s: %s / %s" % (path, it["head"], tail))
        it["pages"] = [page_of(a), page_of(b + len(tail) - 1)]
        pos = a + len(m)
    return len(pages)


# ------------------------------------------------------------------ build
def build(out):
    rng = random.Random(SEED)
    if os.path.exists(out):
        shutil.rmtree(out)
    manifest = dict(seed=SEED, period=PERIOD, layouts={}, halves={}, pairs=[])
    for fam_i, fam in enumerate(FAMILY):
        manifest["pairs"].append({"family": fam, "dev": HALVES["dev"]["producers"][fam_i], "holdout": HALVES["holdout"]["producers"][fam_i]})
    for half, H in HALVES.items():
        hdir = os.path.join(out, half)
        src = os.path.join(out, "src", half)
        os.makedirs(src, exist_ok=True)
        docs = []
        places = ["Byrådssalen, Rådhuset", "Mødelokale 1, Rådhuset", "Kommunalbestyrelsessalen", "Rådssalen"]
        for mi, (mun, cname, bname) in enumerate(H["munis"]):
            fam, prod = FAMILY[mi], H["producers"][mi]
            plist = [(dd, "council") for dd in H["council"][mi]]
            if mi in H["oeu"]:
                plist.append((H["oeu"][mi], "committee"))
            if mi in H["oop"]:
                plist.append((H["oop"][mi], "out_of_period"))
            for dd, kind in plist:
                d = datetime.date.fromisoformat(dd)
                stem = "%s-referat-%s" % ("oeu" if kind == "committee" else "byraad", dd)
                docs.append(Doc(municipality=mun, council_name=cname, body_name=("Økonomiudvalget" if kind == "committee" else bname),
                                family=fam, producer=prod, kind=kind, date=d, stem=stem,
                                time=rng.choice(["16:00", "17:00", "18:00", "19:00"]), place=places[mi],
                                absent=rng.choice(["Ingen", "%s %s (%s)" % (rng.choice(FIRST), rng.choice(LAST), rng.choice(PARTY))])))
        council_docs = [d for d in docs if d.kind == "council"]
        oeu_docs = [d for d in docs if d.kind == "committee"]
        oop_docs = [d for d in docs if d.kind == "out_of_period"]
        # gold specs per doc
        assign = {id(d): [] for d in docs}
        for ci, cls in enumerate(cases.CLASSES):
            entries = [("flag", "F", v, k) for k, v in enumerate(H["flags"])] + [("quiet", "Q", v, k) for k, v in enumerate(H["quiet"])]
            cand = sorted(council_docs, key=lambda d: (len(assign[id(d)]), rng.random()))[:4]
            rng.shuffle(cand)
            for (exp, fq, v, k), d in zip(entries, cand):
                assign[id(d)].append((cls, exp, fq, v, "%s-%s-%s%d" % (half, cls, "flag" if exp == "flag" else "quiet", k + 1)))
            pool = oeu_docs if (ci + 1) % 2 == 0 else oop_docs
            d = sorted(pool, key=lambda d: (len(assign[id(d)]), rng.random()))[0]
            assign[id(d)].append((cls, "quiet", "F", H["planted"], "%s-%s-notdrawn" % (half, cls)))
        gold, idx_docs = [], []
        for d in docs:
            glist = assign[id(d)]
            rng.shuffle(glist)
            ords = rng.sample(cases.ORDINARY[1:], 3 if d.kind == "council" else 2)
            seq = [("ord", cases.ORDINARY[0])]
            slots = glist[:]
            # interleave ordinary items between gold items
            pos = sorted(rng.sample(range(1, len(slots)), len(ords)))
            merged = []
            oi = 0
            for i, g in enumerate(slots):
                if oi < len(ords) and i == pos[oi]:
                    merged.append(("ord", ords[oi]))
                    oi += 1
                merged.append(("gold", g))
            seq += merged
            num = rng.randint(100, 420) if d.producer in ("docx-libreoffice", "odt-libreoffice", "weasyprint", "groff-ps2pdf") else 1
            for kind, obj in seq:
                if kind == "ord":
                    spec, g = obj, None
                else:
                    cls, exp, fq, v, gid = obj
                    c = ctx(rng, d.date)
                    spec = cases.C[cls][fq][v](c)
                    g = dict(id=gid, cls=cls, exp=exp, variant="%s%d" % (fq, v), spec=spec)
                blocks, head = item_blocks(d, num, spec, rng)
                text = "\n".join(block_text(b) for b in blocks)
                d.items.append(dict(number=str(num), title=spec["title"], head=head, blocks=blocks, text=text,
                                    tail=block_text(blocks[-1]), gold=g["id"] if g else None, _g=g))
                num += 1
            os.makedirs(os.path.join(hdir, "corpus", d.municipality), exist_ok=True)
            ext_path = render(d, src, os.path.join(hdir, "corpus", d.municipality, d.stem))
            npages = locate(d, ext_path)
            rel = "%s/%s" % (d.municipality, os.path.basename(ext_path))
            layout = "%s/%s" % (d.family, d.producer)
            manifest["layouts"][layout] = half
            body = "committee" if d.kind == "committee" else "council"
            idx_docs.append(dict(document=rel, kind=d.kind, pdf=ext_path.endswith(".pdf"), municipality=d.municipality,
                                 meeting_date=d.date.isoformat(), body=body, body_name=d.body_name, layout=layout, pages=npages,
                                 items=[dict(number=it["number"], title=it["title"], text=it["text"], pages=it["pages"], gold=it["gold"]) for it in d.items]))
            for it in d.items:
                g = it["_g"]
                if not g:
                    continue
                sp = g["spec"]
                e = dict(id=g["id"], document=rel, page=it["pages"][0], pages=it["pages"], item_number=it["number"], item_title=it["title"],
                         class_=None, expect=g["exp"], phrase="%s; %s" % (sp.get("where"), sp.get("how")), variant=g["variant"],
                         municipality=d.municipality, meeting_date=d.date.isoformat(), body=body, meeting_kind=d.kind, layout=layout,
                         law=sp.get("law"), where=sp.get("where"), how=sp.get("how"))
                e["class"] = g["cls"]
                del e["class_"]
                if g["exp"] == "quiet":
                    e["why_quiet"] = sp.get("why") or ("planted problem in a %s meeting that must not be drawn" % ("committee" if d.kind == "committee" else "council meeting outside %s" % PERIOD))
                gold.append(e)
            print("%s %-40s %s pages=%s items=%d" % (half, rel, layout, npages, len(d.items)), flush=True)
        order = {c: i for i, c in enumerate(cases.CLASSES)}
        gold.sort(key=lambda g: (order[g["class"]], g["id"]))
        layouts = sorted(set(x["layout"] for x in idx_docs))
        json.dump(dict(seed=SEED, half=half, period=PERIOD, layouts=layouts, items=gold),
                  open(os.path.join(hdir, "gold.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
        json.dump(dict(documents=idx_docs), open(os.path.join(hdir, "items.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
        per = {}
        for g in gold:
            r = per.setdefault(g["class"], dict(flag=0, quiet=0, not_drawn=0))
            r["not_drawn" if g["meeting_kind"] != "council" else g["expect"]] += 1
        manifest["halves"][half] = dict(layouts=layouts, municipalities=[m[0] for m in H["munis"]],
                                        document_kinds={k: sum(1 for x in idx_docs if x["kind"] == k) for k in ("council", "committee", "out_of_period")},
                                        items=sum(len(x["items"]) for x in idx_docs), gold_items=len(gold), per_class=per)
    json.dump(manifest, open(os.path.join(out, "manifest.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else "/tmp/ss11")
