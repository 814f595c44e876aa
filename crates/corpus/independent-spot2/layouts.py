# -*- coding: utf-8 -*-
"""Eight layouts in four pairs of similar producers. A layout turns a meeting into a list of
documents (file path, producer, source bytes, items with their plain text)."""
import html, io, zipfile
from xml.sax.saxutils import escape as xesc
from common import dk_date, dk_date_long, num_date

PAIRS = [("L1_lo_fodt_headings", "L2_lo_docx_bold"),
         ("L3_chromium_stamp", "L4_chromium_page_boxes"),
         ("L5_wkhtml_protocol", "L6_ghostscript_ps"),
         ("L7_html_utf8_dl", "L8_htm_cp1252_per_item")]

TRANS = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "Æ": "Ae", "Ø": "Oe", "Å": "Aa"})


def ascii_name(s):
    return s.translate(TRANS)


# ------------------------------------------------------------------ structure per layout
STYLE = {
    "L1_lo_fodt_headings": dict(num="Punkt {n}. {t}", sec=("Resumé", "Sagsfremstilling", "Indstilling"),
                                dec="Beslutning i {body} den {date}", order="normal", short=False,
                                case="Sagsnr.: 00.01.00-A00-{k}-24"),
    "L2_lo_docx_bold": dict(num="{n}. {t}", sec=("Sagens kerne", "Beskrivelse af sagen", "Indstilling"),
                            dec="Beslutning", order="normal", short=True, case="Sag 306-2024-{k}"),
    "L3_chromium_stamp": dict(num="Sag nr. {n} – {t}", sec=("Resumé", "Sagsfremstilling", "Indstilling"),
                              dec="Beslutning på mødet den {date}", order="decision_first", short=True,
                              case="EMN-2024-{k:06d}"),
    "L4_chromium_page_boxes": dict(num="Pkt. {n} {t}", sec=("Beslutningstema", "Sagsfremstilling", "Indstilling"),
                                   dec="{body}s beslutning den {numdate}", order="normal", short=False,
                                   case="Dok. 306-2024-{k}"),
    "L5_wkhtml_protocol": dict(num="Nr.{n} - {t}", sec=(None, "Sagsfremstilling", "Indstilling"),
                               dec=None, order="normal", short=True, case="Sagsnr. {k}"),
    "L6_ghostscript_ps": dict(num="{n}. {t}", sec=("RESUMÉ", "SAGSFREMSTILLING", "INDSTILLING"),
                              dec="{body}, {date}, pkt. {n}:", order="normal", short=False,
                              case="Sagsnr.: 27.00.00-P20-{k}-24"),
    "L7_html_utf8_dl": dict(num="{n}. {t}", sec=("Resumé", "Sagsfremstilling", "Indstilling"),
                            dec="Beslutning i {body} den {dashdate}", order="normal", short=True,
                            case="Sagsnr. 24/{k}"),
    "L8_htm_cp1252_per_item": dict(num="Punkt {n}: {t}", sec=("Problemstilling", "Sagsfremstilling", "Indstilling"),
                                   dec="Beslutning", order="normal", short=True, case="Sagsid: {k}"),
}


def default_decision(meet, item, style, rng):
    rec = " ".join(item["rec"])
    committee = meet["kind"] == "committee"
    if "drøftes" in rec:
        return ["Drøftet."]
    if "tages til efterretning" in rec and len(item["rec"]) == 1:
        return ["Taget til efterretning."]
    if committee:
        return [rng.choice(["Anbefales.", "Indstillingen anbefales over for %s." % meet["council"], "Godkendt."])]
    if style["short"]:
        return [rng.choice(["Godkendt.", "Tiltrådt.", "Indstillingen godkendt.", "Godkendt."])]
    return [rng.choice(["%s godkendte indstillingen." % meet["body"],
                        "Indstillingen blev godkendt uden afstemning.",
                        "Et enigt %s godkendte indstillingen." % meet["body_lc"],
                        "Godkendt med 22 stemmer for (A, V, C, F, Ø) og 5 imod (O, D)."])]


def item_lines(meet, item, style, rng):
    """The item as a list of lines: (kind, text...) with kind item/meta/sec/p/li/table/dec."""
    d = meet["date"]
    fmt = dict(n=item["number"], t=item["title"], body=meet["body"], date=dk_date(d),
               numdate=num_date(d), dashdate=num_date(d, "-"))
    out = [("item", style["num"].format(**fmt))]
    status = "Lukket punkt" if item["closed"] else "Åbent punkt"
    out.append(("meta", style["case"].format(k=item["case_k"]) + ("   " + status if style["case"].startswith(("Dok", "Sagsid")) else "")))
    if item["decision"] is None:
        item["decision"] = default_decision(meet, item, style, rng)
    dec_head = style["dec"].format(**fmt) if style["dec"] else None
    dec = [("sec", dec_head)] if dec_head else []
    dec += [("dec", t) for t in item["decision"]]
    body = []
    if item["closed"]:
        body += [("p", b) for b in item["background"]]
        return out + body + dec
    s_res, s_bg, s_rec = style["sec"]
    bg = list(item["background"])
    if s_res and item.get("resume"):
        body += [("sec", s_res), ("p", item["resume"])]
    elif s_res and len(bg) > 1 and isinstance(bg[0], str):
        body += [("sec", s_res), ("p", bg.pop(0))]
    body += [("sec", s_bg)] + [blk(x) for x in bg]
    rec = [("sec", s_rec), ("p", "%s indstiller%s," % (
        "Direktionen" if meet["kind"] != "committee" else "Forvaltningen",
        "" if meet["kind"] == "committee" else " til " + meet["body"]))] + [("li", r) for r in item["rec"]]
    if not item["rec"]:
        rec = []
    if style["order"] == "decision_first":
        return out + dec + rec + body
    return out + body + rec + dec


def blk(b):
    if isinstance(b, tuple):
        return ("table", b[1], b[2])
    return ("p", b)


def line_text(ln):
    if ln[0] == "table":
        return "\n".join([" ".join(ln[1])] + [" ".join(r) for r in ln[2]])
    return ln[1]


def header_lines(meet, layout):
    d = meet["date"]
    tid = "kl. 17.00"
    if layout in ("L1_lo_fodt_headings", "L6_ghostscript_ps"):
        return [("title", "Referat af møde i %s" % meet["body_title"]),
                ("meta", "Mødedato: %s" % dk_date_long(d)), ("meta", "Mødetidspunkt: %s" % tid),
                ("meta", "Mødested: %s" % meet["place"]), ("meta", "Fraværende: %s" % meet["absent"])]
    if layout == "L5_wkhtml_protocol":
        return [("title", "Beslutningsprotokol"), ("meta", "%s %s %s" % (meet["body"], num_date(d, "-"), tid)),
                ("meta", "Sted: %s" % meet["place"]), ("meta", "Afbud: %s" % meet["absent"])]
    return [("title", "%s - Referat" % meet["body"]),
            ("kv", "Udvalg", meet["body"]), ("kv", "Mødedato", num_date(d)),
            ("kv", "Tidspunkt", "17:00"), ("kv", "Mødested", meet["place"]),
            ("kv", "Fraværende", meet["absent"])]


# ------------------------------------------------------------------ producers
def html_doc(meet, head, items, headings=True, meta="dl", charset="utf-8", css="", nav=False, extra_top=""):
    e = html.escape
    title = "%s %s" % (meet["body"], num_date(meet["date"]))
    out = ['<!DOCTYPE html>', '<html lang="da"><head><meta charset="%s">' % charset,
           "<title>%s</title>" % e(title), "<style>body{font-family:Arial,Helvetica,sans-serif;font-size:11pt;"
           "margin:2em} table{border-collapse:collapse} td,th{border:1px solid #999;padding:3px 6px;"
           "text-align:left} .b{font-weight:bold} .sec{font-weight:bold;margin-top:1em} %s</style></head><body>" % css]
    if nav:
        out.append('<p><a href="#main">Gå til indhold</a> | Forside &gt; Politik &gt; Dagsordener og referater</p>')
    out.append(extra_top)
    kv = [h for h in head if h[0] == "kv"]
    for h in head:
        if h[0] == "title":
            out.append("<h1>%s</h1>" % e(h[1]) if headings else '<p class="b" style="font-size:16pt">%s</p>' % e(h[1]))
        elif h[0] == "meta":
            out.append("<p>%s</p>" % e(h[1]))
    if kv:
        if meta == "dl":
            out.append("<dl>" + "".join("<dt>%s</dt><dd>%s</dd>" % (e(k), e(v)) for _, k, v in kv) + "</dl>")
        else:
            out.append("<table>" + "".join("<tr><td>%s</td><td>%s</td></tr>" % (e(k), e(v)) for _, k, v in kv) + "</table>")
    out.append('<div id="main">')
    for it in items:
        out.append('<div class="punkt">')
        for ln in it["lines"]:
            k = ln[0]
            if k == "item":
                out.append("<h2>%s</h2>" % e(ln[1]) if headings else '<p class="b" style="font-size:13pt;margin-top:1.5em">%s</p>' % e(ln[1]))
            elif k == "sec":
                out.append("<h3>%s</h3>" % e(ln[1]) if headings else '<p class="sec">%s</p>' % e(ln[1]))
            elif k in ("p", "meta", "dec"):
                out.append("<p>%s</p>" % e(ln[1]))
            elif k == "li":
                out.append("<ul><li>%s</li></ul>" % e(ln[1]))
            elif k == "table":
                out.append("<table><tr>%s</tr>%s</table>" % ("".join("<th>%s</th>" % e(x) for x in ln[1]),
                           "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % e(x) for x in r) for r in ln[2])))
        if nav:
            out.append('<p><a href="#">Til toppen</a></p>')
        out.append("</div>")
    out.append("</div></body></html>")
    return "\n".join(out).encode(charset, "replace" if charset == "utf-8" else "strict")


def fodt_doc(meet, head, items):
    ps = []
    for h in head:
        if h[0] == "title":
            ps.append('<text:h text:outline-level="1">%s</text:h>' % xesc(h[1]))
        else:
            ps.append("<text:p>%s</text:p>" % xesc(h[1] if h[0] == "meta" else "%s: %s" % (h[1], h[2])))
    for it in items:
        for ln in it["lines"]:
            k = ln[0]
            if k == "item":
                ps.append('<text:h text:style-name="H2" text:outline-level="2">%s</text:h>' % xesc(ln[1]))
            elif k == "sec":
                ps.append('<text:h text:style-name="H3" text:outline-level="3">%s</text:h>' % xesc(ln[1]))
            elif k == "li":
                ps.append("<text:list><text:list-item><text:p>%s</text:p></text:list-item></text:list>" % xesc(ln[1]))
            elif k == "table":
                rows = [ln[1]] + ln[2]
                t = '<table:table table:name="T%d"><table:table-column table:number-columns-repeated="%d"/>' % (len(ps), len(ln[1]))
                for r in rows:
                    t += "<table:table-row>" + "".join('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % xesc(x) for x in r) + "</table:table-row>"
                ps.append(t + "</table:table>")
            else:
                ps.append("<text:p>%s</text:p>" % xesc(ln[1]))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
            'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
            'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
            'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
            'office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">'
            '<office:styles><style:style style:name="H2" style:family="paragraph">'
            '<style:paragraph-properties fo:margin-top="0.5cm"/><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>'
            '<style:style style:name="H3" style:family="paragraph"><style:text-properties fo:font-weight="bold"/></style:style>'
            '</office:styles><office:body><office:text>' + "\n".join(ps) +
            "</office:text></office:body></office:document>").encode("utf-8")


def docx_doc(meet, head, items):
    def run(t, bold=False, size=None):
        rp = ""
        if bold or size:
            rp = "<w:rPr>%s%s</w:rPr>" % ("<w:b/>" if bold else "", '<w:sz w:val="%d"/>' % size if size else "")
        return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rp, xesc(t))

    def para(t, bold=False, size=None):
        return "<w:p>%s</w:p>" % run(t, bold, size)

    def table(rows):
        x = '<w:tbl><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/>' \
            '<w:insideH w:val="single" w:sz="4"/></w:tblBorders></w:tblPr>'
        for r in rows:
            x += "<w:tr>" + "".join("<w:tc><w:p>%s</w:p></w:tc>" % run(c) for c in r) + "</w:tr>"
        return x + "</w:tbl>"

    body = []
    kv = []
    for h in head:
        if h[0] == "title":
            body.append(para(h[1], True, 32))
        elif h[0] == "kv":
            kv.append([h[1], h[2]])
        else:
            body.append(para(h[1]))
    if kv:
        body.append(table(kv))
    for it in items:
        for ln in it["lines"]:
            k = ln[0]
            if k == "item":
                body.append(para("", False))
                body.append(para(ln[1], True, 26))
            elif k == "sec":
                body.append(para(ln[1], True))
            elif k == "li":
                body.append(para("- " + ln[1]))
            elif k == "table":
                body.append(table([ln[1]] + ln[2]))
            else:
                body.append(para(ln[1]))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           + "".join(body) + "</w:body></w:document>")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
        z.writestr("_rels/.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        z.writestr("word/document.xml", doc)
    return buf.getvalue()


def ps_doc(meet, head, items):
    """PostScript with Latin-1 re-encoded Helvetica, wrapped in Python; Ghostscript makes the PDF."""
    W, TOP, BOT, LM = 88, 800, 60, 56
    lines = []  # (font, size, text, indent)
    for h in head:
        lines.append(("B", 15 if h[0] == "title" else 10, h[1] if h[0] != "kv" else "%s: %s" % (h[1], h[2]), 0))
    lines.append(("R", 10, "", 0))
    for it in items:
        for ln in it["lines"]:
            k = ln[0]
            if k == "item":
                lines += [("R", 10, "", 0), ("B", 12, ln[1], 0)]
            elif k == "sec":
                lines += [("R", 6, "", 0), ("B", 10, ln[1], 0)]
            elif k == "table":
                for r in [ln[1]] + ln[2]:
                    lines.append(("R", 10, r[0].ljust(1) + "   " + "   ".join(r[1:]), 14))
            elif k == "li":
                lines.append(("R", 10, "- " + ln[1], 10))
            else:
                lines.append(("R", 10, ln[1], 0))
    wrapped = []
    for f, s, t, ind in lines:
        width = int(W * 10 / s) - ind // 5
        words, cur = t.split(), ""
        if not words:
            wrapped.append((f, s, "", ind))
        for w in words:
            if cur and len(cur) + 1 + len(w) > width:
                wrapped.append((f, s, cur, ind))
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        if cur:
            wrapped.append((f, s, cur, ind))

    def pstr(t):
        t = t.replace("–", "-").replace("’", "'").replace("“", '"').replace("”", '"')
        b = t.encode("latin-1", "replace")
        return "(" + "".join("\\%03o" % c if c > 126 or c in (40, 41, 92) else chr(c) for c in b) + ")"

    out = ["%!PS-Adobe-3.0", "%%Title: " + ascii_name("%s %s" % (meet["body"], num_date(meet["date"]))),
           "/re { findfont dup length dict begin {1 index /FID ne {def} {pop pop} ifelse} forall "
           "/Encoding ISOLatin1Encoding def currentdict end definefont pop } def",
           "/R1 /Helvetica re /B1 /Helvetica-Bold re"]
    y, page = TOP, 1

    def footer(p):
        return "/R1 findfont 8 scalefont setfont 270 30 moveto (Side %d) show" % p

    for f, s, t, ind in wrapped:
        if y < BOT:
            out += [footer(page), "showpage"]
            page += 1
            y = TOP
        y -= s + 4
        if t:
            out.append("/%s1 findfont %d scalefont setfont %d %d moveto %s show" % (f, s, LM + ind, y, pstr(t)))
    out += [footer(page), "showpage", "%%EOF"]
    return ("\n".join(out) + "\n").encode("latin-1")


# ------------------------------------------------------------------ documents per layout
def folder(meet, layout):
    if layout == "L6_ghostscript_ps":
        return meet["code"]
    if layout in ("L2_lo_docx_bold", "L5_wkhtml_protocol"):
        return ascii_name(meet["muni"]).lower()
    return meet["muni"]


def slug(s):
    return ascii_name(s).replace(" ", "").replace("-", "")


def render_meeting(meet, layout, rng):
    """Returns list of dicts: path (relative to corpus), src_ext, src bytes, producer, items."""
    style = STYLE[layout]
    for it in meet["items"]:
        it["lines"] = item_lines(meet, it, style, rng)
        it["text"] = "\n".join(line_text(l) for l in it["lines"])
    head = header_lines(meet, layout)
    d = meet["date"]
    fo = folder(meet, layout)
    b = slug(meet["body"])
    docs = []
    if layout == "L8_htm_cp1252_per_item":
        for it in meet["items"]:
            top = '<table class="meta"><tr><td>%s</td><td>%s</td></tr><tr><td>Mødedato</td><td>%s</td></tr></table>' % (
                "Udvalg", html.escape(meet["body"]), num_date(d))
            head2 = [("title", "%s %s" % (meet["body"], num_date(d, "-")))]
            src = html_doc(meet, head2, [it], headings=False, meta="table", charset="windows-1252", extra_top=top)
            docs.append(dict(path="%s/%s_%s/punkt%02d.htm" % (fo, b, d.strftime("%Y%m%d"), it["number"]),
                             producer="copy", src=src, items=[it]))
        return docs
    items = meet["items"]
    if layout == "L1_lo_fodt_headings":
        return [dict(path="%s/Referat %s %s.pdf" % (fo, meet["body"], num_date(d, "-")), producer="soffice",
                     src_ext="fodt", src=fodt_doc(meet, head, items), items=items)]
    if layout == "L2_lo_docx_bold":
        return [dict(path="%s/%s_%s_referat.pdf" % (fo, d.strftime("%Y%m%d"), b.lower()), producer="soffice",
                     src_ext="docx", src=docx_doc(meet, head, items), items=items)]
    if layout == "L3_chromium_stamp":
        return [dict(path="%s/%s/%s.pdf" % (fo, b, d.isoformat()), producer="chromium_stamp", src_ext="html",
                     src=html_doc(meet, head, items, headings=True, meta="dl"), items=items)]
    if layout == "L4_chromium_page_boxes":
        css = ("@page{size:A4;margin:22mm 18mm;@top-left{content:'%s – Referat – %s';font-size:8pt}"
               "@bottom-right{content:'Side ' counter(page) ' af ' counter(pages);font-size:8pt}}" % (
                   meet["body"], num_date(d)))
        return [dict(path="%s/referat-%s-%s.pdf" % (fo, b.lower(), num_date(d, "-")), producer="chromium_page",
                     src_ext="html", src=html_doc(meet, head, items, headings=False, meta="table", css=css), items=items)]
    if layout == "L5_wkhtml_protocol":
        return [dict(path="%s/Beslutningsprotokol_%s.pdf" % (fo, num_date(d)), producer="wkhtmltopdf", src_ext="html",
                     src=html_doc(meet, head, items, headings=False, meta="lines"), items=items)]
    if layout == "L6_ghostscript_ps":
        return [dict(path="%s/%s_%s_%s.pdf" % (fo, meet["code"], b, d.isoformat()), producer="ghostscript",
                     src_ext="ps", src=ps_doc(meet, head, items), items=items)]
    if layout == "L7_html_utf8_dl":
        return [dict(path="%s/%s-%s.html" % (fo, b.lower(), d.isoformat()), producer="copy",
                     src=html_doc(meet, head, items, headings=True, meta="dl", nav=True), items=items)]
    raise ValueError(layout)
