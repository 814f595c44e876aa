#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generate, render, index and self-check the independent spot corpus 18 (2026H1).

  gen.py OUT          (called by build.sh)
"""
import datetime, html, json, os, random, re, shutil, subprocess, sys, textwrap, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import content as C  # noqa: E402

SEED = 18
PERIOD = "2026H1"
KOMMUNER = "/work/shared/data/kommuner.csv"
LAYOUTS = {
    "dev": ["html-utf8", "libreoffice", "chromium", "groff", "gs-redistilled"],
    "holdout": ["html-cp1252", "html-per-item", "wkhtmltopdf", "weasyprint", "enscript"],
}
PRODUCER = {"html-utf8": "none (static HTML export, utf-8)", "libreoffice": "soffice --convert-to pdf (HTML imported as Writer)",
            "chromium": "chromium --headless --print-to-pdf (with print stamp)", "groff": "groff -k -t -ms -Tpdf",
            "gs-redistilled": "chromium --no-pdf-header-footer, then gs -sDEVICE=pdfwrite",
            "html-cp1252": "none (static HTML export, windows-1252)", "html-per-item": "none (one HTML file per item)",
            "wkhtmltopdf": "wkhtmltopdf", "weasyprint": "weasyprint", "enscript": "enscript -X latin1 | ps2pdf"}
FIRST = ["Anne", "Lars", "Mette", "Søren", "Karin", "Jørgen", "Birgit", "Ole", "Lene", "Henrik", "Tove", "Bjørn",
         "Ulla", "Morten", "Inge", "Kåre", "Gitte", "Niels", "Dorthe", "Preben", "Sanne", "Thomas", "Maja", "Rasmus"]
SUR = ["Kjær", "Møller", "Sørensen", "Lauridsen", "Høj", "Brøndum", "Bach", "Kristiansen", "Holm", "Damgaard",
       "Østergaard", "Lind", "Thygesen", "Skov", "Bæk", "Frandsen", "Nørgaard", "Vestergaard", "Mikkelsen", "Ravn"]
PARTIES = ["A", "V", "C", "F", "Ø", "O", "B", "I", "K", "Æ"]


def squash(s):
    s = unicodedata.normalize("NFKC", s or "").lower()
    return "".join(ch for ch in s if ch.isalnum())


def slug(s):
    s = unicodedata.normalize("NFKD", s.replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
                              .replace("Æ", "Ae").replace("Ø", "Oe").replace("Å", "Aa"))
    return re.sub(r"[^A-Za-z0-9]+", "-", s.encode("ascii", "ignore").decode()).strip("-")


class Ctx:
    def __init__(self, h, rng, date, kb, members):
        self.h, self.rng, self.date, self.kb, self.members = h, rng, date, kb, members

    def w(self, a, b):
        return a if self.h == 0 else b

    def name(self):
        return "%s %s" % (self.rng.choice(FIRST), self.rng.choice(SUR))

    def surname(self):
        return self.rng.choice(SUR)

    def member(self):
        return self.rng.choice(self.members[:-1]).split(" (")[0]  # the last one is absent


# ------------------------------------------------------------------ plan
def plan():
    rng = random.Random(SEED)
    rows = [l.strip().split(",") for l in open(KOMMUNER, encoding="utf-8").read().splitlines()[1:] if l.strip()]
    picked = rng.sample(rows, 24)
    halves = {"dev": picked[:12], "holdout": picked[12:]}
    out = {}
    for hi, half in enumerate(("dev", "holdout")):
        hr = random.Random("%d-%s" % (SEED, half))
        meetings = []
        for mi, (code, name, region) in enumerate(halves[half]):
            layout = LAYOUTS[half][mi % 5]
            kb = "Byrådet" if hr.random() < 0.6 else "Kommunalbestyrelsen"
            members = []
            used = set()
            while len(members) < 11:
                n = "%s %s" % (hr.choice(FIRST), hr.choice(SUR))
                if n not in used:
                    used.add(n)
                    members.append("%s (%s)" % (n, hr.choice(PARTIES)))
            dates = [datetime.date(2026, m, hr.randint(10, 28)) for m in (hr.choice((1, 2)), hr.choice((3, 4)), hr.choice((5, 6)))]
            for d in dates:
                meetings.append(dict(code=code, muni=name, layout=layout, kb=kb, members=members, date=d, kind="council", items=[]))
            if mi < 3:
                meetings.append(dict(code=code, muni=name, layout=layout, kb="Økonomiudvalget", members=members[:7],
                                     date=datetime.date(2026, hr.choice((2, 3, 4, 5)), hr.randint(3, 9)), kind="committee", items=[]))
            elif mi < 6:
                d = datetime.date(2025, 12, hr.randint(8, 17)) if mi % 2 else datetime.date(2026, hr.choice((8, 9)), hr.randint(10, 27))
                meetings.append(dict(code=code, muni=name, layout=layout, kb=kb, members=members, date=d, kind="out_of_period", items=[]))
        council = [m for m in meetings if m["kind"] == "council"]
        others = [m for m in meetings if m["kind"] != "council"]
        gold_fns = list(C.COUNCIL_GOLD)
        hr.shuffle(gold_fns)
        order = list(range(len(council)))
        hr.shuffle(order)
        for k, fn in enumerate(gold_fns):
            council[order[k % len(council)]]["items"].append(fn)
        for k, fn in enumerate(C.NOT_DRAWN):
            others[k]["items"].append(fn)
        out[half] = (hi, hr, meetings)
    return out


# ------------------------------------------------------------------ numbering / headings
def numlabel(layout, n):
    return {"html-utf8": "Punkt %d:", "libreoffice": "%d.", "chromium": "Sag nr. %d –", "groff": "%d.",
            "gs-redistilled": "Pkt. %d", "html-cp1252": "Nr.%d -", "html-per-item": "Punkt %d", "wkhtmltopdf": "%d",
            "weasyprint": "Punkt %d.", "enscript": "SAG NR. %d  "}[layout] % n


def block_text(b):
    if isinstance(b, str):
        return b
    if b[0] == "ul":
        return "\n".join("- " + x for x in b[1])
    return "\n".join(" | ".join(r) for r in [b[1]] + b[2])


def header_lines(m):
    body = m["kb"]
    absent = m["members"][-1].split(" (")[0]
    return [("Udvalg" if m["layout"] in ("html-utf8", "chromium", "html-per-item") else "Organ", body),
            ("Mødedato", C.fdate(m["date"])), ("Mødetidspunkt", "kl. 17.00" if m["kind"] != "committee" else "kl. 08.30"),
            ("Mødested", "Byrådssalen, Rådhuset" if m["kind"] != "committee" else "Mødelokale 2"),
            ("Deltagere", ", ".join(x for x in m["members"][:-1])), ("Fraværende", absent)]


# ------------------------------------------------------------------ HTML
CSS = {
    "html-utf8": "body{font-family:Arial,sans-serif;max-width:52em;margin:2em auto}h2{border-bottom:1px solid #999}table{border-collapse:collapse}td,th{border:1px solid #888;padding:2px 6px}",
    "libreoffice": "body{font-family:'Liberation Serif',serif}h2{font-size:14pt}td,th{border:1px solid black;padding:2pt}",
    "chromium": "body{font-family:'DejaVu Sans',sans-serif;font-size:11pt;margin:1.5cm}h2{color:#234;font-size:13pt;margin-top:1.5em}td,th{border:1px solid #555;padding:3px}table{border-collapse:collapse}",
    "gs-redistilled": "body{font-family:'Liberation Sans',sans-serif;font-size:10.5pt;margin:1cm}h2{font-size:12pt;background:#eee}td,th{border:1px solid #333;padding:2px}table{border-collapse:collapse}",
    "html-cp1252": "body{font-family:Verdana,sans-serif;font-size:small}h2{font-size:medium}table{border-collapse:collapse}td,th{border:1px solid #aaa}",
    "html-per-item": "body{font-family:Helvetica,sans-serif}nav{font-size:small}h1{font-size:150%}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px}",
    "wkhtmltopdf": "body{font-family:'DejaVu Serif',serif;font-size:12pt}h2{font-size:13pt}table{border-collapse:collapse}td,th{border:1px solid #000;padding:2px 5px}",
    "weasyprint": "@page{size:A4;margin:2cm;@bottom-right{content:'Side ' counter(page) ' af ' counter(pages)}}body{font-family:'DejaVu Sans',sans-serif;font-size:10pt}h2{font-size:12pt;color:#003}table{border-collapse:collapse}td,th{border:1px solid #666;padding:2px 4px}",
}


def esc(s):
    return html.escape(s, quote=False)


def blocks_html(blocks):
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append("<p>%s</p>" % esc(b))
        elif b[0] == "ul":
            out.append("<ul>%s</ul>" % "".join("<li>%s</li>" % esc(x) for x in b[1]))
        else:
            out.append("<table><tr>%s</tr>%s</table>" % ("".join("<th>%s</th>" % esc(x) for x in b[1]),
                                                         "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % esc(x) for x in r) for r in b[2])))
    return "\n".join(out)


def item_html(m, it, sec_tag="h3"):
    lay = m["layout"]
    t = '<h2>%s</h2>\n' % esc(it["heading"])
    if lay in ("html-cp1252", "wkhtmltopdf"):
        t += "<p><i>%s</i> &nbsp; Sagsnr.: %s</p>\n" % ("Lukket punkt" if it["closed"] else "Åbent punkt", it["sagsnr"])
    else:
        t += "<p>Sagsnr.: %s</p>\n" % it["sagsnr"]
    for head, blocks in it["sections"]:
        if lay == "libreoffice":
            t += "<p><b>%s</b></p>\n" % esc(head)
        else:
            t += "<%s>%s</%s>\n" % (sec_tag, esc(head), sec_tag)
        t += blocks_html(blocks) + "\n"
    return t


def header_html(m):
    lay = m["layout"]
    title = ("Referat – %s, %s Kommune" % (m["kb"], m["muni"]))
    if lay in ("html-utf8", "weasyprint", "html-per-item"):
        rows = "".join("<tr><th>%s</th><td>%s</td></tr>" % (esc(a), esc(b)) for a, b in header_lines(m))
        return "<h1>%s</h1>\n<table class='mode'>%s</table>\n" % (esc(title), rows)
    if lay == "libreoffice":
        return "<p><b>Referat af møde i %s, %s Kommune</b></p>\n%s" % (esc(m["kb"]), esc(m["muni"]),
                                                                     "".join("<p>%s: %s</p>" % (esc(a), esc(b)) for a, b in header_lines(m)))
    return "<h1>%s</h1>\n%s" % (esc(title), "".join("<div>%s: %s</div>" % (esc(a), esc(b)) for a, b in header_lines(m)))


def page_html(m, body, charset="utf-8"):
    lay = m["layout"]
    nav = ""
    if lay in ("html-utf8", "html-cp1252", "html-per-item"):
        nav = "<nav>Gå til indhold · %s Kommune · Politik · Dagsordener og referater</nav>\n" % esc(m["muni"])
    foot = "<footer><p>Til toppen</p></footer>" if lay in ("html-utf8", "html-per-item") else ""
    return ("<!DOCTYPE html>\n<html lang='da'><head><meta charset='%s'><title>%s</title><style>%s</style></head>\n<body>\n%s%s%s</body></html>\n"
            % (charset, esc("%s %s" % (m["kb"], C.fdate(m["date"]))), CSS.get(lay, ""), nav, body, foot))


# ------------------------------------------------------------------ groff / enscript
def groff_line(s):
    s = s.replace("\\", "\\e")
    return ("\\&" + s) if s[:1] in ".'" else s


def doc_groff(m):
    o = [".nh", ".na", ".ds CH", ".ds CF Side %", ".LP", "\\fB%s Kommune \\(en %s\\fP" % (m["muni"], m["kb"]), ".br", "REFERAT"]
    for a, b in header_lines(m):
        o += [".br", groff_line("%s: %s" % (a, b))]
    for it in m["items_r"]:
        o += [".SH", groff_line(it["heading"]), ".LP", groff_line("Sagsnr.: %s" % it["sagsnr"])]
        for head, blocks in it["sections"]:
            o += [".LP", "\\fB%s\\fP" % groff_line(head)]
            for b in blocks:
                if isinstance(b, str):
                    o += [".LP", groff_line(b)]
                elif b[0] == "ul":
                    for x in b[1]:
                        o += [".IP \\(bu 2", groff_line(x)]
                else:
                    o += [".TS", "box tab(@);", " ".join(["l"] * len(b[1])) + "."]
                    o += ["@".join(b[1]), "_"] + ["@".join(r) for r in b[2]] + [".TE"]
    return "\n".join(o) + "\n"


def doc_enscript(m):
    L = ["%s KOMMUNE" % m["muni"].upper(), "%s - REFERAT" % m["kb"].upper(), ""]
    for a, b in header_lines(m):
        L += textwrap.wrap("%-14s %s" % (a + ":", b), 78, subsequent_indent=" " * 15)
    for it in m["items_r"]:
        L += ["", "=" * 78] + textwrap.wrap(it["heading"], 78) + ["Sagsnr.: %s" % it["sagsnr"], ""]
        for head, blocks in it["sections"]:
            L += [head.upper() + ":"]
            for b in blocks:
                if isinstance(b, str):
                    L += textwrap.wrap(b, 76, initial_indent="  ", subsequent_indent="  ")
                elif b[0] == "ul":
                    for x in b[1]:
                        L += textwrap.wrap(x, 74, initial_indent="  - ", subsequent_indent="    ")
                else:
                    rows = [b[1]] + b[2]
                    wd = [max(len(r[i]) for r in rows) + 2 for i in range(len(b[1]))]
                    for ri, r in enumerate(rows):
                        L.append("  " + "".join(x.ljust(wd[i]) for i, x in enumerate(r)).rstrip())
                        if ri == 0:
                            L.append("  " + "-" * (sum(wd) - 2))
            L.append("")
    return "\n".join(L).replace("–", "-") + "\n"


# ------------------------------------------------------------------ build
def run(cmd, env, **kw):
    p = subprocess.run(["nice", "-n", "10"] + cmd, env=env, capture_output=True, **kw)
    if p.returncode != 0:
        sys.exit("producer failed: %s\n%s" % (" ".join(cmd), p.stderr.decode(errors="replace")[-2000:]))
    return p


def pdftext(path):
    return subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], capture_output=True, check=True).stdout.decode("utf-8")


def heading_regex(h):
    toks = h.split()
    return re.compile(r"\s*".join(re.escape(t) for t in toks))


def main():
    out = os.path.abspath(sys.argv[1])
    home = os.path.join(out, "home")
    for d in ("dev", "holdout", "src", "home"):
        shutil.rmtree(os.path.join(out, d), ignore_errors=True)
    os.makedirs(home)
    env = dict(os.environ, HOME=home, LC_ALL="C.UTF-8", SOURCE_DATE_EPOCH="1767225600")
    plans = plan()
    manifest = {"seed": SEED, "period": PERIOD, "layouts": {}, "halves": {}}
    failures = []
    for half, (hi, hr, meetings) in plans.items():
        setdir = os.path.join(out, half)
        corpus = os.path.join(setdir, "corpus")
        src = os.path.join(out, "src", half)
        os.makedirs(corpus)
        os.makedirs(src)
        gold, docs = [], []
        gid = 0
        jobs = {}  # layout -> list of (html/src path, pdf path, meeting)
        for m in meetings:
            ctx_rng = random.Random("%s-%s-%s" % (half, m["code"], m["date"]))
            items = []
            nord = 2 + ctx_rng.randint(0, 1)
            fns = list(m["items"])
            if m["kind"] == "council":
                ordk = ctx_rng.sample(range(1, 8), nord)
            else:
                ordk = ctx_rng.sample(range(1, 8), 2)
            seq = [("ord", 0)] + [("ord", k) for k in ordk] + [("gold", fn) for fn in fns]
            rest = seq[1:]
            ctx_rng.shuffle(rest)
            seq = [seq[0]] + rest
            base = {"dev": 100, "holdout": 200}[half] + ctx_rng.randint(0, 60)
            for n, (kind, x) in enumerate(seq, 1):
                ctx = Ctx(hi, ctx_rng, m["date"], m["kb"] if m["kind"] != "committee" else "Økonomiudvalget", m["members"])
                if kind == "ord":
                    title, sections = C.ordinary(ctx, x)
                    it = dict(title=title, sections=sections, gold=None, closed=title.startswith("Lukket"))
                else:
                    g = x(ctx)
                    it = dict(title=g["title"], sections=g["sections"], gold=g, closed=g["closed"])
                if m["layout"] == "enscript":  # latin-1 plain text: no en dash
                    it["title"] = it["title"].replace("–", "-")
                it["number"] = base + n if m["layout"] in ("gs-redistilled", "enscript") else n
                it["heading"] = "%s %s" % (numlabel(m["layout"], it["number"]).rstrip(), it["title"])
                it["sagsnr"] = ("%02d.%02d.%02d-G01-%d-" % (ctx_rng.randint(0, 85), ctx_rng.randint(0, 20), ctx_rng.randint(0, 20), ctx_rng.randint(10, 999)) + m["date"].strftime("%y")
                                if hi == 0 else "EMN-%d-%06d" % (m["date"].year, ctx_rng.randint(1000, 99999)))
                items.append(it)
            m["items_r"] = items
            mdir = os.path.join(corpus, m["muni"])
            os.makedirs(mdir, exist_ok=True)
            stem = "%s-referat-%s" % ("oeu" if m["kind"] == "committee" else "byraad", m["date"].isoformat())
            lay = m["layout"]
            m["files"] = []
            if lay == "html-per-item":
                sub = os.path.join(mdir, stem)
                os.makedirs(sub)
                for it in items:
                    fn = os.path.join(sub, "punkt-%02d.html" % it["number"])
                    body = header_html(m) + item_html(m, it, "h2")
                    open(fn, "w", encoding="utf-8").write(page_html(m, body))
                    m["files"].append((fn, [it], False))
            elif lay in ("html-utf8", "html-cp1252"):
                fn = os.path.join(mdir, stem + ".html")
                body = header_html(m) + "".join(item_html(m, it) for it in items)
                cs = "utf-8" if lay == "html-utf8" else "windows-1252"
                open(fn, "w", encoding=cs).write(page_html(m, body, cs))
                m["files"].append((fn, items, False))
            else:
                pdf = os.path.join(mdir, stem + ".pdf")
                base_src = os.path.join(src, slug(m["muni"]) + "-" + stem)
                if lay == "groff":
                    s = base_src + ".ms"
                    open(s, "w", encoding="utf-8").write(doc_groff(m))
                elif lay == "enscript":
                    s = base_src + ".txt"
                    open(s, "w", encoding="latin-1").write(doc_enscript(m))
                else:
                    s = base_src + ".html"
                    body = header_html(m) + "".join(item_html(m, it) for it in items)
                    open(s, "w", encoding="utf-8").write(page_html(m, body))
                jobs.setdefault(lay, []).append((s, pdf))
                m["files"].append((pdf, items, True))
        # ---- render, one producer at a time
        for lay, lst in jobs.items():
            if lay == "libreoffice":
                lo = os.path.join(src, "lo-out")
                os.makedirs(lo, exist_ok=True)
                run(["soffice", "-env:UserInstallation=file://%s/lo" % home, "--headless", "--infilter=HTML (StarWriter)",
                     "--convert-to", "pdf:writer_pdf_Export", "--outdir", lo] + [s for s, _ in lst], env)
                for s, pdf in lst:
                    shutil.move(os.path.join(lo, os.path.splitext(os.path.basename(s))[0] + ".pdf"), pdf)
            for s, pdf in lst:
                if lay == "groff":
                    with open(pdf, "wb") as fh:
                        fh.write(run(["groff", "-k", "-t", "-ms", "-Tpdf", s], env).stdout)
                elif lay == "enscript":
                    ps = s[:-4] + ".ps"
                    run(["enscript", "-q", "-X", "latin1", "-f", "Courier10", "-b", "Referat|%s|Side $%% af $=" % os.path.basename(pdf)[:-4],
                         "-o", ps, s], env)
                    run(["ps2pdf", ps, pdf], env)
                elif lay in ("chromium", "gs-redistilled"):
                    tgt = pdf if lay == "chromium" else s[:-5] + ".chr.pdf"
                    cmd = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=%s/chromium" % home,
                           "--print-to-pdf=%s" % tgt]
                    if lay == "gs-redistilled":
                        cmd.append("--no-pdf-header-footer")
                    run(cmd + ["file://" + s], env)
                    if lay == "gs-redistilled":
                        run(["gs", "-q", "-sDEVICE=pdfwrite", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-o", pdf, tgt], env)
                elif lay == "wkhtmltopdf":
                    run(["wkhtmltopdf", "--quiet", "--encoding", "utf-8", "--footer-right", "[page]/[topage]", s, pdf], env)
                elif lay == "weasyprint":
                    run(["weasyprint", s, pdf], env)
        # ---- index
        for m in meetings:
            for fn, items, is_pdf in m["files"]:
                rel = os.path.relpath(fn, corpus).replace(os.sep, "/")
                if is_pdf:
                    txt = pdftext(fn)
                    for bad in ("Ã", "â€", "\ufffd", "Ã¸"):
                        if bad in txt:
                            failures.append("%s: mojibake %r" % (rel, bad))
                    if not re.search("[æøåÆØÅ]", txt):
                        failures.append("%s: no Danish letters extracted" % rel)
                    pos = []
                    start = 0
                    for it in items:
                        mo = heading_regex(it["heading"]).search(txt, start)
                        if not mo:
                            failures.append("%s: heading not found: %s" % (rel, it["heading"]))
                            pos.append(start)
                            continue
                        pos.append(mo.start())
                        start = mo.end()
                    pos.append(len(txt))
                    for k, it in enumerate(items):
                        a, b = pos[k], pos[k + 1]
                        seg = txt[a:b]
                        it["text"] = seg.replace("\f", "\n").strip()
                        p0 = txt.count("\f", 0, a) + 1
                        p1 = txt.count("\f", 0, a + len(seg.rstrip())) + 1
                        it["pages"] = [p0, max(p0, p1)]
                        pages_txt = txt.split("\f")
                        it["ph_page"] = None
                        if it["gold"]:
                            sq = squash(it["gold"]["phrase"])
                            for p in range(p0, it["pages"][1] + 1):
                                if sq in squash(pages_txt[p - 1]):
                                    it["ph_page"] = p
                                    break
                    npages = txt.count("\f") or 1
                else:
                    for it in items:
                        it["text"] = "\n".join([it["heading"], "Sagsnr.: %s" % it["sagsnr"]] +
                                               ["%s\n%s" % (h, "\n".join(block_text(b) for b in bl)) for h, bl in it["sections"]])
                        it["pages"] = [1, 1]
                        it["ph_page"] = 1
                    npages = 1
                drec = dict(document=rel, kind=m["kind"], pdf=is_pdf, municipality=m["muni"], municipality_code=m["code"],
                            meeting_date=m["date"].isoformat(), body="council" if m["kind"] != "committee" else "committee",
                            body_name=m["kb"], layout=m["layout"], pages=npages, items=[])
                for it in items:
                    g = it["gold"]
                    gref = None
                    if g:
                        gid += 1
                        gref = "%s-%03d" % (half[0], gid)
                        if squash(g["phrase"]) not in squash(it["text"]):
                            failures.append("%s #%s: phrase not in item text: %s" % (rel, it["number"], g["phrase"]))
                        if it["ph_page"] is None:
                            failures.append("%s #%s: phrase not on one page of the item: %s" % (rel, it["number"], g["phrase"]))
                        rec = dict(id=gref, document=rel, page=it["ph_page"] or it["pages"][0], pages=it["pages"], item_number=it["number"],
                                   item_title=it["title"], **{"class": g["cls"]},
                                   expect=g["expect"] if m["kind"] == "council" else "quiet", phrase=g["phrase"], variant=g["variant"],
                                   municipality=m["muni"], municipality_code=m["code"], meeting_date=m["date"].isoformat(),
                                   body=drec["body"], meeting_kind=m["kind"], layout=m["layout"], law=g["law"])
                        if m["kind"] != "council":
                            rec["why_quiet"] = "not drawn: %s" % ("committee meeting" if m["kind"] == "committee" else "council meeting outside %s" % PERIOD)
                        elif g.get("why_quiet"):
                            rec["why_quiet"] = g["why_quiet"]
                        gold.append(rec)
                    drec["items"].append(dict(number=it["number"], title=it["title"], text=it["text"], pages=it["pages"], gold=gref))
                docs.append(drec)
        docs.sort(key=lambda d: d["document"])
        counts = {}
        for g in gold:
            c = counts.setdefault(g["class"], {"flag": 0, "quiet": 0, "not_drawn": 0})
            c["flag" if g["expect"] == "flag" else ("quiet" if g["meeting_kind"] == "council" else "not_drawn")] += 1
        json.dump({"seed": SEED, "half": half, "period": PERIOD, "layouts": LAYOUTS[half], "items": gold},
                  open(os.path.join(setdir, "gold.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
        json.dump({"documents": docs}, open(os.path.join(setdir, "items.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
        for lay in LAYOUTS[half]:
            manifest["layouts"][lay] = {"half": half, "producer": PRODUCER[lay]}
        kinds = {}
        for d in docs:
            kinds[d["kind"]] = kinds.get(d["kind"], 0) + 1
        manifest["halves"][half] = {"municipalities": sorted({(m["code"], m["muni"], m["layout"]) for m in meetings}),
                                    "documents": kinds, "items": sum(len(d["items"]) for d in docs),
                                    "gold": len(gold), "per_class": counts}
        # ---- emphasis counts
        for cls in ("fixed_limit", "retroactive", "fee", "inhabil", "personal_data"):
            c = counts.get(cls, {})
            if c.get("flag", 0) < 3 or c.get("quiet", 0) < 3:
                failures.append("%s %s: fewer than 3 flag / 3 quiet in council meetings: %s" % (half, cls, c))
        # ---- stub report scored with score.py
        bydoc = {}
        for d in docs:
            for it in d["items"]:
                if it["gold"] and next(g for g in gold if g["id"] == it["gold"])["expect"] == "flag":
                    g = next(g for g in gold if g["id"] == it["gold"])
                    bydoc.setdefault(d["document"], []).append({"rule": g["class"], "page": g["page"], "item": it["title"], "passage": it["text"]})
        stub = {"flags": [{"document": k, "flags": v} for k, v in sorted(bydoc.items())]}
        sp = os.path.join(out, "src", half, "stub-report.json")
        json.dump(stub, open(sp, "w", encoding="utf-8"), ensure_ascii=False)
        score = os.path.join(HERE, "..", "independent-spot", "score.py")
        p = subprocess.run([sys.executable, score, "--bin", "/bin/false", "--set", setdir, "--report", sp, "--period", PERIOD],
                           capture_output=True, text=True)
        last = (p.stdout.strip().splitlines() or [""])[-1]
        nflag = sum(1 for g in gold if g["expect"] == "flag")
        nq = sum(1 for g in gold if g["expect"] == "quiet" and g["meeting_kind"] == "council")
        want = "recall %d/%d, near misses flagged 0/%d, other flags 0" % (nflag, nflag, nq)
        print("%s: %s" % (half, last))
        if last != want:
            failures.append("%s: stub score %r, wanted %r\n%s" % (half, last, want, p.stdout + p.stderr))
    json.dump(manifest, open(os.path.join(out, "manifest.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    shutil.rmtree(home, ignore_errors=True)
    if failures:
        print("SELF-CHECK FAILED:\n  " + "\n  ".join(failures))
        sys.exit(1)
    print("self-check ok")


if __name__ == "__main__":
    main()
