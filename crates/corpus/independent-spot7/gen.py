#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""spot7 generator: gen.py OUT [seed]. Writes OUT/src (render sources), renders, indexes."""
import csv, datetime, html, json, os, random, re, subprocess, sys, unicodedata, zipfile
from concurrent.futures import ThreadPoolExecutor
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import cases, ordinary

OUT = sys.argv[1]
SEED = int(sys.argv[2]) if len(sys.argv) > 2 else 2024
R = random.Random(SEED)
PAIRS = [("wk", "chr"), ("rtf", "docx"), ("weasy", "groff"), ("det", "web")]
HALF = {"dev": [p[0] for p in PAIRS], "holdout": [p[1] for p in PAIRS]}
VAR = {"dev": (["f0", "f2"], ["q0", "q2"]), "holdout": (["f1", "f2"], ["q1", "q2"])}
NAMES = ["Mette Kjeldsen", "Bo Rasmussen", "Hanne Ravn", "Jakob Holm", "Tina Vestergaard", "Ulrik Munk", "Sanne Lind"]
PLACES = ["Hvidbjerg", "Skovlunde", "Tarp", "Vorbasse", "Ølsted", "Rødby", "Hejls", "Gørding"]

def squash(s):
    return "".join(ch for ch in unicodedata.normalize("NFKC", s).lower() if ch.isalnum())

kom = list(csv.DictReader(open(os.path.join(HERE, "kommuner.csv"), encoding="utf-8")))
R.shuffle(kom)
kom = kom[:24]

def item_text(n, it):
    parts = [it["title"]]
    for h, b in it["secs"]:
        parts.append(h)
        if isinstance(b, tuple):
            parts.extend(" ".join(r) for r in b[1])
        else:
            parts.append(b)
    parts += ["Beslutning", it["dec"]]
    return "\n".join(p for p in parts if p)

def ordinary_item(c):
    t = R.choice(ordinary.T[1:])
    f = dict(n=R.randint(2, 19), p=R.choice(PLACES), a="%d,%d" % (R.randint(1, 30), R.randint(1, 9)),
             name=R.choice(NAMES), name2=R.choice(NAMES))
    secs = []
    if t[1]: secs.append(("Sagsfremstilling", t[1].format(**f)))
    if t[2]: secs.append(("Indstilling", "Forvaltningen indstiller, " + t[2].format(**f)))
    return dict(title=t[0].format(**f), secs=secs, dec=t[3].format(**f), gold=None)

meetings, golds = [], {"dev": [], "holdout": []}
for half in ("dev", "holdout"):
    ks = kom[:12] if half == "dev" else kom[12:]
    lays = HALF[half]
    fv, qv = VAR[half]
    plants = [(cl, v, "flag") for cl in cases.CLASSES for v in fv] + [(cl, v, "quiet") for cl in cases.CLASSES for v in qv]
    R.shuffle(plants)
    mts = []
    for i, k in enumerate(ks):
        lay = lays[i % 4]
        d1 = datetime.date(2024, R.choice([8, 9]), R.randint(3, 27))
        d2 = datetime.date(2024, R.choice([10, 11, 12]), R.randint(2, 18))
        for d in (d1, d2):
            mts.append(dict(k=k, lay=lay, date=d, kind="council", half=half, items=[]))
    for j, p in enumerate(plants):
        mts[j % len(mts)]["items"].append(p)
    # not drawn: 3 committee + 3 out_of_period per half, each with a planted flag wording
    extra = []
    for j in range(6):
        k = ks[j]; lay = lays[j % 4]
        if j < 3:
            m = dict(k=k, lay=lay, date=datetime.date(2024, 10, 7 + j), kind="committee", half=half, items=[])
        else:
            m = dict(k=k, lay=lay, date=datetime.date(2025, 1, 20 + j) if j % 2 else datetime.date(2024, 6, 18 + j), kind="out_of_period", half=half, items=[])
        m["items"].append((cases.CLASSES[(j * 5 + (half == "holdout") * 3) % 16], fv[j % 2], "notdrawn"))
        extra.append(m)
    for m in mts + extra:
        c = dict(K=m["k"]["name"], date=m["date"])
        n_tot = R.randint(8, 12) if m["kind"] == "council" else R.randint(5, 7)
        built = [ordinary_item(c) for _ in range(max(0, n_tot - len(m["items"])))]
        used = set()
        for it in built:  # avoid repeated titles in one meeting
            while it["title"] in used:
                it.update(ordinary_item(c))
            used.add(it["title"])
        for cl, v, ex in m["items"]:
            it = cases.get(cl, v)(c); it["gold"] = (cl, v, ex)
            built.insert(R.randint(1, len(built)), it)
        built.insert(0, dict(title="Godkendelse af dagsorden", secs=[], dec="Godkendt.", gold=None)) if built[0]["title"] != "Godkendelse af dagsorden" else None
        m["built"] = built
        m["start"] = R.randint(1, 300) if m["lay"] in ("groff", "web") else 1
    meetings += mts + extra

def body(m):
    if m["kind"] == "committee": return "Økonomiudvalget"
    return "Kommunalbestyrelsen" if m["k"]["code"] < "400" else "Byrådet"

def fname(m):
    b = "oeu" if m["kind"] == "committee" else "byraad"
    ext = {"det": "html", "web": "html"}.get(m["lay"], "pdf")
    return "%s/%s-referat-%s.%s" % (m["k"]["name"], b, m["date"].isoformat(), ext)

E = html.escape
def html_doc(m, style):
    dk = cases.dk(m["date"]); B = body(m)
    o = []
    if style == "wk":
        o.append("<div class=stamp>%s 14:%02d &nbsp; https://dagsorden.%s.dk/vis/referat?id=%d</div>" % ((m["date"] + datetime.timedelta(days=9)).strftime("%d.%m.%Y"), R.randint(0, 59), squash(m["k"]["name"]), R.randint(1000, 9999)))
        o.append("<h1>%s Kommune</h1><h2>Referat</h2><table class=h><tr><td>Udvalg:</td><td>%s</td></tr><tr><td>Mødedato:</td><td>%s kl. 17.00</td></tr><tr><td>Mødested:</td><td>Byrådssalen</td></tr><tr><td>Afbud:</td><td>%s</td></tr></table>" % (E(m["k"]["name"]), B, dk, R.choice(NAMES)))
    elif style == "chr":
        o.append("<div class=top>Dagsorden og referat</div><h1>%s - Referat</h1><p>%s Kommune &middot; %s kl. 16.30 &middot; Rådhuset, mødelokale 1</p>" % (B, E(m["k"]["name"]), dk))
    elif style == "weasy":
        o.append("<h1>Referat af møde i %s</h1><p class=meta>%s Kommune<br>Dato: %s<br>Starttidspunkt: 18:00<br>Fraværende: ingen</p>" % (B, E(m["k"]["name"]), dk))
    elif style in ("det", "web"):
        o.append("<div class=cookie>Vi bruger cookies til statistik. <button>Accepter</button> <button>Afvis</button></div><a href=#main>Gå til indhold</a>")
        if style == "web":
            o.append("<nav class=side><h3>Andre møder</h3><ul><li>%s 12.03.2024</li><li>Økonomiudvalget 02.04.2024</li><li>%s 27.05.2025</li></ul></nav>" % (B, B))
        o.append("<main id=main><h1>%s</h1><p>%s Kommune</p><p>Mødedato: %s<br>Mødetidspunkt: kl. 19.00<br>Mødested: Rådhuset</p>" % (B, E(m["k"]["name"]), m["date"].strftime("%d.%m.%Y")))
    para = [0]
    def P(t):
        para[0] += 1
        return ("<p><span class=mn>%d</span> %s</p>" % (para[0], E(t))) if style == "wk" else "<p>%s</p>" % E(t)
    for i, it in enumerate(m["built"]):
        n = m["start"] + i
        head = {"wk": "Punkt %d. %s", "chr": "%d. %s", "weasy": "Sag nr. %d %s", "det": "%d %s", "web": "Nr.%d - %s"}[style] % (n, it["title"])
        s = "<section class=item>"
        if style == "det": s = "<details open><summary>%s</summary>" % E(head)
        else: s += "<h2>%s</h2>" % E(head)
        s += "<p class=sag>Sagsnr.: %02d.%02d.%02d-G01-%d-24</p>" % (R.randint(0, 88), R.randint(0, 20), R.randint(0, 10), R.randint(1, 900))
        secs = list(it["secs"])
        if style == "weasy":  # decision first, background after
            s += "<table class=dec><tr><th>Beslutning i %s den %s</th></tr><tr><td>%s</td></tr></table>" % (B, cases.dk(m["date"]), E(it["dec"]))
        for h, b in secs:
            s += "<h3>%s</h3>" % E(h)
            if isinstance(b, tuple):
                s += "<table class=t>" + "".join("<tr>" + "".join("<td>%s</td>" % E(x) for x in r) + "</tr>" for r in b[1]) + "</table>"
            else:
                s += P(b)
        if style == "chr":
            s += "<table class=dec><tr><td class=l>Beslutning</td><td>%s</td></tr></table>" % E(it["dec"])
        elif style != "weasy":
            s += "<h3>Beslutning</h3>" + P(it["dec"])
        s += "</details>" if style == "det" else "</section>"
        o.append(s)
    if style in ("det", "web"): o.append("<p><a href=#>Til toppen</a></p></main>")
    css = {"wk": "body{font-family:'DejaVu Serif';font-size:11pt;margin-left:40px} .mn{position:absolute;left:4px;color:#888;font-size:8pt} .stamp{font-size:7pt;color:#555}",
           "chr": "body{font-family:'Liberation Sans'} table.dec{border:1px solid #000;width:100%} td.l{font-weight:bold;width:25%;vertical-align:top}",
           "weasy": "@page{size:A4;margin:2cm;@bottom-right{content:'Side ' counter(page) ' af ' counter(pages)}} body{font-family:'Carlito'} table{border-collapse:collapse} td,th{border:1px solid #666;padding:3px} .item{break-before:auto}",
           "det": ".cookie{background:#eee;padding:8px}", "web": ".side{float:right;width:25%} .cookie{position:fixed;bottom:0}"}[style]
    cs = "windows-1252" if style == "det" else "utf-8"
    return '<!DOCTYPE html><html lang=da><head><meta charset="%s"><title>%s %s</title><style>%s</style></head><body>%s</body></html>' % (cs, B, dk, css, "\n".join(o)), cs

def rtf_esc(t):
    return "".join(ch if ord(ch) < 128 and ch not in "\\{}" else ("\\" + ch if ch in "\\{}" else "\\u%d?" % ord(ch)) for ch in t)

def rtf_doc(m):
    o = [r"{\rtf1\ansi\deff0{\fonttbl{\f0 Liberation Serif;}}\fs22 "]
    o.append(r"{\b\fs32 %s}\par " % rtf_esc("Beslutningsprotokol - %s Kommune" % m["k"]["name"]))
    for l, v in (("Organ", body(m)), ("Dato", cases.dk(m["date"])), ("Tidspunkt", "17.00-19.40"), ("Sted", "Rådhuset")):
        o.append(rtf_esc(l + ":") + r"\tab " + rtf_esc(v) + r"\par ")
    for i, it in enumerate(m["built"]):
        o.append(r"\par {\b %s}\par " % rtf_esc("Pkt. %d %s" % (i + 1, it["title"])))
        for h, b in it["secs"]:
            o.append(r"{\i %s}\par " % rtf_esc(h))
            if isinstance(b, tuple):
                for r in b[1]: o.append(rtf_esc("\t".join(r)).replace("\t", r"\tab ") + r"\par ")
            else: o.append(rtf_esc(b) + r"\par ")
        o.append(r"{\i Beslutning}\par " + rtf_esc(it["dec"]) + r"\par ")
    return "".join(o) + "}"

def docx_doc(m, path):
    ps = []
    def p(t, b=False):
        runs = []
        for k, part in enumerate(t.split("\t")):
            if k: runs.append("<w:r><w:tab/></w:r>")
            runs.append("<w:r>%s<w:t xml:space=\"preserve\">%s</w:t></w:r>" % ("<w:rPr><w:b/></w:rPr>" if b else "", E(part)))
        ps.append("<w:p>%s</w:p>" % "".join(runs))
    p("%s Kommune" % m["k"]["name"], True); p("Udvalg:\t%s" % body(m)); p("Mødedato:\t%s" % m["date"].strftime("%d-%m-%Y")); p("Mødested:\tRådhuset, lokale 2")
    for i, it in enumerate(m["built"]):
        p("%d. %s" % (i + 1, it["title"]), True)
        for h, b in it["secs"]:
            p(h, True)
            if isinstance(b, tuple):
                for r in b[1]: p("\t".join(r))
            else: p(b)
        p("Beslutning i %s den %s" % (body(m), m["date"].strftime("%d-%m-%Y")), True); p(it["dec"])
    doc = '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s</w:body></w:document>' % "".join(ps)
    z = zipfile.ZipFile(path, "w")
    z.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    z.writestr("_rels/.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    z.writestr("word/document.xml", doc); z.close()

def groff_doc(m):
    def g(t): return re.sub(r"^([.'])", r"\\&\1", t.replace("\\", "\\\\"), flags=re.M)
    o = [".nr PS 11", ".TL", g("%s - %s Kommune" % (body(m), m["k"]["name"])), ".LP", g("Mødedato: %s" % cases.dk(m["date"])), ".br", "Mødested: Rådhuset"]
    for i, it in enumerate(m["built"]):
        o += [".SH", g("%d. %s" % (m["start"] + i, it["title"]))]
        for h, b in it["secs"]:
            o += [".LP", "\\fB" + g(h) + "\\fP", ".br"]
            if isinstance(b, tuple):
                for r in b[1]: o += [g(" | ".join(r)), ".br"]
            else: o.append(g(b))
        o += [".LP", "\\fBBeslutning\\fP", ".br", g(it["dec"])]
    return "\n".join(o) + "\n"

src = os.path.join(OUT, "src"); os.makedirs(src, exist_ok=True)
jobs, office = [], []
for m in meetings:
    half = m["half"]; rel = fname(m); m["rel"] = rel
    dst = os.path.join(OUT, half, "corpus", rel); os.makedirs(os.path.dirname(dst), exist_ok=True)
    base = os.path.join(src, half + "-" + rel.replace("/", "_").rsplit(".", 1)[0])
    L = m["lay"]
    if L in ("wk", "chr", "weasy", "det", "web"):
        h, cs = html_doc(m, L)
        if L in ("det", "web"):
            open(dst, "w", encoding=cs, errors="replace").write(h); continue
        open(base + ".html", "w", encoding="utf-8").write(h)
        if L == "wk":
            jobs.append(["wkhtmltopdf", "-q", "--encoding", "utf-8", "--header-left", "[date] [time]", "--header-right", "https://dagsorden.%s.dk/referat" % squash(m["k"]["name"]), "--header-font-size", "7", "--footer-center", "Side [page] af [topage]", "--footer-font-size", "7", base + ".html", dst])
        elif L == "chr":
            jobs.append(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--print-to-pdf=" + dst, "file://" + base + ".html"])
        else:
            jobs.append(["weasyprint", base + ".html", dst])
    elif L == "rtf":
        open(base + ".rtf", "w", encoding="ascii").write(rtf_doc(m)); office.append((base + ".rtf", dst))
    elif L == "docx":
        docx_doc(m, base + ".docx"); office.append((base + ".docx", dst))
    elif L == "groff":
        open(base + ".ms", "w", encoding="utf-8").write(groff_doc(m))
        jobs.append(["sh", "-c", 'preconv "$1" | groff -ms -Tps > "$1.ps" && gs -q -dSAFER -dBATCH -dNOPAUSE -sDEVICE=pdfwrite -dPDFSETTINGS=/ebook -sOutputFile="$2" "$1.ps"', "sh", base + ".ms", dst])

def run(cmd):
    p = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    if p.returncode != 0: sys.stderr.write("FAIL %s\n%s\n" % (cmd[:3], p.stderr[-500:]))
with ThreadPoolExecutor(2) as ex:
    fut = ex.submit(run, ["soffice", "--headless", "--convert-to", "pdf", "--outdir", os.path.join(src, "office")] + [a for a, b in office]) if office else None
    list(ex.map(run, jobs)) if False else None
    for j in jobs[:0]: pass
    if fut: fut.result()
with ThreadPoolExecutor(2) as ex:
    list(ex.map(run, jobs))
for a, b in office:
    pdf = os.path.join(src, "office", os.path.basename(a).rsplit(".", 1)[0] + ".pdf")
    os.replace(pdf, b)

# ---- index
man = {"seed": SEED, "period": "2024H2", "layouts": {}, "halves": {}}
for half in ("dev", "holdout"):
    docs, gold = [], []
    for m in [x for x in meetings if x["half"] == half]:
        dst = os.path.join(OUT, half, "corpus", m["rel"]); pdf = dst.endswith(".pdf")
        pages = None
        if pdf:
            t = subprocess.run(["pdftotext", "-layout", dst, "-"], capture_output=True, text=True).stdout
            pages = [squash(x) for x in t.split("\f")]
            if not any(pages): sys.exit("no text layer: " + dst)
        items, cur = [], 1
        starts = []
        for it in m["built"]:
            st = None
            if pdf:
                key = squash(it["title"])[:40]
                for pg in range(cur, len(pages) + 1):
                    if key in pages[pg - 1]: st = pg; break
                st = st or cur; cur = st
            starts.append(st)
        last = len(pages) if pdf else None
        for i, it in enumerate(m["built"]):
            pg = [starts[i], (starts[i + 1] if i + 1 < len(starts) else last)] if pdf else None
            gid = None
            txt = item_text(i, it)
            num = str(m["start"] + i) if m["lay"] in ("groff", "web", "chr", "det", "wk", "weasy") else str(i + 1)
            if it["gold"]:
                cl, v, ex = it["gold"]
                gid = "%s-%03d" % (half[0], len(gold) + 1)
                assert squash(it["phrase"]) in squash(txt), (cl, v)
                gold.append(dict(id=gid, document=m["rel"], page=pg[0] if pg else None, pages=pg, item_number=num,
                    item_title=it["title"], **{"class": cl}, expect="flag" if ex == "flag" else "quiet", phrase=it["phrase"],
                    variant=v, municipality=m["k"]["name"], meeting_date=m["date"].isoformat(), body=body(m),
                    meeting_kind=m["kind"], layout=m["lay"], law=it["law"]))
                if ex != "flag": gold[-1]["why_quiet"] = "not drawn (%s)" % m["kind"] if ex == "notdrawn" else it["law"]
            items.append(dict(number=num, title=it["title"], text=txt, pages=pg, gold=gid))
        docs.append(dict(document=m["rel"], kind=m["kind"], pdf=pdf, municipality=m["k"]["name"], meeting_date=m["date"].isoformat(),
                         body=body(m), body_name=body(m), layout=m["lay"], items=items))
    json.dump(dict(seed=SEED, half=half, period="2024H2", layouts=HALF[half], items=gold), open(os.path.join(OUT, half, "gold.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    json.dump(dict(documents=docs), open(os.path.join(OUT, half, "items.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    pc = {}
    for g in gold:
        k = "not_drawn" if g["meeting_kind"] != "council" else g["expect"]
        pc.setdefault(g["class"], {"flag": 0, "quiet": 0, "not_drawn": 0})[k] += 1
    for l in HALF[half]: man["layouts"][l] = half
    man["halves"][half] = dict(layouts=HALF[half], municipalities=sorted({d["municipality"] for d in docs}),
        document_kinds={k: sum(1 for d in docs if d["kind"] == k) for k in ("council", "committee", "out_of_period")},
        items=sum(len(d["items"]) for d in docs), classes=pc)
json.dump(man, open(os.path.join(OUT, "manifest.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print("ok", {h: man["halves"][h]["items"] for h in man["halves"]})
