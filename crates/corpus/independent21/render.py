"""independent21 renderers: one meeting model -> eight layouts, real producers, pdftotext checks."""
import html, os, re, shutil, subprocess, sys
from pathlib import Path

import texts as T

NICE = ["nice", "-n", "10"]


def slug(s):
    return T.ascii_name(s).replace("--", "-")


def kommune(name):
    return T.kommune(name)


# ---------------------------------------------------------------- abstract blocks

def header_lines(doc, style):
    d = doc["date"]
    tm = doc["time"].replace(":", ".") if style % 2 else doc["time"]
    date = [T.d_wday(d) + f" kl. {tm}", T.d_dot(d), T.d_dash(d), T.d_long(d)][style % 4]
    label = "Udvalg" if style % 3 == 0 else ("Møde" if style % 3 == 1 else "Organ")
    return [(label, doc["body_name"]), ("Mødedato", date), ("Mødetidspunkt", doc["time"]),
            ("Mødested", doc["place"]), ("Fraværende" if style % 2 else "Afbud", doc["absent"])]


def decision_heading(doc, style):
    d = doc["date"]
    if doc["body"] == "council":
        return [f"Beslutning i {doc['body_name']} den {T.d_long(d)}", "Beslutning",
                f"{doc['body_name']}s beslutning den {T.d_dot(d)}",
                f"Beslutning på mødet den {T.d_dash(d)}"][style % 4]
    return [f"Beslutning i {doc['body_name']} den {T.d_long(d)}", "Beslutning",
            f"Beslutning i {doc['body_name']} den {T.d_dot(d)}", "Afgørelse"][style % 4]


def item_blocks(doc, it, no, style, numfmt="Punkt {n}"):
    b = [("h2", numfmt.format(n=no) + " " + it["title"] if "{n}" in numfmt else it["title"]),
         ("meta", it["case"] + ("  ·  Åbent punkt" if style % 2 else ""))]
    for h, content in it["sections"]:
        b.append(("h3", h))
        for c in content:
            b.append(("ul", c) if isinstance(c, list) else ("p", c))
    for qh, qt in it["quoted"]:
        b.append(("h3", qh))
        b.append(("p", qt))
    b.append(("h3", decision_heading(doc, style)))
    if style % 3 == 2 and doc["body"] == "council":
        b.append(("p", "Fraværende: " + doc["absent"].replace("Afbud fra ", "")))
    b.append(("p", it["decision"]))
    return b


def blocks_html(blocks):
    out = []
    for k, v in blocks:
        if k == "ul":
            out.append("<ul>" + "".join(f"<li>{html.escape(x)}</li>" for x in v) + "</ul>")
        elif k == "meta":
            out.append(f'<p class="meta">{html.escape(v)}</p>')
        else:
            tag = {"h2": "h2", "h3": "h3", "p": "p"}[k]
            out.append(f"<{tag}>{html.escape(v)}</{tag}>")
    return "\n".join(out)


# ---------------------------------------------------------------- file plan

def plan_files(rng, layout, folder, name, code, docs):
    files, seen = [], set()

    def add(fn, doc, items, kind, no=None):
        base, ext = fn.rsplit(".", 1)
        i = 2
        while fn in seen:
            fn = f"{base}-{i}.{ext}"
            i += 1
        seen.add(fn)
        files.append({"path": f"{folder}/{fn}", "doc": doc, "items": items, "kind": kind, "no": no,
                      "layout": layout, "name": name, "code": code, "style": rng.randrange(12),
                      "seedv": rng.randrange(10 ** 6)})

    for doc in docs:
        d, s = doc["date"], slug(doc["body_name"])
        if layout == "html_items" and any(it["dk"] for it in doc["items"]):
            add(f"{s}-{d.isoformat()}.html", doc, [], "index")
            for n, it in enumerate(doc["items"], 1):
                if it["dk"]:
                    add(f"{s}-{d.isoformat()}-punkt-{n}.htm", doc, [it], "item", n)
            continue
        fn = {"lo_table": f"Referat_{s}_{d:%d%m%Y}.pdf", "lo_twocol": f"{d:%Y%m%d}_{s}_referat.pdf",
              "wk_stamp": f"referat-{s}-{d.isoformat()}.pdf", "chr_portal": f"{s}_{d.isoformat()}_print.pdf",
              "groff_protocol": f"beslutningsprotokol_{d:%d-%m-%Y}_{s}.pdf",
              "weasy_toc": f"Dagsorden_og_referat_{s}_{d:%d.%m.%Y}.pdf",
              "html_items": f"{s}-{d.isoformat()}.html", "html_1252": f"{s}_{d:%Y%m%d}.htm"}[layout]
        add(fn, doc, list(doc["items"]), "full")
    return files


# ---------------------------------------------------------------- HTML-based layouts

def address(name):
    return f"{kommune(name)} · Rådhuset · Torvet 1"


def url(f):
    d = f["doc"]["date"]
    return f"https://{T.ascii_name(f['name'])}.dk/politik/dagsordener-og-referater/{slug(f['doc']['body_name'])}/{d.isoformat()}"


def html_full_body(f, numfmt):
    doc, st = f["doc"], f["style"]
    parts = []
    for n, it in enumerate(doc["items"], 1):
        parts.append('<div class="item">' + blocks_html(item_blocks(doc, it, n, st, numfmt)) + "</div>")
    return "\n".join(parts)


def header_table(doc, st):
    return "<table class=\"hdr\">" + "".join(
        f"<tr><th>{html.escape(k)}</th><td>{html.escape(v)}</td></tr>" for k, v in header_lines(doc, st)) + "</table>"


def make_wk(f):
    doc, st = f["doc"], f["style"]
    css = ("body{font-family:'DejaVu Sans',Arial,sans-serif;font-size:11pt} h1{font-size:18pt} "
           "h2{font-size:13pt;border-bottom:1px solid #999;margin-top:18pt} h3{font-size:11pt;margin-bottom:2pt} "
           ".meta{color:#555;font-size:9pt} table.hdr th{text-align:left;padding-right:14pt} .item{page-break-inside:auto}")
    return (f"<!DOCTYPE html><html lang=\"da\"><head><meta charset=\"utf-8\"><title>{html.escape(doc['body_name'])} – referat"
            f"</title><style>{css}</style></head><body><p>{html.escape(kommune(f['name']))}</p>"
            f"<h1>Referat</h1>{header_table(doc, st)}\n{html_full_body(f, 'Punkt {n}:')}</body></html>")


def make_chr(f, other_dates):
    doc, st = f["doc"], f["style"]
    pd = f"{doc['print_date'].day}.{doc['print_date'].month}.{doc['print_date'].year % 100:02d}, {doc['print_time']}"
    title = f"{doc['body_name']} - {T.d_dash(doc['date'])} - {kommune(f['name'])}"
    css = ("@page{size:A4;margin:18mm 14mm 18mm 14mm;"
           f"@top-left{{content:'{pd}';font-size:8pt;font-family:sans-serif}}"
           f"@top-center{{content:'{title}';font-size:8pt;font-family:sans-serif}}"
           f"@bottom-left{{content:'{url(f)}';font-size:8pt;font-family:sans-serif}}"
           "@bottom-right{content:'Side ' counter(page) ' af ' counter(pages);font-size:8pt;font-family:sans-serif}}"
           "body{font-family:'Liberation Sans',Arial,sans-serif;font-size:10.5pt} .wrap{display:flex;gap:14pt} "
           ".side{width:34%;font-size:9pt;border-right:1px solid #ccc;padding-right:8pt} .main{width:66%} "
           "h2{font-size:12.5pt;color:#1d4f73} h3{font-size:10.5pt} .meta{font-size:8.5pt;color:#666} .crumb{font-size:8.5pt}")
    side = "".join(f"<li>{html.escape(doc['body_name'])} {T.d_dot(x)}</li>" for x in other_dates)
    hl = "".join(f"<dt>{html.escape(k)}</dt><dd>{html.escape(v)}</dd>" for k, v in header_lines(doc, st)[:4])
    return (f"<!DOCTYPE html><html lang=\"da\"><head><meta charset=\"utf-8\"><title>{html.escape(title)}</title>"
            f"<style>{css}</style></head><body><p class=\"crumb\">Gå til indhold · Forside › Politik › Dagsordener og referater › "
            f"{html.escape(doc['body_name'])}</p><div class=\"wrap\"><div class=\"side\"><b>{html.escape(kommune(f['name']))}</b>"
            f"<p>Andre møder</p><ul>{side}</ul><p>Abonnér på dagsordener</p></div><div class=\"main\">"
            f"<h1>{html.escape(doc['body_name'])} – Referat</h1><dl>{hl}</dl>{html_full_body(f, '{n}.')}"
            f"<p>Til toppen</p></div></div></body></html>")


def make_weasy(f):
    doc, st = f["doc"], f["style"]
    pub = T.d_long(doc["pub_date"])
    toc = "".join(f'<li><a href="#p{n}">{n}. {html.escape(it["title"])}</a></li>' for n, it in enumerate(doc["items"], 1))
    body = []
    for n, it in enumerate(doc["items"], 1):
        body.append(f'<div class="item" id="p{n}">' + blocks_html(item_blocks(doc, it, n, st, "{n}.")) + "</div>")
    css = ("@page{size:A4;margin:22mm 20mm;"
           f"@top-left{{content:'{kommune(f['name'])}';font-size:8pt}}"
           f"@top-right{{content:'Publiceret {pub}';font-size:8pt}}"
           f"@bottom-left{{content:'{address(f['name'])} · {T.d_dot(doc['pub_date'])}';font-size:8pt}}"
           "@bottom-right{content:'Side ' counter(page) ' af ' counter(pages);font-size:8pt}}"
           "html{font-family:'DejaVu Serif',serif;font-size:10.5pt;font-variant-ligatures:none;font-feature-settings:'liga' 0,'clig' 0} p,li{text-align:justify;hyphens:auto} "
           ".cols{columns:2;column-gap:9mm} h2{font-size:12pt;break-after:avoid} h3{font-size:10.5pt;break-after:avoid} "
           ".meta{font-size:8.5pt;color:#555} .toc{break-after:page} .toc li{list-style:none} "
           ".toc a{color:black;text-decoration:none} .toc a::after{content:leader('.') target-counter(attr(href),page)} "
           ".banner{border:1px solid #333;padding:3pt;font-weight:bold;text-align:center}")
    cols = ' class="cols"' if st % 2 else ""
    return (f"<!DOCTYPE html><html lang=\"da\"><head><meta charset=\"utf-8\"><title>Referat</title><style>{css}</style>"
            f"</head><body><div class=\"toc\"><p class=\"banner\">Godkendt referat</p><h1>{html.escape(doc['body_name'])}</h1>"
            f"{header_table(doc, st)}<h2>Indholdsfortegnelse</h2><ul>{toc}</ul></div><div{cols}>{''.join(body)}</div>"
            f"</body></html>")


def make_html_items(f, other_dates):
    doc, st = f["doc"], f["style"]
    nav = ("<nav><a href=\"#\">Gå til indhold</a> | Forside &gt; Politik &gt; Møder</nav>"
           f"<aside><h4>Seneste møder</h4><ul>" +
           "".join(f"<li>{html.escape(doc['body_name'])} {T.d_dash(x)}</li>" for x in other_dates) + "</ul></aside>")
    head = f"{doc['body_name']} {T.d_dash(doc['date'])} kl. {doc['time']}"
    if f["kind"] == "index":
        lst = "".join(f"<li><a href=\"punkt-{n}\">{n}. {html.escape(it['title'])}</a></li>"
                      for n, it in enumerate(doc["items"], 1))
        main = (f"<h1>{html.escape(head)}</h1>{header_table(doc, st)}<h2>Dagsordenpunkter</h2><ol>{lst}</ol>")
    elif f["kind"] == "item":
        it, n = f["items"][0], f["no"]
        main = (f"<p class=\"ctx\">{html.escape(doc['body_name'])} – {html.escape(T.d_long(doc['date']))} – Punkt {n}</p>"
                + blocks_html(item_blocks(doc, it, n, st, "{n}.")))
    else:
        main = f"<h1>{html.escape(head)}</h1>{header_table(doc, st)}" + html_full_body(f, "{n}.")
    foot = f"<footer>{html.escape(address(f['name']))} · Siden er opdateret {T.d_dot(doc['pub_date'])} · Til toppen</footer>"
    return (f"<!DOCTYPE html>\n<html lang=\"da\"><head><meta charset=\"utf-8\"><title>{html.escape(head)} – "
            f"{html.escape(kommune(f['name']))}</title></head><body><header>{html.escape(kommune(f['name']))}</header>"
            f"{nav}<main>{main}</main>{foot}</body></html>\n")


def make_html_1252(f):
    doc, st = f["doc"], f["style"]
    rows = "".join(f"<tr><td><b>{html.escape(k)}:</b></td><td>{html.escape(v)}</td></tr>"
                   for k, v in header_lines(doc, st + 2))
    items = []
    for n, it in enumerate(doc["items"], 1):
        items.append("<table width=\"100%\" border=\"0\"><tr><td>" +
                     blocks_html(item_blocks(doc, it, n, st, "Sag nr. {n}")).replace("<h2>", "<h3>").replace("</h2>", "</h3>")
                     + "</td></tr></table><hr>")
    return ("<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">\n"
            f"<title>{html.escape(kommune(f['name']))} - {html.escape(doc['body_name'])} - Referat</title>\n</head>\n"
            f"<body bgcolor=\"#ffffff\"><font face=\"Verdana\"><h2>{html.escape(kommune(f['name']))}</h2>"
            f"<h1>Referat</h1><table>{rows}</table><hr>{''.join(items)}"
            f"<p><small>Senest opdateret {T.d_dash(doc['pub_date'])} · {html.escape(address(f['name']))}</small></p>"
            "</font></body>\n</html>\n")


# ---------------------------------------------------------------- LibreOffice flat ODT

def x(s):
    return html.escape(s, quote=False)


def make_fodt(f):
    doc, st, lay = f["doc"], f["style"], f["layout"]
    two = lay == "lo_twocol"
    if two:
        hdr = (f'<text:p text:style-name="Hd">UDKAST · {x(kommune(f["name"]))} · udskrevet {T.d_dot(doc["print_date"])} '
               f'kl. {doc["print_time"]}</text:p>')
        ftr = ('<text:p text:style-name="Hd">' + x(address(f["name"])) + ' · Side <text:page-number text:select-page="current">1'
               '</text:page-number> af <text:page-count>1</text:page-count></text:p>')
    else:
        hdr = (f'<text:p text:style-name="Hd">{x(kommune(f["name"]))} · Godkendt referat · offentliggjort '
               f'{T.d_dot(doc["pub_date"])}</text:p>')
        ftr = (f'<text:p text:style-name="Hd">{x(address(f["name"]))} · udskrevet {T.d_long(doc["print_date"])}'
               '<text:tab/>Side <text:page-number text:select-page="current">1</text:page-number> af '
               '<text:page-count>1</text:page-count></text:p>')
    body = []
    if two:
        body.append(f'<text:p text:style-name="Title">{x(doc["body_name"])} – referat</text:p>')
        for k, v in header_lines(doc, st + 1):
            body.append(f'<text:p text:style-name="P">{x(k)}: {x(v)}</text:p>')
    else:
        body.append(f'<text:p text:style-name="Title">Referat – {x(doc["body_name"])}</text:p>')
        rows = "".join(f'<table:table-row><table:table-cell><text:p text:style-name="B">{x(k)}</text:p></table:table-cell>'
                       f'<table:table-cell><text:p text:style-name="P">{x(v)}</text:p></table:table-cell></table:table-row>'
                       for k, v in header_lines(doc, st))
        body.append('<table:table table:name="Mødefakta" table:style-name="Tb"><table:table-column table:style-name="C1"/>'
                    f'<table:table-column table:style-name="C2"/>{rows}</table:table>')
        body.append('<text:p text:style-name="H2">Indholdsfortegnelse</text:p>')
        for n, it in enumerate(doc["items"], 1):
            body.append(f'<text:p text:style-name="P">Punkt {n}<text:tab/>{x(it["title"])}</text:p>')
        body.append('<text:p text:style-name="Brk"/>')
    items = []
    for n, it in enumerate(doc["items"], 1):
        for k, v in item_blocks(doc, it, n, st, "{n}." if two else "Punkt {n}"):
            if k == "ul":
                items.append("".join(f'<text:p text:style-name="P">– {x(b)}</text:p>' for b in v))
            else:
                sty = {"h2": "H2", "h3": "H3", "p": "P", "meta": "M"}[k]
                items.append(f'<text:p text:style-name="{sty}">{x(v)}</text:p>')
    if two:
        body.append('<text:section text:style-name="Sect" text:name="Punkter">' + "".join(items) + '</text:section>')
    else:
        body += items
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"')
    font = "Liberation Serif" if two else "Liberation Sans"
    styles = (f'<style:style style:name="P" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.15cm"'
              f' fo:text-align="{"justify" if two else "start"}" fo:hyphenation-ladder-count="no-limit"/>'
              f'<style:text-properties style:font-name="{font}" fo:font-size="10.5pt" fo:language="da" fo:country="DK"'
              ' fo:hyphenate="true"/></style:style>'
              f'<style:style style:name="M" style:family="paragraph" style:parent-style-name="P"><style:text-properties fo:font-size="8.5pt"/></style:style>'
              f'<style:style style:name="B" style:family="paragraph" style:parent-style-name="P"><style:text-properties fo:font-weight="bold"/></style:style>'
              f'<style:style style:name="Hd" style:family="paragraph"><style:paragraph-properties><style:tab-stops><style:tab-stop style:position="17cm" style:type="right"/></style:tab-stops></style:paragraph-properties><style:text-properties style:font-name="{font}" fo:font-size="8pt"/></style:style>'
              f'<style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.4cm"/><style:text-properties style:font-name="{font}" fo:font-size="18pt" fo:font-weight="bold"/></style:style>'
              f'<style:style style:name="H2" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.45cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always"/><style:text-properties style:font-name="{font}" fo:font-size="12.5pt" fo:font-weight="bold"/></style:style>'
              f'<style:style style:name="H3" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.2cm" fo:keep-with-next="always"/><style:text-properties style:font-name="{font}" fo:font-size="10.5pt" fo:font-weight="bold"/></style:style>')
    auto = ('<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" '
            'fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="2cm" fo:margin-right="2cm"/>'
            '<style:header-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-bottom="0.4cm"/></style:header-style>'
            '<style:footer-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-top="0.4cm"/></style:footer-style>'
            '</style:page-layout>'
            '<style:style style:name="Brk" style:family="paragraph"><style:paragraph-properties fo:break-after="page"/></style:style>'
            '<style:style style:name="Sect" style:family="section"><style:section-properties><style:columns fo:column-count="2" '
            'fo:column-gap="0.7cm"/></style:section-properties></style:style>'
            '<style:style style:name="Tb" style:family="table"><style:table-properties style:width="17cm" table:align="left"/></style:style>'
            '<style:style style:name="C1" style:family="table-column"><style:table-column-properties style:column-width="4cm"/></style:style>'
            '<style:style style:name="C2" style:family="table-column"><style:table-column-properties style:column-width="13cm"/></style:style>')
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {ns} office:version="1.2" '
            'office:mimetype="application/vnd.oasis.opendocument.text">'
            f'<office:styles>{styles}</office:styles><office:automatic-styles>{auto}</office:automatic-styles>'
            f'<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">'
            f'<style:header>{hdr}</style:header><style:footer>{ftr}</style:footer></style:master-page></office:master-styles>'
            f'<office:body><office:text>{"".join(body)}</office:text></office:body></office:document>\n')


# ---------------------------------------------------------------- groff ms

def r(s):
    s = s.replace("\\", "\\e")
    return ("\\&" + s) if s[:1] in (".", "'") else s


def make_ms(f):
    doc, st = f["doc"], f["style"]
    L = [".nr PS 10", ".nr VS 12", ".nr HM 2c", ".nr FM 2c", ".hla da" if False else ".hy 14",
         f".ds LH {r(kommune(f['name']))}", ".ds CH Godkendt beslutningsprotokol",
         f".ds RH Offentliggjort {T.d_dot(doc['pub_date'])}",
         f".ds LF {r(address(f['name']))}", ".ds CF", ".ds RF Side %",
         ".LP", ".nf", f"\\s+4\\fBBeslutningsprotokol\\fP\\s0", ""]
    for k, v in header_lines(doc, st + 3):
        L.append(f"\\fB{r(k)}:\\fP {r(v)}")
    L += [".fi", ".sp", ".2C"]
    for n, it in enumerate(doc["items"], 1):
        for k, v in item_blocks(doc, it, n, st, "Pkt. {n}"):
            if k == "h2":
                L += [".SH", r(v)]
            elif k == "h3":
                L += [".LP", f"\\fI{r(v)}\\fP", ".br"]
            elif k == "meta":
                L += [".LP", f"\\s-1{r(v)}\\s0"]
            elif k == "ul":
                for b in v:
                    L += [".IP \\(bu 2", r(b)]
            else:
                L += [".PP", r(v)]
    return "\n".join(L) + "\n"


# ---------------------------------------------------------------- running and checking

BAD = re.compile("[\ufffd\u3000-\u9fff\uac00-\ud7af\ue000-\uf8ff]|Ã.|Â|â€")


def check_text(t, name, where):
    problems = []
    if len(t.strip()) < 200:
        problems.append("too little text")
    flat = re.sub(r"-\n", "", t)
    if name not in t and name not in flat:
        problems.append(f"municipality name {name!r} missing")
    if not re.search("[æøåÆØÅ]", t):
        problems.append("no Danish letters")
    m = BAD.search(t)
    if m:
        problems.append(f"bad characters {m.group(0)!r}")
    if problems:
        raise SystemExit(f"CHECK FAILED {where}: {'; '.join(problems)}")


def run(cmd, env=None, **kw):
    p = subprocess.run(NICE + cmd, env=env, capture_output=True, text=True, **kw)
    if p.returncode != 0:
        raise SystemExit(f"producer failed: {' '.join(cmd)}\n{p.stderr[-1500:]}")
    return p


def render_all(out, jobs):
    out = Path(out)
    work = out / "_work"
    home = out / "_home"
    for p in (work, home):
        shutil.rmtree(p, ignore_errors=True)
        p.mkdir(parents=True)
    env = dict(os.environ, HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"), XDG_CACHE_HOME=str(home / ".cache"))
    by = {}
    for h, f, g in jobs:
        by.setdefault(f["layout"], []).append((h, f, g))
    # other meetings of the same body, for sidebars
    bodydates = {}
    for h, f, g in jobs:
        bodydates.setdefault((f["code"], f["doc"]["body_name"]), set()).add(f["doc"]["date"])

    def others(f):
        import datetime as dt
        d = f["doc"]["date"]
        xs = sorted(bodydates[(f["code"], f["doc"]["body_name"])] |
                    {d - dt.timedelta(days=28), d - dt.timedelta(days=56), d + dt.timedelta(days=35)})
        return [y for y in xs if y != d][:5]

    pdfs = []  # (target, h, f, g)
    import time
    for lay, js in sorted(by.items()):
        t0 = time.time()
        tmp = work / lay
        tmp.mkdir()
        for i, (h, f, g) in enumerate(js):
            target = out / h / "corpus" / f["path"]
            target.parent.mkdir(parents=True, exist_ok=True)
            stem = tmp / f"d{i:03d}"
            if lay == "html_items":
                target.write_text(make_html_items(f, others(f)), encoding="utf-8")
            elif lay == "html_1252":
                target.write_bytes(make_html_1252(f).encode("cp1252"))
            elif lay in ("lo_table", "lo_twocol"):
                stem.with_suffix(".fodt").write_text(make_fodt(f), encoding="utf-8")
            elif lay == "wk_stamp":
                stem.with_suffix(".html").write_text(make_wk(f), encoding="utf-8")
            elif lay == "chr_portal":
                stem.with_suffix(".html").write_text(make_chr(f, others(f)), encoding="utf-8")
            elif lay == "weasy_toc":
                stem.with_suffix(".html").write_text(make_weasy(f), encoding="utf-8")
            elif lay == "groff_protocol":
                stem.with_suffix(".ms").write_text(make_ms(f), encoding="utf-8")
            if target.suffix == ".pdf":
                pdfs.append((stem.with_suffix(".pdf"), target, h, f, g))
        # producers, one at a time
        if lay in ("lo_table", "lo_twocol"):
            run(["soffice", f"-env:UserInstallation=file://{home}/lo", "--headless", "--convert-to", "pdf",
                 "--outdir", str(tmp)] + sorted(str(p) for p in tmp.glob("*.fodt")), env=env, timeout=600)
        elif lay == "wk_stamp":
            for i, (h, f, g) in enumerate(js):
                s = tmp / f"d{i:03d}"
                doc = f["doc"]
                run(["wkhtmltopdf", "-q", "--encoding", "utf-8", "--header-font-size", "7", "--footer-font-size", "7",
                     "--header-left", f"{T.d_dot(doc['print_date'])} {doc['print_time']}",
                     "--header-right", f"{kommune(f['name'])} - Referat", "--footer-left", url(f),
                     "--footer-right", "Side [page] af [topage]", "--header-spacing", "3", "--footer-spacing", "3",
                     str(s.with_suffix(".html")), str(s.with_suffix(".pdf"))], env=env, timeout=120)
        elif lay == "chr_portal":
            for i, (h, f, g) in enumerate(js):
                s = tmp / f"d{i:03d}"
                run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                     f"--user-data-dir={home}/chromium", "--no-pdf-header-footer", "--disable-extensions", "--disable-dev-shm-usage",
                     f"--print-to-pdf={s.with_suffix('.pdf')}", s.with_suffix(".html").as_uri()], env=env, timeout=120)
        elif lay == "weasy_toc":
            script = ("import sys, weasyprint\nfor a in sys.argv[1:]:\n"
                      "    weasyprint.HTML(filename=a).write_pdf(a[:-5] + '.raw.pdf')\n")
            run(["/usr/bin/python3", "-c", script] + [str(tmp / f"d{i:03d}.html") for i in range(len(js))],
                env=env, timeout=600)
            for i in range(len(js)):
                s = tmp / f"d{i:03d}"
                run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite", "-dCompatibilityLevel=1.5",
                     f"-sOutputFile={s.with_suffix('.pdf')}", str(s) + ".raw.pdf"], env=env, timeout=120)
        elif lay == "groff_protocol":
            for i in range(len(js)):
                s = tmp / f"d{i:03d}"
                ps = subprocess.run(NICE + ["groff", "-k", "-Kutf-8", "-ms", "-Tps", str(s.with_suffix(".ms"))],
                                    capture_output=True, env=env, timeout=120)
                if ps.returncode != 0:
                    raise SystemExit("groff failed: " + ps.stderr.decode()[-800:])
                s.with_suffix(".ps").write_bytes(ps.stdout)
                run(["ps2pdf", str(s.with_suffix(".ps")), str(s.with_suffix(".pdf"))], env=env, timeout=120)
        print(f"{lay}: {len(js)} files, {time.time() - t0:.1f}s", file=sys.stderr)
    # move, check, count pages
    for src, target, h, f, g in pdfs:
        if not src.exists():
            raise SystemExit(f"producer wrote nothing for {target}")
        shutil.move(str(src), str(target))
        t = subprocess.run(["pdftotext", "-enc", "UTF-8", str(target), "-"], capture_output=True, text=True).stdout
        check_text(t, f["name"], target)
        info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True).stdout
        g["pages"] = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    for h, f, g in jobs:
        target = out / h / "corpus" / f["path"]
        if target.suffix != ".pdf":
            raw = target.read_bytes()
            enc = "cp1252" if b"windows-1252" in raw[:300] else "utf-8"
            t = html.unescape(re.sub(r"<[^>]+>", " ", raw.decode(enc)))
            check_text(t, f["name"], target)
    shutil.rmtree(work)
    shutil.rmtree(home)
