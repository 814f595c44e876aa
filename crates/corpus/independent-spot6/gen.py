#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generate the sources of the sixth independent spot-check corpus.

  gen.py OUT SEED

Writes OUT/{dev,holdout}/corpus/... (HTML written directly), OUT/src/... (sources the render
step converts: .html for Chromium, .fodt/.md for LibreOffice/pandoc, .me for groff),
OUT/jobs.tsv (conversions), OUT/plan.json (documents, items, gold before page indexing).
Python 3 stdlib only; a pure function of SEED.
"""
import csv, html, json, os, random, sys, unicodedata, zlib

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
from cases import C  # noqa
from ordinary import O, COMMITTEES  # noqa

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december"]
WEEKDAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]
PAIRS = [("H1_iso885915_paragraf", "H2_xhtml_nocharset_leftcol"),
         ("C1_chromium_landscape", "C2_chromium_per_item_index"),
         ("L1_lo_pdfa_dotted_toc", "L2_pandoc_odt_lo"),
         ("M1_pandoc_html5_toc", "G1_groff_me_ps2pdf")]
PDF_LAYOUTS = {"C1_chromium_landscape", "C2_chromium_per_item_index", "L1_lo_pdfa_dotted_toc",
               "L2_pandoc_odt_lo", "G1_groff_me_ps2pdf"}


def fold(s):
    s = s.replace("æ", "ae").replace("ø", "oe").replace("å", "aa").replace("Æ", "Ae").replace("Ø", "Oe").replace("Å", "Aa")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def dk_date(d):
    import datetime
    y, m, dd = map(int, d.split("-"))
    wd = WEEKDAYS[datetime.date(y, m, dd).weekday()]
    return wd, "%d. %s %d" % (dd, MONTHS[m - 1], y)


def weekday(d):
    """Move a date forward to the next Monday-Thursday."""
    import datetime
    x = datetime.date(*map(int, d.split("-")))
    while x.weekday() > 3:
        x += datetime.timedelta(days=1)
    return x.isoformat()


def sub(s, ctx):
    return s.replace("{R}", ctx["R"]).replace("{K}", ctx["K"]).replace("{n}", str(ctx.get("n", 12))).replace("{PAST1}", ctx.get("past1", "1. januar 2024"))


def inst(item, ctx):
    """Instantiate an item template: substitute placeholders everywhere."""
    it = {"title": sub(item["title"], ctx), "bg": [], "ind": [sub(x, ctx) for x in item.get("ind", [])],
          "prior": None, "dec": sub(item["dec"], ctx), "closed": item.get("closed")}
    for p in item.get("bg", []):
        if isinstance(p, tuple):
            it["bg"].append(("table", p[1], [[sub(c, ctx) for c in r] for r in p[2]]))
        else:
            it["bg"].append(sub(p, ctx))
    if item.get("prior"):
        it["prior"] = (item["prior"][0], sub(item["prior"][1], ctx))
    if "phrase" in item:
        it["phrase"] = sub(item["phrase"], ctx)
    return it


# ---------------------------------------------------------------- layouts
class Acc:
    """Collects the printed strings of one item (for items.json)."""
    def __init__(self):
        self.parts = []

    def add(self, s):
        self.parts.append(s)
        return s

    def text(self):
        return "\n".join(self.parts)


def dec_words(layout, dec):
    if layout == "H1_iso885915_paragraf" and dec.strip() in ("Godkendt.", "Indstillingen godkendt.", "Anbefales."):
        return "Tiltrådt."
    return dec


def casenr(rng, layout, year=2024):
    a = rng.randint(100, 9999)
    return {"H1_iso885915_paragraf": "J.nr. %02d.%02d.%02d-A%02d-%d-24" % (rng.randint(0, 88), rng.randint(0, 20), rng.randint(0, 20), rng.randint(0, 30), rng.randint(1, 40)),
            "H2_xhtml_nocharset_leftcol": "EMN-2024-%06d" % rng.randint(1000, 99999),
            "C1_chromium_landscape": "%d/%d" % (year % 100, a),
            "C2_chromium_per_item_index": "Sag: %d-2024-%d" % (rng.randint(100, 999), rng.randint(1000, 99999)),
            "L1_lo_pdfa_dotted_toc": "Dok.nr. %d-%d" % (rng.randint(10000, 99999), year),
            "L2_pandoc_odt_lo": "Sagsnr. %d" % rng.randint(100000, 999999),
            "M1_pandoc_html5_toc": "Journalnr.: 24-%05d" % rng.randint(10, 99999),
            "G1_groff_me_ps2pdf": "Sagsid %d.%d" % (rng.randint(10, 99), rng.randint(1000, 9999))}[layout]


HEADS = {
    # layout: (bg heading, ind heading, prior fmt, decision heading fmt)
    "H1_iso885915_paragraf": ("Sagsfremstilling", "Forslag", "{c} {d}: {t}", None),
    "H2_xhtml_nocharset_leftcol": ("Beskrivelse", "Indstilling", "Beslutning i {c} den {d}:\n{t}", "Beslutning i {R} den {D}"),
    "C1_chromium_landscape": ("Sagens indhold", "Forvaltningens indstilling", "{c}s beslutning {d}: {t}", "Beslutning"),
    "C2_chromium_per_item_index": ("Sagsfremstilling", "Indstilling", "Beslutning i {c} den {d}\n{t}", "Beslutning i {R} den {D}"),
    "L1_lo_pdfa_dotted_toc": ("Baggrund", "Indstilling", "{c} den {d}: {t}", "Afgørelse"),
    "L2_pandoc_odt_lo": ("Sagsforløb", "Indstilling", "Beslutning fra {c}, {d}:\n{t}", "Beslutning i {R}"),
    "M1_pandoc_html5_toc": ("Problemstilling", "Indstilling", "{c}, {d}: {t}", "Beslutning"),
    "G1_groff_me_ps2pdf": ("Redegørelse", "Indstilling", "{c} den {d}: {t}", "Beslutning"),
}


def item_blocks(it, layout, meet, ctx, rng):
    """Abstract printed blocks of an item: list of (kind, payload), and the item text."""
    acc = Acc()
    bgh, indh, pfmt, dh = HEADS[layout]
    blocks = []
    blocks.append(("case", acc.add(casenr(rng, layout))))
    if it.get("closed") is not None:
        blocks.append(("p", acc.add("Lukket punkt")))
        if it["closed"]:
            blocks.append(("p", acc.add(it["closed"])))
    else:
        blocks.append(("p", acc.add("Åbent punkt")))
        if it["bg"]:
            blocks.append(("h", acc.add(bgh)))
            for p in it["bg"]:
                if isinstance(p, tuple):
                    for cell in p[1]:
                        acc.add(cell)
                    for r in p[2]:
                        for cell in r:
                            acc.add(cell)
                    blocks.append(("table", (p[1], p[2])))
                else:
                    for para in p.split("\n"):
                        blocks.append(("p", acc.add(para)))
        if it["ind"]:
            blocks.append(("h", acc.add(indh)))
            blocks.append(("p", acc.add("Forvaltningen indstiller,")))
            blocks.append(("ul", [acc.add(x) for x in it["ind"]]))
        if it["prior"]:
            pd = meet["prior_date"]
            s = pfmt.format(c=it["prior"][0], d=pd, t=it["prior"][1])
            for line in s.split("\n"):
                blocks.append(("prior", acc.add(line)))
    if dh:
        blocks.append(("h", acc.add(dh.replace("{R}", meet["body_name"]).replace("{D}", meet["date_long"]))))
    for line in dec_words(layout, it["dec"]).split("\n"):
        blocks.append(("dec", acc.add(line)))
    return blocks, acc.text()


def esc(s):
    return html.escape(s, quote=True)


def blocks_html(blocks):
    out = []
    for k, v in blocks:
        if k == "case":
            out.append('<p class="sagsnr">%s</p>' % esc(v))
        elif k == "h":
            out.append("<h4>%s</h4>" % esc(v))
        elif k == "p":
            out.append("<p>%s</p>" % esc(v))
        elif k == "ul":
            out.append("<ul>%s</ul>" % "".join("<li>%s</li>" % esc(x) for x in v))
        elif k == "prior":
            out.append('<p class="tidl"><i>%s</i></p>' % esc(v))
        elif k == "dec":
            out.append('<p class="beslutning"><b>%s</b></p>' % esc(v))
        elif k == "table":
            hd, rows = v
            out.append('<table class="tab" border="1" cellpadding="3"><tr>%s</tr>%s</table>' % (
                "".join("<th>%s</th>" % esc(c) for c in hd),
                "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % esc(c) for c in r) for r in rows)))
    return "\n".join(out)


def num_title(layout, n, title):
    return {"H1_iso885915_paragraf": "§ %d. %s" % (n, title),
            "H2_xhtml_nocharset_leftcol": title,
            "C1_chromium_landscape": "Punkt %d  %s" % (n, title),
            "C2_chromium_per_item_index": "%d. %s" % (n, title),
            "L1_lo_pdfa_dotted_toc": "Sag nr. %d: %s" % (n, title),
            "L2_pandoc_odt_lo": "Punkt %d: %s" % (n, title),
            "M1_pandoc_html5_toc": "Pkt. %d – %s" % (n, title),
            "G1_groff_me_ps2pdf": "%d. %s" % (n, title)}[layout]


def md_esc(s):
    for ch in "\\*_`[]#<>|":
        s = s.replace(ch, "\\" + ch)
    if s[:1].isdigit() and ". " in s[:5]:
        s = s.replace(". ", "\\. ", 1)
    return s


def blocks_md(blocks):
    out = []
    for k, v in blocks:
        if k == "case":
            out.append("*%s*" % md_esc(v))
        elif k == "h":
            out.append("### %s" % md_esc(v))
        elif k == "p":
            out.append(md_esc(v))
        elif k == "ul":
            out.append("\n".join("- %s" % md_esc(x) for x in v))
        elif k == "prior":
            out.append("> %s" % md_esc(v))
        elif k == "dec":
            out.append("**%s**" % md_esc(v))
        elif k == "table":
            hd, rows = v
            lines = ["| " + " | ".join(md_esc(c) for c in hd) + " |", "|" + "---|" * len(hd)]
            lines += ["| " + " | ".join(md_esc(c) for c in r) + " |" for r in rows]
            out.append("\n".join(lines))
    return "\n\n".join(out)


def roff_esc(s):
    s = s.replace("\\", "\\e").replace("-", "\\-")
    if s[:1] in ".'":
        s = "\\&" + s
    return s


def blocks_roff(blocks):
    out = []
    for k, v in blocks:
        if k == "case":
            out += [".lp", "\\fI%s\\fP" % roff_esc(v)]
        elif k == "h":
            out += [".sp 0.5", ".lp", "\\fB%s\\fP" % roff_esc(v)]
        elif k == "p":
            out += [".pp", roff_esc(v)]
        elif k == "ul":
            for x in v:
                out += [".ip \\(bu 3", roff_esc(x)]
        elif k == "prior":
            out += [".lp", "\\fI%s\\fP" % roff_esc(v)]
        elif k == "dec":
            out += [".lp", "\\fB%s\\fP" % roff_esc(v)]
        elif k == "table":
            hd, rows = v
            out += [".sp 0.5", ".TS", "box tab(@);", "l" * 0 + " ".join(["lb"] * len(hd)), " ".join(["l"] * len(hd)) + ".",
                    "@".join(roff_esc(c) for c in hd), "_"] + ["@".join("T{\n%s\nT}" % roff_esc(c) for c in r) for r in rows] + [".TE"]
    return "\n".join(out)


def fodt_esc(s):
    return html.escape(s, quote=False)


def blocks_fodt(blocks):
    out = []
    for k, v in blocks:
        if k == "case":
            out.append('<text:p text:style-name="Sagsnr">%s</text:p>' % fodt_esc(v))
        elif k == "h":
            out.append('<text:p text:style-name="Mellem">%s</text:p>' % fodt_esc(v))
        elif k == "p":
            out.append('<text:p text:style-name="Brod">%s</text:p>' % fodt_esc(v))
        elif k == "ul":
            out.append("".join('<text:p text:style-name="Punkt">– %s</text:p>' % fodt_esc(x) for x in v))
        elif k == "prior":
            out.append('<text:p text:style-name="Tidl">%s</text:p>' % fodt_esc(v))
        elif k == "dec":
            out.append('<text:p text:style-name="Besl">%s</text:p>' % fodt_esc(v))
        elif k == "table":
            hd, rows = v
            cols = len(hd)
            t = ['<table:table table:name="T%d">' % (zlib.crc32(str(rows).encode()) % 100000), '<table:table-column table:number-columns-repeated="%d"/>' % cols]
            for r in [hd] + rows:
                t.append("<table:table-row>" + "".join('<table:table-cell table:style-name="Celle" office:value-type="string"><text:p text:style-name="Brod">%s</text:p></table:table-cell>' % fodt_esc(c) for c in r) + "</table:table-row>")
            t.append("</table:table>")
            out.append("".join(t))
    return "\n".join(out)


FODT_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'"/></office:font-face-decls>
<office:styles>
<style:style style:name="Standard" style:family="paragraph"><style:text-properties style:font-name="Liberation Sans" fo:font-size="10.5pt"/></style:style>
<style:style style:name="Titel" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0.3cm"/><style:text-properties fo:font-size="18pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Punkt" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-left="0.6cm" fo:margin-bottom="0.1cm"/></style:style>
<style:style style:name="Brod" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0.2cm"/></style:style>
<style:style style:name="Sagsnr" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="9pt" fo:font-style="italic"/></style:style>
<style:style style:name="Mellem" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-top="0.25cm"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Tidl" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-left="0.5cm"/><style:text-properties fo:font-style="italic"/></style:style>
<style:style style:name="Besl" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-left="0.5cm" fo:border-left="0.06cm solid #444444" fo:padding-left="0.2cm"/></style:style>
<style:style style:name="Sag" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-top="0.5cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="13pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Toc" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties><style:tab-stops><style:tab-stop style:position="16cm" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops></style:paragraph-properties></style:style>
<style:style style:name="Celle" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.08cm"/></style:style>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="1.5cm" fo:margin-left="2.5cm" fo:margin-right="2cm"/><style:footer-style/></style:page-layout>
<style:style style:name="Brud" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:break-before="page"/></style:style>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"><style:footer><text:p text:style-name="Standard">{FOOT} – side <text:page-number text:select-page="current"/></text:p></style:footer></style:master-page></office:master-styles>
<office:body><office:text>
"""


CSS_C1 = """@page { size: A4 landscape; margin: 14mm 16mm; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; }
.item { display: grid; grid-template-columns: 48mm 1fr; column-gap: 8mm; border-top: 2px solid #235; padding-top: 3mm; margin-top: 5mm; }
.item .venstre { font-weight: bold; color: #235; }
h1 { font-size: 17pt; } table.tab { border-collapse: collapse; } .meta td { padding: 1mm 4mm 1mm 0; }
"""
CSS_C2 = """@page { size: A4; margin: 20mm; } body { font-family: 'Liberation Serif', serif; font-size: 11pt; }
.top { border-bottom: 1px solid #999; font-size: 9pt; color: #444; } h2 { font-size: 15pt; } table.tab { border-collapse: collapse; }"""


def write(path, data, enc="utf-8"):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if isinstance(data, str):
        data = data.encode(enc, "xmlcharrefreplace") if enc != "utf-8" else data.encode("utf-8")
    with open(path, "wb") as fh:
        fh.write(data)


def header_lines(meet, ctx):
    wd, dl = dk_date(meet["date"])
    return {"body": meet["body_name"], "date": "%s den %s" % (wd, dl), "time": meet["time"], "place": meet["place"],
            "absent": meet["absent"]}


def render_meeting(meet, ctx, out, src, jobs, rng):
    """Write one meeting in its layout. Returns list of documents (for items.json)."""
    L = meet["layout"]
    half = meet["half"]
    cdir = os.path.join(out, half, "corpus")
    folder = meet["folder"]
    H = header_lines(meet, ctx)
    y, m, d = meet["date"].split("-")
    rendered = []  # (item, title_line, blocks, text)
    for it in meet["items"]:
        blocks, text = item_blocks(it, L, meet, ctx, rng)
        tl = num_title(L, it["number"], it["title"])
        rendered.append((it, tl, blocks, tl + "\n" + text))
    docs = []

    def doc(relpath, items, pdf, kind=None):
        docs.append({"document": relpath, "kind": kind or meet["kind"], "pdf": pdf, "municipality": meet["muni_code"],
                     "meeting_date": meet["date"], "body": meet["body"], "body_name": meet["body_name"], "layout": L,
                     "items": [{"number": it["number"], "title": it["title"], "text": text, "pages": [1, 1],
                                "gold": it.get("gold"), "_phrase": it.get("phrase"), "_first": first_para(blocks, tl)}
                               for it, tl, blocks, text in items]})

    if L == "H1_iso885915_paragraf":
        rel = "%s/protokol-%s%s%s.html" % (folder, y, m, d)
        body = ['<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">', "<html><head>",
                '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-15">',
                "<title>%s - protokol %s</title>" % (esc(H["body"]), esc(dk_date(meet["date"])[1])),
                "<style>body{font-family:Georgia,serif;max-width:52em;margin:auto} .par{margin-top:2em;border-top:1px dotted #777} .beslutning{margin-left:2em}</style>",
                "</head><body>", "<p><a href=\"../\">%s Kommune</a> &gt; Politik &gt; Protokoller</p>" % esc(ctx["K"]),
                "<h1>Protokol for %s</h1>" % esc(H["body"]),
                "<p>Ordinært møde %s, kl. %s, %s.</p>" % (esc(H["date"]), esc(H["time"]), esc(H["place"])),
                "<p>Fraværende: %s</p>" % esc(H["absent"])]
        for it, tl, blocks, text in rendered:
            body.append('<div class="par"><h3>%s</h3>%s</div>' % (esc(tl), blocks_html(blocks)))
        body.append("<p>Mødet hævet kl. 20.45.</p><p>Underskrifter: %s</p></body></html>" % esc(meet["signers"]))
        write(os.path.join(cdir, rel), "\n".join(body), "iso-8859-15")
        doc(rel, rendered, False)
    elif L == "H2_xhtml_nocharset_leftcol":
        rel = "%s/Referat_%s-%s-%s.html" % (folder, d, m, y)
        body = ['<?xml version="1.0"?>', '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">',
                '<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="da"><head><title>Referat</title></head>',
                '<body style="font-family:Verdana,sans-serif;font-size:12px;">',
                '<div style="font-size:20px;font-weight:bold;margin-bottom:8px;">%s</div>' % esc(H["body"]),
                '<div style="margin-bottom:14px;">Referat af mødet %s kl. %s<br/>%s<br/>Afbud: %s</div>' % (esc(H["date"]), esc(H["time"]), esc(H["place"]), esc(H["absent"])),
                '<table style="width:100%;border-collapse:collapse;" cellspacing="0">']
        for it, tl, blocks, text in rendered:
            body.append('<tr><td style="vertical-align:top;width:40px;font-size:18px;font-weight:bold;border-top:1px solid #999;padding:6px;">%d</td>'
                        '<td style="vertical-align:top;border-top:1px solid #999;padding:6px;"><div style="font-weight:bold;font-size:14px;">%s</div>%s</td></tr>'
                        % (it["number"], esc(tl), blocks_html(blocks).replace("<br>", "<br/>")))
        body.append("</table></body></html>")
        write(os.path.join(cdir, rel), "\n".join(body))
        doc(rel, rendered, False)
    elif L == "C1_chromium_landscape":
        rel = "%s/Referat %s %s-%s-%s.pdf" % (folder, H["body"], d, m, y)
        body = ["<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'><title>Referat</title><style>%s</style></head><body>" % CSS_C1,
                "<h1>%s – referat</h1>" % esc(H["body"]),
                "<table class='meta'><tr><td>Dato</td><td>%s</td></tr><tr><td>Kl.</td><td>%s</td></tr><tr><td>Sted</td><td>%s</td></tr><tr><td>Fraværende</td><td>%s</td></tr></table>"
                % (esc(H["date"]), esc(H["time"]), esc(H["place"]), esc(H["absent"]))]
        for it, tl, blocks, text in rendered:
            body.append("<div class='item'><div class='venstre'>%s</div><div>%s</div></div>" % (esc(tl), blocks_html(blocks)))
        body.append("</body></html>")
        s = os.path.join(src, half, rel[:-4] + ".html")
        write(s, "\n".join(body))
        jobs.append(("chromium", s, os.path.join(cdir, rel)))
        doc(rel, rendered, True)
    elif L == "C2_chromium_per_item_index":
        sub_ = "%s/%s-%s-%s" % (folder, y, m, d)
        links = []
        for it, tl, blocks, text in rendered:
            fn = "punkt-%02d.pdf" % it["number"]
            links.append("<li><a href='%s'>%s</a></li>" % (fn, esc(tl)))
            hb = ("<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'><title>%s</title><style>%s</style></head><body>"
                  "<div class='top'>%s · %s kl. %s</div><h2>%s</h2>%s</body></html>") % (esc(tl), CSS_C2, esc(H["body"]), esc(H["date"]), esc(H["time"]), esc(tl), blocks_html(blocks))
            s = os.path.join(src, half, sub_, fn[:-4] + ".html")
            write(s, hb)
            jobs.append(("chromium", s, os.path.join(cdir, sub_, fn)))
            doc(sub_ + "/" + fn, [(it, tl, blocks, "%s\n%s\n%s" % (H["body"], H["date"], text))], True)
        idx = ("<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'><title>%s %s</title></head><body><h1>%s</h1>"
               "<p>Møde %s kl. %s, %s</p><p>Fraværende: %s</p><ol style='list-style:none'>%s</ol></body></html>") % (
            esc(H["body"]), esc(meet["date"]), esc(H["body"]), esc(H["date"]), esc(H["time"]), esc(H["place"]), esc(H["absent"]), "".join(links))
        write(os.path.join(cdir, sub_, "index.html"), idx)
        docs.append({"document": sub_ + "/index.html", "kind": meet["kind"], "pdf": False, "municipality": meet["muni_code"],
                     "meeting_date": meet["date"], "body": meet["body"], "body_name": meet["body_name"], "layout": L,
                     "items": [{"number": it["number"], "title": it["title"], "text": tl, "pages": [1, 1], "gold": None} for it, tl, b, t in rendered]})
    elif L == "L1_lo_pdfa_dotted_toc":
        rel = "%s/Referat %s %s.pdf" % (folder, H["body"], dk_date(meet["date"])[1])
        parts = [FODT_HEAD.replace("{FOOT}", fodt_esc("%s – %s" % (H["body"], dk_date(meet["date"])[1]))),
                 '<text:p text:style-name="Titel">Referat – %s</text:p>' % fodt_esc(H["body"]),
                 '<text:p text:style-name="Brod">Mødet blev holdt %s kl. %s på %s.</text:p>' % (fodt_esc(H["date"]), fodt_esc(H["time"]), fodt_esc(H["place"])),
                 '<text:p text:style-name="Brod">Fraværende: %s</text:p>' % fodt_esc(H["absent"]),
                 '<text:p text:style-name="Mellem">Indholdsfortegnelse</text:p>']
        page = 2
        for i, (it, tl, blocks, text) in enumerate(rendered):
            parts.append('<text:p text:style-name="Toc">%s<text:tab/>%d</text:p>' % (fodt_esc(tl), page))
            page += 1 if (len(text) > 900 or i % 2) else 0
        first = True
        for it, tl, blocks, text in rendered:
            parts.append('<text:p text:style-name="%s">%s</text:p>' % ("Brud" if first else "Sag", fodt_esc(tl)))
            if first:
                parts[-1] = '<text:p text:style-name="Brud"/>' + '<text:p text:style-name="Sag">%s</text:p>' % fodt_esc(tl)
            first = False
            parts.append(blocks_fodt(blocks))
        parts.append('<text:p text:style-name="Brod">Underskrevet: %s</text:p></office:text></office:body></office:document>' % fodt_esc(meet["signers"]))
        s = os.path.join(src, half, rel[:-4] + ".fodt")
        write(s, "\n".join(parts))
        jobs.append(("soffice", s, os.path.join(cdir, rel)))
        doc(rel, rendered, True)
    elif L == "L2_pandoc_odt_lo":
        rel = "%s/%s%s%s_%s.pdf" % (folder, y, m, d, fold(H["body"]).replace(" ", ""))
        md = ["---", "title: \"%s\"" % ("Referat, %s" % H["body"]), "---", "",
              "**Mødedato:** %s  " % md_esc(H["date"]), "**Kl.:** %s  " % md_esc(H["time"]),
              "**Sted:** %s  " % md_esc(H["place"]), "**Fraværende:** %s" % md_esc(H["absent"]), ""]
        for it, tl, blocks, text in rendered:
            md += ["## %s" % md_esc(tl), "", blocks_md(blocks), ""]
        s = os.path.join(src, half, rel[:-4] + ".md")
        write(s, "\n".join(md))
        jobs.append(("pandoc-odt", s, s[:-3] + ".odt"))
        jobs.append(("soffice", s[:-3] + ".odt", os.path.join(cdir, rel)))
        doc(rel, rendered, True)
    elif L == "M1_pandoc_html5_toc":
        rel = "%s/dagsorden-og-referat-%s-%s.html" % (folder, d, MONTHS[int(m) - 1])
        md = ["---", "title: \"%s – referat\"" % H["body"], "date: \"%s\"" % H["date"], "lang: da", "---", "",
              "Mødet begyndte kl. %s, %s. Fraværende: %s" % (md_esc(H["time"]), md_esc(H["place"]), md_esc(H["absent"])), ""]
        for it, tl, blocks, text in rendered:
            md += ["## %s" % md_esc(tl), "", blocks_md(blocks), ""]
        s = os.path.join(src, half, rel[:-5] + ".md")
        write(s, "\n".join(md))
        jobs.append(("pandoc-html", s, os.path.join(cdir, rel)))
        doc(rel, rendered, False)
    elif L == "G1_groff_me_ps2pdf":
        rel = "%s/ref_%s%s%s.pdf" % (folder, y[2:], m, d)
        r = [".he '%s''%s'" % (roff_esc(H["body"]), roff_esc(dk_date(meet["date"])[1])), ".fo ''Side %''",
             ".sz 11", ".ce", "\\s+4\\fB%s \\(em referat\\fP\\s-4" % roff_esc(H["body"]), ".sp",
             ".lp", roff_esc("Møde %s kl. %s, %s." % (H["date"], H["time"], H["place"])), ".lp", roff_esc("Fraværende: %s" % H["absent"])]
        for it, tl, blocks, text in rendered:
            r += [".sp 1", ".ne 5", ".lp", "\\s+2\\fB%s\\fP\\s-2" % roff_esc(tl), blocks_roff(blocks)]
        s = os.path.join(src, half, rel[:-4] + ".me")
        write(s, "\n".join(r) + "\n")
        jobs.append(("groff", s, os.path.join(cdir, rel)))
        doc(rel, rendered, True)
    return docs


def first_para(blocks, tl):
    for k, v in blocks:
        if k in ("p", "dec") and v not in ("Åbent punkt", "Lukket punkt") and len(v) > 20:
            return v
    return tl


# ---------------------------------------------------------------- plan
def main():
    out, seed = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 2024
    rng = random.Random(seed)
    kommuner = list(csv.DictReader(open(os.path.join(HERE, "kommuner.csv"), encoding="utf-8")))
    kommuner = [k for k in kommuner if k["code"] != "101"]
    munis = rng.sample(kommuner, 24)
    halves = {"dev": [], "holdout": []}
    layout_half = {}
    for a, b in PAIRS:
        if rng.random() < 0.5:
            a, b = b, a
        layout_half[a], layout_half[b] = "dev", "holdout"
    order = [l for p in PAIRS for l in p]
    muni_layout = {}
    for i, mu in enumerate(munis):
        L = order[i // 3]
        muni_layout[mu["code"]] = L
        halves[layout_half[L]].append(mu)

    # planted items per half
    classes = list(C.keys())
    plan = {}
    for half in ("dev", "holdout"):
        planted = []
        for ci, cl in enumerate(classes):
            fl = C[cl]["flag"]
            if len(fl) >= 3:
                r = (seed + ci) % 3
                dev_pick = [r, (r + 1) % 3]
                pick = dev_pick if half == "dev" else [(r + 2) % 3, r]
            else:
                pick = [0, 1]
            for vi in pick:
                planted.append((cl, "flag", vi))
            for vi in range(len(C[cl]["quiet"])):
                planted.append((cl, "quiet", vi))
        rng.shuffle(planted)
        plan[half] = planted

    docs = {"dev": [], "holdout": []}
    gold = {"dev": [], "holdout": []}
    jobs = []
    src = os.path.join(out, "src")
    names = ["Anne Mortensen (A)", "Bo Kjær (V)", "Lise Dahl (F)", "Ole Winther (C)", "Mette Skov (O)", "Jesper Bach (Ø)", "Camilla Friis (B)", "Niels Holt (D)"]
    places = ["Byrådssalen, Rådhuset", "Mødelokale 1, Rådhuset", "Kommunalbestyrelsessalen", "Borgernes Hus, sal 2"]
    for half in ("dev", "holdout"):
        mus = halves[half]
        planted = list(plan[half])
        # not-drawn planted items: flag wordings placed in committee / out-of-period meetings
        extra = []
        for j in range(5):
            cl = classes[(seed + j * 3 + (half == "holdout")) % len(classes)]
            extra.append((cl, "flag", j % len(C[cl]["flag"])))
        meetings = []
        for mi, mu in enumerate(mus):
            L = muni_layout[mu["code"]]
            R = "Byrådet" if rng.random() < 0.6 else "Kommunalbestyrelsen"
            ctx = {"R": R, "K": mu["name"]}
            style = rng.randrange(4)
            folder = [mu["name"], fold(mu["name"]), mu["code"], fold(mu["name"]).lower().replace(" ", "-") + "-kommune"][style]
            months = sorted(rng.sample(range(1, 7), 2))
            specs = [("council", weekday("%d-%02d-%02d" % (2024, mo, rng.randint(3, 24)))) for mo in months]
            if mi % 3 == 0:
                specs.append(("committee", weekday("2024-%02d-%02d" % (rng.randint(1, 6), rng.randint(3, 24)))))
            if mi % 6 == 1:
                specs.append(("out_of_period", weekday(rng.choice(["2023-12-%02d" % rng.randint(4, 15), "2024-08-%02d" % rng.randint(12, 24)]))))
            runno = rng.randint(1, 60) if L == "H1_iso885915_paragraf" else 1
            for kind, date in specs:
                body = "committee" if kind == "committee" else "council"
                bname = rng.choice(COMMITTEES) if kind == "committee" else R
                meetings.append(dict(half=half, layout=L, ctx=ctx, folder=folder, muni_code=mu["code"], muni_name=mu["name"],
                                     kind=kind, body=body, body_name=bname, date=date, runno=runno))
                if L == "H1_iso885915_paragraf":
                    runno += 14
        council = [m for m in meetings if m["kind"] == "council"]
        assign = {id(m): [] for m in meetings}
        for i, p in enumerate(planted):
            assign[id(council[i % len(council)])].append(p)
        other = [m for m in meetings if m["kind"] != "council"]
        for i, m in enumerate(other):
            assign[id(m)].append(extra[i % len(extra)])
        gid = 0
        for m in meetings:
            ctx = m["ctx"]
            wd, dl = dk_date(m["date"])
            m["date_long"] = dl
            y, mo, dd = map(int, m["date"].split("-"))
            pm, pdd = (mo - 1 or 12), min(dd, 26)
            m["prior_date"] = "%d. %s %d" % (pdd, MONTHS[pm - 1], y if mo > 1 else y - 1)
            m["time"] = rng.choice(["17.00", "16.30", "18.00", "19.00", "15.00"])
            m["place"] = rng.choice(places)
            m["absent"] = rng.choice(["Ingen", "Bo Kjær (V)", "Lise Dahl (F), Niels Holt (D)", "Ingen."])
            m["signers"] = ", ".join(rng.sample(names, 4))
            ords = rng.sample(O[2:], rng.randint(5, 7))
            items = [inst(O[0], ctx)]
            if rng.random() < 0.7:
                items.append(inst(O[1], dict(ctx, n=rng.randint(10, 300))))
            body_items = [inst(o, dict(ctx, n=rng.randint(10, 300))) for o in ords]
            pl = []
            for cl, exp, vi in assign[id(m)]:
                t = C[cl][exp][vi]
                pmo = mo - 2 if mo > 2 else mo + 10
                it = inst(t, dict(ctx, past1="1. %s %d" % (MONTHS[pmo - 1], y if mo > 2 else y - 1)))
                it["_g"] = (cl, exp, vi, C[cl]["law"])
                pl.append(it)
            for it in pl:
                body_items.insert(rng.randint(0, len(body_items)), it)
            # closed items go last, as most councils do
            body_items.sort(key=lambda x: x.get("closed") is not None)
            items += body_items
            for k, it in enumerate(items):
                it["number"] = m["runno"] + k if m["layout"] == "H1_iso885915_paragraf" else k + 1
                if "_g" in it:
                    gid += 1
                    cl, exp, vi, law = it["_g"]
                    g = {"id": "%s-%03d" % (half, gid), "item_number": it["number"], "item_title": it["title"], "class": cl,
                         "expect": exp if m["kind"] == "council" else "quiet", "phrase": it["phrase"],
                         "variant": "%s_%s%d" % (cl, "f" if exp == "flag" else "q", vi + 1), "municipality": m["muni_code"],
                         "meeting_date": m["date"], "body": m["body"], "meeting_kind": m["kind"], "layout": m["layout"], "law": law}
                    if m["kind"] != "council":
                        g["why_quiet"] = ("committee meeting (%s): not a council decision, must not be drawn" % m["body_name"]) if m["kind"] == "committee" \
                            else "council meeting outside 2024H1: must not be drawn"
                    it["gold"] = g["id"]
                    gold[half].append(g)
            m["items"] = items
            ds = render_meeting(m, ctx, out, src, jobs, rng)
            for d in ds:
                for di in d["items"]:
                    if di["gold"]:
                        g = [x for x in gold[half] if x["id"] == di["gold"]][0]
                        g["document"] = d["document"]
                        assert g["phrase"] in di["text"], (g["phrase"], di["text"])
            docs[half] += ds
    with open(os.path.join(out, "jobs.tsv"), "w", encoding="utf-8") as fh:
        for j in jobs:
            fh.write("\t".join(j) + "\n")
    json.dump({"seed": seed, "layout_half": layout_half, "docs": docs, "gold": gold,
               "municipalities": {h: [m["code"] for m in halves[h]] for h in halves}},
              open(os.path.join(out, "plan.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
