"""Eight layouts: turns modelled meetings into producer sources (fodt, docx, html, ms, txt)."""
import html, io, zipfile
import datetime as dt

MON = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
       "oktober", "november", "december"]
WD = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]


def plain(d):
    return f"{d.day}. {MON[d.month-1]} {d.year}"


def long(d, t=None):
    return f"{WD[d.weekday()]} den {d.day}. {MON[d.month-1]} {d.year}" + (f" kl. {t}" if t else "")


def slug(s):
    s = s.lower()
    for a, b in (("æ", "ae"), ("ø", "oe"), ("å", "aa"), (" ", "-"), (",", ""), (".", "")):
        s = s.replace(a, b)
    return s


def e(s):
    return html.escape(s, quote=True)


def dk_of(meet):
    return [it["dk"] for it in meet["items"] if it.get("dk")]


def council_decision_heading(layout, meet, d):
    b = meet["body_def"]
    if meet["kind"] != "council":
        return f"Beslutning i {b} den {plain(d)}"
    if layout == "L4_wkhtml_politikerweb":
        return {"Byrådet": f"Beslutning på byrådsmødet den {plain(d)}",
                "Kommunalbestyrelsen": f"Beslutning på kommunalbestyrelsesmødet den {plain(d)}",
                "Borgerrepræsentationen": f"Borgerrepræsentationens beslutning i mødet den {plain(d)}"}[b]
    if layout == "L3_chromium_prepare":
        return f"{b}s beslutning den {d.strftime('%d-%m-%Y')}" if not b.endswith("en") else f"{b}s beslutning den {d.strftime('%d-%m-%Y')}"
    return f"Beslutning i {b} den {plain(d)}"


def muni_line(meet):
    return f"{meet['muni']}s Kommune" if meet["muni"] == "København" else f"{meet['muni']} Kommune"


def numbered(meet, start=1):
    return [(start + i, it) for i, it in enumerate(meet["items"])]


def prior_lines(it, style):
    out = []
    for label, lines in it["prior"]:
        if style == "line":
            out.append((label + ":", lines))
        else:
            out.append((label, lines))
    return out


# ------------------------------------------------------------------ L1: flat ODT, LibreOffice
def fodt(meet, r):
    d = meet["date"]
    S = []
    def p(t, style="P"):
        S.append(f'<text:p text:style-name="{style}">{e(t)}</text:p>')
    def h(t, lvl=2):
        S.append(f'<text:h text:outline-level="{lvl}" text:style-name="H{lvl}">{e(t)}</text:h>')
    def table(rows, name, cols=2):
        S.append(f'<table:table table:name="{name}" table:style-name="Tab">'
                 + "".join('<table:table-column table:style-name="Col%d"/>' % (c + 1) for c in range(cols)))
        for row in rows:
            S.append("<table:table-row>")
            for cell in row:
                S.append('<table:table-cell table:style-name="Cell" office:value-type="string">')
                for line in (cell if isinstance(cell, list) else [cell]):
                    S.append(f'<text:p text:style-name="P">{e(line)}</text:p>')
                S.append("</table:table-cell>")
            S.append("</table:table-row>")
        S.append("</table:table>")
    p(muni_line(meet), "Small")
    h("Referat", 1)
    table([["Udvalg", meet["body"]], ["Mødedato", plain(d)], ["Mødetidspunkt", meet["time"]],
           ["Mødested", meet["place"]], ["Fraværende", ", ".join(meet["absent"]) or "Ingen"]], "Hoved")
    for n, it in numbered(meet):
        h(f"{n}. {it['title']}", 2)
        if it.get("caseno"):
            p(f"Sagsnr.: {it['caseno']}   Åbent punkt", "Small")
        for hd, paras in it["sections"]:
            h(hd, 3)
            for t in paras:
                p(t)
        if it["rec"]:
            h("Indstilling", 3)
            if it.get("rec_route"):
                p(it["rec_route"])
            for b in it["rec"]:
                p("• " + b)
        if it["prior"]:
            h("Tidligere beslutninger", 3)
            for label, lines in it["prior"]:
                p(label, "Bold")
                for t in lines:
                    p(t)
        table([[[council_decision_heading("L1", meet, d)]], [it["attend"] + it["decision"]]], f"Beslutning{n}", 1)
    body = "\n".join(S)
    return f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:styles>
 <style:style style:name="P" style:family="paragraph"><style:text-properties fo:font-size="10.5pt" style:font-name="Liberation Sans"/></style:style>
 <style:style style:name="Small" style:family="paragraph"><style:text-properties fo:font-size="8pt"/></style:style>
 <style:style style:name="Bold" style:family="paragraph"><style:text-properties fo:font-weight="bold" fo:font-size="10pt"/></style:style>
 <style:style style:name="H1" style:family="paragraph"><style:text-properties fo:font-size="18pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="H2" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.5cm"/><style:text-properties fo:font-size="13pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="H3" style:family="paragraph"><style:text-properties fo:font-size="11pt" fo:font-weight="bold"/></style:style>
</office:styles>
<office:automatic-styles>
 <style:style style:name="Tab" style:family="table"><style:table-properties style:width="16cm" table:align="left"/></style:style>
 <style:style style:name="Col1" style:family="table-column"><style:table-column-properties style:column-width="4cm"/></style:style>
 <style:style style:name="Col2" style:family="table-column"><style:table-column-properties style:column-width="12cm"/></style:style>
 <style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.1cm"/></style:style>
</office:automatic-styles>
<office:body><office:text>
{body}
</office:text></office:body></office:document>
'''


# ------------------------------------------------------------------ L2: DOCX, LibreOffice
def docx(meet, r):
    d = meet["date"]
    B = []
    def run(t, bold=False, size=None):
        rp = ("<w:b/>" if bold else "") + (f'<w:sz w:val="{size}"/>' if size else "")
        return f'<w:r><w:rPr>{rp}</w:rPr><w:t xml:space="preserve">{e(t)}</w:t></w:r>'
    def para(t, bold=False, size=None):
        return f"<w:p>{run(t, bold, size)}</w:p>"
    def cell(lines, w, bold=False):
        return (f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/></w:tcPr>'
                + "".join(para(x, bold) for x in (lines or [""])) + "</w:tc>")
    def table(rows):
        bd = "".join(f'<w:{s} w:val="single" w:sz="4" w:color="808080"/>' for s in
                     ("top", "left", "bottom", "right", "insideH", "insideV"))
        t = f'<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/><w:tblBorders>{bd}</w:tblBorders></w:tblPr>'
        t += '<w:tblGrid><w:gridCol w:w="2200"/><w:gridCol w:w="6800"/></w:tblGrid>'
        for a, b in rows:
            t += "<w:tr>" + cell([a], 2200, True) + cell(b, 6800) + "</w:tr>"
        return t + "</w:tbl>"
    B.append(para(muni_line(meet), size=18))
    B.append(para(f"{meet['body_def']} - Referat", True, 36))
    B.append(para(f"Mødedato: {d.strftime('%d.%m.%Y')}   Mødetidspunkt: {meet['time']}"))
    B.append(para(f"Mødested: {meet['place']}"))
    B.append(para("Afbud: " + (", ".join(meet["absent"]) or "-")))
    for n, it in numbered(meet):
        B.append(para(""))
        B.append(para(f"Punkt {n}: {it['title']}", True, 26))
        rows = [("Sagsnr.", [it.get("caseno") or "-"])]
        for hd, paras in it["sections"]:
            rows.append((hd, paras))
        if it["rec"]:
            rows.append(("Indstilling", ([it["rec_route"]] if it.get("rec_route") else [])
                         + [f"{i+1}. {b}" for i, b in enumerate(it["rec"])]))
        for label, lines in it["prior"]:
            rows.append(("Tidligere beslutninger", [label + ":"] + lines))
        rows.append(("Beslutning", it["attend"] + it["decision"]))
        B.append(table(rows))
    body = "".join(B)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           f'<w:body>{body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
           '<w:pgMar w:top="1200" w:right="1200" w:bottom="1200" w:left="1400"/></w:sectPr></w:body></w:document>')
    ct = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)):
            zi = zipfile.ZipInfo(name, (2024, 1, 1, 0, 0, 0))
            z.writestr(zi, data)
    return bio.getvalue()


# ------------------------------------------------------------------ L3: Prepare-like, Chromium
def prepare_html(meet, r, others):
    d = meet["date"]
    o = "".join(f"<li>{e(x)}</li>" for x in others)
    H = [f"<!doctype html><html lang=da><head><meta charset=utf-8><title>{e(meet['body_def'])} - Referat</title>"
         "<style>body{font-family:'DejaVu Sans',sans-serif;font-size:10.5pt;margin:0}"
         ".side{float:right;width:28%;font-size:8.5pt;border-left:1px solid #ccc;padding-left:8px}"
         ".main{width:68%}h2{font-size:13pt;border-top:2px solid #246;padding-top:6px}"
         "h3{font-size:10.5pt;color:#246;margin-bottom:2px}.dec{background:#eef3f8;padding:6px}</style></head><body>"
         f"<div class=side><b>Andre møder</b><ul>{o}</ul></div><div class=main>"
         f"<p>{e(muni_line(meet))}</p><h1>{e(meet['body_def'])} - Referat</h1>"
         f"<p>Mødedato: {d.strftime('%d.%m.%Y')}<br>Starttidspunkt: {meet['time']}<br>Mødested: {e(meet['place'])}"
         f"<br>Afbud: {e(', '.join(meet['absent']) or 'Ingen')}</p>"]
    for n, it in numbered(meet):
        H.append(f"<h2>Pkt. {n} {e(it['title'])}</h2><p><small>Åbent punkt · Sagsnr. {e(it.get('caseno') or '')}</small></p>")
        H.append(f"<div class=dec><h3>{e(council_decision_heading('L3_chromium_prepare', meet, d))}</h3>"
                 + "".join(f"<p>{e(x)}</p>" for x in it["attend"] + it["decision"]) + "</div>")
        if it["rec"]:
            H.append("<h3>Indstilling</h3>" + (f"<p>{e(it['rec_route'])}</p>" if it.get("rec_route") else "")
                     + "<ul>" + "".join(f"<li>{e(b)}</li>" for b in it["rec"]) + "</ul>")
        for label, lines in it["prior"]:
            H.append(f"<h3>{e(label)}</h3>" + "".join(f"<p>{e(x)}</p>" for x in lines))
        for hd, paras in it["sections"]:
            H.append(f"<h3>{e(hd)}</h3>" + "".join(f"<p>{e(x)}</p>" for x in paras))
    H.append("</div></body></html>")
    return "\n".join(H)


# ------------------------------------------------------------------ L4: PolitikerWeb-like, wkhtmltopdf
def politikerweb_html(meet, r):
    d = meet["date"]
    H = ["<!doctype html><html><head><meta charset=utf-8><style>body{font-family:'Liberation Serif',serif;font-size:12pt}"
         "td{vertical-align:top;padding:2px 8px}h2{font-size:14pt;margin-top:22px}h4{margin:10px 0 2px}</style></head><body>",
         f"<p style='text-align:right'>{e(muni_line(meet))}</p><h1>Referat</h1><table>"
         f"<tr><td>Udvalg:</td><td>{e(meet['body'])}</td></tr>"
         f"<tr><td>Mødedato:</td><td>{e(long(d))}</td></tr>"
         f"<tr><td>Mødetidspunkt:</td><td>{meet['time']}</td></tr>"
         f"<tr><td>Mødested:</td><td>{e(meet['place'])}</td></tr>"
         f"<tr><td>Fraværende:</td><td>{e(', '.join(meet['absent']) or '')}</td></tr></table>"]
    H.append("<h3>Indholdsfortegnelse</h3><ol>" + "".join(f"<li>{e(it['title'])}</li>" for it in meet["items"]) + "</ol>")
    for n, it in numbered(meet):
        H.append(f"<h2>Sag nr. {n} - {e(it['title'])}</h2><p>Sagsnr.: {e(it.get('caseno') or '')}</p>")
        secs = it["sections"]
        if secs:
            H.append(f"<h4>Sagens kerne</h4>" + "".join(f"<p>{e(x)}</p>" for x in secs[0][1]))
        if it["rec"]:
            H.append("<h4>Indstilling</h4>" + (f"<p>{e(it['rec_route'])}</p>" if it.get("rec_route") else "")
                     + "".join(f"<p>- {e(b)}</p>" for b in it["rec"]))
        for label, lines in it["prior"]:
            H.append(f"<h4>{e(label)}:</h4>" + "".join(f"<p>{e(x)}</p>" for x in lines))
        H.append(f"<h4>{e(council_decision_heading('L4_wkhtml_politikerweb', meet, d))}</h4>"
                 + "".join(f"<p>{e(x)}</p>" for x in it["attend"] + it["decision"]))
        for hd, paras in secs[1:]:
            H.append(f"<h4>{e('Beskrivelse af sagen' if hd == 'Sagsfremstilling' else hd)}</h4>"
                     + "".join(f"<p>{e(x)}</p>" for x in paras))
    H.append("</body></html>")
    return "\n".join(H)


# ------------------------------------------------------------------ L5: beslutningsprotokol, groff -ms
def groff_ms(meet, r, start):
    d = meet["date"]
    def g(t):
        t = t.replace("\\", "\\\\")
        return "\n".join(("\\&" + x if x[:1] in ".'" else x) for x in t.split("\n"))
    S = [".ds CH", ".nr PS 11", ".nr VS 13", ".LP", g(muni_line(meet)), ".TL", g("Beslutningsprotokol"), ".LP",
         ".ce", g(f"Mødet i {meet['body_def']} {long(d, meet['time'])}"), ".sp",
         g(f"Mødested: {meet['place']}"), ".br",
         g("Mødt: Alle" + (" undtagen " + ", ".join(meet["absent"]) if meet["absent"] else ""))]
    for n, it in numbered(meet, start):
        S += [".SH", g(f"{n}. {it['title']}")]
        if it.get("caseno"):
            S += [".LP", g(f"Sag {it['caseno']}")]
        for hd, paras in it["sections"][:2]:
            for t in paras:
                S += [".PP", g(t)]
        if it["rec"]:
            S += [".PP", g("Indstilling:" + (" " + it["rec_route"] if it.get("rec_route") else ""))]
            for b in it["rec"]:
                S += [".IP \\(bu 3", g(b)]
        for label, lines in it["prior"]:
            S += [".PP", ".I", g(f"({label}: {' '.join(lines)})")]
        S += [".PP"]
        if it["attend"]:
            S += [g("; ".join(it["attend"]) + "."), ".br"]
        S += [g(" ".join(it["decision"]))]
    return "\n".join(S) + "\n"


# ------------------------------------------------------------------ L6: plain text, enscript + gs
def wrap(t, ind=0, w=76):
    words, lines, cur = t.split(), [], ""
    for x in words:
        if len(cur) + len(x) + 1 > w - ind:
            lines.append(" " * ind + cur); cur = x
        else:
            cur = (cur + " " + x).strip()
    if cur:
        lines.append(" " * ind + cur)
    return lines


def plaintext(meet, r):
    d = meet["date"]
    L = [muni_line(meet), "", f"REFERAT  -  {meet['body'].upper()}", "",
         f"Mødedato:   {d.strftime('%d-%m-%Y')}", f"Tid:        kl. {meet['time']}",
         f"Mødested:   {meet['place']}", f"Fraværende: {', '.join(meet['absent']) or 'ingen'}", "", "=" * 76]
    for n, it in numbered(meet):
        L += ["", f"Nr.{n} - {it['title']}", f"    J.nr. {it.get('caseno') or ''}", ""]
        for hd, paras in it["sections"]:
            L.append("    " + hd.upper())
            for t in paras:
                L += wrap(t, 4) + [""]
        if it["rec"]:
            L.append("    INDSTILLING")
            if it.get("rec_route"):
                L += wrap(it["rec_route"], 4)
            for b in it["rec"]:
                L += wrap("- " + b, 6)
            L.append("")
        for label, lines in it["prior"]:
            L += wrap(label + ":", 4) + [x for t in lines for x in wrap(t, 6)] + [""]
        L.append("    Afgørelse:")
        for t in it["attend"]:
            L += wrap(t, 6)
        for t in it["decision"]:
            L += wrap(t, 6)
        L.append("-" * 76)
    txt = "\n".join(L) + "\n"
    for a, b in (("–", "-"), ("—", "-"), ("“", '"'), ("”", '"'), ("’", "'"), ("…", "...")):
        txt = txt.replace(a, b)
    return txt.encode("latin-1")


# ------------------------------------------------------------------ L7: per-item HTML pages, utf-8
def item_page(meet, n, it, r):
    d = meet["date"]
    H = ["<!DOCTYPE html><html lang=\"da\"><head><meta charset=\"utf-8\">",
         f"<title>{e(it['title'])} - {e(meet['body_def'])} {d.strftime('%d-%m-%Y')}</title></head><body>",
         "<a href=\"#indhold\">Gå til indhold</a>",
         f"<nav>Forside › Politik › Dagsordener og referater › {e(meet['body_def'])}</nav>",
         f"<header><p>{e(muni_line(meet))}</p></header><main id=\"indhold\">",
         f"<p class=\"meta\">{e(meet['body'])} · {e(long(d, meet['time']))} · {e(meet['place'])}</p>",
         f"<h1>Punkt {n}: {e(it['title'])}</h1>",
         f"<p>Sagsnr.: {e(it.get('caseno') or '')}</p>"]
    for hd, paras in it["sections"]:
        H.append(f"<h2>{e(hd)}</h2>" + "".join(f"<p>{e(x)}</p>" for x in paras))
    if it["rec"]:
        H.append("<h2>Indstilling</h2>" + (f"<p>{e(it['rec_route'])}</p>" if it.get("rec_route") else "")
                 + "<ul>" + "".join(f"<li>{e(b)}</li>" for b in it["rec"]) + "</ul>")
    for label, lines in it["prior"]:
        H.append(f"<h3>{e(label)}</h3>" + "".join(f"<p>{e(x)}</p>" for x in lines))
    H.append("<h2>Beslutning</h2>" + "".join(f"<p>{e(x)}</p>" for x in it["attend"] + it["decision"]))
    H.append("<p><a href=\"#\">Til toppen</a></p></main></body></html>")
    return "\n".join(H)


def index_page(meet, links, r):
    d = meet["date"]
    lis = "".join(f"<li><a href=\"{e(h)}\">{n}. {e(t)}</a></li>" for n, t, h in links)
    return ("<!DOCTYPE html><html lang=\"da\"><head><meta charset=\"utf-8\">"
            f"<title>{e(meet['body_def'])} - Referat {d.strftime('%d-%m-%Y')}</title></head><body>"
            "<a href=\"#indhold\">Gå til indhold</a>"
            f"<nav>Forside › Politik › Dagsordener og referater</nav><main id=\"indhold\"><p>{e(muni_line(meet))}</p>"
            f"<h1>Referat - {e(meet['body'])}</h1><dl><dt>Dato</dt><dd>{e(long(d))}</dd><dt>Tidspunkt</dt>"
            f"<dd>{meet['time']}</dd><dt>Mødested</dt><dd>{e(meet['place'])}</dd><dt>Fraværende med afbud</dt>"
            f"<dd>{e(', '.join(meet['absent']) or 'Ingen')}</dd></dl><h2>Punkter</h2><ol>{lis}</ol>"
            "</main></body></html>")


# ------------------------------------------------------------------ L8: eDoc-style HTML, windows-1252
def edoc_1252(meet, r):
    d = meet["date"]
    H = ["<HTML><HEAD><META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=windows-1252\">",
         f"<TITLE>Referat {e(meet['body_def'])} {d.strftime('%d.%m.%Y')}</TITLE></HEAD><BODY>",
         f"<TABLE BORDER=0 WIDTH=\"100%\"><TR><TD><FONT SIZE=2>{e(muni_line(meet))}</FONT></TD>"
         f"<TD ALIGN=RIGHT><FONT SIZE=2>Side 1</FONT></TD></TR></TABLE>",
         f"<H2>Referat - {e(meet['body'])}</H2><TABLE>"
         f"<TR><TD><B>Mødedato:</B></TD><TD>{d.strftime('%d.%m.%Y')}</TD></TR>"
         f"<TR><TD><B>Tidspunkt:</B></TD><TD>kl. {meet['time']}</TD></TR>"
         f"<TR><TD><B>Mødested:</B></TD><TD>{e(meet['place'])}</TD></TR>"
         f"<TR><TD><B>Fraværende:</B></TD><TD>{e(', '.join(meet['absent']) or '&nbsp;')}</TD></TR></TABLE><HR>"]
    for n, it in numbered(meet):
        H.append(f"<P><B><FONT SIZE=4>Punkt {n}. {e(it['title'])}</FONT></B><BR>Sagsnr. {e(it.get('caseno') or '')}</P>")
        for hd, paras in it["sections"]:
            H.append(f"<P><B>{e(hd)}</B></P>" + "".join(f"<P>{e(x)}</P>" for x in paras))
        if it["rec"]:
            H.append("<P><B>Indstilling</B></P>" + (f"<P>{e(it['rec_route'])}</P>" if it.get("rec_route") else "")
                     + "".join(f"<P>&middot; {e(b)}</P>" for b in it["rec"]))
        for label, lines in it["prior"]:
            H.append(f"<P><I>{e(label)}</I><BR>" + "<BR>".join(e(x) for x in lines) + "</P>")
        H.append("<P><B>Beslutning:</B><BR>" + "<BR>".join(e(x) for x in it["attend"] + it["decision"]) + "</P><HR>")
    H.append("</BODY></HTML>")
    return "\r\n".join(H).encode("cp1252", "xmlcharrefreplace")


def weasy_html(meet, r):
    d = meet["date"]
    H = ["<!doctype html><html lang=da><head><meta charset=utf-8><style>@page{size:A4;margin:2cm;"
         "@bottom-right{content:'Side ' counter(page) ' af ' counter(pages);font-size:8pt}}"
         "body{font-family:'DejaVu Serif',serif;font-size:10pt}h1{font-size:15pt}h2{font-size:12pt;margin-top:18px}"
         ".lbl{font-weight:bold;margin-top:8px}</style></head><body>",
         f"<p>{e(muni_line(meet))}</p><h1>Referat fra {e(meet['body_def'])}s møde {e(long(d, meet['time']))}</h1>",
         f"<p>Sted: {e(meet['place'])}<br>Fraværende: {e(', '.join(meet['absent']) or 'ingen')}</p>"]
    for n, it in numbered(meet):
        H.append(f"<h2>{n}. {e(it['title'])}</h2><p>Sagsnr. {e(it.get('caseno') or '')}</p>")
        for hd, paras in it["sections"]:
            H.append(f"<p class=lbl>{e(hd)}</p>" + "".join(f"<p>{e(x)}</p>" for x in paras))
        if it["rec"]:
            H.append("<p class=lbl>Indstilling</p><ol>" + "".join(f"<li>{e(b)}</li>" for b in it["rec"]) + "</ol>")
        H.append(f"<p class=lbl>{e(council_decision_heading('L8', meet, d))}</p>"
                 + "".join(f"<p>{e(x)}</p>" for x in it["attend"] + it["decision"]))
    H.append("</body></html>")
    return "\n".join(H)


# ------------------------------------------------------------------ planning files per layout
def plan(layout, m, meets, r):
    files = []
    start = 300 + (int(m.code) % 50) * 3
    for k, mt in enumerate(meets):
        d = mt["date"]
        bs = slug(mt["body_def"])
        base = dict(body=mt["kind"], date=d, dk=dk_of(mt))
        if layout == "L1_fodt_table":
            files.append(dict(base, name=f"Referat_{bs}_{d.strftime('%d-%m-%Y')}.pdf", producer="soffice-fodt",
                              src_ext=".fodt", source=fodt(mt, r)))
        elif layout == "L2_docx_twocol":
            files.append(dict(base, name=f"{d.strftime('%Y%m%d')}_{bs}_referat.pdf", producer="soffice-docx",
                              src_ext=".docx", source=docx(mt, r)))
        elif layout == "L3_chromium_prepare":
            others = [f"{o['body_def']} {o['date'].strftime('%d.%m.%Y')}" for o in meets if o is not mt]
            files.append(dict(base, name=f"referat-{bs}-{d.isoformat()}.pdf", producer="chromium",
                              src_ext=".html", source=prepare_html(mt, r, others)))
        elif layout == "L4_wkhtml_politikerweb":
            files.append(dict(base, name=f"Dagsorden_og_referat_{bs}_{d.strftime('%d.%m.%Y')}.pdf",
                              producer="wkhtmltopdf", src_ext=".html", source=politikerweb_html(mt, r)))
        elif layout == "L5_groff_protocol":
            files.append(dict(base, name=f"beslutningsprotokol_{bs}_{d.isoformat()}.pdf", producer="groff",
                              src_ext=".ms", source=groff_ms(mt, r, start + 40 * k)))
        elif layout == "L6_enscript_gs":
            files.append(dict(base, name=f"REF_{bs.upper()}_{d.strftime('%Y%m%d')}.pdf", producer="enscript-gs",
                              src_ext=".txt", source=plaintext(mt, r)))
        elif layout == "L7_html_utf8_items":
            nums = numbered(mt)
            pick = [x for x in nums if x[1].get("dk")] or [x for x in nums if x[0] > 1][:1]
            links = [(n, it["title"], f"{bs}_{d.isoformat()}_punkt_{n}.html") for n, it in nums]
            if mt["kind"] == "council":
                files.append(dict(base, dk=[], name=f"{bs}_{d.isoformat()}_index.html", producer="html-utf8",
                                  src_ext=".src", source=index_page(mt, links, r)))
            for n, it in pick:
                files.append(dict(base, dk=[it["dk"]] if it.get("dk") else [],
                                  name=f"{bs}_{d.isoformat()}_punkt_{n}.html", producer="html-utf8",
                                  src_ext=".src", source=item_page(mt, n, it, r)))
        elif layout == "L8_html_1252_weasy":
            if mt["kind"] == "council":
                files.append(dict(base, name=f"referat_{bs}_{d.isoformat()}.htm", producer="html-cp1252",
                                  src_ext=".src", source=edoc_1252(mt, r)))
            else:
                files.append(dict(base, name=f"{bs}-referat-{d.strftime('%d%m%Y')}.pdf", producer="weasyprint",
                                  src_ext=".html", source=weasy_html(mt, r)))
        else:
            raise KeyError(layout)
    return files
