#!/usr/bin/env python3
"""independent16: writes every document of OUT/model.json in its layout, runs the producers one at a
time, checks every PDF with pdftotext and writes page counts into the gold files. Usage: render.py OUT"""
import datetime as dt, html, os, time, json, random, re, shutil, subprocess, sys, zipfile
from pathlib import Path
import texts as T
from gen import ascii_name, SEED, weekday_near

OUT = Path(sys.argv[1])
SRC = OUT / "_src"
E = html.escape


def D(s):
    return dt.date.fromisoformat(s)


def body_title(mu, mt):
    if mt["body_kind"] != "council":
        return mt["body"]
    return {"byraad": f"{mu['name']} Byråd", "kb": f"Kommunalbestyrelsen i {T.kname(mu['name'])}",
            "br": "Borgerrepræsentationen"}[mu["kind"]]


def other_meetings(rng, mu, mt):
    d = D(mt["date"])
    bodies = ["Økonomiudvalget", mu["social"], "Teknik- og Miljøudvalget", "Børne- og Skoleudvalget",
              T.council_forms(mu["kind"])[0], "Handicaprådet", "Beskæftigelsesudvalget"]
    res = []
    for b in rng.sample(bodies, 5):
        x = weekday_near(None, d + dt.timedelta(days=rng.choice([-35, -21, -14, -7, 6, 13, 20, 34, 41])))
        res.append((b, x))
    return res


def stamp_date(rng, mt):
    d = D(mt["date"]) + dt.timedelta(days=rng.randint(9, 75))
    return d, f"{rng.randint(8, 15):02d}.{rng.randint(0, 59):02d}"


# ------------------------------------------------------------------ HTML pieces

def sec_html(sections, head_tag="h3", bold=False):
    out = []
    for h, paras in sections:
        out.append(f"<p><b>{E(h)}</b></p>" if bold else f"<{head_tag}>{E(h)}</{head_tag}>")
        for p in paras:
            if isinstance(p, (list, tuple)) and p and p[0] == "bullets":
                out.append("<ul>" + "".join(f"<li>{E(b)}</li>" for b in p[1]) + "</ul>")
            else:
                out.append("".join(f"<p>{E(x)}</p>" for x in str(p).split("\n")))
    return "\n".join(out)


def dec_html(decs, head_tag="h3", bold=False, default="Beslutning"):
    out = []
    for h, lines in decs:
        if h:
            out.append(f"<p><b>{E(h)}</b></p>" if bold else f"<{head_tag}>{E(h)}</{head_tag}>")
        out.append("".join(f"<p>{E(x)}</p>" for x in lines))
    return "\n".join(out)


def page_web_sidebar(rng, mu, mt):
    d = D(mt["date"])
    ob = other_meetings(rng, mu, mt)
    side = "".join(f"<li><a href='/moede/{x:%Y%m%d}'>{E(b)} – {T.fdate(x, 'dot')}</a></li>" for b, x in ob[:3])
    up = "".join(f"<li><a href='#'>{E(b)}<br><span>{T.fdate(x, 'weekday')}</span></a></li>" for b, x in ob[3:])
    toc = "".join(f"<li><a href='#p{it['no']}'>{it['no']}. {E(it['title'])}</a></li>" for it in mt["items"])
    rows = [("Udvalg", mt["body"]), ("Mødedato", T.fdate(d, "Weekday")), ("Mødetidspunkt", mt["time"]),
            ("Mødested", mt["place"])]
    if mt["absent"]:
        rows.append(("Fraværende", mt["absent"]))
    if mt["substitute"]:
        rows.append(("Stedfortrædere", mt["substitute"]))
    head = "".join(f"<tr><th>{E(a)}</th><td>{E(b)}</td></tr>" for a, b in rows)
    items = []
    for it in mt["items"]:
        items.append(f"<section id='p{it['no']}'><h2>{it['no']}. {E(it['title'])}</h2>"
                     f"<p class='case'>{E(it['case'])} · Åbent punkt</p>{sec_html(it['sections'])}"
                     f"{dec_html(it['decisions'])}</section>")
    return f"""<!DOCTYPE html>
<html lang="da"><head><meta charset="utf-8"><title>Referat – {E(mt['body'])} – {T.fdate(d, 'dot')} – {E(T.kname(mu['name']))}</title>
<style>body{{font-family:sans-serif}} aside{{float:left;width:22%}} main{{margin-left:25%}}</style></head>
<body>
<div id="cookie-banner" role="dialog"><p>{E(T.kname(mu['name']))} bruger cookies til at huske dine valg og til anonym statistik. Læs mere i vores cookiepolitik.</p><button>Accepter alle</button> <button>Kun nødvendige</button></div>
<a class="skip" href="#indhold">Gå til indhold</a>
<header><a href="/">{E(T.kname(mu['name']))}</a> <nav><a href="#">Borger</a> <a href="#">Erhverv</a> <a href="#">Politik</a> <a href="#">Om kommunen</a></nav></header>
<nav class="breadcrumb"><a href="/">Forside</a> › <a href="#">Politik</a> › <a href="#">Dagsordener og referater</a> › <a href="#">{E(mt['body'])}</a> › Referat {T.fdate(d, 'dot')}</nav>
<aside><h2>Andre møder</h2><ul>{side}</ul><h2>Kommende møder</h2><ul>{up}</ul>
<h2>Se også</h2><ul><li><a href="#">Politiske udvalg</a></li><li><a href="#">Mødekalender {d.year}</a></li></ul></aside>
<main id="indhold"><h1>Referat</h1><table class="moedeinfo">{head}</table>
<h2>Dagsorden</h2><ol class="toc">{toc}</ol>
{''.join(items)}
<p><a href="#indhold">Til toppen</a></p></main>
<footer>{E(T.kname(mu['name']))} · Rådhuspladsen 1 · Tlf. 70 {rng.randint(10,99)} {rng.randint(10,99)} {rng.randint(10,99)} · Tilgængelighedserklæring</footer>
</body></html>
"""


def page_web_nav(rng, mu, mt):
    d = D(mt["date"])
    ob = other_meetings(rng, mu, mt)
    nav = " | ".join(f"<a href='#'>{E(b)} {T.fdate(x, 'dash2')}</a>" for b, x in ob[:3])
    items = []
    for it in mt["items"]:
        items.append(f"<div class='punkt'><h3>Sag nr. {it['no']} - {E(it['title'])}</h3>"
                     f"<p class='sag'>{E(it['case'])}</p>{sec_html(it['sections'], bold=True)}"
                     f"{dec_html(it['decisions'], bold=True)}</div>")
    absent = f"<p>Afbud: {E(mt['absent'])}</p>" if mt["absent"] else "<p>Afbud: Ingen</p>"
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<title>{E(body_title(mu, mt))} - Referat</title></head><body>
<div class="top"><b>{E(T.kname(mu['name']))}</b> &middot; Søg &middot; Kontakt</div>
<div class="kommende"><b>Kommende møder:</b> {nav}</div>
<div class="crumbs">Du er her: Politik &gt; Referater &gt; {E(mt['body'])}</div>
<h1>Referat af møde i {E(body_title(mu, mt))} {T.fdate(d, 'weekday')} {E(mt['time'])}</h1>
<p>Sted: {E(mt['place'])}</p>{absent}
{''.join(items)}
<div class="seogsaa"><b>Se også</b><ul>{''.join(f"<li>{E(b)} – referat {T.fdate(x, 'abbr')}</li>" for b, x in ob[3:])}</ul></div>
<p class="opdateret">Siden er sidst opdateret {T.fdate(D(mt['date']) + dt.timedelta(days=rng.randint(3, 40)), 'dot')}</p>
</body></html>
"""


def page_chromium(rng, mu, mt):
    d = D(mt["date"])
    sd, st = stamp_date(rng, mt)
    url = f"https://{ascii_name(mu['name'])}.meetings.dk/agenda/da/{d:%Y%m%d}/{rng.randint(10000, 99999)}"
    items = []
    for it in mt["items"]:
        items.append(f"<div class='item'><h2>Punkt {it['no']}: {E(it['title'])}</h2><p class='small'>{E(it['case'])}</p>"
                     f"{dec_html(it['decisions'])}{sec_html(it['sections'])}</div>")
    return f"""<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>Referat - {E(mt['body'])}</title>
<style>
@page {{ size: A4; margin: 16mm 14mm 16mm 14mm;
  @top-left {{ content: "{T.fdate(sd, 'dot')[:6]}{sd.year % 100:02d} {st}"; font-size: 7pt; font-family: sans-serif; }}
  @top-center {{ content: "Referat - {mt['body']} - {T.fdate(d, 'dot')}"; font-size: 7pt; font-family: sans-serif; }}
  @bottom-left {{ content: "{url}"; font-size: 7pt; font-family: sans-serif; }}
  @bottom-right {{ content: counter(page) "/" counter(pages); font-size: 7pt; font-family: sans-serif; }} }}
body {{ font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; font-variant-ligatures: none; font-feature-settings: "liga" 0, "clig" 0; }}
.stamp-top {{ position: fixed; top: -12mm; left: 0; right: 0; font-size: 7pt; }}
.stamp-bot {{ position: fixed; bottom: -12mm; left: 0; right: 0; font-size: 7pt; }}
h2 {{ font-size: 12pt; border-top: 1px solid #999; padding-top: 4pt; }}
</style></head><body>
<h1>Referat</h1>
<p><b>{E(T.kname(mu['name']))}</b></p>
<table><tr><td>Møde</td><td>{E(mt['body'])}</td></tr><tr><td>Mødetidspunkt</td><td>{T.fdate(d, 'dot')} {E(mt['time'].replace('kl. ', ''))}</td></tr>
<tr><td>Mødested</td><td>{E(mt['place'])}</td></tr>{f"<tr><td>Fraværende</td><td>{E(mt['absent'])}</td></tr>" if mt['absent'] else ''}</table>
{''.join(items)}
</body></html>
"""


def page_wkhtml(rng, mu, mt):
    d = D(mt["date"])
    items = []
    for it in mt["items"]:
        items.append(f"<h2>Pkt. {it['no']} {E(it['title'])}</h2><p><i>{E(it['case'])}</i></p>"
                     f"{sec_html(it['sections'])}{dec_html(it['decisions'])}")
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><style>body{{font-family:'DejaVu Serif',serif;font-size:11pt;font-variant-ligatures:none}} h2{{font-size:13pt}}</style></head><body>
<h1>{E(T.kname(mu['name']))}</h1>
<table><tr><td>Organ:</td><td>{E(mt['body'])}</td></tr><tr><td>Dato:</td><td>{T.fdate(d, 'long')}</td></tr>
<tr><td>Tidspunkt:</td><td>{E(mt['time'])}</td></tr><tr><td>Sted:</td><td>{E(mt['place'])}</td></tr>
<tr><td>Fraværende med afbud:</td><td>{E(mt['absent'] or '-')}</td></tr></table>
<h3>Indholdsfortegnelse</h3><ul>{''.join(f"<li>Pkt. {it['no']} {E(it['title'])}</li>" for it in mt['items'])}</ul>
{''.join(items)}</body></html>
"""


def page_weasy(rng, mu, mt):
    d = D(mt["date"])
    off = rng.randint(30, 480)
    items = []
    for it in mt["items"]:
        items.append(f"<div class='pkt'><h2>{off + it['no']}. {E(it['title'])}</h2><p class='case'>{E(it['case'])}</p>"
                     f"{sec_html(it['sections'])}{dec_html(it['decisions'])}</div>")
    rows = [("Udvalg", mt["body"]), ("Mødedato", T.fdate(d, "dash")),
            ("Starttidspunkt", mt["time"].replace("kl. ", "")), ("Mødested", mt["place"]),
            ("Afbud", mt["absent"] or "")]
    return f"""<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 22mm 18mm;
  @top-left {{ content: "{T.kname(mu['name'])}"; font-size: 8pt; }}
  @top-right {{ content: "{mt['body']} - {T.fdate(d, 'dash2')}"; font-size: 8pt; }}
  @bottom-right {{ content: "Side " counter(page) " af " counter(pages); font-size: 8pt; }} }}
body {{ font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; font-variant-ligatures: none; font-feature-settings: "liga" 0, "clig" 0; }}
.pkt {{ break-before: page; }}
</style></head><body>
<h1>Referat</h1>
<table>{''.join(f"<tr><td><b>{E(a)}:</b></td><td>{E(b)}</td></tr>" for a, b in rows)}</table>
<h3>Indholdsfortegnelse</h3><ol>{''.join(f"<li>{off + it['no']}. {E(it['title'])}</li>" for it in mt['items'])}</ol>
{''.join(items)}</body></html>
"""


# ------------------------------------------------------------------ text layouts

def lines_of(sections):
    for h, paras in sections:
        yield ("head", h)
        for p in paras:
            if isinstance(p, (list, tuple)) and p and p[0] == "bullets":
                for b in p[1]:
                    yield ("bullet", b)
            else:
                for x in str(p).split("\n"):
                    yield ("para", x)


def groff_src(rng, mu, mt):
    d = D(mt["date"])

    def q(s):
        s = s.replace("\\", "\\e")
        return ("\\&" + s) if s[:1] in ".'" else s
    o = [".nr HY 0", ".nh", ".ds CH - % -", f".ds LF {q(T.kname(mu['name']))}", f".ds RF {T.fdate(d, 'dot')}",
         ".LP", ".ce 3", "\\fBBESLUTNINGSPROTOKOL\\fP", q(f"{body_title(mu, mt)}"),
         q(f"Mødet {T.fdate(d, 'weekday')} {mt['time']}, {mt['place']}"), ".sp"]
    if mt["absent"]:
        o += [".LP", q(f"Fraværende: {mt['absent']}")]
    for it in mt["items"]:
        o += [".SH", q(f"Punkt {it['no']}. {it['title']}"), ".LP", q(it["case"])]
        for k, x in lines_of(it["sections"]):
            if k == "head":
                o += [".LP", f"\\fB{q(x)}\\fP", ".br"]
            elif k == "bullet":
                o += [".IP \\(bu 3", q(x)]
            else:
                o += [".LP", q(x)]
        for h, ls in it["decisions"]:
            o += [".LP"]
            if h:
                o += [f"\\fI{q(h)}\\fP", ".br"]
            for x in ls:
                o += [q(x), ".br"]
    return "\n".join(o) + "\n"


def enscript_src(rng, mu, mt):
    import textwrap
    d = D(mt["date"])
    W = 86

    def w(s, ind=0):
        return textwrap.fill(s, W, initial_indent=" " * ind, subsequent_indent=" " * ind, break_on_hyphens=False,
                             break_long_words=False)
    o = [f"{T.kname(mu['name']).upper()}", "", f"REFERAT - {body_title(mu, mt)}",
         f"Dato: {T.fdate(d, 'dot')}   {mt['time']}", f"Sted: {mt['place']}"]
    if mt["absent"]:
        o.append(f"Afbud: {mt['absent']}")
    o.append("=" * W)
    for it in mt["items"]:
        o += ["", w(f"{it['no']:>2}  {it['title'].upper()}"), f"    {it['case']}", ""]
        for k, x in lines_of(it["sections"]):
            if k == "head":
                o += [f"    {x}:"]
            elif k == "bullet":
                o += [w("- " + x, 6)]
            else:
                o += [w(x, 4), ""]
        for h, ls in it["decisions"]:
            o += [f"    {h or 'Beslutning'}:" if rng.random() < .7 or h else "    Beslutning:"]
            o += [w(x, 6) for x in ls] + [""]
        o.append("-" * W)
    s = "\n".join(o) + "\n"
    return s.replace("–", "-").replace("›", ">").replace("•", "*")


# ------------------------------------------------------------------ ODT

def odt_write(path, rng, mu, mt):
    d = D(mt["date"])
    X = lambda s: html.escape(s, quote=False)
    P = lambda st, s: f'<text:p text:style-name="{st}">{X(s)}</text:p>'
    body = [P("Title", f"{T.kname(mu['name'])}"), P("Sub", "Referat"),
            P("Std", f"{body_title(mu, mt)} – {T.fdate(d, 'weekday')} {mt['time']}"),
            P("Std", f"Mødested: {mt['place']}")]
    if mt["absent"]:
        body.append(P("Std", f"Fraværende: {mt['absent']}"))
    if mt["substitute"]:
        body.append(P("Std", f"Stedfortræder: {mt['substitute']}"))
    for it in mt["items"]:
        body.append(f'<text:h text:style-name="H1" text:outline-level="1">{it["no"]}. {X(it["title"])}</text:h>')
        body.append(P("Small", it["case"]))
        for k, x in lines_of(it["sections"]):
            body.append(P("Bold" if k == "head" else "Std", ("• " + x) if k == "bullet" else x))
        for h, ls in it["decisions"]:
            if h:
                body.append(P("Bold", h))
            body += [P("Std", x) for x in ls]
    content = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2">
<office:automatic-styles/>
<office:body><office:text>{''.join(body)}</office:text></office:body></office:document-content>"""
    styles = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2">
<office:styles>
<style:style style:name="Std" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.15cm"/><style:text-properties style:font-name="Liberation Serif" fo:font-family="Liberation Serif" fo:font-size="11pt"/></style:style>
<style:style style:name="Small" style:family="paragraph" style:parent-style-name="Std"><style:text-properties fo:font-size="9pt"/></style:style>
<style:style style:name="Bold" style:family="paragraph" style:parent-style-name="Std"><style:paragraph-properties fo:margin-top="0.2cm"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Std"><style:text-properties fo:font-size="18pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Sub" style:family="paragraph" style:parent-style-name="Std"><style:text-properties fo:font-size="14pt"/></style:style>
<style:style style:name="H1" style:family="paragraph" style:parent-style-name="Std"><style:paragraph-properties fo:margin-top="0.5cm"/><style:text-properties fo:font-size="13pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Foot" style:family="paragraph" style:parent-style-name="Std"><style:text-properties fo:font-size="8pt"/></style:style>
</office:styles>
<office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2.2cm" fo:margin-right="2.2cm"/></style:page-layout></office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">
<style:header><text:p text:style-name="Foot">{X(T.kname(mu['name']))} · {X(mt['body'])} · {T.fdate(d, 'abbr')}</text:p></style:header>
<style:footer><text:p text:style-name="Foot">Side <text:page-number text:select-page="current">1</text:page-number> af <text:page-count>1</text:page-count></text:p></style:footer>
</style:master-page></office:master-styles></office:document-styles>"""
    manifest = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
</manifest:manifest>"""
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype", (2023, 1, 1, 0, 0, 0)), "application/vnd.oasis.opendocument.text",
                   compress_type=zipfile.ZIP_STORED)
        for n, c in (("content.xml", content), ("styles.xml", styles), ("META-INF/manifest.xml", manifest)):
            z.writestr(zipfile.ZipInfo(n, (2023, 1, 1, 0, 0, 0)), c, compress_type=zipfile.ZIP_DEFLATED)


# ------------------------------------------------------------------ driver

def run(cmd, **kw):
    env = dict(os.environ, DBUS_SESSION_BUS_ADDRESS="disabled:")
    r = subprocess.run(cmd, capture_output=True, timeout=180, env=env, **kw)
    r.stdout = r.stdout.decode("utf-8", "replace")
    r.stderr = r.stderr.decode("utf-8", "replace")
    if r.returncode != 0:
        sys.exit(f"producer failed: {cmd[:3]} rc={r.returncode}\n{r.stderr[-1500:]}")
    return r


ALLOWED = set("æøåÆØÅé•–§·›")


def check_pdf(pdf, name):
    t = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True).stdout
    flat = re.sub(r"\s+", " ", t)
    probs = []
    if len(flat) < 300:
        probs.append("too little text")
    if name.lower() not in flat.lower():
        probs.append(f"name {name!r} missing")
    if not re.search("[æøåÆØÅ]", t):
        probs.append("no Danish letters")
    if re.search("Ã|Â|\ufffd|Ã¦|Ã¸", t):
        probs.append("mojibake")
    odd = sorted(set(ch for ch in t if ord(ch) > 127 and ch not in ALLOWED))
    if odd:
        probs.append(f"unexpected characters {odd!r} (lost glyph mapping)")
    if re.search(r"\d 3 (hele|referat|Referat)", t):
        probs.append("lost dash")
    if probs:
        sys.exit(f"PDF check failed for {pdf}: {probs}")
    return max(1, t.count("\f"))


def main():
    model = json.loads((OUT / "model.json").read_text())
    if SRC.exists():
        shutil.rmtree(SRC)
    SRC.mkdir(parents=True)
    jobs = {}  # layout -> [(src, dest, mu, mt)]
    for half, hd in model["halves"].items():
        corpus = OUT / half / "corpus"
        if corpus.exists():
            shutil.rmtree(corpus)
        for mu in hd["munis"]:
            for mt in mu["meetings"]:
                rng = random.Random(f"{SEED}-{mt['path']}")
                dest = corpus / mt["path"]
                dest.parent.mkdir(parents=True, exist_ok=True)
                lay = mu["layout"]
                key = re.sub(r"[^A-Za-z0-9]", "_", f"{half}_{mt['path']}")
                if lay == "web_sidebar_utf8":
                    dest.write_text(page_web_sidebar(rng, mu, mt), encoding="utf-8")
                elif lay == "web_nav_cp1252":
                    dest.write_bytes(page_web_nav(rng, mu, mt).encode("cp1252"))
                elif lay == "chromium_print":
                    s = SRC / f"{key}.html"; s.write_text(page_chromium(rng, mu, mt)); jobs.setdefault(lay, []).append((s, dest, mu, mt, rng))
                elif lay == "wkhtml_print":
                    # wkhtmltopdf's font subsets lose the en dash in pdftotext; the secretary types hyphens
                    s = SRC / f"{key}.html"; s.write_text(page_wkhtml(rng, mu, mt).replace("–", "-")); jobs.setdefault(lay, []).append((s, dest, mu, mt, rng))
                elif lay == "weasy_agenda":
                    s = SRC / f"{key}.html"; s.write_text(page_weasy(rng, mu, mt)); jobs.setdefault(lay, []).append((s, dest, mu, mt, rng))
                elif lay == "lo_odt":
                    s = SRC / f"{key}.odt"; odt_write(s, rng, mu, mt); jobs.setdefault(lay, []).append((s, dest, mu, mt, rng))
                elif lay == "groff_protocol":
                    s = SRC / f"{key}.ms"; s.write_text(groff_src(rng, mu, mt)); jobs.setdefault(lay, []).append((s, dest, mu, mt, rng))
                elif lay == "enscript_protocol":
                    s = SRC / f"{key}.txt"; s.write_bytes(enscript_src(rng, mu, mt).encode("latin-1")); jobs.setdefault(lay, []).append((s, dest, mu, mt, rng))
    producers = {}
    for lay, js in sorted(jobs.items()):
        t0 = time.time()
        if lay == "lo_odt":
            outdir = SRC / "lo"
            run(["soffice", "--headless", "--norestore", "--convert-to", "pdf", "--outdir", str(outdir)] +
                [str(s) for s, *_ in js])
            for s, dest, *_ in js:
                shutil.move(str(outdir / (s.stem + ".pdf")), dest)
        elif lay == "weasy_agenda":
            lst = SRC / "weasy.json"
            lst.write_text(json.dumps([[str(s), str(dest)] for s, dest, *_ in js]))
            run(["/usr/bin/python3", "-c", "import json,sys,weasyprint\nfor s,d in json.load(open(sys.argv[1])):\n"
                 " weasyprint.HTML(filename=s).write_pdf(d)", str(lst)])
        else:
            for s, dest, mu, mt, rng in js:
                if lay == "chromium_print":
                    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
                         "--disable-background-networking",
                         "--no-pdf-header-footer", f"--user-data-dir={SRC / 'chromium-profile'}",
                         f"--print-to-pdf={dest}", s.resolve().as_uri()])
                elif lay == "wkhtml_print":
                    d = D(mt["date"]); sd, st = stamp_date(rng, mt)
                    run(["wkhtmltopdf", "--quiet", "--encoding", "utf-8", "--header-font-size", "7",
                         "--footer-font-size", "7", "--header-left", f"{T.kname(mu['name'])} - {mt['body']}",
                         "--header-right", T.fdate(d, "dash"), "--footer-left",
                         f"Udskrevet {T.fdate(sd, 'dot')} kl. {st}", "--footer-right", "Side [page] af [topage]",
                         str(s), str(dest)])
                elif lay == "groff_protocol":
                    ps = s.with_suffix(".ps")
                    run(["sh", "-c", 'groff -k -ms -Tps "$1" > "$2"', "sh", str(s), str(ps)])
                    run(["ps2pdf", str(ps), str(dest)])
                elif lay == "enscript_protocol":
                    ps = s.with_suffix(".ps")
                    d = D(mt["date"])
                    run(["enscript", "-q", "--encoding=latin1", "-f", "Courier9", "-o", str(ps),
                         f"--header={T.kname(mu['name'])}|{mt['body']} {T.fdate(d, 'dot')}|Side $% af $=".encode("latin-1"), str(s)])
                    run(["ps2pdf", str(ps), str(dest)])
        # Ghostscript re-distils every third PDF of this layout
        for k, (s, dest, mu, mt, rng) in enumerate(js):
            producers[mt["path"]] = lay
            if k % 3 == 1 and lay != "groff_protocol":
                tmp = dest.with_suffix(".gs.pdf")
                run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite", "-o", str(tmp), str(dest)])
                tmp.replace(dest)
                producers[mt["path"]] = lay + "+gs"
        print(f"  {lay}: {len(js)} PDFs in {time.time() - t0:.0f}s", flush=True)
    for half, hd in model["halves"].items():
        gp = OUT / half / "gold.json"
        gold = json.loads(gp.read_text())
        names = {mu["code"]: mu["name"] for mu in hd["munis"]}
        for path, g in gold["documents"].items():
            f = OUT / half / "corpus" / path
            if f.suffix == ".pdf":
                g["pages"] = check_pdf(f, names[g["municipality_code"]])
                g["producer"] = producers[path]
            else:
                raw = f.read_bytes()
                txt = raw.decode("utf-8" if "utf8" in g["producer"] else "cp1252")
                assert names[g["municipality_code"]] in txt, path
        gp.write_text(json.dumps(gold, ensure_ascii=False, indent=1, sort_keys=True))
    shutil.rmtree(SRC)


if __name__ == "__main__":
    main()
