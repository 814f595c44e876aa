# -*- coding: utf-8 -*-
"""Turns a meeting model into the source of one of eight layouts (HTML, ODT, DOCX, groff)."""
import html, io, zipfile, datetime as dt
import texts as T

ESC = html.escape


def gen_form(b):
    return b if b.endswith("s") else b + "s"


def view(doc, ctx, layout, r):
    body, kind, date, pres = doc["body"], doc["kind"], doc["date"], doc["presentation"]
    ds = T.fmt_date(date, doc["date_style"])
    if doc["extra"]:
        mtype = "Ekstraordinært byrådsmøde" if body == "Byrådet" else f"Ekstraordinært møde i {body}"
    else:
        mtype = "Ordinært møde"
    if kind == "unknown":
        title_body = f"{body} – referat"
    elif doc["extra"]:
        title_body = f"Referat af {mtype.lower() if body == 'Byrådet' else mtype[0].lower() + mtype[1:]}"
        title_body = "Referat: " + mtype
    else:
        title_body = r.choice([f"Referat af møde i {body}", f"{body} - Referat", f"Referat fra {gen_form(body)} møde"])
    generic_title = r.choice(["Referat", "Beslutningsreferat", "Referat – åbent møde"])
    if doc["extra"] and pres not in ("title_only",):
        generic_title = "Referat – ekstraordinært møde"
    hp = []
    title = generic_title
    running = f"{ctx.kname} · Referat"
    footer = ""
    named_in_heads = pres in ("label_udvalg", "label_organ", "label_moede", "title_only", "sidebar_heavy")
    if pres in ("label_udvalg", "sidebar_heavy"):
        hp.append(("Udvalg", body))
    elif pres == "label_organ":
        hp.append(("Organ", body))
    elif pres == "label_moede":
        hp.append(("Møde", f"{body}, {mtype.lower()}" if not doc["extra"] else mtype))
    elif pres == "title_only":
        title = title_body
    elif pres == "running_only":
        running = f"{body} – {ds}"
    elif pres == "footer_only":
        footer = f"{ctx.kname} – {body} – referat {T.fmt_date(date, 'dots')}"
    hp.append((r.choice(["Mødedato", "Dato"]), ds))
    hp.append((r.choice(["Mødetidspunkt", "Tidspunkt", "Starttidspunkt"]), doc["time"]))
    hp.append((r.choice(["Mødested", "Sted", "Lokale"]), doc["place"]))
    if pres == "attendance_only":
        if kind == "council":
            who = r.choice([f"{gen_form(body)} medlemmer", f"Samtlige medlemmer af {body}"])
        else:
            who = f"Medlemmer af {body}"
        hp.append(("Til stede", f"{who}: " + ", ".join(doc["present"])))
    else:
        hp.append((r.choice(["Deltagere", "Medlemmer"]), ", ".join(doc["present"])))
    if doc["absent"]:
        hp.append((r.choice(["Afbud", "Fraværende", "Fraværende med afbud"]), doc["absent"]))
    # sidebar: the other bodies' meetings
    side = []
    if layout in ("os2-html-utf8", "edoc-html-cp1252", "chromium-print") or pres == "sidebar_heavy":
        def near(k): return T.fmt_date(date + dt.timedelta(days=k), "dash")
        if kind == "council":
            others = [ctx.committee, "Økonomiudvalget", r.choice(T.OTHER_COMMITTEES), "Handicaprådet"]
        else:
            others = [ctx.council, ctx.council, "Økonomiudvalget", ctx.committee]
        side = [f"{o} {near(k)}" for o, k in zip(others, [7, 21, -7, 14])]
    # items
    items = []
    for it in doc["items"]:
        secs = []
        if it.get("bg"):
            secs.append((r.choice(["Sagsfremstilling", "Sagens indhold", "Beskrivelse af sagen", "Redegørelse"]), it["bg"], []))
        if it.get("rec"):
            who = r.choice(["Forvaltningen indstiller", "Direktionen indstiller", "Administrationen indstiller"])
            if kind == "committee" and it.get("dk"):
                who += r.choice([f" til {ctx.council} via {body}", f" over for {body}", ""])
            secs.append(("Indstilling", [f"{who},"], [it["rec"]]))
        for head, text in it["decisions"]:
            if head == "OWN":
                if named_in_heads and kind != "unknown":
                    hds = T.fmt_date(date, r.choice(["long", "dots", "dash"]))
                    head = r.choice([f"Beslutning i {body} den {hds}", f"{gen_form(body)} beslutning",
                                     "Beslutning", f"{gen_form(body)} beslutning den {T.fmt_date(date, 'dash')}"])
                    if body == "Borgerrepræsentationen" and r.random() < 0.5:
                        head = f"Borgerrepræsentationens beslutning i mødet den {T.fmt_date(date, 'long')}"
                else:
                    head = r.choice(["Beslutning", "Afgørelse", "Beslutning:"])
            elif head is None:
                head = "Beslutning"
            secs.append((head, [text] if text else [], []))
        rt = it.get("route")
        if rt is not None:
            if rt.startswith("Sagen"):
                secs.append(("Beslutningskompetence", [rt], []))
            elif rt.startswith("Til"):
                secs.append(("Sagens videre forløb", [rt + "."], []))
            elif rt == "":
                secs.append((f"Beslutning i {ctx.council}", [], []))
            else:
                h, _, rest = rt.partition(":")
                secs.append((h, [rest.strip()] if rest.strip() else [], []))
        items.append(dict(no=it.get("no"), title=it["title"], sagsnr=it.get("sagsnr", ""), sections=secs))
    return dict(title=title, kname=ctx.kname, hp=hp, running=running, footer=footer, side=side, items=items,
                htitle=f"{body if named_in_heads or pres == 'sidebar_heavy' else 'Referat'} {T.fmt_date(date, 'dash')} – {ctx.kname}",
                ds=ds)


NUM = {
    "os2-html-utf8": lambda n, t: f"{n}. {t}", "edoc-html-cp1252": lambda n, t: f"Punkt {n}: {t}",
    "odt-lo": lambda n, t: f"Sag nr. {n} – {t}", "docx-lo": lambda n, t: f"{n} {t}",
    "chromium-print": lambda n, t: f"Pkt. {n} {t}", "wkhtml-print": lambda n, t: f"Nr.{n} - {t}",
    "weasy-protocol": lambda n, t: f"{n + 400}. {t}", "groff-gs": lambda n, t: f"Punkt {n}. {t}",
}


def num(layout, it):
    return NUM[layout](it["no"], it["title"]) if it["no"] else it["title"]


CSS = {
    "os2-html-utf8": "body{font-family:sans-serif;margin:0} .wrap{display:flex} nav{width:220px;background:#eef;padding:8px} main{flex:1;padding:12px} th{text-align:left}",
    "edoc-html-cp1252": "body{font-family:Verdana,sans-serif;font-size:10pt} .menu{border-bottom:1px solid #999} h2{font-size:12pt}",
    "chromium-print": "body{font-family:'DejaVu Sans',sans-serif;font-size:10.5pt} aside{float:right;width:34%;white-space:nowrap;border-left:2px solid #ccc;padding-left:6px;font-size:9pt} table{border-collapse:collapse} td{border:1px solid #bbb;padding:2px 6px}",
    "wkhtml-print": ".runhead{font-size:8pt;color:#555;border-bottom:1px solid #aaa} .runfoot{font-size:8pt;color:#555;border-top:1px solid #aaa;margin-top:30px} body{font-family:'DejaVu Serif',serif;font-size:11pt} .hd td{padding:1px 8px} h3{border-top:1px solid #000;padding-top:4px}",
    "weasy-protocol": "@page{size:A4;margin:22mm 18mm;@top-left{content:'RUNNING';font-size:8pt} @bottom-left{content:'FOOTER';font-size:8pt} @bottom-right{content:'Side ' counter(page) ' af ' counter(pages);font-size:8pt}} body{font-family:'DejaVu Sans',sans-serif;font-size:10pt} h3{margin-bottom:2px}",
}


def css(v, layout):
    c = CSS[layout]
    if layout == "weasy-protocol":
        q = lambda t: t.replace("\\", "").replace("'", "")
        c = c.replace("RUNNING", q(v["running"])).replace("FOOTER", q(v["footer"] or v["kname"]))
    return c


def to_html(v, layout, charset="utf-8"):
    o = [f'<!DOCTYPE html><html lang="da"><head><meta charset="{charset}"><title>{ESC(v["htitle"])}</title><style>{css(v, layout)}</style></head><body>']
    if layout == "os2-html-utf8":
        o.append('<a href="#main">Gå til indhold</a><div class="crumbs">Forside › Politik › Dagsordener og referater</div><div class="wrap"><nav><h4>Kommende møder</h4><ul>')
        o += [f"<li><a href='#'>{ESC(s)}</a></li>" for s in v["side"]] + ["</ul></nav><main id='main'>"]
    elif layout == "edoc-html-cp1252":
        o.append('<div class="menu">Politik | ' + " | ".join(ESC(s) for s in v["side"]) + "</div>")
    elif layout == "chromium-print" and v["side"]:
        o.append("<aside><b>Møder</b><br>" + "<br>".join(ESC(s) for s in v["side"]) + "</aside>")
    if layout == "wkhtml-print":
        o.append(f'<div class="runhead">{ESC(v["running"])}</div>')
    o.append(f"<p><b>{ESC(v['kname'])}</b></p><h1>{ESC(v['title'])}</h1>")
    if layout == "edoc-html-cp1252":
        o.append("<p>" + "<br>".join(f"{ESC(k)}: {ESC(val)}" for k, val in v["hp"]) + "</p>")
    else:
        o.append('<table class="hd">' + "".join(f"<tr><th>{ESC(k)}</th><td>{ESC(val)}</td></tr>" for k, val in v["hp"]) + "</table>")
    for it in v["items"]:
        o.append(f"<h2>{ESC(num(layout, it))}</h2><p class='sag'>Sagsnr.: {ESC(it['sagsnr'])}</p>")
        for h, paras, bullets in it["sections"]:
            o.append(f"<h3>{ESC(h)}</h3>" + "".join(f"<p>{ESC(p)}</p>" for p in paras))
            if bullets:
                o.append("<ul>" + "".join(f"<li>{ESC(b)}</li>" for b in bullets) + "</ul>")
    if layout == "wkhtml-print":
        o.append(f'<div class="runfoot">{ESC(v["footer"] or v["kname"])}</div>')
    elif v["footer"] and layout != "weasy-protocol":
        o.append(f"<footer><p>{ESC(v['footer'])}</p></footer>")
    if layout == "os2-html-utf8":
        o.append("</main></div><p><a href='#'>Til toppen</a></p>")
    o.append("</body></html>")
    return "\n".join(o)


# ---------------- ODT ----------------
def _x(s):
    return html.escape(s, quote=False)


def to_odt(v, layout):
    NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2"')
    body = [f'<text:p text:style-name="Kom">{_x(v["kname"])}</text:p>', f'<text:h text:outline-level="1">{_x(v["title"])}</text:h>',
            '<table:table table:name="Mødefakta"><table:table-column table:number-columns-repeated="2"/>']
    for k, val in v["hp"]:
        body.append(f'<table:table-row><table:table-cell><text:p>{_x(k)}</text:p></table:table-cell><table:table-cell><text:p>{_x(val)}</text:p></table:table-cell></table:table-row>')
    body.append("</table:table>")
    for it in v["items"]:
        body.append(f'<text:h text:outline-level="2">{_x(num(layout, it))}</text:h><text:p>Sagsnr. {_x(it["sagsnr"])}</text:p>')
        for h, paras, bullets in it["sections"]:
            body.append(f'<text:p text:style-name="Head">{_x(h)}</text:p>')
            body += [f"<text:p>{_x(p)}</text:p>" for p in paras]
            body += [f"<text:p>• {_x(b)}</text:p>" for b in bullets]
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {NS}><office:automatic-styles/>'
               f'<office:body><office:text>{"".join(body)}</office:text></office:body></office:document-content>')
    foot = v["footer"] or f"{v['kname']}"
    styles = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {NS}><office:styles>'
              '<style:style style:name="Standard" style:family="paragraph"><style:text-properties style:font-name="DejaVu Sans" fo:font-family="DejaVu Sans" fo:font-size="10pt"/></style:style>'
              '<style:style style:name="Head" style:family="paragraph"><style:text-properties fo:font-weight="bold" fo:font-family="DejaVu Sans"/></style:style>'
              '<style:style style:name="Kom" style:family="paragraph"><style:text-properties fo:font-size="14pt" fo:font-family="DejaVu Sans"/></style:style>'
              '</office:styles><office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin="2cm"/>'
              '<style:header-style/><style:footer-style/></style:page-layout></office:automatic-styles><office:master-styles>'
              f'<style:master-page style:name="Standard" style:page-layout-name="pm1"><style:header><text:p>{_x(v["running"])}</text:p></style:header>'
              f'<style:footer><text:p>{_x(foot)} – side <text:page-number text:select-page="current"/></text:p></style:footer></style:master-page></office:master-styles></office:document-styles>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/></manifest:manifest>')
    b = io.BytesIO()
    with zipfile.ZipFile(b, "w") as z:
        zi = zipfile.ZipInfo("mimetype", (2026, 1, 1, 0, 0, 0)); z.writestr(zi, "application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED)
        for n, c in (("content.xml", content), ("styles.xml", styles), ("META-INF/manifest.xml", manifest)):
            z.writestr(zipfile.ZipInfo(n, (2026, 1, 1, 0, 0, 0)), c, zipfile.ZIP_DEFLATED)
    return b.getvalue()


# ---------------- DOCX ----------------
def to_docx(v, layout):
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    def p(t, bold=False, size=None):
        rp = ("<w:b/>" if bold else "") + (f'<w:sz w:val="{size}"/>' if size else "")
        return f'<w:p><w:r><w:rPr><w:rFonts w:ascii="DejaVu Sans" w:hAnsi="DejaVu Sans"/>{rp}</w:rPr><w:t xml:space="preserve">{_x(t)}</w:t></w:r></w:p>'
    b = [p(v["kname"], size=28), p(v["title"], True, 32)]
    b += [p(f"{k}: {val}") for k, val in v["hp"]]
    for it in v["items"]:
        b.append(p(num(layout, it), True, 24)); b.append(p(f"Sagsnr.: {it['sagsnr']}"))
        for h, paras, bullets in it["sections"]:
            b.append(p(h, True)); b += [p(x) for x in paras]; b += [p("– " + x) for x in bullets]
    foot = v["footer"] or v["kname"]
    doc = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>{"".join(b)}'
           '<w:sectPr><w:headerReference w:type="default" r:id="rH"/><w:footerReference w:type="default" r:id="rF"/>'
           '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1300" w:bottom="1440" w:left="1300" w:header="700" w:footer="700"/></w:sectPr></w:body></w:document>')
    hdr = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr {W}>{p(v["running"])}</w:hdr>'
    ftr = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr {W}>{p(foot)}</w:ftr>'
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
          '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    drels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rH" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>'
             '<Relationship Id="rF" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>')
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for n, c in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc), ("word/_rels/document.xml.rels", drels),
                     ("word/header1.xml", hdr), ("word/footer1.xml", ftr)):
            z.writestr(zipfile.ZipInfo(n, (2026, 1, 1, 0, 0, 0)), c)
    return bio.getvalue()


# ---------------- groff -ms ----------------
def _g(s):
    s = s.replace("\\", "\\e")
    return "\n".join(("\\&" + l) if l[:1] in ".'" else l for l in s.split("\n"))


def to_groff(v, layout):
    o = [".ds LH " + _g(v["running"]).replace('"', ""), ".ds CH", ".ds RH %", ".ds LF " + _g(v["footer"] or v["kname"]), ".ds CF", ".ds RF",
         ".nr PS 10", ".nr VS 12", ".LP", "\\fB" + _g(v["kname"]) + "\\fP", ".SH", _g(v["title"]), ".LP"]
    for k, val in v["hp"]:
        o += [_g(f"{k.upper()}: {val}"), ".br"]
    for it in v["items"]:
        o += [".SH", _g(num(layout, it)), ".LP", _g(f"Sagsnr. {it['sagsnr']}")]
        for h, paras, bullets in it["sections"]:
            o += [".LP", "\\fI" + _g(h) + "\\fP", ".br"]
            for x in paras: o += [_g(x), ".br"]
            for x in bullets: o += [".IP \\(bu 3", _g(x)]
            o.append(".LP")
    return "\n".join(o) + "\n"
