#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Build independent spot corpus 16 (period 2025H1).  gen.py OUT"""
import csv, datetime, html, json, os, random, re, shutil, subprocess, sys, unicodedata
from concurrent.futures import ThreadPoolExecutor

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cases

SEED = 16250101
PERIOD = "2025H1"
HERE = os.path.dirname(os.path.abspath(__file__))
KOMMUNER = "/work/shared/data/kommuner.csv"

LAYOUTS = {  # name -> (half, kind)
    "html_os2_utf8": ("dev", "html"),
    "html_items_utf8": ("dev", "html"),
    "pdf_soffice": ("dev", "pdf"),
    "pdf_chromium": ("dev", "pdf"),
    "pdf_groff": ("dev", "pdf"),
    "html_edoc_cp1252": ("holdout", "html"),
    "pdf_wkhtmltopdf": ("holdout", "pdf"),
    "pdf_weasyprint": ("holdout", "pdf"),
    "pdf_enscript": ("holdout", "pdf"),
    "pdf_gs_redistilled": ("holdout", "pdf"),
}


CLASSNUM = {}
for _k, _v in cases.FLAGS.items():
    CLASSNUM[_v[0](cases.Ctx(random.Random(0), "X", "Byrådet", datetime.date(2025, 3, 3), 0))["cls"]] = "%02d_%s" % (_k, _v[0](cases.Ctx(random.Random(0), "X", "Byrådet", datetime.date(2025, 3, 3), 0))["cls"])


def squash(s):
    s = unicodedata.normalize("NFKC", s or "").lower()
    return "".join(ch for ch in s if ch.isalnum())


def slug(s):
    s = s.replace("æ", "ae").replace("ø", "oe").replace("å", "aa").replace("Æ", "Ae").replace("Ø", "Oe").replace("Å", "Aa")
    return re.sub(r"[^A-Za-z0-9]+", "-", s).strip("-")


def meeting_dates(rng, n):
    days = set()
    while len(days) < n:
        m = rng.randrange(1, 7)
        d = rng.randrange(8, 28)
        dt = datetime.date(2025, m, d)
        if dt.weekday() < 5:
            days.add(dt)
    return sorted(days)


def item_plain(num, it, dec_head):
    lines = ["%s. %s" % (num, it["title"])]
    if it.get("closed"):
        lines.append("Lukket punkt")
    lines.append("Sagsnr.: %s" % it["sagsnr"])
    for h, t in it["sections"]:
        lines.append(h)
        lines.append(t.replace("TABLE:", ""))
    lines.append(dec_head)
    lines.append(it["decision"])
    if it.get("box"):
        lines.append(it["box"])
    return "\n".join(lines)


# ------------------------------------------------------------------ HTML rendering
CSS = {
    "html_os2_utf8": "body{font-family:sans-serif;max-width:60em} h2{border-bottom:1px solid #888} .box{border:2px solid #333;padding:6px;margin:8px 0}",
    "html_items_utf8": "body{font-family:Arial} .box{border:1px solid #000;padding:5px}",
    "html_edoc_cp1252": "body{font-family:Verdana;font-size:10pt} .box{border:1px dashed #000;padding:5px}",
    "pdf_soffice": "body{font-family:'DejaVu Serif'} .box{border:1px solid black}",
    "pdf_chromium": "body{font-family:'DejaVu Sans';font-size:11pt} h2{font-size:13pt} .box{border:1.5px solid #000;padding:6px}",
    "pdf_wkhtmltopdf": "body{font-family:'Liberation Sans','DejaVu Sans';font-size:12pt} .box{border:1px solid #000;padding:6px}",
    "pdf_weasyprint": "@page{size:A4;margin:2cm;@bottom-right{content:'Side ' counter(page) ' af ' counter(pages)}} body{font-family:'DejaVu Sans';font-size:11pt} .box{border:1px solid #000;padding:6px}",
    "pdf_gs_redistilled": "body{font-family:'DejaVu Serif';font-size:11pt} .box{border:2px solid #000;padding:6px}",
}


def sec_html(h, t):
    out = ["<h3>%s</h3>" % html.escape(h)]
    for para in t.split("\n\n"):
        if "TABLE:" in para:
            pre, rest = para.split("TABLE:", 1)
            rows = rest.split("\n")
            out.append("<p>%s</p><table border='1' cellpadding='3'>" % html.escape(pre.strip()))
            tail = []
            for i, r in enumerate(rows):
                if "|" in r:
                    tag = "th" if i == 0 else "td"
                    out.append("<tr>%s</tr>" % "".join("<%s>%s</%s>" % (tag, html.escape(x.strip()), tag) for x in r.split("|")))
                else:
                    tail.append(r)
            out.append("</table><p>%s</p>" % html.escape(" ".join(tail)))
        else:
            out.append("<p>%s</p>" % html.escape(para).replace("\n", "<br>"))
    return "\n".join(out)


DECISION_FIRST = ("html_edoc_cp1252", "pdf_wkhtmltopdf")


def item_html(num, it, dec_head, layout=None):
    h = ["<div class='item'><h2>%s. %s</h2>" % (num, html.escape(it["title"]))]
    h.append("<p class='meta'>%sSagsnr.: %s</p>" % ("<b>Lukket punkt</b> &ndash; " if it.get("closed") else "Åbent punkt &ndash; ", html.escape(it["sagsnr"])))
    dec = [sec_html(dec_head, it["decision"])]
    if it.get("box"):
        dec.append("<div class='box'>%s</div>" % html.escape(it["box"]))
    if layout in DECISION_FIRST:
        h += dec
    for s, t in it["sections"]:
        h.append(sec_html(s, t))
    if layout not in DECISION_FIRST:
        h += dec
    h.append("</div>")
    return "\n".join(h)


def header_html(m, layout):
    body = m["body_name"]
    if layout in ("html_os2_utf8", "pdf_chromium", "pdf_weasyprint"):
        return ("<h1>Referat – %s</h1><table><tr><td>Mødedato</td><td>%s</td></tr><tr><td>Mødetidspunkt</td><td>kl. 17.00</td></tr>"
                "<tr><td>Mødested</td><td>Byrådssalen, Rådhuset</td></tr><tr><td>Fraværende</td><td>%s</td></tr></table>"
                % (body, cases.dk(m["date"]), m["absent"]))
    return ("<p>Udvalg: %s<br>Dato: %s kl. 16.30<br>Sted: Mødelokale 1<br>Afbud: %s</p><h1>%s Kommune – %s</h1>"
            % (body, m["date"].strftime("%d-%m-%Y"), m["absent"], m["muni"], body))


def page_html(m, layout, inner, charset="utf-8"):
    nav = ""
    if layout == "html_os2_utf8":
        nav = ("<nav><a href='#'>Gå til indhold</a> · Forside › Politik › Dagsordener og referater</nav>"
               "<aside><b>Andre møder</b><ul><li>%s – Byrådet</li><li>%s – Økonomiudvalget</li></ul></aside>"
               % ((m["date"] - datetime.timedelta(days=28)).strftime("%d.%m.%Y"), (m["date"] - datetime.timedelta(days=9)).strftime("%d.%m.%Y")))
    return ("<!DOCTYPE html><html lang='da'><head><meta charset='%s'><title>%s – %s</title><style>%s</style></head>"
            "<body>%s%s%s<p class='foot'>%s Kommune · Rådhuspladsen 1</p></body></html>"
            % (charset, m["body_name"], cases.dk(m["date"]), CSS.get(layout, ""), nav, header_html(m, layout), inner, m["muni"]))


# ------------------------------------------------------------------ groff / enscript
def roff_esc(s):
    s = s.replace("\\", "\\e")
    return "\n".join(("\\&" + l if l[:1] in ".'" else l) for l in s.split("\n"))


def groff_src(m):
    o = [".nr PS 11", ".nr VS 13", ".TL", "Referat af møde i %s" % m["body_name"], ".LP",
         "Mødedato: %s" % cases.dk(m["date"]), ".br", "Mødested: Rådhuset", ".br", "Afbud: %s" % m["absent"]]
    for num, it, dh in m["rendered"]:
        o += [".NH 1", roff_esc("%s %s" % (it["title"], "(Lukket punkt)" if it.get("closed") else "")), ".LP",
              roff_esc("Sagsnr. %s" % it["sagsnr"])]
        for h, t in it["sections"] + [(dh, it["decision"])]:
            o += [".SH", roff_esc(h)]
            for para in t.replace("TABLE:", "").split("\n\n"):
                o += [".LP", roff_esc(para.replace("\n", "\n.br\n"))]
        if it.get("box"):
            o += [".B1", ".LP", roff_esc(it["box"]), ".B2"]
    return "\n".join(o) + "\n"


def wrap(t, w=78):
    import textwrap
    out = []
    for l in t.split("\n"):
        out += textwrap.wrap(l, w) or [""]
    return out


def enscript_src(m):
    o = ["%s KOMMUNE" % m["muni"].upper(), "Beslutningsprotokol for %s" % m["body_name"],
         "Mødedato: %s   Afbud: %s" % (m["date"].strftime("%d.%m.%Y"), m["absent"]), ""]
    for num, it, dh in m["rendered"]:
        o += ["", "Sag nr. %s  %s%s" % (num, it["title"], "  [Lukket punkt]" if it.get("closed") else ""),
              "Sagsnr. %s" % it["sagsnr"], ""]
        for h, t in it["sections"] + [(dh, it["decision"])]:
            o += [h + ":"] + wrap(t.replace("TABLE:", "")) + [""]
        if it.get("box"):
            o += ["+" + "-" * 76 + "+"] + ["| %-74s |" % l for l in wrap(it["box"], 74)] + ["+" + "-" * 76 + "+"]
    return ("\n".join(o) + "\n").replace("\u2013", "-")


# ------------------------------------------------------------------ corpus plan
def dec_heading(rng, m, layout):
    if "dec_style" not in m:
        m["dec_style"] = rng.randrange(4)
    b, d = m["body_name"], m["date"]
    opts = ["Beslutning", "Beslutning i %s den %s" % (b, cases.dk(d)), "%ss beslutning den %s" % (b, d.strftime("%d-%m-%Y")),
            "Beslutning på mødet den %s" % d.strftime("%d.%m.%Y")]
    return opts[m["dec_style"]]


def build_half(half, munis, rng, out):
    layouts = [l for l, (h, k) in LAYOUTS.items() if h == half]
    # gold plan: every flag variant and every near-miss variant, at least 2 per class
    council_items, other_items = [], []
    for cl in range(1, 14):
        fl = list(cases.FLAGS[cl])
        while len(fl) < 2:
            fl.append(fl[0])
        ql = list(cases.QUIETS[cl])
        while len(ql) < 2:
            ql.append(ql[0])
        council_items += fl + ql
        other_items.append(cases.FLAGS[cl][rng.randrange(len(cases.FLAGS[cl]))])
    rng.shuffle(council_items)
    rng.shuffle(other_items)
    meetings = []
    for i, mu in enumerate(munis):
        body_name = "Kommunalbestyrelsen" if rng.random() < 0.35 else "Byrådet"
        lay = layouts[i % len(layouts)]
        for d in meeting_dates(rng, 2):
            meetings.append(dict(muni=mu, body_name=body_name, council=body_name, date=d, kind="council", layout=lay, gold=[]))
        if i % 2 == 0:
            meetings.append(dict(muni=mu, body_name="Økonomiudvalget", council=body_name, date=meeting_dates(rng, 1)[0], kind="committee", layout=lay, gold=[]))
        else:
            d = rng.choice([datetime.date(2024, 12, 12), datetime.date(2025, 8, 28), datetime.date(2025, 9, 25), datetime.date(2024, 11, 21)])
            meetings.append(dict(muni=mu, body_name=body_name, council=body_name, date=d, kind="out_of_period", layout=lay, gold=[]))
    council = [m for m in meetings if m["kind"] == "council"]
    others = [m for m in meetings if m["kind"] != "council"]
    for j, f in enumerate(council_items):
        council[j % len(council)]["gold"].append(f)
    for j, f in enumerate(other_items):
        others[j % len(others)]["gold"].append(f)
    corpus = os.path.join(out, half, "corpus")
    src = os.path.join(out, "src", half)
    os.makedirs(corpus, exist_ok=True)
    os.makedirs(src, exist_ok=True)
    gold, docs, pdfjobs = [], [], []
    seq = [0]
    for m in meetings:
        m["absent"] = "Ingen" if rng.random() < 0.5 else cases.Ctx(rng, m["muni"], m["body_name"], m["date"], 0).member()
        ctx = cases.Ctx(rng, m["muni"], m["body_name"], m["date"], 0)
        items = [dict(cases.o_minutes(ctx), gold=None)]
        ords = rng.sample(cases.ORDINARY, rng.randrange(3, 6))
        body = [dict(o(ctx), gold=None) for o in ords] + [dict(g(ctx), gold="g") for g in m["gold"]]
        if m["council"] == "Kommunalbestyrelsen":
            items = [kb_words(x) for x in items]
            body = [kb_words(x) for x in body]
        if half == "holdout":
            items = [cases.holdout_words(x) for x in items]
            body = [cases.holdout_words(x) for x in body]
        rng.shuffle(body)
        items += body
        for it in items[1:]:
            extra = []
            law = it.get("law", "")
            if it["gold"] and law.split(" ")[0] in ("serviceloven", "retssikkerhedsloven", "folkeskoleloven") and rng.random() < 0.6:
                it["sections"] = [("Lovgrundlag", law[0].upper() + law[1:].replace("loven", "lovens", 1) if "§" in law else "Lov om social service")] + list(it["sections"])
            if not it["gold"] and not any(h.startswith("Indstilling") for h, t in it["sections"]) and rng.random() < 0.6:
                extra.append(("Indstilling", rng.choice(["Direktionen indstiller, at sagen godkendes.",
                              "Forvaltningen indstiller,\n- at orienteringen tages til efterretning.",
                              "Forvaltningen indstiller til %s via Økonomiudvalget,\n- at indstillingen godkendes,\n- at udgiften finansieres af kassebeholdningen." % m["body_name"]])))
            if rng.random() < 0.5 and not any(h == "Beslutningskompetence" for h, t in it["sections"]):
                extra.append(("Beslutningskompetence", rng.choice(["Byrådet", m["body_name"], "Økonomiudvalget indstiller til " + m["body_name"]])))
            if rng.random() < 0.6:
                extra.append(("Bilag", "\n".join("%d. %s (dok.nr. %d/%s)" % (k + 1, rng.choice(["Notat", "Oversigt", "Høringsnotat", "Kortbilag", "Budgetnotat", "Tidsplan"]),
                              rng.randrange(10000, 999999), str(m["date"].year)[2:]) for k in range(rng.randrange(1, 4)))))
            if m["kind"] == "council" and rng.random() < 0.4 and not any(h.startswith("Beslutning i") for h, t in it["sections"]):
                q = m["date"] - datetime.timedelta(days=rng.randrange(6, 15))
                extra.append(("Beslutning i Økonomiudvalget den %s" % cases.dk(q), rng.choice(["Anbefales.", "Indstillingen anbefales.", "Anbefales over for " + m["body_name"] + "."])))
            it["sections"] = list(it["sections"]) + extra
        start = rng.randrange(1, 90) if rng.random() < 0.4 else 1
        m["rendered"] = []
        for k, it in enumerate(items):
            it["sagsnr"] = ctx.sagsnr()
            if m["date"].year == 2024:
                it["sagsnr"] = it["sagsnr"].replace("2025", "2024").replace("-25", "-24")
            if m["kind"] == "committee":
                dh = "Beslutning i Økonomiudvalget den %s" % cases.dk(m["date"])
            else:
                dh = dec_heading(rng, m, m["layout"])
            m["rendered"].append((start + k, it, dh))
        kind = LAYOUTS[m["layout"]][1]
        prefix = "oeu" if m["kind"] == "committee" else "byraad"
        mdir = os.path.join(corpus, m["muni"])
        os.makedirs(mdir, exist_ok=True)
        base = "%s-referat-%s" % (prefix, m["date"].isoformat())
        files = []  # (relpath, [rendered items])
        if m["layout"] == "html_items_utf8":
            for num, it, dh in m["rendered"]:
                fn = "%s-punkt-%02d.html" % (base, num)
                hd = ("<nav>Gå til indhold · %s · Dagsorden</nav><p><b>%s</b> – møde den %s</p>" % (m["muni"], m["body_name"], cases.dk(m["date"])))
                doc = ("<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'><title>%s</title><style>%s</style></head><body>%s%s<p><a href='#'>Til toppen</a></p></body></html>"
                       % (html.escape(it["title"]), CSS[m["layout"]], hd, item_html(num, it, dh, m["layout"])))
                open(os.path.join(mdir, fn), "w", encoding="utf-8").write(doc)
                files.append((m["muni"] + "/" + fn, [(num, it, dh)]))
        elif kind == "html":
            inner = "\n".join(item_html(n, it, dh, m["layout"]) for n, it, dh in m["rendered"])
            fn = base + ".html"
            if m["layout"] == "html_edoc_cp1252":
                open(os.path.join(mdir, fn), "w", encoding="cp1252", errors="strict").write(page_html(m, m["layout"], inner, "windows-1252"))
            else:
                open(os.path.join(mdir, fn), "w", encoding="utf-8").write(page_html(m, m["layout"], inner))
            files.append((m["muni"] + "/" + fn, m["rendered"]))
        else:
            fn = base + ".pdf"
            stem = "%s-%s" % (slug(m["muni"]), base)
            if m["layout"] == "pdf_groff":
                s = os.path.join(src, stem + ".ms")
                open(s, "w", encoding="utf-8").write(groff_src(m))
            elif m["layout"] == "pdf_enscript":
                s = os.path.join(src, stem + ".txt")
                open(s, "w", encoding="latin-1").write(enscript_src(m))
            else:
                s = os.path.join(src, stem + ".html")
                inner = "\n".join(item_html(n, it, dh, m["layout"]) for n, it, dh in m["rendered"])
                open(s, "w", encoding="utf-8").write(page_html(m, m["layout"], inner))
            pdfjobs.append((m["layout"], s, os.path.join(mdir, fn)))
            files.append((m["muni"] + "/" + fn, m["rendered"]))
        for rel, rend in files:
            d = dict(document=rel, kind=m["kind"], pdf=rel.endswith(".pdf"), municipality=m["muni"],
                     meeting_date=m["date"].isoformat(), body="committee" if m["kind"] == "committee" else "council",
                     body_name=m["body_name"], layout=m["layout"], items=[])
            for num, it, dh in rend:
                gid = None
                if it["gold"]:
                    seq[0] += 1
                    gid = "%s-%03d" % (half[0], seq[0])
                    gold.append(dict(id=gid, document=rel, page=1, pages=[1, 1], item_number=str(num), item_title=it["title"],
                                     **{"class": CLASSNUM[it["cls"]]},
                                     expect=it["expect"] if m["kind"] == "council" else "quiet", phrase=it["phrase"], variant=it["variant"],
                                     municipality=m["muni"], meeting_date=m["date"].isoformat(), body=d["body"],
                                     meeting_kind=m["kind"], layout=m["layout"], law=it["law"]))
                    if it.get("why_quiet") and m["kind"] == "council":
                        gold[-1]["why_quiet"] = it["why_quiet"]
                    elif m["kind"] != "council":
                        gold[-1]["why_quiet"] = "meeting is not a council meeting in %s (%s)" % (PERIOD, m["kind"])
                d["items"].append(dict(number=str(num), title=it["title"], text=item_plain(num, it, dh), pages=[1, 1], gold=gid))
            docs.append(d)
    return meetings, gold, docs, pdfjobs


def kb_words(it):
    def tx(s):
        for a, b in (("Byrådets", "Kommunalbestyrelsens"), ("Byrådet", "Kommunalbestyrelsen"),
                     ("byrådsmedlem", "kommunalbestyrelsesmedlem"), ("byrådets", "kommunalbestyrelsens")):
            s = s.replace(a, b)
        return s
    it = dict(it)
    it["sections"] = [(tx(h), tx(t)) for h, t in it["sections"]]
    for k in ("title", "decision", "box", "phrase"):
        if it.get(k):
            it[k] = tx(it[k])
    return it


def run(cmd, **kw):
    p = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if p.returncode != 0:
        raise SystemExit("failed: %s\n%s%s" % (" ".join(cmd), p.stdout, p.stderr))


def produce(jobs, out):
    home = os.path.join(out, "src", "home")
    os.makedirs(home, exist_ok=True)
    env = dict(os.environ, HOME=home)
    so = [j for j in jobs if j[0] == "pdf_soffice"]
    if so:
        tmpd = os.path.join(out, "src", "soffice-out")
        os.makedirs(tmpd, exist_ok=True)
        run(["soffice", "--headless", "--norestore", "--convert-to", "pdf:writer_web_pdf_Export", "--outdir", tmpd] + [j[1] for j in so], env=env, timeout=240)
        for _, s, dst in so:
            shutil.move(os.path.join(tmpd, os.path.splitext(os.path.basename(s))[0] + ".pdf"), dst)

    def one(j):
        lay, s, dst = j
        if lay == "pdf_chromium" or lay == "pdf_gs_redistilled":
            tgt = dst if lay == "pdf_chromium" else s + ".pdf"
            run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=" + os.path.join(home, "chr-" + os.path.basename(s)),
                 "--print-to-pdf=" + tgt, "file://" + s], env=env, timeout=120)
            if lay == "pdf_gs_redistilled":
                run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite", "-dCompatibilityLevel=1.4", "-sOutputFile=" + dst, tgt])
        elif lay == "pdf_wkhtmltopdf":
            run(["wkhtmltopdf", "-q", "--encoding", "utf-8", "--footer-center", "Side [page] af [topage]", s, dst], env=env, timeout=120)
        elif lay == "pdf_weasyprint":
            run(["weasyprint", s, dst], env=env, timeout=120)
        elif lay == "pdf_groff":
            ps = s + ".ps"
            with open(ps, "w") as fh:
                p = subprocess.run(["groff", "-k", "-ms", "-Tps", s], stdout=fh, stderr=subprocess.PIPE, text=True)
            if p.returncode:
                raise SystemExit("groff failed " + p.stderr)
            run(["ps2pdf", ps, dst])
        elif lay == "pdf_enscript":
            ps = s + ".ps"
            run(["enscript", "-q", "-X", "latin1", "-f", "Courier10", "--header=$n|Beslutningsprotokol|Side $% af $=", "-o", ps, s])
            run(["ps2pdf", ps, dst])

    with ThreadPoolExecutor(2) as ex:
        list(ex.map(one, [j for j in jobs if j[0] != "pdf_soffice"]))


def pages_of(path):
    p = subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], capture_output=True)
    t = p.stdout.decode("utf-8")
    return t, t.split("\f")


def check_and_paginate(out, half, gold, docs):
    errors = []
    for d in docs:
        if not d["pdf"]:
            continue
        t, pages = pages_of(os.path.join(out, half, "corpus", d["document"]))
        if not re.search("[æøå]", t) or "Ã" in t or "\ufffd" in t:
            errors.append("%s: Danish letters missing or mojibake" % d["document"])
        sq = [squash(p) for p in pages]
        cur = 0
        for it in d["items"]:
            key = squash(it["title"])[:40]
            first = next((i for i in range(cur, len(sq)) if key in sq[i]), None)
            if first is None:
                errors.append("%s: title not found: %s" % (d["document"], it["title"]))
                continue
            tail = squash(it["text"])[-25:]
            last = next((i for i in range(first, len(sq)) if tail in sq[i]), first)
            it["pages"] = [first + 1, last + 1]
            cur = first
    gi = {(d["document"], it["gold"]): it for d in docs for it in d["items"] if it["gold"]}
    for g in gold:
        it = gi[(g["document"], g["id"])]
        g["pages"], g["page"] = it["pages"], it["pages"][0]
    return errors


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "/tmp/ss16"
    if os.path.exists(out):
        shutil.rmtree(out)
    rng = random.Random(SEED)
    munis = [r["name"] for r in csv.DictReader(open(KOMMUNER, encoding="utf-8"))]
    munis = [m for m in munis if m != "København"]
    pick = rng.sample(munis, 24)
    halves = {"dev": sorted(pick[:12]), "holdout": sorted(pick[12:])}
    manifest = dict(seed=SEED, period=PERIOD, layouts={l: h for l, (h, k) in LAYOUTS.items()}, halves={})
    allerr = []
    results = {}
    jobs = []
    for half, ms in halves.items():
        meetings, gold, docs, pj = build_half(half, ms, random.Random("%d-%s" % (SEED, half)), out)
        results[half] = (meetings, gold, docs)
        jobs += pj
    produce(jobs, out)
    for half, (meetings, gold, docs) in results.items():
        allerr += check_and_paginate(out, half, gold, docs)
        json.dump(dict(seed=SEED, half=half, period=PERIOD, layouts=[l for l, (h, k) in LAYOUTS.items() if h == half], items=gold),
                  open(os.path.join(out, half, "gold.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
        json.dump(dict(documents=docs), open(os.path.join(out, half, "items.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
        per = {}
        for g in gold:
            r = per.setdefault(g["class"], dict(flag=0, quiet=0, not_drawn=0))
            r["flag" if g["expect"] == "flag" else ("quiet" if g["meeting_kind"] == "council" else "not_drawn")] += 1
        kinds = {}
        for m in meetings:
            kinds[m["kind"]] = kinds.get(m["kind"], 0) + 1
        manifest["halves"][half] = dict(municipalities=halves[half], layouts=sorted({m["layout"] for m in meetings}), meetings=kinds,
                                        documents=len(docs), items=sum(len(d["items"]) for d in docs), per_class=per,
                                        gold_items_over_pages=sum(1 for g in gold if g["pages"][0] != g["pages"][1]))
    json.dump(manifest, open(os.path.join(out, "manifest.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    if allerr:
        sys.stderr.write("\n".join(allerr) + "\n")
        sys.exit(1)
    print(json.dumps(manifest["halves"], ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
