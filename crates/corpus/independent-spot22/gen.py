#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generate independent spot-check corpus 22 (2026H1). Usage: gen.py OUT"""
import csv, datetime, html, html.parser, json, os, random, re, shutil, subprocess, sys, unicodedata
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from texts import LAW, FLAG, QUIET, ORDINARY

SEED = 2026022
PERIOD = "2026H1"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "out"))
ENV = dict(os.environ, HOME=os.path.join(OUT, ".home"), LC_ALL="C.UTF-8")
EMPH = ["fixed_limit", "presumption_of_refusal", "personal_data", "company_benefit", "missing_hearing",
        "budget_stop", "closed_without_ground", "unlawful_delegation"]
CLASSES = ["fixed_limit", "presumption_of_refusal", "retroactive_reduction", "personal_data", "real_estate_sale",
           "company_benefit", "closed_without_ground", "missing_hearing", "budget_stop", "unlawful_delegation",
           "inhabil_member", "fee_without_basis", "complaint_guidance"]
LAYOUTS = {
    "dev": [("word_soffice", "LibreOffice (HTML -> Writer -> PDF)", "hand-made Word document, label table header, 'Punkt N:' items"),
            ("acadre_groff", "groff -ms + ps2pdf", "Acadre-style print, 'N. Title' + Sagsnr., 'Beslutning i Byrådet den DD-MM-YYYY'"),
            ("protocol_enscript", "enscript (latin1) + ps2pdf", "Beslutningsprotokol in monospace, 'Pkt. N', no decision heading"),
            ("os2_html", "static HTML (UTF-8)", "OS2dagsorden-like HTML export, 'Åbent punkt', 'Beskrivelse af sagen'")],
    "holdout": [("firstagenda_chromium", "Chromium --print-to-pdf", "FirstAgenda-like, 'Sag nr. N – Title', 'Sagens kerne', 'Forslag'"),
                ("politikerweb_wkhtml", "wkhtmltopdf", "Politikerweb-like, 'Redegørelse', 'Administrationen indstiller', 'Side x af y'"),
                ("prepare_weasy", "WeasyPrint", "Prepare-like, decision first ('Afgørelse'), 'Nr.N - Title', 'Problemstilling'"),
                ("sbsys_gs", "wkhtmltopdf + Ghostscript pdfwrite re-distill", "SBSYS-like protocol, run-on item numbers, 'Kommunalbestyrelsen, D. måned YYYY, pkt. N:' with votes")],
}
DAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"]


def weekday(d):
    while d.weekday() > 3:
        d += datetime.timedelta(days=1)
    return d


def dk(d, weekday=False):
    s = "%d. %s %d" % (d.day, MONTHS[d.month - 1], d.year)
    return ("%s den %s" % (DAYS[d.weekday()], s)) if weekday else s


def squash(s):
    s = unicodedata.normalize("NFKC", s or "").lower()
    return "".join(ch for ch in s if ch.isalnum())


def run(cmd, **kw):
    p = subprocess.run(["nice", "-n", "10"] + cmd, env=ENV, capture_output=True, **kw)
    if p.returncode != 0:
        sys.exit("producer failed: %s\n%s" % (" ".join(cmd), p.stderr.decode("utf-8", "replace")[-2000:]))
    return p


def local(text, half):
    if half == "holdout":
        for a, b in (("Byrådets", "Kommunalbestyrelsens"), ("Byrådet", "Kommunalbestyrelsen"),
                     ("byrådsmedlem", "kommunalbestyrelsesmedlem"), ("Byrådsmedlem", "Kommunalbestyrelsesmedlem")):
            text = text.replace(a, b)
    return text


# ---------------------------------------------------------------- plan
def plan():
    rng = random.Random(SEED)
    rows = [r for r in csv.DictReader(open("/work/shared/data/kommuner.csv", encoding="utf-8")) if r["code"] != "101"]
    munis = rng.sample(rows, 24)
    halves = {"dev": munis[:12], "holdout": munis[12:]}
    docs_by_half = {}
    for half, ms in halves.items():
        docs = []
        for i, m in enumerate(ms):
            layout = LAYOUTS[half][i // 3][0]
            body = "Byrådet" if half == "dev" else "Kommunalbestyrelsen"
            base = [datetime.date(2026, 1, 20), datetime.date(2026, 3, 17), datetime.date(2026, 5, 26)]
            dates = [weekday(b + datetime.timedelta(days=rng.randint(0, 9))) for b in base]
            for dt in dates:
                docs.append(dict(half=half, muni=m["name"], layout=layout, kind="council", body=body, date=dt, gold=[]))
            docs.append(dict(half=half, muni=m["name"], layout=layout, kind="committee", body="Økonomiudvalget",
                             date=weekday(datetime.date(2026, 2, 10) + datetime.timedelta(days=rng.randint(0, 60))), gold=[]))
            oop = datetime.date(2025, 12, 8) if i % 2 == 0 else datetime.date(2026, 8, 24)
            docs.append(dict(half=half, muni=m["name"], layout=layout, kind="out_of_period", body=body,
                             date=weekday(oop + datetime.timedelta(days=rng.randint(0, 4))), gold=[]))
        specs = []
        for c in CLASSES:
            n = 2 if c in EMPH else 1
            fl, qu = FLAG[c], QUIET[c]
            if n == 1:
                fl = [fl[0 if half == "dev" else len(fl) - 1]]
                qu = [qu[0 if half == "dev" else len(qu) - 1]]
            for e in fl[:n]:
                specs.append((c, "flag", e))
            for e in qu[:n]:
                specs.append((c, "quiet", e))
        rng.shuffle(specs)
        council = [d for d in docs if d["kind"] == "council"]
        for c, ex, e in specs:
            cands = [d for d in council if len(d["gold"]) < 3 and all(g[0] != c for g in d["gold"])]
            lo = min(len(d["gold"]) for d in cands)
            d = rng.choice([d for d in cands if len(d["gold"]) == lo])
            d["gold"].append((c, ex, e))
        # planted problems in meetings that must not be drawn (quiet, not drawn)
        nd = [d for d in docs if d["kind"] != "council"]
        pick = [c for c in ("fixed_limit", "inhabil_member", "unlawful_delegation", "complaint_guidance")]
        for k, c in enumerate(pick):
            d = [x for x in nd if x["kind"] == ("committee" if k % 2 == 0 else "out_of_period")][k * 2 + (0 if half == "dev" else 1)]
            d["gold"].append((c, "flag", FLAG[c][0]))
        for d in docs:
            n_ord = rng.randint(3, 4) if d["gold"] else rng.randint(4, 5)
            mid = rng.sample(ORDINARY[1:5] + ORDINARY[6:], n_ord - 2)
            items = [("ord", ORDINARY[0])] + [("ord", o) for o in mid]
            for g in d["gold"]:
                items.insert(rng.randint(1, len(items)), ("gold", g))
            items.append(("ord", ORDINARY[5]))
            d["items"] = items
            d["rnd"] = rng.randint(10, 999)
        docs_by_half[half] = docs
    return docs_by_half


# ---------------------------------------------------------------- rendering
def item_parts(it, half):
    """-> title, background, recommendation, decision-core, gold tuple or None"""
    kind, x = it
    if kind == "ord":
        t, bg, rec = x
        return t, local(bg, half), local(rec, half), None
    c, ex, e = x
    return e[1], local(e[2], half), local(e[3], half), x


DECISION_DEV = ["Godkendt.", "Indstillingen godkendt.", "Godkendt som indstillet.", "Godkendt uden afstemning."]
DECISION_HO = ["Vedtaget.", "Tiltrådt.", "Forslaget blev vedtaget uden afstemning.", "Enstemmigt vedtaget."]


def esc(s):
    return html.escape(s, quote=False)


def recs(rec):
    return [r.strip() for r in re.split(r"(?<=[.;])\s+(?=at )", rec)]


def render(d, first_no):
    """Returns (ext, source text, [(number, title)])"""
    L, half, body = d["layout"], d["half"], d["body"]
    dt = d["date"]
    heads = []
    muni = d["muni"]
    rnd = d["rnd"]
    bodyfull = "%s i %s Kommune" % (body, muni)
    parts = []
    for k, it in enumerate(d["items"]):
        no = first_no + k if L == "sbsys_gs" else k + 1
        t, bg, rec, g = item_parts(it, half)
        dec = (DECISION_DEV if half == "dev" else DECISION_HO)[(rnd + k) % 4]
        parts.append((no, t, bg, rec, dec, g))
        heads.append((str(no), t))
    css = "body{font-family:'DejaVu Sans',Arial,sans-serif;font-size:10.5pt} h1{font-size:16pt} h2{font-size:12.5pt;margin-top:18pt} h3{font-size:10.5pt;margin:8pt 0 2pt}"
    if L == "word_soffice":
        h = ["<html><head><meta charset='utf-8'><style>%s</style></head><body>" % css,
             "<p><b>%s Kommune</b></p><h1>Referat af %ss møde</h1>" % (esc(muni), esc(body)),
             "<table border='1' cellpadding='3'><tr><td>Udvalg:</td><td>%s</td></tr><tr><td>Dato:</td><td>%s</td></tr><tr><td>Tidspunkt:</td><td>kl. 17.00</td></tr><tr><td>Sted:</td><td>Byrådssalen, Rådhuset</td></tr><tr><td>Afbud:</td><td>Ingen</td></tr></table>" % (esc(body), dt.strftime("%d.%m.%Y"))]
        for no, t, bg, rec, dec, g in parts:
            h.append("<h2>Punkt %s: %s</h2><h3>Sagsfremstilling</h3><p>%s</p><h3>Indstilling</h3><p>Borgmesteren indstiller,</p><ul>%s</ul><h3>Beslutning</h3><p>%s</p>" % (
                no, esc(t), esc(bg), "".join("<li>%s</li>" % esc(r) for r in recs(rec)), esc(dec)))
        h.append("</body></html>")
        return "html", "\n".join(h), heads
    if L == "os2_html":
        h = ["<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'><title>%s - Referat</title><style>%s</style></head><body>" % (esc(body), css),
             "<nav><a href='#main'>Gå til indhold</a> | Forside &gt; Dagsordener og referater &gt; %s</nav>" % esc(body),
             "<main id='main'><h1>%s - Referat</h1><p>Mødedato: %s<br>Mødetidspunkt: 16:30<br>Mødested: Rådhuset, mødesal 1<br>Fraværende: Ingen</p>" % (esc(body), dt.strftime("%d-%m-%Y"))]
        for no, t, bg, rec, dec, g in parts:
            h.append("<section><h2>%s %s</h2><p>Åbent punkt &nbsp; Sagsnr.: %02d.%02d.00-P20-%d-26</p><h3>Beskrivelse af sagen</h3><p>%s</p><h3>Indstilling</h3><p>Direktionen indstiller, %s</p><h3>Beslutning</h3><p>%s</p><p><a href='#main'>Til toppen</a></p></section>" % (
                no, esc(t), no, rnd % 90, rnd + int(no), esc(bg), esc(rec), esc(dec)))
        h.append("</main></body></html>")
        return "html", "\n".join(h), heads
    if L == "acadre_groff":
        g_ = [".nr PS 10", ".nr VS 13", ".ds CH", ".ds CF Side %", ".LP", "\\fB%s Kommune\\fP" % muni,
              ".sp", ".ps 16", "\\fBReferat\\fP", ".ps 10", ".sp", ".nf",
              "Udvalg: %s" % body, "Mødedato: %s" % dt.strftime("%d.%m.%Y"), "Starttidspunkt: kl. 17.00", "Mødested: Rådhuset", "Fraværende: Ingen", ".fi"]
        for no, t, bg, rec, dec, g in parts:
            g_ += [".SH", "%s. %s" % (no, t), ".LP", "Sagsnr.: 00.01.00-A00-%d-26" % (rnd * 3 + int(no)),
                   ".SH", "Sagsfremstilling", ".LP", bg, ".SH", "Indstilling", ".LP", "Forvaltningen indstiller,"]
            for r in recs(rec):
                g_ += [".IP \\(bu 2", r]
            g_ += [".SH", "Beslutning i %s den %s" % (body, dt.strftime("%d-%m-%Y")), ".LP", dec]
        src = "\n".join(l if l.startswith(".") else l.replace("\\", "\\\\").replace("'", "\\'") if l.startswith("'") else l for l in g_) + "\n"
        return "groff", src, heads
    if L == "protocol_enscript":
        import textwrap
        w = lambda s: "\n".join(textwrap.wrap(s, 80))
        lines = ["%s KOMMUNE" % muni.upper(), "BESLUTNINGSPROTOKOL", "", "%s, %s, kl. 16.00, Rådhuset" % (body, dk(dt, True)), "Afbud: Ingen", "", ""]
        for no, t, bg, rec, dec, g in parts:
            lines += ["Pkt. %s  %s" % (no, t), "", "Sagens gang:", w(bg), "", "Indstilling:", w(rec), "", w("%s godkendte indstillingen." % body if dec.startswith("Indstil") else dec), "", ""]
        return "txt", "\n".join(lines), heads
    # holdout html layouts
    if L == "firstagenda_chromium":
        h = ["<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'><style>%s .stamp{font-size:8pt;color:#666} .sag{border-top:2px solid #036;padding-top:6pt}</style></head><body>" % css,
             "<div class='stamp'>Udskrevet fra dagsorden.%s.dk</div>" % squash(muni),
             "<h1>Referat</h1><table><tr><th align='left'>Organ</th><td>%s</td></tr><tr><th align='left'>Møde</th><td>%s kl. 17:00</td></tr><tr><th align='left'>Lokale</th><td>Kommunalbestyrelsens mødesal</td></tr><tr><th align='left'>Fraværende med afbud</th><td>Ingen</td></tr></table>" % (esc(bodyfull), esc(dk(dt, True)))]
        for no, t, bg, rec, dec, g in parts:
            h.append("<div class='sag'><h2>Sag nr. %s – %s</h2><p>Sag: EMN-2026-%06d</p><h3>Sagens kerne</h3><p>%s</p><h3>Forslag</h3><ol>%s</ol><h3>%ss beslutning den %s</h3><p>%s</p></div>" % (
                no, esc(t), rnd * 100 + int(no), esc(bg), "".join("<li>%s</li>" % esc(r) for r in recs(rec)), esc(body), esc(dk(dt)), esc(dec)))
        h.append("</body></html>")
        return "html", "\n".join(h), heads
    if L == "politikerweb_wkhtml":
        h = ["<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'><style>%s</style></head><body>" % css,
             "<h1>%s %s kl. 16:00</h1><p>Mødested: Rådhuset<br>Medlemmer: Alle mødt</p>" % (esc(body), dt.strftime("%d-%m-%Y"))]
        for no, t, bg, rec, dec, g in parts:
            h.append("<h2>Punkt %s&nbsp;&nbsp;%s</h2><p>Sagsnr. %d</p><h3>Redegørelse</h3><p>%s</p><h3>Administrationen indstiller</h3><p>%s</p><h3>Beslutning på kommunalbestyrelsesmødet den %s</h3><p>%s</p>" % (
                no, esc(t), 290000 + rnd * 7 + int(no), esc(bg), esc(rec), esc(dk(dt)), esc(dec)))
        h.append("</body></html>")
        return "html", "\n".join(h), heads
    if L == "prepare_weasy":
        h = ["<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'><style>%s @page{size:A4;margin:2cm;@bottom-right{content:'Side ' counter(page) ' af ' counter(pages)}}</style></head><body>" % css,
             "<h1>Referat fra %ss møde %s</h1><p>Sted: Rådhuset, mødelokale 2 · Starttidspunkt: 17.00 · Sluttidspunkt: 19.30</p>" % (esc(body), esc(dk(dt, True)))]
        for no, t, bg, rec, dec, g in parts:
            h.append("<h2>Nr.%s - %s</h2><h3>Afgørelse</h3><p>%s</p><h3>Forslag til beslutning</h3><p>%s</p><h3>Problemstilling</h3><p>%s</p>" % (
                no, esc(t), esc(dec), esc(rec), esc(bg)))
        h.append("</body></html>")
        return "html", "\n".join(h), heads
    if L == "sbsys_gs":
        h = ["<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'><style>body{font-family:'DejaVu Serif',serif;font-size:10.5pt} h2{font-size:11.5pt}</style></head><body>",
             "<p><b>%s Kommune</b> · Beslutningsprotokol</p><p>%s<br>Mødedato %s, kl. 18.00<br>Stedfortrædere: Ingen</p>" % (esc(muni), esc(body), dt.strftime("%d.%m.%Y"))]
        for no, t, bg, rec, dec, g in parts:
            votes = "For stemte: A, C, F, V. Imod stemte: Ø. Forslaget er vedtaget." if (rnd + int(no)) % 3 == 0 else dec
            h.append("<h2>%s. %s</h2><p><b>Sagsforløb</b><br>%s</p><p><b>Direktionen foreslår</b><br>%s</p><p><i>%s, %s, pkt. %s:</i><br>%s</p>" % (
                no, esc(t), esc(bg), esc(rec), esc(body), esc(dk(dt)), no, esc(votes)))
        h.append("</body></html>")
        return "html", "\n".join(h).replace("\u2013", "-"), heads
    raise ValueError(L)


class Strip(html.parser.HTMLParser):
    BLOCK = {"p", "br", "h1", "h2", "h3", "li", "tr", "div", "section", "nav", "table", "ul", "ol", "main"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, a):
        if tag in ("style", "script", "title"):
            self.skip += 1
        if tag in self.BLOCK:
            self.out.append("\n")
        if tag in ("td", "th"):
            self.out.append(" ")

    def handle_endtag(self, tag):
        if tag in ("style", "script", "title"):
            self.skip -= 1
        if tag in self.BLOCK:
            self.out.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def html_text(src):
    p = Strip()
    p.feed(src)
    return re.sub(r"\n\s*\n+", "\n", "".join(p.out)).replace("\xa0", " ")


def main():
    if os.path.exists(OUT):
        for sub in ("dev", "holdout", "src", ".home"):
            shutil.rmtree(os.path.join(OUT, sub), ignore_errors=True)
    os.makedirs(ENV["HOME"], exist_ok=True)
    plans = plan()
    manifest = {"seed": SEED, "period": PERIOD, "layouts": {}, "halves": {}}
    failures = []
    for half, docs in plans.items():
        src = os.path.join(OUT, "src", half)
        os.makedirs(src, exist_ok=True)
        run_no = {}
        jobs = []
        for d in docs:
            key = d["muni"]
            first = run_no.get(key, 100 + d["rnd"] % 50)
            ext, text, heads = render(d, first)
            run_no[key] = first + len(heads) + 3
            prefix = {"committee": "oeu", "council": "byraad" if half == "dev" else "kb", "out_of_period": "byraad" if half == "dev" else "kb"}[d["kind"]]
            fname = "%s-referat-%s" % (prefix, d["date"].isoformat())
            d["heads"] = heads
            d["is_pdf"] = d["layout"] != "os2_html"
            d["document"] = "%s/%s.%s" % (d["muni"], fname, "pdf" if d["is_pdf"] else "html")
            stem = os.path.join(src, d["muni"].replace(" ", "_") + "__" + fname)
            srcfile = stem + "." + ext
            if ext == "txt":
                text = text.replace("\u2013", "-"); d["_t"] = 1; open(srcfile, "w", encoding="latin-1").write(text)
            else:
                open(srcfile, "w", encoding="utf-8").write(text)
            d["src"], d["srctext"], d["stem"] = srcfile, text, stem
            jobs.append(d)
        corpus = os.path.join(OUT, half, "corpus")
        # producers, one at a time
        soff = [d for d in jobs if d["layout"] == "word_soffice"]
        if soff:
            sd = os.path.join(src, "soffice")
            os.makedirs(sd, exist_ok=True)
            run(["soffice", "-env:UserInstallation=file://" + os.path.join(ENV["HOME"], "lo"), "--headless",
                 "--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export", "--outdir", sd] + [d["src"] for d in soff])
            for d in soff:
                d["pdfsrc"] = os.path.join(sd, os.path.basename(d["stem"]) + ".pdf")
        for d in jobs:
            L = d["layout"]
            pdf = d["stem"] + ".pdf"
            if L == "acadre_groff":
                ps = run(["groff", "-k", "-ms", "-Tps", d["src"]]).stdout
                open(d["stem"] + ".ps", "wb").write(ps)
                run(["ps2pdf", d["stem"] + ".ps", pdf])
            elif L == "protocol_enscript":
                run(["enscript", "-q", "-X", "latin1", "-f", "Courier10", "--header=Beslutningsprotokol||Side $% af $=", "-o", d["stem"] + ".ps", d["src"]])
                run(["ps2pdf", d["stem"] + ".ps", pdf])
            elif L == "firstagenda_chromium":
                run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                     "--user-data-dir=" + os.path.join(ENV["HOME"], "chromium"), "--print-to-pdf=" + pdf, "file://" + d["src"]])
            elif L == "politikerweb_wkhtml":
                run(["wkhtmltopdf", "-q", "--enable-local-file-access", "--footer-center", "Side [page] af [topage]", "--footer-font-size", "8", d["src"], pdf])
            elif L == "prepare_weasy":
                run(["weasyprint", d["src"], pdf])
            elif L == "sbsys_gs":
                run(["wkhtmltopdf", "-q", "--enable-local-file-access", d["src"], d["stem"] + ".raw.pdf"])
                run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite", "-sOutputFile=" + pdf, d["stem"] + ".raw.pdf"])
            elif L == "word_soffice":
                pdf = d["pdfsrc"]
            dest = os.path.join(corpus, d["document"])
            os.makedirs(os.path.dirname(dest), exist_ok=True)
            if d["is_pdf"]:
                shutil.copyfile(pdf, dest)
                txt = run(["pdftotext", "-enc", "UTF-8", dest, "-"]).stdout.decode("utf-8", "replace")
            else:
                open(dest, "w", encoding="utf-8").write(d["srctext"])
                txt = html_text(d["srctext"])
            d["text"] = txt
        # split into items and build gold
        gold, idocs, gid = [], [], 0
        for d in jobs:
            txt = d["text"]
            if d["is_pdf"]:
                if not re.search("[æøåÆØÅ]", txt):
                    failures.append("%s: no Danish letters" % d["document"])
                for bad in ("Ã", "Â", "\ufffd"):
                    if bad in txt:
                        failures.append("%s: mojibake %r" % (d["document"], bad))
            sq, pos, page = [], [], 1
            pages = []
            for i, ch in enumerate(unicodedata.normalize("NFKC", txt).lower()):
                if ch == "\f":
                    page += 1
                if ch.isalnum():
                    sq.append(ch); pos.append(i); pages.append(page)
            sqs = "".join(sq)
            starts, cur = [], 0
            for no, t in d["heads"]:
                k = sqs.find(squash(t), cur)
                if k < 0:
                    failures.append("%s: title not found: %s" % (d["document"], t))
                    k = cur
                # include the number just before the title
                starts.append(k)
                cur = k + 1
            items = []
            for j, ((no, t), it) in enumerate(zip(d["heads"], d["items"])):
                a = starts[j]
                b = starts[j + 1] if j + 1 < len(starts) else len(sqs)
                oa = pos[a] if a < len(pos) else len(txt)
                # back up to the start of the title line (item number)
                oa = txt.rfind("\n", 0, oa) + 1
                ob = (txt.rfind("\n", 0, pos[b]) + 1) if b < len(sqs) else len(txt)
                ptxt = txt[oa:ob]
                pg = [pages[a] if a < len(pages) else 1, pages[b - 1] if b - 1 < len(pages) and b > a else 1]
                if not d["is_pdf"]:
                    pg = [1, 1]
                rec = {"number": no, "title": t, "text": ptxt, "pages": pg, "gold": None}
                if it[0] == "gold":
                    c, ex, e = it[1]
                    gid += 1
                    g = {"id": "%s-%03d" % (half, gid), "document": d["document"], "page": None, "pages": pg,
                         "item_number": no, "item_title": t, "class": c,
                         "expect": ex if d["kind"] == "council" else "quiet",
                         "phrase": local(e[4], half), "variant": e[0], "municipality": d["muni"],
                         "meeting_date": d["date"].isoformat(), "body": d["body"], "meeting_kind": d["kind"],
                         "layout": d["layout"], "law": LAW[c]}
                    if ex == "quiet":
                        g["why_quiet"] = e[5]
                    elif d["kind"] != "council":
                        g["why_quiet"] = "planted problem in a %s meeting, which is not drawn in a spot check of council minutes in %s" % (
                            "committee (Økonomiudvalget)" if d["kind"] == "committee" else "council meeting outside", PERIOD)
                        g["variant"] = e[0] + "_not_drawn"
                    psq = squash(g["phrase"])
                    k = sqs.find(psq, a, b)
                    if k < 0:
                        failures.append("%s: phrase not in its item: %s" % (g["id"], g["phrase"]))
                        g["page"] = pg[0]
                    else:
                        g["page"] = pages[k] if d["is_pdf"] else 1
                    rec["gold"] = g["id"]
                    gold.append(g)
                items.append(rec)
            idocs.append({"document": d["document"], "kind": d["kind"], "pdf": d["is_pdf"], "municipality": d["muni"],
                          "meeting_date": d["date"].isoformat(), "body": d["body"],
                          "body_name": "%s, %s Kommune" % (d["body"], d["muni"]), "layout": d["layout"], "items": items})
        hd = os.path.join(OUT, half)
        gj = {"seed": SEED, "half": half, "period": PERIOD, "layouts": [l[0] for l in LAYOUTS[half]], "items": gold}
        json.dump(gj, open(os.path.join(hd, "gold.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1, sort_keys=True)
        json.dump({"documents": idocs}, open(os.path.join(hd, "items.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1, sort_keys=True)
        # gold consistency
        ids = [g["id"] for g in gold]
        if len(set(ids)) != len(ids):
            failures.append("duplicate gold ids")
        for c in CLASSES:
            need = 2 if c in EMPH else 1
            for ex in ("flag", "quiet"):
                n = sum(1 for g in gold if g["class"] == c and g["expect"] == ex and g["meeting_kind"] == "council")
                if n < need:
                    failures.append("%s: %s has %d %s (< %d)" % (half, c, n, ex, need))
        for g in gold:
            if g["expect"] == "flag" and g["meeting_kind"] != "council":
                failures.append("flag outside council: " + g["id"])
            if g["expect"] == "quiet" and not g.get("why_quiet"):
                failures.append("quiet without why_quiet: " + g["id"])
        # stub report
        stub = {"flags": []}
        for d in idocs:
            fl = [{"rule": next(g["class"] for g in gold if g["id"] == it["gold"]), "page": next(g["page"] for g in gold if g["id"] == it["gold"]),
                   "item": it["title"], "passage": next(g["phrase"] for g in gold if g["id"] == it["gold"])}
                  for it in d["items"] if it["gold"] and next(g["expect"] for g in gold if g["id"] == it["gold"]) == "flag"]
            if fl:
                stub["flags"].append({"document": d["document"], "flags": fl})
        sp = os.path.join(OUT, "src", "%s-stub-report.json" % half)
        json.dump(stub, open(sp, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
        score = os.path.join(HERE, "..", "independent-spot", "score.py")
        p = subprocess.run([sys.executable, score, "--bin", "/bin/false", "--set", hd, "--report", sp, "--period", PERIOD],
                           capture_output=True, text=True)
        last = (p.stdout.strip().splitlines() or [""])[-1]
        nflag = sum(1 for g in gold if g["expect"] == "flag")
        nq = sum(1 for g in gold if g["expect"] == "quiet" and g["meeting_kind"] == "council")
        want = "recall %d/%d, near misses flagged 0/%d, other flags 0" % (nflag, nflag, nq)
        print("%s stub: %s" % (half, last))
        if last != want:
            failures.append("%s stub score %r != %r\n%s%s" % (half, last, want, p.stdout, p.stderr))
        manifest["halves"][half] = {
            "municipalities": sorted(set(d["muni"] for d in jobs)),
            "documents": {k: sum(1 for d in jobs if d["kind"] == k) for k in ("council", "committee", "out_of_period")},
            "items": sum(len(d["items"]) for d in idocs), "gold": len(gold),
            "per_class": {c: {"flag": sum(1 for g in gold if g["class"] == c and g["expect"] == "flag"),
                              "quiet": sum(1 for g in gold if g["class"] == c and g["expect"] == "quiet" and g["meeting_kind"] == "council"),
                              "not_drawn": sum(1 for g in gold if g["class"] == c and g["meeting_kind"] != "council")} for c in CLASSES}}
        for l in LAYOUTS[half]:
            manifest["layouts"][l[0]] = {"half": half, "producer": l[1], "shape": l[2]}
    json.dump(manifest, open(os.path.join(OUT, "manifest.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1, sort_keys=True)
    if failures:
        print("SELF-CHECK FAILED:\n" + "\n".join(failures[:60]))
        sys.exit(1)
    print("self-check ok")


if __name__ == "__main__":
    main()
