#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generate the fifth independent spot-check corpus: sources, a render plan and draft gold/items.

  gen.py OUT [SEED]

Writes OUT/{dev,holdout}/corpus/... (HTML documents final; PDF documents as sources under
OUT/_src/), OUT/_plan.json (what render.sh must convert) and OUT/_draft.json (gold and items
without page numbers; index.py fills those in after rendering)."""
import csv, datetime, html, json, os, random, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
import cases, ordinary
from cases import dk, person, member, MONTHS

WEEKDAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]
PAIRS = [("L1_wk_plain", "L2_wk_table_encrypted"), ("L3_html_details", "L4_html_br_b"),
         ("L5_rtf_lo", "L6_rtf_lo_justified"), ("L7_chromium_2col", "L8_chromium_samlet")]
COMMITTEES = ["Social- og Sundhedsudvalget", "Teknik- og Miljøudvalget", "Økonomiudvalget", "Ældre- og Handicapudvalget"]
PLACES = ["Byrådssalen, Rådhuset", "Mødelokale 1, Rådhuset", "Kommunalbestyrelsessalen", "Rådhuset, lokale 2.14"]


def fold(s):
    s = s.replace("æ", "ae").replace("Æ", "Ae").replace("ø", "oe").replace("Ø", "Oe").replace("å", "aa").replace("Å", "Aa")
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return s.replace(" ", "-")


def slug(body):
    return fold(body).replace(".", "")


def ddmm(d, sep="-"):
    return "%02d%s%02d%s%d" % (d.day, sep, d.month, sep, d.year)


# ------------------------------------------------------------------ logical lines of an item
def item_lines(lay, n, it, body, date, closed):
    """Printed order of one item as (kind, text|rows). kind: title, meta, h, p, li, table, dh, d."""
    L = []
    sn = it["sagsnr"]
    if lay == "L1_wk_plain":
        L.append(("title", "Sag nr. %d  %s" % (n, it["title"])))
        L.append(("meta", "Sagsnr.: %s%s" % (sn, "   Lukket sag" if closed else "")))
    elif lay == "L2_wk_table_encrypted":
        L.append(("title", "Punkt %d. %s" % (n, it["title"])))
        L.append(("meta", "Journalnr. %s | %s" % (sn, "Lukket" if closed else "Åben")))
    elif lay == "L3_html_details":
        L.append(("title", "%d. %s" % (n, it["title"])))
        L.append(("meta", "Sag: %s - %s" % (sn, "Lukket punkt" if closed else "Åbent punkt")))
    elif lay == "L4_html_br_b":
        L.append(("title", "Sag nr. %d: %s" % (n, it["title"])))
        L.append(("meta", "Dok.: EMN-2024-%06d%s" % (it["emn"], " (lukket)" if closed else "")))
    elif lay == "L5_rtf_lo":
        L.append(("title", "Pkt. %d %s" % (n, it["title"])))
        L.append(("meta", "Sag %s%s" % (sn, " - Lukket punkt" if closed else "")))
    elif lay == "L6_rtf_lo_justified":
        L.append(("title", "%d. %s" % (n, it["title"])))
        L.append(("meta", "Sagsnr. %d%s" % (it["emn"], "   LUKKET" if closed else "")))
    elif lay == "L7_chromium_2col":
        L.append(("title", "Punkt %d: %s" % (n, it["title"])))
        L.append(("meta", "%s%s" % (sn, " · Lukket punkt" if closed else " · Åbent punkt")))
    else:
        L.append(("title", "%d %s" % (n, it["title"])))
        L.append(("meta", ("Lukket punkt" if closed else "Åbent punkt") + " · " + sn))
    for h, blocks in it["sections"]:
        L.append(("h", h))
        for b in blocks:
            if b[0] == "p":
                L.append(("p", b[1]))
            elif b[0] == "ul":
                for x in b[1]:
                    L.append(("li", x))
            else:
                L.append(("table", b[1]))
    for h, t in it["earlier"]:
        ed = date - datetime.timedelta(days=it["earlier_days"])
        L.append(("h", "%s den %s" % (h, ddmm(ed, "."))))
        L.append(("p", t))
    if lay == "L1_wk_plain":
        dh = "Beslutning i %s den %s" % (body, ddmm(date))
    elif lay == "L2_wk_table_encrypted":
        dh = "Beslutning"
    elif lay == "L3_html_details":
        dh = "%ss beslutning den %s" % (body, ddmm(date))
    elif lay == "L4_html_br_b":
        dh = "Beslutning:"
    elif lay == "L5_rtf_lo":
        dh = "%s, %s, pkt. %d:" % (body, dk(date), n)
    elif lay == "L6_rtf_lo_justified":
        dh = "Beslutning på mødet den %s" % dk(date)
    elif lay == "L7_chromium_2col":
        dh = "Beslutning i %s" % body
    else:
        dh = "Beslutning"
    L.append(("dh", dh))
    for t in it["decision"]:
        L.append(("d", t))
    return L


def lines_text(L):
    out = []
    for k, v in L:
        if k == "table":
            out.append("\n".join(" ".join(c for c in row if c) for row in v))
        else:
            out.append(v)
    return "\n".join(out)


# ------------------------------------------------------------------ meeting headers
def header_lines(lay, m):
    d, body, muni = m["date"], m["body"], m["muni"]
    wd = WEEKDAYS[d.weekday()]
    short = {"Byrådet": "Byråd", "Kommunalbestyrelsen": "Kommunalbestyrelse"}.get(body)
    if lay == "L1_wk_plain":
        return ["%s Kommune - %s - Referat" % (muni, body),
                "Møde i %s %s den %s kl. %s, %s" % (body, wd, dk(d), m["time"], m["place"]),
                "Afbud: %s" % m["absent"]]
    if lay == "L2_wk_table_encrypted":
        return [("Møde", body), ("Dato", ddmm(d, ".")), ("Tid", m["time"]), ("Sted", m["place"]), ("Fraværende", m["absent"])]
    if lay == "L3_html_details":
        return ["%s - referat" % body, "%s kl. %s · %s" % (ddmm(d, "."), m["time"], m["place"]), "Fraværende: %s" % m["absent"]]
    if lay == "L4_html_br_b":
        return ["REFERAT", body, "Mødet afholdt %s den %s kl. %s" % (wd, dk(d), m["time"]), "Sted: %s" % m["place"], "Afbud: %s" % m["absent"]]
    if lay == "L5_rtf_lo":
        t = "Referat af møde i %s %s" % (muni, short) if short else "Referat af møde i %s, %s Kommune" % (body, muni)
        return [t, "%s den %s kl. %s" % (wd.capitalize(), dk(d), m["time"]), m["place"], "Fraværende: %s" % m["absent"]]
    if lay == "L6_rtf_lo_justified":
        return ["%s Kommune" % muni, "Protokol for %s" % body, "Mødedag: %s %s" % (wd, dk(d)), "Mødet startede kl. %s" % m["time"], "Fraværende med afbud: %s" % m["absent"]]
    if lay == "L7_chromium_2col":
        return ["%s Kommune · %s · %s kl. %s" % (muni, body, ddmm(d), m["time"]), "Referat", "Afbud: %s" % m["absent"]]
    return ["Samlet dokument", body, "%s %s" % (wd.capitalize(), dk(d)), "Referat med bilag", "%s Kommune" % muni]


# ------------------------------------------------------------------ renderers
def esc(s):
    return html.escape(s, quote=False)


def html_block(L, tag_title="h2", tag_h="h3"):
    out, ul = [], False
    for k, v in L:
        if k != "li" and ul:
            out.append("</ul>")
            ul = False
        if k == "title":
            out.append("<%s>%s</%s>" % (tag_title, esc(v), tag_title))
        elif k == "meta":
            out.append('<p class="meta">%s</p>' % esc(v))
        elif k in ("h", "dh"):
            out.append('<%s class="%s">%s</%s>' % (tag_h, k, esc(v), tag_h))
        elif k in ("p", "d"):
            out.append("<p>%s</p>" % esc(v))
        elif k == "li":
            if not ul:
                out.append("<ul>")
                ul = True
            out.append("<li>%s</li>" % esc(v))
        elif k == "table":
            out.append('<table class="data">' + "".join("<tr>" + "".join("<td>%s</td>" % esc(c) for c in row) + "</tr>" for row in v) + "</table>")
    if ul:
        out.append("</ul>")
    return "\n".join(out)


def render_L1(m, items):
    h = header_lines("L1_wk_plain", m)
    css = "body{font-family:'DejaVu Sans',sans-serif;font-size:10.5pt;margin:0 8mm} .run{border-bottom:1px solid #555;font-size:8.5pt;color:#333} h2{font-size:13pt;margin-top:22pt;border-top:2px solid #003b6f;padding-top:5pt} h3{font-size:10.5pt;margin-bottom:2pt} .meta{color:#555;font-size:9pt} table.data{border-collapse:collapse} table.data td{border:1px solid #999;padding:2px 5px}"
    body = ['<div class="run">%s</div>' % esc(h[0]), "<h1 style='font-size:15pt'>Referat</h1>", "<p>%s</p><p>%s</p>" % (esc(h[1]), esc(h[2]))]
    body.append("<p><b>Indholdsfortegnelse</b><br>" + "<br>".join(esc(L[0][1]) for L in items) + "</p>")
    for L in items:
        body.append(html_block(L))
    return '<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>%s</title><style>%s</style></head><body>%s</body></html>' % (esc(h[0]), css, "\n".join(body))


def render_L2(m, items):
    h = header_lines("L2_wk_table_encrypted", m)
    css = "body{font-family:'Liberation Sans',Arial,sans-serif;font-size:10pt} table.item{border-collapse:collapse;width:100%;margin:14pt 0;page-break-inside:auto} table.item td{border:1px solid #444;padding:4px 6px;vertical-align:top} td.lab{width:24%;background:#e8e8e8;font-weight:bold} table.hd td{padding:1px 8px} table.data td{border:1px solid #aaa;padding:1px 4px}"
    out = ["<h1 style='font-size:14pt'>%s Kommune</h1>" % esc(m["muni"]), '<table class="hd">' + "".join("<tr><td><b>%s</b></td><td>%s</td></tr>" % (esc(a), esc(b)) for a, b in h) + "</table>"]
    for L in items:
        rows = ['<tr><td class="lab">%s</td><td><b>%s</b><br>%s</td></tr>' % (esc(L[0][1].split(". ", 1)[0]), esc(L[0][1].split(". ", 1)[1]), esc(L[1][1]))]
        cur_h, cur = None, []

        def flush():
            if cur_h is not None:
                rows.append('<tr><td class="lab">%s</td><td>%s</td></tr>' % (esc(cur_h), html_block(cur)))
        for k, v in L[2:]:
            if k in ("h", "dh"):
                flush()
                cur_h, cur = v, []
            else:
                cur.append((k, v))
        flush()
        out.append('<table class="item">' + "".join(rows) + "</table>")
    return '<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>Referat</title><style>%s</style></head><body>%s</body></html>' % (css, "\n".join(out))


def render_L3(m, items):
    h = header_lines("L3_html_details", m)
    out = ['<header><p class="crumb">%s Kommune &rsaquo; Politik &rsaquo; Dagsordener og referater</p>' % esc(m["muni"]),
           "<h1>%s</h1><p>%s</p><p>%s</p></header><main>" % (esc(h[0]), esc(h[1]), esc(h[2]))]
    for i, L in enumerate(items):
        out.append('<details%s><summary>%s</summary>\n<div class="meta">%s</div>\n%s\n</details>' % (" open" if i < 2 else "", esc(L[0][1]), esc(L[1][1]), html_block(L[2:], "h3", "h4")))
    out.append("</main><footer>Til toppen</footer>")
    return '<!DOCTYPE html>\n<html lang="da"><head><meta charset="utf-8"><title>%s</title><style>summary{font-weight:bold;font-size:1.1em} details{border-bottom:1px solid #ccc;padding:6px}</style></head><body>\n%s\n</body></html>\n' % (esc(h[0]), "\n".join(out))


def render_L4(m, items):
    h = header_lines("L4_html_br_b", m)
    out = ["<b>%s</b><br>" % esc(x) if i < 2 else esc(x) + "<br>" for i, x in enumerate(h)]
    out.append("<br>")
    for L in items:
        for k, v in L:
            if k == "title":
                out.append("<br><b>%s</b><br>" % esc(v))
            elif k in ("h", "dh"):
                out.append("<br><b>%s</b><br>" % esc(v if v.endswith(":") else v + ":"))
            elif k == "li":
                out.append("- %s<br>" % esc(v))
            elif k == "table":
                for row in v:
                    out.append(esc(" - ".join(c for c in row if c)) + "<br>")
            else:
                out.append(esc(v) + "<br>")
    return '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><title>Referat</title></head><body>\n%s\n</body></html>\n' % "\n".join(out)


def rtf_esc(s):
    o = []
    for ch in s:
        c = ord(ch)
        if ch in "\\{}":
            o.append("\\" + ch)
        elif c < 128:
            o.append(ch)
        else:
            o.append("\\u%d?" % (c if c < 32768 else c - 65536))
    return "".join(o)


def render_rtf(m, items, lay):
    just = lay == "L6_rtf_lo_justified"
    h = header_lines(lay, m)
    al = "\\qj" if just else "\\ql"
    o = ["{\\rtf1\\ansi\\ansicpg1252\\deff0\\deflang1030{\\fonttbl{\\f0\\froman Liberation Serif;}{\\f1\\fswiss Liberation Sans;}}",
         "\\paperw11906\\paperh16838\\margl1600\\margr1600\\margt1300\\margb1300"]
    if just:
        o.append("{\\footer\\pard\\qc\\f1\\fs16 %s\\par}" % rtf_esc("%s Kommune - %s - %s" % (m["muni"], m["body"], dk(m["date"]))))
    for i, x in enumerate(h):
        o.append("\\pard\\plain\\f1\\fs%d%s\\sa60 %s\\par" % (30 if i == 0 else 22, "\\b" if i == 0 else "", rtf_esc(x)))
    for L in items:
        for k, v in L:
            if k == "title":
                o.append("\\pard\\plain\\keepn\\sb360\\sa120\\f1\\fs26\\b%s %s\\par" % ("\\ul" if just else "", rtf_esc(v)))
            elif k == "meta":
                o.append("\\pard\\plain\\f1\\fs18\\sa120 %s\\par" % rtf_esc(v))
            elif k in ("h", "dh"):
                o.append("\\pard\\plain\\keepn\\sb160\\f1\\fs21\\b %s\\par" % rtf_esc(v))
            elif k in ("p", "d"):
                o.append("\\pard\\plain%s\\f0\\fs22\\sa100\\lang1030 %s\\par" % (al, rtf_esc(v)))
            elif k == "li":
                o.append("\\pard\\plain%s\\fi-280\\li560\\f0\\fs22\\lang1030 \\u8226?\\tab %s\\par" % (al, rtf_esc(v)))
            elif k == "table":
                ncol = max(len(r) for r in v)
                w = 8700 // ncol
                for row in v:
                    row = row + [""] * (ncol - len(row))
                    o.append("\\trowd\\trgaph80" + "".join("\\clbrdrt\\brdrs\\clbrdrl\\brdrs\\clbrdrb\\brdrs\\clbrdrr\\brdrs\\cellx%d" % (w * (j + 1)) for j in range(ncol)))
                    o.append("\\pard\\plain\\intbl\\f0\\fs20 " + "".join("%s\\cell " % rtf_esc(c) for c in row) + "\\row")
                o.append("\\pard\\plain\\sa100\\par")
    o.append("}")
    return "\n".join(o)


def render_L7(m, items):
    h = header_lines("L7_chromium_2col", m)
    css = "@page{size:A4;margin:16mm 14mm} body{font-family:'DejaVu Serif',serif;font-size:9.5pt} .cols{column-count:2;column-gap:9mm;column-rule:1px solid #bbb} h2{font-size:11pt;break-after:avoid;margin:10pt 0 3pt} h3{font-size:9.5pt;margin:6pt 0 1pt;break-after:avoid} p{margin:0 0 4pt;text-align:justify} .meta{font-size:8pt;color:#555} table.data{border-collapse:collapse;font-size:8.5pt} table.data td{border:1px solid #999;padding:1px 3px} .top{border-bottom:2px solid #000;margin-bottom:8pt}"
    top = '<div class="top"><div>%s</div><h1 style="font-size:16pt;margin:4pt 0">%s</h1><div>%s</div></div>' % tuple(esc(x) for x in h)
    return '<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>Referat</title><style>%s</style></head><body>%s<div class="cols">%s</div></body></html>' % (css, top, "\n".join(html_block(L) for L in items))


def render_L8(m, items):
    h = header_lines("L8_chromium_samlet", m)
    css = "@page{size:A4;margin:20mm 18mm} body{font-family:'Liberation Sans',sans-serif;font-size:10.5pt} .cover{page-break-after:always;padding-top:80mm;text-align:center} .cover h1{font-size:26pt} h2{font-size:12.5pt;margin-top:18pt;background:#eef;padding:3pt} h3{font-size:10.5pt;margin:8pt 0 2pt} .meta{font-size:9pt;color:#444} table.data{border-collapse:collapse} table.data td{border:1px solid #888;padding:2px 5px}"
    cover = '<div class="cover"><h1>%s</h1><h2 style="background:none">%s</h2><p>%s</p><p>%s</p><p>%s</p></div>' % tuple(esc(x) for x in h)
    toc = "<h2>Indholdsfortegnelse</h2><ol style='list-style:none;padding:0'>" + "".join("<li>%s</li>" % esc(L[0][1]) for L in items) + "<li>Bilag: Budgetopfølgning - oversigt</li></ol>"
    return '<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>Samlet dokument</title><style>%s</style></head><body>%s%s%s</body></html>' % (css, cover, toc, "\n".join(html_block(L) for L in items))


BILAG = """<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>Bilag</title><style>@page{size:A4;margin:20mm} body{font-family:'Liberation Sans',sans-serif;font-size:10pt} td{border:1px solid #888;padding:3px 6px} table{border-collapse:collapse}</style></head><body>
<p style="text-align:right">Bilag 1</p><h1 style="font-size:14pt">Budgetopfølgning - oversigt pr. politikområde</h1>
<table><tr><td>Politikområde</td><td>Korrigeret budget (mio. kr.)</td><td>Forventet regnskab</td><td>Afvigelse</td></tr>
<tr><td>Skole og dagtilbud</td><td>812,4</td><td>809,9</td><td>-2,5</td></tr>
<tr><td>Ældre</td><td>644,0</td><td>646,1</td><td>2,1</td></tr>
<tr><td>Teknik og miljø</td><td>201,7</td><td>198,3</td><td>-3,4</td></tr>
<tr><td>Administration</td><td>310,2</td><td>307,0</td><td>-3,2</td></tr></table>
<p>Oversigten er udarbejdet af Økonomi og Analyse på grundlag af forbruget til og med seneste måned. Afvigelser under 1 mio. kr. er ikke kommenteret.</p></body></html>"""

LAYOUT_FOLDER = {"L1_wk_plain": "name", "L2_wk_table_encrypted": "code", "L3_html_details": "fold",
                 "L4_html_br_b": "foldK", "L5_rtf_lo": "name_sub", "L6_rtf_lo_justified": "code",
                 "L7_chromium_2col": "name", "L8_chromium_samlet": "fold"}


def doc_path(lay, m):
    d = m["date"]
    s = slug(m["body"])
    f = {"name": m["muni"], "code": m["code"], "fold": fold(m["muni"]), "foldK": fold(m["muni"]) + "-Kommune",
         "name_sub": m["muni"] + "/Referater/2024"}[LAYOUT_FOLDER[lay]]
    fn = {"L1_wk_plain": "Referat_%s_%s.pdf" % (s, d.isoformat()),
          "L2_wk_table_encrypted": "%s_%s.pdf" % (d.strftime("%Y%m%d"), s.lower()),
          "L3_html_details": "%s-%s.html" % (s.lower(), ddmm(d)),
          "L4_html_br_b": "referat_%s_%s.htm" % (d.strftime("%Y%m%d"), s.lower()),
          "L5_rtf_lo": "%s %s.pdf" % (s, ddmm(d, ".")),
          "L6_rtf_lo_justified": "Protokol_%s_%s.pdf" % (s, d.strftime("%Y%m%d")),
          "L7_chromium_2col": "%s_%s_referat.pdf" % (s, d.isoformat()),
          "L8_chromium_samlet": "Samlet_dokument_%s_%s.pdf" % (s, d.strftime("%Y%m%d"))}[lay]
    return f + "/" + fn


def rand_date(r, y, mo_lo, mo_hi, used):
    while True:
        d = datetime.date(y, r.randint(mo_lo, mo_hi), r.randint(1, 20 if mo_lo == 12 else 28))
        if d.weekday() < 4 and d not in used and not (d.month == 1 and d.day < 15):
            used.add(d)
            return d


def main():
    out = sys.argv[1]
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 2024
    r = random.Random(seed)
    rows = list(csv.DictReader(open(os.path.join(HERE, "kommuner.csv"), encoding="utf-8")))
    munis = r.sample(rows, 24)
    layout_half = {}
    for a, b in PAIRS:
        if r.random() < 0.5:
            a, b = b, a
        layout_half[a], layout_half[b] = "dev", "holdout"
    plan = {"wk": [], "wk_enc": [], "soffice": [], "chromium": [], "unite": []}
    draft = {"seed": seed, "layout_half": layout_half, "halves": {}}
    mi = 0
    for half in ("dev", "holdout"):
        lays = sorted(l for l, h in layout_half.items() if h == half)
        hm = munis[mi:mi + 12]
        mi += 12
        # planted items for council meetings of this half: every variant once
        planted = []
        for cls, flags, quiets in cases.CLASSES:
            for i, f in enumerate(flags):
                planted.append((cls, "flag", "%s_f%d" % (cls, i + 1), f))
            for i, f in enumerate(quiets):
                planted.append((cls, "quiet", "%s_q%d" % (cls, i + 1), f))
        r.shuffle(planted)
        meetings = []
        for k, row in enumerate(hm):
            lay = lays[k % 4]
            council = r.choice(["Byrådet", "Kommunalbestyrelsen"])
            used = set()
            base = dict(muni=row["name"], code=row["code"], layout=lay, council=council)
            dates = sorted(rand_date(r, 2024, 1, 6, used) for _ in range(3))
            for d in dates:
                meetings.append(dict(base, date=d, body=council, kind="council"))
            if k % 2 == 0:
                meetings.append(dict(base, date=rand_date(r, 2024, 2, 5, used), body=r.choice(COMMITTEES), kind="committee"))
            else:
                od = rand_date(r, 2023, 12, 12, used) if k % 4 == 1 else rand_date(r, 2024, 8, 9, used)
                meetings.append(dict(base, date=od, body=council, kind="out_of_period"))
        council_m = [m for m in meetings if m["kind"] == "council"]
        other_m = [m for m in meetings if m["kind"] != "council"]
        for m in meetings:
            m["planted"] = []
            m["time"] = r.choice(["16.00", "17.00", "17.30", "18.00", "19.00"])
            m["place"] = r.choice(PLACES)
            if m["council"] == "Byrådet" and m["place"] == "Kommunalbestyrelsessalen":
                m["place"] = "Byrådssalen"
            m["absent"] = r.choice(["Ingen", person(r), person(r) + ", " + person(r)])
        r.shuffle(council_m)
        for j, p in enumerate(planted):
            council_m[j % len(council_m)]["planted"].append(p)
        # one flag-type variant in each meeting that must not be drawn
        flag_vars = [p for p in planted if p[1] == "flag"]
        for m in other_m:
            p = r.choice(flag_vars)
            m["planted"].append((p[0], "quiet", p[2], p[3]))
        half_docs, half_gold = [], []
        gid = 0
        for m in sorted(meetings, key=lambda m: (m["muni"], m["date"])):
            lay = m["layout"]
            ctx = dict(muni=m["muni"], body=m["body"], date=m["date"], council=m["council"])
            its = []
            its.append(dict(ordinary.o_dagsorden(r, ctx), gold=None))
            pool = r.sample(ordinary.ALL, r.randint(3, 5))
            mid = [dict(f(r, ctx), gold=None) for f in pool]
            if m["kind"] == "committee":  # a committee recommends what the council decides
                for it in mid:
                    if it["decision"] == ["Godkendt."] and r.random() < 0.7:
                        it["decision"] = ["Anbefales over for %s." % m["council"]]
            for cls, expect, var, fn in m["planted"]:
                it = fn(r, ctx)
                if half == "holdout":
                    cases.apply_alt(it, var)
                if m["kind"] == "committee" and it["decision"][-1] in ("Godkendt.", "Indstillingen godkendt."):
                    it["decision"] = it["decision"][:-1] + ["Anbefales over for %s." % m["council"]]
                it["gold"] = (cls, expect, var)
                mid.insert(r.randint(0, len(mid)), it)
            its += mid
            its.append(dict(ordinary.o_meddel(r, ctx), gold=None))
            # closed items go last, as councils do
            its = [x for x in its if not x.get("closed")] + [x for x in its if x.get("closed")]
            lines_all, doc_items = [], []
            for n, it in enumerate(its, 1):
                it.setdefault("sagsnr", cases.sagsnr(r))
                it["emn"] = r.randint(100000, 999999)
                it["earlier_days"] = r.randint(6, 14)
                L = item_lines(lay, n, it, m["body"], m["date"], it.get("closed"))
                lines_all.append(L)
                g = None
                if it["gold"]:
                    gid += 1
                    g = "%s-%03d" % (half, gid)
                    cls, expect, var = it["gold"]
                    gi = dict(id=g, document=None, page=1, pages=[1, 1], item_number=n, item_title=it["title"],
                              **{"class": cls}, expect=expect, phrase=it["phrase"], variant=var,
                              municipality=m["code"], meeting_date=m["date"].isoformat(),
                              body="council" if m["body"] == m["council"] else "committee",
                              meeting_kind=m["kind"], layout=lay, law=it["law"])
                    if m["kind"] != "council":
                        gi["why_quiet"] = "planted in a %s; it must not be drawn for the 2024H1 council spot check" % (
                            "committee meeting" if m["kind"] == "committee" else "council meeting outside 2024H1")
                    assert squash(it["phrase"]) in squash(lines_text(L)), (var, it["phrase"])
                    half_gold.append(gi)
                doc_items.append(dict(number=n, title=it["title"], text=lines_text(L), pages=[1, 1], gold=g))
            rel = doc_path(lay, m)
            for gi in half_gold:
                if gi["document"] is None:
                    gi["document"] = rel
            full = os.path.join(out, half, "corpus", rel)
            os.makedirs(os.path.dirname(full), exist_ok=True)
            src = os.path.join(out, "_src", half, rel)
            os.makedirs(os.path.dirname(src), exist_ok=True)
            if lay == "L3_html_details":
                open(full, "w", encoding="utf-8").write(render_L3(m, lines_all))
            elif lay == "L4_html_br_b":
                open(full, "w", encoding="iso-8859-1", errors="xmlcharrefreplace").write(render_L4(m, lines_all))
            elif lay == "L1_wk_plain":
                open(src + ".html", "w", encoding="utf-8").write(render_L1(m, lines_all))
                plan["wk"].append([src + ".html", full])
            elif lay == "L2_wk_table_encrypted":
                open(src + ".html", "w", encoding="utf-8").write(render_L2(m, lines_all))
                plan["wk_enc"].append([src + ".html", full])
            elif lay in ("L5_rtf_lo", "L6_rtf_lo_justified"):
                base = os.path.splitext(src)[0]
                open(base + ".rtf", "w", encoding="ascii").write(render_rtf(m, lines_all, lay))
                plan["soffice"].append([base + ".rtf", full])
            elif lay == "L7_chromium_2col":
                open(src + ".html", "w", encoding="utf-8").write(render_L7(m, lines_all))
                plan["chromium"].append([src + ".html", full])
            else:
                open(src + ".html", "w", encoding="utf-8").write(render_L8(m, lines_all))
                bil = os.path.join(out, "_src", "bilag1.html")
                open(bil, "w", encoding="utf-8").write(BILAG)
                plan["chromium"].append([src + ".html", src + ".minutes.pdf"])
                plan["unite"].append([src + ".minutes.pdf", full])
            half_docs.append(dict(document=rel, kind=m["kind"], pdf=rel.endswith(".pdf"), municipality=m["code"],
                                  meeting_date=m["date"].isoformat(), body="council" if m["body"] == m["council"] else "committee",
                                  body_name=m["body"], layout=lay, items=doc_items))
        draft["halves"][half] = dict(layouts=lays, municipalities=[dict(code=x["code"], name=x["name"]) for x in hm],
                                     documents=half_docs, gold=half_gold)
    if plan["unite"]:
        plan["chromium"].append([os.path.join(out, "_src", "bilag1.html"), os.path.join(out, "_src", "bilag1.pdf")])
    json.dump(plan, open(os.path.join(out, "_plan.json"), "w"), ensure_ascii=False, indent=1)
    json.dump(draft, open(os.path.join(out, "_draft.json"), "w"), ensure_ascii=False, indent=1)
    for k, v in plan.items():
        print("%s: %d" % (k, len(v)))


def squash(s):
    s = unicodedata.normalize("NFKC", s or "").lower()
    return "".join(ch for ch in s if ch.isalnum())


if __name__ == "__main__":
    main()
