#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator for independent spot corpus 13 (period 2025H2).

  gen.py write OUT   -- writes sources (OUT/src), HTML documents and OUT/src/plan.json
  gen.py index OUT   -- after rendering: pages per item, gold.json, items.json, manifest.json, checks

Python 3 standard library only. Fixed seed: two builds give the same gold.
"""
import csv, datetime, html, json, os, random, re, subprocess, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from cases import CLASSES, ORDINARY  # noqa: E402
from cases_extra import EXTRA  # noqa: E402

SEED = 1313
PERIOD = "2025H2"
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december"]
WEEKDAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]

LAYOUTS = {
    # name: (half, format, producer)
    "web_portal":     ("dev", "html", "static HTML (web portal export)"),
    "lo_word":        ("dev", "pdf", "LibreOffice Writer (HTML -> PDF)"),
    "wk_protocol":    ("dev", "pdf", "wkhtmltopdf"),
    "groff_ms":       ("dev", "pdf", "groff -ms"),
    "web_labels":     ("holdout", "html", "static HTML (label/value agenda system)"),
    "chrome_table":   ("holdout", "pdf", "Chromium print-to-pdf"),
    "weasy_running":  ("holdout", "pdf", "WeasyPrint"),
    "typed_gs":       ("holdout", "pdf", "enscript + Ghostscript ps2pdf"),
}

FIRST = ["Anne", "Mette", "Lars", "Søren", "Hanne", "Jens", "Kirsten", "Peter", "Bodil", "Ole",
         "Louise", "Rasmus", "Birgitte", "Mads", "Tove", "Henrik", "Karen", "Niels", "Lene", "Jørgen",
         "Signe", "Thomas", "Gitte", "Morten", "Inge", "Frederik", "Ulla", "Bjørn", "Marianne", "Åse"]
LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen", "Møller",
        "Bach", "Holm", "Lund", "Kjær", "Dahl", "Østergaard", "Bøgh", "Frølich", "Skov", "Bærentsen"]
PARTIES = ["A", "V", "C", "F", "Ø", "O", "I", "B", "Æ", "M"]
TOWNS = ["Hjortlund", "Ørslev", "Bøgeskov", "Vejlby", "Nørre Åby", "Skærbæk Mark", "Lyngså", "Tågerup",
         "Rødding Strand", "Egebæk"]
STREETS = ["Kirkevænget 4", "Møllegade 12", "Åbrinken 7", "Søndervang 21", "Lærkevej 3"]
COMMITTEES = ["Økonomiudvalget", "Social- og Sundhedsudvalget", "Børne- og Familieudvalget",
              "Teknik- og Miljøudvalget"]


def squash(s):
    s = unicodedata.normalize("NFKC", s or "").lower()
    return "".join(ch for ch in s if ch.isalnum())


def dlong(d):
    return "%d. %s %d" % (d.day, MONTHS[d.month - 1], d.year)


def first_of(d, delta):
    m = d.month - 1 + delta
    return datetime.date(d.year + m // 12, m % 12 + 1, 1)


class Fmt(dict):
    def __missing__(self, k):
        raise KeyError(k)


def fill(s, ctx):
    return s.format_map(ctx)


# ---------------------------------------------------------------- model

def load_munis():
    rows = list(csv.DictReader(open("/work/shared/data/kommuner.csv", encoding="utf-8")))
    return rows


def weekday_date(rng, start, end):
    while True:
        d = start + datetime.timedelta(days=rng.randrange((end - start).days + 1))
        if d.weekday() < 4:
            return d


def build_model():
    rng = random.Random(SEED)
    munis = rng.sample(load_munis(), 24)
    halves = {"dev": munis[:12], "holdout": munis[12:]}
    model = {}
    for half, ms in halves.items():
        lays = [l for l, v in LAYOUTS.items() if v[0] == half]
        docs = []
        mrecs = []
        for i, m in enumerate(ms):
            name = m["name"]
            council = "Borgerrepræsentationen" if m["code"] == "101" else rng.choice(["Byrådet", "Byrådet", "Kommunalbestyrelsen"])
            layout = lays[i % 4]
            members = []
            used = set()
            while len(members) < 11:
                n = "%s %s" % (rng.choice(FIRST), rng.choice(LAST))
                if n in used:
                    continue
                used.add(n)
                members.append((n, rng.choice(PARTIES)))
            rec = dict(code=m["code"], name=name, council=council, layout=layout, members=members,
                       town=rng.choice(TOWNS))
            mrecs.append(rec)
            months = sorted(rng.sample([8, 9, 10, 11, 12], 2))
            for mo in months:
                d = weekday_date(rng, datetime.date(2025, mo, 1), datetime.date(2025, mo, 26 if mo == 12 else 28))
                docs.append(dict(muni=rec, kind="council", body="council", body_name=council, date=d, items=[]))
        # not-drawn documents: 14 per half, alternate committee / out_of_period
        nd_docs = []
        for j in range(14):
            rec = mrecs[j % 12]
            if (j % 2 == 0) == (half == "dev"):
                d = weekday_date(rng, datetime.date(2025, 8, 15), datetime.date(2025, 12, 12))
                cname = COMMITTEES[j % len(COMMITTEES)]
                nd_docs.append(dict(muni=rec, kind="committee", body="committee", body_name=cname, date=d, items=[]))
            else:
                if j % 4 < 2:
                    d = weekday_date(rng, datetime.date(2025, 5, 5), datetime.date(2025, 6, 26))
                else:
                    d = weekday_date(rng, datetime.date(2026, 1, 12), datetime.date(2026, 1, 29))
                nd_docs.append(dict(muni=rec, kind="out_of_period", body="council", body_name=rec["council"], date=d, items=[]))
        # gold placements
        council_gold, nd_gold = [], []
        for ci, (cls, spec) in enumerate(CLASSES):
            fl = [v for v in spec["flag"] + EXTRA.get(cls, []) if v["half"] in ("both", half)]
            qu = [v for v in spec["quiet"] if v["half"] in ("both", half)]
            for v in fl:
                council_gold.append((cls, spec, v, "flag"))
            for v in qu:
                council_gold.append((cls, spec, v, "quiet"))
            nd_gold.append((cls, spec, fl[0], "quiet"))
        rng.shuffle(council_gold)
        cdocs = [d for d in docs]
        order = list(range(len(cdocs)))
        rng.shuffle(order)
        k = 0
        for g in council_gold:
            # avoid two items of the same class in one meeting
            for t in range(len(order)):
                di = order[(k + t) % len(order)]
                if all(x[0] != g[0] for x in cdocs[di]["items"] if isinstance(x, tuple)):
                    break
            cdocs[di]["items"].append(g)
            k += 1
        rng.shuffle(nd_gold)
        for d, g in zip(nd_docs, nd_gold):
            d["items"].append(g)
        alldocs = docs + nd_docs
        for d in alldocs:
            n_ord = rng.choice([3, 4]) if d["kind"] == "council" else 3
            ords = rng.sample(ORDINARY[1:], n_ord)
            items = d["items"] + [("ordinary", None, o, None) for o in ords]
            rng.shuffle(items)
            d["items"] = [("ordinary", None, ORDINARY[0], None)] + items
        # file names, unique per municipality
        seen = {}
        for d in alldocs:
            pref = "byraad" if d["body"] == "council" else "udvalg"
            ext = LAYOUTS[d["muni"]["layout"]][1]
            fn = "%s-referat-%s.%s" % (pref, d["date"].isoformat(), ext)
            key = (d["muni"]["name"], fn)
            while key in seen:
                d["date"] += datetime.timedelta(days=1)
                fn = "%s-referat-%s.%s" % (pref, d["date"].isoformat(), ext)
                key = (d["muni"]["name"], fn)
            seen[key] = 1
            d["file"] = fn
            d["document"] = "%s/%s" % (d["muni"]["name"], fn)
            d["layout"] = d["muni"]["layout"]
        model[half] = dict(docs=alldocs, munis=mrecs)
    return model, rng


def materialise(model, rng):
    """Fill texts: every item becomes a dict with number, title, sagsnr, closed, body, ind, dec, votes."""
    gid = 0
    for half in ("dev", "holdout"):
        for d in model[half]["docs"]:
            m = d["muni"]
            date = d["date"]
            mem = m["members"]
            start = {"weasy_running": rng.randrange(180, 460)}.get(d["layout"], 1)
            out = []
            for idx, (cls, spec, v, expect) in enumerate(d["items"]):
                num = start + idx
                cl = m["council"] if m["council"].startswith("Borger") else m["council"].lower()
                ctx = Fmt(M=m["name"], council=m["council"], town=m["town"], cl=cl, cg=cl + "s", CG=m["council"] + "s",
                          cm={"Byrådet": "byrådsmøde", "Kommunalbestyrelsen": "kommunalbestyrelsesmøde"}.get(m["council"], "møde i Borgerrepræsentationen"),
                          prev1=dlong(first_of(date, -1)), pm=MONTHS[first_of(date, -1).month - 1],
                          pmend=dlong(first_of(date, 0) - datetime.timedelta(days=1)), next2=dlong(first_of(date, 2)),
                          cit1="%s %s" % (rng.choice(["Inger", "Else", "Grethe", "Birthe"]), rng.choice(LAST)),
                          cit2="%s %s" % (rng.choice(FIRST), rng.choice(LAST)),
                          cit3="%s %s" % (rng.choice(["Mikkel", "Jonas", "Emil"]), rng.choice(LAST)),
                          street1=rng.choice(STREETS),
                          cpr="%02d%02d%02d-%04d" % (rng.randrange(1, 28), rng.randrange(1, 12), rng.randrange(40, 99), rng.randrange(1000, 9999)),
                          mA="%s (%s)" % mem[1], mB="%s (%s)" % mem[2], mA_plain=mem[1][0], mB_plain=mem[2][0])
                sag = sagsnr(rng, d["layout"], date)
                it = dict(number=num, title=fill(v["title"], ctx), sagsnr=sag,
                          body=[fill(p, ctx) for p in v["body"]], ind=[fill(p, ctx) for p in v["ind"]],
                          dec=fill(v["dec"], ctx), closed=None, votes=None, gold=None)
                if "closed" in v:
                    it["closed"] = v["closed"]
                if v.get("votes"):
                    mode, who = v["votes"].split(":")
                    wi = 1 if who == "mA" else 2
                    others = [x for j, x in enumerate(mem) if j != wi and j != 0]
                    absent = mem[0]
                    rng2 = random.Random(SEED + num + len(m["name"]))
                    rng2.shuffle(others)
                    imod = others[:3]
                    forr = others[3:]
                    if mode == "with":
                        forr = [mem[wi]] + forr
                    fmt = lambda xs: ", ".join("%s (%s)" % x for x in xs)
                    it["votes"] = ["For stemte: " + fmt(forr), "Imod stemte: " + fmt(imod)]
                    if mode == "without":
                        it["votes"].append("Ikke til stede under punktet: %s (%s)" % mem[wi])
                if cls != "ordinary":
                    gid += 1
                    it["gold"] = "%s-%03d" % ("D" if half == "dev" else "H", gid)
                    it["_g"] = dict(cls=cls, law=spec["law"], expect=expect, variant=v["v"],
                                    phrase=fill(v["phrase"], ctx), why_quiet=v.get("why_quiet"))
                it["text"] = item_text(it)
                if it["gold"]:
                    assert it["_g"]["phrase"] in it["text"], (it["title"], it["_g"]["phrase"])
                out.append(it)
            d["its"] = out
            d["absent"] = mem[0]


def sagsnr(rng, layout, date):
    y = date.year % 100
    if layout in ("web_portal", "chrome_table"):
        return "%02d.%02d.%02d-%s%02d-%d-%02d" % (rng.randrange(0, 30), rng.randrange(0, 20), rng.randrange(0, 12),
                                                 rng.choice("ABGKP"), rng.randrange(0, 30), rng.randrange(1, 999), y)
    if layout in ("lo_word", "typed_gs"):
        return "%d-%d-%d" % (rng.randrange(300, 899), date.year, rng.randrange(10000, 999999))
    if layout == "weasy_running":
        return "EMN-%d-%06d" % (date.year, rng.randrange(1000, 999999))
    return "%d" % rng.randrange(100000, 999999) + "-" + str(date.year)


def item_text(it):
    parts = [it["title"], it["sagsnr"]]
    if it["closed"] is not None:
        parts.append("Lukket punkt")
        if it["closed"]:
            parts.append(it["closed"])
    parts += it["body"] + ["at " + b[3:] if b.startswith("at ") else b for b in it["ind"]] + [it["dec"]]
    if it["votes"]:
        parts += it["votes"]
    return "\n".join(parts)


# ---------------------------------------------------------------- layouts

def e(s):
    return html.escape(s, quote=False)


def header_vals(d):
    dt = d["date"]
    return dict(body=d["body_name"], muni=d["muni"]["name"], date=dlong(dt), wd=WEEKDAYS[dt.weekday()],
                dnum=dt.strftime("%d.%m.%Y"), ddash=dt.strftime("%d-%m-%Y"), time=["16.00", "17.00", "17.30", "18.00"][dt.day % 4],
                place=["Byrådssalen, Rådhuset", "Mødelokale 1, Rådhuset", "Kommunalbestyrelsessalen"][dt.day % 3],
                absent="%s (%s)" % d["absent"])


def dec_heading(d, style):
    v = header_vals(d)
    if style == 1:
        return "Beslutning i %s den %s" % (d["body_name"], v["date"])
    if style == 2:
        return "%ss beslutning den %s" % (d["body_name"], v["ddash"])
    if style == 3:
        return "Beslutning på mødet den %s" % v["date"]
    return "Beslutning"


def closed_html(it):
    if it["closed"] is None:
        return ""
    s = '<p class="closed"><b>Lukket punkt</b></p>'
    if it["closed"]:
        s += "<p>%s</p>" % e(it["closed"])
    return s


def votes_html(it):
    return "".join("<p>%s</p>" % e(x) for x in (it["votes"] or []))


def render_web_portal(d):
    v = header_vals(d)
    h = ['<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>%s - Referat - %s</title></head><body>' % (e(v["body"]), v["dnum"]),
         '<a href="#main">Gå til indhold</a><nav><a href="/">%s Kommune</a> &gt; <a href="/politik">Politik</a> &gt; Dagsordener og referater</nav>' % e(v["muni"]),
         '<aside><h3>Andre møder</h3><ul><li>Møde 12.06.2025</li><li>Møde 28.01.2026</li></ul></aside>',
         '<main id="main"><h1>Referat</h1><table>',
         "<tr><th>Udvalg</th><td>%s</td></tr><tr><th>Mødedato</th><td>%s</td></tr><tr><th>Mødetidspunkt</th><td>kl. %s</td></tr>" % (e(v["body"]), v["dnum"], v["time"]),
         "<tr><th>Mødested</th><td>%s</td></tr><tr><th>Fraværende</th><td>%s</td></tr></table>" % (e(v["place"]), e(v["absent"])),
         "<h2>Indholdsfortegnelse</h2><ol>"]
    for it in d["its"]:
        h.append('<li><a href="#p%d">%s</a></li>' % (it["number"], e(it["title"])))
    h.append("</ol>")
    for it in d["its"]:
        h.append('<section id="p%d"><h2>Punkt %d: %s</h2><p>Sagsnr.: %s</p>%s' % (it["number"], it["number"], e(it["title"]), it["sagsnr"], closed_html(it)))
        h.append("<h3>Sagsfremstilling</h3>" + "".join("<p>%s</p>" % e(p) for p in it["body"]))
        h.append("<h3>Indstilling</h3><p>Forvaltningen indstiller,</p><ul>" + "".join("<li>%s</li>" % e(b) for b in it["ind"]) + "</ul>")
        h.append("<h3>%s</h3><p>%s</p>%s" % (e(dec_heading(d, 1)), e(it["dec"]), votes_html(it)))
        h.append('<p><a href="#main">Til toppen</a></p></section>')
    h.append("</main></body></html>")
    return "\n".join(h)


def render_web_labels(d):
    v = header_vals(d)
    h = ['<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>Dagsorden</title></head><body>',
         '<div class="crumbs">Forside / Politik / %s / Referat</div>' % e(v["body"]),
         '<h1>%s %s kl. %s</h1>' % (e(v["body"]), v["ddash"], v["time"]),
         '<div class="meta"><p>Møde: %s</p><p>Dato: %s den %s</p><p>Sted: %s</p><p>Afbud: %s</p></div>' % (e(v["body"]), v["wd"], v["date"], e(v["place"]), e(v["absent"]))]
    for it in d["its"]:
        status = "Lukket punkt" if it["closed"] is not None else "Åbent punkt"
        h.append('<article><h2>%d. %s</h2><div class="status">%s</div><div>Sag: %s</div>' % (it["number"], e(it["title"]), status, it["sagsnr"]))
        if it["closed"]:
            h.append("<p>%s</p>" % e(it["closed"]))
        h.append("<h3>Sagens gang</h3>" + "".join("<p>%s</p>" % e(p) for p in it["body"]))
        h.append("<h3>Indstilling</h3>" + "".join("<p>- %s</p>" % e(b) for b in it["ind"]))
        h.append("<h3>Beslutning</h3><p>%s</p>%s</article>" % (e(it["dec"]), votes_html(it)))
    h.append('<footer>Til toppen · Tilgængelighedserklæring</footer></body></html>')
    return "\n".join(h)


CSS_WORD = "body{font-family:'DejaVu Serif',serif;font-size:11pt;hyphens:none} h2{font-size:13pt;margin-top:18pt} h3{font-size:11pt}"


def render_lo_word(d):
    v = header_vals(d)
    h = ['<html><head><meta charset="utf-8"><style>%s</style></head><body>' % CSS_WORD,
         "<h1>Referat af møde i %s</h1>" % e(v["body"]),
         "<p>%s Kommune</p><p>Dato: %s den %s, kl. %s</p><p>Sted: %s</p><p>Fraværende med afbud: %s</p>" % (e(v["muni"]), v["wd"], v["date"], v["time"], e(v["place"]), e(v["absent"]))]
    for it in d["its"]:
        h.append("<h2>Sag nr. %d – %s</h2><p>Sag %s%s</p>%s" % (it["number"], e(it["title"]), it["sagsnr"], "  Lukket punkt" if it["closed"] is not None else "", "<p>%s</p>" % e(it["closed"]) if it["closed"] else ""))
        h.append("<h3>Sagens kerne</h3>" + "".join("<p>%s</p>" % e(p) for p in it["body"]))
        h.append("<h3>Forvaltningens indstilling</h3>" + "".join("<p>• %s</p>" % e(b) for b in it["ind"]))
        h.append("<h3>%s</h3><p>%s</p>%s" % (e(dec_heading(d, 2)), e(it["dec"]), votes_html(it)))
    h.append("</body></html>")
    return "\n".join(h)


def render_wk_protocol(d):
    v = header_vals(d)
    h = ['<html><head><meta charset="utf-8"><style>body{font-family:sans-serif;font-size:10.5pt} .it{page-break-inside:auto;margin-top:16px;border-top:1px solid #888} .dec{background:#eee;padding:4px}</style></head><body>',
         "<h1>Beslutningsprotokol</h1><table><tr><td>Mødefakta</td><td></td></tr><tr><td>Organ</td><td>%s</td></tr><tr><td>Kommune</td><td>%s Kommune</td></tr><tr><td>Dato</td><td>%s</td></tr><tr><td>Starttidspunkt</td><td>%s</td></tr><tr><td>Lokale</td><td>%s</td></tr><tr><td>Fraværende</td><td>%s</td></tr></table>" % (e(v["body"]), e(v["muni"]), v["dnum"], v["time"], e(v["place"]), e(v["absent"]))]
    for it in d["its"]:
        h.append('<div class="it"><h2>Pkt. %d %s</h2><p>%s · Dok. %s</p>%s' % (it["number"], e(it["title"]), "Lukket punkt" if it["closed"] is not None else "Åbent punkt", it["sagsnr"], "<p>%s</p>" % e(it["closed"]) if it["closed"] else ""))
        h.append('<div class="dec"><b>Beslutning:</b><p>%s</p>%s</div>' % (e(it["dec"]), votes_html(it)))
        h.append("<h3>Indstilling</h3>" + "".join("<p>%s</p>" % e(b) for b in it["ind"]))
        h.append("<h3>Redegørelse</h3>" + "".join("<p>%s</p>" % e(p) for p in it["body"]) + "</div>")
    h.append("</body></html>")
    return "\n".join(h)


def render_chrome_table(d):
    v = header_vals(d)
    h = ['<html><head><meta charset="utf-8"><title>Referat - %s - %s</title><style>body{font-family:"DejaVu Sans"' % (e(v["body"]), v["ddash"]) + ',sans-serif;font-size:10pt;hyphens:none} table.h td{border:1px solid #444;padding:3px} h2{font-size:12pt;border-bottom:2px solid #226}</style></head><body>',
         '<table class="h"><tr><td>Organ</td><td>%s</td><td>%s Kommune</td></tr><tr><td>Mødedato</td><td>%s</td><td>Kl. %s</td></tr><tr><td>Mødested</td><td colspan="2">%s</td></tr><tr><td>Fraværende</td><td colspan="2">%s</td></tr></table>' % (e(v["body"]), e(v["muni"]), v["ddash"], v["time"], e(v["place"]), e(v["absent"]))]
    for it in d["its"]:
        h.append("<h2>Nr.%d - %s</h2><p>Sagsnr.: %s</p>%s" % (it["number"], e(it["title"]), it["sagsnr"], closed_html(it)))
        h.append("<h3>Beskrivelse af sagen</h3>" + "".join("<p>%s</p>" % e(p) for p in it["body"]))
        h.append("<h3>Indstilling</h3><p>Direktionen indstiller til %s,</p>" % e(d["muni"]["council"]) + "".join("<p>%d. %s</p>" % (i + 1, e(b)) for i, b in enumerate(it["ind"])))
        h.append("<h3>%s</h3><p>%s</p>%s" % (e(dec_heading(d, 2)), e(it["dec"]), votes_html(it)))
    h.append("</body></html>")
    return "\n".join(h)


def render_weasy_running(d):
    v = header_vals(d)
    h = ['<html><head><meta charset="utf-8"><style>@page{size:A4;margin:2cm;@bottom-right{content:"Side " counter(page) " af " counter(pages)}} body{font-family:"DejaVu Serif",serif;font-size:10.5pt;hyphens:manual} h2{font-size:12pt}</style></head><body>',
         "<p>%s Kommune</p><h1>%s – Referat</h1><p>Mødedato: %s</p><p>Mødetidspunkt: kl. %s</p><p>Mødested: %s</p><p>Fraværende: %s</p>" % (e(v["muni"]), e(v["body"]), v["dnum"], v["time"], e(v["place"]), e(v["absent"]))]
    for it in d["its"]:
        h.append("<h2>%d. %s</h2><p>Sagsnr. %s</p>%s" % (it["number"], e(it["title"]), it["sagsnr"], closed_html(it)))
        h.append("<h3>Beslutningstema</h3><p>%s</p>" % e(it["body"][0]))
        if len(it["body"]) > 1:
            h.append("<h3>Sagsfremstilling</h3>" + "".join("<p>%s</p>" % e(p) for p in it["body"][1:]))
        h.append("<h3>Indstilling</h3><p>Forvaltningen indstiller til %s,</p>" % e(d["muni"]["council"]) + "".join("<p>%s</p>" % e(b) for b in it["ind"]))
        h.append("<h3>%s</h3><p>%s</p>%s" % (e(dec_heading(d, 3)), e(it["dec"]), votes_html(it)))
    h.append("</body></html>")
    return "\n".join(h)


def groff_esc(s):
    s = s.replace("\\", "\\e")
    out = []
    for line in s.split("\n"):
        if line.startswith(".") or line.startswith("'"):
            line = "\\&" + line
        out.append(line)
    return "\n".join(out)


def render_groff_ms(d):
    v = header_vals(d)
    L = ['.nr PS 11', '.nr VS 13', '.nr HY 0', '.hy 0', '.na', '.ds CH', '.ds CF Side %', '.ds LH %s Kommune' % groff_esc(v["muni"]),
         '.TL', groff_esc("%s" % v["body"]), '.sp', '.ce 1', groff_esc("Referat af mødet %s den %s kl. %s" % (v["wd"], v["date"], v["time"])),
         '.LP', groff_esc("Mødested: %s"  % v["place"]), '.br', groff_esc("Afbud: %s" % v["absent"])]
    for it in d["its"]:
        L += ['.SH', groff_esc("%d. %s" % (it["number"], it["title"])), '.LP', groff_esc("Sagsnr. %s" % it["sagsnr"])]
        if it["closed"] is not None:
            L += ['.br', 'Lukket punkt']
            if it["closed"]:
                L += ['.br', groff_esc(it["closed"])]
        L += ['.LP', '\\fBBeskrivelse af sagen\\fP']
        for p in it["body"]:
            L += ['.LP', groff_esc(p)]
        L += ['.LP', '\\fBIndstilling\\fP']
        for b in it["ind"]:
            L += ['.IP \\(bu 3', groff_esc(b)]
        L += ['.LP', '\\fB%s\\fP' % groff_esc(dec_heading(d, 1)), '.LP', groff_esc(it["dec"])]
        for x in it["votes"] or []:
            L += ['.br', groff_esc(x)]
    return "\n".join(L) + "\n"


def wrap(s, w=78, ind=""):
    words, lines, cur = s.split(), [], ind
    for wd in words:
        if len(cur) + len(wd) + 1 > w and cur.strip():
            lines.append(cur.rstrip())
            cur = ind
        cur += wd + " "
    if cur.strip():
        lines.append(cur.rstrip())
    return lines


def render_typed(d):
    v = header_vals(d)
    L = ["%s KOMMUNE" % v["muni"].upper(), "", "BESLUTNINGSPROTOKOL", "",
         "%s" % v["body"], "Møde %s den %s kl. %s" % (v["wd"], v["date"], v["time"]), "Sted: %s" % v["place"],
         "Fraværende: %s" % v["absent"], "=" * 60]
    for it in d["its"]:
        L += ["", "PUNKT %d" % it["number"]]
        L += wrap(it["title"].upper())
        L += ["Sag %s%s" % (it["sagsnr"], "   LUKKET PUNKT" if it["closed"] is not None else "")]
        if it["closed"]:
            L += wrap(it["closed"])
        L += ["", "Redegørelse:"]
        for p in it["body"]:
            L += wrap(p, ind="  ") + [""]
        L += ["Indstilling:"]
        for b in it["ind"]:
            L += wrap("- " + b, ind="  ")
        L += ["", "Beslutning:"] + wrap(it["dec"], ind="  ")
        for x in it["votes"] or []:
            L += wrap(x, ind="  ")
        L += ["-" * 60]
    return "\n".join(L) + "\n"


RENDER = {"web_portal": (render_web_portal, "html"), "web_labels": (render_web_labels, "html"),
          "lo_word": (render_lo_word, "html"), "wk_protocol": (render_wk_protocol, "html"),
          "chrome_table": (render_chrome_table, "html"), "weasy_running": (render_weasy_running, "html"),
          "groff_ms": (render_groff_ms, "ms"), "typed_gs": (render_typed, "txt")}


# ---------------------------------------------------------------- commands

def cmd_write(out):
    model, rng = build_model()
    materialise(model, rng)
    plan = []
    state = {}
    for half in ("dev", "holdout"):
        for d in model[half]["docs"]:
            fn, ext = RENDER[d["layout"]]
            src = fn(d)
            target = os.path.join(out, half, "corpus", d["document"])
            os.makedirs(os.path.dirname(target), exist_ok=True)
            if LAYOUTS[d["layout"]][1] == "html":
                open(target, "w", encoding="utf-8").write(src)
            else:
                sdir = os.path.join(out, "src", d["layout"])
                os.makedirs(sdir, exist_ok=True)
                base = "%s-%s" % (squash(d["muni"]["name"]), d["file"].rsplit(".", 1)[0])
                sp = os.path.join(sdir, base + "." + ext)
                open(sp, "w", encoding="utf-8").write(src)
                plan.append(dict(layout=d["layout"], src=sp, pdf=target))
        state[half] = [dict(document=d["document"], kind=d["kind"], body=d["body"], body_name=d["body_name"],
                            layout=d["layout"], municipality=d["muni"]["name"], code=d["muni"]["code"],
                            meeting_date=d["date"].isoformat(),
                            items=[{k: it[k] for k in ("number", "title", "sagsnr", "text", "gold", "_g") if k in it} for it in d["its"]])
                       for d in model[half]["docs"]]
    os.makedirs(os.path.join(out, "src"), exist_ok=True)
    json.dump(plan, open(os.path.join(out, "src", "plan.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    json.dump(state, open(os.path.join(out, "src", "state.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    for p in plan:
        print("%s\t%s\t%s" % (p["layout"], p["src"], p["pdf"]))


def pdf_pages(path):
    n = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout).group(1))
    txt = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout
    pages = txt.split("\f")
    return pages[:n]


def strip_furniture(pages):
    """Join pages without running headers/footers (lines that recur, digits aside, on most pages)."""
    if len(pages) < 2:
        return "\n".join(pages)
    norm = lambda l: re.sub(r"\d+", "#", l.strip())
    cnt = {}
    for p in pages:
        for l in set(norm(x) for x in p.splitlines() if x.strip()):
            cnt[l] = cnt.get(l, 0) + 1
    rec = {l for l, c in cnt.items() if c > len(pages) / 2}
    return "\n".join(x for p in pages for x in p.splitlines() if norm(x) not in rec)


def cmd_index(out):
    state = json.load(open(os.path.join(out, "src", "state.json"), encoding="utf-8"))
    errors, warnings = [], []
    manifest = dict(seed=SEED, period=PERIOD, layouts={k: {"half": v[0], "format": v[1], "producer": v[2]} for k, v in LAYOUTS.items()},
                    halves={})
    for half in ("dev", "holdout"):
        gold, idocs = [], []
        for d in state[half]:
            is_pdf = d["document"].endswith(".pdf")
            path = os.path.join(out, half, "corpus", d["document"])
            if is_pdf:
                if not os.path.exists(path):
                    errors.append("missing PDF " + path)
                    continue
                pages = pdf_pages(path)
                allt = "\f".join(pages)
                if len(squash(allt)) < 500:
                    errors.append("no text in " + path)
                if not any(c in allt for c in "æøåÆØÅ") or any(b in allt for b in ("Ã¦", "Ã¸", "Ã¥", "\ufffd")):
                    errors.append("Danish letters wrong in " + path)
                for it in d["items"]:
                    if squash(it["title"])[:40] not in squash("".join(pages)):
                        errors.append("title not extracted correctly (Danish letters?): %s %s" % (path, it["title"]))
                sqp = [squash(p) for p in pages]
                starts = []
                for it in d["items"]:
                    key = squash(it["sagsnr"])
                    pg = next((i for i, p in enumerate(sqp) if key in p), None)
                    if pg is None:
                        errors.append("item %s not located in %s" % (it["title"], path))
                        pg = 0
                    starts.append(pg)
                ranges = []
                for i, it in enumerate(d["items"]):
                    s = starts[i]
                    if i + 1 < len(starts):
                        ns = starts[i + 1]
                        pre = sqp[ns].split(squash(d["items"][i + 1]["title"])[:25])[0] if ns < len(sqp) else ""
                        end = ns if (len(pre) > 120 or ns == s) else ns - 1
                        end = max(end, s)
                    else:
                        end = len(pages) - 1
                    ranges.append([s + 1, end + 1])
            else:
                allt = open(path, encoding="utf-8").read()
                ranges = [[1, 1] for _ in d["items"]]
                pages = [allt]
            sq_all = squash(html.unescape(strip_furniture(pages)))
            items = []
            for it, rg in zip(d["items"], ranges):
                items.append(dict(number=str(it["number"]), title=it["title"], text=it["text"], pages=rg, gold=it["gold"]))
                if it["gold"]:
                    g = it["_g"]
                    sph = squash(g["phrase"])
                    if sph not in sq_all:
                        h2 = len(sph) // 2
                        (warnings if sph[:h2] in sq_all and sph[h2:] in sq_all else errors).append("phrase not in extracted text: %s %s" % (d["document"], g["phrase"]))
                    page = rg[0]
                    if is_pdf:
                        for pi in range(rg[0] - 1, rg[1]):
                            if sph[:30] in squash(pages[pi]):
                                page = pi + 1
                                break
                    rec = dict(id=it["gold"], document=d["document"], page=page, pages=rg, item_number=str(it["number"]),
                               item_title=it["title"], **{"class": g["cls"]}, expect=g["expect"], phrase=g["phrase"],
                               variant=g["variant"], municipality=d["municipality"], meeting_date=d["meeting_date"],
                               body=d["body"], meeting_kind=d["kind"], layout=d["layout"], law=g["law"])
                    if g["expect"] == "quiet":
                        rec["why_quiet"] = g["why_quiet"] if d["kind"] == "council" else (
                            "Planted problem in a %s meeting, which a council spot check for %s must not draw." % (
                                "committee" if d["kind"] == "committee" else "council meeting outside the period", PERIOD))
                    gold.append(rec)
            idocs.append(dict(document=d["document"], kind=d["kind"], pdf=is_pdf, municipality=d["municipality"],
                              meeting_date=d["meeting_date"], body=d["body"], body_name=d["body_name"], layout=d["layout"],
                              items=items))
        gold.sort(key=lambda g: g["id"])
        lays = [k for k, v in LAYOUTS.items() if v[0] == half]
        json.dump(dict(seed=SEED, half=half, period=PERIOD, layouts=lays, items=gold),
                  open(os.path.join(out, half, "gold.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
        json.dump(dict(documents=idocs), open(os.path.join(out, half, "items.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
        per_class = {}
        for g in gold:
            c = per_class.setdefault(g["class"], {"flag": 0, "quiet": 0, "not_drawn": 0})
            if g["meeting_kind"] != "council":
                c["not_drawn"] += 1
            else:
                c[g["expect"]] += 1
        kinds = {}
        for d in idocs:
            kinds[d["kind"]] = kinds.get(d["kind"], 0) + 1
        manifest["halves"][half] = dict(layouts=lays, municipalities=sorted({d["municipality"] for d in idocs}),
                                        document_kinds=kinds, documents=len(idocs),
                                        items=sum(len(d["items"]) for d in idocs), gold_items=len(gold),
                                        per_class=per_class,
                                        pairs=sorted({"%s:%s" % (g["class"], g["variant"]) for g in gold}))
    json.dump(manifest, open(os.path.join(out, "manifest.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    for w in warnings:
        print("warning:", w)
    if errors:
        for x in errors:
            print("ERROR:", x, file=sys.stderr)
        sys.exit(1)
    print("index ok: %s" % {h: manifest["halves"][h]["gold_items"] for h in manifest["halves"]})


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] not in ("write", "index"):
        sys.exit(__doc__)
    {"write": cmd_write, "index": cmd_index}[sys.argv[1]](sys.argv[2])
