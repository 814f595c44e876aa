#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator for independent spot corpus 9 (period 2025H2). Standard library only.
   gen.py --out DIR [--seed N]"""
import argparse, csv, datetime, html, json, os, random, re, shutil, subprocess, sys, unicodedata, zipfile
from concurrent.futures import ThreadPoolExecutor
from xml.sax.saxutils import escape as xesc

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cases

HERE = os.path.dirname(os.path.abspath(__file__))
PERIOD = "2025H2"
LAYOUTS = {"dev": ["lo-docx", "chromium", "html-utf8", "groff"],
           "holdout": ["lo-odt", "wkhtmltopdf", "html-cp1252", "weasyprint"]}
PAIRS = [("lo-docx", "lo-odt"), ("chromium", "wkhtmltopdf"), ("html-utf8", "html-cp1252"), ("groff", "weasyprint")]
VARIANTS = {"dev": {"F": [1, 2], "N": [1, 2], "Q": 1}, "holdout": {"F": [2, 3], "N": [2, 3], "Q": 3}}
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"]
WEEKDAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]
DATES = {"dev": ["2025-08-28", "2025-09-25", "2025-10-23", "2025-10-30", "2025-11-20", "2025-11-27", "2025-12-11", "2025-12-18"],
         "holdout": ["2025-08-26", "2025-09-30", "2025-10-21", "2025-10-28", "2025-11-18", "2025-11-25", "2025-12-09", "2025-12-16"]}
COMMITTEE_DATES = {"dev": ["2025-11-04", "2025-12-02"], "holdout": ["2025-11-11", "2025-12-03"]}
OOP_DATES = {"dev": ["2025-06-19", "2026-01-29"], "holdout": ["2025-05-27", "2026-01-27"]}
# items whose wording needs the meeting to be later than a date in the text
MIN_DATE = {("retroactive_reduction", "F", 1): "2025-10-15", ("retroactive_reduction", "F", 2): "2025-09-01",
            ("retroactive_reduction", "F", 3): "2025-09-15", ("budget_stop", "F", 3): "2025-10-02",
            ("budget_stop", "F", 1): "2025-09-10", ("unlawful_delegation", "N", 3): "2025-10-01",
            ("no_council_hearing", "N", 1): "2025-10-20", ("no_council_hearing", "F", 1): "2025-09-01",
            ("named_citizen_health", "F", 2): "2025-09-20", ("named_citizen_health", "F", 3): "2025-11-02",
            ("budget_stop", "N", 2): "2025-09-01"}
DATE_SENSITIVE = {"budget_stop", "personal_data", "no_council_hearing", "retroactive_reduction", "named_citizen_health"}


def squash(s):
    s = unicodedata.normalize("NFKC", s or "").lower()
    return "".join(ch for ch in s if ch.isalnum())


def dlong(iso, weekday=False):
    d = datetime.date.fromisoformat(iso)
    s = "%d. %s %d" % (d.day, MONTHS[d.month - 1], d.year)
    return ("%s den %s" % (WEEKDAYS[d.weekday()], s)) if weekday else s


def ddmm(iso, sep="-"):
    d = datetime.date.fromisoformat(iso)
    return "%02d%s%02d%s%d" % (d.day, sep, d.month, sep, d.year)


def load_kommuner():
    rows = list(csv.DictReader(open("/work/shared/data/kommuner.csv", encoding="utf-8")))
    return [r["name"] for r in rows if r["name"] not in ("København",)]


KB_NAMED = {"Furesø", "Gribskov", "Halsnæs", "Rudersdal", "Lyngby-Taarbæk", "Hørsholm", "Fanø", "Læsø", "Ærø",
            "Samsø", "Allerød", "Gentofte", "Ishøj", "Solrød", "Vallensbæk", "Dragør", "Tårnby", "Egedal"}


def council_name(mun):
    return "Kommunalbestyrelsen" if mun in KB_NAMED else "Byrådet"


def adapt(text, cname):
    if cname == "Byrådet":
        for a, b in (("Kommunalbestyrelsens", "Byrådets"), ("kommunalbestyrelsens", "byrådets"),
                     ("Kommunalbestyrelsen", "Byrådet"), ("kommunalbestyrelsen", "byrådet")):
            text = text.replace(a, b)
        return text
    for a, b in (("Byrådets", "Kommunalbestyrelsens"), ("byrådets", "kommunalbestyrelsens"),
                 ("Byrådet", "Kommunalbestyrelsen"), ("byrådet", "kommunalbestyrelsen")):
        text = text.replace(a, b)
    return text


# ---------------------------------------------------------------- model
def plan(half, seed):
    rnd = random.Random("%s-%s" % (seed, half))
    muns = load_kommuner()
    rnd2 = random.Random(seed)
    rnd2.shuffle(muns)
    muns = muns[:12] if half == "dev" else muns[12:24]
    V = VARIANTS[half]
    council_items, quiet_items = [], []
    for ci, cls in enumerate(cases.CLASSES):
        for k in ("F", "N"):
            for v in V[k]:
                council_items.append(dict(case=cases.C[(cls, k, v)], expect="flag" if k == "F" else "quiet"))
        qk = "committee" if ci % 2 == 0 else "out_of_period"
        quiet_items.append(dict(case=cases.C[(cls, "F", V["Q"])], expect="quiet", qkind=qk))
    rnd.shuffle(council_items)
    ndoc = 8
    docs = []
    for i in range(ndoc):
        docs.append(dict(kind="council", items=council_items[i::ndoc]))
    # dates: docs with the latest date requirement get the latest dates
    def req(doc):
        return max([MIN_DATE.get((it["case"]["cls"], it["case"]["kind"], it["case"]["v"]), "2025-07-01") for it in doc["items"]])
    dates = sorted(DATES[half])
    order = sorted(range(ndoc), key=lambda i: (req(docs[i]), rnd.random()))
    for di, i in enumerate(order):
        docs[i]["date"] = dates[di]
        assert docs[i]["date"] >= req(docs[i]), (half, docs[i]["date"], req(docs[i]))
    com = [q for q in quiet_items if q["qkind"] == "committee"]
    oop = [q for q in quiet_items if q["qkind"] == "out_of_period"]
    oop.sort(key=lambda q: q["case"]["cls"] in DATE_SENSITIVE)  # date-sensitive go to the later (2026) meeting
    docs.append(dict(kind="committee", items=com[0::2], date=COMMITTEE_DATES[half][0]))
    docs.append(dict(kind="committee", items=com[1::2], date=COMMITTEE_DATES[half][1]))
    docs.append(dict(kind="out_of_period", items=oop[:4], date=OOP_DATES[half][0]))
    docs.append(dict(kind="out_of_period", items=oop[4:], date=OOP_DATES[half][1]))
    lay = LAYOUTS[half]
    for i, d in enumerate(docs):
        d["layout"] = lay[i % 4]
        d["municipality"] = muns[i]
    # committee docs go to municipalities that also have a council doc (realistic); out-of-period the same
    docs[8]["municipality"], docs[9]["municipality"] = muns[0], muns[5]
    docs[10]["municipality"], docs[11]["municipality"] = muns[2], muns[7]
    for d in docs:
        d["cname"] = council_name(d["municipality"])
        d["body"] = "Økonomiudvalget" if d["kind"] == "committee" else d["cname"]
        prefix = "oeu" if d["kind"] == "committee" else "byraad"
        ext = "html" if d["layout"].startswith("html") else "pdf"
        d["file"] = "%s-referat-%s.%s" % (prefix, d["date"], ext)
        d["document"] = "%s/%s" % (d["municipality"], d["file"])
        counted = any(it["case"]["cls"] == "inhabil_took_part" and it["case"]["v"] == 1 for it in d["items"])
        if not counted and rnd.random() < 0.5:
            d["absent"] = rnd.choice(["Jette Lindholm (A)", "Morten Brix (V), Anne Dahl (F)", "Hans Peter Riis (O) - stedfortræder: Bo Kjeldgaard (O)"])
        # ordinary items around the gold ones
        ords = [dict(case=None, ordinary=o) for o in rnd.sample(cases.ORDINARY[2:], 2)]
        body = d["items"][:]
        rnd.shuffle(body)
        pos = rnd.randint(1, len(body))
        body = body[:pos] + [ords[0]] + body[pos:] + [ords[1]]
        d["items"] = [dict(case=None, ordinary=cases.ORDINARY[0])] + ([dict(case=None, ordinary=cases.ORDINARY[1])] if d["kind"] != "committee" else []) + body
        start = rnd.choice([1, 1, 1, 87, 143, 212, 318])
        sagsstart = rnd.randint(1000, 9000)
        for j, it in enumerate(d["items"]):
            it["number"] = start + j
            if it["case"]:
                c = it["case"]
                it["title"] = adapt(c["title"], d["cname"])
                it["sections"] = [(h, adapt(t, d["cname"])) for h, t in c["sections"]]
                if d["kind"] == "committee":
                    it["sections"] = [(h, "Anbefales over for %s." % d["cname"] if (h == "Beslutning" and t in ("Godkendt.", "Indstillingen godkendt.")) else t) for h, t in it["sections"]]
            else:
                it["title"], it["sections"] = it["ordinary"][0], [(h, adapt(t, d["cname"])) for h, t in it["ordinary"][1]]
            # council items often quote the committee's recommendation before the council's own decision
            if d["kind"] != "committee" and any(h == "Indstilling" for h, _ in it["sections"]) and rnd.random() < 0.4:
                prev = (datetime.date.fromisoformat(d["date"]) - datetime.timedelta(days=rnd.choice([7, 8, 14]))).isoformat()
                q = rnd.choice(["Beslutning i Økonomiudvalget den %s" % dlong(prev), "Økonomiudvalget, %s, pkt. %d:" % (dlong(prev), rnd.randint(100, 400)),
                                "Beslutning i Økonomiudvalget den %s" % ddmm(prev)])
                secs = it["sections"]
                k = max(i for i, (h, _) in enumerate(secs) if h == "Beslutning") if any(h == "Beslutning" for h, _ in secs) else len(secs)
                it["sections"] = secs[:k] + [(q, rnd.choice(["Anbefales.", "Indstillingen anbefales.", "Anbefales over for %s." % d["cname"]]))] + secs[k:]
            it["sagsnr"] = rnd.choice(["%02d.%02d.%02d-%s-%d-25" % (rnd.randint(0, 85), rnd.randint(0, 20), rnd.randint(0, 10), rnd.choice(["G01", "P20", "A00", "Ø00"]), rnd.randint(1, 40)),
                                        "EMN-2025-%06d" % rnd.randint(1000, 99999), "%d-2025-%d" % (rnd.randint(100, 900), sagsstart + j * 17)])
    return docs


def blocks_of(text):
    """Section text -> list of ('p', str) / ('ul', [str]) / ('ol', [str]) / ('table', rows)."""
    out = []
    for line in text.split("\n"):
        if line.startswith("|"):
            row = line[1:].split("|")
            if out and out[-1][0] == "table":
                out[-1][1].append(row)
            else:
                out.append(("table", [row]))
        elif line.startswith("- "):
            if out and out[-1][0] == "ul":
                out[-1][1].append(line[2:])
            else:
                out.append(("ul", [line[2:]]))
        elif re.match(r"^\d+\. ", line):
            t = re.sub(r"^\d+\. ", "", line)
            if out and out[-1][0] == "ol":
                out[-1][1].append(t)
            else:
                out.append(("ol", [t]))
        else:
            out.append(("p", line))
    return out


def decision_heading(layout, d):
    return {"lo-docx": "%s beslutning den %s" % (d["cname"].replace("et", "ets") if d["cname"] == "Byrådet" else d["cname"] + "s", dlong(d["date"])) if d["kind"] != "committee" else "Økonomiudvalgets beslutning den %s" % dlong(d["date"]),
            "lo-odt": "Beslutning i %s den %s" % (d["body"], ddmm(d["date"])),
            "chromium": "Beslutning",
            "wkhtmltopdf": "Beslutning på mødet den %s" % dlong(d["date"]),
            "html-utf8": "Beslutning",
            "html-cp1252": "Beslutning i %s den %s" % (d["body"], ddmm(d["date"], ".")),
            "groff": "Beslutning",
            "weasyprint": "Beslutning"}[layout]


def item_heading(layout, it):
    n, t = it["number"], it["title"]
    return {"lo-docx": "Sag nr. %d  %s" % (n, t), "lo-odt": "Pkt. %d  %s" % (n, t), "chromium": "%d. %s" % (n, t),
            "wkhtmltopdf": "Punkt %d  %s" % (n, t), "html-utf8": "%d. %s" % (n, t), "html-cp1252": "Punkt %d: %s" % (n, t),
            "groff": "%d. %s" % (n, t), "weasyprint": "%d  %s" % (n, t)}[layout]


def ordered_sections(layout, it, d):
    secs = list(it["sections"])
    if layout == "weasyprint":  # Prepare-like: decision first, background after
        dec = [s for s in secs if s[0] == "Beslutning"]
        secs = dec + [s for s in secs if s[0] != "Beslutning"]
    res = []
    for h, t in secs:
        if h == "Beslutning":
            h = decision_heading(layout, d)
        res.append((h, t))
    return res


def header_lines(d):
    kind = d["kind"]
    title = {"council": "Referat af %s" % ("byrådsmøde" if d["cname"] == "Byrådet" else "kommunalbestyrelsesmøde"),
             "out_of_period": "Referat af %s" % ("byrådsmøde" if d["cname"] == "Byrådet" else "kommunalbestyrelsesmøde"),
             "committee": "Referat af møde i Økonomiudvalget"}[kind]
    pairs = [("Udvalg", d["body"]), ("Mødedato", dlong(d["date"], True)), ("Tidspunkt", "kl. 17.00 - 19.40" if kind != "committee" else "kl. 8.00 - 10.15"),
             ("Mødested", ("Byrådssalen, Rådhuset" if d["cname"] == "Byrådet" else "Kommunalbestyrelsens mødesal, Rådhuset") if kind != "committee" else "Mødelokale 2, Rådhuset"), ("Fraværende", d.get("absent", "Ingen"))]
    return "%s Kommune" % d["municipality"], title, pairs


def item_plaintext(layout, it, d):
    closed = it["title"].lower().startswith("lukket") or "(lukket)" in it["title"]
    lines = [item_heading(layout, it), "Sagsnr.: %s" % it["sagsnr"] + ("" if closed or layout != "wkhtmltopdf" else "   Åbent punkt")]
    for h, t in ordered_sections(layout, it, d):
        if h:
            lines.append(h)
        for kind, b in blocks_of(t):
            if kind == "p":
                lines.append(b)
            elif kind in ("ul", "ol"):
                lines.extend(b)
            else:
                lines.extend(" ".join(r) for r in b)
    return "\n".join(lines)


# ---------------------------------------------------------------- HTML family
CSS = {
    "chromium": "body{font-family:'DejaVu Sans',Arial,sans-serif;font-size:10.5pt;margin:1.6cm}h1{font-size:17pt;color:#1d3c6e}h2{font-size:13pt;color:#1d3c6e;border-bottom:1px solid #1d3c6e;margin-top:1.4em}h3{font-size:11pt;margin-bottom:.2em}table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #888;padding:3px 6px;font-size:9.5pt}.meta td{border:none}.sag{color:#555;font-size:9pt}",
    "wkhtmltopdf": "body{font-family:'Liberation Serif',serif;font-size:12pt}h1{font-size:18pt;text-align:center}h2{font-size:13pt;background:#e5e5e5;padding:3px}h3{font-size:12pt;font-style:italic}table{border-collapse:collapse}td{border:1px solid #000;padding:2px 5px}.meta td{border:none}.sag{font-size:10pt}",
    "weasyprint": "@page{size:A4;margin:2cm;@bottom-right{content:'Side ' counter(page) ' af ' counter(pages);font-size:8pt}}body{font-family:'DejaVu Sans',sans-serif;font-size:10pt}h1{font-size:16pt}h2{font-size:12pt;border-top:2px solid #444;padding-top:.4em;margin-top:1.5em}h3{font-size:10pt;text-transform:uppercase;letter-spacing:.05em;margin-bottom:.1em}table{border-collapse:collapse}td{border-bottom:1px solid #aaa;padding:2px 8px}.meta td{border:none}.sag{font-size:8.5pt;color:#444}",
    "html-utf8": "body{font-family:Arial,sans-serif;max-width:900px}nav{font-size:small}aside{float:right;width:200px;font-size:small;border:1px solid #ccc}h2{font-size:1.2em}td{border:1px solid #ccc}",
    "html-cp1252": "body{font-family:Verdana,sans-serif;font-size:10pt}td{border:1px solid #999}",
}


def html_blocks(t):
    out = []
    for kind, b in blocks_of(t):
        if kind == "p":
            out.append("<p>%s</p>" % html.escape(b))
        elif kind == "ul":
            out.append("<ul>%s</ul>" % "".join("<li>%s</li>" % html.escape(x) for x in b))
        elif kind == "ol":
            out.append("<ol>%s</ol>" % "".join("<li>%s</li>" % html.escape(x) for x in b))
        else:
            rows = []
            for ri, r in enumerate(b):
                tag = "th" if ri == 0 else "td"
                rows.append("<tr>%s</tr>" % "".join("<%s>%s</%s>" % (tag, html.escape(c), tag) for c in r))
            out.append("<table>%s</table>" % "".join(rows))
    return "\n".join(out)


def render_html(d, layout):
    mun, title, pairs = header_lines(d)
    charset = "windows-1252" if layout == "html-cp1252" else "utf-8"
    h = ["<!DOCTYPE html>", "<html lang=\"da\"><head><meta charset=\"%s\"><title>%s - %s %s</title><style>%s</style></head><body>" % (
        charset, html.escape(d["body"]), "Referat", ddmm(d["date"]), CSS[layout])]
    if layout == "html-utf8":
        h.append("<nav><a href=\"#indhold\">Gå til indhold</a> | Forside &gt; Politik &gt; Dagsordener og referater &gt; %s</nav>" % html.escape(d["body"]))
        h.append("<aside><b>Andre møder</b><ul><li>%s 25-06-2025</li><li>%s 28-01-2026</li></ul></aside>" % (html.escape(d["body"]), html.escape(d["body"])))
    h.append("<p>%s</p><h1 id=\"indhold\">%s</h1>" % (html.escape(mun), html.escape(title)))
    h.append("<table class=\"meta\">%s</table>" % "".join("<tr><td><b>%s</b></td><td>%s</td></tr>" % (html.escape(a), html.escape(b)) for a, b in pairs))
    for it in d["items"]:
        closed = it["title"].lower().startswith("lukket") or "(lukket)" in it["title"]
        h.append("<div class=\"punkt\"><h2>%s</h2>" % html.escape(item_heading(layout, it)))
        h.append("<p class=\"sag\">Sagsnr.: %s%s</p>" % (html.escape(it["sagsnr"]), "" if closed or layout != "wkhtmltopdf" else " &nbsp; Åbent punkt"))
        for hd, t in ordered_sections(layout, it, d):
            if hd:
                h.append("<h3>%s</h3>" % html.escape(hd))
            h.append(html_blocks(t))
        h.append("</div>")
        if layout == "html-utf8":
            h.append("<p><a href=\"#indhold\">Til toppen</a></p>")
    h.append("</body></html>")
    return "\n".join(h)


# ---------------------------------------------------------------- docx / odt
def docx_bytes(d):
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    body = []

    def para(text, bold=False, size=None, italic=False):
        rpr = ""
        if bold or size or italic:
            rpr = "<w:rPr>%s%s%s</w:rPr>" % ("<w:b/>" if bold else "", "<w:i/>" if italic else "", '<w:sz w:val="%d"/>' % size if size else "")
        body.append('<w:p><w:pPr><w:spacing w:after="80"/></w:pPr><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (rpr, xesc(text)))

    def table(rows):
        tr = []
        for ri, r in enumerate(rows):
            cells = "".join('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr><w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>' % (
                9000 // len(r), "<w:rPr><w:b/></w:rPr>" if ri == 0 else "", xesc(c)) for c in r)
            tr.append("<w:tr>%s</w:tr>" % cells)
        border = "".join('<w:%s w:val="single" w:sz="4" w:space="0" w:color="000000"/>' % s for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
        body.append('<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/><w:tblBorders>%s</w:tblBorders></w:tblPr>%s</w:tbl>' % (border, "".join(tr)))
        body.append("<w:p/>")
    mun, title, pairs = header_lines(d)
    para(mun, bold=True, size=28)
    para("Beslutningsprotokol", bold=True, size=32)
    for a, b in pairs:
        para("%s: %s" % (a, b))
    for it in d["items"]:
        body.append("<w:p/>")
        para(item_heading("lo-docx", it), bold=True, size=26)
        para("Sagsnr.: %s" % it["sagsnr"], italic=True, size=18)
        for hd, t in ordered_sections("lo-docx", it, d):
            if hd:
                para(hd + (":" if hd.startswith(d["cname"][:4]) or "beslutning den" in hd else ""), bold=True)
            for kind, b in blocks_of(t):
                if kind == "p":
                    para(b)
                elif kind in ("ul", "ol"):
                    for i, x in enumerate(b):
                        para(("• " if kind == "ul" else "%d. " % (i + 1)) + x)
                else:
                    table(b)
    doc = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document %s><w:body>%s<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1418" w:right="1134" w:bottom="1418" w:left="1134" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>' % (W, "".join(body))
    ct = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
    rels = '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
    return {"[Content_Types].xml": ct, "_rels/.rels": rels, "word/document.xml": doc}


def odt_files(d):
    NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2"')
    st = ('<office:automatic-styles><style:style style:name="B" style:family="paragraph"><style:text-properties fo:font-weight="bold"/></style:style>'
          '<style:style style:name="H" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.4cm"/><style:text-properties fo:font-size="13pt" fo:font-weight="bold"/></style:style>'
          '<style:style style:name="T" style:family="paragraph"><style:text-properties fo:font-size="20pt" fo:font-weight="bold"/></style:style>'
          '<style:style style:name="C" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.05cm"/></style:style></office:automatic-styles>')
    body = []
    P = lambda t, s=None: body.append('<text:p%s>%s</text:p>' % (' text:style-name="%s"' % s if s else "", xesc(t)))
    mun, title, pairs = header_lines(d)
    P(mun)
    P("%s - Referat" % d["body"], "T")
    for a, b in pairs:
        P("%s: %s" % (a, b))
    for it in d["items"]:
        P(item_heading("lo-odt", it), "H")
        P("Sagsnr.: %s" % it["sagsnr"])
        for hd, t in ordered_sections("lo-odt", it, d):
            if hd:
                P(hd, "B")
            for kind, b in blocks_of(t):
                if kind == "p":
                    P(b)
                elif kind in ("ul", "ol"):
                    for i, x in enumerate(b):
                        P(("- " if kind == "ul" else "%d) " % (i + 1)) + x)
                else:
                    n = max(len(r) for r in b)
                    rows = "".join("<table:table-row>%s</table:table-row>" % "".join('<table:table-cell table:style-name="C"><text:p>%s</text:p></table:table-cell>' % xesc(c) for c in r) for r in b)
                    body.append('<table:table><table:table-column table:number-columns-repeated="%d"/>%s</table:table>' % (n, rows))
    content = '<?xml version="1.0" encoding="UTF-8"?><office:document-content %s>%s<office:body><office:text>%s</office:text></office:body></office:document-content>' % (NS, st, "".join(body))
    man = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
           '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
           '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>')
    return content, man


def write_zip(path, files, odt=False):
    with zipfile.ZipFile(path, "w") as z:
        if odt:
            z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED)
        for name, data in files.items():
            z.writestr(name, data, compress_type=zipfile.ZIP_DEFLATED)


# ---------------------------------------------------------------- groff
def gesc(s):
    s = s.replace("\\", "\\e")
    return "\n".join(("\\&" + l if l[:1] in (".", "'") else l) for l in s.split("\n"))


def render_groff(d):
    mun, title, pairs = header_lines(d)
    g = [".nr PS 10", ".nr VS 12", ".ds CH", ".ds RF Side %", ".ds LF %s" % gesc(d["body"] + " " + ddmm(d["date"], ".")),
         ".LP", "\\s+4\\fB%s\\fP\\s0" % gesc(mun), ".LP", "\\s+2\\fB%s\\fP\\s0" % gesc(title)]
    for a, b in pairs:
        g += [".br", gesc("%s: %s" % (a, b))]
    for it in d["items"]:
        g += [".SH", gesc(item_heading("groff", it)), ".LP", "\\s-1Sagsnr.: %s\\s0" % gesc(it["sagsnr"])]
        for hd, t in ordered_sections("groff", it, d):
            if hd:
                g += [".LP", "\\fB%s\\fP" % gesc(hd)]
            for kind, b in blocks_of(t):
                if kind == "p":
                    g += [".LP", gesc(b)]
                elif kind in ("ul", "ol"):
                    for i, x in enumerate(b):
                        g += [".IP \\(bu 3" if kind == "ul" else ".IP %d. 4" % (i + 1), gesc(x)]
                else:
                    g += [".LP", ".TS", "box tab(@);", " ".join(["l"] * len(b[0])) + "."]
                    for r in b:
                        g.append("@".join(gesc(c) for c in r))
                    g.append(".TE")
    return "\n".join(g) + "\n"


# ---------------------------------------------------------------- rendering
def run(cmd, **kw):
    p = subprocess.run(cmd, capture_output=True, timeout=240, **kw)
    if p.returncode != 0:
        raise RuntimeError("%s failed: %s" % (cmd[0], p.stderr.decode("utf-8", "replace")[-800:]))


def page_texts(pdf):
    n = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout).group(1))
    out = []
    for p in range(1, n + 1):
        out.append(squash(subprocess.run(["pdftotext", "-f", str(p), "-l", str(p), pdf, "-"], capture_output=True, text=True).stdout))
    return out


def locate(d, pdf):
    pages = page_texts(pdf)
    if sum(len(p) for p in pages) < 200:
        raise RuntimeError("no text layer in %s" % pdf)
    starts = []
    prev = 1
    for it in d["items"]:
        key = squash("%d%s" % (it["number"], it["title"]))[:60]
        st = None
        for p in range(prev, len(pages) + 1):
            if key in pages[p - 1]:
                st = p
                break
        if st is None:
            raise RuntimeError("item %s not found in %s" % (key, pdf))
        starts.append(st)
        prev = st
    for i, it in enumerate(d["items"]):
        st = starts[i]
        end = starts[i + 1] if i + 1 < len(starts) else len(pages)
        tail = squash(it["plain"])[-25:]
        while end > st and tail not in pages[end - 1]:
            end -= 1
        it["pages"] = [st, end]


def build_half(out, half, seed):
    docs = plan(half, seed)
    src = os.path.join(out, "src", half)
    os.makedirs(src, exist_ok=True)
    for d in docs:
        for it in d["items"]:
            it["plain"] = item_plaintext(d["layout"], it, d)
        dst = os.path.join(out, half, "corpus", d["municipality"])
        os.makedirs(dst, exist_ok=True)
        d["path"] = os.path.join(dst, d["file"])
        stem = "%s-%s" % (d["municipality"], d["file"].rsplit(".", 1)[0])
        d["stem"] = stem
        lay = d["layout"]
        if lay.startswith("html"):
            s = render_html(d, lay)
            if lay == "html-cp1252":
                open(d["path"], "wb").write(s.encode("cp1252"))
            else:
                open(d["path"], "w", encoding="utf-8").write(s)
            for it in d["items"]:
                it["pages"] = [1, 1]
        elif lay in ("chromium", "wkhtmltopdf", "weasyprint"):
            open(os.path.join(src, stem + ".html"), "w", encoding="utf-8").write(render_html(d, lay))
        elif lay == "lo-docx":
            write_zip(os.path.join(src, stem + ".docx"), docx_bytes(d))
        elif lay == "lo-odt":
            c, m = odt_files(d)
            write_zip(os.path.join(src, stem + ".odt"), {"content.xml": c, "META-INF/manifest.xml": m}, odt=True)
        elif lay == "groff":
            open(os.path.join(src, stem + ".ms"), "w", encoding="utf-8").write(render_groff(d))
    return docs, src


def render_jobs(docs, src, out):
    jobs = []
    lo = [d for d in docs if d["layout"].startswith("lo-")]
    if lo:
        def lojob(lo=lo):
            prof = "file://" + os.path.join(out, "src", "lo-profile")
            files = [os.path.join(src, d["stem"] + (".docx" if d["layout"] == "lo-docx" else ".odt")) for d in lo]
            run(["soffice", "-env:UserInstallation=" + prof, "--headless", "--convert-to", "pdf", "--outdir", src] + files)
            for d in lo:
                shutil.copy(os.path.join(src, d["stem"] + ".pdf"), d["path"])
        jobs.append(lojob)
    for d in docs:
        h = os.path.join(src, d["stem"] + ".html")
        if d["layout"] == "chromium":
            jobs.append(lambda d=d, h=h: run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer" if False else "--disable-dev-shm-usage",
                                              "--user-data-dir=" + os.path.join(out, "src", "chromium-profile-" + d["stem"]), "--print-to-pdf=" + d["path"], "file://" + h]))
        elif d["layout"] == "wkhtmltopdf":
            jobs.append(lambda d=d, h=h: run(["wkhtmltopdf", "-q", "--encoding", "utf-8", "--footer-right", "Side [page] af [topage]", "--footer-font-size", "7", h, d["path"]]))
        elif d["layout"] == "weasyprint":
            jobs.append(lambda d=d, h=h: run(["weasyprint", h, d["path"]]))
        elif d["layout"] == "groff":
            def gj(d=d):
                ps = os.path.join(src, d["stem"] + ".ps")
                with open(ps, "wb") as f:
                    p = subprocess.run(["groff", "-k", "-t", "-ms", "-Tps", "-dpaper=a4", "-P-pa4", os.path.join(src, d["stem"] + ".ms")], stdout=f, stderr=subprocess.PIPE)
                if p.returncode:
                    raise RuntimeError(p.stderr.decode())
                run(["ps2pdf", "-sPAPERSIZE=a4", ps, d["path"]])
            jobs.append(gj)
    return jobs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=9)
    a = ap.parse_args()
    out = os.path.abspath(a.out)
    if os.path.exists(out):
        shutil.rmtree(out)
    halves = {}
    jobs = []
    for half in ("dev", "holdout"):
        docs, src = build_half(out, half, a.seed)
        halves[half] = docs
        jobs += render_jobs(docs, src, out)
    with ThreadPoolExecutor(max_workers=2) as ex:
        for f in [ex.submit(j) for j in jobs]:
            f.result()
    manifest = dict(seed=a.seed, period=PERIOD, layout_half={}, layouts={}, municipalities={}, document_kinds={}, item_count={}, per_class={})
    for half, docs in halves.items():
        gold_items, idx_docs = [], []
        n = 0
        for d in docs:
            if d["path"].endswith(".pdf"):
                locate(d, d["path"])
            idoc = dict(document=d["document"], kind=d["kind"], pdf=d["path"].endswith(".pdf"), municipality=d["municipality"],
                        meeting_date=d["date"], body=d["body"], body_name=d["body"], layout=d["layout"], items=[])
            for it in d["items"]:
                gid = None
                if it["case"]:
                    n += 1
                    c = it["case"]
                    gid = "%s-%03d" % ("D" if half == "dev" else "H", n)
                    g = dict(id=gid, document=d["document"], page=it["pages"][0], pages=it["pages"], item_number=it["number"],
                             item_title=it["title"], **{"class": c["cls"]}, expect=it["expect"], phrase=c["phrase"],
                             variant="%s%d" % (c["kind"], c["v"]), municipality=d["municipality"], meeting_date=d["date"],
                             body=d["body"], meeting_kind=d["kind"], layout=d["layout"], law=c["law"])
                    if d["kind"] == "committee":
                        g["why_quiet"] = "committee meeting (Økonomiudvalget); only council meetings are drawn"
                    elif d["kind"] == "out_of_period":
                        g["why_quiet"] = "council meeting outside 2025H2 (%s)" % d["date"]
                    elif it["expect"] == "quiet":
                        g["why_quiet"] = "near miss: lawful (%s)" % c["law"]
                    gold_items.append(g)
                idoc["items"].append(dict(number=it["number"], title=it["title"], text=it["plain"], pages=it["pages"], gold=gid))
            idx_docs.append(idoc)
        json.dump(dict(seed=a.seed, half=half, period=PERIOD, layouts=LAYOUTS[half], items=gold_items),
                  open(os.path.join(out, half, "gold.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
        json.dump(dict(documents=idx_docs), open(os.path.join(out, half, "items.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
        for l in LAYOUTS[half]:
            manifest["layout_half"][l] = half
        manifest["layouts"][half] = LAYOUTS[half]
        manifest["municipalities"][half] = sorted({d["municipality"] for d in docs})
        manifest["document_kinds"][half] = {k: sum(1 for d in docs if d["kind"] == k) for k in ("council", "committee", "out_of_period")}
        manifest["item_count"][half] = len(gold_items)
        pc = {}
        for g in gold_items:
            r = pc.setdefault(g["class"], {"flag": 0, "quiet": 0, "not_drawn": 0})
            if g["meeting_kind"] != "council":
                r["not_drawn"] += 1
            else:
                r[g["expect"]] += 1
        manifest["per_class"][half] = pc
    manifest["pairs"] = PAIRS
    json.dump(manifest, open(os.path.join(out, "manifest.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print("built %s: dev %d items, holdout %d items" % (out, manifest["item_count"]["dev"], manifest["item_count"]["holdout"]))


if __name__ == "__main__":
    main()
