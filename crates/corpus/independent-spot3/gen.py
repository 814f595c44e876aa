#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generate the sources of the third independent spot-check corpus.

  gen.py --out OUT [--seed N]

Writes OUT/src/<half>/<layout>/... (sources for the PDF layouts), OUT/<half>/corpus/... (HTML
documents directly) and OUT/meta.json (every document, item and planted item, before pages
are known). Python 3 stdlib only; a pure function of the seed.
"""
import argparse, csv, datetime, html, json, os, random, sys, textwrap, unicodedata, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from cases import CASES, NOT_DRAWN  # noqa: E402
import ordinary  # noqa: E402

KOMMUNER = os.environ.get("KOMMUNER_CSV", "/work/shared/data/kommuner.csv")
PAIRS = [("L1_groff_ms", "L2_enscript_caps"), ("L3_odt_outline", "L4_odt_protocol"),
         ("L5_html_sharepoint", "L6_html_latin1_font"), ("L7_chromium_ol_aria", "L8_weasy_pagedcss")]
PDF_LAYOUTS = {"L1_groff_ms", "L2_enscript_caps", "L3_odt_outline", "L4_odt_protocol",
               "L7_chromium_ol_aria", "L8_weasy_pagedcss"}
MONTHS = ordinary.MONTHS
WEEKDAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]
FIRST = ["Anne", "Lars", "Mette", "Jens", "Karen", "Henrik", "Susanne", "Peter", "Lone", "Erik",
         "Birgitte", "Søren", "Hanne", "Thomas", "Pia", "Morten", "Charlotte", "Niels", "Inger",
         "Jesper", "Tove", "Kasper", "Dorthe", "Rasmus", "Vibeke", "Bo", "Lise", "Anders"]
SUR = ["Nielsen", "Kristensen", "Bech", "Mogensen", "Lauridsen", "Thomsen", "Dam", "Holm",
       "Frandsen", "Vestergaard", "Skov", "Bundgaard", "Lykke", "Kjær", "Overgaard", "Juhl",
       "Damgaard", "Winther", "Krogh", "Brandt", "Riis", "Lund", "Berg", "Lindberg"]
PARTIES = ["A", "V", "C", "F", "O", "Ø", "B", "I", "K", "D", "M"]
COMPANIES = ["Nordfisk A/S", "Lindholm Maskinfabrik ApS", "Vestkyst Uddannelse ApS", "Hansen Ejendomme ApS",
             "Bønnen Kaffebar ApS", "Fjordgården Hotel ApS", "Tømrerfirmaet Kjær & Søn ApS",
             "Elbil Leasing Danmark A/S", "Marsk Events ApS", "Byggeselskabet Trekanten A/S",
             "Grøn Logistik ApS", "Kystens Erhvervsudlejning ApS"]
STREETS = ["Møllevej 12", "Skolegade 3", "Åbrinken 27", "Lindevej 8", "Havnegade 41", "Rosenvænget 5",
           "Egevej 19", "Bakkedraget 2", "Præstemarken 14", "Kærvej 33"]


def squash(s):
    s = unicodedata.normalize("NFKC", s or "").lower()
    return "".join(ch for ch in s if ch.isalnum())


def fold(s):
    return (s.replace("æ", "ae").replace("ø", "oe").replace("å", "aa").replace("Æ", "Ae")
            .replace("Ø", "Oe").replace("Å", "Aa"))


def dlong(d):
    return "%d. %s %d" % (d.day, MONTHS[d.month - 1], d.year)


def dnum(d):
    return d.strftime("%d.%m.%Y")


def add_months(d, n):
    m = d.month - 1 + n
    return datetime.date(d.year + m // 12, m % 12 + 1, 1)


# ---------------------------------------------------------------- model

class Item:
    def __init__(self, number, src, sagsnr, gold=None):
        self.number = number
        self.src = src
        self.sagsnr = sagsnr
        self.gold = gold
        self.closed = bool(src.get("closed"))


def fill(case, ctx):
    def f(s):
        return s.format_map(ctx)
    out = dict(case)
    out["title"] = f(case["title"])
    out["resume"] = f(case.get("resume", ""))
    out["body"] = [(k, f(v)) if k != "table" else (k, [[f(c) for c in r] for r in v]) for k, v in case.get("body", [])]
    out["indst"] = [f(x) for x in case.get("indst", [])]
    out["beslut"] = f(case.get("beslut", ""))
    if "phrase" in case:
        out["phrase"] = f(case["phrase"])
    return out


def make_ctx(rng, meet, mun):
    d = meet["date"]
    present = [m for m in mun["members"] if m not in meet["absent"]]
    mem = rng.choice(present)
    by = meet["council_name"]
    birth = datetime.date(rng.randrange(1936, 1976), rng.randrange(1, 13), rng.randrange(1, 29))
    cpr = birth.strftime("%d%m%y") + "-" + "%04d" % rng.randrange(1000, 9999)
    j1 = datetime.date(2023, rng.randrange(1, 13), rng.randrange(1, 29))
    j2 = datetime.date(2024, rng.randrange(1, 3), rng.randrange(1, 29))
    past = add_months(d, -1) if d.day > 1 else add_months(d, -2)
    ctx = dict(by=by, kommune=mun["name"], member=mem[0], party=mem[1],
               member_surname=mem[0].split()[-1], member_first=mem[0].split()[0],
               citizen="%s %s" % (rng.choice(FIRST), rng.choice(SUR)),
               street=rng.choice(STREETS), cpr=cpr, cpr_nodash=cpr.replace("-", ""),
               jnr=j1.strftime("%d%m%y") + "-" + "%04d" % rng.randrange(1, 999),
               jnr2=j2.strftime("%d%m%y") + "-" + "%04d" % rng.randrange(1000, 4999),
               eff_past=dlong(past), eff_past_num=dnum(past),
               eff_future=dlong(add_months(d, 2)),
               heard=dlong(d - datetime.timedelta(days=rng.randrange(9, 35))),
               year=2024, next=2025, company=rng.choice(COMPANIES),
               company2="Rideklubben %s" % rng.choice(ordinary.AREAS))
    for i in range(3):
        m = mun["members"][(i * 3 + 1) % len(mun["members"])]
        ctx["m%d" % i], ctx["p%d" % i] = m
    ctx["by"] = by
    return ctx


# ---------------------------------------------------------------- layouts: each returns (files, item_texts)
# An item is rendered as a list of parts; item text = the strings printed.

def dec_heading(layout, meet):
    body, d = meet["body_name"], meet["date"]
    gen = {"Byrådet": "Byrådets", "Kommunalbestyrelsen": "Kommunalbestyrelsens"}.get(body, body + "s")
    return {"L1_groff_ms": "Beslutning i %s den %s" % (body, dlong(d)),
            "L2_enscript_caps": "BESLUTNING",
            "L3_odt_outline": "Beslutning",
            "L4_odt_protocol": None,
            "L5_html_sharepoint": "%s beslutning den %s" % (gen, d.strftime("%d-%m-%Y")),
            "L6_html_latin1_font": "Beslutning:",
            "L7_chromium_ol_aria": "Beslutning på mødet den %s" % dnum(d),
            "L8_weasy_pagedcss": "Beslutning"}[layout]


def item_parts(layout, meet, it):
    """Logical parts of an item for this layout: list of (kind, value)."""
    s = it.src
    parts = []
    num = it.number
    label = " (Lukket punkt)" if it.closed else ""
    if layout == "L1_groff_ms":
        parts.append(("title", "Punkt %d. %s%s" % (num, s["title"], label)))
    elif layout == "L2_enscript_caps":
        parts.append(("title", ("PKT. %d - %s%s" % (num, s["title"], label.upper())).upper()))
    elif layout == "L3_odt_outline":
        parts.append(("title", s["title"] + label))
    elif layout == "L4_odt_protocol":
        parts.append(("title", "Sag nr. %d  %s%s" % (num, s["title"], " - Lukket punkt" if it.closed else "")))
    elif layout == "L5_html_sharepoint":
        parts.append(("title", "Nr. %d - %s" % (num, s["title"])))
        if it.closed:
            parts.append(("meta", "Lukket punkt"))
    elif layout == "L6_html_latin1_font":
        parts.append(("title", "%d. %s%s" % (num, s["title"], label)))
    elif layout == "L7_chromium_ol_aria":
        parts.append(("title", s["title"] + (" - lukket punkt" if it.closed else "")))
    else:
        parts.append(("title", "%d. %s%s" % (num, s["title"], label)))
    parts.append(("meta", it.sagsnr))
    proto = layout == "L4_odt_protocol"
    caps = layout == "L2_enscript_caps"
    if s.get("resume"):
        if not proto and layout not in ("L6_html_latin1_font",):
            parts.append(("h", "RESUMÉ" if caps else "Resumé"))
        parts.append(("p", s["resume"]))
    if not proto and not it.closed:
        for k, v in s.get("body", []):
            if k == "h":
                parts.append(("h", v.upper() if caps else v))
            else:
                parts.append((k, v))
    if s.get("indst"):
        if proto:
            parts.append(("p", "Det blev indstillet, at " + "; at ".join(b.rstrip(".") for b in s["indst"]) + "."))
        elif it.closed:
            pass
        else:
            parts.append(("h", "INDSTILLING" if caps else "Indstilling"))
            intro = {"L6_html_latin1_font": "Direktionen indstiller,", "L2_enscript_caps": "Direktøren for området indstiller,",
                     "L7_chromium_ol_aria": "Administrationen indstiller til %s," % meet["council_name"]}.get(layout, "Forvaltningen indstiller,")
            parts.append(("p", intro))
            parts.append(("ul", ["at " + x for x in s["indst"]]))
    chain = s.get("chain")
    if chain and meet["kind"] != "committee" and not proto:
        cd = meet["date"] - datetime.timedelta(days=8)
        parts.append(("h", "Beslutning i %s den %s" % (chain, dlong(cd))))
        parts.append(("p", "Anbefales."))
    dh = dec_heading(layout, meet)
    if dh:
        parts.append(("dech", dh))
    dec = s.get("beslut") or "Godkendt."
    if meet["kind"] == "committee" and dec == "Godkendt.":
        dec = "Anbefales over for %s." % meet["council_name"]
    if proto and dec in ("Godkendt.",):
        dec = "%s godkendte indstillingen." % meet["body_name"]
    parts.append(("dec", dec))
    return parts


def part_text(parts):
    out = []
    for k, v in parts:
        if k == "ul":
            out.extend(v)
        elif k == "table":
            for r in v:
                out.extend(r)
        else:
            out.append(v)
    return "\n".join(out)


def header_lines(meet, mun):
    d = meet["date"]
    pres = [m for m in mun["members"] if m not in meet["absent"]]
    return {
        "title": "Referat af møde i %s" % meet["body_name"] if meet["kind"] != "council" or True else "",
        "kommune": "%s Kommune" % mun["name"],
        "date_long": "%s den %s" % (WEEKDAYS[d.weekday()], dlong(d)),
        "time": "kl. %s" % meet["time"],
        "place": meet["place"],
        "present": ", ".join("%s (%s)" % m for m in pres),
        "absent": ", ".join("%s (%s)" % m for m in meet["absent"]) or "Ingen",
    }


def esc_groff(s):
    s = s.replace("\\", "\\e")
    return "\n".join(("\\&" + ln if ln[:1] in ".'" else ln) for ln in s.split("\n"))


def render_groff(meet, mun, items):
    h = header_lines(meet, mun)
    L = [".nr HY 0", ".nh", ".ad l", ".ds LH %s Kommune" % esc_groff(mun["name"]), ".ds CH %s" % esc_groff(meet["body_name"]),
         ".ds RH Side %", ".ds LF Referat %s" % dnum(meet["date"]), ".ds CF", ".ds RF",
         ".TL", esc_groff("%s\n%s" % (h["kommune"], h["title"])), ".LP",
         ".TS", "tab(|);", "lb l.",
         "Mødedato|%s" % esc_groff(h["date_long"]), "Tidspunkt|%s" % h["time"],
         "Mødested|%s" % esc_groff(h["place"]), "Fraværende|%s" % esc_groff(h["absent"]), ".TE",
         ".LP", esc_groff("Deltagere: " + h["present"])]
    texts = []
    for it in items:
        parts = item_parts("L1_groff_ms", meet, it)
        texts.append(part_text(parts))
        for k, v in parts:
            if k == "title":
                L += [".SH", esc_groff(v)]
            elif k == "meta":
                L += [".LP", "\\fI%s\\fP" % esc_groff(v)]
            elif k in ("h", "dech"):
                L += [".LP", "\\fB%s\\fP" % esc_groff(v)]
            elif k in ("p", "dec"):
                L += [".LP", esc_groff(v)]
            elif k == "ul":
                for x in v:
                    L += [".IP \\(bu 2", esc_groff(x)]
            elif k == "table":
                L += [".TS", "box tab(|);", " ".join("l" for _ in v[0]) + "."]
                L += ["|".join(esc_groff(c) for c in r) for r in v]
                L += [".TE"]
    return "\n".join(L) + "\n", texts


def wrap(s, width=76, indent=""):
    return textwrap.fill(s, width=width, initial_indent=indent, subsequent_indent=" " * len(indent),
                         break_long_words=False, break_on_hyphens=False)


def render_enscript(meet, mun, items):
    h = header_lines(meet, mun)
    L = [h["kommune"].upper(), "REFERAT - %s" % meet["body_name"].upper(), "",
         "Mødedato:   %s" % h["date_long"], "Tidspunkt:  %s" % h["time"], "Mødested:   %s" % h["place"],
         wrap("Fraværende: " + h["absent"]), wrap("Deltagere:  " + h["present"]), "", "=" * 76]
    texts = []
    for it in items:
        parts = item_parts("L2_enscript_caps", meet, it)
        texts.append(part_text(parts))
        for k, v in parts:
            if k == "title":
                L += ["", wrap(v), "-" * min(76, len(v))]
            elif k == "meta":
                L += [v]
            elif k in ("h", "dech"):
                L += ["", v.upper() + ":"]
            elif k in ("p", "dec"):
                L += [wrap(v)]
            elif k == "ul":
                L += [wrap(x, indent="  - ") for x in v]
            elif k == "table":
                w = [max(len(r[i]) for r in v) + 2 for i in range(len(v[0]))]
                for ri, r in enumerate(v):
                    L.append("  " + "".join(c.ljust(w[i]) for i, c in enumerate(r)).rstrip())
                    if ri == 0:
                        L.append("  " + "-" * (sum(w) - 2))
    return "\n".join(L) + "\n", texts


def x(s):
    return html.escape(s, quote=True)


def odt_files(meet, mun, items, layout):
    h = header_lines(meet, mun)
    proto = layout == "L4_odt_protocol"
    headtxt = ("Beslutningsprotokol - %s - %s" if proto else "%s - Referat %s") % (meet["body_name"], dnum(meet["date"]))
    body = []
    P = lambda style, t: body.append('<text:p text:style-name="%s">%s</text:p>' % (style, x(t)))
    P("Title", h["kommune"])
    P("Title", ("Beslutningsprotokol for %s" if proto else "Referat af møde i %s") % meet["body_name"])
    for lab, val in (("Dato", h["date_long"]), ("Tidspunkt", h["time"]), ("Sted", h["place"]),
                     ("Medlemmer", h["present"]), ("Afbud", h["absent"])):
        P("Std", "%s: %s" % (lab, val))
    texts = []
    tn = 0
    for it in items:
        parts = item_parts(layout, meet, it)
        texts.append(part_text(parts))
        for k, v in parts:
            if k == "title":
                if proto:
                    P("ItemB", v)
                else:
                    body.append('<text:h text:style-name="Heading_20_1" text:outline-level="1">%s</text:h>' % x(v))
            elif k == "meta":
                P("Meta", v)
            elif k in ("h", "dech"):
                body.append('<text:h text:style-name="Heading_20_2" text:outline-level="2">%s</text:h>' % x(v))
            elif k in ("p", "dec"):
                P("Std", v)
            elif k == "ul":
                for b in v:
                    P("Bullet", "\u2013 " + b)
            elif k == "table":
                tn += 1
                body.append('<table:table table:name="T%d" table:style-name="Tbl"><table:table-column table:number-columns-repeated="%d"/>' % (tn, len(v[0])))
                for r in v:
                    body.append("<table:table-row>" + "".join(
                        '<table:table-cell table:style-name="Cell" office:value-type="string"><text:p text:style-name="Std">%s</text:p></table:table-cell>' % x(c) for c in r) + "</table:table-row>")
                body.append("</table:table>")
    NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2"')
    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content %s>'
               '<office:automatic-styles><style:style style:name="Tbl" style:family="table"><style:table-properties style:width="16cm" table:align="left" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"/></style:style>'
               '<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.1cm"/></style:style></office:automatic-styles>'
               '<office:body><office:text>%s</office:text></office:body></office:document-content>') % (NS, "".join(body))
    outline = ('<text:outline-style style:name="Outline">'
               '<text:outline-level-style text:level="1" style:num-format="1" style:num-suffix=". "/>'
               '<text:outline-level-style text:level="2" style:num-format=""/></text:outline-style>') if not proto else ""
    styles = ('<?xml version="1.0" encoding="UTF-8"?><office:document-styles %s><office:styles>'
              '<style:style style:name="Standard" style:family="paragraph"><style:text-properties fo:font-size="10.5pt" style:font-name="Liberation Serif" fo:font-family="\'Liberation Serif\'"/></style:style>'
              '<style:style style:name="Std" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0.18cm"/></style:style>'
              '<style:style style:name="Bullet" style:family="paragraph" style:parent-style-name="Std"><style:paragraph-properties fo:margin-left="0.6cm"/></style:style>'
              '<style:style style:name="Meta" style:family="paragraph" style:parent-style-name="Std"><style:text-properties fo:font-style="italic" fo:font-size="9pt"/></style:style>'
              '<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0.3cm"/><style:text-properties fo:font-size="16pt" fo:font-weight="bold"/></style:style>'
              '<style:style style:name="ItemB" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-top="0.5cm" fo:margin-bottom="0.1cm" fo:border-bottom="0.5pt solid #000000"/><style:text-properties fo:font-size="12pt" fo:font-weight="bold"/></style:style>'
              '<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="1"><style:paragraph-properties fo:margin-top="0.6cm" fo:margin-bottom="0.2cm"/><style:text-properties fo:font-size="13pt" fo:font-weight="bold" style:font-name="Liberation Sans" fo:font-family="\'Liberation Sans\'"/></style:style>'
              '<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="2"><style:paragraph-properties fo:margin-top="0.25cm" fo:margin-bottom="0.1cm"/><style:text-properties fo:font-size="10.5pt" fo:font-weight="bold"/></style:style>'
              '%s</office:styles><office:automatic-styles>'
              '<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="2.2cm" fo:margin-right="2.2cm"/>'
              '<style:header-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-bottom="0.4cm"/></style:header-style>'
              '<style:footer-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-top="0.4cm"/></style:footer-style></style:page-layout>'
              '</office:automatic-styles><office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">'
              '<style:header><text:p text:style-name="Meta">%s</text:p></style:header>'
              '<style:footer><text:p text:style-name="Meta">%s Kommune - side <text:page-number text:select-page="current"/></text:p></style:footer>'
              '</style:master-page></office:master-styles></office:document-styles>') % (NS, outline, x(headtxt), x(mun["name"]))
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    return {"content.xml": content, "styles.xml": styles, "META-INF/manifest.xml": manifest}, texts


def write_odt(path, files):
    with zipfile.ZipFile(path, "w") as z:
        zi = zipfile.ZipInfo("mimetype", date_time=(2024, 1, 1, 0, 0, 0))
        z.writestr(zi, "application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED)
        for n in ("content.xml", "styles.xml", "META-INF/manifest.xml"):
            zi = zipfile.ZipInfo(n, date_time=(2024, 1, 1, 0, 0, 0))
            z.writestr(zi, files[n], compress_type=zipfile.ZIP_DEFLATED)


def html_parts(parts, style):
    """Generic HTML body for one item; style selects the markup family."""
    out = []
    for k, v in parts:
        if style == "sp":
            if k == "title":
                out.append('<div class="ms-rtestate-field" style="font-size:15px;font-weight:600;color:#1f4e79;margin-top:18px"><span>%s</span></div>' % x(v))
            elif k == "meta":
                out.append('<div style="font-size:11px;color:#666"><div><span>%s</span></div></div>' % x(v))
            elif k in ("h", "dech"):
                out.append('<div style="font-weight:bold;margin-top:8px"><div><span>%s</span></div></div>' % x(v))
            elif k in ("p", "dec"):
                out.append('<div class="ExternalClass"><div style="margin:2px 0"><span style="font-family:Segoe UI">%s</span></div></div>' % x(v))
            elif k == "ul":
                out.append("".join('<div style="padding-left:18px"><span>&#8226;&nbsp;%s</span></div>' % x(b) for b in v))
            elif k == "table":
                out.append('<div style="display:table;border:1px solid #999">' + "".join(
                    '<div style="display:table-row">' + "".join('<div style="display:table-cell;padding:2px 8px;border:1px solid #ccc">%s</div>' % x(c) for c in r) + "</div>" for r in v) + "</div>")
        elif style == "font":
            if k == "title":
                out.append('<p><font face="Arial" size="3"><b>%s</b></font></p>' % x(v))
            elif k == "meta":
                out.append('<font size="2"><i>%s</i></font><br>' % x(v))
            elif k in ("h", "dech"):
                out.append('<p><font face="Arial" size="2"><b>%s</b></font><br>' % x(v))
            elif k in ("p", "dec"):
                out.append('<font face="Times New Roman">%s</font><br>' % x(v))
            elif k == "ul":
                out.append("<ul>" + "".join("<li><font>%s</font>" % x(b) for b in v) + "</ul>")
            elif k == "table":
                out.append('<table border="1" cellpadding="3">' + "".join(
                    "<tr>" + "".join("<td><font size=2>%s</font></td>" % x(c) for c in r) + "</tr>" for r in v) + "</table>")
        else:  # semantic html for the print layouts
            if k == "title":
                out.append('<h2 class="item-title">%s</h2>' % x(v))
            elif k == "meta":
                out.append('<p class="meta">%s</p>' % x(v))
            elif k in ("h", "dech"):
                out.append("<h3>%s</h3>" % x(v))
            elif k in ("p", "dec"):
                out.append("<p>%s</p>" % x(v))
            elif k == "ul":
                out.append("<ul>" + "".join("<li>%s</li>" % x(b) for b in v) + "</ul>")
            elif k == "table":
                out.append('<table>' + "".join(
                    "<tr>" + "".join(("<th>%s</th>" if i == 0 else "<td>%s</td>") % x(c) for c in r) + "</tr>" for i, r in enumerate(v)) + "</table>")
    return "\n".join(out)


def render_sharepoint(meet, mun, items, others):
    h = header_lines(meet, mun)
    texts, body = [], []
    for it in items:
        parts = item_parts("L5_html_sharepoint", meet, it)
        texts.append(part_text(parts))
        body.append('<div class="ms-webpart-zone"><div class="ms-webpartzone-cell"><div class="agendaItem" id="item%d">%s</div></div></div>' % (it.number, html_parts(parts, "sp")))
    side = "".join('<div style="padding:2px"><a href="#">%s %s</a></div>' % (x(o[0]), o[1]) for o in others)
    doc = ('<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>%s - %s - %s</title></head>'
           '<body style="font-family:Segoe UI,Arial;margin:0"><div id="s4-workspace"><div id="s4-bodyContainer">'
           '<div style="background:#1f4e79;color:#fff;padding:6px"><a style="color:#fff" href="#content">Gå til indhold</a> | %s Kommune &gt; Politik &gt; Dagsordener og referater</div>'
           '<div style="display:flex"><div id="sideNavBox" style="width:200px;font-size:12px;padding:8px"><div><b>Andre møder</b></div>%s</div>'
           '<div id="contentBox" style="flex:1;padding:8px"><div id="content" class="ms-rte-layoutszone-inner">'
           '<div style="font-size:22px">%s</div>'
           '<div style="margin:6px 0"><div><span style="font-weight:bold">Udvalg:</span> <span>%s</span></div>'
           '<div><span style="font-weight:bold">Mødedato:</span> <span>%s</span></div>'
           '<div><span style="font-weight:bold">Starttidspunkt:</span> <span>%s</span></div>'
           '<div><span style="font-weight:bold">Lokale:</span> <span>%s</span></div>'
           '<div><span style="font-weight:bold">Medlemmer:</span> <span>%s</span></div>'
           '<div><span style="font-weight:bold">Fraværende med afbud:</span> <span>%s</span></div></div>'
           '%s<div style="margin-top:20px"><a href="#">Til toppen</a></div></div></div></div></div></div></body></html>') % (
        x(meet["body_name"]), "Referat", meet["date"].strftime("%d-%m-%Y"), x(mun["name"]), side,
        x("Referat - %s" % meet["body_name"]), x(meet["body_name"]), meet["date"].strftime("%d-%m-%Y"),
        meet["time"].replace(".", ":"), x(h["place"]), x(h["present"]), x(h["absent"]), "".join(body))
    return doc.encode("utf-8"), texts


def render_latin1(meet, mun, items):
    h = header_lines(meet, mun)
    texts, body = [], []
    for it in items:
        parts = item_parts("L6_html_latin1_font", meet, it)
        texts.append(part_text(parts))
        body.append('<a name="pkt%d"></a>%s<hr size="1" noshade>' % (it.number, html_parts(parts, "font")))
    doc = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'
           '<title>%s</title></head><body bgcolor="#ffffff"><center><font face="Arial" size="+2"><b>%s</b></font><br>'
           '<font size="+1">%s</font></center><br>'
           '<table border="0"><tr><td><b>Mødedato</b></td><td>%s</td></tr><tr><td><b>Mødetidspunkt</b></td><td>%s</td></tr>'
           '<tr><td><b>Mødested</b></td><td>%s</td></tr><tr><td><b>Fraværende</b></td><td>%s</td></tr></table>'
           '<p><font size="2">Deltagere: %s</font></p><hr>%s<center><font size="1">%s Kommune - Rådhuset</font></center></body></html>') % (
        x("%s %s" % (meet["body_name"], dnum(meet["date"]))), x(h["kommune"]), x(h["title"]),
        x(h["date_long"]), x(h["time"]), x(h["place"]), x(h["absent"]), x(h["present"]), "".join(body), x(mun["name"]))
    return doc.encode("iso-8859-1", "xmlcharrefreplace"), texts


def render_chromium(meet, mun, items):
    h = header_lines(meet, mun)
    texts, lis, nav = [], [], []
    for it in items:
        parts = item_parts("L7_chromium_ol_aria", meet, it)
        texts.append(part_text(parts))
        lis.append('<li role="article" aria-labelledby="t%d" value="%d">%s</li>' % (it.number, it.number, html_parts(parts, "sem").replace('<h2 class="item-title">', '<h2 class="item-title" id="t%d">' % it.number, 1)))
        nav.append('<li><a href="#t%d">%s</a></li>' % (it.number, x(it.src["title"])))
    doc = ('<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>%s - referat %s</title>'
           '<style>body{font-family:"DejaVu Sans",Arial;font-size:10.5pt;margin:1.5cm} ol.agenda>li{margin-top:14px} '
           'ol.agenda>li::marker{font-weight:bold;font-size:13pt} h2{font-size:13pt;margin:0} h3{font-size:10.5pt;margin:8px 0 2px} '
           '.meta{color:#555;font-size:9pt} table{border-collapse:collapse} td,th{border:1px solid #888;padding:2px 6px} nav{font-size:9pt;color:#333}</style></head>'
           '<body><header role="banner"><div>%s</div><h1>%s</h1></header>'
           '<section role="region" aria-label="Mødeoplysninger"><dl><dt>Mødedato</dt><dd>%s</dd><dt>Mødetidspunkt</dt><dd>%s</dd>'
           '<dt>Mødested</dt><dd>%s</dd><dt>Deltagere</dt><dd>%s</dd><dt>Fraværende</dt><dd>%s</dd></dl></section>'
           '<nav role="navigation" aria-label="Dagsorden"><b>Dagsorden</b><ol>%s</ol></nav>'
           '<main role="main"><ol class="agenda">%s</ol></main></body></html>') % (
        x(meet["body_name"]), dnum(meet["date"]), x(h["kommune"]), x(h["title"]), x(h["date_long"]), x(h["time"]),
        x(h["place"]), x(h["present"]), x(h["absent"]), "".join(nav), "".join(lis))
    return doc, texts


def render_weasy(meet, mun, items):
    h = header_lines(meet, mun)
    texts, body = [], []
    for it in items:
        parts = item_parts("L8_weasy_pagedcss", meet, it)
        texts.append(part_text(parts))
        body.append('<div class="item">%s</div>' % html_parts(parts, "sem"))
    run = "%s Kommune - %s - %s" % (mun["name"], meet["body_name"], dnum(meet["date"]))
    doc = ('<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>Referat</title>'
           '<style>@page{size:A4;margin:24mm 18mm 20mm 18mm;'
           '@top-left{content:"%s";font-size:8pt;font-family:"DejaVu Sans"}'
           '@top-right{content:"Referat";font-size:8pt}'
           '@bottom-right{content:"Side " counter(page) " af " counter(pages);font-size:8pt}}'
           'body{font-family:"Liberation Sans",Arial;font-size:10.5pt} h2{font-size:13pt;border-bottom:1px solid #000} '
           'h3{font-size:10.5pt;margin-bottom:2px} .meta{font-size:9pt} table{border-collapse:collapse} td,th{border:1px solid #444;padding:2px 5px}</style></head>'
           '<body><h1>%s</h1><p><b>Mødedato:</b> %s<br><b>Mødetidspunkt:</b> %s<br><b>Mødested:</b> %s<br>'
           '<b>Fraværende:</b> %s<br><b>Deltagere:</b> %s</p>%s</body></html>') % (
        run.replace('"', ''), x(h["title"]), x(h["date_long"]), x(h["time"]), x(h["place"]), x(h["absent"]), x(h["present"]), "".join(body))
    return doc, texts


# ---------------------------------------------------------------- the corpus plan

def plan(seed):
    rng = random.Random(seed)
    rows = [r for r in csv.DictReader(open(KOMMUNER, encoding="utf-8")) if r["code"] != "101"]
    munis = rng.sample(rows, 24)
    layouts_dev, layouts_hold = [], []
    for a, b in PAIRS:
        if rng.random() < 0.5:
            a, b = b, a
        layouts_dev.append(a)
        layouts_hold.append(b)
    half_layouts = {"dev": layouts_dev, "holdout": layouts_hold}
    meetings = []
    mi = 0
    for half in ("dev", "holdout"):
        for li, lay in enumerate(half_layouts[half]):
            for k in range(3):
                r = munis[mi]
                mi += 1
                name = r["name"]
                style = mi % 4
                folder = {0: name, 1: fold(name), 2: r["code"], 3: fold(name) + "-Kommune"}[style]
                council = "Kommunalbestyrelsen" if mi % 5 == 0 else "Byrådet"
                mems = []
                used = set()
                while len(mems) < 11:
                    n = "%s %s" % (rng.choice(FIRST), rng.choice(SUR))
                    if n.split()[-1] in used:
                        continue
                    used.add(n.split()[-1])
                    mems.append((n, rng.choice(PARTIES)))
                mun = dict(code=r["code"], name=name, folder=folder, members=mems, council=council,
                           layout=lay, half=half)
                # two council meetings in 2024H1
                months = sorted(rng.sample(range(1, 7), 2))
                kinds = [("council", datetime.date(2024, m, 1)) for m in months]
                if k == 0:
                    kinds.append(("committee", datetime.date(2024, rng.randrange(1, 7), 1)))
                elif k == 1:
                    kinds.append(("out_of_period", rng.choice([datetime.date(2023, 12, 1), datetime.date(2023, 11, 1),
                                                               datetime.date(2024, 8, 1), datetime.date(2024, 9, 1)])))
                for kind, d0 in kinds:
                    day = rng.randrange(4, 27)
                    d = datetime.date(d0.year, d0.month, day)
                    while d.weekday() > 3:
                        d += datetime.timedelta(days=1)
                    body = council if kind != "committee" else rng.choice(
                        ["Økonomiudvalget", "Social- og Sundhedsudvalget", "Ældre- og Sundhedsudvalget"])
                    absent = [rng.choice(mems)] if rng.random() < 0.7 else []
                    meetings.append(dict(mun=mun, kind=kind, date=d, body_name=body, council_name=council,
                                         time=rng.choice(["17.00", "16.30", "18.00", "19.00"]),
                                         place=rng.choice(["Byrådssalen, Rådhuset", "Mødelokale 1, Rådhuset",
                                                           "Kommunalbestyrelsens mødesal", "Rådhuset, lokale 2.14"]),
                                         absent=absent, layout=lay, half=half, planted=[]))
    # assign planted cases to halves: per class alternate, start by seed
    by_cls = {}
    for c in CASES:
        by_cls.setdefault((c["cls"], c["expect"]), []).append(c)
    assign = {"dev": [], "holdout": []}
    for key in sorted(by_cls):
        lst = by_cls[key][:]
        rng.shuffle(lst)
        start = rng.randrange(2)
        for i, c in enumerate(lst):
            assign[("dev", "holdout")[(i + start) % 2]].append(c)
    nd = NOT_DRAWN[:]
    rng.shuffle(nd)
    for i, c in enumerate(nd):
        assign[("dev", "holdout")[i % 2]].append(dict(c, _nd=True))
    for half in ("dev", "holdout"):
        council = [m for m in meetings if m["half"] == half and m["kind"] == "council"]
        other = [m for m in meetings if m["half"] == half and m["kind"] != "council"]
        cases = assign[half]
        rng.shuffle(cases)
        for c in cases:
            pool = other if c.get("_nd") else council
            ok = [m for m in pool if len(m["planted"]) < (1 if c.get("_nd") else 3)
                  and all(p["cls"] != c["cls"] for p in m["planted"])
                  and not (c.get("proto") is False and m["layout"] == "L4_odt_protocol")]
            ok.sort(key=lambda m: len(m["planted"]))
            least = [m for m in ok if len(m["planted"]) == len(ok[0]["planted"])]
            rng.choice(least)["planted"].append(c)
    return meetings, half_layouts


SAGSNR = {
    "L1_groff_ms": lambda r, d: "Sagsnr.: %02d.%02d.%02d-%s%02d-%d-%02d" % (r.randrange(0, 30), r.randrange(0, 20), r.randrange(0, 20), r.choice("AGKP"), r.randrange(0, 30), r.randrange(1, 99), d.year % 100 - r.randrange(0, 2)),
    "L2_enscript_caps": lambda r, d: "SAG %d-%d-%d" % (r.randrange(100, 999), d.year - r.randrange(0, 2), r.randrange(1000, 99999)),
    "L3_odt_outline": lambda r, d: "Sagsnr. %d" % r.randrange(100000, 999999),
    "L4_odt_protocol": lambda r, d: "Journalnr. %02d.%02d.%02d-P%02d-%d-%d" % (r.randrange(0, 30), r.randrange(0, 20), r.randrange(0, 20), r.randrange(10, 30), r.randrange(1, 40), d.year - r.randrange(0, 2)),
    "L5_html_sharepoint": lambda r, d: "Sagsnummer: EMN-%d-%06d" % (d.year - r.randrange(0, 2), r.randrange(1000, 30000)),
    "L6_html_latin1_font": lambda r, d: "Sag: %d/%d" % (r.randrange(100, 9999), d.year % 100),
    "L7_chromium_ol_aria": lambda r, d: "Dok. %d-%d-%d" % (r.randrange(100, 999), d.year, r.randrange(100000, 999999)),
    "L8_weasy_pagedcss": lambda r, d: "Sagsid: %d-%d-%03d" % (d.year, r.randrange(10, 99), r.randrange(1, 999)),
}


def docname(meet):
    d, b = meet["date"], meet["body_name"]
    fb = fold(b).replace(" ", "").replace("-og-", "og")
    return {"L1_groff_ms": "%s_%s.pdf" % (fb, d.strftime("%d-%m-%Y")),
            "L2_enscript_caps": "referat_%s_%s.pdf" % (d.strftime("%Y%m%d"), fb.lower()),
            "L3_odt_outline": "%s %s referat.pdf" % (d.isoformat(), b),
            "L4_odt_protocol": "Beslutningsprotokol-%s-%s.pdf" % (fb, d.strftime("%d.%m.%Y")),
            "L5_html_sharepoint": "Referater/%s/%s-%s.html" % (d.year, fb, d.strftime("%d-%m-%Y")),
            "L6_html_latin1_font": "%s%s.htm" % (fb.upper()[:6], d.strftime("%d%m%y")),
            "L7_chromium_ol_aria": "%s-%s.pdf" % (fb.lower(), d.isoformat()),
            "L8_weasy_pagedcss": "referat_%s_%s.pdf" % (fb, d.strftime("%d.%m.%y"))}[meet["layout"]]


def build(out, seed):
    rng = random.Random(seed * 7 + 3)
    meetings, half_layouts = plan(seed)
    docs = []
    gold_n = {"dev": 0, "holdout": 0}
    run_no = {}
    for meet in meetings:
        mun = meet["mun"]
        lay = meet["layout"]
        ctx = make_ctx(rng, meet, mun)
        n_ord = rng.randrange(4, 7) - (1 if len(meet["planted"]) > 1 else 0)
        makers = rng.sample(ordinary.MAKERS, n_ord)
        if not (4 <= meet["date"].month <= 6):
            makers = [m for m in makers if m is not ordinary.regnskab]
        ords = [m(rng, ctx) for m in makers]
        srcs = [("ord", o) for o in ords]
        for c in meet["planted"]:
            srcs.insert(rng.randrange(len(srcs) + 1), ("gold", c))
        open_, closed = [], []
        for kind, s in srcs:
            (closed if s.get("closed") else open_).append((kind, s))
        seq = [("ord", ordinary.dagsorden(rng, ctx))] + open_ + [("ord", ordinary.meddelelser(rng, ctx)),
                                                                 ("ord", ordinary.eventuelt(rng, ctx))] + closed
        base = 0
        if lay == "L8_weasy_pagedcss":
            base = run_no.get(mun["code"], rng.randrange(20, 160))
        items = []
        used_sag = set()
        for i, (kind, s) in enumerate(seq):
            num = base + i + 1
            while True:
                sag = SAGSNR[lay](rng, meet["date"])
                if sag not in used_sag:
                    used_sag.add(sag)
                    break
            if kind == "gold":
                ctx2 = dict(ctx)
                s2 = fill(s, ctx2)
                it = Item(num, s2, sag, gold=s2)
            else:
                it = Item(num, s, sag)
            items.append(it)
        if lay == "L8_weasy_pagedcss":
            run_no[mun["code"]] = base + len(items)
        rel = "%s/%s" % (mun["folder"], docname(meet))
        half = meet["half"]
        srcdir = os.path.join(out, "src", half, lay)
        os.makedirs(srcdir, exist_ok=True)
        stem = "doc%03d" % len(docs)
        corpus_path = os.path.join(out, half, "corpus", rel)
        os.makedirs(os.path.dirname(corpus_path), exist_ok=True)
        task = None
        if lay == "L1_groff_ms":
            src, texts = render_groff(meet, mun, items)
            open(os.path.join(srcdir, stem + ".ms"), "w", encoding="utf-8").write(src)
            task = stem + ".ms"
        elif lay == "L2_enscript_caps":
            src, texts = render_enscript(meet, mun, items)
            open(os.path.join(srcdir, stem + ".txt"), "wb").write(src.encode("latin-1", "replace"))
            open(os.path.join(srcdir, stem + ".hdr"), "wb").write(
                ("%s Kommune|Referat - %s %s|Side $%% af $=" % (mun["name"], meet["body_name"], dnum(meet["date"]))).encode("latin-1", "replace"))
            task = stem + ".txt"
        elif lay in ("L3_odt_outline", "L4_odt_protocol"):
            files, texts = odt_files(meet, mun, items, lay)
            write_odt(os.path.join(srcdir, stem + ".odt"), files)
            task = stem + ".odt"
        elif lay == "L5_html_sharepoint":
            others = [(m["body_name"], m["date"].strftime("%d-%m-%Y")) for m in meetings if m["mun"] is mun and m is not meet]
            data, texts = render_sharepoint(meet, mun, items, others)
            open(corpus_path, "wb").write(data)
        elif lay == "L6_html_latin1_font":
            data, texts = render_latin1(meet, mun, items)
            open(corpus_path, "wb").write(data)
        elif lay == "L7_chromium_ol_aria":
            src, texts = render_chromium(meet, mun, items)
            open(os.path.join(srcdir, stem + ".html"), "w", encoding="utf-8").write(src)
            task = stem + ".html"
        else:
            src, texts = render_weasy(meet, mun, items)
            open(os.path.join(srcdir, stem + ".html"), "w", encoding="utf-8").write(src)
            task = stem + ".html"
        ditems = []
        for it, t in zip(items, texts):
            gid = None
            if it.gold is not None:
                g = it.gold
                gold_n[half] += 1
                gid = "%s-%03d" % (half, gold_n[half])
                if squash(g["phrase"]) not in squash(t):
                    sys.exit("phrase not in item text: %s / %s" % (g["var"], g["phrase"]))
                nd = meet["kind"] != "council"
                g["_gold"] = dict(id=gid, document=rel, item_number=it.number, item_title=g["title"],
                                  **{"class": g["cls"]}, expect="quiet" if nd else g["expect"],
                                  phrase=g["phrase"], variant=g["var"], municipality=mun["code"],
                                  meeting_date=meet["date"].isoformat(),
                                  body="committee" if meet["kind"] == "committee" else "council",
                                  meeting_kind=meet["kind"], layout=lay, law=g["law"])
                if nd:
                    g["_gold"]["why_quiet"] = ("committee meeting: spot checks draw council meetings only" if meet["kind"] == "committee"
                                               else "council meeting outside 2024H1")
            ditems.append(dict(number=it.number, title=it.src["title"], text=t, gold=gid,
                               _gold=(it.gold or {}).get("_gold"), _sagsnr=it.sagsnr))
        docs.append(dict(document=rel, half=half, kind=meet["kind"], pdf=lay in PDF_LAYOUTS,
                         municipality=mun["code"], municipality_name=mun["name"],
                         meeting_date=meet["date"].isoformat(),
                         body="committee" if meet["kind"] == "committee" else "council",
                         body_name=meet["body_name"], layout=lay, src=task and os.path.join("src", half, lay, stem),
                         items=ditems))
    meta = dict(seed=seed, period="2024H1", half_layouts=half_layouts, documents=docs)
    json.dump(meta, open(os.path.join(out, "meta.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print("gen: %d documents, %d items, planted dev %d holdout %d" % (
        len(docs), sum(len(d["items"]) for d in docs), gold_n["dev"], gold_n["holdout"]))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=2024)
    a = ap.parse_args()
    build(a.out, a.seed)


if __name__ == "__main__":
    main()
