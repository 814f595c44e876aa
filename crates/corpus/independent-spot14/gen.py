#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Build independent spot corpus 14 (period 2026H1).   gen.py OUT"""
import concurrent.futures, csv, datetime, html, json, os, random, re, shutil, subprocess, sys, textwrap, unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cases as C

SEED = 14
PERIOD = "2026H1"
HERE = os.path.dirname(os.path.abspath(__file__))
KOMMUNER = os.environ.get("KOMMUNER_CSV", "/work/shared/data/kommuner.csv")

LAYOUTS = [  # name, half, producer
    ("html-firstagenda-utf8", "dev", "html"),
    ("pdf-libreoffice", "dev", "soffice"),
    ("pdf-chromium", "dev", "chromium"),
    ("pdf-enscript-protocol", "dev", "enscript"),
    ("html-edoc-cp1252", "holdout", "html"),
    ("pdf-wkhtmltopdf", "holdout", "wkhtmltopdf"),
    ("pdf-weasyprint", "holdout", "weasyprint"),
    ("pdf-groff-ms", "holdout", "groff"),
    ("pdf-chromium-gs-redistilled", "holdout", "gs"),
]
LAYOUT_HALF = {l[0]: l[1] for l in LAYOUTS}
PRODUCER = {l[0]: l[2] for l in LAYOUTS}


def squash(s):
    s = unicodedata.normalize("NFKC", s or "").lower()
    return "".join(ch for ch in s if ch.isalnum())


def gen(body):
    return body + "s"


# ------------------------------------------------------------------ model
def body_fix(text, body):
    if body == "Byrådet":
        return text
    t = text.replace("Et enigt Byråd", "Enstemmigt").replace("Byrådets", gen(body)).replace("Byrådet", body)
    t = t.replace("byrådsmedlem", "kommunalbestyrelsesmedlem")
    return t


def fix_blocks(blocks, body):
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append(body_fix(b, body).replace("kr..", "kr."))
        elif b[0] == "ul":
            out.append(("ul", [body_fix(x, body) for x in b[1]]))
        else:
            out.append(("table", b[1], [[body_fix(x, body) for x in row] for row in b[2]]))
    return out


def dec_heading(layout, m, it):
    b, d = m["body"], m["date"]
    if layout == "html-firstagenda-utf8":
        return "Beslutning i %s den %s" % (b, C.dk(d))
    if layout == "pdf-libreoffice":
        return "Beslutning"
    if layout in ("pdf-chromium",):
        return "%s beslutning den %s" % (gen(b), C.dk(d))
    if layout == "pdf-enscript-protocol":
        return None
    if layout == "html-edoc-cp1252":
        return "Afgørelse"
    if layout == "pdf-wkhtmltopdf":
        return "%s, %s, pkt. %d:" % (b, C.dk(d), it["number"])
    if layout == "pdf-weasyprint":
        return "Beslutninger"
    if layout == "pdf-groff-ms":
        mt = "byrådsmødet" if b == "Byrådet" else ("kommunalbestyrelsesmødet" if b == "Kommunalbestyrelsen" else "mødet i " + b)
        return "Beslutning på %s den %s" % (mt, C.dk(d))
    return "Beslutning"


def block_text(b):
    if isinstance(b, str):
        return b
    if b[0] == "ul":
        return "\n".join("- " + x for x in b[1])
    return "\n".join("  ".join(row) for row in [b[1]] + b[2])


def item_plain(it, dh):
    parts = [str(it["number"]) + ". " + it["title"], "Sagsnr.: " + it["casenr"]]
    if it.get("closed") is not None:
        parts.append("Lukket punkt")
    for h, bl in it["sections"]:
        parts.append(h)
        parts += [block_text(b) for b in bl]
    if dh:
        parts.append(dh)
    if it.get("absent"):
        parts.append(it["absent"])
    parts += [block_text(b) for b in it["decision"]]
    return "\n".join(parts)


# ------------------------------------------------------------------ HTML renderers
def h(s):
    return html.escape(s, quote=False)


def blocks_html(bl):
    out = []
    for b in bl:
        if isinstance(b, str):
            out.append("<p>%s</p>" % h(b))
        elif b[0] == "ul":
            out.append("<ul>%s</ul>" % "".join("<li>%s</li>" % h(x) for x in b[1]))
        else:
            out.append("<table class=\"t\" border=\"1\" cellpadding=\"4\" cellspacing=\"0\"><tr>%s</tr>%s</table>" % (
                "".join("<th>%s</th>" % h(x) for x in b[1]),
                "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % h(x) for x in row) for row in b[2])))
    return "\n".join(out)


CSS = {
    "html-firstagenda-utf8": "body{font-family:Arial,sans-serif;max-width:900px;margin:auto} .crumb{font-size:80%;color:#555} .punkt{border-top:2px solid #036;margin-top:2em} .t{border-collapse:collapse}",
    "pdf-libreoffice": "body{font-family:'Liberation Serif',serif} h2{font-size:14pt}",
    "pdf-chromium": "body{font-family:'DejaVu Sans',sans-serif;font-size:10.5pt} .hdr td{padding:2px 8px} .item h2{background:#e6eef5;padding:4px} .t{border-collapse:collapse}",
    "html-edoc-cp1252": "body{font-family:Verdana;font-size:9pt}",
    "pdf-wkhtmltopdf": "body{font-family:'DejaVu Sans';font-size:10pt} h2{color:#333;border-bottom:1px solid #999} .t{border-collapse:collapse}",
    "pdf-weasyprint": "@page{size:A4;margin:2cm 2cm 2.5cm 2cm;@bottom-right{content:'Side ' counter(page) ' af ' counter(pages);font-size:8pt}@top-left{content:'%s';font-size:8pt}} body{font-family:'DejaVu Serif';font-size:10pt} .t{border-collapse:collapse}",
    "pdf-chromium-gs-redistilled": "body{font-family:'Liberation Sans';font-size:10pt} .pk{font-weight:bold;font-size:12pt;margin-top:1.5em} .t{border-collapse:collapse}",
}


def render_html(m, layout, charset="utf-8"):
    b, d = m["body"], m["date"]
    title = "%s - Referat - %s" % (b, C.dots(d))
    css = CSS[layout]
    if layout == "pdf-weasyprint":
        css = css % ("%s Kommune · %s · Referat %s" % (m["muni"], b, C.dots(d)))
    o = ["<!DOCTYPE html>", "<html lang=\"da\"><head><meta charset=\"%s\">" % charset, "<title>%s</title>" % h(title),
         "<style>%s</style></head><body>" % css]
    if layout == "html-firstagenda-utf8":
        o.append("<div class=\"crumb\"><a href=\"#indhold\">Gå til indhold</a> · Forside › Politik › Dagsordener og referater › %s</div>" % h(b))
        o.append("<h1>%s Kommune</h1><table class=\"hdr\"><tr><td>Udvalg</td><td>%s</td></tr><tr><td>Mødedato</td><td>%s</td></tr><tr><td>Mødetidspunkt</td><td>kl. 17.00</td></tr><tr><td>Mødested</td><td>Byrådssalen, Rådhuset</td></tr><tr><td>Fraværende</td><td>%s</td></tr></table>" % (h(m["muni"]), h(b), C.dots(d), h(m["absent"])))
        o.append("<h2>Indholdsfortegnelse</h2><ol>%s</ol>" % "".join("<li>%s</li>" % h(it["title"]) for it in m["items"]))
    elif layout == "pdf-libreoffice":
        o.append("<h1>Referat af møde i %s, %s Kommune</h1><p>%s kl. 16.30, Mødelokale 1</p><p>Afbud: %s</p>" % (h(b), h(m["muni"]), h(C.dk(d)), h(m["absent"])))
    elif layout == "pdf-chromium":
        o.append("<h1>%s Kommune</h1><table class=\"hdr\"><tr><td>Møde</td><td>%s</td></tr><tr><td>Dato</td><td>%s</td></tr><tr><td>Starttidspunkt</td><td>17:00</td></tr><tr><td>Sted</td><td>Rådhuset, mødesal A</td></tr><tr><td>Medlemmer</td><td>Se deltagerliste</td></tr><tr><td>Afbud</td><td>%s</td></tr></table>" % (h(m["muni"]), h(b), C.dots(d), h(m["absent"])))
    elif layout == "html-edoc-cp1252":
        o.append("<table width=\"100%%\"><tr><td><b>%s KOMMUNE</b></td><td align=\"right\">Referat</td></tr></table><table><tr><td>UDVALG:</td><td>%s</td></tr><tr><td>MØDEDATO:</td><td>%s</td></tr><tr><td>MØDESTED:</td><td>Rådhuset</td></tr><tr><td>FRAVÆRENDE:</td><td>%s</td></tr></table><hr>" % (h(m["muni"].upper()), h(b), "%02d-%02d-%d" % (d.day, d.month, d.year), h(m["absent"])))
    elif layout == "pdf-wkhtmltopdf":
        o.append("<h1>Referat</h1><p><b>Organ:</b> %s<br><b>Mødedato:</b> %s<br><b>Tidspunkt:</b> 18:00<br><b>Lokale:</b> Byrådssalen<br><b>Fraværende med afbud:</b> %s</p><p>%s Kommune</p>" % (h(b), h(C.dk(d)), h(m["absent"]), h(m["muni"])))
    elif layout == "pdf-weasyprint":
        o.append("<h1>%s Kommune</h1><h2>%s – Referat</h2><p>Mødefakta: %s, kl. 17.00, Rådhuset. Fraværende: %s</p>" % (h(m["muni"]), h(b), h(C.dk(d)), h(m["absent"])))
    elif layout == "pdf-chromium-gs-redistilled":
        o.append("<p>%s Kommune</p><h1>%s %s</h1><p>Sted: Rådhuset · Deltagere: alle · Afbud: %s</p>" % (h(m["muni"]), h(b), "%s kl. 17:00" % C.dots(d), h(m["absent"])))
    for it in m["items"]:
        dh = it["_dh"]
        closed = it.get("closed") is not None
        state = "Lukket punkt" if closed else "Åbent punkt"
        n = it["number"]
        if layout == "html-firstagenda-utf8":
            o.append("<div class=\"punkt\"><h2>%d. %s</h2><p>%s · Sagsnr.: %s</p>" % (n, h(it["title"]), state, h(it["casenr"])))
        elif layout == "pdf-libreoffice":
            o.append("<h2>%d. %s</h2><p>Sag nr. %s – %s</p>" % (n, h(it["title"]), h(it["casenr"]), state))
        elif layout == "pdf-chromium":
            o.append("<div class=\"item\"><h2>Punkt %d: %s</h2><p>Sagsnr.: %s (%s)</p>" % (n, h(it["title"]), h(it["casenr"]), state))
        elif layout == "html-edoc-cp1252":
            o.append("<p><b>Sag nr. %d</b> &nbsp; <b>%s</b><br>Dok. %s &nbsp; %s</p>" % (n, h(it["title"]), h(it["casenr"]), state))
        elif layout == "pdf-wkhtmltopdf":
            o.append("<h2>Pkt. %d %s</h2><p>Sagsnr. %s%s</p>" % (n, h(it["title"]), h(it["casenr"]), " · LUKKET" if closed else ""))
        elif layout == "pdf-weasyprint":
            o.append("<h3>%d %s</h3><p><i>%s</i> – Sagsnr.: %s</p>" % (n, h(it["title"]), state, h(it["casenr"])))
        else:
            o.append("<p class=\"pk\">Nr.%d - %s</p><p>%s %s</p>" % (n, h(it["title"]), h(it["casenr"]), state))
        for sh, bl in it["sections"]:
            tag = "h4" if layout != "html-edoc-cp1252" else "p><b"
            if layout == "html-edoc-cp1252":
                o.append("<p><b>%s</b></p>" % h(sh))
            else:
                o.append("<h4>%s</h4>" % h(sh))
            o.append(blocks_html(bl))
        brk = " style=\"page-break-before:always\"" if it.get("split") else ""
        if dh:
            o.append("<h4%s>%s</h4>" % (brk, h(dh)))
        elif brk:
            o.append("<div%s></div>" % brk)
        if it.get("absent"):
            o.append("<p>%s</p>" % h(it["absent"]))
        o.append(blocks_html(it["decision"]))
        if layout in ("html-firstagenda-utf8", "pdf-chromium"):
            o.append("</div>")
        if layout == "html-firstagenda-utf8":
            o.append("<p class=\"crumb\"><a href=\"#top\">Til toppen</a></p>")
    if layout == "html-edoc-cp1252":
        o.append("<hr><p>Udskrevet %s kl. 08:14 – %s Kommune, eDoc</p>" % (C.dots(m["date"] + datetime.timedelta(days=3)), h(m["muni"])))
    o.append("</body></html>")
    return "\n".join(o)


# ------------------------------------------------------------------ text renderers
def wrap(s, w=78):
    return textwrap.fill(s, w, break_long_words=False, break_on_hyphens=False)


def table_text(head, rows):
    allr = [head] + rows
    ws = [max(len(r[i]) for r in allr) for i in range(len(head))]
    fmt = lambda r: "  ".join(x.ljust(ws[i]) for i, x in enumerate(r)).rstrip()
    return "\n".join([fmt(head), "-" * min(76, len(fmt(head)))] + [fmt(r) for r in rows])


def render_enscript(m):
    b, d = m["body"], m["date"]
    o = ["%s KOMMUNE" % m["muni"].upper(), "BESLUTNINGSPROTOKOL", "", "%s" % b, "Mødedato: %s, kl. 19.00" % C.dk(d), "Fraværende: %s" % m["absent"], ""]
    for it in m["items"]:
        o.append("")
        o.append(wrap(("%d. %s" % (it["number"], it["title"])).upper()))
        o.append("Sag %s%s" % (it["casenr"], "   (Lukket punkt)" if it.get("closed") is not None else ""))
        o.append("")
        for sh, bl in it["sections"]:
            o.append(sh + ":")
            for x in bl:
                if isinstance(x, str):
                    o.append(wrap(x))
                elif x[0] == "ul":
                    o += [wrap("  - " + y) for y in x[1]]
                else:
                    o.append(table_text(x[1], x[2]))
                o.append("")
        if it.get("split"):
            o.append("\f")
        if it.get("absent"):
            o.append(it["absent"])
        for x in it["decision"]:
            o.append(wrap(block_text(x)))
        o.append("")
    return "\n".join(o) + "\n"


def troff_esc(s):
    s = s.replace("\\", "\\e")
    return "\n".join(("\\&" + ln) if ln[:1] in ".'" else ln for ln in s.split("\n"))


def render_groff(m):
    b, d = m["body"], m["date"]
    o = [".ds CH", ".ds LH %s Kommune" % m["muni"], ".ds RH Referat %s" % C.dots(d), ".ds CF Side %", ".nr PS 10", ".nr VS 12",
         ".LP", ".ps 14", ".B \"%s \\(en Referat\"" % b, ".ps 10", ".LP", troff_esc("Mødedato: %s kl. 17.00. Mødested: Rådhuset." % C.dk(d)), ".br", troff_esc("Fraværende: %s" % m["absent"])]
    for it in m["items"]:
        o += [".SH", troff_esc("%d. %s" % (it["number"], it["title"])), ".LP", troff_esc("Sagsnr.: %s%s" % (it["casenr"], " \\(en Lukket punkt" if it.get("closed") is not None else ""))]
        for sh, bl in it["sections"]:
            o += [".LP", ".B \"%s\"" % sh.replace('"', "")]
            for x in bl:
                if isinstance(x, str):
                    o += [".PP", troff_esc(x)]
                elif x[0] == "ul":
                    for y in x[1]:
                        o += [".IP \\(bu 3", troff_esc(y)]
                else:
                    o += [".TS", "box;", " ".join(["l"] * len(x[1])) + ".", "\t".join(x[1]), "_"]
                    o += [troff_esc("\t".join(r)) for r in x[2]]
                    o += [".TE"]
        if it.get("split"):
            o.append(".bp")
        dh = it["_dh"]
        if dh:
            o += [".LP", ".B \"%s\"" % dh]
        if it.get("absent"):
            o += [".LP", troff_esc(it["absent"])]
        for x in it["decision"]:
            o += [".PP", troff_esc(block_text(x))]
    return "\n".join(o) + "\n"


# ------------------------------------------------------------------ planning
def meeting_dates(rnd, n, months):
    ms = sorted(rnd.sample(months, n))
    out = []
    for mo in ms:
        dd = datetime.date(2026, mo, rnd.randrange(8, 26))
        while dd.weekday() not in (1, 2, 3):
            dd += datetime.timedelta(days=1)
        out.append(dd)
    return out


def plan(rnd):
    with open(KOMMUNER, encoding="utf-8") as fh:
        kom = [row for row in csv.DictReader(fh)]
    chosen = rnd.sample(kom, 24)
    halves = {"dev": chosen[:12], "holdout": chosen[12:]}
    names = ["Anders Kofoed (V)", "Birgitte Nygaard (A)", "Carsten Holt (C)", "Dorthe Lind (SF)", "Erik Vang (O)", "Frida Mose (Ø)", "Gitte Rask (A)", "Henrik Toft (V)"]
    out = {}
    for half, munis in halves.items():
        lays = [l[0] for l in LAYOUTS if l[1] == half]
        per = [3, 3, 3, 3] if len(lays) == 4 else [3, 3, 2, 2, 2]
        assign = []
        for lay, k in zip(lays, per):
            assign += [lay] * k
        meetings = []
        # 26 council meetings in 2026H1: 2 per municipality, 3 for two of them
        extra = set(rnd.sample(range(12), 2))
        for i, mu in enumerate(munis):
            body = "Borgerrepræsentationen" if mu["code"] == "101" else ("Kommunalbestyrelsen" if (rnd.random() < 0.3 or mu["code"] == "400") else "Byrådet")
            n = 3 if i in extra else 2
            for dd in meeting_dates(rnd, n, [1, 2, 3, 4, 5, 6]):
                meetings.append(dict(muni=mu["name"], code=mu["code"], layout=assign[i], body=body, date=dd, kind="council"))
        # 2 committee (Økonomiudvalget, in the period) and 2 council meetings outside the period
        others = rnd.sample(range(12), 4)
        for j, i in enumerate(others):
            mu = munis[i]
            body0 = [m for m in meetings if m["code"] == mu["code"]][0]["body"]
            if j < 2:
                dd = meeting_dates(rnd, 1, [3, 5])[0] - datetime.timedelta(days=7)
                meetings.append(dict(muni=mu["name"], code=mu["code"], layout=assign[i], body="Økonomiudvalget", date=dd, kind="committee"))
            else:
                dd = datetime.date(2025, 12, 10) if j == 2 else datetime.date(2026, 8, 27)
                meetings.append(dict(muni=mu["name"], code=mu["code"], layout=assign[i], body=body0, date=dd, kind="out_of_period"))
        for m in meetings:
            m["absent"] = rnd.choice(["Ingen", names[rnd.randrange(8)], "%s og %s" % (names[rnd.randrange(4)], names[4 + rnd.randrange(4)])])
        out[half] = (munis, meetings)
    return out


# flag variants per half where the default (0,1 dev / 2,3 holdout) would put every
# amendment-in-the-decision case in one half
FLAG_SPLIT = {"01_fixed_limit": ((0, 2), (1, 3)), "10_delegation": ((0, 2), (1, 3))}


def fill(rnd, half, meetings):
    council = [m for m in meetings if m["kind"] == "council"]
    rnd.shuffle(council)
    fi, qi = ((0, 1), (0, 1)) if half == "dev" else ((2, 3), (2, 3))
    tasks = []
    for ci, (cls, fl, ql) in enumerate(C.CLASSES):
        f2 = FLAG_SPLIT.get(cls, ((0, 1), (2, 3)))[0 if half == "dev" else 1]
        tasks += [(cls, fl[f2[0]], "flag"), (cls, fl[f2[1]], "flag"), (cls, ql[qi[0]], "quiet"), (cls, ql[qi[1]], "quiet")]
    slots = {id(m): [] for m in meetings}
    for i, t in enumerate(tasks):
        slots[id(council[i % len(council)])].append(t)
    nd = [m for m in meetings if m["kind"] != "council"]
    nd_classes = [0, 3, 6, 9] if half == "dev" else [1, 5, 8, 12]
    for m, ci in zip(nd, nd_classes):
        cls, fl, ql = C.CLASSES[ci]
        slots[id(m)].append((cls, fl[FLAG_SPLIT.get(cls, ((0, 1), (2, 3)))[0 if half == "dev" else 1][0]], "quiet"))
    gid = 0
    run = 0
    for m in sorted(meetings, key=lambda x: (x["muni"], x["date"])):
        ctx = dict(muni=m["muni"], date=m["date"], body=m["body"])
        ords = [C.o_minutes] + rnd.sample(C.ORDINARY, rnd.randrange(3, 5))
        its = []
        for f in ords:
            its.append((f, None, None))
        for cls, f, exp in slots[id(m)]:
            its.append((f, cls, exp))
        head, rest = its[:1], its[1:]
        rnd.shuffle(rest)
        built = []
        for f, cls, exp in head + rest:
            d = f(rnd, ctx)
            d["sections"] = [(sh, fix_blocks(bl, m["body"])) for sh, bl in d["sections"]]
            d["decision"] = fix_blocks(d["decision"], m["body"])
            d["casenr"] = C.casenr(rnd)
            # an earlier committee decision quoted before the body's own one
            if m["kind"] != "committee" and d.get("closed") is None and f is not C.o_minutes and rnd.random() < 0.35:
                cb = rnd.choice(["Økonomiudvalget", "Social- og Sundhedsudvalget", "Teknik- og Miljøudvalget", "Børne- og Skoleudvalget"])
                d["sections"].append(("Beslutning i %s den %s" % (cb, C.dk(m["date"] - datetime.timedelta(days=rnd.choice([6, 7, 8, 13])))), [rnd.choice(["Anbefales.", "Indstillingen anbefales over for %s." % m["body"]] + (["Ad 1. Anbefales. Ad 2. Anbefales."] if any(not isinstance(x, str) and x[0] == "ul" and len(x[1]) == 2 for _, bl in d["sections"] for x in bl) else []))]))
            d["_cls"], d["_exp"], d["_fn"] = cls, exp, f.__name__
            built.append(d)
        # closed items go last, as in real minutes
        built = [x for x in built if x.get("closed") is None] + [x for x in built if x.get("closed") is not None]
        start = 1
        if m["layout"] in ("pdf-libreoffice", "pdf-groff-ms"):
            run += 11
            start = 100 + run + (m["date"].month * 9)
        for k, d in enumerate(built):
            d["number"] = start + k
            if m["layout"] == "pdf-chromium-gs-redistilled" and k > 0 and rnd.random() < 0.3:
                d["absent"] = "Fraværende: %s" % m["absent"] if m["absent"] != "Ingen" else "Ikke til stede: Ingen"
            d["_dh"] = dec_heading(m["layout"], m, d)
            if d["_cls"]:
                gid += 1
                d["_gid"] = "%s-%03d" % ("D" if half == "dev" else "H", gid)
        m["items"] = built
        pref = "oeu" if m["kind"] == "committee" else ("kb" if m["body"] == "Kommunalbestyrelsen" else ("br" if m["body"].startswith("Borger") else "byraad"))
        ext = "html" if PRODUCER[m["layout"]] == "html" else "pdf"
        m["document"] = "%s/%s-referat-%s.%s" % (m["muni"], pref, m["date"].isoformat(), ext)


# ------------------------------------------------------------------ producing
def run(cmd, **kw):
    p = subprocess.run(cmd, capture_output=True, **kw)
    if p.returncode != 0:
        raise SystemExit("producer failed: %s\n%s" % (" ".join(map(str, cmd)), p.stderr.decode("utf-8", "replace")[-2000:]))
    return p


def produce(half_meetings, out):
    src = os.path.join(out, "src")
    os.makedirs(src, exist_ok=True)
    jobs = []
    soffice = []
    for half, meetings in half_meetings.items():
        for m in meetings:
            lay = m["layout"]
            dst = os.path.join(out, half, "corpus", m["document"])
            os.makedirs(os.path.dirname(dst), exist_ok=True)
            stem = "%s_%s_%s_%s" % (half, m["code"], m["kind"], m["date"].isoformat())
            m["_dst"] = dst
            pr = PRODUCER[lay]
            if pr == "html":
                cs = "windows-1252" if "cp1252" in lay else "utf-8"
                data = render_html(m, lay, cs).encode("cp1252" if cs != "utf-8" else "utf-8")
                with open(dst, "wb") as fh:
                    fh.write(data)
            elif pr == "enscript":
                txt = os.path.join(src, stem + ".txt")
                t = render_enscript(m).replace("–", "-").replace("·", "-")
                with open(txt, "wb") as fh:
                    fh.write(t.encode("latin-1"))
                ps = txt[:-4] + ".ps"
                jobs.append([["enscript", "-q", "-X", "latin1", "-f", "Courier10", "-F", "Courier-Bold10", "--margins=60:50:40:40",
                              ("--header=%s Kommune - %s|Beslutningsprotokol|Side $%% af $=" % (m["muni"], C.dots(m["date"]))).encode("latin-1"), "-o", ps, txt],
                             ["ps2pdf", ps, dst]])
            elif pr == "groff":
                tr = os.path.join(src, stem + ".ms")
                with open(tr, "w", encoding="utf-8") as fh:
                    fh.write(render_groff(m))
                ps = tr[:-3] + ".ps"
                jobs.append([["sh", "-c", "groff -k -t -ms -Tps '%s' > '%s'" % (tr, ps)], ["ps2pdf", ps, dst]])
            else:
                hp = os.path.join(src, stem + ".html")
                with open(hp, "w", encoding="utf-8") as fh:
                    fh.write(render_html(m, lay))
                if pr == "soffice":
                    soffice.append((hp, dst))
                elif pr == "chromium":
                    jobs.append([chrome(hp, dst)])
                elif pr == "gs":
                    tmp = hp[:-5] + ".chrome.pdf"
                    jobs.append([chrome(hp, tmp), ["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=pdfwrite", "-dPDFSETTINGS=/ebook", "-dCompatibilityLevel=1.5", "-o", dst, tmp]])
                elif pr == "wkhtmltopdf":
                    jobs.append([["wkhtmltopdf", "-q", "--encoding", "utf-8", "--footer-center", "Side [page] af [topage]", "--footer-font-size", "7",
                                  "--header-left", "%s Kommune – %s" % (m["muni"], m["body"]), "--header-font-size", "7", hp, dst]])
                elif pr == "weasyprint":
                    jobs.append([["weasyprint", "-q", hp, dst]])
    if soffice:
        sd = os.path.join(src, "soffice-out")
        home = os.path.join(src, "soffice-home")
        os.makedirs(sd, exist_ok=True)
        os.makedirs(home, exist_ok=True)
        env = dict(os.environ, HOME=home)
        jobs.insert(0, [["soffice", "--headless", "--norestore", "-env:UserInstallation=file://" + home, "--convert-to", "pdf:writer_web_pdf_Export", "--outdir", sd] + [s for s, _ in soffice], "SOFFICE"])

    def do(chain):
        for cmd in chain:
            if cmd == "SOFFICE":
                for s, dst in soffice:
                    shutil.copyfile(os.path.join(sd, os.path.basename(s)[:-5] + ".pdf"), dst)
                continue
            kw = {"env": dict(os.environ, HOME=home)} if cmd[0] == "soffice" else {}
            run(cmd, **kw)

    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as ex:
        list(ex.map(do, jobs))


def chrome(hp, dst):
    return ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--user-data-dir=" + os.path.join(os.path.dirname(hp), "chrome-" + os.path.basename(hp)),
            "--print-to-pdf=" + dst, "file://" + hp]


def pdf_pages(path):
    p = subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], capture_output=True)
    if p.returncode != 0:
        raise SystemExit("pdftotext failed on %s" % path)
    t = p.stdout.decode("utf-8")
    pages = t.split("\f")
    if pages and not pages[-1].strip():
        pages = pages[:-1]
    bad = [x for x in ("Ã¦", "Ã¸", "Ã¥", "Ã˜", "\ufffd", "Ã…") if x in t]
    if bad or not any(ch in t for ch in "æøå"):
        raise SystemExit("text check failed on %s: %r" % (path, bad or "no Danish letters"))
    return pages


def locate(m):
    """pages [first,last] for each item, and the page of each gold phrase."""
    if not m["document"].endswith(".pdf"):
        for it in m["items"]:
            it["_pages"] = [1, 1]
            it["_page"] = 1
        m["_npages"] = 1
        return
    pages = pdf_pages(m["_dst"])
    sq = [squash(p) for p in pages]
    m["_npages"] = len(pages)
    cur = 0
    starts = []
    for it in m["items"]:
        key = squash("%d %s" % (it["number"], it["title"]))
        found = None
        for p in range(cur, len(sq)):
            if key in sq[p]:
                found = p
                break
        if found is None:
            raise SystemExit("item title not found in %s: %s" % (m["document"], it["title"]))
        starts.append(found)
        cur = found
    for k, it in enumerate(m["items"]):
        s = starts[k]
        e_lim = starts[k + 1] if k + 1 < len(starts) else len(sq) - 1
        tail = squash(block_text(it["decision"][-1]))[-20:]
        e = s
        for p in range(s, e_lim + 1):
            if tail in sq[p]:
                e = p
        it["_pages"] = [s + 1, e + 1]
        it["_page"] = s + 1
        if it.get("phrase"):
            ph = squash(it["phrase"])
            for p in range(s, e + 1):
                if ph in sq[p]:
                    it["_page"] = p + 1
                    break


# ------------------------------------------------------------------ main
def main():
    out = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "/tmp/ss14")
    if os.path.exists(out):
        shutil.rmtree(out)
    rnd = random.Random(SEED)
    P = plan(rnd)
    hm = {}
    for half in ("dev", "holdout"):
        munis, meetings = P[half]
        fill(rnd, half, meetings)
        hm[half] = meetings
    produce(hm, out)
    manifest = dict(seed=SEED, period=PERIOD, layouts={l[0]: l[1] for l in LAYOUTS}, halves={})
    for half, meetings in hm.items():
        gold, docs = [], []
        for m in sorted(meetings, key=lambda x: x["document"]):
            locate(m)
            body = "committee" if m["kind"] == "committee" else "council"
            ditems = []
            for it in m["items"]:
                text = item_plain(it, it["_dh"])
                ditems.append(dict(number=it["number"], title=it["title"], text=text, pages=it["_pages"], gold=it.get("_gid")))
                if it.get("_gid"):
                    g = dict(id=it["_gid"], document=m["document"], page=it["_page"], pages=it["_pages"], item_number=it["number"],
                             item_title=it["title"], **{"class": it["_cls"]}, expect=it["_exp"], phrase=it["phrase"], variant=it["_fn"],
                             municipality=m["code"], meeting_date=m["date"].isoformat(), body=m["body"], meeting_kind=m["kind"],
                             layout=m["layout"], law=it["law"])
                    if it["_exp"] == "quiet":
                        g["why_quiet"] = it.get("why_quiet") or ("the planted problem sits in a %s meeting, which spot-check must not draw" % m["kind"].replace("_", "-"))
                    gold.append(g)
            docs.append(dict(document=m["document"], kind=m["kind"], pdf=m["document"].endswith(".pdf"), municipality=m["code"],
                             meeting_date=m["date"].isoformat(), body=body, body_name=m["body"], layout=m["layout"], pages=m["_npages"], items=ditems))
        gold.sort(key=lambda g: g["id"])
        hd = os.path.join(out, half)
        with open(os.path.join(hd, "gold.json"), "w", encoding="utf-8") as fh:
            json.dump(dict(seed=SEED, half=half, period=PERIOD, layouts=sorted({m["layout"] for m in meetings}), items=gold), fh, ensure_ascii=False, indent=1)
        with open(os.path.join(hd, "items.json"), "w", encoding="utf-8") as fh:
            json.dump(dict(documents=docs), fh, ensure_ascii=False, indent=1)
        per = {}
        for g in gold:
            k = per.setdefault(g["class"], dict(flag=0, quiet=0, not_drawn=0))
            if g["expect"] == "flag":
                k["flag"] += 1
            elif g["meeting_kind"] == "council":
                k["quiet"] += 1
            else:
                k["not_drawn"] += 1
        kinds = {}
        for m in meetings:
            kinds[m["kind"]] = kinds.get(m["kind"], 0) + 1
        manifest["halves"][half] = dict(layouts=sorted({m["layout"] for m in meetings}), municipalities=sorted({m["code"] + " " + m["muni"] for m in meetings}),
                                        document_kinds=kinds, documents=len(meetings), items=sum(len(m["items"]) for m in meetings),
                                        split_items=[g["id"] for g in gold if g["pages"][0] != g["pages"][1]], per_class=per)
    with open(os.path.join(out, "manifest.json"), "w", encoding="utf-8") as fh:
        json.dump(manifest, fh, ensure_ascii=False, indent=1)
    print("built", out)


if __name__ == "__main__":
    main()
