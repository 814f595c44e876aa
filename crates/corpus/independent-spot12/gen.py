#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator for independent spot corpus 12 (period 2025H1). Python 3 standard library only.

  python3 gen.py OUT

Writes OUT/src (render sources), renders every document with its layout's producer, checks
every PDF with pdftotext, and writes OUT/{dev,holdout}/{corpus,gold.json,items.json} and
OUT/manifest.json.
"""
import csv, datetime, html, json, os, random, re, shutil, subprocess, sys, tempfile, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import cases  # noqa: E402

SEED = 12025
PERIOD = "2025H1"
LAYOUTS = {
    "dev": ["html-utf8", "pdf-libreoffice", "pdf-chromium", "pdf-groff-gs"],
    "holdout": ["html-cp1252", "pdf-wkhtmltopdf", "pdf-weasyprint", "pdf-gs-redistill"],
}
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december"]
WEEKDAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]
KB = {"Albertslund", "Ballerup", "Brøndby", "Dragør", "Gentofte", "Gladsaxe", "Glostrup", "Herlev",
      "Hvidovre", "Høje-Taastrup", "Ishøj", "Lyngby-Taarbæk", "Rødovre", "Tårnby", "Vallensbæk",
      "Furesø", "Egedal", "Halsnæs", "Gribskov", "Hørsholm", "Fredensborg", "Allerød", "Rudersdal",
      "Lejre", "Stevns", "Solrød", "Bornholm", "Ærø", "Fanø", "Samsø", "Læsø"}


def squash(s):
    s = unicodedata.normalize("NFKC", s or "").lower()
    return "".join(ch for ch in s if ch.isalnum())


def long_date(d):
    return "%d. %s %d" % (d.day, MONTHS[d.month - 1], d.year)


def council_name(muni):
    if muni == "København":
        return "Borgerrepræsentationen"
    return "Kommunalbestyrelsen" if muni in KB else "Byrådet"


def add_months(d, n):
    m = d.month - 1 + n
    return datetime.date(d.year + m // 12, m % 12 + 1, 1)


# ---------------------------------------------------------------- content model
def parse_body(text):
    """-> list of blocks: ('p', str) ('ul', [str]) ('table', [[cells]])"""
    blocks = []
    for para in text.split("\n\n"):
        lines = [l for l in para.split("\n") if l.strip()]
        if not lines:
            continue
        if all(l.startswith("| ") for l in lines):
            blocks.append(("table", [[c.strip() for c in l.strip().strip("|").split(" | ")] for l in lines]))
        elif all(l.startswith("- ") for l in lines):
            blocks.append(("ul", [l[2:] for l in lines]))
        else:
            for l in lines:
                blocks.append(("p", l))
    return blocks


def plain_item(number, title, secs):
    out = [title]
    for h, body in secs:
        out.append(h)
        for kind, v in parse_body(body):
            if kind == "p":
                out.append(v)
            elif kind == "ul":
                out.extend(v)
            else:
                out.extend(" ".join(r) for r in v)
    return "\n".join(out)


def fill(s, ctx):
    return s.format(**ctx)


# ---------------------------------------------------------------- plan
def plan():
    rng = random.Random(SEED)
    rows = list(csv.DictReader(open("/work/shared/data/kommuner.csv", encoding="utf-8")))
    picked = rng.sample(rows, 28)
    halves = {"dev": picked[:14], "holdout": picked[14:]}
    docs_by_half = {}
    gold_by_half = {}
    for half in ("dev", "holdout"):
        hr = random.Random("%d-%s" % (SEED, half))
        munis = halves[half]
        lay = LAYOUTS[half]
        muni_layout = {m["name"]: lay[i % len(lay)] for i, m in enumerate(munis)}
        gold_council, gold_nd = [], []
        for ci, c in enumerate(cases.CLASSES, 1):
            fl = [v for v in c["flag"] if v["half"] in (half, "both")]
            qu = [v for v in c["quiet"] if v["half"] in (half, "both")]
            for v in fl:
                gold_council.append((c, v, "flag"))
            for v in qu:
                gold_council.append((c, v, "quiet"))
            ndv = [v for v in c["flag"] if v["half"] == half][0]
            gold_nd.append((c, ndv, "committee" if ci % 2 == 0 else "out_of_period"))
        # meetings
        meetings = []
        for mi, m in enumerate(munis):
            months = sorted(hr.sample(range(1, 7), 2))
            for mo in months:
                day = hr.randint(8, 26)
                d = datetime.date(2025, mo, day)
                while d.weekday() > 3:
                    d += datetime.timedelta(days=1)
                meetings.append(dict(muni=m["name"], code=m["code"], date=d, kind="council", gold=[]))
        # distribute council gold, 2 per meeting, no class twice in one meeting
        for attempt in range(1000):
            order = gold_council[:]
            hr.shuffle(order)
            ok = all(order[2 * i][0]["cls"] != order[2 * i + 1][0]["cls"] for i in range(len(meetings)))
            if ok:
                break
        for i, mt in enumerate(meetings):
            mt["gold"] = [order[2 * i], order[2 * i + 1]]
        nd = gold_nd[:]
        hr.shuffle(nd)
        for i, m in enumerate(munis):
            c, v, kind = nd[i]
            if kind == "committee":
                d = datetime.date(2025, hr.randint(1, 6), hr.randint(5, 25))
            else:
                d = hr.choice([datetime.date(2024, 12, hr.randint(2, 18)), datetime.date(2024, 11, hr.randint(4, 27)),
                               datetime.date(2025, 8, hr.randint(18, 28)), datetime.date(2025, 9, hr.randint(1, 25))])
            while d.weekday() > 3:
                d += datetime.timedelta(days=1)
            meetings.append(dict(muni=m["name"], code=m["code"], date=d, kind=kind, gold=[(c, v, "quiet")]))
        # agendas
        docs = []
        for mt in meetings:
            ords = hr.sample(cases.ORDINARY[1:], 3 if mt["kind"] == "council" else 2)
            body_items = [("ord", o) for o in ords] + [("gold", g) for g in mt["gold"]]
            hr.shuffle(body_items)
            items = [("ord", cases.ORDINARY[0])] + body_items
            start = hr.choice([1, 1, 1, hr.randint(20, 180)])
            raad = council_name(mt["muni"])
            body_name = "Økonomiudvalget" if mt["kind"] == "committee" else raad
            ctx = dict(k=mt["muni"] + " Kommune", raad=raad, year=mt["date"].year,
                       past=long_date(add_months(mt["date"], -2)), future=long_date(add_months(mt["date"], 3)))
            out_items = []
            for n, (typ, x) in enumerate(items):
                num = start + n
                if typ == "ord":
                    title, secs = fill(x[0], ctx), [(h, fill(b, ctx)) for h, b in x[1]]
                    out_items.append(dict(number=num, title=title, secs=secs, gold=None))
                else:
                    c, v, expect = x
                    title = fill(v["title"], ctx)
                    secs = [(h, fill(b, ctx)) for h, b in v["secs"]]
                    out_items.append(dict(number=num, title=title, secs=secs, gold=dict(
                        cls=c["cls"], law=c["law"], variant=v["v"], place=v["place"], expect=expect,
                        phrase=fill(v["phrase"], ctx), why=v.get("why"))))
            layout = muni_layout[mt["muni"]]
            ext = "html" if layout.startswith("html") else "pdf"
            prefix = "oeu" if mt["kind"] == "committee" else "byraad"
            fname = "%s/%s-referat-%s.%s" % (mt["muni"], prefix, mt["date"].isoformat(), ext)
            docs.append(dict(document=fname, kind=mt["kind"], muni=mt["muni"], code=mt["code"], date=mt["date"],
                             body="committee" if mt["kind"] == "committee" else "council", body_name=body_name,
                             layout=layout, items=out_items, raad=raad))
        docs_by_half[half] = docs
    return docs_by_half, halves


# ---------------------------------------------------------------- HTML renderers
def h(s):
    return html.escape(s, quote=False)


def blocks_html(body, numbered_ol=False):
    out = []
    for kind, v in parse_body(body):
        if kind == "p":
            out.append("<p>%s</p>" % h(v))
        elif kind == "ul":
            out.append("<ul>%s</ul>" % "".join("<li>%s</li>" % h(x) for x in v))
        else:
            rows = ["<tr>%s</tr>" % "".join("<th>%s</th>" % h(c) for c in v[0])]
            rows += ["<tr>%s</tr>" % "".join("<td>%s</td>" % h(c) for c in r) for r in v[1:]]
            out.append('<table class="t" border="1" cellspacing="0" cellpadding="4">%s</table>' % "".join(rows))
    return "\n".join(out)


def dec_heading(doc, h_, style):
    if h_ != "Beslutning":
        return h_
    d = doc["date"]
    if style == 0:
        return "Beslutning i %s den %s" % (doc["body_name"], long_date(d))
    if style == 1:
        return "Beslutning"
    if style == 2:
        return "%s, %s" % (doc["body_name"], d.strftime("%d-%m-%Y"))
    return "%ss beslutning den %s" % (doc["body_name"], d.strftime("%d.%m.%Y"))


def case_no(doc, it):
    r = random.Random("%s-%s" % (doc["document"], it["number"]))
    return r.choice(["%02d.%02d.%02d-%s-%d-25" % (r.randint(0, 29), r.randint(0, 20), r.randint(0, 9), r.choice(["G01", "P20", "A00"]), r.randint(1, 400)),
                     "EMN-2025-%06d" % r.randint(1000, 99999), "Sagsnr. %d" % r.randint(100000, 999999)])


def header_lines(doc):
    d = doc["date"]
    return [("Udvalg", doc["body_name"]), ("Mødedato", "%s den %s" % (WEEKDAYS[d.weekday()], long_date(d))),
            ("Mødetidspunkt", "kl. 17.00"), ("Mødested", "Byrådssalen, Rådhuset"), ("Fraværende", "Ingen")]


def render_html(doc, style):
    """style: utf8 | cp1252 | lo | chromium | wk | weasy"""
    d = doc["date"]
    charset = "windows-1252" if style == "cp1252" else "utf-8"
    css = {
        "utf8": "body{font-family:Arial,sans-serif;max-width:60em;margin:auto} nav{font-size:small} h2{border-bottom:1px solid #888}",
        "cp1252": "body{font-family:Verdana,sans-serif;font-size:10pt} .pkt{background:#dde;padding:3px;font-weight:bold}",
        "lo": "body{font-family:'Liberation Serif',serif} h2{font-size:14pt}",
        "chromium": "body{font-family:'DejaVu Sans',sans-serif;font-size:10.5pt} h2{page-break-after:avoid;color:#124} @page{margin:2cm}",
        "wk": "body{font-family:'DejaVu Serif',serif;font-size:11pt} h2{page-break-after:avoid}",
        "weasy": "body{font-family:'DejaVu Sans',sans-serif;font-size:10pt} h2{break-after:avoid} @page{size:A4;margin:2cm;@bottom-right{content:'Side ' counter(page) ' af ' counter(pages)}}",
    }[style]
    o = ['<!DOCTYPE html>', '<html lang="da"><head><meta charset="%s">' % charset,
         '<title>%s – Referat %s</title><style>%s table.t{border-collapse:collapse}</style></head><body>' % (h(doc["body_name"]), d.strftime("%d.%m.%Y"), css)]
    if style == "utf8":
        o.append('<div class="crumbs">Gå til indhold · Forside › Politik › Dagsordener og referater</div>')
        o.append("<h1>%s – Referat</h1><dl>" % h(doc["body_name"]))
        for k, v in header_lines(doc):
            o.append("<dt>%s</dt><dd>%s</dd>" % (k, h(v)))
        o.append("</dl><nav><b>Punkter</b><ul>%s</ul></nav>" % "".join("<li>%d. %s</li>" % (it["number"], h(it["title"])) for it in doc["items"]))
    elif style == "cp1252":
        o.append('<table width="100%%"><tr><td><b>%s Kommune</b></td><td align="right">Referat</td></tr></table>' % h(doc["muni"]))
        o.append('<table>%s</table><hr>' % "".join("<tr><td><b>%s:</b></td><td>%s</td></tr>" % (k, h(v)) for k, v in header_lines(doc)))
    else:
        o.append(("<p><b>Referat af møde i %s</b></p>" if style == "lo" else "<h1>Referat af møde i %s</h1>") % h(doc["body_name"] if doc["body"] == "committee" else "%s i %s Kommune" % (doc["body_name"], doc["muni"])))
        o.append("<p>%s den %s kl. 17.00<br>Mødested: Rådhuset, mødesal 1<br>Afbud: ingen</p>" % (WEEKDAYS[d.weekday()].capitalize(), long_date(d)))
    dstyle = {"utf8": 0, "cp1252": 2, "lo": 1, "chromium": 3, "wk": 0, "weasy": 1}[style]
    for it in doc["items"]:
        num, title = it["number"], it["title"]
        if style == "utf8":
            o.append('<section><h2>Punkt %d: %s</h2><p class="sag">Sagsnr.: %s</p>' % (num, h(title), case_no(doc, it)))
        elif style == "cp1252":
            closed = title.startswith("Lukket") or any(x == "Lukket" or "lukkede døre" in b for x, b in it["secs"])
            o.append('<div class="pkt">Pkt. %d %s</div><p><i>%s</i> · %s</p>' % (num, h(title), case_no(doc, it), "Lukket punkt" if closed else "Åbent punkt"))
        elif style == "lo":
            o.append('<h2>Sag nr. %d: %s</h2><p>%s</p>' % (num, h(title), case_no(doc, it)))
        else:
            o.append('<h2>%d. %s</h2><p><small>%s</small></p>' % (num, h(title), case_no(doc, it)))
        for h_, body in it["secs"]:
            head = dec_heading(doc, h_, dstyle)
            if style == "cp1252":
                o.append("<p><b>%s</b></p>" % h(head))
            else:
                o.append("<h3>%s</h3>" % h(head))
            o.append(blocks_html(body))
        if style == "utf8":
            o.append('<p><a href="#">Til toppen</a></p></section>')
    if style == "utf8":
        o.append('<aside><b>Andre møder</b><ul><li>%s</li></ul></aside>' % long_date(add_months(d, 1)))
    o.append("</body></html>")
    s = "\n".join(o)
    return s.encode("cp1252") if style == "cp1252" else s.encode("utf-8")


# ---------------------------------------------------------------- groff renderer
def g_esc(s):
    s = s.replace("\\", "\\e")
    lines = []
    for l in s.split("\n"):
        if l.startswith(".") or l.startswith("'"):
            l = "\\&" + l
        lines.append(l)
    return "\n".join(lines)


def render_groff(doc):
    d = doc["date"]
    o = [".nr PS 11", ".nr VS 13", ".ds CH", ".ds CF Side %", ".LP",
         ".ce", "\\fB%s Kommune\\fP" % g_esc(doc["muni"]), ".sp", ".ce",
         "\\fBBeslutningsprotokol \\(en %s\\fP" % g_esc(doc["body_name"]), ".LP",
         g_esc("Mødedato: %s" % long_date(d)), ".br", g_esc("Mødetidspunkt: kl. 16.30"), ".br",
         g_esc("Mødested: Rådhuset"), ".br", g_esc("Afbud: ingen")]
    for it in doc["items"]:
        o += [".SH", g_esc("%d. %s" % (it["number"], it["title"])), ".LP", g_esc(case_no(doc, it))]
        for h_, body in it["secs"]:
            if h_ == "Beslutning":
                o += [".LP", "\\fI%s\\fP" % g_esc("Beslutning i %s" % doc["body_name"])]
            else:
                o += [".LP", "\\fB%s\\fP" % g_esc(h_)]
            for kind, v in parse_body(body):
                if kind == "p":
                    o += [".LP", g_esc(v)]
                elif kind == "ul":
                    for x in v:
                        o += [".IP \\(bu 3", g_esc(x)]
                else:
                    o += [".TS", "allbox tab(@);", " ".join(["lx"] * len(v[0])) + "."]
                    for r in v:
                        o.append("@".join("T{\n%s\nT}" % g_esc(c) for c in r))
                    o.append(".TE")
    return ("\n".join(o) + "\n").encode("utf-8")


# ---------------------------------------------------------------- producers
def run(cmd, **kw):
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)
    if p.returncode != 0:
        sys.stderr.write(p.stdout.decode("utf-8", "replace") + p.stderr.decode("utf-8", "replace"))
        raise SystemExit("command failed: %s" % " ".join(cmd))
    return p


def pdf_pages(path):
    t = run(["pdftotext", "-enc", "UTF-8", path, "-"]).stdout.decode("utf-8")
    pages = t.split("\f")
    if pages and not pages[-1].strip():
        pages = pages[:-1]
    return pages


def main():
    out = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "/tmp/ss12")
    if os.path.exists(out):
        shutil.rmtree(out)
    src = os.path.join(out, "src")
    os.makedirs(src)
    docs_by_half, halves = plan()
    work = tempfile.mkdtemp(prefix="ss12-")
    lo_jobs, chrome_jobs, wk_jobs, weasy_jobs, groff_jobs, redistill = [], [], [], [], [], []
    for half, docs in docs_by_half.items():
        for doc in docs:
            target = os.path.join(out, half, "corpus", doc["document"])
            os.makedirs(os.path.dirname(target), exist_ok=True)
            base = os.path.join(src, half, doc["document"].replace("/", "__").rsplit(".", 1)[0])
            os.makedirs(os.path.dirname(base), exist_ok=True)
            lay = doc["layout"]
            if lay == "html-utf8":
                open(target, "wb").write(render_html(doc, "utf8"))
            elif lay == "html-cp1252":
                open(target, "wb").write(render_html(doc, "cp1252"))
            elif lay in ("pdf-libreoffice", "pdf-gs-redistill"):
                open(base + ".html", "wb").write(render_html(doc, "lo"))
                lo_jobs.append((base, target, lay))
            elif lay == "pdf-chromium":
                open(base + ".html", "wb").write(render_html(doc, "chromium"))
                chrome_jobs.append((base, target))
            elif lay == "pdf-wkhtmltopdf":
                open(base + ".html", "wb").write(render_html(doc, "wk"))
                wk_jobs.append((base, target))
            elif lay == "pdf-weasyprint":
                open(base + ".html", "wb").write(render_html(doc, "weasy"))
                weasy_jobs.append((base, target))
            elif lay == "pdf-groff-gs":
                open(base + ".ms", "wb").write(render_groff(doc))
                groff_jobs.append((base, target))
    # LibreOffice: one batch call
    if lo_jobs:
        lodir = os.path.join(work, "lo")
        os.makedirs(lodir)
        prof = "file://" + os.path.join(work, "lo-profile")
        run(["soffice", "-env:UserInstallation=" + prof, "--headless", "--convert-to", "pdf:writer_web_pdf_Export",
             "--outdir", lodir] + [b + ".html" for b, t, l in lo_jobs])
        for b, t, l in lo_jobs:
            pdf = os.path.join(lodir, os.path.basename(b) + ".pdf")
            if l == "pdf-libreoffice":
                shutil.copy(pdf, t)
            else:
                run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite", "-dCompatibilityLevel=1.4",
                     "-o", t, pdf])
    for b, t in chrome_jobs:
        run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=" + os.path.join(work, "chr"),
             "--print-to-pdf=" + t, "file://" + b + ".html"])
    for b, t in wk_jobs:
        run(["wkhtmltopdf", "-q", "--encoding", "utf-8", "--footer-center", "Side [page] af [topage]",
             "--footer-font-size", "8", b + ".html", t])
    for b, t in weasy_jobs:
        run(["weasyprint", "-q", b + ".html", t])
    for b, t in groff_jobs:
        ps = run(["groff", "-k", "-t", "-ms", "-Tps", "-dpaper=a4", "-P-pa4", b + ".ms"]).stdout
        open(b + ".ps", "wb").write(ps)
        run(["ps2pdf", "-sPAPERSIZE=a4", b + ".ps", t])
    shutil.rmtree(work, ignore_errors=True)

    manifest = dict(seed=SEED, period=PERIOD, layouts={l: hf for hf, ls in LAYOUTS.items() for l in ls},
                    per_half_layouts=LAYOUTS, municipalities={hf: [m["name"] for m in ms] for hf, ms in halves.items()},
                    document_kinds={}, items={}, classes={}, pairs={})
    for half, docs in docs_by_half.items():
        gold, idx = [], []
        gid = 0
        for doc in sorted(docs, key=lambda d: d["document"]):
            target = os.path.join(out, half, "corpus", doc["document"])
            pdf = target.endswith(".pdf")
            if pdf:
                pages = pdf_pages(target)
                sq = [squash(p) for p in pages]
                alltext = "".join(pages)
                srctext = doc["body_name"] + "".join(plain_item(0, it["title"], it["secs"]) for it in doc["items"])
                if "ø" not in squash(alltext) or "Mødested" not in alltext:
                    raise SystemExit("%s: Danish letters not extracted" % target)
                for ch in "æøåÆØÅ":
                    if ch in srctext and ch not in alltext:
                        raise SystemExit("%s: letter %s missing in pdftotext output" % (target, ch))
                cat = "".join(sq)
                bounds, acc = [], 0
                for s_ in sq:
                    acc += len(s_)
                    bounds.append(acc)

                def page_of(off):
                    return next(i for i, b in enumerate(bounds) if off < b)
                starts, cur = [], 0
                for it in doc["items"]:
                    key = squash(it["title"])[:60]
                    pos = cat.find(key, cur)
                    if pos < 0:
                        raise SystemExit("%s: item title not found in text: %s" % (target, it["title"]))
                    starts.append(pos)
                    cur = pos + len(key)
                spans = []
                for i, pos in enumerate(starts):
                    end = starts[i + 1] - len(squash("Sag nr. %d" % doc["items"][i + 1]["number"])) - 1 if i + 1 < len(starts) else len(cat) - 1
                    spans.append([page_of(pos) + 1, max(page_of(pos), page_of(max(end, pos))) + 1])
            else:
                raw = open(target, "rb").read().decode("cp1252" if doc["layout"] == "html-cp1252" else "utf-8")
                for it in doc["items"]:
                    if squash(html.unescape(it["title"]))[:40] not in squash(html.unescape(re.sub("<[^>]+>", " ", raw))):
                        raise SystemExit("%s: title missing" % target)
                spans = [[1, 1]] * len(doc["items"])
            dentry = dict(document=doc["document"], kind=doc["kind"], pdf=pdf, municipality=doc["muni"],
                          municipality_code=doc["code"], meeting_date=doc["date"].isoformat(), body=doc["body"],
                          body_name=doc["body_name"], layout=doc["layout"], items=[])
            for it, sp in zip(doc["items"], spans):
                gref = None
                if it["gold"]:
                    gid += 1
                    g = it["gold"]
                    gref = "%s%02d" % ("D" if half == "dev" else "H", gid)
                    text = plain_item(it["number"], it["title"], it["secs"])
                    assert squash(g["phrase"]) in squash(text), (gref, g["phrase"])
                    if pdf:
                        span_sq = "".join(sq[sp[0] - 1:sp[1]])
                        if squash(g["phrase"])[:12] not in span_sq:
                            raise SystemExit("%s: phrase of %s not on pages %s: %s" % (target, gref, sp, g["phrase"]))
                    e = dict(id=gref, document=doc["document"], page=sp[0], pages=sp, item_number=it["number"],
                             item_title=it["title"], **{"class": g["cls"]}, expect="flag" if g["expect"] == "flag" else "quiet",
                             phrase=g["phrase"], variant=g["variant"], place=g["place"], municipality=doc["muni"],
                             meeting_date=doc["date"].isoformat(), body=doc["body"], meeting_kind=doc["kind"],
                             layout=doc["layout"], law=g["law"])
                    if e["expect"] == "quiet":
                        e["why_quiet"] = g["why"] if doc["kind"] == "council" else (
                            "planted problem in a %s meeting, which spot-check must not draw" % (
                                "committee (Økonomiudvalget)" if doc["kind"] == "committee" else "council meeting outside %s" % PERIOD))
                    gold.append(e)
                dentry["items"].append(dict(number=it["number"], title=it["title"],
                                            text=plain_item(it["number"], it["title"], it["secs"]), pages=sp, gold=gref))
            idx.append(dentry)
        json.dump(dict(seed=SEED, half=half, period=PERIOD, layouts=LAYOUTS[half], items=gold),
                  open(os.path.join(out, half, "gold.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
        json.dump(dict(documents=idx), open(os.path.join(out, half, "items.json"), "w", encoding="utf-8"),
                  ensure_ascii=False, indent=1)
        kinds = {}
        for d in idx:
            kinds[d["kind"]] = kinds.get(d["kind"], 0) + 1
        manifest["document_kinds"][half] = kinds
        manifest["items"][half] = dict(all=sum(len(d["items"]) for d in idx), gold=len(gold))
        per = {}
        for g in gold:
            r = per.setdefault(g["class"], dict(flag=0, quiet=0, not_drawn=0))
            r["flag" if g["expect"] == "flag" else ("quiet" if g["meeting_kind"] == "council" else "not_drawn")] += 1
        manifest["classes"][half] = per
        manifest["pairs"][half] = {c["cls"]: dict(
            flag=[v["v"] + ":" + v["place"] for v in c["flag"] if v["half"] in (half, "both")],
            quiet=[v["v"] + ":" + v["place"] for v in c["quiet"] if v["half"] in (half, "both")]) for c in cases.CLASSES}
    json.dump(manifest, open(os.path.join(out, "manifest.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print("wrote %s" % out)


if __name__ == "__main__":
    main()
