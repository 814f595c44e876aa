# -*- coding: utf-8 -*-
"""Renderers for the 8 layouts of corpus 23. Each returns document records for gen.py."""
import html, os, shutil, subprocess, textwrap, zipfile

PRODUCER = {
    "odt_lo": "LibreOffice (soffice --convert-to pdf) from .odt",
    "chromium_sidebar": "Chromium --print-to-pdf with its header/footer print stamp",
    "groff_protocol": "groff -ms -t (tbl) -> PostScript -> ps2pdf",
    "html_items_utf8": "static HTML, utf-8, one file per item plus an index page",
    "wkhtml_agenda": "wkhtmltopdf with header and 'Side x af y' footer",
    "weasy_decision_first": "WeasyPrint",
    "enscript_gs": "enscript (latin1 text) -> ps2pdf -> Ghostscript pdfwrite re-distilled (/ebook)",
    "html_cp1252": "static HTML, windows-1252, one page per meeting",
}
SHAPE = {
    "odt_lo": "Word-like minutes, two-column header table, 'Punkt N. Title', Sagsnr. line, decision chain headings",
    "chromium_sidebar": "web page with a sidebar of other meetings (PolWeb-like), 'Nr.N - Title', 'Sagens kerne'",
    "groff_protocol": "Beslutningsprotokol with running item numbers 'Pkt. N', inline labels, decisions as 'Beslutning:'",
    "html_items_utf8": "OS2dagsorden-like: index page with links, one page per item repeating body and date, breadcrumbs",
    "wkhtml_agenda": "FirstAgenda-like: 'N. Title', 'Sagsnr. EMN-…  Åbent punkt', Resumé/Sagsfremstilling/Indstilling/Beslutning",
    "weasy_decision_first": "Prepare-like: 'Mødefakta' box, decision first, then recommendation, chain and background",
    "enscript_gs": "SBSYS-like plain-text protocol: 'Sag nr. N', 'Dok. …', 'Beslutning i Kommunalbestyrelsen den dd-mm-åååå:'",
    "html_cp1252": "eDoc/Acadre export: 'Udvalg:' label table, 'Åbent punkt'/'Lukket punkt', 'Beskrivelse af sagen'",
}
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"]
WD = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]


def ld(d):
    return "%d. %s %d" % (d.day, MONTHS[d.month - 1], d.year)


def parse(body):
    """mini markup -> [(kind, label, blocks)]; kind in sag, ind, bes, chain, plain; blocks: ('p',t)|('ul',[..])|('table',rows)"""
    secs, cur = [], None
    for raw in body.strip("\n").split("\n"):
        line = raw.rstrip()
        if line.startswith("## "):
            h = line[3:].strip()
            if h.startswith("@chain "):
                b, _, dt = h[7:].partition("|")
                cur = ["chain", (b.strip(), dt.strip()), []]
            elif h in ("@sag", "@ind", "@bes"):
                cur = [h[1:], None, []]
            else:
                cur = ["plain", h, []]
            secs.append(cur)
            continue
        if cur is None:
            cur = ["sag", None, []]
            secs.append(cur)
        bl = cur[2]
        if not line.strip():
            bl.append(None)
        elif line.startswith("- "):
            if bl and bl[-1] and bl[-1][0] == "ul":
                bl[-1][1].append(line[2:])
            else:
                bl.append(("ul", [line[2:]]))
        elif line.startswith("|"):
            cells = [c.strip() for c in line.strip("|").split("|")]
            if bl and bl[-1] and bl[-1][0] == "table":
                bl[-1][1].append(cells)
            else:
                bl.append(("table", [cells]))
        else:
            if bl and bl[-1] and bl[-1][0] == "p":
                bl[-1] = ("p", bl[-1][1] + " " + line.strip())
            else:
                bl.append(("p", line.strip()))
    return [(k, l, [b for b in bl if b]) for k, l, bl in secs]


def labels(layout, m):
    d = m["date"]
    B = m["body_name"]
    if layout == "odt_lo":
        return dict(sag="Sagsfremstilling", ind="Indstilling", bes="Beslutning i %s den %s" % (B, ld(d)),
                    chain=lambda b, dt: "Beslutning i %s den %s" % (b, dt))
    if layout == "chromium_sidebar":
        return dict(sag="Sagens kerne", ind="Indstilling", bes="Beslutning i %s den %s" % (B, d.strftime("%d-%m-%Y")),
                    chain=lambda b, dt: "Beslutning i %s den %s" % (b, dt))
    if layout == "groff_protocol":
        return dict(sag="Sagsfremstilling", ind="Forslag", bes="Beslutning", chain=lambda b, dt: "%s, %s" % (b, dt))
    if layout == "html_items_utf8":
        return dict(sag="Sagsfremstilling", ind="Indstilling", bes="Beslutning", chain=lambda b, dt: "Beslutning i %s den %s" % (b, dt))
    if layout == "wkhtml_agenda":
        return dict(sag="Sagsfremstilling", ind="Indstilling", bes="Beslutning",
                    chain=lambda b, dt: "Beslutning i %s den %s" % (b, dt))
    if layout == "weasy_decision_first":
        return dict(sag="Sagsfremstilling", ind="Indstilling", bes="%ss beslutning den %s" % (B, ld(d)),
                    chain=lambda b, dt: "Beslutning i %s den %s" % (b, dt))
    if layout == "enscript_gs":
        return dict(sag="Sagsfremstilling", ind="Indstilling", bes="Beslutning i %s den %s" % (B, d.strftime("%d-%m-%Y")),
                    chain=lambda b, dt: "Beslutning i %s den %s" % (b, dt))
    if layout == "html_cp1252":
        return dict(sag="Beskrivelse af sagen", ind="Indstilling", bes="Beslutning",
                    chain=lambda b, dt: "Beslutning i %s den %s" % (b, dt))
    raise KeyError(layout)


def sections(layout, m, it):
    L = labels(layout, m)
    secs = parse(it["body"])
    out = []
    for k, l, bl in secs:
        if k == "chain":
            lab = L["chain"](*l)
        elif k == "plain":
            lab = l
        else:
            lab = L[k]
        out.append((k, lab, bl))
    if layout == "weasy_decision_first":
        rank = {"bes": 0, "ind": 1, "chain": 2, "sag": 3, "plain": 4}
        out = sorted(out, key=lambda s: rank[s[0]])
    return out


def fname(half, m, ext):
    pre = "oeu" if m["kind"] == "committee" else ("byraad" if half == "dev" else "kb")
    return "%s-referat-%s.%s" % (pre, m["date"].isoformat(), ext)


def e(s):
    return html.escape(s, quote=False)


def html_blocks(bl, para_cls="keep"):
    out = []
    for b in bl:
        if b[0] == "p":
            out.append('<p class="%s">%s</p>' % (para_cls, e(b[1])))
        elif b[0] == "ul":
            out.append('<ul class="keep">' + "".join("<li>%s</li>" % e(x) for x in b[1]) + "</ul>")
        else:
            rows = b[1]
            out.append('<table class="lvl"><thead><tr>' + "".join("<th>%s</th>" % e(c) for c in rows[0]) + "</tr></thead><tbody>" +
                       "".join("<tr>" + "".join("<td>%s</td>" % e(c) for c in r) + "</tr>" for r in rows[1:]) + "</tbody></table>")
    return "\n".join(out)


def closed_label(it, short=False):
    return "Lukket punkt" if it.get("closed") else "Åbent punkt"


# ---------------------------------------------------------------- ODT (LibreOffice)

ODT_STYLES = """<office:automatic-styles>
<style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.2cm"/><style:text-properties fo:font-size="18pt" fo:font-weight="bold" style:font-name="Liberation Sans"/></style:style>
<style:style style:name="Item" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.6cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="13pt" fo:font-weight="bold" style:font-name="Liberation Sans"/></style:style>
<style:style style:name="Sec" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.25cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="11pt" fo:font-weight="bold" style:font-name="Liberation Sans"/></style:style>
<style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.15cm" fo:keep-together="always"/><style:text-properties fo:font-size="10.5pt" style:font-name="Liberation Serif"/></style:style>
<style:style style:name="Small" style:family="paragraph"><style:text-properties fo:font-size="9pt" fo:font-style="italic" style:font-name="Liberation Sans"/></style:style>
<style:style style:name="Cell" style:family="paragraph"><style:text-properties fo:font-size="10pt" style:font-name="Liberation Sans"/></style:style>
<style:style style:name="TCell" style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm" fo:border="0.5pt solid #888888"/></style:style>
<style:style style:name="HTab" style:family="table"><style:table-properties style:width="16cm" table:align="left"/></style:style>
<style:style style:name="HColA" style:family="table-column"><style:table-column-properties style:column-width="4cm"/></style:style>
<style:style style:name="HColB" style:family="table-column"><style:table-column-properties style:column-width="12cm"/></style:style>
</office:automatic-styles>"""

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2"')


def x(s):
    return html.escape(s, quote=True)


def odt_table(rows, colstyles=None):
    n = max(len(r) for r in rows)
    s = ['<table:table table:name="T" table:style-name="HTab">']
    if colstyles:
        s += ['<table:table-column table:style-name="%s"/>' % c for c in colstyles]
    else:
        s.append('<table:table-column table:number-columns-repeated="%d"/>' % n)
    for r in rows:
        s.append("<table:table-row>" + "".join('<table:table-cell table:style-name="TCell" office:value-type="string"><text:p text:style-name="Cell">%s</text:p></table:table-cell>' % x(c) for c in r) + "</table:table-row>")
    s.append("</table:table>")
    return "".join(s)


def odt_doc(half, m, path):
    P = lambda st, t: '<text:p text:style-name="%s">%s</text:p>' % (st, x(t))
    body = [P("Title", "%s Kommune" % m["muni"]), P("Sec", "Referat – %s" % m["body_name"])]
    body.append(odt_table([["Udvalg", m["body_name"]], ["Mødedato", "%s den %s" % (WD[m["date"].weekday()].capitalize(), ld(m["date"]))],
                           ["Mødetidspunkt", "Kl. %s" % m["time"]], ["Mødested", m["place"]], ["Fraværende", m["absent"]],
                           ["Medlemmer", m["members"]]], ["HColA", "HColB"]))
    heads = []
    for it in m["items"]:
        h = "Punkt %d. %s" % (it["number"], it["title"])
        heads.append(h)
        body.append(P("Item", h))
        body.append(P("Small", "Sagsnr.: %s    %s" % (it["sagsnr"], closed_label(it))))
        for k, lab, bl in sections("odt_lo", m, it):
            body.append(P("Sec", lab))
            for b in bl:
                if b[0] == "p":
                    body.append(P("Body", b[1]))
                elif b[0] == "ul":
                    body += [P("Body", "• " + t) for t in b[1]]
                else:
                    body.append(odt_table(b[1]))
    content = '<?xml version="1.0" encoding="UTF-8"?><office:document-content %s>%s<office:body><office:text>%s</office:text></office:body></office:document-content>' % (NS, ODT_STYLES, "".join(body))
    man = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
           '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
           '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>')
    with zipfile.ZipFile(path, "w") as z:
        zi = zipfile.ZipInfo("mimetype", (2027, 1, 1, 0, 0, 0))
        z.writestr(zi, "application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED)
        for n, c in (("META-INF/manifest.xml", man), ("content.xml", content)):
            z.writestr(zipfile.ZipInfo(n, (2027, 1, 1, 0, 0, 0)), c, compress_type=zipfile.ZIP_DEFLATED)
    return heads


# ---------------------------------------------------------------- HTML pages for PDF producers

CSS_BASE = """body{font-family:'Liberation Sans',Arial,sans-serif;font-size:10.5pt;line-height:1.35;color:#111}
h1{font-size:17pt;margin:0 0 6pt} h2{font-size:13pt;margin:16pt 0 4pt;page-break-after:avoid}
h3{font-size:10.5pt;margin:9pt 0 2pt;page-break-after:avoid} .keep{page-break-inside:avoid}
p{margin:0 0 5pt} table.lvl{border-collapse:collapse;margin:4pt 0 8pt;page-break-inside:avoid}
table.lvl td,table.lvl th{border:1px solid #999;padding:2pt 5pt;font-size:9.5pt;text-align:left}
.meta{color:#444;font-size:9pt}"""


def chromium_page(half, m, siblings):
    L = []
    heads = []
    side = "".join('<li>%s<br>%s</li>' % (e(s["body_name"]), s["date"].strftime("%d.%m.%Y")) for s in siblings)
    L.append('<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>%s - Referat - %s - %s Kommune</title><style>%s'
             '.wrap{display:flex;gap:14pt} aside{width:120pt;flex:none;font-size:8.5pt;border-right:1px solid #bbb;padding-right:8pt}'
             'aside ul{list-style:none;padding:0} aside li{margin-bottom:6pt} main{flex:1}</style></head><body>'
             % (e(m["body_name"]), m["date"].strftime("%d-%m-%Y"), e(m["muni"]), CSS_BASE))
    L.append('<div class="meta">Gå til indhold · Forside › Politik › Referater</div>')
    L.append('<div class="wrap"><aside><b>Andre møder</b><ul>%s</ul></aside><main>' % side)
    L.append("<h1>%s – Referat</h1>" % e(m["body_name"]))
    L.append("<p>Mødedato: %s<br>Tidspunkt: %s<br>Sted: %s<br>Fraværende: %s</p>" % (m["date"].strftime("%d-%m-%Y"), m["time"], e(m["place"]), e(m["absent"])))
    for it in m["items"]:
        h = "Nr.%d - %s" % (it["number"], it["title"])
        heads.append(h)
        L.append("<h2>%s</h2><div class='meta'>Sagsnr. %s · %s</div>" % (e(h), e(it["sagsnr"]), closed_label(it)))
        for k, lab, bl in sections("chromium_sidebar", m, it):
            L.append("<h3>%s</h3>%s" % (e(lab), html_blocks(bl)))
    L.append('<p class="meta">Til toppen</p></main></div></body></html>')
    return "\n".join(L), heads


def wk_page(half, m):
    L = ['<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>Referat</title><style>%s h2{border-top:2px solid #1b4f72;padding-top:4pt}</style></head><body>' % CSS_BASE]
    L.append("<h1>Referat</h1><h2 style='border:0'>%s</h2>" % e(m["body_name"]))
    L.append("<table class='lvl'><tr><td>Dato</td><td>%s</td></tr><tr><td>Tidspunkt</td><td>Kl. %s</td></tr><tr><td>Sted</td><td>%s</td></tr><tr><td>Afbud</td><td>%s</td></tr></table>"
             % (m["date"].strftime("%d.%m.%Y"), m["time"], e(m["place"]), e(m["absent"])))
    heads = []
    for it in m["items"]:
        h = "%d. %s" % (it["number"], it["title"])
        heads.append(h)
        L.append("<h2>%s</h2><div class='meta'>Sagsnr. %s &nbsp; %s</div>" % (e(h), e(it["sagsnr"]), closed_label(it)))
        for k, lab, bl in sections("wkhtml_agenda", m, it):
            L.append("<h3>%s</h3>%s" % (e(lab), html_blocks(bl)))
    L.append("</body></html>")
    return "\n".join(L), heads


def weasy_page(half, m):
    L = ['<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>%s</title><style>%s'
         '@page{size:A4;margin:2cm 2cm 2.2cm;@bottom-right{content:"Side " counter(page) " af " counter(pages);font-size:8pt}'
         '@top-left{content:"%s Kommune · %s · %s";font-size:8pt;color:#555}}'
         '.facts{border:1px solid #8aa;background:#eef4f4;padding:6pt;margin-bottom:10pt} .facts dt{font-weight:bold;float:left;width:90pt} .facts dd{margin-left:95pt}'
         '</style></head><body>' % (e(m["body_name"]), CSS_BASE, m["muni"], m["body_name"], m["date"].strftime("%d.%m.%Y"))]
    L.append("<h1>%s</h1><p>Referat</p>" % e(m["body_name"]))
    L.append("<div class='facts'><b>Mødefakta</b><dl><dt>Dato</dt><dd>%s den %s</dd><dt>Starttidspunkt</dt><dd>%s</dd><dt>Lokale</dt><dd>%s</dd><dt>Fraværende</dt><dd>%s</dd></dl></div>"
             % (WD[m["date"].weekday()].capitalize(), ld(m["date"]), m["time"], e(m["place"]), e(m["absent"])))
    heads = []
    for it in m["items"]:
        h = "%d %s" % (it["number"], it["title"])
        heads.append(h)
        L.append("<h2>%s</h2><div class='meta'>%s · Sag: %s</div>" % (e(h), closed_label(it), e(it["sagsnr"])))
        for k, lab, bl in sections("weasy_decision_first", m, it):
            L.append("<h3>%s</h3>%s" % (e(lab), html_blocks(bl)))
    L.append("</body></html>")
    return "\n".join(L), heads


# ---------------------------------------------------------------- groff

def g_esc(s):
    s = s.replace("\\", "\\e")
    return s


def g_line(s):
    s = g_esc(s)
    if s[:1] in (".", "'"):
        s = "\\&" + s
    return s


def groff_doc(half, m):
    L = [".nr HY 0", ".nr PS 10", ".nr VS 12", ".nh", ".lg 0",
         '.ds CH', '.ds RF Side \\n%', '.ds LF %s \\(en %s %s' % (g_esc(m["muni"]), g_esc(m["body_name"]), m["date"].strftime("%d.%m.%Y")),
         ".TL", "Beslutningsprotokol", ".LP", ".ce 3",
         g_line("%s \\(en %s Kommune" % (m["body_name"], m["muni"])),
         g_line("Mødedato: %s kl. %s" % (m["date"].strftime("%d.%m.%Y"), m["time"])),
         g_line("Mødested: %s" % m["place"]), ".LP", g_line("Fraværende: %s" % m["absent"])]
    heads = []
    for it in m["items"]:
        h = "Pkt. %d %s" % (it["number"], it["title"])
        heads.append(h)
        L += [".ne 6", ".SH", g_line(h), ".LP", g_line("Sag %s \\(em %s" % (it["sagsnr"], closed_label(it)))]
        for k, lab, bl in sections("groff_protocol", m, it):
            first = True
            for b in bl:
                if b[0] == "p":
                    L.append(".ne %d" % (len(b[1]) // 85 + 2))
                    L.append(".LP")
                    if first:
                        L.append(g_line("\\fB%s:\\fP %s" % (g_esc(lab), b[1])) if not b[1][:1] in ".'" else "\\fB%s:\\fP %s" % (g_esc(lab), g_esc(b[1])))
                    else:
                        L.append(g_line(b[1]))
                elif b[0] == "ul":
                    if first:
                        L += [".LP", "\\fB%s:\\fP" % g_esc(lab)]
                    for t in b[1]:
                        L += [".ne 3", ".IP \\(bu 2", g_line(t)]
                else:
                    if first:
                        L += [".LP", "\\fB%s:\\fP" % g_esc(lab)]
                    rows = b[1]
                    L += [".TS", "box;", " ".join("l" for _ in rows[0]) + "."]
                    L += ["\t".join(g_esc(c) for c in r) for r in rows]
                    L.append(".TE")
                first = False
            if not bl:
                L += [".LP", "\\fB%s:\\fP" % g_esc(lab)]
    return "\n".join(L) + "\n", heads


# ---------------------------------------------------------------- enscript

LAT = {"–": "-", "—": "-", "“": '"', "”": '"', "„": '"', "’": "'", "‘": "'", "…": "...", "•": "*", "≥": ">=", "≤": "<=", "€": "EUR", "\u00a0": " "}


def latin(s):
    for a, b in LAT.items():
        s = s.replace(a, b)
    return s


def enscript_doc(half, m):
    W = 78
    paras = []  # list of line lists (kept together)
    paras.append(["%s Kommune" % m["muni"].upper(), "", "REFERAT", "%s" % m["body_name"],
                  "Mødedato: %s kl. %s" % (m["date"].strftime("%d-%m-%Y"), m["time"]), "Mødested: %s" % m["place"],
                  "Fraværende: %s" % m["absent"], "-" * W])
    heads = []
    for it in m["items"]:
        h = "Sag nr. %d  %s" % (it["number"], it["title"])
        heads.append(h)
        paras.append([""] + textwrap.wrap(h, W) + ["Dok. %s   %s" % (it["sagsnr"], closed_label(it)), ""])
        for k, lab, bl in sections("enscript_gs", m, it):
            lines = [lab + ":"]
            for b in bl:
                if b[0] == "p":
                    lines += textwrap.wrap(b[1], W)
                    paras.append(lines + [""])
                    lines = []
                elif b[0] == "ul":
                    for t in b[1]:
                        lines += textwrap.wrap(t, W, initial_indent="  - ", subsequent_indent="    ")
                    paras.append(lines + [""])
                    lines = []
                else:
                    rows = b[1]
                    wd = [max(len(r[i]) if i < len(r) else 0 for r in rows) for i in range(len(rows[0]))]
                    for r in rows:
                        lines.append("  " + "  ".join(c.ljust(wd[i]) for i, c in enumerate(r)).rstrip())
                    paras.append(lines + [""])
                    lines = []
            if lines:
                paras.append(lines + [""])
    # paginate: 62 lines a page, a paragraph kept on one page
    pages, cur = [], []
    for p in paras:
        if len(cur) + len(p) > 62 and cur:
            pages.append(cur)
            cur = []
        cur += p
    pages.append(cur)
    return latin("\f".join("\n".join(pg) + "\n" for pg in pages)), heads


# ---------------------------------------------------------------- static HTML

def items_utf8_pages(half, m, base):
    """index page + one page per item. Returns [(filename, html, heads)]."""
    d = m["date"]
    crumbs = '<nav class="crumbs"><a href="#main">Gå til indhold</a> · Forside › Politik › Dagsordener og referater › %s › %s</nav>' % (e(m["body_name"]), d.strftime("%d.%m.%Y"))
    css = "<style>body{font-family:sans-serif;max-width:48em;margin:auto} .crumbs{font-size:.8em;color:#555}</style>"
    pages = []
    links = []
    for it in m["items"]:
        fn = "%s-punkt-%02d.html" % (base, it["number"])
        links.append('<li><a href="%s">Punkt %d: %s</a></li>' % (fn, it["number"], e(it["title"])))
        h = "Punkt %d: %s" % (it["number"], it["title"])
        s = ['<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>%s - %s - %s</title>%s</head><body>' % (e(it["title"]), e(m["body_name"]), d.strftime("%d.%m.%Y"), css), crumbs,
             '<header><p class="org">%s Kommune</p><p><strong>%s</strong> · Referat · Møde %s den %s kl. %s · %s</p></header><main id="main">' % (
                 e(m["muni"]), e(m["body_name"]), WD[d.weekday()], ld(d), m["time"], e(m["place"])),
             "<h2>%s</h2><p>Sagsnummer: %s · %s</p>" % (e(h), e(it["sagsnr"]), closed_label(it))]
        for k, lab, bl in sections("html_items_utf8", m, it):
            s.append("<h3>%s</h3>%s" % (e(lab), html_blocks(bl)))
        s.append('</main><footer><a href="%s.html">Tilbage til mødet</a> · <a href="#main">Til toppen</a></footer></body></html>' % base)
        pages.append((fn, "\n".join(s), [h], [it]))
    idx = ['<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>%s %s - Referat</title>%s</head><body>' % (e(m["body_name"]), d.strftime("%d.%m.%Y"), css), crumbs,
           "<h1>%s</h1><p>Referat af mødet %s den %s kl. %s</p><p>Mødested: %s</p><p>Fraværende: %s</p>" % (e(m["body_name"]), WD[d.weekday()], ld(d), m["time"], e(m["place"]), e(m["absent"])),
           "<h2>Punkter på mødet</h2><ol>%s</ol></body></html>" % "".join(links)]
    pages.insert(0, (base + ".html", "\n".join(idx), [], []))
    return pages


def cp1252_page(half, m):
    d = m["date"]
    L = ['<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN"><html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
         '<title>Referat - %s - %s</title></head><body bgcolor="#ffffff"><font face="Verdana" size="2">' % (e(m["body_name"]), d.strftime("%d-%m-%Y"))]
    L.append("<p><b>%s Kommune</b></p><h2>Referat</h2>" % e(m["muni"]))
    L.append('<table border="0" cellpadding="2"><tr><td><b>Udvalg:</b></td><td>%s</td></tr><tr><td><b>Mødedato:</b></td><td>%s</td></tr>'
             '<tr><td><b>Mødetidspunkt:</b></td><td>%s</td></tr><tr><td><b>Mødested:</b></td><td>%s</td></tr><tr><td><b>Fraværende:</b></td><td>%s</td></tr></table><hr>'
             % (e(m["body_name"]), d.strftime("%d-%m-%Y"), m["time"], e(m["place"]), e(m["absent"])))
    heads = []
    for it in m["items"]:
        h = "%d. %s" % (it["number"], it["title"])
        heads.append(h)
        L.append('<h3><a name="p%d"></a>%s</h3><p><i>%s</i> &nbsp; Sagsnr. %s</p>' % (it["number"], e(h), closed_label(it), e(it["sagsnr"])))
        for k, lab, bl in sections("html_cp1252", m, it):
            L.append("<p><b>%s</b></p>%s" % (e(lab), html_blocks(bl, "t")))
        L.append("<hr>")
    L.append("</font></body></html>")
    return "\n".join(L), heads


# ---------------------------------------------------------------- driver

def render_all(half, meetings, src, corp, out, env, run):
    docs = []
    home = env["HOME"]
    pending = {"lo": [], "chromium": [], "wk": [], "weasy": [], "groff": [], "enscript": []}
    for m in meetings:
        kdir = os.path.join(corp, m["muni"])
        os.makedirs(kdir, exist_ok=True)
        lay = m["layout"]
        rel = lambda fn: "%s/%s" % (m["muni"], fn)
        tag = "%s_%s" % (m["code"], m["date"].isoformat())
        if lay == "html_items_utf8":
            base = fname(half, m, "html")[:-5]
            for fn, page, heads, its in items_utf8_pages(half, m, base):
                open(os.path.join(kdir, fn), "w", encoding="utf-8").write(page)
                docs.append(dict(document=rel(fn), pdf=False, path=os.path.join(kdir, fn), enc="utf-8", meeting=m,
                                 items=[dict(it, head=h) for it, h in zip(its, heads)]))
            continue
        if lay == "html_cp1252":
            page, heads = cp1252_page(half, m)
            fn = fname(half, m, "html")
            open(os.path.join(kdir, fn), "wb").write(page.encode("cp1252", errors="xmlcharrefreplace"))
            docs.append(dict(document=rel(fn), pdf=False, path=os.path.join(kdir, fn), enc="cp1252", meeting=m,
                             items=[dict(it, head=h) for it, h in zip(m["items"], heads)]))
            continue
        fn = fname(half, m, "pdf")
        target = os.path.join(kdir, fn)
        if lay == "odt_lo":
            p = os.path.join(src, tag + ".odt")
            heads = odt_doc(half, m, p)
            pending["lo"].append((p, target))
        elif lay == "chromium_sidebar":
            sib = [s for s in meetings if s["muni"] == m["muni"] and s is not m]
            sib.sort(key=lambda s: s["date"], reverse=True)
            page, heads = chromium_page(half, m, sib)
            pdir = os.path.join(out, "src", "print-spot23", m["muni"])
            os.makedirs(pdir, exist_ok=True)
            p = os.path.join(pdir, "referat-%s.html" % m["date"].isoformat())
            open(p, "w", encoding="utf-8").write(page)
            pending["chromium"].append((p, target))
        elif lay == "wkhtml_agenda":
            page, heads = wk_page(half, m)
            p = os.path.join(src, tag + ".html")
            open(p, "w", encoding="utf-8").write(page)
            pending["wk"].append((p, target, m))
        elif lay == "weasy_decision_first":
            page, heads = weasy_page(half, m)
            p = os.path.join(src, tag + ".html")
            open(p, "w", encoding="utf-8").write(page)
            pending["weasy"].append((p, target))
        elif lay == "groff_protocol":
            page, heads = groff_doc(half, m)
            p = os.path.join(src, tag + ".ms")
            open(p, "w", encoding="utf-8").write(page)
            pending["groff"].append((p, target))
        elif lay == "enscript_gs":
            page, heads = enscript_doc(half, m)
            p = os.path.join(src, tag + ".txt")
            open(p, "wb").write(page.encode("latin-1"))
            pending["enscript"].append((p, target, m))
        docs.append(dict(document=rel(fn), pdf=True, path=target, enc=None, meeting=m,
                         items=[dict(it, head=h) for it, h in zip(m["items"], heads)]))
    # producers, one at a time
    if pending["lo"]:
        lodir = os.path.join(src, "lo-out")
        os.makedirs(lodir, exist_ok=True)
        run(["soffice", "-env:UserInstallation=file://%s/lo" % home, "--headless", "--norestore", "--convert-to", "pdf",
             "--outdir", lodir] + [p for p, t in pending["lo"]], env)
        for p, t in pending["lo"]:
            shutil.move(os.path.join(lodir, os.path.basename(p)[:-4] + ".pdf"), t)
    ft = ["faketime", "-f", "2027-07-01 09:30:00"] if shutil.which("faketime") else []
    for p, t in pending["chromium"]:
        run(ft + ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                  "--user-data-dir=%s/chromium" % home, "--print-to-pdf=%s" % t, "file://" + p], env)
    for p, t, m in pending["wk"]:
        run(["wkhtmltopdf", "-q", "--encoding", "utf-8", "-s", "A4", "--header-left", "%s Kommune" % m["muni"], "--header-right",
             "%s %s" % (m["body_name"], m["date"].strftime("%d.%m.%Y")), "--header-font-size", "8", "--footer-center",
             "Side [page] af [topage]", "--footer-font-size", "8", "--header-spacing", "4", p, t], env)
    for p, t in pending["weasy"]:
        run(["weasyprint", "-q", p, t], env)
    for p, t in pending["groff"]:
        ps = p[:-3] + ".ps"
        run(["sh", "-c", 'groff -Kutf8 -t -ms -Tps -dpaper=a4 -P-pa4 "$1" > "$2"', "groff", p, ps], env)
        run(["ps2pdf", "-sPAPERSIZE=a4", ps, t], env)
    for p, t, m in pending["enscript"]:
        ps = p[:-4] + ".ps"
        mid = p[:-4] + ".raw.pdf"
        run(["enscript", "-q", "-X", "latin1", "-M", "A4", "-f", "Courier10", "-L", "64",
             ("--header=%s Kommune|%s %s|Side $%% af $=" % (latin(m["muni"]), m["body_name"], m["date"].strftime("%d-%m-%Y"))).encode("latin-1"),
             "-o", ps, p], env)
        run(["ps2pdf", "-sPAPERSIZE=a4", ps, mid], env)
        run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite", "-dPDFSETTINGS=/ebook",
             "-dCompatibilityLevel=1.5", "-sOutputFile=%s" % t, mid], env)
    return docs
