#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Independent spot corpus 15 (period 2024H2): generator.

  gen.py --out DIR

Writes DIR/{dev,holdout}/{corpus/,gold.json,items.json}, DIR/manifest.json and DIR/src/
(render sources, not part of the corpus). Fixed seed; the gold does not depend on the machine.
"""
import argparse, csv, datetime as dt, html, json, os, random, re, shutil, subprocess, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import cases  # noqa: E402

SEED = 15
PERIOD = "2024H2"
KOMMUNER = "/work/shared/data/kommuner.csv"

LAYOUTS = {
    # name: (half, kind, producer)
    "web_fa_utf8": ("dev", "html", "HTML utf-8, one page per meeting, sidebar and breadcrumbs"),
    "pdf_soffice": ("dev", "pdf", "LibreOffice writer_pdf_Export from a Word-like HTML"),
    "pdf_wkhtml": ("dev", "pdf", "wkhtmltopdf, Prepare-like with decision right after Indstilling"),
    "pdf_groff": ("dev", "pdf", "groff -ms via ps2pdf, Beslutningsprotokol without decision heading"),
    "web_edoc_cp1252": ("holdout", "html", "HTML windows-1252, table layout of an old eDoc export"),
    "pdf_chromium": ("holdout", "pdf", "Chromium --print-to-pdf with browser print stamp and URL"),
    "pdf_weasy": ("holdout", "pdf", "WeasyPrint with @page 'Side x af y', decision first"),
    "pdf_enscript": ("holdout", "pdf", "enscript (latin1 text) via ps2pdf, re-distilled by Ghostscript"),
}

DA_MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
             "september", "oktober", "november", "december"]
DA_DAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]


def dlong(d):
    return "%d. %s %d" % (d.day, DA_MONTHS[d.month - 1], d.year)


def slug(s):
    s = unicodedata.normalize("NFKD", s.replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
                              .replace("Æ", "Ae").replace("Ø", "Oe").replace("Å", "Aa"))
    return re.sub(r"[^A-Za-z0-9]+", "-", s.encode("ascii", "ignore").decode()).strip("-")


def squash(s):
    s = unicodedata.normalize("NFKC", s or "").lower()
    return "".join(ch for ch in s if ch.isalnum())


# ---------------------------------------------------------------- planning

def load_kommuner():
    with open(KOMMUNER, encoding="utf-8") as fh:
        return [r for r in csv.DictReader(fh)]


def body_name(name):
    if name == "København":
        return "Borgerrepræsentationen"
    return "Byrådet" if hash_pick(name) else "Kommunalbestyrelsen"


def hash_pick(name):
    return sum(ord(c) for c in name) % 3 != 0


def meeting_dates(rng, n, months):
    ms = sorted(rng.sample(months, n))
    out = []
    for m in ms:
        d = dt.date(2024, m, rng.randint(3, 18 if m == 12 else 26))
        while d.weekday() > 3:
            d += dt.timedelta(days=1)
        out.append(d)
    return out


def plan(rng):
    ks = [k for k in load_kommuner() if k["name"] != "København"]
    chosen = rng.sample(ks, 24)
    halves = {"dev": chosen[:12], "holdout": chosen[12:]}
    plans = {}
    for half, kom in halves.items():
        lays = [l for l, v in LAYOUTS.items() if v[0] == half]
        docs = []
        for i, k in enumerate(kom):
            lay = lays[i % len(lays)]
            n = 3 if i < 4 else 2  # 4*3 + 8*2 = 28 council meetings in the period
            for d in meeting_dates(rng, n, [7, 8, 9, 10, 11, 12] if n == 2 else [8, 9, 10, 11, 12]):
                docs.append(dict(kommune=k, layout=lay, date=d, kind="council"))
        # two committee meetings in the period, two council meetings outside it
        for j, k in enumerate(kom[4:6]):
            docs.append(dict(kommune=k, layout=lays[(j + 1) % len(lays)] if False else lays[(kom.index(k)) % len(lays)],
                             date=dt.date(2024, 9 + 2 * j, 10 + j), kind="committee"))
        docs.append(dict(kommune=kom[6], layout=lays[6 % len(lays)], date=dt.date(2024, 6, 20), kind="out_of_period"))
        docs.append(dict(kommune=kom[7], layout=lays[7 % len(lays)], date=dt.date(2025, 1, 28), kind="out_of_period"))
        plans[half] = (kom, docs)
    return plans


# ---------------------------------------------------------------- members

FIRST = ["Anne", "Bent", "Camilla", "Dorthe", "Erik", "Frederik", "Gitte", "Hans Henrik", "Ida", "Jesper",
         "Karina", "Lars", "Mette", "Niels", "Ole", "Pia", "Rasmus", "Susanne", "Torben", "Ulla", "Vibeke",
         "Allan", "Birgitte", "Claus", "Dennis", "Ejner", "Jytte", "Kim", "Lone", "Morten", "Tina", "Poul Erik"]
LAST = ["Andersen", "Brix", "Dalsgaard", "Eriksen", "Fogh", "Graversen", "Holm", "Iversen", "Jessen",
        "Kjær", "Lauridsen", "Mikkelsen", "Nørgaard", "Overgaard", "Poulsen", "Rask", "Skov", "Thygesen",
        "Vestergaard", "Østergaard", "Bach", "Kragh", "Lund", "Møller", "Winther", "Bøgh", "Husted"]
PARTIES = ["A", "V", "C", "F", "Ø", "O", "B", "I", "D", "Æ", "M", "K"]


def members(rng, n=11):
    out, used = [], set()
    while len(out) < n:
        nm = "%s %s" % (rng.choice(FIRST), rng.choice(LAST))
        if nm in used:
            continue
        used.add(nm)
        out.append((nm, rng.choice(PARTIES[:9])))
    return out


# ---------------------------------------------------------------- assignment of cases

def assign(rng, half, docs):
    """Put gold cases (flag and quiet) and ordinary items into the documents."""
    council = [d for d in docs if d["kind"] == "council"]
    other = [d for d in docs if d["kind"] != "council"]
    slots = []
    for cls in cases.CLASSES:
        for v in cases.variants(cls, "flag", half):
            slots.append((cls, "flag", v))
        for v in cases.variants(cls, "quiet", half):
            slots.append((cls, "quiet", v))
    rng.shuffle(slots)
    for d in docs:
        d["items"] = []
    # planted problems in meetings that must not be drawn: one per class, over 4 documents
    cls_order = list(cases.CLASSES)
    rng.shuffle(cls_order)
    for i, cls in enumerate(cls_order[:8] if half == "dev" else cls_order[5:]):
        v = cases.variants(cls, "flag")[i % len(cases.variants(cls, "flag"))]
        other[i % len(other)]["items"].append(("gold", cls, "quiet_nd", v))
    # council: spread the slots so that a meeting never holds two of the same class
    i = 0
    for s in slots:
        for tries in range(len(council)):
            d = council[(i + tries) % len(council)]
            if not any(x[0] == "gold" and x[1] == s[0] for x in d["items"]):
                d["items"].append(("gold",) + s)
                break
        i += 1
    for d in docs:
        n_ord = rng.randint(3, 5)
        ords = rng.sample(cases.ORDINARY, n_ord)
        items = [("ord", o) for o in ords] + d["items"]
        rng.shuffle(items)
        # approval of minutes first, as in real agendas
        d["items"] = [("ord", cases.minutes_approval)] + items + ([("ord", cases.closed_with_ground)] if rng.random() < 0.3 else [])


# ---------------------------------------------------------------- rendering of one item

SEC_NAMES = {
    "web_fa_utf8": dict(resume="Resumé", sag="Sagsfremstilling", ret="Lovgrundlag", oek="Økonomiske konsekvenser",
                        hoer="Høring", indst="Indstilling", beh="Tidligere beslutninger", beslut="Beslutning i {body} den {date}"),
    "pdf_soffice": dict(resume="Resumé", sag="Sagsfremstilling", ret="Retsgrundlag", oek="Økonomi",
                        hoer="Høring og sagsgang", indst="Indstilling", beh="", beslut="Beslutning"),
    "pdf_wkhtml": dict(resume="Sagens kerne", sag="Beskrivelse af sagen", ret="Lovgrundlag", oek="Økonomiske konsekvenser",
                       hoer="Høring", indst="Forvaltningen indstiller", beh="", beslut="Beslutning i {body} den {date}"),
    "pdf_groff": dict(resume="", sag="Sagsfremstilling", ret="", oek="Økonomi", hoer="Høring",
                      indst="Indstilling", beh="", beslut=None),
    "web_edoc_cp1252": dict(resume="RESUMÉ", sag="SAGSFREMSTILLING", ret="RETSGRUNDLAG", oek="ØKONOMI",
                            hoer="HØRING", indst="INDSTILLING", beh="", beslut="BESLUTNING"),
    "pdf_chromium": dict(resume="Beslutningstema", sag="Sagsfremstilling", ret="Retsgrundlag", oek="Økonomi",
                         hoer="Høring og sagsgang", indst="Indstilling", beh="", beslut="{body}s beslutning den {date}"),
    "pdf_weasy": dict(resume="Problemstilling", sag="Redegørelse", ret="Lovgrundlag", oek="Økonomiske konsekvenser",
                      hoer="Høring", indst="Indstilling", beh="", beslut="Beslutning"),
    "pdf_enscript": dict(resume="Resume", sag="Sagens gang", ret="Retsgrundlag", oek="Økonomi", hoer="Høring",
                         indst="Indstilling", beh="", beslut="Beslutning"),
}
DECISION_FIRST = {"pdf_weasy", "web_edoc_cp1252"}
ORDER = ["resume", "sag", "ret", "hoer", "oek", "indst", "beh", "beslut"]
ORDER_WK = ["resume", "indst", "beslut", "sag", "ret", "hoer", "oek", "beh"]


def blocks_of(item, layout, doc):
    """[(heading or '', text)] in the layout's order."""
    names = SEC_NAMES[layout]
    secs = dict(item["sections"])
    order = ORDER_WK if layout == "pdf_wkhtml" else ORDER
    if layout in DECISION_FIRST:
        order = ["beslut"] + [k for k in ORDER if k != "beslut"]
    out = []
    for k in order:
        if k not in secs or not secs[k].strip():
            continue
        h = names.get(k)
        if h is None:
            h = ""
        if k == "beslut" and h:
            h = h.format(body=doc["body"], date=doc["date"].strftime("%d-%m-%Y") if layout != "pdf_chromium" else dlong(doc["date"]))
        if k in ("resume", "ret", "beh") and h == "":
            if k == "beh":
                continue
            h = ""
        out.append((h, secs[k]))
    return out


def item_plain(item, layout, doc):
    parts = [item["heading"], item.get("caseline", "")]
    for h, t in blocks_of(item, layout, doc):
        parts.append(h)
        parts.append(t)
    return "\n".join(p for p in parts if p)


def para_html(t):
    out = []
    for p in t.split("\n"):
        p = p.rstrip()
        if not p:
            continue
        if p.startswith("|"):  # table row
            cells = [html.escape(c.strip()) for c in p.strip("|").split("|")]
            out.append("<tr>" + "".join("<td>%s</td>" % c for c in cells) + "</tr>")
        elif p.startswith("- "):
            out.append("<li>%s</li>" % html.escape(p[2:]))
        else:
            out.append("<p>%s</p>" % html.escape(p))
    # group rows / bullets
    s = "\n".join(out)
    s = re.sub(r"((?:<tr>.*?</tr>\n?)+)", r'<table class="t">\1</table>\n', s)
    s = re.sub(r"((?:<li>.*?</li>\n?)+)", r"<ul>\1</ul>\n", s)
    return s


def item_heading(num, title, layout, item):
    closed = item.get("closed")
    if layout == "web_fa_utf8":
        return "%d. %s" % (num, title)
    if layout == "pdf_soffice":
        return "Punkt %d. %s" % (num, title)
    if layout == "pdf_wkhtml":
        return "%d %s" % (num, title)
    if layout == "pdf_groff":
        return "Pkt. %d  %s" % (num, title)
    if layout == "web_edoc_cp1252":
        return "Punkt %d: %s" % (num, title)
    if layout == "pdf_chromium":
        return "Sag nr. %d - %s" % (num, title)
    if layout == "pdf_weasy":
        return "%d. %s" % (num, title)
    return "Nr.%d - %s" % (num, title)


def caseline(layout, item, rng):
    sag = item.get("sagsnr") or ""
    oa = "Lukket punkt" if item.get("closed") else "Åbent punkt"
    if layout in ("web_fa_utf8", "pdf_soffice"):
        return "Sagsnr.: %s   %s" % (sag, oa)
    if layout == "pdf_wkhtml":
        return "Sag: %s" % sag + ("   (Lukket)" if item.get("closed") else "")
    if layout == "pdf_groff":
        return "Sagsnr. %s%s" % (sag, "   LUKKET" if item.get("closed") else "")
    if layout == "web_edoc_cp1252":
        return "Dok. %s - %s" % (sag, oa)
    if layout == "pdf_chromium":
        return "Sagsnummer: %s" % sag + (" | Lukket sag" if item.get("closed") else "")
    if layout == "pdf_weasy":
        return "%s · %s" % (sag, oa)
    return "Sagsnr.: %s%s" % (sag, "  [LUKKET PUNKT]" if item.get("closed") else "")


# ---------------------------------------------------------------- document builders

def header_lines(doc):
    body = doc["body"]
    d = doc["date"]
    absent = doc["absent"]
    return body, d, absent


def render_html_doc(doc, layout):
    body, d, absent = header_lines(doc)
    kname = doc["kommune"]["name"]
    if layout == "web_fa_utf8":
        items = []
        for it in doc["items_r"]:
            secs = "".join('<h3>%s</h3>\n%s' % (html.escape(h), para_html(t)) if h else para_html(t)
                           for h, t in blocks_of(it, layout, doc))
            items.append('<section class="punkt"><h2>%s</h2><div class="sag">%s</div>%s</section>' % (
                html.escape(it["heading"]), html.escape(it["caseline"]), secs))
        toc = "".join("<li><a href='#p%d'>%s</a></li>" % (i + 1, html.escape(it["title"])) for i, it in enumerate(doc["items_r"]))
        side = "".join("<li>%s %s</li>" % (html.escape(body), x) for x in doc["sidebar"])
        return ("<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'><title>%s - Referat - %s</title></head><body>"
                "<a href='#main'>Gå til indhold</a><nav>Forside &gt; Politik &gt; Dagsordener og referater &gt; %s</nav>"
                "<aside><h4>Andre møder</h4><ul>%s</ul></aside><main id='main'>"
                "<h1>Referat</h1><table class='hdr'><tr><td>Udvalg</td><td>%s</td></tr><tr><td>Mødedato</td><td>%s</td></tr>"
                "<tr><td>Mødetidspunkt</td><td>kl. %s</td></tr><tr><td>Mødested</td><td>%s</td></tr><tr><td>Fraværende</td><td>%s</td></tr></table>"
                "<h4>Punkter</h4><ol>%s</ol>%s<p><a href='#'>Til toppen</a></p></main><footer>%s Kommune · Rådhuset</footer></body></html>") % (
            html.escape(body), d.strftime("%d.%m.%Y"), html.escape(body), side, html.escape(body), d.strftime("%d.%m.%Y"),
            doc["time"], html.escape(doc["place"]), html.escape(absent or "Ingen"), toc, "".join(items), html.escape(kname))
    # web_edoc_cp1252
    rows = []
    for it in doc["items_r"]:
        rows.append("<tr><td colspan=2 class=titel><b>%s</b></td></tr><tr><td colspan=2><i>%s</i></td></tr>" % (
            html.escape(it["heading"]), html.escape(it["caseline"])))
        for h, t in blocks_of(it, layout, doc):
            rows.append("<tr><td valign=top width=160><b>%s</b></td><td>%s</td></tr>" % (html.escape(h), para_html(t)))
        rows.append("<tr><td colspan=2><hr></td></tr>")
    return ("<HTML><HEAD><META HTTP-EQUIV='Content-Type' CONTENT='text/html; charset=windows-1252'>"
            "<TITLE>%s %s</TITLE></HEAD><BODY><TABLE width=760><TR><TD><FONT size=4>%s Kommune</FONT></TD></TR>"
            "<TR><TD>REFERAT - %s</TD></TR><TR><TD>Møde: %s, %s kl. %s</TD></TR><TR><TD>Sted: %s</TD></TR>"
            "<TR><TD>Afbud: %s</TD></TR></TABLE><TABLE width=760 border=0>%s</TABLE>"
            "<P><SMALL>Udskrevet fra %s Kommunes dagsordensystem</SMALL></P></BODY></HTML>") % (
        html.escape(body), d.strftime("%d-%m-%Y"), html.escape(kname), html.escape(body).upper(), DA_DAYS[d.weekday()],
        dlong(d), doc["time"], html.escape(doc["place"]), html.escape(absent or "-"), "".join(rows), html.escape(kname))


CSS = {
    "pdf_soffice": "body{font-family:'Liberation Serif';font-size:11pt} h2{font-size:13pt} table.t td{border:1px solid #000;padding:2px}",
    "pdf_wkhtml": "body{font-family:'DejaVu Sans';font-size:10pt} h2{background:#dde;padding:3px} .sag{color:#444}",
    "pdf_chromium": "body{font-family:'Liberation Sans';font-size:10.5pt} h2{border-bottom:1px solid #888} table.t td{border:1px solid #999}",
    "pdf_weasy": "@page{size:A4;margin:22mm 18mm;@bottom-right{content:'Side ' counter(page) ' af ' counter(pages)}"
                 "@top-left{content:'%s'}} body{font-family:'DejaVu Serif';font-size:10pt} h2{font-size:12pt;margin-top:14pt}",
}


def render_pdf_html(doc, layout):
    body, d, absent = header_lines(doc)
    kname = doc["kommune"]["name"]
    css = CSS[layout]
    if layout == "pdf_weasy":
        css = css % ("%s Kommune - %s %s" % (kname, body, d.strftime("%d.%m.%Y")))
    items = []
    for it in doc["items_r"]:
        secs = "".join('<h3>%s</h3>\n%s' % (html.escape(h), para_html(t)) if h else para_html(t)
                       for h, t in blocks_of(it, layout, doc))
        brk = " style='page-break-before:always'" if layout == "pdf_soffice" and it["n"] > 1 and it["n"] % 3 == 1 else ""
        items.append("<div class='punkt'%s><h2>%s</h2><p class='sag'>%s</p>%s</div>" % (
            brk, html.escape(it["heading"]), html.escape(it["caseline"]), secs))
    if layout == "pdf_soffice":
        head = ("<p>%s Kommune</p><h1>Referat af møde i %s</h1><p>Mødedato: %s<br>Tidspunkt: kl. %s<br>Mødested: %s<br>"
                "Fraværende: %s</p>") % (html.escape(kname), html.escape(body), dlong(d), doc["time"], html.escape(doc["place"]), html.escape(absent or "Ingen"))
    elif layout == "pdf_wkhtml":
        head = ("<table><tr><td><b>%s</b></td></tr><tr><td>Udvalg: %s</td></tr><tr><td>Dato: %s</td></tr>"
                "<tr><td>Starttidspunkt: %s</td></tr><tr><td>Sted: %s</td></tr><tr><td>Afbud: %s</td></tr></table>") % (
            html.escape(kname + " Kommune"), html.escape(body), d.strftime("%d-%m-%Y"), doc["time"], html.escape(doc["place"]), html.escape(absent or "Ingen"))
    elif layout == "pdf_chromium":
        head = "<p>%s Kommune › Politik › Referater</p><h1>%s %s kl. %s</h1><p>Lokale: %s · Fraværende: %s</p>" % (
            html.escape(kname), html.escape(body), d.strftime("%d-%m-%Y"), doc["time"], html.escape(doc["place"]), html.escape(absent or "ingen"))
    else:
        head = "<h1>%s - Referat</h1><p>%s den %s kl. %s, %s</p><p>Fraværende: %s</p>" % (
            html.escape(body), DA_DAYS[d.weekday()].capitalize(), dlong(d), doc["time"], html.escape(doc["place"]), html.escape(absent or "Ingen"))
    title = "%s %s" % (body, d.strftime("%d.%m.%Y"))
    return "<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'><title>%s</title><style>%s</style></head><body>%s%s</body></html>" % (
        html.escape(title), css, head, "".join(items))


def groff_esc(s):
    s = s.replace("\\", "\\e")
    lines = []
    for ln in s.split("\n"):
        if ln.startswith((".", "'")):
            ln = "\\&" + ln
        lines.append(ln)
    return "\n".join(lines)


def render_groff(doc):
    body, d, absent = header_lines(doc)
    kname = doc["kommune"]["name"]
    out = [".nh", ".ds CH", ".ds CF Side %", ".ds LH %s Kommune" % kname, ".ds RH Beslutningsprotokol",
           ".TL", groff_esc("%s - Beslutningsprotokol" % body), ".LP",
           groff_esc("Mødedato: %s. Mødetidspunkt: kl. %s. Mødested: %s." % (dlong(d), doc["time"], doc["place"])),
           ".LP", groff_esc("Fraværende: %s" % (absent or "Ingen"))]
    for it in doc["items_r"]:
        out += [".SH", groff_esc(it["heading"]), ".LP", groff_esc(it["caseline"])]
        for h, t in blocks_of(it, "pdf_groff", doc):
            if h:
                out += [".LP", "\\fB" + groff_esc(h) + "\\fP"]
            for p in t.split("\n"):
                if p.strip():
                    if p.startswith("|"):
                        p = "   ".join(c.strip() for c in p.strip("|").split("|"))
                        out += [".LP", ".nf", groff_esc(p), ".fi"]
                    else:
                        out += [".LP", groff_esc(p)]
    return "\n".join(out) + "\n"


def render_text(doc):
    body, d, absent = header_lines(doc)
    kname = doc["kommune"]["name"]
    out = ["%s KOMMUNE" % kname.upper(), "", "REFERAT", "%s" % body, "Mødedato: %s" % d.strftime("%d.%m.%Y"),
           "Tidspunkt: %s" % doc["time"], "Mødested: %s" % doc["place"], "Fraværende: %s" % (absent or "Ingen"), "", "=" * 60]
    import textwrap
    for it in doc["items_r"]:
        out += ["", it["heading"], it["caseline"], ""]
        for h, t in blocks_of(it, "pdf_enscript", doc):
            if h:
                out += [h + ":"]
            for p in t.split("\n"):
                if p.strip():
                    if p.startswith("|"):
                        out.append("  " + "  ".join(c.strip().ljust(18) for c in p.strip("|").split("|")).rstrip())
                    else:
                        out += textwrap.wrap(p, 70, break_on_hyphens=False, break_long_words=False) or [""]
            out.append("")
        out.append("-" * 60)
    txt = "\n".join(out) + "\n"
    return latin1_safe(txt)


def latin1_safe(t):
    for a, b in (("–", "-"), ("—", "-"), ("“", '"'), ("”", '"'), ("„", '"'), ("’", "'"), ("·", "-"), ("…", "..."), ("›", ">"), ("€", "EUR")):
        t = t.replace(a, b)
    return t


# ---------------------------------------------------------------- main

def run(cmd, **kw):
    p = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if p.returncode != 0:
        sys.exit("command failed (%d): %s\n%s%s" % (p.returncode, " ".join(cmd), p.stdout, p.stderr))
    return p


def pdf_pages(path):
    p = run(["pdftotext", "-enc", "UTF-8", path, "-"])
    pages = p.stdout.split("\f")
    if pages and not pages[-1].strip():
        pages = pages[:-1]
    return pages


def phrase_found(ph, cat):
    """The phrase is in the extracted text, possibly cut once by page furniture (a page break)."""
    if ph in cat:
        return True
    for i in range(1, len(ph)):
        if min(i, len(ph) - i) >= 4 and re.search(re.escape(ph[:i]) + ".{1,160}" + re.escape(ph[i:]), cat):
            return True
    return False


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="/tmp/ss15")
    a = ap.parse_args()
    out = os.path.abspath(a.out)
    if os.path.exists(out):
        shutil.rmtree(out)
    os.makedirs(out)
    src = os.path.join(out, "src")
    os.makedirs(src)
    rng = random.Random(SEED)
    plans = plan(rng)
    all_docs = []
    for half in ("dev", "holdout"):
        kom, docs = plans[half]
        mem = {k["code"]: members(rng) for k in kom}
        assign(rng, half, docs)
        for d in docs:
            k = d["kommune"]
            d["half"] = half
            d["body"] = body_name(k["name"]) if d["kind"] != "committee" else "Økonomiudvalget"
            d["members"] = mem[k["code"]] if d["kind"] != "committee" else mem[k["code"]][:7]
            d["time"] = rng.choice(["17.00", "16.30", "18.00", "19.00", "15.00"]) if d["kind"] != "committee" else "08.30"
            d["place"] = rng.choice(["Byrådssalen, Rådhuset", "Mødelokale 1, Rådhuset", "Rådhuset, Kommunalbestyrelsessalen",
                                     "Borgerhuset, sal 2", "Byrådssalen"])
            ab = rng.choice([None, None, 7, 9]) if d["kind"] != "committee" else rng.choice([None, 6])
            d["absent"] = None if ab is None else "%s (%s)" % d["members"][ab]
            d["absent_name"] = None if ab is None else d["members"][ab][0]
            d["sidebar"] = [(d["date"] - dt.timedelta(days=28 * i)).strftime("%d.%m.%Y") for i in (1, 2, 3)]
            pre = "byraad" if d["kind"] != "committee" else "oeu"
            ext = "html" if LAYOUTS[d["layout"]][1] == "html" else "pdf"
            d["document"] = "%s/%s-referat-%s.%s" % (k["name"], pre, d["date"].isoformat(), ext)
            # item numbers run on over the year in some systems
            base = rng.choice([0, 0, 0, 100 + 10 * rng.randint(0, 30)])
            its = []
            k_name = k["name"]
            for n, entry in enumerate(d["items"], 1):
                ctx = cases.Ctx(rng=rng, kommune=k["name"], body=d["body"], date=d["date"], members=d["members"],
                                council=(d["kind"] != "committee"), kind=d["kind"], absent=d["absent_name"])
                if entry[0] == "ord":
                    it = entry[1](ctx)
                    it["gold"] = None
                else:
                    _, cls, expect, v = entry
                    it = v(ctx)
                    it["gold"] = dict(cls=cls, expect=expect, variant=v.__name__)
                if d["kind"] == "committee":
                    it["sections"] = [(k, "Anbefales over for %s." % body_name(k_name) if (k == "beslut" and t == "Godkendt.") else t)
                                      for k, t in it["sections"]]
                num = base + n
                it["n"] = n
                it["number"] = num
                it.setdefault("sagsnr", cases.sagsnr(rng, d["layout"]))
                it["heading"] = item_heading(num, it["title"], d["layout"], it)
                it["caseline"] = caseline(d["layout"], it, rng)
                its.append(it)
            d["items_r"] = its
            all_docs.append(d)

    # ---- render sources
    soffice_jobs = []
    for d in all_docs:
        lay = d["layout"]
        target = os.path.join(out, d["half"], "corpus", d["document"])
        os.makedirs(os.path.dirname(target), exist_ok=True)
        stem = "%s_%s_%s" % (d["half"], d["kommune"]["code"], os.path.basename(d["document"]).rsplit(".", 1)[0])
        d["_target"] = target
        if lay == "web_fa_utf8":
            open(target, "w", encoding="utf-8").write(render_html_doc(d, lay))
        elif lay == "web_edoc_cp1252":
            open(target, "w", encoding="cp1252", errors="xmlcharrefreplace").write(render_html_doc(d, lay))
        elif lay in ("pdf_soffice", "pdf_wkhtml", "pdf_chromium", "pdf_weasy"):
            sp = os.path.join(src, stem + ".html")
            if lay == "pdf_chromium":  # the browser stamp prints this path: make it look like a site
                sp = os.path.join(src, "www.%s.dk" % slug(d["kommune"]["name"]).lower(), "politik", "dagsordener-og-referater",
                                  "%s-%s.html" % (slug(d["body"]).lower(), d["date"].isoformat()))
                os.makedirs(os.path.dirname(sp), exist_ok=True)
            open(sp, "w", encoding="utf-8").write(render_pdf_html(d, lay))
            d["_src"] = sp
            if lay == "pdf_soffice":
                soffice_jobs.append(d)
        elif lay == "pdf_groff":
            sp = os.path.join(src, stem + ".ms")
            open(sp, "w", encoding="utf-8").write(render_groff(d))
            d["_src"] = sp
        else:
            sp = os.path.join(src, stem + ".txt")
            open(sp, "w", encoding="latin-1").write(render_text(d))
            d["_src"] = sp

    # ---- producers
    env = dict(os.environ, HOME=os.path.join(src, "home"), QT_QPA_PLATFORM="offscreen")
    os.makedirs(env["HOME"], exist_ok=True)
    if soffice_jobs:
        sodir = os.path.join(src, "soffice-out")
        run(["soffice", "--headless", "--norestore", "-env:UserInstallation=file://" + os.path.join(src, "lo-profile"),
             "--convert-to", "pdf:writer_pdf_Export", "--outdir", sodir] + [d["_src"] for d in soffice_jobs], env=env)
        for d in soffice_jobs:
            shutil.copy(os.path.join(sodir, os.path.basename(d["_src"])[:-5] + ".pdf"), d["_target"])
    for d in all_docs:
        lay = d["layout"]
        if lay == "pdf_wkhtml":
            run(["wkhtmltopdf", "-q", "--encoding", "utf-8", "--footer-center", "Side [page] af [topage]",
                 "--header-right", "%s Kommune" % d["kommune"]["name"], d["_src"], d["_target"]], env=env)
        elif lay == "pdf_chromium":
            run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                 "--user-data-dir=" + os.path.join(src, "chrome-profile"),
                 "--print-to-pdf=" + d["_target"], "file://" + d["_src"]], env=env)
        elif lay == "pdf_weasy":
            run(["weasyprint", "-q", d["_src"], d["_target"]], env=env)
        elif lay == "pdf_groff":
            ps = d["_src"][:-3] + ".ps"
            p = run(["groff", "-k", "-ms", "-Tps", d["_src"]], env=env)
            open(ps, "w", encoding="latin-1").write(p.stdout)
            run(["ps2pdf", ps, d["_target"]], env=env)
        elif lay == "pdf_enscript":
            ps = d["_src"][:-4] + ".ps"
            run(["enscript", "-q", "-X", "latin1", "-f", "Courier10", "--margins=60:60:40:40",
                 "--header=%s Kommune|%s|Side $%% af $=" % (latin1_safe(d["kommune"]["name"]), d["date"].strftime("%d.%m.%Y")),
                 "-o", ps, d["_src"]], env=env)
            raw = d["_src"][:-4] + ".raw.pdf"
            run(["ps2pdf", ps, raw], env=env)
            run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite", "-dCompatibilityLevel=1.5",
                 "-sOutputFile=" + d["_target"], raw], env=env)

    # ---- check PDFs, find item pages, write gold / items
    manifest = dict(seed=SEED, period=PERIOD, layouts={l: v[0] for l, v in LAYOUTS.items()},
                    producers={l: v[2] for l, v in LAYOUTS.items()}, halves={})
    for half in ("dev", "holdout"):
        hd = [d for d in all_docs if d["half"] == half]
        gold_items, idx_docs = [], []
        gid = 0
        for d in hd:
            pdf = d["_target"].endswith(".pdf")
            if pdf:
                pages = pdf_pages(d["_target"])
                whole = "\n".join(pages)
                if not re.search("[æøå]", whole) or re.search("Ã|â€|Â§|\ufffd", whole):
                    sys.exit("PDF text check failed (Danish letters / mojibake): " + d["_target"])
                sq = [squash(p) for p in pages]
                offs, acc = [], 0
                for s in sq:
                    offs.append(acc)
                    acc += len(s)
                cat = "".join(sq)
                pos, starts = 0, []
                for it in d["items_r"]:
                    key = squash(it["heading"])
                    j = cat.find(key, pos)
                    if j < 0:
                        key = squash(it["title"])[:40]
                        j = cat.find(key, pos)
                    if j < 0:
                        sys.exit("item heading not found in %s: %s" % (d["_target"], it["heading"]))
                    starts.append(j)
                    pos = j + len(key)
                def page_of(o):
                    pg = 1
                    for i, of in enumerate(offs):
                        if o >= of:
                            pg = i + 1
                    return pg
                for i, it in enumerate(d["items_r"]):
                    first = page_of(starts[i])
                    last = page_of(starts[i + 1] - 1) if i + 1 < len(starts) else len(pages)
                    it["pages"] = [first, max(first, last)]
            else:
                raw = open(d["_target"], "rb").read().decode("cp1252" if d["layout"] == "web_edoc_cp1252" else "utf-8")
                cat = squash(html.unescape(re.sub(r"<[^>]+>", " ", raw)))
                for it in d["items_r"]:
                    it["pages"] = [1, 1]
            # every item's text must be findable in the extracted text (decisive phrase especially)
            for it in d["items_r"]:
                if it["gold"] and not phrase_found(squash(latin1_safe(it["phrase"])), cat):
                    sys.exit("phrase not in extracted text of %s: %r" % (d["_target"], it["phrase"]))
            items = []
            for it in d["items_r"]:
                g = None
                if it["gold"]:
                    gid += 1
                    g = "%s-%03d" % (half[0].upper(), gid)
                    gg = it["gold"]
                    rec = dict(id=g, document=d["document"], page=it["pages"][0], pages=it["pages"], item_number=it["number"],
                               item_title=it["title"], **{"class": gg["cls"]},
                               expect="flag" if gg["expect"] == "flag" else "quiet", phrase=it["phrase"], variant=gg["variant"],
                               municipality=d["kommune"]["name"], municipality_code=d["kommune"]["code"],
                               meeting_date=d["date"].isoformat(), body=d["body"], meeting_kind=d["kind"],
                               layout=d["layout"], law=it.get("law", ""))
                    if gg["expect"] != "flag":
                        rec["why_quiet"] = it.get("why_quiet") if gg["expect"] == "quiet" else (
                            "the planted problem sits in a %s meeting, which spot-check must not draw" % (
                                "committee" if d["kind"] == "committee" else "council meeting outside 2024H2"))
                    gold_items.append(rec)
                text = item_plain(it, d["layout"], d)
                if d["layout"] == "pdf_enscript":
                    text = latin1_safe(text)
                items.append(dict(number=it["number"], title=it["title"], text=text, pages=it["pages"], gold=g))
            idx_docs.append(dict(document=d["document"], kind=d["kind"], pdf=pdf, municipality=d["kommune"]["name"],
                                 municipality_code=d["kommune"]["code"], meeting_date=d["date"].isoformat(),
                                 body="council" if d["kind"] != "committee" else "committee", body_name=d["body"],
                                 layout=d["layout"], items=items))
        hdir = os.path.join(out, half)
        lays = sorted({d["layout"] for d in hd})
        json.dump(dict(seed=SEED, half=half, period=PERIOD, layouts=lays, items=gold_items),
                  open(os.path.join(hdir, "gold.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
        json.dump(dict(documents=idx_docs), open(os.path.join(hdir, "items.json"), "w", encoding="utf-8"),
                  ensure_ascii=False, indent=1)
        per = {}
        for g in gold_items:
            r = per.setdefault(g["class"], dict(flag=0, quiet=0, not_drawn=0))
            if g["expect"] == "flag":
                r["flag"] += 1
            elif g["meeting_kind"] == "council":
                r["quiet"] += 1
            else:
                r["not_drawn"] += 1
        kinds = {}
        for d in hd:
            kinds[d["kind"]] = kinds.get(d["kind"], 0) + 1
        manifest["halves"][half] = dict(layouts=lays, municipalities=sorted({d["kommune"]["name"] for d in hd}),
                                        document_kinds=kinds, documents=len(hd),
                                        items=sum(len(x["items"]) for x in idx_docs), gold=len(gold_items), per_class=per)
    json.dump(manifest, open(os.path.join(out, "manifest.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print("wrote %s" % out)
    for half, m in manifest["halves"].items():
        print(half, m["documents"], "documents", m["gold"], "gold items", m["document_kinds"])


if __name__ == "__main__":
    main()
