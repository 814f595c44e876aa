"""Ten layouts in five producer pairs. Each render_* returns (extension, text) of a source file;
render.sh turns sources into the published form (PDF or HTML)."""
import html, textwrap
from content import long_date, weekday_date, MONTHS

PAIRS = [("groff-ms-ps2pdf", "groff-me-gropdf"),
         ("enscript-mono", "handwritten-ps"),
         ("lo-fodt-outline", "lo-fodt-beslutningsreferat"),
         ("chromium-article", "wkhtmltopdf-pagebreaks"),
         ("sharepoint-divs", "latin1-font-center")]

PRODUCER = {
    "groff-ms-ps2pdf": "groff -ms -Tps, Ghostscript ps2pdf",
    "groff-me-gropdf": "groff -me -Tpdf (gropdf)",
    "enscript-mono": "GNU enscript, Ghostscript ps2pdf",
    "handwritten-ps": "hand-written PostScript, Ghostscript ps2pdf",
    "lo-fodt-outline": "LibreOffice Writer (flat ODT, outline numbering)",
    "lo-fodt-beslutningsreferat": "LibreOffice Writer (flat ODT, landscape decisions-only)",
    "chromium-article": "Chromium headless print-to-pdf, no browser stamp, CSS @page margin boxes",
    "wkhtmltopdf-pagebreaks": "wkhtmltopdf 0.12.6 (unpatched Qt), page header repeated at forced page breaks",
    "sharepoint-divs": "SharePoint-like HTML export (div/class only)",
    "latin1-font-center": "ISO-8859-1 HTML with font/center",
}

SHORTM = ["jan.", "feb.", "marts", "april", "maj", "juni", "juli", "aug.", "sep.", "okt.", "nov.", "dec."]


def dmy(d, sep="."):
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def short_date(d):
    return f"{d.day}. {SHORTM[d.month-1]} {d.year}"


def slash_date(d):
    return f"{d.day}/{d.month}-{d.year % 100:02d}"


def gen(name):
    return name if name.endswith("s") else name + "s"


def sect(it, key):
    for k, v in it["sections"]:
        if k == key:
            return v
    return None


def secs(it, labels):
    """(label, value) in the item's order for the keys the layout prints."""
    return [(labels[k], v) for k, v in it["sections"] if k in labels]


def bullets_text(v):
    return v if isinstance(v, str) else "\n".join(v)


def attendance(mt, rng_members, absent_n=1):
    pass


def absent(m, mt):
    # deterministic from the date: one or two members with afbud
    k = (mt["date"].toordinal() % 3)
    return [m.members[(mt["date"].toordinal() + j) % len(m.members)] for j in range(k)]


def start_time(mt):
    return ["16.00", "17.00", "15.30", "18.00", "19.00"][mt["date"].toordinal() % 5]


def item_no(mt, i):
    """Running item numbers across the year for some layouts."""
    return (mt["date"].month - 1) * 14 + i + 1 + (mt["date"].year - 2025) * 170


# ---------------------------------------------------------------- troff

def troff_esc(s):
    s = s.replace("\\", "\\e")
    out = []
    for line in s.split("\n"):
        if line.startswith((".", "'")):
            line = "\\&" + line
        out.append(line)
    return "\n".join(out)


def render_ms(m, mt):
    L = {"resume": "Resumé", "sag": "Sagsfremstilling", "oekonomi": "Økonomi", "hoering": "Høring", "indstilling": "Indstilling"}
    d = mt["date"]
    o = [".nr PS 10", ".nr HY 0", ".nr VS 12", ".nr PO 1i", ".nr LL 6.2i",
         f".ds LH {troff_esc(m.kommune)}", ".ds CH", f".ds RH Beslutningsprotokol",
         f".ds LF {troff_esc(mt['body_name'])}", ".ds CF - \\\\n[PN] -", f".ds RF {dmy(d)}",
         ".TL", troff_esc(f"Beslutningsprotokol for {mt['body_name']}"), ".LP", ".ce 1", troff_esc(m.kommune), ".sp",
         ".LP", troff_esc(f"Mødet holdtes {weekday_date(d, start_time(mt))} på rådhuset, {['mødesal 1', 'byrådssalen', 'lokale 2.14'][d.day % 3]}."), ".br"]
    ab = absent(m, mt)
    o += [troff_esc("Fraværende: " + (", ".join(ab) if ab else "Ingen.")), ".sp"]
    for i, it in enumerate(mt["items"]):
        o += [".SH", troff_esc(f"Punkt {i+1}. {it['title']}" + (" (lukket punkt)" if it["closed"] else "")), ".LP",
              troff_esc(f"Sagsnr.: {it['sagsnr']}")]
        if it["closed"]:
            o += [".PP", "Punktet er behandlet for lukkede døre.", ".LP", ".B Vedtagelse", ".PP", troff_esc(it["decision"])]
            continue
        for lab, v in secs(it, L):
            o += [".LP", f".B \"{lab}\""]
            if isinstance(v, list):
                o += [".PP", troff_esc("Forvaltningen indstiller,")]
                for b in v:
                    o += [".IP \\(bu 3", troff_esc(b)]
            else:
                o += [".PP", troff_esc(v)]
        for pb, pd, pt in it["prior"]:
            o += [".LP", f".B \"{troff_esc('Vedtagelse i ' + pb + ' den ' + long_date(pd))}\"", ".PP", troff_esc(pt)]
        o += [".LP", ".B Vedtagelse", ".PP", troff_esc(it["decision"]).replace("\n", "\n.br\n")]
    o += [".sp 2", ".LP", troff_esc(f"Mødet hævet kl. {['18.40', '19.15', '20.05'][d.day % 3]}."), ".sp", troff_esc(f"{m.mayor}, borgmester" if mt["body"] == "council" else f"{m.members[0]}, formand")]
    return ".pdf", ".ms", "\n".join(o) + "\n"


def render_me(m, mt):
    L = {"resume": "Sagens kerne", "sag": "Redegørelse", "oekonomi": "Økonomiske konsekvenser", "hoering": "Høring og sagsgang", "indstilling": "Indstilling"}
    d = mt["date"]
    o = [".ll 6.3i", f".he '{troff_esc(m.kommune)}''Referat'", f".fo '{troff_esc(mt['body_name'])}, {slash_date(d)}''Side %'", ".ce 2",
         f".sz +4", f"\\fBReferat af møde i {troff_esc(mt['body_name'])} d. {slash_date(d)}\\fP", ".sz -4",
         troff_esc(f"{m.kommune}"), ".sp", ".pp", troff_esc(f"Mødet afholdt {weekday_date(d, start_time(mt))} i rådhusets mødesal."),
         ".pp", troff_esc("Afbud: " + (", ".join(absent(m, mt)) or "Ingen")), ".sp"]
    for i, it in enumerate(mt["items"]):
        no = item_no(mt, i)
        t = it["title"].replace("|", "/")
        o += [".sp", ".ne 4", f".tl |\\fB{troff_esc(t)}\\fP||\\fBPkt. {no}\\fP|", ".br", troff_esc(f"{it['sagsnr']}" + ("    Lukket punkt" if it["closed"] else "    Åbent punkt"))]
        if it["closed"]:
            o += [".sp", ".b \"Resultat af behandlingen\"", ".pp", troff_esc(it["decision"])]
            continue
        for lab, v in secs(it, L):
            o += [".sp", ".lp", f".b \"{lab}\""]
            if isinstance(v, list):
                o += [".pp", troff_esc("Direktionen indstiller,")]
                for b in v:
                    o += [".ip \\(en 3", troff_esc(b)]
            else:
                o += [".pp", troff_esc(v)]
        for pb, pd, pt in it["prior"]:
            o += [".sp", ".lp", f".b \"{troff_esc('Behandling i ' + pb + ' d. ' + slash_date(pd))}\"", ".pp", troff_esc(pt)]
        o += [".sp", ".lp", ".b \"Resultat af behandlingen\"", ".pp", troff_esc(it["decision"]).replace("\n", "\n.br\n")]
    o += [".sp 2", ".pp", troff_esc(f"Referatet godkendt. {m.mayor}")]
    return ".pdf", ".me", "\n".join(o) + "\n"


# ---------------------------------------------------------------- monospace

def wrap(s, w=76, ind="", sub=None):
    out = []
    for para in s.split("\n"):
        out += textwrap.wrap(para, w, initial_indent=ind, subsequent_indent=sub if sub is not None else ind) or [""]
    return out


def render_enscript(m, mt):
    L = {"resume": "Kort fortalt", "sag": "Sagsfremstilling", "oekonomi": "Økonomi", "hoering": "Høring", "indstilling": "Indstilling"}
    d = mt["date"]
    o = [m.kommune.upper(), "", "REFERAT", "=======", "",
         f"Forsamling ...: {mt['body_name']}", f"Dato .........: {dmy(d, '-')}", f"Tidspunkt ....: kl. {start_time(mt)}",
         f"Sted .........: Rådhuset", f"Afbud ........: {', '.join(absent(m, mt)) or '-'}", "", "INDHOLD", "-------"]
    for i, it in enumerate(mt["items"]):
        o.append(f"  {i+1:>2}  {it['title'][:66]}")
    o.append("")
    for i, it in enumerate(mt["items"]):
        head = f"SAG {i+1}   {it['title'].upper()}"
        hl = wrap(head, 76)
        o += ["", ""] + hl + ["-" * min(76, max(len(x) for x in hl)), f"J.nr. {it['sagsnr']}" + ("   (LUKKET)" if it["closed"] else ""), ""]
        if not it["closed"]:
            for lab, v in secs(it, L):
                o.append(lab + ":")
                if isinstance(v, list):
                    for b in v:
                        o += wrap(b, 76, "  - ", "    ")
                else:
                    o += wrap(v, 76)
                o.append("")
            for pb, pd, pt in it["prior"]:
                o.append(f"Beslutning i {pb} {dmy(pd, '-')}:")
                o += wrap(pt, 76) + [""]
        o += ["BESLUTNING", "----------"] + wrap(it["decision"], 76)
    o += ["", "", f"Mødet sluttede kl. {['18.35', '19.50', '21.10'][d.day % 3]}.", "", f"Underskrevet: {m.mayor}"]
    hdr = f"{m.kommune}|{mt['body_name']} {dmy(d, '-')}|Side $% af $="
    txt = "\n".join(o).replace("–", "-").replace("’", "'")
    return ".pdf", ".txt", txt + "\n", hdr


def ps_str(s):
    s = s.replace("–", "-").replace("’", "'").replace("“", '"').replace("”", '"')
    out = []
    for ch in s:
        c = ord(ch)
        if ch in "\\()":
            out.append("\\" + ch)
        elif c < 128:
            out.append(ch)
        elif c < 256:
            out.append("\\%03o" % c)
        else:
            out.append("?")
    return "(" + "".join(out) + ")"


def render_ps(m, mt):
    """Helvetica re-encoded to Latin-1, each line shown in pieces with small kerning moves."""
    d = mt["date"]
    lines = []  # (font, text, right_text)
    B, R = "HB", "HR"
    lines += [(B, m.kommune, "Mødeprotokol"), (R, f"{mt['body_name']}, {short_date(d)}, kl. {start_time(mt)}", ""),
              (R, "Afbud: " + (", ".join(absent(m, mt)) or "ingen"), ""), (R, "", "")]
    L = {"resume": "Baggrund", "sag": "Sagens oplysninger", "oekonomi": "Økonomi", "hoering": "Høring", "indstilling": "Forslag"}
    for i, it in enumerate(mt["items"]):
        tl = textwrap.wrap(it["title"], 80)
        lines.append((R, "", ""))
        lines.append((B, tl[0], f"Sag {item_no(mt, i)}"))
        for x in tl[1:]:
            lines.append((B, x, ""))
        lines.append((R, f"Sagsnummer {it['sagsnr']}" + ("  - Lukket sag" if it["closed"] else ""), ""))
        if not it["closed"]:
            for lab, v in secs(it, L):
                lines.append((B, lab, ""))
                if isinstance(v, list):
                    for b in v:
                        for k, x in enumerate(textwrap.wrap(b, 96)):
                            lines.append((R, ("- " if k == 0 else "  ") + x, ""))
                else:
                    lines += [(R, x, "") for x in textwrap.wrap(v, 100)]
            for pb, pd, pt in it["prior"]:
                lines.append((B, f"Konklusion fra {pb} {short_date(pd)}", ""))
                lines += [(R, x, "") for x in wrap(pt, 100)]
        lines.append((B, "Konklusion", ""))
        lines += [(R, x, "") for x in wrap(it["decision"], 100)]
    lines += [(R, "", ""), (R, f"Protokollen oplæst og godkendt. {m.mayor}", "")]
    per = 62
    pages = [lines[i:i + per] for i in range(0, len(lines), per)]
    n = len(pages)
    o = ["%!PS-Adobe-3.0", f"%%Title: {m.kommune} protokol", "%%Creator: protokol.ps (hand written)", f"%%Pages: {n}", "%%EndComments",
         "/MyEnc ISOLatin1Encoding 256 array copy def MyEnc 45 /hyphen put MyEnc 39 /quotesingle put",
         "/re { findfont dup length dict begin {1 index /FID ne {def} {pop pop} ifelse} forall /Encoding MyEnc def currentdict end definefont pop } def",
         "/HR /Helvetica re /HB /Helvetica-Bold re",
         "/R { /HR findfont 9.5 scalefont setfont } def /B { /HB findfont 9.5 scalefont setfont } def",
         "/k { -0.25 0 rmoveto } def", "/ra { /yy exch def dup stringwidth pop 545 exch sub yy moveto show } def"]
    import zlib
    for pn, pg in enumerate(pages, 1):
        o += [f"%%Page: {pn} {pn}", "gsave"]
        y = 800
        for font, text, right in pg:
            o.append("R" if font == R else "B")
            if text:
                o.append(f"50 {y} moveto")
                for wi, w in enumerate(text.split(" ")):
                    if wi:
                        o.append("( ) show")
                    h = zlib.crc32(w.encode()) % 7
                    if len(w) > 6 and h == 0:  # a kerning split inside the word
                        cut = len(w) // 2
                        o.append(f"{ps_str(w[:cut])} show k {ps_str(w[cut:])} show")
                    else:
                        o.append(f"{ps_str(w)} show")
            if right:
                o.append(f"{ps_str(right)} {y} ra")
            y -= 12
        o += ["R", f"50 30 moveto {ps_str(m.kommune + ' - ' + mt['body_name'] + ' - ' + short_date(d))} show",
              f"{ps_str(f'Side {pn} af {n}')} 30 ra", "grestore", "showpage"]
    o.append("%%EOF")
    return ".pdf", ".ps", "\n".join(o) + "\n"


# ---------------------------------------------------------------- LibreOffice flat ODT

FODT_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>{title}</dc:title><meta:initial-creator>{creator}</meta:initial-creator></office:meta>
<office:styles>
<style:style style:name="Standard" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.12cm"/><style:text-properties style:font-name="Liberation Sans" fo:font-family="'Liberation Sans'" fo:font-size="{fs}pt" fo:language="da" fo:country="DK"/></style:style>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="1"><style:paragraph-properties fo:margin-top="0.5cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="13pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="2"><style:paragraph-properties fo:margin-top="0.25cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="{fs}pt" fo:font-weight="bold" fo:font-style="italic"/></style:style>
<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="18pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Small" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="8pt"/></style:style>
<style:style style:name="Bullet" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-left="0.8cm" fo:text-indent="-0.4cm"/></style:style>
<style:style style:name="Strong" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="{pw}" fo:page-height="{ph}" style:print-orientation="{orient}" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2.2cm" fo:margin-right="2cm"/><style:header-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-bottom="0.4cm"/></style:header-style><style:footer-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-top="0.4cm"/></style:footer-style></style:page-layout>
<style:style style:name="tc" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #808080" fo:padding="0.08cm"/></style:style>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">
<style:header><text:p text:style-name="Small">{header}</text:p></style:header>
<style:footer><text:p text:style-name="Small">{footer}</text:p></style:footer>
</style:master-page></office:master-styles>
<office:body><office:text>
"""


def x(s):
    return html.escape(s, quote=False)


def P(s, style="Standard"):
    return f'<text:p text:style-name="{style}">{x(s)}</text:p>'


def H(s, lvl):
    return f'<text:h text:style-name="Heading_20_{lvl}" text:outline-level="{lvl}">{x(s)}</text:h>'


def decision_heading_long(m, mt):
    return f"Beslutning i {mt['body_name']} den {long_date(mt['date'])}"


def render_fodt_outline(m, mt):
    L = {"sag": "Sagsfremstilling", "oekonomi": "Økonomi", "hoering": "Høring", "indstilling": "Indstilling"}
    d = mt["date"]
    o = [FODT_HEAD.format(title=x(f"Referat {mt['body_name']} {dmy(d)}"), creator="Sekretariatet", fs=10,
                          pw="21cm", ph="29.7cm", orient="portrait",
                          header=x(f"{m.kommune} · Referat · {mt['body_name']}"),
                          footer=x(f"Mødedato {dmy(d)}") + " · Side <text:page-number/> af <text:page-count/>")]
    o += [P("Referat", "Title"), P(f"{mt['body_name']}", "Title"),
          P(f"Mødedato: {dmy(d)}"), P(f"Mødetid: {start_time(mt).replace('.', ':')} – {['18:20', '19:05', '20:30'][d.day % 3]}"),
          P(f"Mødelokale: {['Byrådssalen', 'Mødelokale A', 'Rådhusets festsal'][d.month % 3]}"), P("Deltagere:")]
    ab = absent(m, mt)
    o.append('<table:table table:name="Deltagere"><table:table-column table:number-columns-repeated="3"/>')
    o.append("<table:table-row>" + "".join(f'<table:table-cell table:style-name="tc"><text:p text:style-name="Small"><text:span text:style-name="Strong">{h}</text:span></text:p></table:table-cell>' for h in ("Medlem", "Parti", "Til stede")) + "</table:table-row>")
    for mem in m.members:
        nm, pa = mem.rsplit(" (", 1)
        o.append("<table:table-row>" + "".join(f'<table:table-cell table:style-name="tc">{P(v, "Small")}</table:table-cell>' for v in (nm, pa.rstrip(")"), "Afbud" if mem in ab else "Ja")) + "</table:table-row>")
    o.append("</table:table>")
    o += [H("Dagsorden", 1)] + [P(f"{i+1}. {it['title']}") for i, it in enumerate(mt["items"])]
    for i, it in enumerate(mt["items"]):
        n = i + 1
        o.append(H(f"{n}. {it['title']}", 1))
        o.append(P(f"Sagsnr. {it['sagsnr']}" + ("  ·  Lukket punkt" if it["closed"] else "  ·  Åbent punkt"), "Small"))
        k = 0
        if not it["closed"]:
            if sect(it, "resume"):
                o.append(P(sect(it, "resume")))
            for lab, v in secs(it, L):
                k += 1
                o.append(H(f"{n}.{k} {lab}", 2))
                if isinstance(v, list):
                    o.append(P("Administrationen indstiller,"))
                    o += [P("• " + b, "Bullet") for b in v]
                else:
                    o.append(P(v))
            for pb, pd, pt in it["prior"]:
                k += 1
                o += [H(f"{n}.{k} Beslutning i {pb} den {long_date(pd)}", 2)] + [P(t) for t in pt.split("\n")]
        k += 1
        o += [H(f"{n}.{k} {decision_heading_long(m, mt)}", 2)]
        if ab:
            o.append(P("Fraværende: " + ", ".join(ab)))
        o += [P(t) for t in it["decision"].split("\n")]
    o += [P(""), P("Underskrifter:"), P(", ".join(mm.rsplit(' (', 1)[0] for mm in m.members if mm not in ab))]
    o.append("</office:text></office:body></office:document>\n")
    return ".pdf", ".fodt", "\n".join(o)


def render_fodt_referat(m, mt):
    d = mt["date"]
    o = [FODT_HEAD.format(title=x(f"Beslutningsreferat {mt['body_name']}"), creator="Byrådssekretariatet", fs=9.5,
                          pw="29.7cm", ph="21cm", orient="landscape",
                          header=x(f"Beslutningsreferat – {mt['body_name']} – {dmy(d, '-')}"),
                          footer=x(m.kommune) + " – side <text:page-number/>")]
    o += [P(f"{m.kommune}", "Title"), P(f"Beslutningsreferat fra mødet i {mt['body_name']}"),
          P(f"Mødet blev holdt {weekday_date(d, start_time(mt))} på rådhuset."),
          P("Afbud: " + (", ".join(absent(m, mt)) or "ingen") + "."), P("")]
    for i, it in enumerate(mt["items"]):
        ind = sect(it, "indstilling") or []
        if isinstance(ind, list) and len(ind) > 1:
            ind = [f"{k+1}) {b}" for k, b in enumerate(ind)]
        ind_t = "; ".join(ind) if isinstance(ind, list) else ind
        pri = "".join(f" ({pb} {dmy(pd, '-')}: {pt.replace(chr(10), ' ')})" for pb, pd, pt in it["prior"])
        dec = it["decision"].replace("\n", " ")
        body = ((f" – Indstilling: {ind_t}." if ind_t else "") + pri if not it["closed"] else " – Lukket punkt.") + f" – Beslutning: {dec}"
        o.append(f'<text:p text:style-name="Standard"><text:span text:style-name="Strong">{x("Pkt. %d. %s" % (i+1, it["title"]))}</text:span>{x(body)}</text:p>')
    o += [P(""), P(f"Mødet hævet kl. {['18.10', '19.40', '20.15'][d.day % 3]}."), P(f"{m.mayor}, borgmester / {m.director}, kommunaldirektør")]
    o.append("</office:text></office:body></office:document>\n")
    return ".pdf", ".fodt", "\n".join(o)


# ---------------------------------------------------------------- browser printing

def e(s):
    return html.escape(s)


def ul(v):
    return "<ul>" + "".join(f"<li>{e(b)}</li>" for b in v) + "</ul>" if isinstance(v, list) else f"<p>{e(v)}</p>"


def render_chromium(m, mt):
    L = {"resume": "Resumé", "sag": "Sagsfremstilling", "oekonomi": "Økonomi", "hoering": "Høring", "indstilling": "Indstilling"}
    d = mt["date"]
    o = ["<!DOCTYPE html>", '<html lang="da"><head><meta charset="utf-8">',
         f"<title>{e(mt['body_name'])} – referat {short_date(d)}</title>",
         "<style>@page{size:A4;margin:20mm 16mm;"
         f"@top-left{{content:\"{e(m.kommune)} · {e(mt['body_name'])}\";font-size:8pt;color:#555}}"
         f"@top-right{{content:\"Referat {short_date(d)}\";font-size:8pt;color:#555}}"
         "@bottom-right{content:\"Side \" counter(page) \" af \" counter(pages);font-size:8pt}}"
         "body{font-family:'DejaVu Sans',sans-serif;font-size:10pt;margin:0} table.sag{border-collapse:collapse;width:100%;margin-bottom:1em}"
         "table.sag th{text-align:left;vertical-align:top;width:24%;background:#eef;padding:4px;border-bottom:1px solid #ccd} table.sag td{padding:4px;border-bottom:1px solid #ccd}"
         "article{break-inside:auto;margin-top:1.2em} h2{font-size:12pt;border-bottom:2px solid #336}</style></head><body>",
         f'<header role="banner"><p><strong>{e(m.kommune)}</strong></p><h1>{e(mt["body_name"])} · Referat</h1>'
         f"<p>Mødet den {short_date(d)} kl. {start_time(mt)} · Rådhuset</p><p>Afbud: {e(', '.join(absent(m, mt)) or 'ingen')}</p></header>",
         '<nav role="navigation" aria-label="Dagsorden"><ol>']
    o += [f'<li><a href="#p{i+1}">{e(it["title"])}</a></li>' for i, it in enumerate(mt["items"])]
    o += ["</ol></nav>", '<main role="main">']
    for i, it in enumerate(mt["items"]):
        o += [f'<article role="article" aria-labelledby="p{i+1}"><h2 id="p{i+1}">{i+1}. {e(it["title"])}</h2><table class="sag">',
              f"<tr><th>Sagsnr.</th><td>{e(it['sagsnr'])}{' – lukket punkt' if it['closed'] else ''}</td></tr>"]
        if not it["closed"]:
            o += [f"<tr><th>{lab}</th><td>{ul(v)}</td></tr>" for lab, v in secs(it, L)]
            o += [f"<tr><th>Afgørelse i {e(pb)} {short_date(pd)}</th><td>{e(pt)}</td></tr>" for pb, pd, pt in it["prior"]]
        o.append(f"<tr><th>Afgørelse</th><td>{'<br>'.join(e(t) for t in it['decision'].split(chr(10)))}</td></tr></table></article>")
    o += ["</main>", f'<footer role="contentinfo"><p>{e(m.kommune)} · {e(m.mayor)}, borgmester</p></footer></body></html>']
    return ".pdf", ".html", "\n".join(o)


def render_wkhtml(m, mt):
    L = {"resume": "Sagens kerne", "sag": "Beskrivelse af sagen", "oekonomi": "Økonomiske konsekvenser", "hoering": "Høring og sagsgang", "indstilling": "Indstilling"}
    d = mt["date"]
    own = f"{gen(mt['body_name'])} beslutning den {dmy(d)}" if not mt["body_name"].startswith("Udvalget") else f"Beslutning truffet af {mt['body_name']} den {dmy(d)}"
    o = ["<!DOCTYPE html>", '<html lang="da"><head><meta charset="utf-8"><title>Referat</title>',
         "<style>body{font-family:'Liberation Serif',serif;font-size:11pt} h2{font-size:13pt;margin-top:1.4em;color:#204060} h3{font-size:11pt;margin:.6em 0 .2em} table.phdr{font-family:sans-serif;font-size:8.5pt;border-bottom:1px solid #888;margin-bottom:1em}</style></head><body>",
         f"<h1>Referat</h1><p>Mødedato: {dmy(d)} kl. {start_time(mt).replace('.', ':')}<br>Mødested: Rådhuset<br>Fraværende: {e(', '.join(absent(m, mt)) or 'ingen')}</p>"]
    hdr = (f"<table class='phdr' width='100%'><tr><td>{e(m.kommune)}</td><td style='text-align:center'>{e(mt['body_name'])}</td>"
           f"<td style='text-align:right'>Referat {dmy(d)}</td></tr></table>")
    o.insert(3, hdr)
    for i, it in enumerate(mt["items"]):
        if i and i % 3 == 0:
            o.append(f"<div style='page-break-before:always'></div>{hdr}")
        o.append(f"<h2>Sag nr. {item_no(mt, i)} · {e(it['title'])}</h2><p><small>{e(it['sagsnr'])}{' · Lukket sag' if it['closed'] else ''}</small></p>")
        if not it["closed"]:
            for lab, v in secs(it, L):
                o.append(f"<h3>{lab}</h3>")
                o.append(("<p>Direktionen indstiller,</p>" + ul(v)) if isinstance(v, list) else ul(v))
            for pb, pd, pt in it["prior"]:
                hh = f"{gen(pb)} beslutning den {dmy(pd)}" if not pb.startswith("Udvalget") else f"Beslutning truffet af {pb} den {dmy(pd)}"
                o.append(f"<h3>{e(hh)}</h3><p>{e(pt)}</p>")
        o.append(f"<h3>{e(own)}</h3><p>{'<br>'.join(e(t) for t in it['decision'].split(chr(10)))}</p>")
    o.append(f"<p>&nbsp;</p><p>Mødet sluttede kl. {['18.45', '20.00', '21.30'][d.day % 3]}.</p></body></html>")
    return ".pdf", ".html", "\n".join(o)


# ---------------------------------------------------------------- raw HTML

def render_sharepoint(m, mt):
    L = {"resume": "Problemstilling", "sag": "Sagsforløb", "oekonomi": "Økonomi", "hoering": "Høring", "indstilling": "Indstilling"}
    d = mt["date"]
    own = f"{gen(mt['body_name'])} stillingtagen" if mt["body"] == "council" else "Udvalgets stillingtagen"
    B = 'style="font-weight:bold"'
    o = ["<!DOCTYPE html>", '<html><head><meta charset="utf-8"><title>Referat - ' + e(mt["body_name"]) + "</title></head><body>",
         '<div class="s4-workspace"><div class="s4-bodyContainer"><div class="ms-breadcrumb"><div class="crumb">Forside</div><div class="crumb">Politik</div>'
         '<div class="crumb">Dagsordener og referater</div></div>',
         f'<div class="ms-webpart-zone"><div class="ms-rtestate-field"><div class="mtg-title" style="font-size:20px;font-weight:bold">{e(m.kommune)}</div>',
         '<div class="mtg-hdr">']
    for lab, val in [("Forsamling", mt["body_name"]), ("Mødetidspunkt", f"{dmy(d, '-')} {start_time(mt).replace('.', ':')}"),
                     ("Mødelokale", "Byrådssalen, Rådhuset"), ("Afbud", ", ".join(absent(m, mt)) or "-")]:
        o.append(f'<div class="mtg-hdr-row"><div class="mtg-lbl" {B}>{lab}</div><div class="mtg-val">{e(val)}</div></div>')
    o.append("</div>")
    for i, it in enumerate(mt["items"]):
        o.append(f'<div class="agenda-item" id="item{i+1}"><div class="ai-head"><div class="ai-no" {B}>{i+1}</div>'
                 f'<div class="ai-title" {B}>{e(it["title"])}</div><div class="ai-meta">{e(it["sagsnr"])}{" - Lukket" if it["closed"] else ""}</div></div><div class="ai-body">')
        if not it["closed"]:
            for lab, v in secs(it, L):
                body = "".join(f'<div class="ai-li">• {e(b)}</div>' for b in v) if isinstance(v, list) else f'<div class="ai-txt">{e(v)}</div>'
                o.append(f'<div class="ai-sec"><div class="ai-sec-h" {B}>{lab}</div><div class="ai-sec-t">{body}</div></div>')
            for pb, pd, pt in it["prior"]:
                o.append(f'<div class="ai-sec"><div class="ai-sec-h" {B}>{e(gen(pb) if pb == m.council else pb)} {"stillingtagen" if pb == m.council else "- stillingtagen"} {dmy(pd, "-")}</div><div class="ai-sec-t"><div class="ai-txt">{e(pt)}</div></div></div>')
        o.append(f'<div class="ai-sec ai-decision"><div class="ai-sec-h" {B}>{e(own)}</div><div class="ai-sec-t">' +
                 "".join(f'<div class="ai-txt">{e(t)}</div>' for t in it["decision"].split("\n")) + "</div></div></div></div>")
    o.append('</div></div><div class="ms-footer"><div class="ft">Til toppen</div></div></div></div></body></html>')
    return ".html", ".html", "\n".join(o)


def render_latin1(m, mt):
    L = {"resume": "Resumé", "sag": "Redegørelse", "oekonomi": "Økonomi", "hoering": "Høring", "indstilling": "Indstilling"}
    d = mt["date"]
    o = ['<HTML><HEAD><META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=iso-8859-1">',
         f"<TITLE>{e(m.kommune)} - Referat</TITLE></HEAD><BODY BGCOLOR=\"#FFFFFF\">",
         f'<CENTER><FONT FACE="Arial" SIZE="5"><B>{e(m.kommune.upper())}</B></FONT><BR>',
         f'<FONT FACE="Arial" SIZE="4">Referat fra mødet i {e(mt["body_name"])}</FONT><BR>',
         f'<FONT FACE="Arial" SIZE="3">{weekday_date(d, start_time(mt))}</FONT></CENTER><HR>',
         f'<FONT FACE="Arial" SIZE="2">Afbud: {e(", ".join(absent(m, mt)) or "Ingen")}</FONT><BR><BR>']
    for i, it in enumerate(mt["items"]):
        o.append(f'<P><FONT FACE="Arial" SIZE="3"><B>Punkt {i+1}.</B> <B><U>{e(it["title"])}</U></B></FONT><BR>'
                 f'<FONT FACE="Arial" SIZE="1">Sagsnr. {e(it["sagsnr"])}{" - LUKKET PUNKT" if it["closed"] else ""}</FONT></P>')
        if not it["closed"]:
            for lab, v in secs(it, L):
                t = "<BR>".join("&nbsp;&nbsp;- " + e(b) for b in v) if isinstance(v, list) else e(v)
                o.append(f'<P><FONT FACE="Arial" SIZE="2"><I>{lab}</I><BR>{t}</FONT></P>')
            for pb, pd, pt in it["prior"]:
                o.append(f'<P><FONT FACE="Arial" SIZE="2"><I>Protokol fra {e(pb)} {dmy(pd)}</I><BR>{e(pt)}</FONT></P>')
        o.append(f'<P><FONT FACE="Arial" SIZE="2"><B>Protokol</B><BR>{"<BR>".join(e(t) for t in it["decision"].split(chr(10)))}</FONT></P><HR WIDTH="60%">')
    o.append(f'<CENTER><FONT FACE="Arial" SIZE="1">{e(m.kommune)} &middot; Rådhuset</FONT></CENTER></BODY></HTML>')
    s = "\n".join(o).replace("–", "-").replace("’", "'")
    return ".htm", ".htm", s


RENDER = {"groff-ms-ps2pdf": render_ms, "groff-me-gropdf": render_me, "enscript-mono": render_enscript,
          "handwritten-ps": render_ps, "lo-fodt-outline": render_fodt_outline, "lo-fodt-beslutningsreferat": render_fodt_referat,
          "chromium-article": render_chromium, "wkhtmltopdf-pagebreaks": render_wkhtml, "sharepoint-divs": render_sharepoint,
          "latin1-font-center": render_latin1}
