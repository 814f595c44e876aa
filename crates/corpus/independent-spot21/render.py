# -*- coding: utf-8 -*-
"""The eight layouts and their producers. Every producer runs one document at a time
(LibreOffice converts its batch in one sequential call), under the niceness build.sh gives."""
import html, os, random, re, shutil, subprocess, textwrap, zipfile
from html.parser import HTMLParser

LAYOUTS = {
 "D1": dict(half="dev", producer="LibreOffice 7 (soffice --convert-to pdf) from .odt",
            system="Word document turned into PDF by hand (Acadre-style)",
            shape="title line, two-column header table, 'Punkt N. Titel', chain 'Beslutning i Økonomiudvalget den …', 'Beslutning i Byrådet den …', footer 'Side x af y'"),
 "D2": dict(half="dev", producer="Chromium --print-to-pdf (print stamp: date, title, file URL, page x/y; time fixed with faketime)",
            system="KMD Politikerweb-style web page",
            shape="breadcrumbs, 'Gå til indhold', sidebar with the year's other meetings, 'Label: value' header, running item numbers 'N. Titel', decision first"),
 "D3": dict(half="dev", producer="enscript (latin1, Courier) + ps2pdf",
            system="Beslutningsprotokol printed from a case system",
            shape="monospace protocol, enscript page header 'Side x af y', 'Sag nr. N', no decision heading: the decision follows the item"),
 "D4": dict(half="dev", producer="static HTML, utf-8, one file per item plus an index page",
            system="OS2dagsorden-style web export",
            shape="index page with links; each item page repeats 'Udvalg: Byrådet' and the date; 'Punkt N: Titel'"),
 "H1": dict(half="holdout", producer="wkhtmltopdf (footer 'Side x af y')",
            system="Prepare-style referat",
            shape="'Label: value' header (Dato, Starttidspunkt, Sluttidspunkt, Sted, Fraværende med afbud), 'Pkt. N Titel', chain 'Beslutning fra Økonomiudvalget, dato, pkt. N:'"),
 "H2": dict(half="holdout", producer="WeasyPrint 57 (CSS @page counters)",
            system="FirstAgenda Publication-style referat",
            shape="'Kommunalbestyrelsen - Referat', 'Mødefakta' table, 'Nr. N - Titel', decision right after the title, service-level tables"),
 "H3": dict(half="holdout", producer="groff -ms -t (tbl) to PostScript, distilled by Ghostscript pdfwrite and re-distilled PDF to PDF",
            system="eDoc print of a referat",
            shape="'Referat fra Kommunalbestyrelsens møde', numbers running across the year 'N. Titel', 'Kommunalbestyrelsens beslutning den dd-mm-yyyy'"),
 "H4": dict(half="holdout", producer="static HTML, windows-1252, one page",
            system="SBSYS/GetOrganized-style HTML export",
            shape="definition-list header, 'Punkt N Titel' with 'Åbent punkt', chain 'Økonomiudvalget, dato, pkt. N:', heading 'Beslutninger', per-bullet decisions 'Ad 1.'"),
}

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"]
WD = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]
FIRST = ["Anne", "Bo", "Camilla", "Dorte", "Erik", "Flemming", "Gitte", "Henrik", "Ida", "Jesper", "Kirsten", "Lars", "Maja",
         "Niels", "Oline", "Per", "Rikke", "Søren", "Tina", "Ulrik", "Vibeke", "Åse"]
LAST = ["Andersen", "Bech", "Dalsgaard", "Egholm", "Frost", "Gravesen", "Hvid", "Juul", "Kristoffersen", "Lind", "Mølgaard",
        "Nørgaard", "Overgaard", "Pallesen", "Rask", "Stær", "Thygesen", "Vestergaard", "Østergaard"]
PARTY = ["A", "B", "C", "F", "I", "O", "V", "Ø", "Æ"]


def long(d): return "%d. %s %d" % (d.day, MONTHS[d.month - 1], d.year)
def wlong(d): return "%s den %s" % (WD[d.weekday()], long(d))
def dot(d): return d.strftime("%d.%m.%Y")
def dash(d): return d.strftime("%d-%m-%Y")


def person(r):
    return "%s %s (%s)" % (r.choice(FIRST), r.choice(LAST), r.choice(PARTY))


def meta(d):
    r = random.Random("%s|%s|%s" % (d["muni"], d["date"], d["kind"]))
    start = r.choice(["16.00", "16.30", "17.00", "17.00", "18.00", "19.00"])
    h, m = map(int, start.split("."))
    end = "%02d.%02d" % (h + r.randint(1, 3), r.choice([0, 10, 25, 40, 55]))
    place = r.choice(["Byrådssalen, Rådhuset" if d["council_body"] == "Byrådet" else "Kommunalbestyrelsens mødesal",
                      "Rådhuset, mødesal 1", "Borgernes Hus, sal 2", "Rådhuset, Store Sal", "Administrationsbygningen, lokale 104"])
    absent = [person(r) for _ in range(r.choice([0, 1, 1, 2]))]
    sub = [person(r) for _ in absent]
    members = [person(r) for _ in range(7 if d["kind"] == "committee" else 9)]
    return dict(start=start, end=end, place=place, absent=absent, sub=sub, members=members, r=r)


def blocks(sc, intro):
    """[('h',t)|('p',t)|('ul',[..])|('table',rows)] for the sections of an item."""
    out = []
    for head, content in sc["sec"]:
        out.append(("h", head))
        if head.startswith("Indstilling"):
            out.append(("p", intro))
            out.append(("ul", list(content)))
            continue
        for c in ([content] if isinstance(content, str) else content):
            if isinstance(c, tuple) and c[0] == "TABLE":
                out.append(("table", c[1]))
            else:
                out.append(("p", c))
    return out


def decision_text(d, it, per_bullet=False):
    sc = it["sc"]
    if d["kind"] == "committee":
        if sc.get("ou"):
            return sc["ou"]
        if sc["dec"].startswith(("Godkendt.", "Vedtaget.", "Indstillingen godkendt.")) and sc["dec"] in ("Godkendt.", "Vedtaget.", "Indstillingen godkendt."):
            return "Anbefales over for %s." % d["council_body"]
        return sc["dec"]
    dec = sc["dec"]
    if per_bullet and dec in ("Vedtaget.", "Godkendt."):
        bullets = [c for h, c in sc["sec"] if h.startswith("Indstilling")]
        if bullets and len(bullets[0]) > 1:
            return " ".join("Ad %d. %s" % (i + 1, dec) for i in range(len(bullets[0])))
    return dec


def chain(d, it):
    sc = it["sc"]
    if d["kind"] == "committee" or not sc.get("ou"):
        return None
    import datetime as dt
    return d["date"] - dt.timedelta(days=7), sc["ou"]


def own(body):
    return {"Byrådet": "Byrådets", "Kommunalbestyrelsen": "Kommunalbestyrelsens", "Økonomiudvalget": "Økonomiudvalgets"}[body]


def run(cmd, **kw):
    p = subprocess.run(cmd, capture_output=True, **kw)
    if p.returncode != 0:
        raise SystemExit("producer failed: %s\n%s" % (" ".join(cmd), (p.stdout or b"")[-2000:] + (p.stderr or b"")[-2000:]))
    return p


def pdftotext(pdf):
    return run(["pdftotext", "-enc", "UTF-8", pdf, "-"]).stdout.decode("utf-8")


class _Text(HTMLParser):
    BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "li", "tr", "br", "table", "ul", "dl", "dt", "dd", "section", "nav", "header", "footer", "aside", "article"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, a):
        if tag in ("script", "style", "title"):
            self.skip += 1
        if tag in self.BLOCK:
            self.out.append("\n")
        if tag in ("td", "th"):
            self.out.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "title"):
            self.skip -= 1
        if tag in self.BLOCK:
            self.out.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def html_text(s):
    p = _Text(); p.feed(s); p.close()
    t = "".join(p.out)
    t = re.sub(r"[ \t\r]+", " ", t)
    t = re.sub(r" *\n *", "\n", t)
    return re.sub(r"\n{3,}", "\n\n", t).strip() + "\n"


def fname(d, ext, suffix=""):
    return "%s/%s-referat-%s%s.%s" % (d["muni"], d["prefix"], d["date"].isoformat(), suffix, ext)


def e(s): return html.escape(s, quote=True)


def html_blocks(bl, hl="h3"):
    out = []
    for k, v in bl:
        if k == "h":
            out.append("<%s>%s</%s>" % (hl, e(v), hl))
        elif k == "p":
            out.append("<p>%s</p>" % e(v))
        elif k == "ul":
            out.append("<ul>%s</ul>" % "".join("<li>%s</li>" % e(x) for x in v))
        elif k == "table":
            rows = ["<tr>%s</tr>" % "".join(("<th>%s</th>" if i == 0 else "<td>%s</td>") % e(c) for c in row) for i, row in enumerate(v)]
            out.append('<table class="niveau">%s</table>' % "".join(rows))
    return "\n".join(out)


def access(it):
    return it["sc"].get("closed") or "Åbent punkt"


# ---------------------------------------------------------------- D1 LibreOffice .odt
def odt_xml(d, m):
    B = d["body"]
    X = lambda s: html.escape(s, quote=False)
    P = lambda st, s: '<text:p text:style-name="%s">%s</text:p>' % (st, X(s))
    body = [P("Ttl", "Referat af %s møde" % own(B)),
            P("Sub", "%s Kommune – %s" % (d["muni"], B))]
    rows = [("Udvalg", B), ("Mødedato", long(d["date"])), ("Mødetidspunkt", "kl. %s-%s" % (m["start"], m["end"])),
            ("Mødested", m["place"]), ("Fraværende", ", ".join(m["absent"]) or "Ingen"),
            ("Stedfortrædere", ", ".join(m["sub"]) or "-")]
    tr = "".join('<table:table-row><table:table-cell table:style-name="C1" office:value-type="string">%s</table:table-cell>'
                 '<table:table-cell table:style-name="C1" office:value-type="string">%s</table:table-cell></table:table-row>'
                 % (P("Lbl", a), P("Std", b)) for a, b in rows)
    body.append('<table:table table:name="Moedefakta" table:style-name="T1"><table:table-column table:style-name="K1"/>'
                '<table:table-column table:style-name="K2"/>%s</table:table>' % tr)
    heads = []
    for it in d["items"]:
        h = "Punkt %s. %s" % (it["number"], it["title"])
        heads.append(h)
        body.append(P("H1", h))
        body.append(P("Std", "%s – Sagsnr.: %s" % (access(it), it["caseno"])))
        for k, v in blocks(it["sc"], "Forvaltningen indstiller til %s," % d["body"]):
            if k == "h":
                body.append(P("H2", v))
            elif k == "p":
                body.append(P("Std", v))
            elif k == "ul":
                body.append('<text:list text:style-name="L1">%s</text:list>' % "".join(
                    "<text:list-item>%s</text:list-item>" % P("Std", x) for x in v))
            else:
                n = len(v[0])
                tr = "".join("<table:table-row>%s</table:table-row>" % "".join(
                    '<table:table-cell table:style-name="C1" office:value-type="string">%s</table:table-cell>'
                    % P("Lbl" if i == 0 else "Std", c) for c in row) for i, row in enumerate(v))
                body.append('<table:table table:style-name="T1">%s%s</table:table>' % (
                    '<table:table-column table:style-name="K3"/>' * n, tr))
        ch = chain(d, it)
        if ch:
            body.append(P("H2", "Beslutning i Økonomiudvalget den %s" % long(ch[0])))
            body.append(P("Std", ch[1]))
        body.append(P("H2", "Beslutning i %s den %s" % (B, long(d["date"]))))
        body.append(P("Std", decision_text(d, it)))
    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
               'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2">'
               '<office:automatic-styles>'
               '<style:style style:name="T1" style:family="table"><style:table-properties style:width="16cm" table:align="left" fo:margin-bottom="0.3cm"/></style:style>'
               '<style:style style:name="K1" style:family="table-column"><style:table-column-properties style:column-width="4cm"/></style:style>'
               '<style:style style:name="K2" style:family="table-column"><style:table-column-properties style:column-width="12cm"/></style:style>'
               '<style:style style:name="K3" style:family="table-column"><style:table-column-properties style:column-width="5cm"/></style:style>'
               '<style:style style:name="C1" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #777777" fo:padding="0.08cm"/></style:style>'
               '<style:style style:name="Ttl" style:family="paragraph"><style:text-properties fo:font-size="18pt" fo:font-weight="bold" style:font-name="Liberation Sans"/></style:style>'
               '<style:style style:name="Sub" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.4cm"/><style:text-properties fo:font-size="12pt" style:font-name="Liberation Sans"/></style:style>'
               '<style:style style:name="H1" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.6cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="13pt" fo:font-weight="bold" style:font-name="Liberation Sans"/></style:style>'
               '<style:style style:name="H2" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.3cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="11pt" fo:font-weight="bold" style:font-name="Liberation Serif"/></style:style>'
               '<style:style style:name="Lbl" style:family="paragraph"><style:text-properties fo:font-size="10pt" fo:font-weight="bold" style:font-name="Liberation Serif"/></style:style>'
               '<style:style style:name="Std" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.12cm" fo:keep-together="always" fo:orphans="0" fo:widows="0"/><style:text-properties fo:font-size="11pt" style:font-name="Liberation Serif"/></style:style>'
               '<text:list-style style:name="L1"><text:list-level-style-bullet text:level="1" text:bullet-char="•"><style:list-level-properties text:space-before="0.4cm" text:min-label-width="0.5cm"/></text:list-level-style-bullet></text:list-style>'
               '</office:automatic-styles><office:body><office:text>%s</office:text></office:body></office:document-content>') % "".join(body)
    styles = ('<?xml version="1.0" encoding="UTF-8"?><office:document-styles xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
              'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
              'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2">'
              '<office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" '
              'fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/>'
              '<style:footer-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-top="0.4cm"/></style:footer-style></style:page-layout>'
              '<style:style style:name="Ft" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="8pt"/></style:style></office:automatic-styles>'
              '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"><style:footer>'
              '<text:p text:style-name="Ft">%s, %s – Side <text:page-number text:select-page="current"/> af <text:page-count/></text:p>'
              '</style:footer></style:master-page></office:master-styles></office:document-styles>') % (html.escape(d["body"]), dot(d["date"]))
    return content, styles, heads


def write_odt(path, content, styles):
    with zipfile.ZipFile(path, "w") as z:
        zi = zipfile.ZipInfo("mimetype", (2026, 1, 1, 0, 0, 0)); z.writestr(zi, "application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED)
        for n, s in (("content.xml", content), ("styles.xml", styles),
                     ("META-INF/manifest.xml", '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                      '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                      '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                      '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/></manifest:manifest>')):
            z.writestr(zipfile.ZipInfo(n, (2026, 1, 1, 0, 0, 0)), s, zipfile.ZIP_DEFLATED)


# ---------------------------------------------------------------- D2 Chromium web page with sidebar
def d2_html(d, m):
    B = d["body"]
    side = []
    for x, b in d["all_meetings"]:
        side.append('<li><a href="#">%s %s</a></li>' % (e(b), dot(x)))
    heads, parts = [], []
    for it in d["items"]:
        h = "%s. %s" % (it["number"], it["title"])
        heads.append(h)
        ch = chain(d, it)
        dec = '<div class="beslutning"><h3>Beslutning</h3><p>%s</p></div>' % e(decision_text(d, it))
        parts.append('<section class="punkt"><h2>%s</h2><p class="meta">Sagsnr. %s · %s</p>%s%s%s<p class="top"><a href="#">Til toppen</a></p></section>' % (
            e(h), e(it["caseno"]), e(access(it)), dec,
            html_blocks(blocks(it["sc"], "Direktionen indstiller,")),
            ('<h3>%s, %s</h3><p>%s</p>' % ("Økonomiudvalget", dot(ch[0]), e(ch[1]))) if ch else ""))
    title = "%s - Referat %s - %s Kommune" % (B, dot(d["date"]), d["muni"])
    return heads, """<!doctype html><html lang="da"><head><meta charset="utf-8"><title>%s</title>
<style>body{font-family:'DejaVu Sans',sans-serif;font-size:10.5pt;margin:0}
.skip{font-size:8pt}.crumbs{font-size:8.5pt;color:#444;margin:4px 0 10px}
.wrap{display:flex}aside{width:27%%;font-size:8.5pt;border-right:1px solid #bbb;padding-right:8px;margin-right:12px}
main{width:70%%}h1{font-size:17pt;margin:0 0 6px}h2{font-size:13pt;margin:18px 0 4px;border-top:2px solid #2a5d8f;padding-top:6px}
h3{font-size:10.5pt;margin:10px 0 2px}.meta{color:#555;font-size:9pt}.beslutning{background:#eef3f8;padding:2px 8px}
table.niveau{border-collapse:collapse}table.niveau td,table.niveau th{border:1px solid #999;padding:2px 5px;font-size:9.5pt}
.top{font-size:8pt}p,li,h2,h3{break-inside:avoid;page-break-inside:avoid}h2,h3{break-after:avoid;page-break-after:avoid}</style></head><body>
<p class="skip"><a href="#indhold">Gå til indhold</a></p>
<p class="crumbs">Forside › Politik › Dagsordener og referater › %s</p>
<div class="wrap"><aside><h4>Møder %d</h4><ul>%s</ul><p>Søg i dagsordener</p></aside>
<main id="indhold"><h1>%s – Referat</h1>
<p>Dato: %s<br>Tidspunkt: %s<br>Sted: %s<br>Afbud: %s</p>
%s</main></div></body></html>""" % (e(title), e(B), d["date"].year, "".join(side), e(B), dot(d["date"]),
                                     "kl. %s" % m["start"], e(m["place"]), e(", ".join(m["absent"]) or "Ingen"), "\n".join(parts))


# ---------------------------------------------------------------- D3 enscript protocol
def latin(s):
    s = s.replace("–", "-").replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"').replace("…", "...").replace("›", ">").replace("·", "-")
    s.encode("latin-1")
    return s


D3_LINES = 70


def d3_text(d, m):
    W = 78
    B = d["body"]
    L = ["%s KOMMUNE" % d["muni"].upper(), "", "BESLUTNINGSPROTOKOL", "",
         "Udvalg:      %s" % B, "Mødedato:    %s" % dash(d["date"]), "Tidspunkt:   %s - %s" % (m["start"], m["end"]),
         "Sted:        %s" % m["place"], "Fraværende:  %s" % (", ".join(m["absent"]) or "Ingen"), "", "=" * W]
    heads = []
    for it in d["items"]:
        h = "Sag nr. %s   %s" % (it["number"], it["title"])
        heads.append(h)
        L += ["", h, "%s   Sagsnr. %s" % (access(it), it["caseno"]), ""]
        for k, v in blocks(it["sc"], "Forvaltningen indstiller,"):
            if k == "h":
                L += ["", v + ":"]
            elif k == "p":
                L += textwrap.wrap(v, W)
            elif k == "ul":
                for x in v:
                    L += textwrap.wrap(x, W, initial_indent="  - ", subsequent_indent="    ")
            else:
                ws = [max(len(r[i]) for r in v) + 2 for i in range(len(v[0]))]
                for i, row in enumerate(v):
                    L.append("  " + "".join(c.ljust(w) for c, w in zip(row, ws)))
                    if i == 0:
                        L.append("  " + "-" * (sum(ws) - 2))
        ch = chain(d, it)
        if ch:
            L += ["", "Økonomiudvalget %s:" % dash(ch[0])] + textwrap.wrap(ch[1], W)
        L += [""] + textwrap.wrap(decision_text(d, it), W) + ["", "-" * W]
    # paginate by hand so that no paragraph is split over two pages (a form feed before it)
    out, n, i = [], 0, 0
    paras, cur = [], []
    for x in L:
        if x == "":
            if cur:
                paras.append(cur); cur = []
            paras.append([""])
        else:
            cur.append(x)
    if cur:
        paras.append(cur)
    for p in paras:
        if n + len(p) > D3_LINES and n > 0:
            out.append("\f"); n = 0
            if p == [""]:
                continue
        out.extend(p); n += len(p)
    txt = "\n".join(out).replace("\n\f\n", "\f")
    return heads, latin(txt + "\n")


# ---------------------------------------------------------------- D4 one HTML file per item + index
def d4_pages(d, m):
    B = d["body"]
    stem = os.path.basename(fname(d, "html"))[:-5]
    css = "<style>body{font-family:Arial,sans-serif;max-width:52em}h1{font-size:1.4em}.lbl{font-weight:bold}</style>"
    files = []
    lis = []
    for it in d["items"]:
        f = "%s-punkt-%02d.html" % (stem, it["number"])
        lis.append('<li><a href="%s">Punkt %s: %s</a></li>' % (f, it["number"], e(it["title"])))
        h = "Punkt %s: %s" % (it["number"], it["title"])
        ch = chain(d, it)
        page = """<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>%s - %s - %s</title>%s</head><body>
<nav><a href="%s.html">Tilbage til dagsordenen</a></nav>
<p><span class="lbl">Udvalg:</span> %s<br><span class="lbl">Mødedato:</span> %s kl. %s</p>
<h1>%s</h1><p>%s · Sagsnr. %s</p>
%s
%s<h3>Beslutning i %s den %s</h3><p>%s</p>
<footer><p>%s Kommune · Dagsordener og referater</p></footer></body></html>""" % (
            e(B), dash(d["date"]), e(it["title"]), css, stem, e(B), dash(d["date"]), m["start"], e(h), e(access(it)), e(it["caseno"]),
            html_blocks(blocks(it["sc"], "Forvaltningen indstiller til %s," % B)),
            ('<h3>Beslutning i Økonomiudvalget den %s</h3><p>%s</p>' % (dash(ch[0]), e(ch[1]))) if ch else "",
            e(B), dash(d["date"]), e(decision_text(d, it)), e(d["muni"]))
        files.append((f, page, [h], [it]))
    index = """<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>%s %s - Referat</title>%s</head><body>
<h1>%s - Referat</h1><p><span class="lbl">Udvalg:</span> %s<br><span class="lbl">Mødedato:</span> %s<br>
<span class="lbl">Tidspunkt:</span> %s-%s<br><span class="lbl">Sted:</span> %s<br><span class="lbl">Fraværende:</span> %s</p>
<h2>Punkter</h2><ol>%s</ol></body></html>""" % (e(B), dash(d["date"]), css, e(B), e(B), dash(d["date"]), m["start"], m["end"],
                                              e(m["place"]), e(", ".join(m["absent"]) or "Ingen"), "".join(lis))
    return stem, index, files


# ---------------------------------------------------------------- H1 wkhtmltopdf (Prepare)
def h1_html(d, m):
    B = d["body"]
    heads, parts = [], []
    r = random.Random("%s|ou|%s" % (d["muni"], d["date"]))
    for it in d["items"]:
        h = "Pkt. %s %s" % (it["number"], it["title"])
        heads.append(h)
        ch = chain(d, it)
        cht = ('<h4>Beslutning fra Økonomiudvalget, %s, pkt. %d:</h4><p>%s</p>' % (long(ch[0]), r.randint(100, 260), e(ch[1]))) if ch else ""
        fra = ("<p>Fraværende: %s</p>" % e(", ".join(m["absent"]))) if m["absent"] else ""
        parts.append('<div class="pkt"><h2>%s</h2><p class="sag">Sagsnr.: %s &nbsp; %s</p>%s%s<h4>Beslutning i %s den %s</h4>%s<p>%s</p></div>' % (
            e(h), e(it["caseno"]), e(access(it)), html_blocks(blocks(it["sc"], "Administrationen indstiller til %s via Økonomiudvalget," % d["council_body"]), "h4"),
            cht, e(B), long(d["date"]), fra, e(decision_text(d, it))))
    return heads, """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Referat</title><style>
body{font-family:'Liberation Sans',Arial;font-size:11pt}h1{font-size:20pt;margin-bottom:2px}h2{font-size:13.5pt;margin-top:22px;color:#173f5f}
h4{margin:10px 0 2px;font-size:11pt}.sag{font-size:9.5pt;color:#555}table.niveau{border-collapse:collapse}
table.niveau td,table.niveau th{border:1px solid #888;padding:3px 6px}p,li,tr{page-break-inside:avoid}h2,h4{page-break-after:avoid}</style></head><body>
<h1>Referat</h1><p style="font-size:14pt;margin-top:0">%s</p>
<p>Dato: %s<br>Starttidspunkt: %s<br>Sluttidspunkt: %s<br>Sted: %s<br>Fraværende med afbud: %s<br>Stedfortrædere: %s</p>
%s</body></html>""" % (e(B), wlong(d["date"]), m["start"].replace(".", ":"), m["end"].replace(".", ":"), e(m["place"]),
                       e(", ".join(m["absent"]) or "Ingen"), e(", ".join(m["sub"]) or "Ingen"), "\n".join(parts))


# ---------------------------------------------------------------- H2 WeasyPrint (FirstAgenda)
def h2_html(d, m):
    B = d["body"]
    heads, parts = [], []
    for it in d["items"]:
        h = "Nr. %s - %s" % (it["number"], it["title"])
        heads.append(h)
        ch = chain(d, it)
        bl = blocks(it["sc"], "Administrationen indstiller,")
        bl = [("h", "Sagens kerne") if (k == "h" and v == "Resumé") else (k, v) for k, v in bl]
        parts.append('<div class="pkt"><h2>%s</h2><p class="sag">%s · Sagsnr. %s</p><h3>Beslutning</h3><p>%s</p>%s%s</div>' % (
            e(h), e(access(it)), e(it["caseno"]), e(decision_text(d, it)),
            ('<h3>Økonomiudvalgets beslutning den %s</h3><p>%s</p>' % (dot(ch[0]), e(ch[1]))) if ch else "",
            html_blocks(bl)))
    return heads, """<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>%s - Referat</title><style>
@page{size:A4;margin:2cm 2cm 2.2cm 2cm;@bottom-right{content:"Side " counter(page) " af " counter(pages);font-size:8pt}
@top-left{content:"%s Kommune";font-size:8pt;color:#666}}
body{font-family:'DejaVu Serif',serif;font-size:10.5pt}h1{font-family:'DejaVu Sans';font-size:18pt}
h2{font-family:'DejaVu Sans';font-size:12.5pt;margin-top:20px;background:#e9eef2;padding:4px}h3{font-size:10.5pt;margin:8px 0 2px}
.sag{font-size:9pt;color:#555}table{border-collapse:collapse;margin:6px 0}td,th{border:1px solid #9aa;padding:3px 6px;font-size:9.5pt}
th{background:#dde5ea;text-align:left}table.fakta td{border:none;padding:1px 8px 1px 0}p,li,tr{break-inside:avoid}h2,h3{break-after:avoid}</style></head><body>
<h1>%s - Referat</h1><h3>Mødefakta</h3><table class="fakta">
<tr><td>Dato:</td><td>%s</td></tr><tr><td>Tid:</td><td>%s - %s</td></tr><tr><td>Sted:</td><td>%s</td></tr>
<tr><td>Afbud:</td><td>%s</td></tr></table>
%s</body></html>""" % (e(B), e(d["muni"]), e(B), dot(d["date"]), m["start"], m["end"], e(m["place"]),
                       e(", ".join(m["absent"]) or "Ingen"), "\n".join(parts))


# ---------------------------------------------------------------- H3 groff -ms + Ghostscript
def g(s):
    s = s.replace("\\", "\\e")
    return "\n".join(("\\&" + x if x[:1] in ".'" else x) for x in s.split("\n"))


def h3_roff(d, m):
    B = d["body"]
    L = [".nr HY 0", ".nh", ".hy 0", ".nr PS 10", ".nr VS 12", ".nr PO 1i", ".nr LL 6.3i", '.ds CH', '.ds CF Side %',
         '.ds LF %s' % g("%s Kommune" % d["muni"]), '.ds RF %s' % g(dash(d["date"])),
         ".LP", ".ps 15", ".B \"%s\"" % g("Referat fra %s møde" % own(B)), ".ps 10", ".LP",
         g("Mødedato: %s" % wlong(d["date"])), ".br", g("Mødetidspunkt: kl. %s" % m["start"]), ".br", g("Mødested: %s" % m["place"]),
         ".br", g("Fraværende: %s" % (", ".join(m["absent"]) or "Ingen")), ".br", g("Deltagere: %s" % ", ".join(m["members"]))]
    heads = []
    for it in d["items"]:
        h = "%s. %s" % (it["number"], it["title"])
        heads.append(h)
        L += [".SH", g(h), ".LP", g("%s   %s" % (access(it), it["caseno"]))]
        for k, v in blocks(it["sc"], "Administrationen indstiller,"):
            if k == "h":
                L += [".LP", ".B \"%s\"" % g(v).replace('"', "''"), ".br"]
            elif k == "p":
                L += [".KS", ".LP", g(v), ".KE"]
            elif k == "ul":
                for x in v:
                    L += [".KS", ".IP \\(bu 3", g(x), ".KE"]
            else:
                L += [".LP", ".TS", "box;", " ".join(["lb"] * len(v[0])) + ".", " ".join(["l"] * len(v[0])) + "."]
                for row in v:
                    L.append("\t".join(g(c) for c in row))
                L.append(".TE")
        ch = chain(d, it)
        if ch:
            L += [".KS", ".LP", ".B \"%s\"" % g("Økonomiudvalgets beslutning den %s" % dash(ch[0])), ".br", g(ch[1]), ".KE"]
        L += [".KS", ".LP", ".B \"%s\"" % g("%s beslutning den %s" % (own(B), dash(d["date"]))), ".br", g(decision_text(d, it)), ".KE"]
    return heads, "\n".join(L) + "\n"


# ---------------------------------------------------------------- H4 HTML windows-1252
def h4_html(d, m):
    B = d["body"]
    heads, parts = [], []
    r = random.Random("%s|ou4|%s" % (d["muni"], d["date"]))
    for it in d["items"]:
        h = "Punkt %s %s" % (it["number"], it["title"])
        heads.append(h)
        ch = chain(d, it)
        parts.append('<div class="punkt"><h2>%s</h2><p><b>%s</b> &ndash; %s</p>%s%s<h3>Beslutninger</h3><p>%s</p></div>' % (
            e(h), e(access(it)), e(it["caseno"]), html_blocks(blocks(it["sc"], "Forvaltningen indstiller,"), "h3"),
            ('<h3>Økonomiudvalget, %s, pkt. %d:</h3><p>%s</p>' % (long(ch[0]), r.randint(80, 240), e(ch[1]))) if ch else "",
            e(decision_text(d, it, per_bullet=True))))
    doc = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><title>%s %s</title>
<style>body{font-family:Verdana,sans-serif;font-size:10pt}dt{font-weight:bold;float:left;width:9em}dd{margin-left:10em}</style></head><body>
<h1>%s &ndash; Beslutningsprotokol</h1><dl><dt>Mødedato</dt><dd>%s</dd><dt>Mødetidspunkt</dt><dd>kl. %s</dd>
<dt>Mødested</dt><dd>%s</dd><dt>Deltagere</dt><dd>%s</dd><dt>Fraværende</dt><dd>%s</dd></dl><hr>
%s<hr><p>%s Kommune</p></body></html>""" % (e(B), long(d["date"]), e(B), long(d["date"]), m["start"], e(m["place"]),
                                           e(", ".join(m["members"])), e(", ".join(m["absent"]) or "Ingen"), "\n".join(parts), e(d["muni"]))
    return heads, doc


# ---------------------------------------------------------------- dispatch
def render_doc(lay, batch, hdir, srcdir, out, half):
    """Render one layout's documents; return [(doc, [file dicts])]."""
    corpus = os.path.join(hdir, "corpus")
    home = os.environ.get("HOME") or os.path.join(out, ".home")
    res = []
    for d in batch:
        for it in d["items"]:
            it["title"] = latin(it["sc"]["t"]) if lay == "D3" else it["sc"]["t"]
        os.makedirs(os.path.join(corpus, d["muni"]), exist_ok=True)
        os.makedirs(os.path.join(srcdir, d["muni"]), exist_ok=True)
    if lay == "D1":
        jobs = []
        for d in batch:
            m = meta(d)
            c, s, heads = odt_xml(d, m)
            src = os.path.join(srcdir, fname(d, "odt"))
            write_odt(src, c, s)
            jobs.append((d, src, heads))
        lo = os.path.join(out, "src", "lo-out")
        os.makedirs(lo, exist_ok=True)
        for d, src, heads in jobs:  # one document at a time
            run(["soffice", "-env:UserInstallation=file://%s/libreoffice" % home, "--headless", "--norestore",
                 "--convert-to", "pdf", "--outdir", lo, src])
            pdf = os.path.join(corpus, fname(d, "pdf"))
            shutil.move(os.path.join(lo, os.path.basename(src)[:-4] + ".pdf"), pdf)
            res.append((d, [dict(document=fname(d, "pdf"), pdf=True, text=pdftotext(pdf), heads=heads, items=d["items"])]))
    elif lay == "D2":
        printdir = "/tmp/spot21-print"
        for d in batch:
            m = meta(d)
            heads, doc = d2_html(d, m)
            src = os.path.join(srcdir, fname(d, "html"))
            open(src, "w", encoding="utf-8").write(doc)
            pth = os.path.join(printdir, fname(d, "html"))
            os.makedirs(os.path.dirname(pth), exist_ok=True)
            shutil.copy(src, pth)
            pdf = os.path.join(corpus, fname(d, "pdf"))
            stamp = d["date"] + __import__("datetime").timedelta(days=1)
            run(["faketime", "%s 10:%02d:00" % (stamp.isoformat(), d["date"].day), "chromium", "--headless", "--no-sandbox",
                 "--disable-gpu", "--lang=da", "--user-data-dir=%s/chromium" % home, "--no-first-run",
                 "--print-to-pdf=%s" % pdf, "file://" + pth])
            res.append((d, [dict(document=fname(d, "pdf"), pdf=True, text=pdftotext(pdf), heads=heads, items=d["items"])]))
        shutil.rmtree(printdir, ignore_errors=True)
    elif lay == "D3":
        for d in batch:
            m = meta(d)
            heads, txt = d3_text(d, m)
            src = os.path.join(srcdir, fname(d, "txt"))
            open(src, "w", encoding="latin-1").write(txt)
            ps = src[:-4] + ".ps"
            run(["enscript", "-q", "-M", "A4", "-X", "latin1", "-f", "Courier9", "-F", "Courier-Bold9", "--margins=60:50:30:40",
                 "--lines-per-page=%d" % D3_LINES,
                 "-b", latin("%s|Beslutningsprotokol %s|Side $%% af $=" % (d["body"], dash(d["date"]))).encode("latin-1"), "-o", ps, src])
            pdf = os.path.join(corpus, fname(d, "pdf"))
            run(["ps2pdf", ps, pdf])
            res.append((d, [dict(document=fname(d, "pdf"), pdf=True, text=pdftotext(pdf), heads=heads, items=d["items"])]))
    elif lay == "D4":
        for d in batch:
            m = meta(d)
            stem, index, files = d4_pages(d, m)
            fl = []
            doc = "%s/%s.html" % (d["muni"], stem)
            open(os.path.join(corpus, doc), "w", encoding="utf-8").write(index)
            fl.append(dict(document=doc, pdf=False, text=html_text(index), heads=[], items=[]))
            for f, page, heads, its in files:
                docf = "%s/%s" % (d["muni"], f)
                open(os.path.join(corpus, docf), "w", encoding="utf-8").write(page)
                fl.append(dict(document=docf, pdf=False, text=html_text(page), heads=heads, items=its))
            res.append((d, fl))
    elif lay == "H1":
        for d in batch:
            m = meta(d)
            heads, doc = h1_html(d, m)
            src = os.path.join(srcdir, fname(d, "html"))
            open(src, "w", encoding="utf-8").write(doc)
            pdf = os.path.join(corpus, fname(d, "pdf"))
            run(["wkhtmltopdf", "-q", "--encoding", "utf-8", "--footer-font-size", "8", "--footer-center", "Side [page] af [topage]",
                 "--footer-left", "%s %s" % (d["body"], dot(d["date"])), "--margin-bottom", "18mm", src, pdf])
            res.append((d, [dict(document=fname(d, "pdf"), pdf=True, text=pdftotext(pdf), heads=heads, items=d["items"])]))
    elif lay == "H2":
        jobs = []
        for d in batch:
            m = meta(d)
            heads, doc = h2_html(d, m)
            src = os.path.join(srcdir, fname(d, "html"))
            open(src, "w", encoding="utf-8").write(doc)
            jobs.append((d, src, os.path.join(corpus, fname(d, "pdf")), heads))
        lst = os.path.join(srcdir, "weasy-jobs.txt")
        open(lst, "w", encoding="utf-8").write("".join("%s\t%s\n" % (s, p) for _, s, p, _ in jobs))
        py = "/usr/bin/python3" if os.path.exists("/usr/bin/python3") else "python3"
        # one WeasyPrint process renders the documents one after another (saves its start-up per file)
        code = ("import sys,weasyprint\nfor l in open(sys.argv[1],encoding='utf-8'):\n s,p=l.rstrip('\\n').split('\\t')\n"
                " weasyprint.HTML(filename=s).write_pdf(p)\n")
        p = subprocess.run([py, "-c", code, lst], capture_output=True)
        if p.returncode != 0:  # fall back to the command line tool, one file per call
            for _, s, pdf, _ in jobs:
                run(["weasyprint", "-q", s, pdf])
        for d, s, pdf, heads in jobs:
            res.append((d, [dict(document=fname(d, "pdf"), pdf=True, text=pdftotext(pdf), heads=heads, items=d["items"])]))
    elif lay == "H3":
        for d in batch:
            m = meta(d)
            heads, roff = h3_roff(d, m)
            src = os.path.join(srcdir, fname(d, "ms"))
            open(src, "w", encoding="utf-8").write(roff)
            ps = run(["groff", "-k", "-t", "-ms", "-Tps", "-dpaper=a4", "-P-pa4", src]).stdout
            psf = src[:-3] + ".ps"
            open(psf, "wb").write(ps)
            mid = src[:-3] + "-distilled.pdf"
            run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite", "-sPAPERSIZE=a4", "-o", mid, psf])
            pdf = os.path.join(corpus, fname(d, "pdf"))
            run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite", "-dPDFSETTINGS=/ebook",
                 "-dCompatibilityLevel=1.4", "-o", pdf, mid])
            res.append((d, [dict(document=fname(d, "pdf"), pdf=True, text=pdftotext(pdf), heads=heads, items=d["items"])]))
    elif lay == "H4":
        for d in batch:
            m = meta(d)
            heads, doc = h4_html(d, m)
            path = os.path.join(corpus, fname(d, "html"))
            open(path, "w", encoding="cp1252").write(doc)
            txt = html_text(open(path, encoding="cp1252").read())
            res.append((d, [dict(document=fname(d, "html"), pdf=False, text=txt, heads=heads, items=d["items"])]))
    return res
