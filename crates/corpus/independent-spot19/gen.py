#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generate the spot19 corpus: python3 gen.py OUT"""
import csv, datetime as dt, html, json, os, random, re, shutil, subprocess, sys, textwrap, unicodedata
from html.parser import HTMLParser
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import content as C

SEED = 1919
PERIOD = "2026H2"
HERE = os.path.dirname(os.path.abspath(__file__))
KOMMUNER = "/work/shared/data/kommuner.csv"
LAYOUTS = {"dev": ["html_utf8", "libreoffice", "wkhtmltopdf", "groff", "enscript"],
           "holdout": ["html_cp1252", "html_per_item", "chromium", "weasyprint", "gs_redistilled"]}
SECNAMES = [  # dev, holdout
    {"resume": "Resumé", "sag": "Sagsfremstilling", "oko": "Økonomi", "hoering": "Høring", "lov": "Lovgrundlag",
     "bilag": "Bilag", "indst": "Indstilling", "beslutning": "Beslutning"},
    {"resume": "Sagens kerne", "sag": "Redegørelse", "oko": "Økonomiske konsekvenser", "hoering": "Høring og sagsgang",
     "lov": "Retsgrundlag", "bilag": "Bilagsresumé", "indst": "Forvaltningen indstiller", "beslutning": "Afgørelse"}]
FIRMS = ["Vestergaard Maskinfabrik", "Holm & Søn Stål", "Kjærsgaard Plast", "Bøgh Metal", "Lindholm Værktøj", "Thygesen Smedie",
         "Dalby Elektro", "Møllebro Industri", "Skovlund Komposit", "Fjordens Beslag", "Sønderby Hydraulik", "Kragh Montage"]
CAFES = ["Perronen", "Stationscaféen", "Sporskiftet", "Ventesalen", "Billetkontoret", "Det Gamle Pakhus"]
SHOPS = ["Hansens Tøj", "Boghandel Ørum", "Jensens Isenkram", "Modehuset Lærke", "Urmager Brønd", "Sko-Ole", "Frk. Blå Tøj", "Tobakshuset"]
HAVN = ["Nordsø Logistik", "Kattegat Træ", "Havnens Grus", "Østkyst Shipping", "Baltic Foder", "Limfjord Korn"]
BUYERS = ["Ejendomsselskabet Åløkke", "Bygma Ejendomme Syd", "Tårnbyg Invest", "Ravnsborg Development", "Nørrehus Byg", "Krogager Erhverv"]
VAND = ["Sønderskov Vandværk", "Østre Vandværk", "Bjerre Vandværk", "Lyngå Vandværk", "Egebjerg Vandværk", "Nørreå Vandværk"]
PERSONS = ["Karen Margrethe Østergaard", "Poul Erik Brøndum", "Inge Søndergaard", "Bjørn Kærgaard", "Ellen Høj Nielsen", "Aage Frølund",
           "Gitte Bækgaard", "Søren Lykke Ærø"]
MEMBERS = ["Jørgen Skovbjerg (V)", "Lene Bøgelund (A)", "Mads Højer (C)", "Birthe Frøkjær (F)", "Henrik Ørsted (O)", "Tove Lærkesen (B)",
           "Niels Damgård (V)", "Hanne Sølvhøj (A)"]
STREETS = ["Møllegade", "Søndervej", "Præstegårdsvej", "Åboulevarden", "Kirkestræde", "Bøgevænget", "Skovbrynet", "Østergade", "Fælledvej", "Tørvevej"]


def squash(s):
    s = unicodedata.normalize("NFKC", s or "").lower()
    return "".join(ch for ch in s if ch.isalnum())


def sqmap(raw):
    sq, idx = [], []
    for i, c in enumerate(raw):
        for ch in unicodedata.normalize("NFKC", c).lower():
            if ch.isalnum():
                sq.append(ch); idx.append(i)
    return "".join(sq), idx


def run(cmd, home, **kw):
    env = dict(os.environ, HOME=home, LC_ALL="C.UTF-8")
    p = subprocess.run(["nice", "-n", "10"] + cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=120, **kw)
    if p.returncode != 0:
        sys.exit("producer failed: %s\n%s" % (" ".join(cmd), p.stderr.decode("utf-8", "replace")[-2000:]))
    return p


def body_name(m):
    if m["code"] == "101":
        return "Borgerrepræsentationen"
    return "Kommunalbestyrelsen" if int(m["code"]) % 3 == 0 else "Byrådet"


def weekday_near(d, wd):
    while d.weekday() != wd:
        d += dt.timedelta(days=1)
    return d


# ---------------------------------------------------------------- plan
def plan():
    rng = random.Random(SEED)
    munis = list(csv.DictReader(open(KOMMUNER, encoding="utf-8")))
    pick = rng.sample(munis, 24)
    halves = {"dev": pick[:12], "holdout": pick[12:]}
    out = {}
    for hi, half in enumerate(["dev", "holdout"]):
        hr = random.Random(SEED * 10 + hi)
        w = hi
        meetings = []
        for mi, m in enumerate(halves[half]):
            lay = LAYOUTS[half][mi % 5]
            wd = hr.choice([0, 1, 2, 3])
            for month in ([8, 10, 12] if mi % 2 == 0 else [9, 11, 12]):
                d = weekday_near(dt.date(2026, month, hr.randint(1, 14 if month == 12 else 20)), wd)
                meetings.append(dict(muni=m, layout=lay, date=d, kind="council", items=[]))
            if mi < 3:
                d = weekday_near(dt.date(2026, [9, 10, 11][mi], hr.randint(1, 20)), (wd + 6) % 7)
                meetings.append(dict(muni=m, layout=lay, date=d, kind="committee", items=[]))
            elif mi < 6:
                d = weekday_near(dt.date(2026, 6, hr.randint(15, 22)) if mi % 2 else dt.date(2027, 1, hr.randint(18, 24)), wd)
                meetings.append(dict(muni=m, layout=lay, date=d, kind="out_of_period", items=[]))
        # gold assignments
        council = [x for x in meetings if x["kind"] == "council"]
        other = [x for x in meetings if x["kind"] != "council"]
        jobs = []
        for cls, law, emph, vs in C.CLASSES:
            if emph:
                for k in range(len(vs)):
                    jobs.append((cls, law, vs[k], True))
                    jobs.append((cls, law, vs[k], False))
            else:
                jobs.append((cls, law, vs[0], True)); jobs.append((cls, law, vs[0], False))
        hr.shuffle(jobs)
        slots = council[:]
        for j, job in enumerate(jobs):
            for tries in range(200):
                mt = slots[(j + tries * 7) % len(slots)] if tries else hr.choice(slots)
                if all(g[0] != job[0] for g in mt["items"]) and len(mt["items"]) < 3:
                    mt["items"].append(job); break
            else:
                sys.exit("cannot place")
        for ci, (cls, law, emph, vs) in enumerate(C.CLASSES):
            mt = other[ci % len(other)]
            mt["items"].append((cls, law, vs[ci % len(vs)], True))
        out[half] = meetings
    return out


def params(rng, m, d):
    return dict(muni=m["name"], body=body_name(m), date=d, firm=rng.choice(FIRMS), firm2=rng.choice(CAFES), shop=rng.choice(SHOPS),
                firm3=rng.choice(HAVN), firm4=rng.choice(BUYERS), firm5=rng.choice(FIRMS), vandvaerk=rng.choice(VAND),
                citizen=rng.choice(PERSONS), member=rng.choice(MEMBERS), street=rng.choice(STREETS), town=m["name"],
                n=rng.randint(100, 480), prev=C.MON[(d.month - 2) % 12])


def build_meeting(mt, w, rng):
    m, d = mt["muni"], mt["date"]
    p = params(rng, m, d)
    items = []
    gold = []
    ords = rng.sample(range(1, 7), rng.randint(2, 4))
    planted = list(mt["items"])
    seq = [("ord", 0)] + [("ord", k) for k in sorted(ords[:len(ords) // 2])] + [("gold", g) for g in planted] + [("ord", k) for k in sorted(ords[len(ords) // 2:])]
    # lukkede punkter last, as secretaries do
    seq = [s for s in seq if not (s[0] == "ord" and s[1] == 5)] + [s for s in seq if s[0] == "ord" and s[1] == 5]
    for kind, x in seq:
        if kind == "ord":
            title, secs = C.ordinary(p, w, x)
            items.append(dict(title=title, sections=secs, closed=(x == 5), gold=None))
        else:
            cls, law, fn, flag = x
            r = fn(p, w, flag)
            items.append(dict(title=r["title"], sections=r["sections"], closed=r.get("closed", False), gold=dict(
                cls=cls, law=law, flag=flag, phrase=r["phrase"], variant=r["variant"], why=r["why"])))
    return p, items


# ---------------------------------------------------------------- renderers
def heading(lay, num, title, sagsnr, closed):
    tag = (" (Lukket punkt)" if closed else " (Åbent punkt)") if lay in ("html_cp1252", "weasyprint", "html_per_item") else ""
    if lay in ("html_utf8", "libreoffice"):
        return "%d. %s" % (num, title)
    if lay in ("wkhtmltopdf", "chromium"):
        return "Punkt %d: %s" % (num, title)
    if lay in ("groff", "gs_redistilled"):
        return "Sag nr. %d - %s" % (num, title)
    if lay == "enscript":
        return "Pkt. %d  %s" % (num, title.upper())
    return "%d %s%s" % (num, title, tag)


def dec_head(lay, w, body, d):
    if w == 0:
        return "Beslutning i %s den %s" % (body, d.strftime("%d-%m-%Y")) if lay != "groff" else "Beslutning"
    if lay == "chromium":
        return "%ss beslutning den %s" % (body, C.dk(d))
    return "Afgørelse"


def sec_name(key, w, lay, body, d):
    if key == "beslutning":
        return dec_head(lay, w, body, d)
    return C.SECNAMES[w][key] if hasattr(C, "SECNAMES") else SECNAMES[w][key]


def blocks_html(blocks):
    o = []
    for b in blocks:
        if b[0] == "p":
            o.append("<p>%s</p>" % html.escape(b[1]))
        elif b[0] == "ul":
            o.append("<ul>%s</ul>" % "".join("<li>%s</li>" % html.escape(x) for x in b[1]))
        else:
            o.append("<table border=\"1\" cellpadding=\"3\">%s</table>" % "".join(
                "<tr>%s</tr>" % "".join(("<th>%s</th>" if i == 0 else "<td>%s</td>") % html.escape(c) for c in r) for i, r in enumerate(b[1])))
    return "\n".join(o)


def sagsnr(rng, d):
    return rng.choice(["%02d.%02d.%02d-G01-%d-%02d" % (rng.randint(0, 85), rng.randint(0, 20), rng.randint(0, 10), rng.randint(1, 999), d.year % 100),
                       "EMN-%d-%06d" % (d.year, rng.randint(1000, 99999)), "Sag %d-%d-%d" % (rng.randint(300, 330), d.year, rng.randint(100, 99999))])


def header_fields(mt, p, w):
    d = mt["date"]
    bn = p["body"] if mt["kind"] != "committee" else "Økonomiudvalget"
    return bn, [("Udvalg" if w == 0 else "Organ", bn), ("Mødedato", C.dk(d) if w == 0 else d.strftime("%d.%m.%Y")),
                ("Mødetidspunkt" if w == 0 else "Tidspunkt", "kl. 17.00" if w == 0 else "16:30"),
                ("Mødested" if w == 0 else "Sted", "Rådhuset, byrådssalen" if mt["kind"] != "committee" else "Mødelokale 2"),
                ("Fraværende" if w == 0 else "Afbud", "Ingen" if d.day % 2 else "%s" % MEMBERS[d.day % len(MEMBERS)])]


def item_html(lay, w, it, num, mt, p, rng):
    bn = p["body"] if mt["kind"] != "committee" else "Økonomiudvalget"
    h = heading(lay, num, it["title"], None, it["closed"])
    s = ["<div class=\"item\"><h2>%s</h2>" % html.escape(h)]
    s.append("<p class=\"sagsnr\">Sagsnr.: %s%s</p>" % (html.escape(it["sagsnr"]), "  Lukket punkt" if it["closed"] and lay not in ("html_cp1252", "weasyprint", "html_per_item") else ""))
    secs = it["sections"]
    if lay in ("weasyprint",):  # decision first
        secs = [x for x in secs if x[0] == "beslutning"] + [x for x in secs if x[0] != "beslutning"]
    for key, blocks in secs:
        s.append("<h3>%s</h3>" % html.escape(sec_name(key, w, lay, bn, mt["date"])))
        s.append(blocks_html(blocks))
    s.append("</div>")
    return "\n".join(s)


CSS = "*{font-variant-ligatures:none;font-feature-settings:'liga' 0,'clig' 0} body{font-family:'DejaVu Sans',Arial,sans-serif;font-size:10.5pt;margin:2em} h1{font-size:16pt} h2{font-size:13pt;margin-top:1.4em} h3{font-size:11pt;margin-bottom:.2em} table{border-collapse:collapse} .sagsnr{color:#555}"


def doc_html(lay, w, mt, p, items, rng, charset="utf-8", only=None):
    bn, hf = header_fields(mt, p, w)
    title = "%s - Referat" % bn if w == 0 else "Referat af møde i %s, %s Kommune" % (bn, p["muni"])
    s = ["<!DOCTYPE html><html lang=\"da\"><head><meta charset=\"%s\"><title>%s</title><style>%s</style></head><body>" % (charset, html.escape(title), CSS)]
    if lay.startswith("html"):
        s.append("<div class=\"nav\"><a href=\"#main\">Gå til indhold</a> | %s Kommune &gt; Politik &gt; Dagsordener og referater</div>" % html.escape(p["muni"]))
    s.append("<h1>%s</h1>" % html.escape(title))
    s.append("<p><b>%s Kommune</b></p>" % html.escape(p["muni"]))
    s.append("<table class=\"hdr\">%s</table>" % "".join("<tr><td><b>%s</b></td><td>%s</td></tr>" % (html.escape(a), html.escape(b)) for a, b in hf))
    s.append("<div id=\"main\">")
    for num, it in enumerate(items, 1):
        if only is not None and num != only:
            continue
        s.append(item_html(lay, w, it, it["num"], mt, p, rng))
    s.append("</div>")
    if lay.startswith("html"):
        s.append("<p class=\"foot\">Til toppen | Tilgængelighedserklæring</p>")
    s.append("</body></html>")
    return "\n".join(s)


def groff_esc(t):
    t = t.replace("\\", "\\e").replace("–", "-")
    return "\n".join(("\\&" + l if l[:1] in ".'" else l) for l in t.split("\n"))


def doc_groff(w, mt, p, items):
    bn, hf = header_fields(mt, p, w)
    o = [".nh", ".ad l", ".ds CH", ".ds CF Side %", ".LP", ".ps 14", "\\fB%s Kommune - Beslutningsprotokol\\fP" % groff_esc(p["muni"]), ".ps 10", ".LP"]
    for a, b in hf:
        o += ["%s: %s" % (a, groff_esc(b)), ".br"]
    for it in items:
        o += [".SH", groff_esc(heading("groff", it["num"], it["title"], None, it["closed"])), ".LP", "Sagsnr. %s%s" % (groff_esc(it["sagsnr"]), " - Lukket punkt" if it["closed"] else "")]
        for key, blocks in it["sections"]:
            o += [".LP", "\\fI%s\\fP" % groff_esc(sec_name(key, w, "groff", bn, mt["date"])), ".br"]
            for b in blocks:
                if b[0] == "p":
                    o += [groff_esc(b[1]), ".LP"]
                elif b[0] == "ul":
                    for x in b[1]:
                        o += [".IP \\(bu 2", groff_esc(x)]
                    o += [".LP"]
                else:
                    for r in b[1]:
                        o += [groff_esc(" | ".join(r)), ".br"]
                    o += [".LP"]
    return "\n".join(o) + "\n"


def doc_text(w, mt, p, items):
    bn, hf = header_fields(mt, p, w)
    o = ["%s KOMMUNE" % p["muni"].upper(), "REFERAT - %s" % bn.upper(), ""]
    o += ["%-16s %s" % (a + ":", b) for a, b in hf] + [""]
    for it in items:
        o += ["", heading("enscript", it["num"], it["title"], None, it["closed"]), "Sagsnr. %s%s" % (it["sagsnr"], "   LUKKET PUNKT" if it["closed"] else ""), ""]
        for key, blocks in it["sections"]:
            o.append(sec_name(key, w, "enscript", bn, mt["date"]) + ":")
            for b in blocks:
                if b[0] == "p":
                    o += textwrap.wrap(b[1], 78) + [""]
                elif b[0] == "ul":
                    for x in b[1]:
                        o += textwrap.wrap(x, 76, initial_indent="- ", subsequent_indent="  ")
                    o.append("")
                else:
                    for r in b[1]:
                        o += textwrap.wrap("  ".join("%-34s" % c for c in r), 78)
                    o.append("")
    return "\n".join(o).replace("–", "-") + "\n"


class TextParser(HTMLParser):
    BLOCK = {"p", "div", "h1", "h2", "h3", "li", "tr", "br", "table", "ul"}

    def __init__(self):
        super().__init__(); self.out = []; self.skip = 0

    def handle_starttag(self, t, a):
        if t in ("style", "script", "title"):
            self.skip += 1
        if t in self.BLOCK:
            self.out.append("\n")
        if t in ("td", "th"):
            self.out.append(" ")

    def handle_endtag(self, t):
        if t in ("style", "script", "title"):
            self.skip -= 1
        if t in self.BLOCK:
            self.out.append("\n")

    def handle_data(self, d):
        if not self.skip:
            self.out.append(d)


def html_text(path, enc):
    tp = TextParser(); tp.feed(open(path, encoding=enc).read()); return "".join(tp.out)


# ---------------------------------------------------------------- main
def main():
    out = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "out")
    if os.path.exists(out):
        shutil.rmtree(out)
    home = os.path.join(out, ".home"); os.makedirs(home)
    src = os.path.join(out, "src")
    P = plan()
    manifest = dict(seed=SEED, period=PERIOD, layouts={}, halves={})
    for hi, half in enumerate(["dev", "holdout"]):
        w = hi
        rng = random.Random(SEED * 100 + hi)
        corpus = os.path.join(out, half, "corpus")
        docs, gold = [], []
        jobs = {}
        for mt in P[half]:
            p, items = build_meeting(mt, w, rng)
            for n, it in enumerate(items, 1):
                it["num"] = n + (0 if w == 0 else 40 + mt["date"].month * 3)
                it["sagsnr"] = sagsnr(rng, mt["date"])
            lay = mt["layout"]
            mname = mt["muni"]["name"]
            stem = "%s-referat-%s" % ("oeu" if mt["kind"] == "committee" else "byraad", mt["date"].isoformat())
            os.makedirs(os.path.join(corpus, mname), exist_ok=True)
            os.makedirs(os.path.join(src, half, mname), exist_ok=True)
            base = dict(muni=mt["muni"], kind=mt["kind"], date=mt["date"], layout=lay, p=p)
            if lay == "html_per_item":
                for it in items:
                    fn = "%s-punkt-%02d.html" % (stem, it["num"])
                    open(os.path.join(corpus, mname, fn), "w", encoding="utf-8").write(doc_html(lay, w, mt, p, items, rng, only=items.index(it) + 1))
                    docs.append(dict(base, file="%s/%s" % (mname, fn), items=[it], pdf=False, enc="utf-8"))
                continue
            if lay in ("html_utf8", "html_cp1252"):
                enc = "utf-8" if lay == "html_utf8" else "windows-1252"
                fn = stem + ".html"
                open(os.path.join(corpus, mname, fn), "w", encoding=enc).write(doc_html(lay, w, mt, p, items, rng, charset=enc))
                docs.append(dict(base, file="%s/%s" % (mname, fn), items=items, pdf=False, enc=enc))
                continue
            fn = stem + ".pdf"
            s = os.path.join(src, half, mname, stem)
            if lay == "groff":
                open(s + ".ms", "w", encoding="utf-8").write(doc_groff(w, mt, p, items))
            elif lay == "enscript":
                open(s + ".txt", "w", encoding="latin-1").write(doc_text(w, mt, p, items))
            else:
                open(s + ".html", "w", encoding="utf-8").write(doc_html(lay, w, mt, p, items, rng))
            jobs.setdefault(lay, []).append((s, os.path.join(corpus, mname, fn)))
            docs.append(dict(base, file="%s/%s" % (mname, fn), items=items, pdf=True))
        # producers, one at a time
        for lay, lst in sorted(jobs.items()):
            if lay == "libreoffice":
                lo = os.path.join(src, half, "_lo"); os.makedirs(lo, exist_ok=True)
                run(["soffice", "--headless", "--norestore", "-env:UserInstallation=file://" + home + "/lo", "--infilter=HTML (StarWriter)",
                     "--convert-to", "pdf:writer_pdf_Export", "--outdir", lo] + [s + ".html" for s, _ in lst], home)
                for s, dst in lst:
                    shutil.move(os.path.join(lo, os.path.basename(s) + ".pdf"), dst)
            for s, dst in lst:
                if lay == "wkhtmltopdf":
                    run(["wkhtmltopdf", "-q", "--encoding", "utf-8", "--header-left", "Udskrevet 03.12.2026 09:14", "--header-font-size", "7",
                         "--footer-center", "Side [page] af [topage]", "--footer-font-size", "7", s + ".html", dst], home)
                elif lay == "chromium":
                    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--user-data-dir=" + home + "/chr",
                         "--print-to-pdf=" + dst, s + ".html"], home)
                elif lay == "weasyprint":
                    run(["weasyprint", s + ".html", dst], home)
                elif lay == "gs_redistilled":
                    run(["weasyprint", s + ".html", s + ".tmp.pdf"], home)
                    run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=pdfwrite", "-dPDFSETTINGS=/ebook", "-o", dst, s + ".tmp.pdf"], home)
                elif lay == "groff":
                    ps = run(["groff", "-k", "-ms", "-Tps", "-dpaper=a4", "-P-pa4", s + ".ms"], home).stdout
                    open(s + ".ps", "wb").write(ps)
                    run(["ps2pdf", "-sPAPERSIZE=a4", s + ".ps", dst], home)
                elif lay == "enscript":
                    run(["enscript", "-q", "-X", "latin1", "-f", "Courier10", "-b", "%s||Side $%% af $=" % "Referat", "-M", "A4", "-o", s + ".ps", s + ".txt"], home)
                    run(["ps2pdf", "-sPAPERSIZE=a4", s + ".ps", dst], home)
        # extract and index
        idx_docs = []
        gid = 0
        for d in docs:
            path = os.path.join(corpus, d["file"])
            if d["pdf"]:
                raw = subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], stdout=subprocess.PIPE, check=True).stdout.decode("utf-8")
                pages = raw.split("\f")
            else:
                pages = [html_text(path, d["enc"])]
            full = "".join(pages)
            starts, acc = [], 0
            for pg in pages:
                starts.append(acc); acc += len(pg)
            pg_of = lambda i: max(k for k, s0 in enumerate(starts) if s0 <= i) + 1
            sq, ix = sqmap(full)
            pos, spans = 0, []
            for it in d["items"]:
                hsq = squash(heading(d["layout"], it["num"], it["title"], None, it["closed"]))
                k = sq.find(hsq, pos)
                if k < 0:
                    sys.exit("CHECK FAILED: heading not found %s in %s" % (it["title"], d["file"]))
                spans.append(k); pos = k + len(hsq)
            items_out = []
            for j, it in enumerate(d["items"]):
                a = ix[spans[j]]
                b = ix[spans[j + 1]] if j + 1 < len(spans) else len(full)
                text = full[a:b]
                pgs = [pg_of(a), pg_of(max(a, b - 1))] if d["pdf"] else [1, 1]
                gold_id = None
                if it["gold"]:
                    g = it["gold"]
                    gid += 1
                    gold_id = "%s-%03d" % ("D" if w == 0 else "H", gid)
                    psq = squash(g["phrase"])
                    k = squash(text).find(psq)
                    if k < 0:
                        sys.exit("CHECK FAILED: phrase not in item %s %s: %s" % (d["file"], it["title"], g["phrase"]))
                    tsq, tix = sqmap(text)
                    page = pg_of(a + tix[k]) if d["pdf"] else 1
                    expect = "flag" if (g["flag"] and d["kind"] == "council") else "quiet"
                    why = g["why"]
                    if g["flag"] and d["kind"] != "council":
                        why = "planted problem in a %s meeting (not drawn)" % ("committee" if d["kind"] == "committee" else "out-of-period council")
                    ge = dict(id=gold_id, document=d["file"], page=page, pages=pgs, item_number=it["num"], item_title=it["title"],
                              **{"class": g["cls"]}, expect=expect, phrase=g["phrase"], variant=g["variant"], municipality=d["muni"]["name"],
                              meeting_date=d["date"].isoformat(), body=("Økonomiudvalget" if d["kind"] == "committee" else d["p"]["body"]),
                              meeting_kind=d["kind"], layout=d["layout"], law=g["law"])
                    if why:
                        ge["why_quiet"] = why
                    gold.append(ge)
                items_out.append(dict(number=it["num"], title=it["title"], text=text, pages=pgs, gold=gold_id))
            idx_docs.append(dict(document=d["file"], kind=d["kind"], pdf=d["pdf"], municipality=d["muni"]["name"], meeting_date=d["date"].isoformat(),
                                 body="committee" if d["kind"] == "committee" else "council",
                                 body_name="Økonomiudvalget" if d["kind"] == "committee" else d["p"]["body"], layout=d["layout"], items=items_out,
                                 _pages=pages))
        json.dump(dict(seed=SEED, half=half, period=PERIOD, layouts=LAYOUTS[half], items=gold),
                  open(os.path.join(out, half, "gold.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
        pagetexts = {d["document"]: d.pop("_pages") for d in idx_docs}
        json.dump(dict(documents=idx_docs), open(os.path.join(out, half, "items.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
        json.dump(pagetexts, open(os.path.join(src, half, "pagetexts.json"), "w", encoding="utf-8"), ensure_ascii=False)
        per = {}
        for g in gold:
            r = per.setdefault(g["class"], dict(flag=0, quiet=0, not_drawn=0))
            r["flag" if g["expect"] == "flag" else ("quiet" if g["meeting_kind"] == "council" else "not_drawn")] += 1
        manifest["halves"][half] = dict(layouts=LAYOUTS[half], municipalities=sorted({d["muni"]["name"] for d in docs}),
                                        documents=len(docs), kinds={k: sum(1 for d in idx_docs if d["kind"] == k) for k in ("council", "committee", "out_of_period")},
                                        gold_items=len(gold), per_class=per)
        for l in LAYOUTS[half]:
            manifest["layouts"][l] = half
    json.dump(manifest, open(os.path.join(out, "manifest.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    main()
