"""Ten layouts: each writes the source of one document (HTML, RTF, ODT) and says which producer turns
it into the published file. Pairs of similar producers are listed in gen.PAIRS."""
import html, zipfile, datetime as dt, unicodedata, re
import content as C

E = html.escape


def slug(s):
    s = s.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def under(s):
    return re.sub(r"[ ,]+", "_", s).strip("_")


def folder_name(layout, m, r):
    n, c = m["name"], m["code"]
    return {"weasy-bilag": f"{int(c):04d}-{slug(n)}", "weasy-crypt": f"{n} Kommune", "chromium-columns": slug(n),
            "chromium-smallcaps": c, "rtf-soffice": n, "odt-hyphen": f"kommune-{c}", "html-details": f"{slug(n)}-kommune",
            "html-br": n.replace(" ", ""), "wkhtml-margin": f"{c}_{slug(n)}", "wkhtml-toc": f"{under(n)}_kommune"}[layout]


def file_name(layout, d, r):
    b, iso, dd = d["bodyname"], d["date"].isoformat(), d["date"].strftime("%d%m%Y")
    return {"weasy-bilag": f"Samlet_dokument_{under(b)}_{iso}.pdf", "weasy-crypt": f"Referat {b} {C.dash_date(d['date'])}.pdf",
            "chromium-columns": f"{under(b)}_{iso}_referat.pdf", "chromium-smallcaps": f"referat-{dd}-{slug(b)}.pdf",
            "rtf-soffice": f"{iso}_{under(b)}.pdf", "odt-hyphen": f"{b} {iso}.pdf", "html-details": f"{slug(b)}-{iso}.html",
            "html-br": f"referat_{slug(b)}_{dd}.html", "wkhtml-margin": f"{iso}-{slug(b)}.pdf",
            "wkhtml-toc": f"Dagsorden_og_referat_{under(b)}_{iso}.pdf"}[layout]


def meta(d, r):
    st = d["style"]
    h, mi = st["start"].split(".")
    end = f"{int(h) + r.randint(1, 3)}.{r.choice(['05', '20', '35', '50'])}"
    absent = r.choice(["Ingen", r.choice(C.PEOPLE), f"{r.choice(C.PEOPLE)} (afbud)", "Ingen fravær"])
    place = st["place"] if d["body"] == "council" else r.choice(["Mødelokale 2", "Udvalgsværelset", "Lokale 1.14, Rådhuset"])
    return dict(kommune=f"{d['muni']['name']} Kommune" if d["muni"]["code"] != "400" else "Bornholms Regionskommune",
                start=st["start"], end=end, absent=absent, place=place)


def genitive(b):
    return b if b.endswith("s") else b + "s"


def num(d, it):
    return d["style"]["number"].format(n=it["no"])


def ind_intro(d):
    return d["style"]["ind"]


# ---------------------------------------------------------------- generic HTML item body

def html_sections(d, it, lab="h3", p="p"):
    out = []
    for label, paras in it["sections"]:
        out.append(f"<{lab}>{E(label)}</{lab}>" + "".join(f"<{p}>{E(x)}</{p}>" for x in paras))
    if it["bullets"]:
        out.append(f"<{lab}>{E(ind_intro(d))}</{lab}><{p}>{E('Det indstilles,' if ind_intro(d) == 'Indstilling' else 'at sagen afgøres således:')}</{p}><ul>"
                   + "".join(f"<li>{E(b)}</li>" for b in it["bullets"]) + "</ul>")
    for hd, tx in it["earlier"]:
        out.append(f"<{lab}>{E(hd)}</{lab}>" + "".join(f"<{p}>{E(x)}</{p}>" for x in tx.split("\n")))
    return out


def dec_html(it, p="p"):
    return "".join(f"<{p}>{E(x)}</{p}>" for x in it["decision"].split("\n"))


def page(css, body, title="Referat"):
    return f"<!DOCTYPE html><html lang=\"da\"><head><meta charset=\"utf-8\"><title>{E(title)}</title><style>{css}</style></head><body>{body}</body></html>"


def letter(y):
    return ["Ankestyrelsen", "7998 Statsservice", "",
            "Til kommunalbestyrelsen",
            f"Ankestyrelsens gennemgang af kommunalbestyrelsens behandling af danmarkskortet {y - 1}",
            f"Ankestyrelsen har gennemgået referatet fra kommunalbestyrelsens behandling af Social-, Bolig- og Ældreministeriets danmarkskort over omgørelsesprocenter for {y - 1}.",
            "Ankestyrelsen kan konstatere, at kommunalbestyrelsen har behandlet danmarkskortet og taget stilling til, om der er behov for at udarbejde en handlingsplan. Styrelsen foretager sig derfor ikke yderligere.",
            f"Vi gør opmærksom på, at danmarkskortet {y} skal behandles på et møde i kommunalbestyrelsen inden udgangen af {y}, og at drøftelsen skal omfatte alle tre dele af kortet.",
            "Med venlig hilsen", "Tilsynet"]


# ---------------------------------------------------------------- 1 weasy-bilag: samlet dokument

def r_weasy_bilag(d, r, src, jid):
    mt = meta(d, r)
    css = ("@page{size:A4;margin:22mm 18mm;@top-right{content:'" + mt["kommune"] + "';font-size:8pt;color:#666}"
           "@bottom-center{content:'Side ' counter(page) ' af ' counter(pages);font-size:8pt}}"
           "body{font-family:'DejaVu Sans',sans-serif;font-size:10pt}h1{font-size:20pt;margin:0}h2{font-size:13pt;border-top:1px solid #999;padding-top:6pt;margin-top:18pt}"
           "h3{font-size:10pt;margin:8pt 0 2pt}table.m th{text-align:left;padding-right:14pt}.sag{color:#555;font-size:8.5pt}")
    b = [f"<p>{E(mt['kommune'])}</p><h1>Referat</h1><p style='font-size:14pt'>{E(d['bodyname'])}</p>",
         "<table class='m'>" + "".join(f"<tr><th>{k}</th><td>{E(v)}</td></tr>" for k, v in
                                       [("Mødedato", C.long_date(d["date"], False)), ("Mødetidspunkt", f"kl. {mt['start']} - {mt['end']}"),
                                        ("Mødested", mt["place"]), ("Fraværende", mt["absent"])]) + "</table>",
         "<h3>Indholdsfortegnelse</h3><ol style='list-style:none;padding:0'>" + "".join(f"<li>{E(num(d, it))} {E(it['title'])}</li>" for it in d["items"]) + "</ol>"]
    for it in d["items"]:
        b.append(f"<h2>{E(num(d, it))} {E(it['title'])}</h2><p class='sag'>Sagsnr.: {E(it['caseno'])}</p>")
        b += html_sections(d, it)
        b.append(f"<h3>{E(it['own_heading'])}</h3>{dec_html(it)}")
        if it.get("kind") in ("dk", "mis") and ("danmarkskort" in it["title"].lower() or it.get("kind") == "dk"):
            b.append("<p><b>Bilag</b></p><ul><li>Brev fra Ankestyrelsen (bilag 1)</li></ul>")
    f = src / f"{jid}.html"
    f.write_text(page(css, "".join(b)), encoding="utf-8")
    # bilag: Ankestyrelsen's letter on last year's map, dated in the spring
    ly = d["date"].year if d["date"].month >= 5 else d["date"].year - 1
    ld = dt.date(ly, r.choice([3, 4]), r.randint(2, 27))
    bil = [f"<p style='text-align:right'>{C.long_date(ld, False)}</p>"] + [f"<p>{E(x)}</p>" if i > 3 else f"<p><b>{E(x)}</b></p>" for i, x in enumerate(letter(ly))]
    css2 = "@page{size:A4;margin:25mm;@top-left{content:'Bilag 1';font-size:8pt}}body{font-family:'DejaVu Serif',serif;font-size:11pt}"
    (src / f"{jid}_b1.html").write_text(page(css2, "".join(bil), "Bilag"), encoding="utf-8")
    srcs = [f"{jid}.html", f"{jid}_b1.html"]
    if d["dk"] and d["body"] == "council":
        rows = "".join(f"<tr><td>{a}</td><td>{r.randint(12, 48)},{r.randint(0, 9)} %</td><td>{r.randint(20, 35)},{r.randint(0, 9)} %</td></tr>"
                       for a in ["Hele socialområdet", "Børnehandicapområdet", "Voksenhandicapområdet"])
        css3 = "@page{size:A4 landscape;margin:20mm;@top-left{content:'Bilag 2';font-size:8pt}}body{font-family:'DejaVu Sans',sans-serif}td,th{border:1px solid #888;padding:4pt}"
        (src / f"{jid}_b2.html").write_text(page(css3, "<h2>Notat: nøgletal fra kortet</h2><table><tr><th>Område</th><th>Kommunen</th><th>Landsplan</th></tr>"
                                                  + rows + "</table><p>Kilde: Ankestyrelsens statistik, Social-, Bolig- og Ældreministeriet.</p>", "Bilag"), encoding="utf-8")
        srcs.append(f"{jid}_b2.html")
    return dict(tool="weasy", srcs=srcs, post="unite")


# ---------------------------------------------------------------- 2 weasy-crypt: label grid, encrypted + object streams

def r_weasy_crypt(d, r, src, jid):
    mt = meta(d, r)
    css = ("@page{size:A4;margin:18mm 16mm 20mm 16mm;@bottom-left{content:'" + mt["kommune"] + " – offentligt referat';font-size:7.5pt}"
           "@bottom-right{content:counter(page);font-size:7.5pt}}"
           "body{font-family:'DejaVu Serif',serif;font-size:10pt}.lh{border-bottom:3px double #234;margin-bottom:12pt}"
           ".it{margin-top:14pt;break-inside:auto}.it h2{font-family:'DejaVu Sans';font-size:11.5pt;background:#e8eef4;padding:3pt}"
           ".g{display:grid;grid-template-columns:32mm auto;column-gap:6mm;row-gap:4pt}.g>div.l{font-family:'DejaVu Sans';font-size:8.5pt;font-weight:bold;color:#234}")
    b = [f"<div class='lh'><div style='font-size:16pt'>{E(mt['kommune'])}</div>"
         f"<div>Referat fra {E(genitive(d['bodyname']))} møde {E(C.long_date(d['date']))} kl. {E(mt['start'])}</div>"
         f"<div style='font-size:9pt'>Sted: {E(mt['place'])} · Afbud: {E(mt['absent'])}</div></div>"]
    for it in d["items"]:
        cells = [("Sagsnr.", [it["caseno"]])] + [(l, p) for l, p in it["sections"]]
        if it["bullets"]:
            cells.append((ind_intro(d), ["Det indstilles,"] + ["– " + x for x in it["bullets"]]))
        cells += [(h, t.split("\n")) for h, t in it["earlier"]]
        cells.append((it["own_heading"], it["decision"].split("\n")))
        g = "".join(f"<div class='l'>{E(l)}</div><div>{''.join(f'<p style=margin:0>{E(x)}</p>' for x in ps)}</div>" for l, ps in cells)
        b.append(f"<div class='it'><h2>{E(num(d, it))} · {E(it['title'])}</h2><div class='g'>{g}</div></div>")
    (src / f"{jid}.html").write_text(page(css, "".join(b)), encoding="utf-8")
    return dict(tool="weasy", srcs=[f"{jid}.html"], post="crypt")


# ---------------------------------------------------------------- 3 chromium-columns

def r_chromium_columns(d, r, src, jid):
    mt = meta(d, r)
    sent = d["date"] - dt.timedelta(days=r.randint(5, 9))
    css = ("@page{size:A4;margin:14mm}body{font-family:'DejaVu Serif',serif;font-size:9.5pt;columns:2;column-gap:9mm;column-rule:1px solid #bbb}"
           "header{column-span:all;border-bottom:2px solid #000;margin-bottom:8pt}header h1{font-size:18pt;margin:0}"
           "h2{font-family:'DejaVu Sans';font-size:11pt;margin:12pt 0 3pt}h2 span{display:inline-block;background:#000;color:#fff;padding:0 4pt;margin-right:4pt}"
           "h4{font-family:'DejaVu Sans';font-size:7.5pt;text-transform:uppercase;letter-spacing:.05em;margin:6pt 0 1pt;color:#444}p{margin:0 0 3pt}"
           ".dec{border-left:3px solid #000;padding-left:5pt}")
    b = [f"<header><h1>{E(d['bodyname'])} · Referat</h1><p>{E(mt['kommune'])}. Mødet blev holdt {E(C.long_date(d['date']))} kl. {E(mt['start'])} i {E(mt['place'])}."
         f" Fraværende: {E(mt['absent'])}.</p><p style='font-size:8pt'>Dagsordenen blev udsendt {E(C.dot_date(sent))}.</p></header>"]
    for it in d["items"]:
        b.append(f"<h2><span>{it['no']}</span>{E(it['title'])}</h2><p style='font-size:8pt'>{E(it['caseno'])}</p>")
        b += html_sections(d, it, lab="h4")
        b.append(f"<div class='dec'><h4>{E(it['own_heading'])}</h4>{dec_html(it)}</div>")
    (src / f"{jid}.html").write_text(page(css, "".join(b)), encoding="utf-8")
    return dict(tool="chromium", srcs=[f"{jid}.html"], post=None)


# ---------------------------------------------------------------- 4 chromium-smallcaps: numbers in left margin

def r_chromium_smallcaps(d, r, src, jid):
    mt = meta(d, r)
    css = ("@page{size:A4;margin:16mm 14mm}body{font-family:'DejaVu Sans',sans-serif;font-size:9.5pt}"
           ".t{letter-spacing:.35em;font-variant:small-caps;font-size:15pt}table.it{width:100%;border-collapse:collapse;margin-top:10pt;break-inside:auto}"
           "td.n{width:14mm;vertical-align:top;font-size:16pt;font-weight:bold;color:#777;border-right:1px solid #ccc}td.c{padding-left:5mm}"
           "h2{font-variant:small-caps;letter-spacing:.12em;font-size:12pt;margin:0 0 4pt}h3{font-size:9pt;font-style:italic;margin:5pt 0 1pt}p{margin:0 0 3pt}")
    b = [f"<div class='t'>{E(mt['kommune'])}</div><div class='t' style='font-size:11pt'>Referat · {E(d['bodyname'])}</div>",
         f"<p>Mødedato: {E(C.dash_date(d['date']))} &nbsp; Tid: kl. {E(mt['start'])}–{E(mt['end'])} &nbsp; Sted: {E(mt['place'])}</p><p>Fraværende: {E(mt['absent'])}</p>"]
    for it in d["items"]:
        inner = f"<h2>{E(it['title'])}</h2><p style='color:#666'>{E(it['caseno'])}</p>" + "".join(html_sections(d, it)) + f"<h3>{E(it['own_heading'])}</h3>{dec_html(it)}"
        b.append(f"<table class='it'><tr><td class='n'>{it['no']}</td><td class='c'>{inner}</td></tr></table>")
    (src / f"{jid}.html").write_text(page(css, "".join(b)), encoding="utf-8")
    return dict(tool="chromium", srcs=[f"{jid}.html"], post=None)


# ---------------------------------------------------------------- 5 rtf-soffice: hand-written RTF

def rtf_esc(s):
    o = []
    for ch in s:
        if ch in "\\{}":
            o.append("\\" + ch)
        elif ord(ch) < 128:
            o.append(ch)
        else:
            o.append(f"\\u{ord(ch) if ord(ch) < 32768 else ord(ch) - 65536}?")
    return "".join(o)


def r_rtf(d, r, src, jid):
    mt = meta(d, r)
    printed = d["date"] + dt.timedelta(days=r.randint(2, 6))
    R = rtf_esc
    o = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman Liberation Serif;}{\f1\fswiss Liberation Sans;}}",
         r"\paperw11906\paperh16838\margl1700\margr1400\margt1400\margb1400",
         r"{\header\pard\qr\f1\fs14 " + R(f"Udskrevet {C.dot_date(printed)}") + r"\par}",
         r"{\footer\pard\qc\f1\fs16 Side \chpgn\par}",
         r"\pard\f1\fs32\b " + R(mt["kommune"]) + r"\b0\par\fs24 " + R("Mødereferat") + r"\par\pard\tx1800\fs20\sa0 ",
         R("Udvalg:") + r"\tab " + R(d["bodyname"]) + r"\par ",
         R("Dato:") + r"\tab " + R(C.dot_date(d["date"])) + r"\par ",
         R("Tid:") + r"\tab " + R(f"kl. {mt['start']}") + r"\par ",
         R("Sted:") + r"\tab " + R(mt["place"]) + r"\par ",
         R("Afbud:") + r"\tab " + R(mt["absent"]) + r"\par\pard\sa120\par "]
    for it in d["items"]:
        o.append(r"\pard\keepn\sb240\sa60\f1\fs22\b " + R(f"{it['no']}.") + r"\tab " + R(it["title"]) + r"\b0\par")
        o.append(r"\pard\f1\fs16 " + R(f"Sag: {it['caseno']}") + r"\par")
        for l, ps in it["sections"]:
            o.append(r"\pard\sa80\f0\fs21\b " + R(l + ".") + r"\b0  " + R(" ".join(ps)) + r"\par")
        if it["bullets"]:
            o.append(r"\pard\sa40\f0\fs21\b " + R(ind_intro(d) + ".") + r"\b0  " + R("Det indstilles,") + r"\par")
            for x in it["bullets"]:
                o.append(r"\pard\li500\fi-250\sa40\f0\fs21 -\tab " + R(x) + r"\par")
        for h, t in it["earlier"]:
            o.append(r"\pard\sa80\f0\fs21\i " + R(h + ":") + r"\i0  " + R(" ".join(t.split("\n"))) + r"\par")
        o.append(r"\pard\sa80\f0\fs21\b " + R(it["own_heading"] + ":") + r"\b0\par")
        for x in it["decision"].split("\n"):
            o.append(r"\pard\li300\sa60\f0\fs21 " + R(x) + r"\par")
    o.append("}")
    (src / f"{jid}.rtf").write_text("\n".join(o), encoding="ascii")
    return dict(tool="soffice", srcs=[f"{jid}.rtf"], post=None)


# ---------------------------------------------------------------- 6 odt-hyphen: zipped ODT, hyphenation on, decision table

MORPH = ["plan", "procent", "område", "behandling", "bestyrelse", "sikkerhed", "handicap", "udvalg", "kvalitet",
         "standard", "fremstilling", "ministeriet", "styrelse", "kort", "indstil", "bevilling", "regnskab", "forsyning"]
HYRE = re.compile(r"(?<=[a-zæøå]{4})(" + "|".join(MORPH) + r")", re.I)


def x(s):
    # LibreOffice is asked to hyphenate (fo:hyphenate); soft hyphens at compound joints make sure
    # long Danish compounds can break at line ends even where no pattern file is registered.
    return HYRE.sub("\u00ad\\1", html.escape(s, quote=True))


def r_odt(d, r, src, jid):
    mt = meta(d, r)
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2"')
    hy = 'fo:hyphenate="true" fo:hyphenation-remain-char-count="2" fo:hyphenation-push-char-count="2" fo:language="da" fo:country="DK"'
    styles = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {ns}><office:styles>'
              f'<style:default-style style:family="paragraph"><style:paragraph-properties fo:text-align="justify"/><style:text-properties style:font-name="Liberation Serif" fo:font-size="10.5pt" {hy}/></style:default-style>'
              '</office:styles><office:automatic-styles><style:page-layout style:name="pm"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/></style:page-layout></office:automatic-styles>'
              '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm"/></office:master-styles></office:document-styles>')
    auto = ('<style:style style:name="H" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.5cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always" fo:text-align="start"/><style:text-properties fo:font-size="12.5pt" fo:font-weight="bold" style:font-name="Liberation Sans"/></style:style>'
            '<style:style style:name="T" style:family="paragraph"><style:text-properties fo:font-size="20pt" style:font-name="Liberation Sans"/></style:style>'
            f'<style:style style:name="P" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:margin-bottom="0.12cm"/><style:text-properties {hy}/></style:style>'
            '<style:style style:name="L" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.15cm"/><style:text-properties fo:font-weight="bold" fo:font-size="9.5pt" style:font-name="Liberation Sans"/></style:style>'
            '<style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>'
            '<style:style style:name="Tb" style:family="table"><style:table-properties style:width="16cm" table:align="left" fo:margin-top="0.2cm" style:may-break-between-rows="true"/></style:style>'
            '<style:style style:name="Ca" style:family="table-column"><style:table-column-properties style:column-width="3.2cm"/></style:style>'
            '<style:style style:name="Cb" style:family="table-column"><style:table-column-properties style:column-width="12.8cm"/></style:style>'
            '<style:style style:name="Ce" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #777777" fo:padding="0.12cm" fo:background-color="#f2f2f2"/></style:style>')
    body = [f'<text:p text:style-name="T">{x(d["bodyname"])}</text:p>',
            f'<text:p text:style-name="P">{x(mt["kommune"])} – referat</text:p>',
            f'<text:p text:style-name="P"><text:span text:style-name="B">Mødedato:</text:span> {x(C.long_date(d["date"]))}</text:p>',
            f'<text:p text:style-name="P"><text:span text:style-name="B">Mødetid:</text:span> {x(mt["start"])}–{x(mt["end"])}  <text:span text:style-name="B">Mødested:</text:span> {x(mt["place"])}</text:p>',
            f'<text:p text:style-name="P"><text:span text:style-name="B">Fraværende:</text:span> {x(mt["absent"])}</text:p>']
    for it in d["items"]:
        body.append(f'<text:p text:style-name="H">{x(num(d, it))} – {x(it["title"])}</text:p>')
        body.append(f'<text:p text:style-name="P">Sagsnummer {x(it["caseno"])}</text:p>')
        for l, ps in it["sections"]:
            body.append(f'<text:p text:style-name="L">{x(l)}</text:p>' + "".join(f'<text:p text:style-name="P">{x(p)}</text:p>' for p in ps))
        if it["bullets"]:
            body.append(f'<text:p text:style-name="L">{x(ind_intro(d))}</text:p><text:p text:style-name="P">Det indstilles,</text:p>'
                        + "".join(f'<text:p text:style-name="P">• {x(b)}</text:p>' for b in it["bullets"]))
        rows = it["earlier"] + [(it["own_heading"], it["decision"])]
        t = ['<table:table table:name="b%d" table:style-name="Tb"><table:table-column table:style-name="Ca"/><table:table-column table:style-name="Cb"/>' % it["no"]]
        for h, tx in rows:
            t.append(f'<table:table-row><table:table-cell table:style-name="Ce" office:value-type="string"><text:p text:style-name="L">{x(h)}</text:p></table:table-cell>'
                     f'<table:table-cell table:style-name="Ce" office:value-type="string">' + "".join(f'<text:p text:style-name="P">{x(p)}</text:p>' for p in tx.split("\n")) + '</table:table-cell></table:table-row>')
        t.append("</table:table>")
        body.append("".join(t))
    cont = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ns}><office:automatic-styles>{auto}</office:automatic-styles>'
            f'<office:body><office:text>{"".join(body)}</office:text></office:body></office:document-content>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/></manifest:manifest>')
    with zipfile.ZipFile(src / f"{jid}.odt", "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED)
        z.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("content.xml", cont, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("styles.xml", styles, compress_type=zipfile.ZIP_DEFLATED)
    return dict(tool="soffice", srcs=[f"{jid}.odt"], post=None)


# ---------------------------------------------------------------- 7 html-details

def r_html_details(d, r, src, jid):
    mt = meta(d, r)
    others = sorted({d["date"] + dt.timedelta(days=k * r.choice([28, 35])) for k in (-2, -1, 1, 2)})
    css = ("body{font-family:system-ui,sans-serif;max-width:70rem;margin:auto;display:flex;gap:2rem}main{flex:3}aside{flex:1;font-size:.85rem}"
           "details{border:1px solid #ccd;border-radius:4px;margin:.5rem 0;padding:.4rem .8rem}summary{font-weight:600;cursor:pointer}dl{display:grid;grid-template-columns:10rem auto}")
    b = [f"<main><p class='kommune'>{E(mt['kommune'])}</p><h1>Referat</h1><dl>"
         f"<dt>Udvalg</dt><dd>{E(d['bodyname'])}</dd>"
         f"<dt>Mødedato</dt><dd><time datetime='{d['date'].isoformat()}T{mt['start'].replace('.', ':')}'>{E(C.dot_date(d['date']))} kl. {E(mt['start'])}</time></dd>"
         f"<dt>Mødested</dt><dd>{E(mt['place'])}</dd><dt>Fraværende</dt><dd>{E(mt['absent'])}</dd></dl>"]
    for it in d["items"]:
        if it["closed"]:
            b.append(f"<details><summary><span class='nr'>{it['no']}.</span> {E(it['title'])}</summary><p>Punktet er behandlet på et lukket møde.</p></details>")
            continue
        body = f"<p class='sagsnr'>Sagsnummer: {E(it['caseno'])}</p>" + "".join(html_sections(d, it, lab="h4")) + f"<h4>{E(it['own_heading'])}</h4>{dec_html(it)}"
        b.append(f"<details{' open' if r.random() < 0.5 else ''}><summary><span class='nr'>{it['no']}.</span> {E(it['title'])}</summary><section>{body}</section></details>")
    b.append("</main><aside><h2>Andre møder</h2><ul>" + "".join(f"<li><a href='#'>{E(d['bodyname'])} {E(C.dot_date(o))}</a></li>" for o in others) + "</ul></aside>")
    (src / f"{jid}.html").write_text(page(css, "".join(b), f"{d['bodyname']} – referat"), encoding="utf-8")
    return dict(tool="copy", srcs=[f"{jid}.html"], post=None)


# ---------------------------------------------------------------- 8 html-br: old CMS, <br> only

def r_html_br(d, r, src, jid):
    mt = meta(d, r)
    upd = d["date"] + dt.timedelta(days=r.randint(3, 12))
    b = [f"<b>{E(mt['kommune'])}</b><br>\nREFERAT<br>\n{E(genitive(d['bodyname']))} møde den {E(C.dash_date(d['date']))} kl. {E(mt['start'])}<br>\n"
         f"Mødested: {E(mt['place'])}<br>\nFraværende: {E(mt['absent'])}<br>\n<br>\n"]
    for it in d["items"]:
        b.append(f"<br>\nPkt.nr. {it['no']}<br>\n<b>{E(it['title'])}</b><br>\nSagsnr. {E(it['caseno'])}<br>\n<br>\n")
        for l, ps in it["sections"]:
            b.append(f"{E(l)}:<br>\n" + "<br>\n".join(E(p) for p in ps) + "<br>\n<br>\n")
        if it["bullets"]:
            b.append(f"{E(ind_intro(d))}:<br>\n" + "<br>\n".join("- " + E(p) for p in it["bullets"]) + "<br>\n<br>\n")
        for h, t in it["earlier"]:
            b.append(f"{E(h)}:<br>\n" + "<br>\n".join(E(p) for p in t.split("\n")) + "<br>\n<br>\n")
        b.append(f"<b>{E(it['own_heading'])}:</b><br>\n" + "<br>\n".join(E(p) for p in it["decision"].split("\n")) + "<br>\n<hr>\n")
    b.append(f"<br>\n<small>Sidst opdateret {E(C.dash_date(upd))} 10:{r.randint(10, 59)} af webredaktionen</small><br>\n")
    doc = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"><title>Referat</title></head>"
           "<body bgcolor=\"#ffffff\"><font face=\"Verdana\" size=\"2\">" + "".join(b) + "</font></body></html>")
    (src / f"{jid}.html").write_text(doc, encoding="utf-8")
    return dict(tool="copy", srcs=[f"{jid}.html"], post=None)


# ---------------------------------------------------------------- 9 wkhtml-margin

def r_wkhtml_margin(d, r, src, jid):
    mt = meta(d, r)
    printed = d["date"] + dt.timedelta(days=r.randint(1, 4))
    css = ("body{font-family:'DejaVu Sans',sans-serif;font-size:10.5pt}table.i{width:100%;border-collapse:collapse;margin-top:14px;page-break-inside:auto}"
           "td.m{width:70px;vertical-align:top;font-size:9pt;color:#333;border-top:2px solid #333}td.b{border-top:2px solid #333;padding-left:10px}"
           "h2{font-size:13pt;margin:4px 0}h3{font-size:10pt;margin:8px 0 2px}.box{border:1px solid #333;padding:6px;margin-top:6px;background:#f6f6f6}"
           ".stamp{text-align:right;font-size:8pt;color:#777}")
    b = [f"<div class='stamp'>Udskrevet: {E(C.dot_date(printed))} kl. 08:{r.randint(10, 59)}</div><h1>Referat</h1>",
         f"<p>Møde: {E(d['bodyname'])}, {E(mt['kommune'])}<br>Dato: {E(C.dot_date(d['date']))}<br>Start: kl. {E(mt['start'])} Slut: kl. {E(mt['end'])}<br>"
         f"Lokale: {E(mt['place'])}<br>Fraværende: {E(mt['absent'])}</p>"]
    for it in d["items"]:
        inner = f"<h2>{E(it['title'])}</h2><p style='font-size:8.5pt'>{E(it['caseno'])}</p>" + "".join(html_sections(d, it)) + f"<div class='box'><b>{E(it['own_heading'])}</b>{dec_html(it)}</div>"
        b.append(f"<table class='i'><tr><td class='m'><b>{it['no']}</b><br>{'Lukket' if it['closed'] else 'Åben'}</td><td class='b'>{inner}</td></tr></table>")
    (src / f"{jid}.html").write_text(page(css, "".join(b)), encoding="utf-8")
    return dict(tool="wkhtml", srcs=[f"{jid}.html"], post=None)


# ---------------------------------------------------------------- 10 wkhtml-toc: front page + contents, items on new pages

def r_wkhtml_toc(d, r, src, jid):
    mt = meta(d, r)
    pub = d["date"] - dt.timedelta(days=r.randint(5, 8))
    css = ("body{font-family:'DejaVu Serif',serif;font-size:11pt}.cover{height:1200px;text-align:center;padding-top:200px}.cover h1{font-size:30pt}"
           ".toc td{padding:3px 8px;vertical-align:top}.brk{page-break-before:always}h2{font-family:'DejaVu Sans';font-size:14pt;border-bottom:1px solid #000}"
           "h3{font-family:'DejaVu Sans';font-size:10pt;margin:10px 0 2px}")
    b = [f"<div class='cover'><p>{E(mt['kommune'])}</p><h1>{E(d['bodyname'])}</h1><p>Dagsorden og referat</p>"
         f"<p>{E(C.long_date(d['date']))}<br>kl. {E(mt['start'])}</p><p>{E(mt['place'])}</p>"
         f"<p style='font-size:9pt'>Dagsordenen er offentliggjort {E(C.long_date(pub, False))}</p></div>",
         "<div class='brk'><h2>Indholdsfortegnelse</h2><table class='toc'>" + "".join(f"<tr><td>Punkt {it['no']}</td><td>{E(it['title'])}</td></tr>" for it in d["items"]) + "</table>"
         f"<p>Fraværende: {E(mt['absent'])}</p></div>"]
    for i, it in enumerate(d["items"]):
        cls = " class='brk'" if i == 0 or r.random() < 0.3 else ""
        b.append(f"<div{cls}><h2>Punkt {it['no']}: {E(it['title'])}</h2><p style='font-size:9pt'>Sagsid: {E(it['caseno'])}</p>"
                 + "".join(html_sections(d, it)) + f"<h3>{E(it['own_heading'])}</h3>{dec_html(it)}</div>")
    (src / f"{jid}.html").write_text(page(css, "".join(b)), encoding="utf-8")
    return dict(tool="wkhtml", srcs=[f"{jid}.html"], post=None)


RENDER = {"weasy-bilag": r_weasy_bilag, "weasy-crypt": r_weasy_crypt, "chromium-columns": r_chromium_columns,
          "chromium-smallcaps": r_chromium_smallcaps, "rtf-soffice": r_rtf, "odt-hyphen": r_odt, "html-details": r_html_details,
          "html-br": r_html_br, "wkhtml-margin": r_wkhtml_margin, "wkhtml-toc": r_wkhtml_toc}


def render(layout, d, r, src, jid):
    return RENDER[layout](d, r, src, jid)
