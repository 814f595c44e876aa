"""Producers for the eight layouts of corpus 13. Every PDF is checked with pdftotext."""
import html, os, re, shutil, subprocess, sys, tempfile, textwrap, zipfile, unicodedata
from pathlib import Path
import texts as T

E = html.escape


def council_like(d):
    return d["kind"] == "council"


def header_pairs(d):
    return [("Udvalg" if d["layout"].startswith("L1") else "Organ", d["body"]), ("Mødedato", T.dlong(d["date"])),
            ("Tidspunkt", f"kl. {d['time']}"), ("Mødested", d["place"]), ("Fraværende", d["absent"])]


def dec_heading(d, style):
    b = d["body"]
    if style == 0:
        return "Beslutning"
    if style == 1:
        return f"Beslutning i {b} den {T.dlong(d['date'])}"
    if style == 2:
        return f"{T.council_genitive(b) if council_like(d) else T.body_genitive(b)} beslutning den {T.dnum(d['date'])}"
    return f"Beslutning på mødet den {T.dnum(d['date'], '-')}"


def shy(text):
    """One soft hyphen in long lowercase words, between two consonants after a vowel, near the middle."""
    V = "aeiouyæøå"
    def f(mo):
        w = mo.group(0)
        if len(w) < 15 or w[0].isupper():
            return w
        cands = [i for i in range(4, len(w) - 4) if w[i - 2] in V and w[i - 1] not in V and w[i] not in V]
        if not cands:
            return w
        i = min(cands, key=lambda k: abs(k - len(w) / 2))
        return w[:i] + "\u00ad" + w[i:]
    return re.sub(r"[A-Za-zæøåÆØÅ]+", f, text)


# ------------------------------------------------------------------ HTML family
def html_item(d, it, style, hy=False, details=False, dec_style=0):
    tx = (lambda s: E(shy(s))) if hy else E
    o = []
    num = f"{it['no']}." if style != "punkt" else f"Punkt {it['no']}"
    lab = " <span class='luk'>Lukket punkt</span>" if it["closed"] else ""
    inner = []
    if it["sagsnr"]:
        inner.append(f"<div class='sagsnr'>Sagsnr.: {E(it['sagsnr'])}</div>")
    for h, blocks in it["sections"]:
        inner.append(f"<h3>{E(h)}</h3>")
        for b in blocks:
            if b[0] == "p":
                inner.append(f"<p>{tx(b[1])}</p>")
            elif b[0] == "ul":
                inner.append("<ul>" + "".join(f"<li>{tx(x)}</li>" for x in b[1]) + "</ul>")
            else:
                inner.append("<table class='fig'><thead><tr>" + "".join(f"<th>{E(x)}</th>" for x in b[1]) + "</tr></thead><tbody>"
                             + "".join("<tr>" + "".join(f"<td>{E(c)}</td>" for c in r) + "</tr>" for r in b[2]) + "</tbody></table>")
    for h, lines in it["prior"]:
        inner.append(f"<h3>{E(h)}</h3>" + "".join(f"<p>{tx(x)}</p>" for x in lines))
    inner.append(f"<div class='dec'><h3>{E(dec_heading(d, dec_style))}</h3>" + "".join(f"<p>{tx(x)}</p>" for x in it["decision"]) + "</div>")
    if details:
        o.append(f"<details open><summary><span class='no'>{num}</span> {E(it['title'])}{lab}</summary>{''.join(inner)}</details>")
    else:
        o.append(f"<h2><span class='no'>{num}</span> {E(it['title'])}{lab}</h2>" + "".join(inner))
    return "\n".join(o)


def html_chromium(d):
    mf = T.muni_full(d["muni"]["name"])
    side = "".join(f"<li><a href='#'>{E(b)} {T.dnum(x)}</a></li>" for b, x in d["sidebar"])
    head = "".join(f"<tr><th>{E(a)}</th><td>{E(b)}</td></tr>" for a, b in header_pairs(d))
    toc = "".join(f"<li><a href='#p{it['no']}'>{it['no']}. {E(it['title'])}</a></li>" for it in d["items"])
    items = "\n".join(f"<section id='p{it['no']}'>" + html_item(d, it, "num", details=True, dec_style=d["dec_style"]) + "</section>" for it in d["items"])
    return f"""<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>{E(d['body'])} - {E(d['doctype'])} - {T.dnum(d['date'])}</title>
<style>body{{font-family:Arial,sans-serif;font-size:10.5pt;margin:0}} nav.top{{background:#1b4b72;color:#fff;padding:6px}}
nav.top a{{color:#fff;margin-right:14px}} .wrap{{display:flex}} aside{{width:28%;background:#eef2f5;padding:8px;font-size:9pt}}
main{{width:68%;padding:10px;text-align:justify}} table.hd th{{text-align:left;padding-right:12px}} summary{{font-weight:bold;font-size:12.5pt;margin-top:14px}}
.dec{{background:#e8f0e0;border-left:4px solid #5a8a3a;padding:4px 8px}} table.fig{{border-collapse:collapse}} table.fig td,table.fig th{{border:1px solid #999;padding:2px 4px}}</style></head>
<body><a href="#main" class="skip">Gå til indhold</a>
<nav class="top"><a href="#">Forside</a><a href="#">Politik</a><a href="#">Dagsordener og referater</a><a href="#">Borger</a><a href="#">Erhverv</a><a href="#">Søg</a></nav>
<div class="crumbs">{E(mf)} &gt; Politik &gt; Dagsordener og referater &gt; {E(d['body'])}</div>
<div class="wrap"><aside><h4>Møder i {E(d['body'])}</h4><ul>{side}</ul><h4>Punkter</h4><ul>{toc}</ul></aside>
<main id="main"><h1>{E(d['doctype'])}</h1><table class="hd">{head}</table>
{items}
<p><a href="#">Til toppen</a></p><footer>{E(mf)} · Rådhuspladsen 1 · Tlf. 70 10 20 30</footer></main></div></body></html>"""


def html_cp1252(d):
    mf = T.muni_full(d["muni"]["name"])
    b = d["body"]
    if council_like(d):
        title = f"Referat af {T.council_genitive(b).lower() if b != 'Borgerrepræsentationen' else 'Borgerrepræsentationens'} møde {T.dweek(d['date'])} kl. {d['time']}"
    else:
        title = f"Referat fra {T.body_genitive(b)} møde {T.dweek(d['date'])} kl. {d['time']}"
    parts = []
    for it in d["items"]:
        inner = html_item(d, it, "punkt", dec_style=d["dec_style"])
        inner = inner.replace("<h2>", "<div class='ptitle' onclick='toggle(this)'>", 1).replace("</h2>", "</div><div class='pbody collapse'>", 1) + "</div>"
        parts.append(f"<div class='punkt' id='punkt{it['no']}'>{inner}</div>")
    s = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><title>{E(title)}</title>
<script>function toggle(e){{var n=e.nextSibling;n.style.display=n.style.display=='none'?'block':'none';}}</script>
<style>.collapse{{display:block}} .ptitle{{font-weight:bold;cursor:pointer;border-bottom:1px solid #ccc}}</style></head>
<body><div id="logo">{E(mf)}</div><div class="menu"><a href="../index.htm">Oversigt</a> | <a href="#">Udskriv</a> | <a href="#">Hent som PDF</a></div>
<h1>{E(title)}</h1><div class="sted">Mødested: {E(d['place'])}</div><div class="afbud">Afbud: {E(d['absent'])}</div>
{''.join(parts)}
<div class="foot">Udskrevet fra {E(mf)}s dagsordensystem</div></body></html>"""
    return s.encode("cp1252", errors="xmlcharrefreplace")


def html_wkhtml(d):
    mf = T.muni_full(d["muni"]["name"])
    b = d["body"]
    if council_like(d):
        t1 = f"Referat af møde i {d['muni']['name']} Byråd" if b == "Byrådet" else f"Referat af møde i {b}"
    else:
        t1 = f"Referat af møde i {b}"
    items = "\n".join(html_item(d, it, "num", hy=True, dec_style=d["dec_style"]) for it in d["items"])
    return f"""<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>{E(t1)}</title><style>
body{{font-family:'DejaVu Serif',serif;font-size:10pt}} .cols{{-webkit-column-count:2;column-count:2;-webkit-column-gap:18px;column-gap:18px;text-align:justify}}
h1{{font-size:17pt}} h2{{font-size:12pt;font-weight:bold}} h3{{font-size:10pt;font-weight:bold;margin:6px 0 2px}} .dec{{border:1px solid #777;padding:3px}}
table.fig{{font-size:8pt;border-collapse:collapse}} table.fig td{{border-bottom:1px solid #bbb}}</style></head><body>
<div class="kom">{E(mf)}</div><h1>{E(t1)}</h1><p><b>{T.dweek(d['date']).capitalize()} kl. {E(d['time'])}, {E(d['place'])}</b></p><p>Afbud: {E(d['absent'])}</p>
<div class="cols">{items}</div></body></html>"""


def html_weasy(d):
    mf = T.muni_full(d["muni"]["name"])
    run = f"{d['body']} · {d['doctype']} · {T.dlong(d['date'])}"
    o = []
    for it in d["items"]:
        o.append(f"<div class='it'><div class='t'>{it['no']} {E(it['title'])}</div>")
        if it["sagsnr"]:
            o.append(f"<div class='s'>{E(it['sagsnr'])}{' · Lukket' if it['closed'] else ' · Åben'}</div>")
        for h, blocks in it["sections"]:
            o.append(f"<div class='h'>{E(h)}</div>")
            for b in blocks:
                if b[0] == "p":
                    o.append(f"<p>{E(b[1])}</p>")
                elif b[0] == "ul":
                    o.append("<ol class='at'>" + "".join(f"<li>{E(x)}</li>" for x in b[1]) + "</ol>")
                else:
                    o.append("<table>" + "".join("<tr>" + "".join(f"<td>{E(c)}</td>" for c in r) + "</tr>" for r in [b[1]] + b[2]) + "</table>")
        for h, lines in it["prior"]:
            o.append(f"<div class='h'>{E(h)}</div>" + "".join(f"<p>{E(x)}</p>" for x in lines))
        o.append("<div class='box'>" + "".join(f"<p>{E(x)}</p>" for x in it["decision"]) + "</div></div>")
    return f"""<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 22mm 18mm; @top-left {{ content: "{run}"; font-size: 8pt }} @top-right {{ content: "{mf}"; font-size: 8pt }}
 @bottom-center {{ content: "Side " counter(page) " af " counter(pages); font-size: 8pt }} }}
body {{ font-family: 'DejaVu Sans', sans-serif; font-size: 9.5pt; text-align: justify; hyphens: auto }}
.t {{ font-size: 13pt; font-weight: bold; margin-top: 14pt }} .h {{ font-weight: bold; margin-top: 6pt }} .s {{ color: #555; font-size: 8pt }}
.box {{ background: #e4e4e4; padding: 4pt 8pt; margin-top: 6pt }} .cols {{ column-count: 2; column-gap: 7mm }} .it {{ break-inside: auto }} table {{ border-collapse: collapse; font-size: 8pt }} td {{ border: 0.5pt solid #888; padding: 1pt 3pt }}
</style></head><body><div style="font-size:20pt;font-weight:bold">{E(d['doctype'])}</div>
<p>{T.dweek(d['date']).capitalize()}, kl. {E(d['time'])}<br>{E(d['place'])}<br>Afbud: {E(d['absent'])}</p>
<div class="cols">{''.join(o)}</div></body></html>"""


# ------------------------------------------------------------------ DOCX
def x(s):
    return E(s, quote=False)


def w_p(text, bold=False, size=None, jc=None, num=None, shade=None, keep=False, italic=False):
    ppr = ""
    if num is not None:
        ppr += f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr>'
    if keep:
        ppr += "<w:keepNext/>"
    if shade:
        ppr += f'<w:shd w:val="clear" w:color="auto" w:fill="{shade}"/>'
    if jc:
        ppr += f'<w:jc w:val="{jc}"/>'
    rpr = ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "") + (f'<w:sz w:val="{size}"/>' if size else "")
    return f'<w:p><w:pPr>{ppr}</w:pPr><w:r><w:rPr>{rpr}</w:rPr><w:t xml:space="preserve">{x(text)}</w:t></w:r></w:p>'


SHD = '<w:shd w:val="clear" w:color="auto" w:fill="D9D9D9"/>'


def w_table(rows, header=True, shade_first=False, widths=None):
    o = ['<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:tblBorders>' +
         "".join(f'<w:{s} w:val="single" w:sz="4" w:color="888888"/>' for s in ["top", "left", "bottom", "right", "insideH", "insideV"]) +
         '</w:tblBorders></w:tblPr>']
    for i, r in enumerate(rows):
        trp = "<w:trPr><w:tblHeader/></w:trPr>" if header and i == 0 else ""
        o.append(f"<w:tr>{trp}" + "".join(
            "<w:tc><w:tcPr>" + (SHD if (header and i == 0) or (shade_first and j == 0) else "") + "</w:tcPr>" + w_p(c, bold=(header and i == 0) or (shade_first and j == 0)) + "</w:tc>"
            for j, c in enumerate(r)) + "</w:tr>")
    o.append("</w:tbl>")
    return "".join(o)


def w_decision_cell(head, lines):
    return ('<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:tblBorders><w:top w:val="single" w:sz="6" w:color="4F6228"/>'
            '<w:left w:val="single" w:sz="6" w:color="4F6228"/><w:bottom w:val="single" w:sz="6" w:color="4F6228"/><w:right w:val="single" w:sz="6" w:color="4F6228"/></w:tblBorders></w:tblPr>'
            '<w:tr><w:tc><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="EAF1DD"/></w:tcPr>' + w_p(head, bold=True) + "".join(w_p(l) for l in lines) + "</w:tc></w:tr></w:tbl>")


def docx_body(d, variant):
    b = []
    mf = T.muni_full(d["muni"]["name"])
    if variant == "L1":
        b.append(w_p(mf, bold=True, size=28))
        b.append(w_p(d["doctype"], bold=True, size=40))
        b.append(w_table([[a, v] for a, v in header_pairs(d)], header=False, shade_first=True))
    else:
        b.append(w_p(f"{d['doctype']}", bold=True, size=44))
        b.append(w_p(f"Mødedato: {T.dnum(d['date'])}"))
        b.append(w_p(f"Mødetidspunkt: {d['time']}"))
        b.append(w_p(f"Mødested: {d['place']}"))
        b.append(w_p(f"Medlemmer: {d['body']}s medlemmer" if d["kind"] == "committee" else f"Deltagere: Alle medlemmer af {d['body'].lower() if d['body'] != 'Borgerrepræsentationen' else d['body']}"))
        b.append(w_p(f"Fraværende med afbud: {d['absent']}"))
    b.append(w_p("Indholdsfortegnelse", bold=True, size=24))
    for it in d["items"]:
        b.append(w_p((f"{it['no']}. " if variant == "L2" else "") + it["title"], num=1 if variant == "L1" else None))
    for it in d["items"]:
        if variant == "L1":
            b.append(w_p(it["title"] + (" (Lukket punkt)" if it["closed"] else ""), bold=True, size=26, num=2, keep=True))
        else:
            b.append(w_p(f"Punkt {it['no']}: {it['title']}", bold=True, size=26, keep=True))
        if it["sagsnr"]:
            b.append(w_p(f"Sagsnr.: {it['sagsnr']}", italic=True))
        for h, blocks in it["sections"]:
            b.append(w_p(h, bold=True, keep=True))
            for blk in blocks:
                if blk[0] == "p":
                    b.append(w_p(blk[1], jc="both"))
                elif blk[0] == "ul":
                    for li in blk[1]:
                        b.append(w_p(li, num=3, jc="both"))
                else:
                    b.append(w_table([blk[1]] + blk[2], header=True))
                    b.append(w_p(""))
        for h, lines in it["prior"]:
            b.append(w_p(h, bold=True))
            for l in lines:
                b.append(w_p(l))
        if variant == "L1":
            b.append(w_decision_cell(dec_heading(d, d["dec_style"]), it["decision"]))
        else:
            b.append(w_p(dec_heading(d, 1), bold=True))
            for l in it["decision"]:
                b.append(w_p(l, jc="both"))
        b.append(w_p(""))
    return "".join(b)


def write_docx(d, path, variant):
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    mf = T.muni_full(d["muni"]["name"])
    if variant == "L1":
        htext = f"{mf} · {d['body']} · {d['doctype']} {T.dnum(d['date'])}"
    else:
        htext = f"{d['doctype']} {T.dnum(d['date'], '-')}"
    header = f'<w:hdr {W}>{w_p(htext, size=16, jc="right")}</w:hdr>'
    footer = (f'<w:ftr {W}><w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve">'
              f'{x(mf) + " - " if variant == "L2" else ""}Side </w:t></w:r><w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'
              f'<w:r><w:t xml:space="preserve"> af </w:t></w:r><w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p></w:ftr>')
    start = d["items"][0]["no"]
    numbering = (f'<w:numbering {W}>'
                 f'<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="{start}"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl></w:abstractNum>'
                 f'<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="{start}"/><w:numFmt w:val="decimal"/><w:lvlText w:val="Punkt %1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1134" w:hanging="1134"/></w:pPr></w:lvl></w:abstractNum>'
                 f'<w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="–"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="567" w:hanging="283"/></w:pPr></w:lvl></w:abstractNum>'
                 '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num></w:numbering>')
    styles = (f'<w:styles {W}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Liberation Sans" w:hAnsi="Liberation Sans"/><w:sz w:val="21"/><w:lang w:val="da-DK"/></w:rPr></w:rPrDefault>'
              '<w:pPrDefault><w:pPr><w:spacing w:after="80"/></w:pPr></w:pPrDefault></w:docDefaults></w:styles>')
    doc = (f'<w:document {W}><w:body>{docx_body(d, variant)}<w:sectPr><w:headerReference w:type="default" r:id="rId1"/>'
           '<w:footerReference w:type="default" r:id="rId2"/><w:pgSz w:w="11906" w:h="16838"/>'
           '<w:pgMar w:top="1418" w:right="1134" w:bottom="1418" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr></w:body></w:document>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
          '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
          '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    drels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>'
             '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>'
             '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>'
             '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>')
    X = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, c in [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/_rels/document.xml.rels", drels),
                     ("word/document.xml", X + doc), ("word/header1.xml", X + header), ("word/footer1.xml", X + footer),
                     ("word/numbering.xml", X + numbering), ("word/styles.xml", X + styles)]:
            zi = zipfile.ZipInfo(n, date_time=(2023, 1, 1, 0, 0, 0)); zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, c)


# ------------------------------------------------------------------ groff / enscript
def roff(s):
    s = s.replace("\\", "\\e")
    return "\n".join(("\\&" + l) if l[:1] in ".'" else l for l in s.split("\n"))


def groff_src(d):
    mf = T.muni_full(d["muni"]["name"])
    o = [".nr PS 10", ".nr VS 12", ".nr PO 1i", ".nr LL 6.3i", ".ds LH \\%" + mf, f".ds CH {d['doctype']}", f".ds RH {T.dnum(d['date'])}",
         ".ds CF Side %", ".nr HM 0.8i", ".nr FM 0.8i", ".LP", "\\%" + mf, ".sp 0.3", ".LP", f"\\s+6\\fB{roff(d['doctype'])}\\fP\\s-6", ".sp 0.5",
         ".nf", f"Udvalg: \\%{roff(d['body'])}" if d["kind"] == "council" else f"Udvalg: {roff(d['body'])}",
         f"Mødedato: {T.dlong(d['date'])}", f"Tidspunkt: {d['time']}", f"Mødested: {roff(d['place'])}", f"Fraværende: {roff(d['absent'])}", ".fi", ".sp"]
    for it in d["items"]:
        o += [".SH", f"\\s+2{it['no']}. " + roff(it["title"]) + (" (lukket)" if it["closed"] else "") + "\\s-2"]
        if it["sagsnr"]:
            o += [".LP", f"\\fISagsnr. {roff(it['sagsnr'])}\\fP"]
        for h, blocks in it["sections"]:
            o += [".LP", f"\\fB{roff(h)}\\fP", ".br"]
            for b in blocks:
                if b[0] == "p":
                    o += [".LP", roff(b[1])]
                elif b[0] == "ul":
                    for li in b[1]:
                        o += [".IP \\(bu 2", roff(li)]
                else:
                    o += [".TS", "tab(|) box;", "l r r r.", "|".join(b[1]), "_"] + ["|".join(r) for r in b[2]] + [".TE"]
        for h, lines in it["prior"]:
            o += [".LP", f"\\fB{roff(h)}\\fP", ".br"] + [roff(l) for l in lines]
        o += [".LP", f"\\fB{roff(dec_heading(d, d['dec_style']))}\\fP", ".br"] + [roff(l) + "\n.br" for l in it["decision"]]
    return "\n".join(o) + "\n"


def enscript_src(d):
    o = [f"{d['doctype'].upper()}", "", f"Mødefakta", f"  Dato:      {T.dweek(d['date'])}", f"  Tid:       kl. {d['time']}",
         f"  Sted:      {d['place']}", f"  Afbud:     {d['absent']}", "", "Dagsorden:"]
    o += [f"  Sag nr. {it['no']}  {it['title']}" for it in d["items"]]
    o.append("")
    W = lambda s, ind="": textwrap.fill(s, 78, initial_indent=ind, subsequent_indent=" " * len(ind), break_on_hyphens=False)
    for it in d["items"]:
        o += ["-" * 60, f"Sag nr. {it['no']}  {it['title']}" + ("  [Lukket punkt]" if it["closed"] else "  [Åbent punkt]")]
        if it["sagsnr"]:
            o.append(f"Sagsnr.: {it['sagsnr']}")
        o.append("")
        for h, blocks in it["sections"]:
            o.append(h.upper())
            for b in blocks:
                if b[0] == "p":
                    o += [W(b[1]), ""]
                elif b[0] == "ul":
                    o += [W(li, "  - ") for li in b[1]] + [""]
                else:
                    o.append(f"  {b[1][0]:<44}{b[1][1]:>11}{b[1][2]:>9}{'Pct.':>7}")
                    o += [f"  {r[0]:<44}{r[1]:>11}{r[2]:>9}{r[3]:>7}" for r in b[2]] + [""]
        for h, lines in it["prior"]:
            o += [h.upper()] + [W(l) for l in lines] + [""]
        o += [dec_heading(d, d["dec_style"]).upper()] + [W(l) for l in it["decision"]] + [""]
    return "\n".join(o) + "\n"


# ------------------------------------------------------------------ run
def run(cmd, **kw):
    p = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if p.returncode != 0:
        raise SystemExit(f"producer failed: {cmd}\n{p.stderr[-1500:]}")
    return p


def check_pdf(pdf, d):
    txt = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
    flat = re.sub(r"-\n\s*", "", txt).replace("\u00ad", "")
    flat = re.sub(r"\s+", " ", flat)
    name = d["muni"]["name"]
    probs = []
    if len(flat) < 300:
        probs.append("little text")
    if name not in flat and name.replace("-", "- ") not in flat:
        probs.append(f"name {name} missing")
    if not re.search("[æøåÆØÅ]", flat):
        probs.append("no Danish letters")
    if "Ã" in flat or "Â§" in flat:
        probs.append("mojibake")
    if probs:
        raise SystemExit(f"check failed for {pdf}: {probs}")
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", info).group(1))


def render_all(jobs, rng_seed):
    import random
    rng = random.Random(rng_seed + 1)
    tmp = Path(tempfile.mkdtemp(prefix="c13-"))
    pages = {}
    by = {}
    for i, d in enumerate(jobs):
        d["idx"] = i
        d["dec_style"] = rng.randint(0, 3)
        d["sidebar"] = sorted([(d["body"], d["date"].replace(day=1) if k == 0 else d["date"].replace(day=min(28, d["date"].day + 7 * k)))
                               for k in range(3)], key=lambda t: t[1])
        d["path"].parent.mkdir(parents=True, exist_ok=True)
        by.setdefault(d["layout"][:2], []).append(d)
    half = lambda d: d["path"].parts[-4]
    # L1/L2: docx -> LibreOffice (one call)
    dx = []
    for d in by.get("L1", []) + by.get("L2", []):
        p = tmp / f"d{d['idx']:04d}.docx"; write_docx(d, p, d["layout"][:2]); dx.append(p)
    if dx:
        run(["soffice", "--headless", "--norestore", f"-env:UserInstallation=file://{tmp}/lo", "--convert-to", "pdf", "--outdir", str(tmp)] + [str(p) for p in dx], timeout=600)
        for d in by.get("L1", []):
            shutil.move(tmp / f"d{d['idx']:04d}.pdf", d["path"])
        for d in by.get("L2", []):
            run(["qpdf", "--linearize", "--object-streams=generate", str(tmp / f"d{d['idx']:04d}.pdf"), str(d["path"])])
    # L3 chromium
    for d in by.get("L3", []):
        h = tmp / f"www.{d['folder_ascii']}.dk" / "politik" / "dagsordener-og-referater" / f"{d['date'].isoformat()}-{d['idx']}" / "referat.html"
        h.parent.mkdir(parents=True, exist_ok=True); h.write_text(html_chromium(d), encoding="utf-8")
        run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", f"--user-data-dir={tmp}/chr",
             f"--print-to-pdf={d['path']}", h.as_uri()], timeout=120)
    # L4 html cp1252
    for d in by.get("L4", []):
        d["path"].write_bytes(html_cp1252(d))
    # L5 wkhtmltopdf
    for d in by.get("L5", []):
        h = tmp / f"w{d['idx']:04d}.html"; h.write_text(html_wkhtml(d), encoding="utf-8")
        run(["wkhtmltopdf", "-q", "--encoding", "utf-8", "-s", "A4", str(h), str(d["path"])], timeout=120)
    # L6 WeasyPrint (one process) then Ghostscript pdfwrite
    l6 = by.get("L6", [])
    if l6:
        lst = []
        for d in l6:
            h = tmp / f"y{d['idx']:04d}.html"; h.write_text(html_weasy(d), encoding="utf-8")
            lst.append((str(h), str(tmp / f"y{d['idx']:04d}.pdf")))
        prog = "import sys,json,weasyprint\nfor a,b in json.load(open(sys.argv[1])): weasyprint.HTML(a).write_pdf(b)\n"
        (tmp / "l6.json").write_text(__import__("json").dumps(lst))
        wpy = open(shutil.which("weasyprint")).readline()[2:].strip().split()[0] if shutil.which("weasyprint") else "python3"
        run([wpy, "-c", prog, str(tmp / "l6.json")], timeout=600)
        for d in l6:
            run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite", "-dCompatibilityLevel=1.5",
                 f"-sOutputFile={d['path']}", str(tmp / f"y{d['idx']:04d}.pdf")])
    # L7 groff -> ps -> ps2pdf
    for d in by.get("L7", []):
        ps = tmp / f"g{d['idx']:04d}.ps"
        src = tmp / f"g{d['idx']:04d}.ms"; src.write_text(groff_src(d), encoding="utf-8")
        with open(ps, "wb") as f:
            p = subprocess.run(["groff", "-Kutf8", "-t", "-ms", "-Tps", str(src)], stdout=f, stderr=subprocess.PIPE)
        if p.returncode:
            raise SystemExit(p.stderr.decode()[-1500:])
        run(["ps2pdf", "-dPDFSETTINGS=/prepress", str(ps), str(d["path"])])
    # L8 enscript -> ps -> ps2pdf -> qpdf
    for d in by.get("L8", []):
        t = tmp / f"e{d['idx']:04d}.txt"
        t.write_bytes(enscript_src(d).replace("–", "-").replace("·", "-").encode("latin-1", errors="replace"))
        ps = tmp / f"e{d['idx']:04d}.ps"; p1 = tmp / f"e{d['idx']:04d}.pdf"
        hdr = f"{d['body']} {T.dnum(d['date'])}|{T.muni_full(d['muni']['name'])}|Side $% af $=".encode("latin-1", errors="replace")
        run([b"enscript", b"-q", b"-X", b"latin1", b"-f", b"Courier9", b"-F", b"Helvetica-Bold8", b"-b", hdr, b"-o", bytes(ps), bytes(t)],
            env=dict(os.environ, LC_ALL="C"))
        run(["ps2pdf", str(ps), str(p1)])
        run(["qpdf", "--object-streams=generate", "--compress-streams=y", str(p1), str(d["path"])])
    for d in jobs:
        if d["path"].suffix == ".pdf":
            pages[(half(d), d["rel"])] = check_pdf(d["path"], d)
        else:
            s = d["path"].read_bytes().decode("cp1252")
            if d["muni"]["name"] not in html.unescape(s):
                raise SystemExit(f"check failed for {d['path']}")
            pages[(half(d), d["rel"])] = 1
    shutil.rmtree(tmp, ignore_errors=True)
    return pages
