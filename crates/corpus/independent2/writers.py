"""Writers: a document model -> blocks -> a source file (HTML, PostScript, raw PDF, RTF, DOCX)."""
import html as H
import zipfile, io, textwrap

from content import dlong, ddot, dweek, den


def blocks(doc, o):
    """o: layout options. Returns [(kind, text)]; kinds: title, meta, itemtitle, heading, para, bullet, decision."""
    b = [("title", doc["title"])]
    for k, v in doc["header"]:
        b.append(("meta", f"{k}: {v}" if k else v))
    for it in doc["items"]:
        n = it["no"]
        fmt = o.get("num", "{n}. {t}")
        b.append(("itemtitle", fmt.format(n=n, t=it["title"])))
        if o.get("caseno", True):
            b.append(("para", f"{o.get('caselabel', 'Sagsnr.')} {it['caseno']}" + (f"   {it['open']}" if o.get("open") else "")))
        dh = decision_heading(doc, it, o)
        dec = [("heading", dh)] if dh else []
        dec += [("decision", line) for line in it["decision"].split("\n")]
        secs = []
        for h, t in it["sections"]:
            secs.append(("heading", h.upper() if o.get("caps") else h))
            if isinstance(t, list):
                secs += [("bullet", x) for x in t]
            else:
                secs.append(("para", t))
        b += (dec + secs) if o.get("decision_first") else (secs + dec)
    return b


def decision_heading(doc, it, o):
    style = o.get("dech", "plain")
    if style == "none":
        return None
    if style == "plain":
        h = "Beslutning"
    elif style == "body_date":
        h = f"Beslutning i {doc['body_name']} den {dlong(doc['date'])}"
    elif style == "genitive":
        from content import genitive
        h = f"{genitive(doc['body_name'])} beslutning den {ddot(doc['date'])}"
    else:
        h = f"{doc['body_name']}, {dlong(doc['date'])}, pkt. {it['no']}:"
    return h.upper() if o.get("caps") else h


# ------------------------------------------------------------------ HTML
def html_doc(doc, o, css="", charset="utf-8", furniture=""):
    style = o["html"]
    out = [f'<!DOCTYPE html>\n<html lang="da"><head><meta charset="{charset}"><title>{H.escape(doc["title"])}</title>'
           f'<style>{css}</style></head><body>{furniture}']
    bl = blocks(doc, o)
    if style == "dl":
        out.append(f'<h1>{H.escape(doc["title"])}</h1><dl class="meta">')
        for k, v in doc["header"]:
            out.append(f"<dt>{H.escape(k)}</dt><dd>{H.escape(v)}</dd>")
        out.append("</dl>")
        for it in doc["items"]:
            out.append(f'<article><h2>{H.escape(o["num"].format(n=it["no"], t=it["title"]))}</h2><dl>')
            out.append(f"<dt>Sagsnr.</dt><dd>{H.escape(it['caseno'])}</dd>")
            for h, t in it["sections"]:
                out.append(f"<dt>{H.escape(h)}</dt><dd>{_h(t)}</dd>")
            dh = decision_heading(doc, it, o)
            out.append(f"<dt>{H.escape(dh or 'Beslutning')}</dt><dd>{_h(it['decision'].split(chr(10)))}</dd></dl></article>")
    elif style == "table":
        out.append(f'<table class="head"><tr><td colspan="2"><b>{H.escape(doc["title"])}</b></td></tr>')
        for k, v in doc["header"]:
            out.append(f"<tr><td>{H.escape(k)}</td><td>{H.escape(v)}</td></tr>")
        out.append("</table>")
        for it in doc["items"]:
            out.append(f'<table class="item"><tr><th class="no">{o.get("numcell", "Sag nr. {n}").format(n=it["no"])}</th><th>{H.escape(it["title"])}</th></tr>')
            out.append(f"<tr><td>Sagsnr.</td><td>{H.escape(it['caseno'])}</td></tr>")
            secs = [(h, t) for h, t in it["sections"]]
            dh = decision_heading(doc, it, o) or "Beslutning"
            rows = ([(dh, it["decision"].split("\n"))] + secs) if o.get("decision_first") else (secs + [(dh, it["decision"].split("\n"))])
            for h, t in rows:
                out.append(f"<tr><td class='lab'>{H.escape(h.upper() if o.get('caps') else h)}</td><td>{_h(t)}</td></tr>")
            out.append("</table>")
    else:  # "bold": section headings only as bold paragraphs / "caps" / "section"
        tag_item = {"bold": "p class='it'><b", "caps": "p><font size='4'><b", "section": "h3"}[style]
        close_item = {"bold": "b></p", "caps": "b></font></p", "section": "h3"}[style]
        for k, t in bl:
            if k == "title":
                out.append(f"<p class='t'><b>{H.escape(t)}</b></p>" if style != "section" else f"<header><h1>{H.escape(t)}</h1></header>")
            elif k == "meta":
                out.append(f"<p class='m'>{H.escape(t)}</p>")
            elif k == "itemtitle":
                if style == "section":
                    out.append(f"<section><h3>{H.escape(t)}</h3>")
                else:
                    out.append(f"<{tag_item}>{H.escape(t)}</{close_item}>")
            elif k == "heading":
                out.append(f"<p><b>{H.escape(t)}</b></p>" if style != "section" else f"<h4>{H.escape(t)}</h4>")
            elif k == "bullet":
                out.append(f"<p class='b'>&ndash; {H.escape(t)}</p>")
            else:
                out.append(f"<p>{H.escape(t)}</p>")
        if style == "section":
            fixed, opened = [], False
            for x in out:
                if x.startswith("<section>"):
                    if opened:
                        fixed.append("</section>")
                    opened = True
                fixed.append(x)
            out = fixed + (["</section>"] if opened else [])
    out.append("</body></html>\n")
    return "\n".join(out)


def _h(t):
    if isinstance(t, list):
        return "<ul>" + "".join(f"<li>{H.escape(x)}</li>" for x in t) + "</ul>"
    return "<p>" + H.escape(t) + "</p>"


# ------------------------------------------------------------------ PostScript (for ps2pdf)
def _ps_str(s):
    s = s.replace("\u2013", "-").replace("\u2019", "'").replace("§", "\xa7")
    b = s.encode("latin-1", "replace")
    return "(" + "".join(chr(c) if 32 <= c < 127 and chr(c) not in "()\\" else ("\\" + chr(c) if chr(c) in "()\\" else "\\%03o" % c) for c in b) + ")"


def ps_doc(doc, o, running):
    land = o.get("landscape")
    W, Hh = (842, 595) if land else (595, 842)
    cols = 2 if land else 1
    colw = (W - 100 - 30 * (cols - 1)) / cols
    size = 9.5 if land else 10.5
    chars = int(colw / (size * 0.5))
    lines = []  # (font, size, text)
    for k, t in blocks(doc, o):
        if k == "title":
            lines.append(("HB", 14, t)); lines.append(("H", size, ""))
        elif k in ("itemtitle",):
            lines.append(("H", size, "")); lines += [("HB", size + 1, x) for x in textwrap.wrap(t, int(chars * 0.9))]
        elif k == "heading":
            lines.append(("HB", size, t))
        elif k == "bullet":
            lines += [("H", size, ("- " if i == 0 else "  ") + x) for i, x in enumerate(textwrap.wrap(t, chars - 2))]
        else:
            lines += [("H", size, x) for x in textwrap.wrap(t, chars)] or [("H", size, "")]
    ps = ["%!PS-Adobe-3.0", f"%%BoundingBox: 0 0 {W} {Hh}", "%%Title: " + doc["title"].encode("ascii", "replace").decode(), "%%EndComments",
          "/reenc { findfont dup length dict begin {1 index /FID ne {def} {pop pop} ifelse} forall /Encoding ISOLatin1Encoding def currentdict end definefont pop } def",
          "/H /Helvetica reenc /HB /Helvetica-Bold reenc",
          f"<< /PageSize [{W} {Hh}] >> setpagedevice"]
    page = 0; y = None; col = 0
    top, bot = Hh - 70, 60

    def newpage():
        nonlocal page, y, col
        if page:
            ps.append("showpage")
        page += 1; y = top; col = 0
        ps.append(f"%%Page: {page} {page}")
        ps.append(f"/H findfont 8 scalefont setfont 50 {Hh - 40} moveto {_ps_str(running[0])} show")
        ps.append(f"{W - 50} {Hh - 40} moveto {_ps_str(running[1])} dup stringwidth pop neg 0 rmoveto show")
        ps.append(f"50 35 moveto {_ps_str(running[2].format(p=page))} show")
    newpage()
    for f, sz, t in lines:
        if y < bot:
            if col + 1 < cols:
                col += 1; y = top
            else:
                newpage()
        x = 50 + col * (colw + 30)
        if t:
            ps.append(f"/{f} findfont {sz} scalefont setfont {x:.1f} {y:.1f} moveto {_ps_str(t)} show")
        y -= sz * 1.35
    ps.append("showpage\n%%EOF\n")
    return "\n".join(ps)


# ------------------------------------------------------------------ raw PDF (in-house writer, Courier WinAnsi)
def _pdf_str(s):
    b = s.replace("\u2013", "-").encode("cp1252", "replace")
    return "(" + "".join(chr(c) if 32 <= c < 127 and chr(c) not in "()\\" else ("\\" + chr(c) if chr(c) in "()\\" else "\\%03o" % c) for c in b) + ")"


def rawpdf_doc(doc, o, running):
    W, Hh = 595, 842
    size = 9.5
    chars = int((W - 110) / (size * 0.6))
    lines = []
    for k, t in blocks(doc, o):
        if k in ("title", "itemtitle"):
            lines.append(("F2", size, "")); lines += [("F2", size, x) for x in textwrap.wrap(t, chars)]
        elif k == "heading":
            lines.append(("F2", size, t))
        elif k == "bullet":
            lines += [("F1", size, ("* " if i == 0 else "  ") + x) for i, x in enumerate(textwrap.wrap(t, chars - 2))]
        else:
            lines += [("F1", size, x) for x in textwrap.wrap(t, chars)] or [("F1", size, "")]
    pages = []; cur = []; y = Hh - 80
    for ln in lines:
        if y < 60:
            pages.append(cur); cur = []; y = Hh - 80
        cur.append((ln, y)); y -= size * 1.3
    pages.append(cur)
    streams = []
    for pi, pl in enumerate(pages):
        s = [f"BT /F1 7 Tf 55 {Hh - 40} Td {_pdf_str(running[0])} Tj ET",
             f"BT /F1 7 Tf 380 {Hh - 40} Td {_pdf_str(running[1])} Tj ET",
             f"BT /F1 7 Tf 55 30 Td {_pdf_str(running[2].format(p=pi + 1, n=len(pages)))} Tj ET"]
        for (f, sz, t), y in pl:
            if not t:
                continue
            if o.get("words"):
                # every word placed on its own: extraction must rebuild the spaces from positions
                x = 55.0; parts = []
                for w in t.split(" "):
                    if w:
                        parts.append(f"1 0 0 1 {x:.2f} {y:.2f} Tm {_pdf_str(w)} Tj")
                    x += (len(w) + 1) * sz * 0.6
                s.append(f"BT /{f} {sz} Tf " + " ".join(parts) + " ET")
            else:
                s.append(f"BT /{f} {sz} Tf 55 {y:.2f} Td {_pdf_str(t)} Tj ET")
        streams.append("\n".join(s).encode("latin-1"))
    objs = []
    n = len(pages)
    # 1 catalog, 2 pages, 3 F1, 4 F2, then page/content pairs, then info
    kids = " ".join(f"{5 + 2 * i} 0 R" for i in range(n))
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(f"<< /Type /Pages /Kids [{kids}] /Count {n} >>".encode())
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>")
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier-Bold /Encoding /WinAnsiEncoding >>")
    for i, st in enumerate(streams):
        objs.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {W} {Hh}] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents {6 + 2 * i} 0 R >>".encode())
        objs.append(f"<< /Length {len(st)} >>\nstream\n".encode() + st + b"\nendstream")
    objs.append(f"<< /Producer ({o['producer']}) /Title {_pdf_str(doc['title'])} >>".encode("latin-1"))
    out = io.BytesIO(); out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"); offs = []
    for i, ob in enumerate(objs):
        offs.append(out.tell()); out.write(f"{i + 1} 0 obj\n".encode() + ob + b"\nendobj\n")
    x = out.tell()
    out.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode())
    for of in offs:
        out.write(f"{of:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info {len(objs)} 0 R >>\nstartxref\n{x}\n%%EOF\n".encode())
    return out.getvalue(), n


# ------------------------------------------------------------------ RTF (LibreOffice)
def _rtf(s):
    o = []
    for ch in s:
        c = ord(ch)
        if ch in "\\{}":
            o.append("\\" + ch)
        elif c < 128:
            o.append(ch)
        else:
            o.append(f"\\u{c if c < 32768 else c - 65536}?")
    return "".join(o)


def rtf_doc(doc, o, running):
    r = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman Liberation Serif;}{\f1\fswiss Liberation Sans;}}",
         r"\paperw11906\paperh16838\margl1418\margr1418\margt1700\margb1418",
         r"{\header\pard\f1\fs16 " + _rtf(running[0]) + r"\tab\tab " + _rtf(running[1]) + r"\par}",
         r"{\footer\pard\qc\f1\fs16 " + _rtf(running[2].split("{")[0]) + r"\chpgn\par}"]
    for k, t in blocks(doc, o):
        if k == "title":
            r.append(r"\pard\sa200\f1\fs32\b " + _rtf(t) + r"\b0\par")
        elif k == "meta":
            r.append(r"\pard\f0\fs22 " + _rtf(t) + r"\par")
        elif k == "itemtitle":
            r.append(r"\pard\sb300\sa120\keepn\f1\fs26\b " + _rtf(t) + r"\b0\par")
        elif k == "heading":
            r.append(r"\pard\sb120\keepn\f1\fs21\b " + _rtf(t) + r"\b0\par")
        elif k == "bullet":
            r.append(r"\pard\li360\fi-240\f0\fs22 \bullet\tab " + _rtf(t) + r"\par")
        else:
            r.append(r"\pard\sa80\f0\fs22 " + _rtf(t) + r"\par")
    r.append("}")
    return "\n".join(r)


# ------------------------------------------------------------------ DOCX (LibreOffice)
def _x(s):
    return H.escape(s, quote=False)


def docx_doc(doc, o, running):
    def p(t, style=None, bold=False, size=None):
        ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
        rpr = ("<w:rPr>" + ("<w:b/>" if bold else "") + (f'<w:sz w:val="{size}"/>' if size else "") + "</w:rPr>") if (bold or size) else ""
        return f'<w:p>{ppr}<w:r>{rpr}<w:t xml:space="preserve">{_x(t)}</w:t></w:r></w:p>'
    body = []
    bl = blocks(doc, o)
    metas = [t for k, t in bl if k == "meta"]
    for k, t in bl:
        if k == "title":
            body.append(p(t, "Title"))
            # metadata as a 2-row x 3-column grid table
            cells = metas + [""] * (-len(metas) % 3)
            rows = [cells[i:i + 3] for i in range(0, len(cells), 3)]
            body.append('<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/><w:tblBorders><w:top w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/></w:tblBorders></w:tblPr><w:tblGrid><w:gridCol w:w="3000"/><w:gridCol w:w="3000"/><w:gridCol w:w="3000"/></w:tblGrid>'
                        + "".join("<w:tr>" + "".join(f'<w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/></w:tcPr>{p(c, size=18)}</w:tc>' for c in row) + "</w:tr>" for row in rows) + "</w:tbl>")
        elif k == "meta":
            continue
        elif k == "itemtitle":
            body.append(p(t, "Heading1"))
        elif k == "heading":
            body.append(p(t, "Heading2"))
        elif k == "bullet":
            body.append(p("\u2022 " + t, "ListParagraph"))
        else:
            body.append(p(t))
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    hdr = f'<w:hdr {W}>{p(running[0] + "    " + running[1], size=16)}</w:hdr>'
    ftr = f'<w:ftr {W}><w:p><w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve">{_x(running[2].split("{")[0])}</w:t></w:r><w:fldSimple w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p></w:ftr>'
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>' + "".join(body) +
                '<w:sectPr><w:headerReference w:type="default" r:id="rH"/><w:footerReference w:type="default" r:id="rF"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1500" w:right="1300" w:bottom="1300" w:left="1300" w:header="600" w:footer="600"/></w:sectPr></w:body></w:document>')
    styles = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles {W}>'
              '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Liberation Sans" w:hAnsi="Liberation Sans"/><w:sz w:val="21"/></w:rPr></w:rPrDefault></w:docDefaults>'
              '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:rPr><w:b/><w:sz w:val="34"/></w:rPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr><w:keepNext/><w:spacing w:before="320" w:after="80"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:pPr><w:keepNext/><w:spacing w:before="160"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:i/><w:sz w:val="22"/></w:rPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:pPr><w:ind w:left="360"/></w:pPr></w:style></w:styles>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
          '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
          '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    drels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
             '<Relationship Id="rH" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>'
             '<Relationship Id="rF" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>')
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/_rels/document.xml.rels", drels),
                           ("word/document.xml", document), ("word/styles.xml", styles), ("word/header1.xml", hdr), ("word/footer1.xml", ftr)]:
            zi = zipfile.ZipInfo(name, (2023, 1, 1, 0, 0, 0)); zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return bio.getvalue()
