#!/usr/bin/env python3
"""independent17 layouts and producers. Usage: render.py OUT  (runs gen.py's model)."""
import html, json, os, re, shutil, subprocess, sys, zipfile, datetime as dt
from pathlib import Path
import gen, words as W

E = html.escape
HERE = Path(__file__).resolve().parent


def genitive(body):
    return body + "s"


def slug(s):
    s = gen.ascii_name(s).lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def rec_lines(it):
    if it["numbered"]:
        return [f"{i + 1}. {b}" for i, b in enumerate(it["rec"])]
    return it["rec"]


def item_stance(it):
    return [it["dk"]] if it["dk"] else []


# ====================================================================== HTML layouts

CSS_WEB = """body{font-family:'DejaVu Sans',Arial,sans-serif;font-size:11pt;margin:2em;color:#222}
nav.crumb{font-size:9pt;color:#555;border-bottom:1px solid #ccc;padding-bottom:4px}
aside{float:right;width:28%;font-size:9pt;border-left:1px solid #ddd;padding-left:1em}
main{width:66%} h1{font-size:16pt} h2{font-size:12pt;margin-bottom:2px} .meta{color:#666;font-size:9pt}
footer{clear:both;font-size:8pt;color:#777;border-top:1px solid #ccc;margin-top:2em}"""


def sidebar(m, others):
    li = "".join(f"<li><a href='#'>{E(b)} {d.strftime('%d.%m.%Y')}</a></li>" for b, d in others)
    return f"<aside><h3>Andre møder</h3><ul>{li}</ul></aside>"


def other_dates(m):
    b = m["body"]
    d = m["date"]
    return [(b, d - dt.timedelta(days=35)), (b, d + dt.timedelta(days=28)), (b, d + dt.timedelta(days=63))]


def web_utf8(e, m, it, index=False):
    """OS2dagsorden-like web system: one page per agenda item; body and date only in the crumb/title."""
    body, d = m["body"], m["date"]
    if index:
        lis = "".join(f"<li><a href='punkt-{x['num']}.html'>Punkt {x['num']} {E(x['title'])}</a></li>" for x in m["items"])
        main = f"<h1>Referat</h1><p class='meta'>Mødested: {E(m['place'])} · Kl. {m['time']}</p>" \
               + (f"<p>Afbud: {E(m['absent'])}</p>" if m["absent"] else "") + f"<ol class='items'>{lis}</ol>"
        title = f"{body} {W.dot_date(d)} - Referat"
        crumb = f"Forside › Politik › Dagsordener og referater › {body} › {W.dot_date(d)}"
    else:
        s = [f"<h1>Punkt {it['num']}. {E(it['title'])}</h1>",
             f"<p class='meta'>Åbent punkt · {E(it['casenr'])} · Sagsbehandler: {E(it['officer'])}</p>",
             "<h2>Resumé</h2>", f"<p>{E(it['resume'])}</p>", "<h2>Sagsfremstilling</h2>"]
        s += [f"<p>{E(p)}</p>" for p in it["background"]]
        if it["rec"]:
            s += ["<h2>Indstilling</h2>", f"<p>{E(it['rec_intro'])}</p><ul>"] + [f"<li>{E(b)}</li>" for b in rec_lines(it)] + ["</ul>"]
        for pb, pd, pl in it["prior"]:
            s += [f"<h2>Beslutning i {E(pb)} den {W.dash_date(pd)}</h2>"] + [f"<p>{E(x)}</p>" for x in pl]
        s += ["<h2>Beslutning</h2>"]
        if it.get("dec_absent"):
            s += [f"<p>Fraværende: {E(it['dec_absent'])}</p>"]
        s += [f"<p>{E(x)}</p>" for x in it["decision"]]
        if it["addendum"]:
            ab, ad, at = it["addendum"]
            s += [f"<h2>Beslutning i {E(ab)} den {W.dash_date(ad)}</h2>", f"<p>{E(at)}</p>"]
        main = "".join(s)
        title = f"Punkt {it['num']}: {it['title']} | {body} {W.long_date(d)}"
        crumb = f"Forside › Politik › Dagsordener og referater › {body} › {W.dot_date(d)} › Punkt {it['num']}"
    return (f"<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'><title>{E(title)}</title>"
            f"<style>{CSS_WEB}</style></head><body><a href='#main'>Gå til indhold</a>"
            f"<header><strong>{E(e['kname'])}</strong> · Politik og demokrati</header>"
            f"<nav class='crumb'>{E(crumb)}</nav>{sidebar(m, other_dates(m))}<main id='main'>{main}</main>"
            f"<footer>{E(e['kname'])} · Rådhuspladsen 1 · <a href='#'>Til toppen</a> · Tilgængelighedserklæring</footer></body></html>")


def web_cp1252(e, m, it, index=False):
    """Static export (eDoc/Acadre-like) in windows-1252; decision first, background last."""
    body, d = m["body"], m["date"]
    head = (f"<table class='top' width='100%'><tr><td><b>{E(e['kname'].upper())}</b></td>"
            f"<td align='right'>Referat &#8211; {E(body)}</td></tr></table>"
            f"<div class='crumbs'>Referater &gt; {E(body)} &gt; Møde {W.dash_date(d)} kl. {m['time']}</div><hr>")
    if index:
        rows = "".join(f"<tr><td>Sag nr. {x['num']}</td><td><a href='pkt{x['num']}.htm'>{E(x['title'])}</a></td></tr>" for x in m["items"])
        main = f"<h2>Indholdsfortegnelse</h2><table>{rows}</table><p>Sted: {E(m['place'])}</p>"
        title = f"Referat - {body} - {W.dash_date(d)}"
    else:
        s = [f"<h2>Sag nr. {it['num']} &#8211; {E(it['title'])}</h2>",
             f"<p><small>{E(it['casenr'])} &nbsp; Åbent punkt</small></p>"]
        for pb, pd, pl in it["prior"]:
            s += [f"<p><b>{E(pb)}, {W.long_date(pd)}, pkt. {it['num'] - 3}:</b></p>"] + [f"<p>{E(x)}</p>" for x in pl]
        s += ["<h3>Beslutning</h3>"]
        if it.get("dec_absent"):
            s += [f"<p>Ikke til stede: {E(it['dec_absent'])}</p>"]
        s += [f"<p>{E(x)}</p>" for x in it["decision"]]
        if it["addendum"]:
            ab, ad, at = it["addendum"]
            s += [f"<p><b>Efterfølgende behandling &#8211; {E(ab)}, {W.long_date(ad)}:</b> {E(at)}</p>"]
        if it["rec"]:
            s += ["<h3>Indstilling</h3>", f"<p>{E(it['rec_intro'])}</p>"] + [f"<p>&#8211; {E(b)}</p>" for b in rec_lines(it)]
        s += ["<h3>Sagens kerne</h3>", f"<p>{E(it['resume'])}</p>", "<h3>Redegørelse</h3>"]
        s += [f"<p>{E(p)}</p>" for p in it["background"]]
        s += ["<h3>Økonomiske konsekvenser</h3><p>Sagen har ingen økonomiske konsekvenser.</p>"]
        main = "".join(s)
        title = f"{body} {W.dash_date(d)} - Sag nr. {it['num']}"
    return (f"<html><head><meta http-equiv='Content-Type' content='text/html; charset=windows-1252'>"
            f"<title>{E(title)}</title></head><body style='font-family:Verdana;font-size:10pt'>{head}{main}"
            f"<hr><p><small>Udskrevet fra publiceringsmodulet {W.dot_date(d + dt.timedelta(days=9))} 14:02</small></p></body></html>")


def full_html(e, m, style):
    """Whole-meeting HTML for the PDF layouts (chromium, wkhtml, weasy)."""
    body, d = m["body"], m["date"]
    s = []
    if style == "chromium":   # Prepare-like: label–value header, own decision names body and date
        s += [f"<div class='logo'>{E(e['kname'])}</div><h1>Referat</h1><table class='hdr'>",
              f"<tr><th>Udvalg</th><td>{E(body)}</td></tr>",
              f"<tr><th>Mødedato</th><td>{W.long_date(d)}</td></tr><tr><th>Mødetidspunkt</th><td>kl. {m['time']}</td></tr>",
              f"<tr><th>Mødested</th><td>{E(m['place'])}</td></tr>",
              f"<tr><th>Fraværende</th><td>{E(m['absent'] or 'Ingen')}</td></tr></table>"]
        s += ["<h2>Indholdsfortegnelse</h2><ol>"] + [f"<li>{E(x['title'])}</li>" for x in m["items"]] + ["</ol>"]
        for it in m["items"]:
            s += [f"<h2 class='item'>{it['num']}. {E(it['title'])}</h2>", f"<p class='meta'>{E(it['casenr'])}</p>",
                  "<h3>Resumé</h3>", f"<p>{E(it['resume'])}</p>"]
            if it["rec"]:
                s += ["<h3>Indstilling</h3>", f"<p>{E(it['rec_intro'])}</p><ul>"] + [f"<li>{E(b)}</li>" for b in rec_lines(it)] + ["</ul>"]
            s += ["<h3>Sagsfremstilling</h3>"] + [f"<p>{E(p)}</p>" for p in it["background"]]
            for pb, pd, pl in it["prior"]:
                s += [f"<h3>Beslutning i {E(pb)} den {W.long_date(pd)}</h3>"] + [f"<p>{E(x)}</p>" for x in pl]
            s += [f"<h3>Beslutning i {E(body)} den {W.long_date(d)}</h3>"]
            if it.get("dec_absent"):
                s += [f"<p>Fraværende: {E(it['dec_absent'])}</p>"]
            s += [f"<p>{E(x)}</p>" for x in it["decision"]]
            if it["addendum"]:
                ab, ad, at = it["addendum"]
                s += [f"<h3>Beslutning i {E(ab)} den {W.long_date(ad)}</h3><p>{E(at)}</p>"]
        css = "body{font-family:'DejaVu Sans';font-size:10.5pt} th{text-align:left;padding-right:2em} .item{page-break-before:auto;border-top:1px solid #999}"
        title = f"{body} - Referat - {W.dot_date(d)}"
    elif style == "wkhtml":   # KMD-like: Organ/Møde header, Pkt., Beslutninger with Fraværende between
        s += [f"<table class='hdr'><tr><td colspan=2><b>{E(e['kname'])}</b> &#8211; Referat</td></tr>",
              f"<tr><td>Organ:</td><td>{E(body)}</td></tr><tr><td>Møde:</td><td>Ordinært møde</td></tr>",
              f"<tr><td>Dato:</td><td>{W.dot_date(d)}</td></tr><tr><td>Starttidspunkt:</td><td>{m['time']}</td></tr>",
              f"<tr><td>Sted:</td><td>{E(m['place'])}</td></tr>"]
        if m["absent"]:
            s += [f"<tr><td>Fraværende med afbud:</td><td>{E(m['absent'])}</td></tr>"]
        s += ["</table>"]
        for it in m["items"]:
            s += [f"<h2>Pkt. {it['num']} {E(it['title'])}</h2><p class='meta'>Åbent punkt &nbsp; {E(it['casenr'])}</p>",
                  "<h4>Beslutningstema</h4>", f"<p>{E(it['resume'])}</p>", "<h4>Sagsforløb</h4>"]
            s += [f"<p>{E(p)}</p>" for p in it["background"]]
            if it["dk"]:
                s += ["<h4>Retsgrundlag</h4><p>Lov om retssikkerhed og administration på det sociale område, § 79 b.</p>"]
            if it["rec"]:
                s += ["<h4>Indstilling</h4>", f"<p>{E(it['rec_intro'])}</p>"] + [f"<p>&#8226; {E(b)}</p>" for b in rec_lines(it)]
            for pb, pd, pl in it["prior"]:
                s += [f"<p><b>Beslutning fra {E(pb)}, {W.long_date(pd)}, pkt. {max(1, it['num'] - 5)}:</b></p>"] + [f"<p>{E(x)}</p>" for x in pl]
            s += ["<h4>Beslutninger</h4>"]
            if it.get("dec_absent"):
                s += [f"<p>Fraværende: {E(it['dec_absent'])}</p>"]
            s += [f"<p>{E(x)}</p>" for x in it["decision"]]
            if it["addendum"]:
                ab, ad, at = it["addendum"]
                s += [f"<p><i>Tilføjet efter {genitive(ab)} møde {W.dot_date(ad)}:</i> {E(ab)} &#8211; {E(at)}</p>"]
        css = "body{font-family:'DejaVu Serif';font-size:11pt} h2{font-size:13pt;background:#eee} .hdr td{padding-right:1.5em}"
        title = f"Referat {body} {W.dot_date(d)}"
    else:   # weasy: FirstAgenda-like, title line with weekday, running header
        s += [f"<h1>{E(body)} {W.weekday_date(d)} kl. {m['time']}</h1>",
              f"<p>Mødested: {E(m['place'])}</p>"]
        if m["absent"]:
            s += [f"<p>Afbud: {E(m['absent'])}</p>"]
        for it in m["items"]:
            s += [f"<h2>{it['num']} {E(it['title'])}</h2>", f"<p class='meta'>{E(it['casenr'])}</p>",
                  "<h3>Sagens kerne</h3>", f"<p>{E(it['resume'])}</p>", "<h3>Problemstilling</h3>"]
            s += [f"<p>{E(p)}</p>" for p in it["background"]]
            if it["rec"]:
                s += ["<h3>Indstilling</h3>", f"<p>{E(it['rec_intro'])}</p>"] + [f"<p>{E(b)}</p>" for b in rec_lines(it)]
            for pb, pd, pl in it["prior"]:
                s += [f"<h3>{E(genitive(pb))} beslutning den {W.dot_date(pd)}</h3>"] + [f"<p>{E(x)}</p>" for x in pl]
            s += ["<h3>Beslutning</h3>"]
            if it.get("dec_absent"):
                s += [f"<p>Fraværende: {E(it['dec_absent'])}</p>"]
            s += [f"<p>{E(x)}</p>" for x in it["decision"]]
            if it["addendum"]:
                ab, ad, at = it["addendum"]
                s += [f"<h3>{E(genitive(ab))} beslutning den {W.dot_date(ad)}</h3><p>{E(at)}</p>"]
        run = f"{e['kname']} · {body} · Referat · {W.dot_date(d)}"
        css = ("@page{size:A4;margin:2.2cm 2cm;@top-center{content:'" + run.replace("'", "") + "';font-size:8pt;color:#666}"
               "@bottom-right{content:'Side ' counter(page) ' af ' counter(pages);font-size:8pt}}"
               "body{font-family:'DejaVu Sans';font-size:10pt} h1{font-size:15pt} h2{font-size:12pt;border-bottom:1px solid #888}")
        title = f"{body} {W.dot_date(d)}"
    return (f"<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'><title>{E(title)}</title><style>{css}</style></head>"
            f"<body>{''.join(s)}</body></html>")


# ====================================================================== plain text (enscript)

def protocol_text(e, m):
    body, d = m["body"], m["date"]
    L = [e["kname"].upper(), "BESLUTNINGSPROTOKOL", "", body,
         f"Møde den {W.dot_date(d)} kl. {m['time']}, {m['place']}"]
    if m["absent"]:
        L.append(f"Afbud: {m['absent']}")
    L += ["", "=" * 70, ""]
    import textwrap
    wrap = lambda t, ind="          ": textwrap.wrap(t, 70, initial_indent=ind, subsequent_indent=ind)
    for it in m["items"]:
        L += [f"Pkt. {it['num']:<5}{it['title']}", f"          {it['casenr']}", ""]
        for p in it["background"][:2]:
            L += wrap(p) + [""]
        if it["rec"]:
            L += wrap(it["rec_intro"])
            for b in rec_lines(it):
                L += textwrap.wrap(b, 70, initial_indent="            - ", subsequent_indent="              ")
            L.append("")
        for pb, pd, pl in it["prior"]:
            L += wrap(f"{pb} {W.dot_date(pd)}: " + " ".join(pl)) + [""]
        if it.get("dec_absent"):
            L += wrap(f"Ikke til stede: {it['dec_absent']}")
        for x in it["decision"]:
            L += wrap(x)
        if it["addendum"]:
            ab, ad, at = it["addendum"]
            L += [""] + wrap(f"Efterfølgende: {ab} {W.dot_date(ad)}: {at}")
        L += ["", "-" * 70, ""]
    L += ["", "Protokollen oplæst og godkendt.", "", "Underskrifter:"]
    return "\n".join(L) + "\n"


# ====================================================================== DOCX

def wt(t):
    return f"<w:t xml:space=\"preserve\">{E(t, quote=False)}</w:t>"


def para(text, bold=False, size=None, italic=False, after=120):
    rpr = ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "") + (f"<w:sz w:val=\"{size}\"/>" if size else "")
    return (f"<w:p><w:pPr><w:spacing w:after=\"{after}\"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii=\"Liberation Sans\" "
            f"w:hAnsi=\"Liberation Sans\"/>{rpr}</w:rPr>{wt(text)}</w:r></w:p>")


def table(rows, widths=(2600, 6400)):
    b = "".join(f"<w:{s} w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"999999\"/>" for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
    x = [f"<w:tbl><w:tblPr><w:tblW w:w=\"{sum(widths)}\" w:type=\"dxa\"/><w:tblBorders>{b}</w:tblBorders></w:tblPr><w:tblGrid>"
         + "".join(f"<w:gridCol w:w=\"{w}\"/>" for w in widths) + "</w:tblGrid>"]
    for r in rows:
        x.append("<w:tr>" + "".join(f"<w:tc><w:tcPr><w:tcW w:w=\"{w}\" w:type=\"dxa\"/></w:tcPr>{para(c, bold=(i == 0), after=40)}</w:tc>"
                                    for i, (c, w) in enumerate(zip(r, widths))) + "</w:tr>")
    x.append("</w:tbl>")
    return "".join(x) + para("", after=60)


def field(name):
    return (f"<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> {name} </w:instrText></w:r>"
            f"<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>")


NS = ("xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
      "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"")


def write_docx(path, body_xml, header_text, footer_text):
    ft = (f"<w:ftr {NS}><w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:rPr><w:sz w:val=\"16\"/></w:rPr>{wt(footer_text + ' - Side ')}</w:r>"
          + field("PAGE") + f"<w:r><w:rPr><w:sz w:val=\"16\"/></w:rPr>{wt(' af ')}</w:r>" + field("NUMPAGES") + "</w:p></w:ftr>")
    hd = f"<w:hdr {NS}><w:p><w:pPr><w:jc w:val=\"right\"/></w:pPr><w:r><w:rPr><w:sz w:val=\"16\"/></w:rPr>{wt(header_text)}</w:r></w:p></w:hdr>"
    doc = (f"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document {NS}><w:body>{body_xml}"
           "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rH\"/><w:footerReference w:type=\"default\" r:id=\"rF\"/>"
           "<w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1418\" w:right=\"1134\" w:bottom=\"1418\" w:left=\"1134\" "
           "w:header=\"709\" w:footer=\"709\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>")
    ct = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
          "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
          "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
          "<Override PartName=\"/word/header1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml\"/>"
          "<Override PartName=\"/word/footer1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/></Types>")
    rels = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>")
    drels = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
             "<Relationship Id=\"rH\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/header\" Target=\"header1.xml\"/>"
             "<Relationship Id=\"rF\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer\" Target=\"footer1.xml\"/></Relationships>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, c in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc),
                     ("word/_rels/document.xml.rels", drels), ("word/header1.xml", hd), ("word/footer1.xml", ft)):
            zi = zipfile.ZipInfo(n, (2025, 1, 1, 0, 0, 0))
            z.writestr(zi, c, zipfile.ZIP_DEFLATED)


def docx_table(e, m):
    body, d = m["body"], m["date"]
    x = [para(e["kname"], bold=True, size=20), para("Referat", bold=True, size=36),
         table([("Udvalg:", body), ("Mødedato:", W.dot_date(d)), ("Mødetidspunkt:", f"Kl. {m['time']}"),
                ("Mødested:", m["place"]), ("Fraværende:", m["absent"] or "")])]
    for it in m["items"]:
        x.append(para(f"Punkt {it['num']}. {it['title']}", bold=True, size=26))
        x.append(table([("Sagsnr.", re.sub(r"^(Sagsnr\.:?|Sag:|Journalnr\.:)\s*", "", it["casenr"])),
                        ("Sagsbehandler", it["officer"]), ("Status", "Åbent punkt")]))
        x.append(para("Resumé", bold=True)); x.append(para(it["resume"]))
        x.append(para("Sagsfremstilling", bold=True)); x += [para(p) for p in it["background"]]
        if it["rec"]:
            x.append(para("Indstilling", bold=True)); x.append(para(it["rec_intro"]))
            x += [para("  " + b) for b in rec_lines(it)]
        for pb, pd, pl in it["prior"]:
            x.append(para(f"Beslutning i {pb} den {W.dot_date(pd)}", bold=True)); x += [para(t) for t in pl]
        x.append(para("Beslutning", bold=True))
        if it.get("dec_absent"):
            x.append(para(f"Fraværende: {it['dec_absent']}", italic=True))
        x += [para(t) for t in it["decision"]]
        if it["addendum"]:
            ab, ad, at = it["addendum"]
            x.append(para(f"Beslutning i {ab} den {W.dot_date(ad)}", bold=True)); x.append(para(at))
    return "".join(x), f"{e['kname']} | Referat", f"{body} {W.dot_date(d)}"


def docx_plain(e, m):
    body, d = m["body"], m["date"]
    x = [para(f"Referat af {genitive(body)} møde {W.weekday_date(d)} kl. {m['time']}", bold=True, size=30),
         para(f"Mødested: {m['place']}")]
    if m["absent"]:
        x.append(para(f"Afbud: {m['absent']}"))
    x.append(para("Dagsorden: " + "; ".join(f"{i['num']}. {i['title']}" for i in m["items"]), size=18))
    for it in m["items"]:
        x.append(para(f"Sag nr. {it['num']} - {it['title']}", bold=True, size=24))
        x.append(para(f"{it['casenr']}    Åben sag", size=18))
        x.append(para(f"{genitive(body)} beslutning den {W.long_date(d)}", bold=True))
        if it.get("dec_absent"):
            x.append(para(f"Fraværende: {it['dec_absent']}"))
        x += [para(t) for t in it["decision"]]
        if it["addendum"]:
            ab, ad, at = it["addendum"]
            x.append(para(f"{genitive(ab)} beslutning den {W.long_date(ad)}", bold=True)); x.append(para(at))
        for pb, pd, pl in it["prior"]:
            x.append(para(f"{genitive(pb)} beslutning den {W.long_date(pd)}", bold=True)); x += [para(t) for t in pl]
        if it["rec"]:
            x.append(para("Indstilling", bold=True)); x.append(para(it["rec_intro"]))
            x += [para(b) for b in rec_lines(it)]
        x.append(para("Beskrivelse af sagen", bold=True)); x.append(para(it["resume"]))
        x += [para(p) for p in it["background"]]
        x.append(para("Beslutningskompetence", bold=True)); x.append(para(e["council"] if it["dk"] and it["dk"][0] == 2025 else body))
    return "".join(x), f"{e['kname']} - {body}", "Referat"


# ====================================================================== driver

def run(cmd, **kw):
    r = subprocess.run(cmd, capture_output=True, **kw)
    if r.returncode != 0:
        sys.exit(f"producer failed: {cmd[:3]}…: {r.stderr[-800:]!r}")
    return r


def fname(e, m, ext, layout):
    dd = m["date"]
    b = slug(m["body"])
    if layout == "docx-table":
        return f"Referat_{b}_{dd.isoformat()}.{ext}"
    if layout == "docx-plain":
        return f"{b}-referat-{dd.strftime('%d%m%Y')}.{ext}"
    if layout == "chromium":
        return f"{dd.strftime('%Y%m%d')}_{b}_referat.{ext}"
    if layout == "wkhtml":
        return f"Referat {m['body']} {dd.strftime('%d-%m-%Y')}.{ext}".replace(" ", "_")
    if layout == "weasy":
        return f"{b}_{dd.isoformat()}_referat.{ext}"
    return f"protokol-{b}-{dd.isoformat()}.{ext}"


def main(out):
    out = Path(out)
    model = gen.main(out)
    stage = out / "_stage"
    shutil.rmtree(stage, ignore_errors=True)
    stage.mkdir(parents=True)
    env = dict(os.environ, HOME=str(out / "_home"))
    (out / "_home").mkdir(exist_ok=True)
    jobs = {k: [] for k in ("soffice", "chromium", "wkhtml", "weasy", "enscript")}
    docs = {h: [] for h in model["halves"]}
    for half, hv in model["halves"].items():
        corp = out / half / "corpus"
        shutil.rmtree(out / half, ignore_errors=True)
        for e in hv["munis"]:
            fd = corp / e["folder"]
            fd.mkdir(parents=True, exist_ok=True)
            lay = e["layout"]
            seen_index = False
            for m in e["meetings"]:
                rel = lambda n: f"{e['folder']}/{n}"
                base = dict(code=e["code"], body=m["kind"], date=m["date"], name=e["name"])
                if lay.startswith("web-item"):
                    dk_items = [it for it in m["items"] if it["dk"]]
                    pages = dk_items or [m["items"][1]]
                    ext = "html" if lay == "web-item-utf8" else "htm"
                    enc = "utf-8" if ext == "html" else "cp1252"
                    fn = web_utf8 if ext == "html" else web_cp1252
                    prefix = f"{slug(m['body'])}-{m['date'].strftime('%Y%m%d')}"
                    if m["kind"] == "council" and not seen_index:
                        seen_index = True
                        n = f"{prefix}-index.{ext}" if ext == "html" else f"Dagsorden_{prefix}.{ext}"
                        (fd / n).write_bytes(fn(e, m, None, index=True).encode(enc))
                        docs[half].append(dict(base, path=rel(n), dk_items=[], pages=1, producer=f"html-{enc}"))
                    for it in pages:
                        n = f"{prefix}-punkt-{it['num']}.{ext}" if ext == "html" else f"{prefix}_pkt{it['num']}.{ext}"
                        (fd / n).write_bytes(fn(e, m, it).encode(enc))
                        docs[half].append(dict(base, path=rel(n), dk_items=item_stance(it), pages=1, producer=f"html-{enc}"))
                    continue
                n = fname(e, m, "pdf", lay)
                dk_items = [it["dk"] for it in m["items"] if it["dk"]]
                key = f"{half}__{e['folder']}__{n[:-4]}"
                doc = dict(base, path=rel(n), dk_items=dk_items, pages=None, producer=lay, dest=fd / n, layout=lay)
                if lay.startswith("docx"):
                    bx, hdr, ftr = (docx_table if lay == "docx-table" else docx_plain)(e, m)
                    write_docx(stage / f"{key}.docx", bx, hdr, ftr)
                    jobs["soffice"].append((stage / f"{key}.pdf", doc))
                    doc["producer"] = "libreoffice-docx"
                elif lay == "enscript":
                    (stage / f"{key}.txt").write_bytes(protocol_text(e, m).encode("latin-1"))
                    jobs["enscript"].append((stage / f"{key}.txt", doc))
                else:
                    (stage / f"{key}.html").write_text(full_html(e, m, lay), encoding="utf-8")
                    jobs[lay].append((stage / f"{key}.html", doc))
                docs[half].append(doc)
    # producers, one at a time
    if jobs["soffice"]:
        run(["soffice", "--headless", "--norestore", "--convert-to", "pdf", "--outdir", str(stage)]
            + [str(p.with_suffix(".docx")) for p, _ in jobs["soffice"]], env=env, timeout=600)
        for p, d in jobs["soffice"]:
            shutil.move(str(p), d["dest"])
    for p, d in jobs["chromium"]:
        run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={out / '_home' / 'chr'}",
             f"--print-to-pdf={d['dest']}", p.as_uri()], env=env, timeout=120)
        d["producer"] = "chromium"
    for p, d in jobs["wkhtml"]:
        run(["wkhtmltopdf", "-q", "--encoding", "utf-8", "--header-right", f"Udskrevet {W.dot_date(d['date'] + dt.timedelta(days=41))} kl. 09:12",
             "--header-font-size", "7", "--footer-center", "Side [page] af [topage]", "--footer-font-size", "7",
             str(p), str(d["dest"])], env=env, timeout=120)
        d["producer"] = "wkhtmltopdf"
    for p, d in jobs["weasy"]:
        run(["weasyprint", "-q", str(p), str(d["dest"])], env=env, timeout=120)
        d["producer"] = "weasyprint"
    for i, (p, d) in enumerate(jobs["enscript"]):
        ps = p.with_suffix(".ps")
        hdr = f"{d['name']} - beslutningsprotokol||Side $% af $=".encode("latin-1")
        run([b"enscript", b"-q", b"-X", b"latin1", b"-f", b"Courier9", b"-b", hdr, b"-o", str(ps).encode(), str(p).encode()], env=env)
        run(["ps2pdf", str(ps), str(d["dest"])], env=env)
        d["producer"] = "enscript+ps2pdf"
    # Ghostscript re-distilling of every other docx-plain and enscript PDF
    k = 0
    for p, d in jobs["soffice"] + jobs["enscript"]:
        if d["layout"] not in ("docx-plain", "enscript"):
            continue
        k += 1
        if k % 2:
            tmp = d["dest"].with_suffix(".gs.pdf")
            run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite", f"-sOutputFile={tmp}", str(d["dest"])], env=env)
            shutil.move(str(tmp), d["dest"])
            d["producer"] += "+gs"
    # pdftotext checks
    for half in docs:
        for d in docs[half]:
            if "dest" not in d:
                continue
            t = run(["pdftotext", "-layout", str(d["dest"]), "-"]).stdout.decode("utf-8", "replace")
            kname = W.kommune_name(d["name"])
            bad = []
            if len(t.strip()) < 200:
                bad.append("no text")
            if d["name"].upper() not in t.upper():
                bad.append("name missing")
            if not re.search("[æøåÆØÅ]", t):
                bad.append("no Danish letters")
            if re.search("Ã[¦¸¥†˜…]|â€|\ufffd", t):
                bad.append("mojibake")
            if bad:
                sys.exit(f"pdftotext check failed for {d['dest']}: {bad}")
            d["pages"] = t.count("\f") or 1
    shutil.rmtree(stage)
    layouts = ["# independent17 layouts", "", "| layout | half |", "|---|---|"]
    for half, hv in model["halves"].items():
        for l in hv["layouts"]:
            layouts.append(f"| {l} | {half} |")
        g = gen.make_gold(model, half, docs[half])
        (out / half / "gold.json").write_text(json.dumps(g, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")
    layouts += ["", "| half | code | name | folder | layout | scenario | outcome | action_plan |", "|---|---|---|---|---|---|---|---|"]
    for half, hv in model["halves"].items():
        for e in sorted(hv["munis"], key=lambda x: x["code"]):
            layouts.append(f"| {half} | {e['code']} | {e['name']} | {e['folder']} | {e['layout']} | {e['scenario']} | {e['expect'][0]} | {e['expect'][1]} |")
    (out / "layouts.md").write_text("\n".join(layouts) + "\n", encoding="utf-8")
    shutil.rmtree(out / "_home", ignore_errors=True)


if __name__ == "__main__":
    main(sys.argv[1])
