"""Block writers: HTML, flat ODF text (.fodt) and a minimal .docx, from one list of blocks.

A block is a tuple: ('title', s) ('sub', s) ('h2', s) ('h3', s) ('p', s) ('b', s) ('i', s)
('ul', [s]) ('ol', [s]) ('kv', [(label, value)]) ('kv4', [(l1, v1, l2, v2)]) ('small', s)
('hr',) ('pb',). Standard library only."""
import html, io, zipfile

E = html.escape


def to_html(blocks, title, css="", charset="utf-8", before="", after="", sidebar=None,
            body_class=""):
    out = []
    for b in blocks:
        k = b[0]
        if k == "title":
            out.append(f"<h1>{E(b[1])}</h1>")
        elif k == "sub":
            out.append(f"<p class=\"sub\">{E(b[1])}</p>")
        elif k == "h2":
            out.append(f"<h2>{E(b[1])}</h2>")
        elif k == "h3":
            out.append(f"<h3>{E(b[1])}</h3>")
        elif k == "p":
            out.append("<p>" + "<br>".join(E(x) for x in b[1].split("\n")) + "</p>")
        elif k == "b":
            out.append(f"<p><strong>{E(b[1])}</strong></p>")
        elif k == "i":
            out.append(f"<p><em>{E(b[1])}</em></p>")
        elif k in ("ul", "ol"):
            out.append(f"<{k}>" + "".join(f"<li>{E(x)}</li>" for x in b[1]) + f"</{k}>")
        elif k == "kv":
            out.append("<table class=\"meta\">" + "".join(
                f"<tr><th>{E(l)}</th><td>{E(v)}</td></tr>" for l, v in b[1]) + "</table>")
        elif k == "kv4":
            out.append("<table class=\"meta4\">" + "".join(
                f"<tr><th>{E(a)}</th><td>{E(bb)}</td><th>{E(c)}</th><td>{E(d)}</td></tr>"
                for a, bb, c, d in b[1]) + "</table>")
        elif k == "small":
            out.append(f"<p class=\"small\">{E(b[1])}</p>")
        elif k == "hr":
            out.append("<hr>")
        elif k == "pb":
            out.append("<div style=\"page-break-after: always\"></div>")
        elif k == "raw":
            out.append(b[1])
    main = "\n".join(out)
    side = ""
    if sidebar:
        side = "<aside class=\"side\">" + sidebar + "</aside>"
    meta = f"<meta charset=\"{charset}\">" if charset == "utf-8" else \
        f"<meta http-equiv=\"Content-Type\" content=\"text/html; charset={charset}\">"
    doc = (f"<!DOCTYPE html>\n<html lang=\"da\"><head>{meta}<title>{E(title)}</title>"
           f"<style>{css}</style></head><body class=\"{body_class}\">\n{before}\n{side}"
           f"<main>\n{main}\n</main>\n{after}\n</body></html>\n")
    return doc.encode(charset, errors="xmlcharrefreplace")


# ---------------------------------------------------------------- flat ODF (LibreOffice)

def _x(s):
    return html.escape(s, quote=False)


def to_fodt(blocks, footer=None, header=None, line_height="100%", align="start",
            font="Liberation Serif", size="11pt", heading_font=None):
    """footer/header: text where {page} and {pages} become fields."""
    hf = heading_font or font

    def fields(t):
        t = _x(t)
        t = t.replace("{page}", "<text:page-number text:select-page=\"current\">1</text:page-number>")
        t = t.replace("{pages}", "<text:page-count>1</text:page-count>")
        return t
    body = []
    for b in blocks:
        k = b[0]
        if k == "title":
            body.append(f"<text:p text:style-name=\"Title\">{_x(b[1])}</text:p>")
        elif k == "sub":
            body.append(f"<text:p text:style-name=\"Sub\">{_x(b[1])}</text:p>")
        elif k == "h2":
            body.append(f"<text:h text:style-name=\"H2\" text:outline-level=\"2\">{_x(b[1])}</text:h>")
        elif k == "h3":
            body.append(f"<text:h text:style-name=\"H3\" text:outline-level=\"3\">{_x(b[1])}</text:h>")
        elif k in ("p", "small", "b", "i"):
            st = {"p": "Body", "small": "Small", "b": "Bold", "i": "Ital"}[k]
            body.append(f"<text:p text:style-name=\"{st}\">" +
                        "<text:line-break/>".join(_x(x) for x in b[1].split("\n")) + "</text:p>")
        elif k in ("ul", "ol"):
            for n, x in enumerate(b[1], 1):
                mark = "•" if k == "ul" else f"{n}."
                body.append(f"<text:p text:style-name=\"Bullet\">{mark}<text:tab/>{_x(x)}</text:p>")
        elif k in ("kv", "kv4"):
            cols = 2 if k == "kv" else 4
            rows = b[1]
            t = [f"<table:table table:name=\"T{len(body)}\" table:style-name=\"Tbl\">"]
            for c in range(cols):
                t.append(f"<table:table-column table:style-name=\"C{cols}{c % 2}\"/>")
            for r in rows:
                t.append("<table:table-row>")
                for c, v in enumerate(r):
                    st = "CellB" if c % 2 == 0 else "Cell"
                    t.append(f"<table:table-cell table:style-name=\"TC\" office:value-type=\"string\">"
                             f"<text:p text:style-name=\"{st}\">{_x(v)}</text:p></table:table-cell>")
                t.append("</table:table-row>")
            t.append("</table:table>")
            body.append("".join(t))
        elif k == "hr":
            body.append("<text:p text:style-name=\"Rule\"/>")
        elif k == "pb":
            body.append("<text:p text:style-name=\"Break\"/>")
    hdr = f"<style:header><text:p text:style-name=\"Foot\">{fields(header)}</text:p></style:header>" if header else ""
    ftr = f"<style:footer><text:p text:style-name=\"Foot\">{fields(footer)}</text:p></style:footer>" if footer else ""
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>
 <style:font-face style:name="{font}" svg:font-family="'{font}'"/>
 <style:font-face style:name="{hf}" svg:font-family="'{hf}'"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph"><style:paragraph-properties fo:line-height="{line_height}" fo:text-align="{align}"/>
  <style:text-properties style:font-name="{font}" fo:font-size="{size}" fo:language="da" fo:country="DK"/></style:default-style>
 <style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.18cm" fo:line-height="{line_height}" fo:text-align="{align}"/></style:style>
 <style:style style:name="Small" style:family="paragraph"><style:text-properties fo:font-size="8.5pt"/></style:style>
 <style:style style:name="Bold" style:family="paragraph" style:parent-style-name="Body"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Ital" style:family="paragraph" style:parent-style-name="Body"><style:text-properties fo:font-style="italic"/></style:style>
 <style:style style:name="Bullet" style:family="paragraph" style:parent-style-name="Body"><style:paragraph-properties fo:margin-left="0.9cm" fo:text-indent="-0.5cm"/></style:style>
 <style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.3cm" fo:text-align="start"/><style:text-properties style:font-name="{hf}" fo:font-size="17pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Sub" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.2cm" fo:text-align="start"/><style:text-properties style:font-name="{hf}" fo:font-size="12pt"/></style:style>
 <style:style style:name="H2" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.5cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always" fo:text-align="start"/><style:text-properties style:font-name="{hf}" fo:font-size="13pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="H3" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.25cm" fo:margin-bottom="0.1cm" fo:keep-with-next="always" fo:text-align="start"/><style:text-properties style:font-name="{hf}" fo:font-size="11pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Cell" style:family="paragraph"><style:paragraph-properties fo:text-align="start" fo:line-height="100%"/></style:style>
 <style:style style:name="CellB" style:family="paragraph"><style:paragraph-properties fo:text-align="start" fo:line-height="100%"/><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Foot" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="8pt"/></style:style>
 <style:style style:name="Rule" style:family="paragraph"><style:paragraph-properties fo:border-bottom="0.5pt solid #000000"/></style:style>
 <style:style style:name="Break" style:family="paragraph"><style:paragraph-properties fo:break-after="page"/></style:style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="PL"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.6cm" fo:margin-bottom="1.6cm" fo:margin-left="2.3cm" fo:margin-right="2cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0.6cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0.6cm"/></style:footer-style></style:page-layout>
 <style:style style:name="Tbl" style:family="table"><style:table-properties style:width="16.7cm" table:align="left" fo:margin-bottom="0.3cm"/></style:style>
 <style:style style:name="C20" style:family="table-column"><style:table-column-properties style:column-width="4.5cm"/></style:style>
 <style:style style:name="C21" style:family="table-column"><style:table-column-properties style:column-width="12.2cm"/></style:style>
 <style:style style:name="C40" style:family="table-column"><style:table-column-properties style:column-width="3.3cm"/></style:style>
 <style:style style:name="C41" style:family="table-column"><style:table-column-properties style:column-width="5.05cm"/></style:style>
 <style:style style:name="TC" style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm" fo:border="0.5pt solid #808080"/></style:style>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="PL">{hdr}{ftr}</style:master-page></office:master-styles>
<office:body><office:text>
{chr(10).join(body)}
</office:text></office:body></office:document>
""".encode("utf-8")


# ---------------------------------------------------------------- minimal .docx

def _r(t, bold=False, size=None):
    rp = ""
    if bold or size:
        rp = "<w:rPr>" + ("<w:b/>" if bold else "") + (f"<w:sz w:val=\"{size}\"/>" if size else "") + "</w:rPr>"
    parts = t.split("\n")
    runs = []
    for i, p in enumerate(parts):
        if i:
            runs.append(f"<w:r>{rp}<w:br/></w:r>")
        runs.append(f"<w:r>{rp}<w:t xml:space=\"preserve\">{_x(p)}</w:t></w:r>")
    return "".join(runs)


def _p(t, bold=False, size=None, spacing_after=120, ind=None, jc=None, line=None):
    pp = f"<w:spacing w:after=\"{spacing_after}\"" + (f" w:line=\"{line}\" w:lineRule=\"auto\"" if line else "") + "/>"
    if ind:
        pp += f"<w:ind w:left=\"{ind}\" w:hanging=\"280\"/>"
    if jc:
        pp += f"<w:jc w:val=\"{jc}\"/>"
    return f"<w:p><w:pPr>{pp}</w:pPr>{_r(t, bold, size)}</w:p>"


def to_docx(blocks, footer=None, line=None, jc=None):
    body = []
    for b in blocks:
        k = b[0]
        if k == "title":
            body.append(_p(b[1], True, 34, 200))
        elif k == "sub":
            body.append(_p(b[1], False, 24, 160))
        elif k == "h2":
            body.append(_p(b[1], True, 26, 120))
        elif k == "h3":
            body.append(_p(b[1], True, 22, 60))
        elif k in ("p", "i"):
            body.append(_p(b[1], jc=jc, line=line))
        elif k == "b":
            body.append(_p(b[1], True, jc=jc, line=line))
        elif k == "small":
            body.append(_p(b[1], size=16))
        elif k in ("ul", "ol"):
            for n, x in enumerate(b[1], 1):
                mark = "•" if k == "ul" else f"{n}."
                body.append(_p(f"{mark}\u00a0{x}", ind=560, jc=jc, line=line))
        elif k in ("kv", "kv4"):
            cols = 2 if k == "kv" else 4
            w = [2600, 6400] if cols == 2 else [2050, 2450, 2050, 2450]
            t = ["<w:tbl><w:tblPr><w:tblW w:w=\"9000\" w:type=\"dxa\"/><w:tblBorders>"
                 "<w:top w:val=\"single\" w:sz=\"4\"/><w:bottom w:val=\"single\" w:sz=\"4\"/>"
                 "<w:insideH w:val=\"single\" w:sz=\"4\"/></w:tblBorders></w:tblPr><w:tblGrid>" +
                 "".join(f"<w:gridCol w:w=\"{x}\"/>" for x in w) + "</w:tblGrid>"]
            for r in b[1]:
                t.append("<w:tr>")
                for c, v in enumerate(r):
                    t.append(f"<w:tc><w:tcPr><w:tcW w:w=\"{w[c]}\" w:type=\"dxa\"/></w:tcPr>"
                             f"{_p(v, bold=(c % 2 == 0), spacing_after=40, size=(16 if c % 2 == 0 else 19))}</w:tc>")
                t.append("</w:tr>")
            t.append("</w:tbl>")
            body.append("".join(t))
            body.append(_p(""))
        elif k == "hr":
            body.append("<w:p><w:pPr><w:pBdr><w:bottom w:val=\"single\" w:sz=\"6\"/></w:pBdr></w:pPr></w:p>")
        elif k == "pb":
            body.append("<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>")
    ns = ("xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
          "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"")
    sect = "<w:sectPr>"
    if footer:
        sect += "<w:footerReference w:type=\"default\" r:id=\"rIdF\"/>"
    sect += "<w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1300\" w:right=\"1200\" w:bottom=\"1300\" w:left=\"1400\" w:header=\"600\" w:footer=\"600\"/></w:sectPr>"
    doc = f"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document {ns}><w:body>{''.join(body)}{sect}</w:body></w:document>"
    styles = ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
              "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
              "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Liberation Sans\" w:hAnsi=\"Liberation Sans\"/>"
              "<w:sz w:val=\"21\"/><w:lang w:val=\"da-DK\"/></w:rPr></w:rPrDefault></w:docDefaults></w:styles>")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        def w(name, data):
            zi = zipfile.ZipInfo(name, (2022, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
        w("[Content_Types].xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
          "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
          "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
          "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
          "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
          + ("<Override PartName=\"/word/footer1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/>" if footer else "")
          + "</Types>")
        w("_rels/.rels",
          "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
          "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
          "</Relationships>")
        w("word/_rels/document.xml.rels",
          "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
          "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          "<Relationship Id=\"rIdS\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
          + ("<Relationship Id=\"rIdF\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer\" Target=\"footer1.xml\"/>" if footer else "")
          + "</Relationships>")
        w("word/styles.xml", styles)
        w("word/document.xml", doc)
        if footer:
            # footer: text with PAGE / NUMPAGES fields
            pre, _, rest = footer.partition("{page}")
            mid, _, post = rest.partition("{pages}")

            def fld(code):
                return (f"<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> {code} </w:instrText></w:r>"
                        f"<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>")
            ftr = (f"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:ftr {ns}><w:p><w:pPr><w:jc w:val=\"right\"/></w:pPr>"
                   f"{_r(pre, size=16)}{fld('PAGE')}{_r(mid, size=16)}{fld('NUMPAGES')}{_r(post, size=16)}</w:p></w:ftr>")
            w("word/footer1.xml", ftr)
    return buf.getvalue()
