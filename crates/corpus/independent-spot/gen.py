#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Independent labelled corpus for `tilsyn spot-check` (period 2024H1).

  gen.py --seed N --out DIR     write DIR/{dev,holdout}/corpus (HTML, and HTML sources for PDFs
                                under DIR/_src with DIR/_render.json), gold.json, items.json
  gen.py --pages DIR            after rendering: find each item's pages in the PDFs (pdftotext)

Python 3 stdlib only; output is a pure function of --seed.
"""
import argparse, csv, datetime, html, json, os, random, re, subprocess, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from cases import CLASSES, dk, MONTHS, FIRST, LAST, person  # noqa: E402
from ordinary import ORDINARY, o_dagsorden, o_meddelelser  # noqa: E402

KOMMUNER = os.environ.get("KOMMUNER_CSV", "/work/shared/data/kommuner.csv")
WEEKDAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]
PARTIES = ["A", "A", "A", "V", "V", "V", "C", "C", "F", "F", "Ø", "O", "B", "D", "I", "Æ", "K", "M"]

# layout id -> (engine, description)
LAYOUTS = {
    "L1_html_table_utf8": ("html", "HTML utf-8, header table 'Udvalg: Byrådet', 'Punkt N', Resumé/Sagsfremstilling/Indstilling/Beslutning i Byrådet den …"),
    "L2_htm_title_cp1252": ("html1252", "HTML windows-1252 (.htm), title line 'Referat af møde i X Byråd', 'N. Title', Sagens kerne/Beskrivelse af sagen, sidebar with other meetings"),
    "L3_pdf_chromium_fields": ("chromium", "PDF (Chromium), FirstAgenda-like label lines Mødedato/Mødetidspunkt/Mødested/Afbud, 'Sag nr. N', Beslutningstema/Sagsfremstilling"),
    "L4_pdf_lo_protokol": ("soffice", "PDF (LibreOffice), Beslutningsprotokol, 'Pkt. N', decision follows the item with no heading"),
    "L5_html_organ_decision_first": ("html", "HTML utf-8, 'Organ: Kommunalbestyrelsen', running numbers 'Nr.123 - Title', decision first, Problemstilling/Løsning"),
    "L6_pdf_chromium_chain": ("chromium", "PDF (Chromium), title line 'Byrådet - Referat', running numbers '423. Title', chains of committee decisions, 'Beslutning på byrådsmødet den …'"),
    "L7_pdf_lo_word": ("soffice", "PDF (LibreOffice), Word-like 'Referat fra Kommunalbestyrelsens møde', header table Dato/Tidspunkt/Sted/Afbud, 'Punkt N: Title (Åbent punkt)'"),
    "L8_htm_caps_cp1252": ("html1252", "HTML windows-1252, caps labels 'UDVALG: BYRÅDET', 'Pkt. N', 'Beslutninger' with per-bullet 'Ad 1.'"),
}
ENGINE_KIND = {"html": "html", "html1252": "html", "chromium": "chromium", "soffice": "soffice"}


def slug(s):
    s = s.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def esc(s):
    return html.escape(s, quote=False)


def squash(s):
    s = unicodedata.normalize("NFKC", s).lower()
    return "".join(ch for ch in s if ch.isalnum())


def strip_tags(h):
    h = re.sub(r"(?is)<(script|style).*?</\1>", " ", h)
    h = re.sub(r"(?s)<[^>]+>", " ", h)
    return re.sub(r"\s+", " ", html.unescape(h)).strip()


def numdate(d, sep="-"):
    return "%02d%s%02d%s%d" % (d.day, sep, d.month, sep, d.year)


def longdate(d):
    return "%s den %s" % (WEEKDAYS[d.weekday()], dk(d))

# ------------------------------------------------------------------ item rendering

def paras_html(parts):
    out = []
    for p in parts:
        if isinstance(p, tuple) and p[0] == "table":
            _, hdr, rows = p
            t = ['<table border="1" cellpadding="4" style="border-collapse:collapse">',
                 "<tr>" + "".join("<th>%s</th>" % esc(h) for h in hdr) + "</tr>"]
            for r in rows:
                t.append("<tr>" + "".join("<td>%s</td>" % esc(c) for c in r) + "</tr>")
            t.append("</table>")
            out.append("".join(t))
        else:
            out.append("<p>%s</p>" % esc(p))
    return "\n".join(out)


def bullets_html(intro, bl, style="dash"):
    if not bl:
        return ""
    if style == "ol":
        return "<p>%s</p><ol>%s</ol>" % (esc(intro.rstrip(", at")) + ",", "".join("<li>at %s</li>" % esc(b) for b in bl))
    return "<p>%s</p>\n%s" % (esc(intro), "\n".join("<p>– %s</p>" % esc(b) for b in bl))


EXTRA_LABEL = {
    "L1": {"ret": "Lovgrundlag", "oko": "Økonomi", "hoer": "Høring"},
    "L2": {"ret": "Retsgrundlag", "oko": "Økonomiske konsekvenser", "hoer": "Høring"},
    "L3": {"ret": "Lovgrundlag", "oko": "Økonomiske konsekvenser", "hoer": "Høring og sagsgang"},
    "L4": {"ret": "Lovgrundlag", "oko": "Økonomi", "hoer": "Høring"},
    "L5": {"ret": "Retsgrundlag", "oko": "Økonomi", "hoer": "Høring"},
    "L6": {"ret": "Retsgrundlag", "oko": "Økonomi", "hoer": "Høring"},
    "L7": {"ret": "Lovgrundlag", "oko": "Økonomi", "hoer": "Høring"},
    "L8": {"ret": "Lovgrundlag", "oko": "Økonomi", "hoer": "Høring"},
}


def render_item(L, it, num, mt, rng):
    """Return the HTML of one agenda item in layout L (short id 'L1'..'L8')."""
    council = mt["body"]
    is_council = mt["is_council"]
    d = mt["date"]
    h = []
    extra = "".join("<h4>%s</h4>%s" % (EXTRA_LABEL[L][k], paras_html(v)) for k, v in it["extra"])
    earlier = it["earlier"] if is_council else []
    dec = list(it["decision"])
    if not is_council:
        dec = [x.replace("Godkendt.", "Anbefales.") if x == "Godkendt." else x for x in dec]
    closed = it["closed"]
    inh = it.get("inhabil")
    absent = mt.get("absent_line")
    sag = it["sagsnr"]
    if L == "L1":
        h.append("<h2>Punkt %d. %s</h2>" % (num, esc(it["title"])))
        h.append('<p class="meta">Sagsnr.: %s &nbsp; %s</p>' % (esc(sag), "Lukket punkt" if closed else "Åbent punkt"))
        if it["resume"]:
            h.append("<h3>Resumé</h3><p>%s</p>" % esc(it["resume"]))
        if it["sag"]:
            h.append("<h3>Sagsfremstilling</h3>%s" % paras_html(it["sag"]))
        h.append(extra)
        if it["ind"]:
            h.append("<h3>Indstilling</h3>%s" % bullets_html(it["ind_intro"], it["ind"]))
        for body, ed, txt in earlier:
            h.append("<h3>Beslutning i %s den %s</h3><p>%s</p>" % (esc(body), dk(ed), esc(txt)))
        h.append("<h3>Beslutning i %s den %s</h3>" % (esc(council), dk(d)))
        if inh:
            h.append("<p>Inhabil: %s</p>" % esc(inh))
        h.append(paras_html(dec))
    elif L == "L2":
        h.append("<h2>%d. %s</h2>" % (num, esc(it["title"])))
        if closed:
            h.append("<p><b>Lukket punkt</b></p>")
        h.append("<p>%s</p>" % esc(sag if sag.startswith("Sag ") else "Sag: " + sag))
        if it["resume"]:
            h.append("<h3>Sagens kerne</h3><p>%s</p>" % esc(it["resume"]))
        if it["sag"]:
            h.append("<h3>Beskrivelse af sagen</h3>%s" % paras_html(it["sag"]))
        h.append(extra)
        if it["ind"]:
            h.append("<h3>Indstilling</h3>%s" % bullets_html(it["ind_intro"].replace("Forvaltningen", "Direktionen"), it["ind"]))
        for body, ed, txt in earlier:
            h.append("<h3>%s, %s</h3><p>%s</p>" % (esc(body), numdate(ed, "."), esc(txt)))
        h.append("<h3>Beslutning</h3>")
        if inh:
            h.append("<p>Inhabil: %s</p>" % esc(inh))
        h.append(paras_html(dec))
    elif L == "L3":
        h.append('<h2 class="item">Sag nr. %d &nbsp; %s</h2>' % (num, esc(it["title"])))
        h.append("<p>%s%s</p>" % (esc(sag if sag.startswith("Sag ") else "Sagsnr.: " + sag), " &nbsp; Lukket sag" if closed else ""))
        if it["resume"]:
            h.append("<h3>Beslutningstema</h3><p>%s</p>" % esc(it["resume"]))
        if it["sag"]:
            h.append("<h3>Sagsfremstilling</h3>%s" % paras_html(it["sag"]))
        h.append(extra)
        if it["ind"]:
            h.append("<h3>Indstilling</h3>%s" % bullets_html(it["ind_intro"].replace("Forvaltningen", "Administrationen"), it["ind"]))
        for body, ed, txt in earlier:
            h.append("<h3>Beslutning i %s den %s</h3><p>%s</p>" % (esc(body), numdate(ed), esc(txt)))
        h.append("<h3>Beslutning</h3>")
        if absent:
            h.append("<p>Fraværende: %s</p>" % esc(absent))
        if inh:
            h.append("<p>Inhabil: %s</p>" % esc(inh))
        h.append(paras_html(dec))
    elif L == "L4":
        h.append("<h3>Pkt. %d &nbsp;&nbsp; %s%s</h3>" % (num, esc(it["title"]), " (Lukket)" if closed else ""))
        h.append("<p><i>Sagsnr. %s</i></p>" % esc(sag))
        body = ([it["resume"]] if it["resume"] else []) + list(it["sag"])
        if body:
            h.append("<p><b>Sagsfremstilling</b></p>%s" % paras_html(body))
        h.append(extra)
        if it["ind"]:
            h.append("<p><b>Indstilling</b></p>%s" % bullets_html(it["ind_intro"], it["ind"]))
        for b, ed, txt in earlier:
            h.append("<p>%s den %s: %s</p>" % (esc(b), dk(ed), esc(txt)))
        if inh:
            h.append("<p>Inhabil: %s</p>" % esc(inh))
        h.append("<p>&nbsp;</p>" + paras_html(dec))
    elif L == "L5":
        h.append("<h2>Nr.%d - %s</h2>" % (num, esc(it["title"])))
        h.append('<div class="sagsnr">%s &middot; Sagsnr. %s</div>' % ("Lukket punkt" if closed else "Åbent punkt", esc(sag)))
        h.append("<h3>Beslutning</h3>")
        if absent:
            h.append("<p>Ikke til stede: %s</p>" % esc(absent))
        if inh:
            h.append("<p>Inhabil: %s</p>" % esc(inh))
        h.append(paras_html(dec))
        for body, ed, txt in earlier:
            h.append("<h3>Beslutning fra %s, %s</h3><p>%s</p>" % (esc(body), dk(ed), esc(txt)))
        if it["ind"]:
            h.append("<h3>Indstilling</h3>%s" % bullets_html("Direktøren indstiller, at", it["ind"]))
        if it["resume"]:
            h.append("<h3>Problemstilling</h3><p>%s</p>" % esc(it["resume"]))
        if it["sag"]:
            h.append("<h3>Løsning</h3>%s" % paras_html(it["sag"]))
        h.append(extra)
        if is_council:
            h.append("<h3>Beslutningskompetence</h3><p>%s</p>" % esc(council))
    elif L == "L6":
        h.append('<h2>%d. %s</h2>' % (num, esc(it["title"])))
        h.append("<p>%s%s</p>" % (esc(sag if sag.startswith("Sag ") else "Sag: " + sag), " – Lukket punkt" if closed else ""))
        if it["resume"]:
            h.append("<h3>Sagsforløb</h3><p>%s</p>" % esc(it["resume"]))
        if it["sag"]:
            h.append("<h3>Redegørelse</h3>%s" % paras_html(it["sag"]))
        h.append(extra)
        if it["ind"]:
            h.append("<h3>Indstilling</h3>%s" % bullets_html("Kommunaldirektøren indstiller, at", it["ind"]))
        for body, ed, txt in earlier:
            h.append("<h3>Beslutning i %s den %s</h3><p>%s</p>" % (esc(body), dk(ed), esc(txt)))
        if is_council:
            h.append("<h3>Beslutning på %smødet den %s</h3>" % ("byråds" if council == "Byrådet" else "kommunalbestyrelses", dk(d)))
        else:
            h.append("<h3>Beslutning i %s den %s</h3>" % (esc(council), dk(d)))
        if inh:
            h.append("<p>Inhabil: %s</p>" % esc(inh))
        h.append(paras_html(dec))
    elif L == "L7":
        h.append("<h2>Punkt %d: %s (%s)</h2>" % (num, esc(it["title"]), "Lukket punkt" if closed else "Åbent punkt"))
        h.append("<p>Sagsnr. %s</p>" % esc(sag))
        if it["resume"]:
            h.append("<h3>Resumé</h3><p>%s</p>" % esc(it["resume"]))
        if it["sag"]:
            h.append("<h3>Sagen</h3>%s" % paras_html(it["sag"]))
        h.append(extra)
        if it["ind"]:
            h.append("<h3>Indstilling</h3>%s" % bullets_html(it["ind_intro"], it["ind"], "ol"))
        for body, ed, txt in earlier:
            h.append("<p><b>%s den %s:</b></p><p>%s</p>" % (esc(body), dk(ed), esc(txt)))
        gen = {"Byrådet": "Byrådets", "Kommunalbestyrelsen": "Kommunalbestyrelsens"}.get(council, council + "s")
        h.append("<p><b>%s beslutning den %s:</b></p>" % (esc(gen), dk(d)))
        if inh:
            h.append("<p>Inhabil: %s</p>" % esc(inh))
        h.append(paras_html(dec))
    elif L == "L8":
        h.append("<h2>Pkt. %d %s</h2>" % (num, esc(it["title"])))
        h.append("<p>SAGSNR. %s%s</p>" % (esc(sag), " &ndash; LUKKET PUNKT" if closed else ""))
        if it["resume"]:
            h.append("<h3>Resumé</h3><p>%s</p>" % esc(it["resume"]))
        if it["sag"]:
            h.append("<h3>Sagsfremstilling</h3>%s" % paras_html(it["sag"]))
        h.append(extra)
        if it["ind"]:
            h.append("<h3>Indstilling</h3>%s" % bullets_html(it["ind_intro"], it["ind"], "ol"))
        for body, ed, txt in earlier:
            h.append("<h3>%s den %s</h3><p>%s</p>" % (esc(body), numdate(ed, "."), esc(txt)))
        h.append("<h3>Beslutninger</h3>")
        if inh:
            h.append("<p>Inhabil: %s</p>" % esc(inh))
        if len(it["ind"]) >= 2 and dec in (["Godkendt."], ["Anbefales."]):
            dec = [" ".join("Ad %d. %s" % (i + 1, dec[0]) for i in range(len(it["ind"])))]
        h.append(paras_html(dec))
    return '<div class="punkt">\n' + "\n".join(x for x in h if x) + "\n</div>"

# ------------------------------------------------------------------ meeting rendering

CSS = ("body{font-family:'DejaVu Sans',Arial,sans-serif;font-size:10.5pt;margin:2em;} h1{font-size:17pt} "
       "h2{font-size:13pt;margin-top:1.6em;border-bottom:1px solid #999} h3{font-size:11pt;margin-bottom:.2em} "
       "table{border-collapse:collapse} .meta,.sagsnr{color:#444}")


def header_html(L, mt):
    m, d, council = mt["muni"], mt["date"], mt["body"]
    t0, t1 = mt["time"]
    members = ", ".join("%s (%s)" % x for x in mt["present"])
    absent = mt.get("absent_line") or ""
    if L == "L1":
        rows = [("Udvalg", council), ("Mødedato", numdate(d)), ("Mødetidspunkt", "%s - %s" % (t0, t1)),
                ("Mødested", mt["place"]), ("Fraværende", absent or "Ingen")]
        return ('<p class="crumbs">Forside &gt; Politik &gt; Dagsordener og referater &gt; %s</p>' % esc(council)
                + "<h1>Referat</h1><table>%s</table>" % "".join("<tr><td><b>%s</b></td><td>%s</td></tr>" % (esc(a), esc(b)) for a, b in rows))
    if L == "L2":
        if mt["is_council"]:
            title = "Referat af møde i %s %s" % (m, "Byråd" if council == "Byrådet" else "Kommunalbestyrelse")
        else:
            title = "Referat af møde i %s" % council
        side = "".join("<li><a href='#'>%s %s</a></li>" % (esc(council), numdate(x)) for x in mt["siblings"])
        return ('<p><a href="#indhold">Gå til indhold</a></p><div class="sidebar" style="float:right;width:30%%;font-size:9pt"><b>Andre møder</b><ul>%s</ul></div>' % side
                + "<h1>%s</h1><p>%s kl. %s, %s</p>" % (esc(title), esc(longdate(d)), t0, esc(mt["place"]))
                + ("<p>Afbud: %s</p>" % esc(absent) if absent else "") + '<a name="indhold"></a>')
    if L == "L3":
        return ("<p style='font-size:9pt'>%s Kommune</p><h1>Referat</h1><h2 style='border:none'>%s</h2>" % (esc(m), esc(council))
                + "<p>Mødedato: %s<br>Mødetidspunkt: kl. %s<br>Sluttidspunkt: kl. %s<br>Mødested: %s<br>Deltagere: %s<br>Afbud: %s</p>"
                % (numdate(d, "."), t0, t1, esc(mt["place"]), esc(members), esc(absent or "-")))
    if L == "L4":
        return ("<p align='right'>%s Kommune</p><h1>Beslutningsprotokol</h1><p><b>%s</b></p>" % (esc(m), esc(council))
                + "<p>Mødedato: %s<br>Mødetidspunkt: %s – %s<br>Mødested: %s<br>Fraværende: %s</p>"
                % (numdate(d, "."), t0, t1, esc(mt["place"]), esc(absent or "Ingen")))
    if L == "L5":
        rows = [("Organ", council), ("Dato", numdate(d)), ("Starttidspunkt", t0), ("Sluttidspunkt", t1),
                ("Lokale", mt["place"]), ("Medlemmer", members), ("Fraværende med afbud", absent or "-")]
        return ("<nav>%s Kommune | Politik | Møder</nav><h1>%s – referat</h1>" % (esc(m), esc(council))
                + "<dl>%s</dl>" % "".join("<dt>%s</dt><dd>%s</dd>" % (esc(a), esc(b)) for a, b in rows))
    if L == "L6":
        return ("<h1>%s - Referat</h1><p><b>%s %s kl. %s</b></p><p>%s</p>" % (esc(council), esc(council), numdate(d), t0, esc(mt["place"]))
                + ("<p>Fraværende: %s</p>" % esc(absent) if absent else ""))
    if L == "L7":
        gen = {"Byrådet": "Byrådets", "Kommunalbestyrelsen": "Kommunalbestyrelsens"}.get(council, council + "s")
        rows = [("Dato", dk(d)), ("Tidspunkt", "Kl. %s" % t0), ("Sted", mt["place"]), ("Afbud", absent or "Ingen")]
        return ("<p align='right'>%s Kommune</p><h1>Referat fra %s møde</h1>" % (esc(m), esc(gen))
                + '<table border="1" cellpadding="4">%s</table>' % "".join("<tr><td>%s</td><td>%s</td></tr>" % (esc(a), esc(b)) for a, b in rows))
    if L == "L8":
        rows = [("UDVALG", council.upper()), ("DATO", numdate(d, ".")), ("TIDSPUNKT", "%s-%s" % (t0, t1)),
                ("STED", mt["place"].upper()), ("FRAVÆRENDE", absent or "")]
        return "<h1>%s KOMMUNE</h1><table>%s</table><p>Til toppen</p>" % (esc(m.upper()), "".join(
            "<tr><td>%s:</td><td>%s</td></tr>" % (esc(a), esc(b)) for a, b in rows))


def footer_html(L, mt):
    if L == "L4":
        return "<p>&nbsp;</p><p><b>Underskrifter</b></p><p>%s</p>" % esc(", ".join(x[0] for x in mt["present"][:12]))
    if L in ("L1", "L8"):
        return "<p><a href='#'>Til toppen</a></p><p style='font-size:8pt'>%s Kommune · Rådhuspladsen 1 · kommune@%s.dk</p>" % (esc(mt["muni"]), slug(mt["muni"]))
    return ""


def render_meeting(L, mt, items, rng):
    parts = []
    for num, it in items:
        parts.append((num, it, render_item(L, it, num, mt, rng)))
    charset = "windows-1252" if LAYOUTS[mt["layout"]][0] == "html1252" else "utf-8"
    head = ('<!DOCTYPE html>\n<html lang="da"><head><meta http-equiv="Content-Type" content="text/html; charset=%s">'
            "<title>%s %s</title><style>%s</style></head><body>\n" % (charset, esc(mt["body"]), numdate(mt["date"]), CSS))
    body = header_html(L, mt) + "\n" + "\n".join(p[2] for p in parts) + footer_html(L, mt)
    return head + body + "\n</body></html>\n", parts

# ------------------------------------------------------------------ planning

def load_kommuner():
    with open(KOMMUNER, encoding="utf-8") as f:
        return [(r["code"], r["name"]) for r in csv.DictReader(f)]


def meeting_dates(rng, n):
    months = sorted(rng.sample(range(1, 7), n))
    out = []
    for m in months:
        wd = rng.choice([1, 2, 3])
        d = datetime.date(2024, m, rng.randrange(8, 26))
        while d.weekday() != wd:
            d += datetime.timedelta(days=1)
        out.append(d)
    return out


SAGSNR = [
    lambda r: "%02d.%02d.%02d-%s00-%d-24" % (r.randrange(0, 30), r.randrange(0, 20), r.randrange(0, 12), r.choice("AGKP"), r.randrange(1, 40)),
    lambda r: "24/%d" % r.randrange(1000, 29999),
    lambda r: "EMN-2024-%06d" % r.randrange(1, 20000),
    lambda r: "Sag 306-2024-%d" % r.randrange(1000, 99999),
    lambda r: "%d" % r.randrange(100000, 999999),
]


def build(seed, out):
    rng = random.Random(seed)
    kommuner = [k for k in load_kommuner() if k[0] != "101"]
    chosen = rng.sample(kommuner, 28)
    lay_ids = list(LAYOUTS)
    while True:
        rng.shuffle(lay_ids)
        a, b = lay_ids[:4], lay_ids[4:]
        ok = all(sum(1 for x in h if ENGINE_KIND[LAYOUTS[x][0]] == k) == need
                 for h in (a, b) for k, need in (("html", 2), ("chromium", 1), ("soffice", 1)))
        if ok:
            break
    halves = {"dev": sorted(a), "holdout": sorted(b)}
    lay_of = {}
    for i, k in enumerate(chosen):
        lay_of[k] = lay_ids[i % 8]
    # variants per class: dev takes the first ones, holdout the next ones (wrapping)
    plan = {"dev": [], "holdout": []}
    variant_order = {}
    for cid, fl, ql in CLASSES:
        f = list(fl); q = list(ql)
        rng.shuffle(f); rng.shuffle(q)
        variant_order[cid] = ([x.__name__ for x in f], [x.__name__ for x in q])
        extra_q = rng.random() < 0.3
        plan["dev"] += [(cid, "flag", f[0]), (cid, "flag", f[1 % len(f)]), (cid, "quiet", q[0])]
        plan["holdout"] += [(cid, "flag", f[2 % len(f)]), (cid, "flag", f[3 % len(f)]), (cid, "quiet", q[1 % len(q)])]
        if extra_q:
            plan["dev"].append((cid, "quiet", q[1 % len(q)]))
            plan["holdout"].append((cid, "quiet", q[2 % len(q)] if len(q) > 2 else q[0]))
    render_jobs = []
    manifest = {"seed": seed, "period": "2024H1", "halves": halves,
                "layouts": {k: v[1] for k, v in LAYOUTS.items()}, "municipalities": {}}
    for half in ("dev", "holdout"):
        hdir = os.path.join(out, half)
        os.makedirs(os.path.join(hdir, "corpus"), exist_ok=True)
        munis = [k for k in chosen if lay_of[k] in halves[half]]
        meetings = []
        for code, name in munis:
            council = rng.choice(["Byrådet", "Byrådet", "Kommunalbestyrelsen"])
            members = []
            seen = set()
            while len(members) < rng.choice([21, 25, 27, 29, 31]):
                p = "%s %s" % (rng.choice(FIRST), rng.choice(LAST))
                if p not in seen:
                    seen.add(p); members.append((p, rng.choice(PARTIES)))
            n = rng.choice([2, 2, 3, 3, 3])
            dates = meeting_dates(rng, n)
            place = rng.choice(["Byrådssalen, Rådhuset", "Rådhuset, mødelokale 1", "Kommunalbestyrelsessalen",
                                "Borgernes Hus, sal A", "Rådhuset, Byrådssalen"])
            if council == "Byrådet":
                place = place.replace("Kommunalbestyrelsessalen", "Byrådssalen")
            else:
                place = place.replace("Byrådssalen", "Kommunalbestyrelsessalen")
            base = {"code": code, "muni": name, "layout": lay_of[(code, name)], "members": members,
                    "place": place,
                    "council": council}
            manifest["municipalities"][code] = {"name": name, "layout": base["layout"], "half": half}
            for i, d in enumerate(dates):
                meetings.append(dict(base, date=d, body=council, is_council=True, kind="council", idx=i, siblings=dates))
            if rng.random() < 0.35:
                d = meeting_dates(rng, 1)[0]
                meetings.append(dict(base, date=d, body=rng.choice(["Økonomiudvalget", "Social- og Sundhedsudvalget", "Ældre- og Handicapudvalget"]),
                                     is_council=False, kind="committee", idx=9, siblings=[d]))
        # two council meetings outside the period per half
        for code, name in rng.sample(munis, 2):
            src = next(m for m in meetings if m["code"] == code and m["is_council"])
            d = rng.choice([datetime.date(2023, 12, rng.randrange(5, 20)), datetime.date(2024, 8, rng.randrange(20, 30)),
                            datetime.date(2024, 7, 2)])
            meetings.append(dict(src, date=d, kind="out_of_period", idx=8, siblings=[d]))
        # assign cases
        cases = list(plan[half])
        rng.shuffle(cases)
        council_mts = [m for m in meetings if m["kind"] == "council"]
        for m in meetings:
            m["cases"] = []
        slots = []
        for r in range(2):
            order = list(range(len(council_mts)))
            rng.shuffle(order)
            slots += order
        si = 0
        for c in cases:
            while True:
                m = council_mts[slots[si % len(slots)]]; si += 1
                if all(x[0] != c[0] for x in m["cases"]) and len(m["cases"]) < 2:
                    m["cases"].append(c); break
        flag_fns = {f.__name__: f for _, fl, ql in CLASSES for f in fl + ql}
        cls_of = {f.__name__: cid for cid, fl, ql in CLASSES for f in fl + ql}
        for m in meetings:
            if m["kind"] != "council":
                cid, fl, ql = rng.choice(CLASSES)
                m["cases"] = [(cid, "not_drawn", rng.choice(fl))]
        gold, items_index = [], []
        for m in sorted(meetings, key=lambda x: (x["code"], x["date"])):
            L = m["layout"][:2]
            mrng = random.Random("%s-%s-%s" % (seed, m["code"], m["date"]))
            m["time"] = mrng.choice([("16.00", "18.45"), ("17.00", "19.30"), ("17.00", "21.10"), ("19.00", "22.05"), ("16.30", "18.10")])
            absent = mrng.sample(m["members"], mrng.choice([0, 1, 1, 2]))
            m["absent_line"] = ", ".join("%s (%s)" % x for x in absent)
            m["present"] = [x for x in m["members"] if x not in absent]
            members_present = m["present"]
            ctx = {"muni": m["muni"], "council": m["body"] if m["is_council"] else m["council"],
                   "council_def": m["council"], "date": m["date"], "members": members_present}
            n_items = mrng.randrange(8, 13) if m["is_council"] else mrng.randrange(5, 8)
            ords = mrng.sample(ORDINARY, n_items - 2 - len(m["cases"]))
            seq = [("ord", o_dagsorden(mrng, ctx))]
            if mrng.random() < 0.6:
                seq.append(("ord", o_meddelelser(mrng, ctx)))
            else:
                ords.append(mrng.choice([f for f in ORDINARY if f not in ords]))
            body = [("ord", f(mrng, ctx)) for f in ords]
            for c in m["cases"]:
                fn = c[2] if callable(c[2]) else flag_fns[c[2].__name__]
                it = fn(mrng, ctx)
                it["_case"] = (c[0], c[1], fn.__name__)
                pos = mrng.randrange(0, len(body) + 1)
                body.insert(pos, ("case", it))
            seq += body
            # closed items go last, as in real minutes
            seq = [x for x in seq if not x[1]["closed"]] + [x for x in seq if x[1]["closed"]]
            sfmt = mrng.choice(SAGSNR)
            start = 1 if L not in ("L5", "L6") else 1 + (m["date"].month - 1) * 14 + mrng.randrange(0, 5) + (300 if L == "L6" else 0)
            items = []
            yy = "%02d" % (m["date"].year % 100)
            for i, (_, it) in enumerate(seq):
                it["sagsnr"] = sfmt(mrng).replace("-24", "-" + yy).replace("24/", yy + "/").replace("2024", "20" + yy)
                items.append((start + i, it))
            html_doc, parts = render_meeting(L, m, items, mrng)
            # file name
            d = m["date"]
            bslug = slug(m["body"])
            fold = {"L1": "%s-%s" % (m["code"], slug(m["muni"])), "L2": m["muni"], "L3": m["code"],
                    "L4": "%s-kommune" % slug(m["muni"]), "L5": "%s Kommune" % m["muni"], "L6": m["code"],
                    "L7": slug(m["muni"]), "L8": "%s_%s" % (m["code"], slug(m["muni"]))}[L]
            fname = {"L1": "referat-%s-%s.html" % (bslug, d.isoformat()),
                     "L2": "%s_%s.htm" % (bslug.capitalize(), numdate(d)),
                     "L3": "Referat_%s_%s.pdf" % (bslug, d.strftime("%Y%m%d")),
                     "L4": "beslutningsprotokol-%s-%s.pdf" % (bslug, d.isoformat()),
                     "L5": "%s %s.html" % (m["body"], numdate(d)),
                     "L6": "%s-referat-%s.pdf" % (bslug, numdate(d)),
                     "L7": "referat_%s_%s.pdf" % (bslug, d.strftime("%d%m%Y")),
                     "L8": "%s-%s.htm" % (d.strftime("%Y%m%d"), bslug)}[L]
            rel = "%s/%s" % (fold, fname)
            eng = LAYOUTS[m["layout"]][0]
            dest = os.path.join(hdir, "corpus", rel)
            os.makedirs(os.path.dirname(dest), exist_ok=True)
            if eng in ("html", "html1252"):
                enc = "cp1252" if eng == "html1252" else "utf-8"
                with open(dest, "wb") as f:
                    f.write(html_doc.encode(enc, errors="xmlcharrefreplace"))
            else:
                src = os.path.join(out, "_src", half, rel[:-4] + ".html")
                os.makedirs(os.path.dirname(src), exist_ok=True)
                with open(src, "w", encoding="utf-8") as f:
                    f.write(html_doc)
                render_jobs.append({"engine": eng, "src": os.path.abspath(src), "out": os.path.abspath(dest)})
            doc_items = []
            for num, it, frag in parts:
                text = strip_tags(frag)
                entry = {"number": num, "title": it["title"], "text": text, "pages": [1, 1], "gold": None}
                if "_case" in it:
                    cid, expect, vname = it["_case"]
                    ph = it["phrase"]
                    assert ph and squash(ph) in squash(text), (vname, ph)
                    g = {"id": "%s-%03d" % (half, len(gold) + 1), "document": rel, "page": 1,
                         "item_number": num, "item_title": it["title"], "class": cid,
                         "expect": "flag" if expect == "flag" else "quiet", "phrase": ph,
                         "variant": vname, "municipality": m["code"], "meeting_date": d.isoformat(),
                         "body": "council" if m["is_council"] else "committee", "meeting_kind": m["kind"],
                         "layout": m["layout"]}
                    if expect == "not_drawn":
                        g["why_quiet"] = "committee meeting, must not be drawn" if m["kind"] == "committee" else "council meeting outside 2024H1, must not be drawn"
                    gold.append(g)
                    entry["gold"] = g["id"]
                doc_items.append(entry)
            items_index.append({"document": rel, "kind": m["kind"], "layout": m["layout"], "municipality": m["code"],
                                "meeting_date": d.isoformat(), "body": m["body"], "pdf": eng in ("chromium", "soffice"),
                                "items": doc_items})
        with open(os.path.join(hdir, "gold.json"), "w", encoding="utf-8") as f:
            json.dump({"seed": seed, "half": half, "period": "2024H1", "layouts": halves[half], "items": gold},
                      f, ensure_ascii=False, indent=1)
        with open(os.path.join(hdir, "items.json"), "w", encoding="utf-8") as f:
            json.dump({"documents": items_index}, f, ensure_ascii=False, indent=1)
    manifest["variant_order"] = variant_order
    with open(os.path.join(out, "_render.json"), "w") as f:
        json.dump(render_jobs, f, indent=1)
    with open(os.path.join(out, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, ensure_ascii=False, indent=1)

# ------------------------------------------------------------------ pages after rendering

def pdf_pages(path):
    txt = subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], capture_output=True, check=True).stdout.decode("utf-8", "replace")
    pages = txt.split("\f")
    if pages and not pages[-1].strip():
        pages = pages[:-1]
    return pages


def find_pages(out):
    for half in ("dev", "holdout"):
        hdir = os.path.join(out, half)
        idx = json.load(open(os.path.join(hdir, "items.json"), encoding="utf-8"))
        gold = json.load(open(os.path.join(hdir, "gold.json"), encoding="utf-8"))
        gmap = {g["id"]: g for g in gold["items"]}
        for doc in idx["documents"]:
            if not doc["pdf"]:
                continue
            pages = [squash(p) for p in pdf_pages(os.path.join(hdir, "corpus", doc["document"]))]
            doc["n_pages"] = len(pages)
            starts, p = [], 0
            for it in doc["items"]:
                key = squash("%s %s" % (it["number"], it["title"]))[:60]
                q = p
                while q < len(pages) and key not in pages[q]:
                    q += 1
                if q == len(pages):  # heading broken across a page: fall back to the title alone
                    q = p
                    while q < len(pages) and squash(it["title"])[:30] not in pages[q]:
                        q += 1
                    if q == len(pages):
                        q = p
                starts.append(q); p = q
            for i, it in enumerate(doc["items"]):
                s = starts[i]
                e = starts[i + 1] if i + 1 < len(starts) else len(pages) - 1
                it["pages"] = [s + 1, max(s, e) + 1]
                if it["gold"]:
                    g = gmap[it["gold"]]
                    ph = squash(g["phrase"])
                    pg = next((k + 1 for k in range(s, max(s, e) + 1) if ph in pages[k]), None)
                    if pg is None:
                        joined = "".join(pages[s:e + 1])
                        pg = s + 1
                        if ph in joined:
                            off = joined.index(ph); acc = 0
                            for k in range(s, e + 1):
                                acc += len(pages[k])
                                if acc > off:
                                    pg = k + 1; break
                        else:
                            print("warning: phrase not found in PDF text:", doc["document"], g["phrase"], file=sys.stderr)
                    g["page"] = pg
                    g["pages"] = it["pages"]
        json.dump(idx, open(os.path.join(hdir, "items.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
        json.dump(gold, open(os.path.join(hdir, "gold.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=2024)
    ap.add_argument("--out")
    ap.add_argument("--pages", metavar="DIR")
    a = ap.parse_args()
    if a.pages:
        find_pages(a.pages)
    elif a.out:
        build(a.seed, a.out)
    else:
        ap.error("--out or --pages")


if __name__ == "__main__":
    main()
