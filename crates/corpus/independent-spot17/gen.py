#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generate the independent-spot17 corpus: render sources, run producers, extract, label.

  gen.py OUT
"""
import csv, html, json, os, random, re, shutil, subprocess, sys, textwrap, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import content as C

SEED = 17
PERIOD = "2025H2"
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
LAYOUTS = {
    "dev": ["html_utf8", "html_per_item", "libreoffice", "wkhtmltopdf", "groff"],
    "holdout": ["html_cp1252", "chromium", "weasyprint", "enscript", "gs_redistilled"],
}
PRODUCER = {"html_utf8": "static HTML (utf-8)", "html_per_item": "static HTML, one file per item (utf-8)",
            "libreoffice": "LibreOffice soffice (HTML -> PDF)", "wkhtmltopdf": "wkhtmltopdf",
            "groff": "groff -ms -Tps + ps2pdf", "html_cp1252": "static HTML (windows-1252)",
            "chromium": "chromium --headless --print-to-pdf (with print stamps)",
            "weasyprint": "WeasyPrint", "enscript": "enscript (latin1) + ps2pdf",
            "gs_redistilled": "WeasyPrint, re-distilled by Ghostscript pdfwrite"}
COUNCIL_DATES = ["2025-08-28", "2025-09-25", "2025-10-30", "2025-11-27", "2025-12-18", "2025-08-21",
                 "2025-09-18", "2025-10-23", "2025-11-20", "2025-12-11"]
PEOPLE = ["Birthe Kjærgaard", "Søren Østergaard", "Jytte Mølgaard", "Åse Rasmussen", "Poul Frølund",
          "Kirsten Bøgh", "Ebbe Skovgård", "Grethe Hjørnholm", "Niels Ærtebjerg", "Lone Fænø"]
MEMBERS = ["Hanne Lykkegård (A)", "Morten Kjær (V)", "Susanne Brøndum (F)", "Jørgen Høeg (C)",
           "Mette Dalsgård (Ø)", "Anders Sønderby (O)", "Lise Grøn (B)", "Torben Ågaard (I)"]
FIRMS = ["Nørgaard Logistik", "Vestkyst Ejendomme", "Dansk Træværk", "Fjordhøj Invest", "Skovbo Gruppen",
         "Lyngsø Byg", "Havnefronten Restauration", "Bøgely Holding"]
FIRMS2 = ["Østby", "Kærby", "Søndermark", "Fælledvej", "Højby", "Grønnegade"]
STREETS = ["Møllevej", "Skovbrynet", "Kærgårdsvej", "Søndergade", "Æblehaven", "Præstemarken",
           "Fjordvænget", "Ørnevej", "Bækkeløkke", "Gåsetorvet"]


def dk_date(iso):
    y, m, d = map(int, iso.split("-"))
    return "%d. %s %d" % (d, MONTHS[m - 1], y)


def squash(s):
    s = unicodedata.normalize("NFKC", s or "").lower()
    return "".join(ch for ch in s if ch.isalnum())


def run(cmd, env=None, **kw):
    p = subprocess.run(["nice", "-n", "10"] + cmd, env=env, capture_output=True, text=True, **kw)
    if p.returncode != 0:
        sys.stderr.write(p.stdout + p.stderr)
        raise SystemExit("producer failed: %s" % " ".join(cmd[:3]))
    return p


# ------------------------------------------------------------------ model
def fill(s, ctx):
    return s.format(**ctx) if s else s


def make_item(v, ctx):
    it = {"title": fill(v["title"], ctx), "closed": v.get("closed", False), "sec": []}
    for key in ("bg", "table", "att", "hear", "amend", "rec", "dec"):
        if key in v:
            val = v[key]
            if key == "table":
                val = [[fill(c, ctx) for c in row] for row in val]
            elif key == "rec":
                val = [fill(x, ctx) for x in val]
            else:
                val = fill(val, ctx)
            it["sec"].append((key, val))
    return it


def ordinary_item(t, ctx):
    title, bg, rec, dec = t
    it = {"title": fill(title, ctx), "closed": title.startswith("Lukket"), "sec": [("bg", fill(bg, ctx))]}
    if rec:
        it["sec"].append(("rec", [fill(x, ctx) for x in rec]))
    it["sec"].append(("dec", dec))
    return it


SECNAMES = {
    "dev": {"bg": "Sagsfremstilling", "table": "Oversigt", "att": "Bilag", "hear": "Høring",
            "amend": "Behandling", "rec": "Indstilling", "dec": "Beslutning i {BODY} den {DD}"},
    "holdout": {"bg": "Sagens kerne", "table": "Skema", "att": "Vedlagte bilag", "hear": "Høring og sagsgang",
                "amend": "Ændringsforslag", "rec": "Forvaltningen indstiller", "dec": "{BODYG} beslutning {DD}"},
}
HEADFMT = {"html_utf8": "Punkt {n}: {t}", "html_per_item": "{n}. {t}", "libreoffice": "Sag nr. {n} {t}",
           "wkhtmltopdf": "{n}. {t}", "groff": "Pkt. {n} - {t}", "html_cp1252": "Punkt {n} {t}",
           "chromium": "Nr. {n} - {t}", "weasyprint": "{n} {t}", "enscript": "PUNKT {n}. {t}",
           "gs_redistilled": "Sag {n}: {t}"}


def sec_name(half, key, doc):
    return SECNAMES[half][key].format(BODY=doc["body_name"], BODYG=doc["body_gen"], DD=doc["date_text"])


def item_plain(half, doc, it, num):
    lines = [HEADFMT[doc["layout"]].format(n=num, t=it["title"])]
    lines.append("%s  Sagsnr.: %s" % ("Lukket punkt" if it["closed"] else "Åbent punkt", it["sagsnr"]))
    for key, val in it["sec"]:
        lines.append(sec_name(half, key, doc))
        if key == "table":
            lines += ["  |  ".join(r) for r in val]
        elif key == "rec":
            lines += ["- " + x for x in val]
        else:
            lines.append(val)
    return "\n".join(lines)


# ------------------------------------------------------------------ HTML render
CSS = {
    "libreoffice": "body{font-family:'Liberation Serif';font-size:11pt} h2{font-size:13pt}",
    "wkhtmltopdf": "body{font-family:'DejaVu Sans',sans-serif;font-size:10pt;margin:1.5cm} h2{border-bottom:1px solid #888} table{border-collapse:collapse} td{border:1px solid #999;padding:2px 6px}",
    "chromium": "@page{margin:2cm 1.6cm} body{font-family:'Liberation Sans',sans-serif;font-size:10.5pt} .side{font-size:8pt;color:#555} td{border:1px solid #bbb;padding:3px}",
    "weasyprint": "@page{size:A4;margin:2cm;@bottom-right{content:'Side ' counter(page) ' af ' counter(pages)}} body{font-family:'DejaVu Serif';font-size:10pt} td{border:1px solid #aaa;padding:2px}",
    "gs_redistilled": "@page{size:A4;margin:2.2cm 2cm;@top-left{content:'Beslutningsprotokol'}} body{font-family:'Liberation Sans';font-size:10pt} h2{font-size:12pt;background:#eee} td{border:1px solid #777;padding:2px}",
    "html_utf8": "body{font-family:Arial,sans-serif;max-width:50em}",
    "html_cp1252": "body{font-family:Verdana}",
    "html_per_item": "body{font-family:Georgia}",
}


def header_html(doc):
    h = ["<h1>%s</h1>" % html.escape(doc["title_line"])]
    rows = [("Udvalg", doc["body_name"]), ("Mødedato", doc["date_text"]), ("Mødetidspunkt", "kl. 17.00"),
            ("Mødested", "Rådhuset, Byrådssalen"), ("Afbud", doc["absent"])]
    if doc["layout"] in ("html_cp1252", "chromium", "gs_redistilled"):
        h.append("<p>" + "<br>".join("%s: %s" % (html.escape(a), html.escape(b)) for a, b in rows) + "</p>")
    else:
        h.append("<table>" + "".join("<tr><td>%s</td><td>%s</td></tr>" % (html.escape(a), html.escape(b)) for a, b in rows) + "</table>")
    return "\n".join(h)


def item_html(half, doc, it, num):
    e = html.escape
    out = ['<div class="item"><h2 id="p%d">%s</h2>' % (num, e(HEADFMT[doc["layout"]].format(n=num, t=it["title"])))]
    out.append("<p><i>%s</i> &nbsp; Sagsnr.: %s</p>" % ("Lukket punkt" if it["closed"] else "Åbent punkt", e(it["sagsnr"])))
    for key, val in it["sec"]:
        out.append("<h3>%s</h3>" % e(sec_name(half, key, doc)))
        if key == "table":
            out.append("<table>" + "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % e(c) for c in r) for r in val) + "</table>")
        elif key == "rec":
            out.append("<ul>" + "".join("<li>%s</li>" % e(x) for x in val) + "</ul>")
        else:
            out.append("<p>%s</p>" % e(val))
    out.append("</div>")
    return "\n".join(out)


def page_html(doc, body, charset="utf-8", title=None):
    return ('<!DOCTYPE html>\n<html lang="da"><head><meta charset="%s"><title>%s</title><style>%s</style></head>\n'
            '<body>\n%s\n</body></html>\n') % (charset, html.escape(title or doc["title_line"]), CSS[doc["layout"]], body)


# ------------------------------------------------------------------ groff / enscript
def tr_esc(s):
    s = s.replace("\\", "\\e")
    return "\n".join(("\\&" + l if l[:1] in ".'" else l) for l in s.split("\n"))


def groff_src(half, doc, items):
    L = [".nh", ".ad l", ".ds CH", ".ds CF Side %", ".LP", ".ps 14", "\\fB%s\\fP" % tr_esc(doc["title_line"]), ".ps 10", ".LP",
         tr_esc("Mødedato: %s, kl. 17.00" % doc["date_text"]), ".br", tr_esc("Mødested: Rådhuset"), ".br", tr_esc("Afbud: %s" % doc["absent"])]
    for num, it in items:
        L += [".SH", tr_esc(HEADFMT[doc["layout"]].format(n=num, t=it["title"])), ".LP",
              tr_esc("%s  Sagsnr.: %s" % ("Lukket punkt" if it["closed"] else "Åbent punkt", it["sagsnr"]))]
        for key, val in it["sec"]:
            L += [".LP", "\\fI%s\\fP" % tr_esc(sec_name(half, key, doc)), ".br"]
            if key == "table":
                L += [".TS", "allbox;", " ".join(["l"] * len(val[0])) + "."]
                L += ["\t".join(tr_esc(c) for c in r) for r in val]
                L += [".TE"]
            elif key == "rec":
                for x in val:
                    L += [".IP \\(bu 2", tr_esc(x)]
            else:
                L.append(tr_esc(val))
    return "\n".join(L) + "\n"


def enscript_src(half, doc, items):
    W = 76
    L = [doc["title_line"], "=" * min(W, len(doc["title_line"])), "Mødedato: %s kl. 17.00" % doc["date_text"],
         "Mødested: Rådhuset", "Afbud: %s" % doc["absent"], ""]
    for num, it in items:
        L += ["", HEADFMT[doc["layout"]].format(n=num, t=it["title"]),
              "%s  Sagsnr.: %s" % ("Lukket punkt" if it["closed"] else "Åbent punkt", it["sagsnr"])]
        for key, val in it["sec"]:
            L += ["", sec_name(half, key, doc).upper()]
            if key == "table":
                L += textwrap.wrap(" | ".join(r), W, break_on_hyphens=False) if False else [" | ".join(r)[:200] for r in val]
            elif key == "rec":
                for x in val:
                    L += textwrap.wrap("* " + x, W, subsequent_indent="  ", break_on_hyphens=False, break_long_words=False)
            else:
                L += textwrap.wrap(val, W, break_on_hyphens=False, break_long_words=False)
    return "\n".join(L) + "\n"


# ------------------------------------------------------------------ extraction & spans
def pdftext(path):
    return subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], capture_output=True, text=True, check=True).stdout


def spans(text, headings):
    """Locate headings in order in extracted text; return per item (start, end) char offsets."""
    sq, idx = [], []
    norm = unicodedata.normalize("NFKC", text).lower()
    # map squashed positions back to offsets in text (NFKC of these texts keeps length for our chars)
    for i, ch in enumerate(text):
        c = unicodedata.normalize("NFKC", ch).lower()
        for cc in c:
            if cc.isalnum():
                sq.append(cc)
                idx.append(i)
    s = "".join(sq)
    starts, pos = [], 0
    for h in headings:
        k = s.find(squash(h), pos)
        if k < 0:
            raise SystemExit("heading not found in extracted text: %r" % h)
        starts.append(idx[k])
        pos = k + 1
    return [(st, starts[i + 1] if i + 1 < len(starts) else len(text)) for i, st in enumerate(starts)]


def page_of(text, off):
    return text.count("\f", 0, off) + 1


# ------------------------------------------------------------------ build
def main():
    out = os.path.abspath(sys.argv[1])
    if os.path.exists(out):
        shutil.rmtree(out)
    os.makedirs(out)
    home = os.path.join(out, "src", "home")
    os.makedirs(home)
    env = dict(os.environ, HOME=home, XDG_CONFIG_HOME=os.path.join(home, ".config"),
               XDG_CACHE_HOME=os.path.join(home, ".cache"), LC_ALL="C.UTF-8")
    rng = random.Random(SEED)
    kom = list(csv.DictReader(open("/work/shared/data/kommuner.csv", encoding="utf-8")))
    chosen = rng.sample(kom, 24)
    halves = {"dev": chosen[:12], "holdout": chosen[12:]}
    manifest = {"seed": SEED, "period": PERIOD, "layouts": {}, "halves": {}}
    for half in ("dev", "holdout"):
        for l in LAYOUTS[half]:
            manifest["layouts"][l] = {"half": half, "producer": PRODUCER[l]}
    for half in ("dev", "holdout"):
        manifest["halves"][half] = build_half(out, half, halves[half], rng, env)
    json.dump(manifest, open(os.path.join(out, "manifest.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)


def build_half(out, half, munis, rng, env):
    variants = C.DEV if half == "dev" else C.HOLD
    ordinary = C.ORDINARY_DEV if half == "dev" else C.ORDINARY_HOLD
    docs = []
    for i, m in enumerate(munis):
        layout = LAYOUTS[half][i % 5]
        name = m["name"]
        body = "Borgerrepræsentationen" if name == "København" else ("Kommunalbestyrelsen" if i % 3 == 2 else "Byrådet")
        dates = sorted(rng.sample(COUNCIL_DATES, 3))
        for d in dates:
            docs.append(dict(muni=name, code=m["code"], layout=layout, kind="council", date=d, body_name=body))
    # not-drawn meetings: 2 Økonomiudvalget in the period, 2 council meetings outside it
    for j, (kind, d) in enumerate([("committee", "2025-09-10"), ("committee", "2025-11-12"),
                                   ("out_of_period", "2025-06-19"), ("out_of_period", "2026-01-29")]):
        m = munis[(j * 5 + 1) % 12]
        i = munis.index(m)
        base = [x for x in docs if x["muni"] == m["name"]][0]
        docs.append(dict(muni=m["name"], code=m["code"], layout=base["layout"], kind=kind, date=d,
                         body_name="Økonomiudvalget" if kind == "committee" else base["body_name"]))
    for doc in docs:
        doc["date_text"] = dk_date(doc["date"])
        bn = doc["body_name"]
        doc["body_gen"] = {"Byrådet": "Byrådets", "Kommunalbestyrelsen": "Kommunalbestyrelsens",
                           "Borgerrepræsentationen": "Borgerrepræsentationens", "Økonomiudvalget": "Økonomiudvalgets"}[bn]
        place = doc["muni"]
        doc["title_line"] = {"dev": "Referat - %s, %s Kommune" % (bn, place),
                             "holdout": "Beslutningsprotokol for %s i %s Kommune" % (bn.lower() if bn != "Borgerrepræsentationen" else bn, place)}[half]
        doc["absent"] = rng.choice(MEMBERS)
        doc["items"] = []
    council = [d for d in docs if d["kind"] == "council"]
    notdrawn = [d for d in docs if d["kind"] != "council"]
    # distribute gold variants over council meetings: no two of one class in one meeting
    vs = list(variants)
    rng.shuffle(vs)
    slots = {id(d): [] for d in council}
    k = 0
    for v in vs:
        for tries in range(len(council)):
            d = council[(k + tries) % len(council)]
            if all(x["cls"] != v["cls"] for x in slots[id(d)]):
                slots[id(d)].append(v)
                k = (k + tries + 1) % len(council)
                break
        else:
            raise SystemExit("cannot place variant")
    # planted problems in not-drawn meetings: flag variants of six classes
    flags = [v for v in variants if v["exp"] == "flag"]
    seen, nd = set(), []
    for v in flags:
        if v["cls"] not in seen:
            seen.add(v["cls"])
            nd.append(v)
    nd = nd[:8]
    for j, v in enumerate(nd):
        slots.setdefault(id(notdrawn[j % 4]), []).append(v)
    gold = []
    gid = 0
    for doc in docs:
        ctx_base = dict(K=doc["muni"], BODY=doc["body_name"])
        y, mo, _ = map(int, doc["date"].split("-"))
        pm = mo - 1 or 12
        py = y if mo > 1 else y - 1
        d0 = "1. %s %d" % (MONTHS[pm - 1], py)
        d1 = "1. %s %d" % (MONTHS[mo % 12], y + (1 if mo == 12 else 0))
        ords = rng.sample([o for o in ordinary if not o[0].startswith("Lukket")], 3)
        items = [(ordinary_item(ordinary[0], ctx_base), None)] if ordinary[0] not in ords else []
        items += [(ordinary_item(o, dict(ctx_base, N=rng.randint(100, 480), G=rng.choice(STREETS))), None) for o in ords]
        planted = slots.get(id(doc), [])
        openv = [v for v in planted if not v.get("closed")]
        closedv = [v for v in planted if v.get("closed")]
        for v in openv + closedv:
            ctx = dict(ctx_base, P=rng.choice(PEOPLE), F=rng.choice(FIRMS), F2=rng.choice(FIRMS2),
                       A=rng.choice(["2,4", "3,1", "4,75", "6,2", "8,9"]), B=rng.choice(["125.000", "250.000", "450.000", "180.000", "95.000"]),
                       D=doc["date_text"], D0=d0, D1=d1, G=rng.choice(STREETS), M=rng.choice(MEMBERS),
                       N=rng.randint(100, 480), C="udvalget")
            it = make_item(v, ctx)
            if not any(squash(fill(v["phrase"], ctx)) in squash(x if isinstance(x, str) else json.dumps(x, ensure_ascii=False)) for _, x in it["sec"]) and squash(fill(v["phrase"], ctx)) not in squash(it["title"]):
                raise SystemExit("phrase not in item source: %s" % v["v"])
            gid += 1
            it["gold"] = "%s-%03d" % (half[0], gid)
            it["v"], it["phrase"] = v, fill(v["phrase"], ctx)
            if v.get("closed"):
                items.append((it, v))
            else:
                items.insert(rng.randint(1, len(items)), (it, v))
        items.append((ordinary_item([o for o in ordinary if o[0].startswith("Lukket")][0], ctx_base), None))
        for n, (it, v) in enumerate(items):
            it["sagsnr"] = "%02d.%02d.%02d-%s-%d-25" % (rng.randint(0, 85), rng.randint(0, 20), rng.randint(0, 20),
                                                       rng.choice(["P20", "A00", "G01", "K07"]), rng.randint(10, 999))
        first = {"dev": 1, "holdout": 20 + 26 * (mo - 1) + rng.randint(0, 4)}[half]
        doc["items"] = [(first + n, it) for n, (it, v) in enumerate(items)]
    return render_half(out, half, docs, env)


def render_half(out, half, docs, env):
    cdir = os.path.join(out, half, "corpus")
    sdir = os.path.join(out, "src", half)
    os.makedirs(sdir)
    fname = lambda d: "%s-referat-%s" % ("oeu" if d["kind"] == "committee" else "byraad", d["date"])
    jobs = {}
    for doc in docs:
        lay = doc["layout"]
        mdir = os.path.join(cdir, doc["muni"])
        os.makedirs(mdir, exist_ok=True)
        base = fname(doc)
        body = header_html(doc) + "\n" + "\n".join(item_html(half, doc, it, n) for n, it in doc["items"])
        if lay in ("html_utf8", "html_cp1252"):
            cs = "utf-8" if lay == "html_utf8" else "windows-1252"
            toc = "<nav><p>Gå til indhold</p><ol>" + "".join('<li><a href="#p%d">%s</a></li>' % (n, html.escape(it["title"])) for n, it in doc["items"]) + "</ol></nav>"
            page = page_html(doc, toc + body, cs)
            open(os.path.join(mdir, base + ".html"), "wb").write(page.encode(cs))
            doc["files"] = [(base + ".html", [n for n, _ in doc["items"]])]
        elif lay == "html_per_item":
            os.makedirs(os.path.join(mdir, base), exist_ok=True)
            doc["files"] = []
            for n, it in doc["items"]:
                head = "<p>%s &middot; Møde %s kl. 17.00</p>" % (html.escape(doc["body_name"]), doc["date_text"])
                pg = page_html(doc, head + item_html(half, doc, it, n) + '<p><a href="#">Til toppen</a></p>', title="%s - %s" % (it["title"], doc["body_name"]))
                fn = "%s/punkt-%02d.html" % (base, n)
                open(os.path.join(mdir, fn), "w", encoding="utf-8").write(pg)
                doc["files"].append((fn, [n]))
        else:
            doc["files"] = [(base + ".pdf", [n for n, _ in doc["items"]])]
            target = os.path.join(mdir, base + ".pdf")
            stem = os.path.join(sdir, "%s-%s" % (doc["code"], base))
            if lay == "groff":
                open(stem + ".ms", "w", encoding="utf-8").write(groff_src(half, doc, doc["items"]))
                ps = run(["groff", "-k", "-Kutf8", "-t", "-ms", "-Tps", stem + ".ms"], env=env).stdout
                open(stem + ".ps", "w", encoding="latin-1").write(ps)
                run(["ps2pdf", stem + ".ps", target], env=env)
            elif lay == "enscript":
                open(stem + ".txt", "wb").write(enscript_src(half, doc, doc["items"]).encode("latin-1"))
                run(["enscript", "-q", "-X", "latin1", "-f", "Courier10", ("--header=%s Kommune|%s|Side $%% af $=" % (doc["muni"], doc["body_name"])).encode("latin-1"),
                     "-o", stem + ".ps", stem + ".txt"], env=env)
                run(["ps2pdf", stem + ".ps", target], env=env)
            else:
                if lay == "chromium":
                    # a browser print stamp, fixed so that it repeats on every page (deterministic)
                    body = ('<div class="side" style="text-align:right">Udskrevet %s kl. 08.12 - '
                            'https://dagsorden.%s.dk/meetings/%s</div>' % (dk_date(doc["date"][:8] + "28") if False else "%s.%s.%s" % (doc["date"][8:], doc["date"][5:7], doc["date"][:4]),
                                                                       squash(doc["muni"]).replace("ø", "oe").replace("æ", "ae").replace("å", "aa"), doc["date"])) + body
                open(stem + ".html", "w", encoding="utf-8").write(page_html(doc, body))
                jobs.setdefault(lay, []).append((stem, target))
    # producers that take HTML, one at a time
    for lay, lst in jobs.items():
        if lay == "libreoffice":
            lo_out = os.path.join(sdir, "lo")
            run(["soffice", "-env:UserInstallation=file://" + os.path.join(env["HOME"], "lo"), "--headless",
                 "--convert-to", "pdf:writer_web_pdf_Export", "--outdir", lo_out] + [s + ".html" for s, _ in lst], env=env)
            for s, t in lst:
                shutil.copy(os.path.join(lo_out, os.path.basename(s) + ".pdf"), t)
        for s, t in lst:
            if lay == "wkhtmltopdf":
                run(["wkhtmltopdf", "-q", "--footer-center", "Side [page] af [topage]", "--footer-font-size", "8",
                     s + ".html", t], env=env)
            elif lay == "chromium":
                run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=" + os.path.join(env["HOME"], "chr"),
                     "--no-pdf-header-footer", "--print-to-pdf=" + t, "file://" + s + ".html"], env=env)
            elif lay == "weasyprint":
                run(["weasyprint", s + ".html", t], env=env)
            elif lay == "gs_redistilled":
                run(["weasyprint", s + ".html", s + ".pdf"], env=env)
                run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite", "-dCompatibilityLevel=1.5",
                     "-o", t, s + ".pdf"], env=env)
    # extract and label
    idx_docs, gold = [], []
    for doc in docs:
        bydate = {n: it for n, it in doc["items"]}
        for fn, nums in doc["files"]:
            rel = "%s/%s" % (doc["muni"], fn)
            path = os.path.join(cdir, rel)
            ispdf = fn.endswith(".pdf")
            if ispdf:
                text = pdftext(path)
                heads = [HEADFMT[doc["layout"]].format(n=n, t=bydate[n]["title"]) for n in nums]
                sp = spans(text, heads)
            else:
                texts = [item_plain(half, doc, bydate[n], n) for n in nums]
            items = []
            for k, n in enumerate(nums):
                it = bydate[n]
                if ispdf:
                    a, b = sp[k]
                    itext = text[a:b].rstrip("\f\n ")
                    pages = [page_of(text, a), page_of(text, a + len(itext))]
                else:
                    itext, pages = texts[k], [1, 1]
                g = it.get("gold")
                items.append({"number": str(n), "title": it["title"], "text": itext, "pages": pages, "gold": g})
                if g:
                    v = it["v"]
                    pg = pages[0]
                    if ispdf:
                        # page of the phrase
                        s = squash(itext)
                        pos = s.find(squash(it["phrase"]))
                        cnt, ppos = 0, a
                        for off, ch in enumerate(itext):
                            if cnt >= pos:
                                ppos = a + off
                                break
                            if unicodedata.normalize("NFKC", ch).lower().isalnum():
                                cnt += 1
                        pg = page_of(text, ppos)
                    rec = {"id": g, "document": rel, "page": pg, "pages": pages, "item_number": str(n),
                           "item_title": it["title"], "class": v["cls"], "expect": v["exp"] if doc["kind"] == "council" else "quiet",
                           "phrase": it["phrase"], "variant": v["v"], "municipality": doc["muni"], "municipality_code": doc["code"],
                           "meeting_date": doc["date"], "body": doc["body_name"], "meeting_kind": doc["kind"],
                           "layout": doc["layout"], "law": C.LAW[v["cls"]]}
                    if v["exp"] == "quiet":
                        rec["why_quiet"] = v["why"]
                    elif doc["kind"] != "council":
                        rec["why_quiet"] = "planted problem in a %s meeting, which spot-check must not draw" % doc["kind"].replace("_", "-")
                    gold.append(rec)
            idx_docs.append({"document": rel, "kind": doc["kind"], "pdf": ispdf, "municipality": doc["muni"],
                             "municipality_code": doc["code"], "meeting_date": doc["date"],
                             "body": "committee" if doc["kind"] == "committee" else "council", "body_name": doc["body_name"],
                             "layout": doc["layout"], "items": items})
    gold.sort(key=lambda g: g["id"])
    hdir = os.path.join(out, half)
    meta = {"seed": SEED, "half": half, "period": PERIOD, "layouts": LAYOUTS[half]}
    json.dump(dict(meta, items=gold), open(os.path.join(hdir, "gold.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    json.dump({"documents": idx_docs}, open(os.path.join(hdir, "items.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    counts = {}
    for g in gold:
        c = counts.setdefault(g["class"], {"flag": 0, "quiet": 0, "not_drawn": 0})
        c["not_drawn" if g["meeting_kind"] != "council" else g["expect"]] += 1
    return {"layouts": LAYOUTS[half], "municipalities": sorted({d["muni"] for d in docs}),
            "documents": dict((k, sum(1 for d in idx_docs if d["kind"] == k)) for k in ("council", "committee", "out_of_period")),
            "meetings": len(docs), "items": sum(len(d["items"]) for d in idx_docs), "classes": counts}


if __name__ == "__main__":
    main()
