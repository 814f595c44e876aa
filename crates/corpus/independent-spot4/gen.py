#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generate corpus 4 sources (deterministic in --seed). Writes OUT/stage/ (sources, jobs.json, plan.json).
render.sh turns the sources into OUT/{dev,holdout}/corpus/...; index.py writes gold/items/manifest."""
import sys
sys.dont_write_bytecode = True
import argparse, csv, datetime, html, json, os, random, sys, textwrap, unicodedata, zipfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cases import CASES
import ordinary

HERE = os.path.dirname(os.path.abspath(__file__))
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"]
WEEKDAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]
# pairs: one of each pair goes to dev, the other to holdout (by seed)
PAIRS = [("L1_pandoc_md_html", "L2_html_h3_inline_strong"),
         ("L3_a2ps_2up_landscape_pdf", "L4_docx_zipfile_headings_pdf"),
         ("L5_html_one_row_per_item", "L6_chromium_grid_decision_column_pdf"),
         ("L7_html_decisions_first_dl", "L8_pandoc_docx_decisions_first_pdf")]
PDF_LAYOUTS = {"L3_a2ps_2up_landscape_pdf", "L4_docx_zipfile_headings_pdf", "L6_chromium_grid_decision_column_pdf", "L8_pandoc_docx_decisions_first_pdf"}


def fold(s):
    s = s.replace("æ", "ae").replace("ø", "oe").replace("å", "aa").replace("Æ", "Ae").replace("Ø", "Oe").replace("Å", "Aa")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def dlong(d):
    return "%d. %s %d" % (d.day, MONTHS[d.month - 1], d.year)


def dnum(d):
    return d.strftime("%d.%m.%Y")


def first_of(d, months):
    m = d.month - 1 + months
    return datetime.date(d.year + m // 12, m % 12 + 1, 1)


def fill(s, d):
    return s.format(before=dlong(first_of(d, -2)), before_num=dnum(first_of(d, -2)),
                    after=dlong(first_of(d, 2)), after_num=dnum(first_of(d, 2)), mdate=dlong(d))


def fill_blocks(blocks, d):
    out = []
    for k, v in blocks:
        if k == "ul":
            out.append((k, [fill(x, d) for x in v]))
        elif k == "table":
            out.append((k, [[fill(c, d) for c in row] for row in v]))
        else:
            out.append((k, fill(v, d)))
    return out


# ---------------------------------------------------------------- plan
def plan(seed):
    r = random.Random(seed)
    rows = list(csv.DictReader(open(os.path.join(HERE, "kommuner.csv"), encoding="utf-8")))
    munis = r.sample(rows, 24)
    dev_layouts = [p[r.randrange(2)] for p in PAIRS]
    layouts = [l for p in PAIRS for l in p]
    half_of = {l: ("dev" if l in dev_layouts else "holdout") for l in layouts}
    lay_munis = {l: munis[i * 3:(i + 1) * 3] for i, l in enumerate(layouts)}
    meetings = {"dev": [], "holdout": []}
    for l in layouts:
        for mi, m in enumerate(lay_munis[l]):
            months = sorted(r.sample(range(1, 7), 2))
            for mo in months:
                d = datetime.date(2024, mo, r.randint(3, 27))
                meetings[half_of[l]].append(dict(layout=l, muni=m, date=d, kind="council", body="council"))
            if mi < 2:  # 2 of 3 municipalities per layout: one meeting that must not be drawn
                if (mi + layouts.index(l)) % 2 == 0:
                    d = datetime.date(2024, r.randint(1, 6), r.randint(3, 27))
                    meetings[half_of[l]].append(dict(layout=l, muni=m, date=d, kind="committee", body="committee"))
                else:
                    d = r.choice([datetime.date(2023, 12, r.randint(3, 20)), datetime.date(2024, 8, r.randint(12, 29)), datetime.date(2024, 9, r.randint(2, 26))])
                    meetings[half_of[l]].append(dict(layout=l, muni=m, date=d, kind="out_of_period", body="council"))
    # deal planted cases: each class's wordings alternately to the halves
    classes = []
    for c in CASES:
        if c["cls"] not in classes:
            classes.append(c["cls"])
    halves = ["dev", "holdout"]
    planted = {"dev": [], "holdout": []}
    for ci, cls in enumerate(classes):
        fl = [c for c in CASES if c["cls"] == cls and c["expect"] == "flag"]
        qu = [c for c in CASES if c["cls"] == cls and c["expect"] == "quiet"]
        off = r.randrange(2)
        for i, c in enumerate(fl):
            planted[halves[(i + off) % 2]].append(c)
        for i, c in enumerate(qu):
            planted[halves[(i + off + 1) % 2]].append(c)
    for h in halves:
        council = [m for m in meetings[h] if m["kind"] == "council"]
        others = [m for m in meetings[h] if m["kind"] != "council"]
        for m in meetings[h]:
            m["planted"] = []
        cases = planted[h][:]
        r.shuffle(cases)
        order = council[:]
        r.shuffle(order)
        for i, c in enumerate(cases):
            order[i % len(order)]["planted"].append(c)
        flags = [c for c in planted[h] if c["expect"] == "flag"]
        r.shuffle(flags)
        seen = set()
        j = 0
        for m in others:
            while flags[j % len(flags)]["cls"] in seen:
                j += 1
            c = flags[j % len(flags)]
            seen.add(c["cls"]); j += 1
            m["planted"].append(dict(c, not_drawn=True))
    return dict(munis=munis, half_of=half_of, meetings=meetings, layouts=layouts, r=r)


COUNCIL_NAMES = ["Byrådet", "Byrådet", "Kommunalbestyrelsen"]
COMMITTEES = ["Økonomiudvalget", "Social- og Sundhedsudvalget", "Ældre- og Handicapudvalget"]


def build_meeting(m, r, idx):
    muni = m["muni"]
    if m["body"] == "council":
        m["body_name"] = "Borgerrepræsentationen" if muni["code"] == "101" else r.choice(COUNCIL_NAMES)
    else:
        m["body_name"] = r.choice(COMMITTEES)
    d = m["date"]
    while d.weekday() > 3:  # councils meet Monday to Thursday
        d = d - datetime.timedelta(days=1)
    m["date"] = d
    n_ord = r.randint(3, 5)
    fns = r.sample(ordinary.ORD, n_ord)
    items = [ordinary.dagsorden(r)]
    if r.random() < 0.6:
        items.append(ordinary.meddelelser(r))
    bodies = []
    for f in fns:
        items.append(f(r))
    if d.month in (3, 4, 5) and m["body"] == "council" and r.random() < 0.4:
        items.append(ordinary.regnskab(r))
    plant_pos = []
    for c in m["planted"]:
        pos = r.randint(1, len(items))
        items.insert(pos, c)
    if r.random() < 0.7:
        items.append(ordinary.eventuelt(r))
    start = r.choice([1, 1, 1, r.randint(20, 300)])
    out = []
    for i, it in enumerate(items):
        if isinstance(it, dict):
            blocks = fill_blocks(it["blocks"], d)
            out.append(dict(number=start + i, title=it["title"], blocks=blocks, case=it, closed=it["closed"]))
        else:
            title, blocks = it
            if m["body"] == "council" and r.random() < 0.25 and blocks and blocks[-1][0] == "dec" and len(blocks) > 2:
                cd = d - datetime.timedelta(days=r.randint(6, 14))
                blocks = blocks[:-1] + [("prior", "Beslutning i Økonomiudvalget den %s: Anbefales." % dlong(cd)), blocks[-1]]
            out.append(dict(number=start + i, title=title, blocks=blocks, case=None, closed=False))
        out[-1]["sagsnr"] = "%02d.%02d.%02d-%s-%d-24" % (r.randint(0, 85), r.randint(0, 20), r.randint(0, 10), r.choice(["A00", "G01", "P20", "Ø00"]), r.randint(1, 900))
    m["items"] = out
    mn = muni["name"]
    folder = [mn, fold(mn), muni["code"], fold(mn).replace(" ", "-") + "-Kommune"][idx % 4]
    base = "%s_%s" % (fold(m["body_name"]).replace(" ", "").replace("-", ""), d.isoformat())
    m["folder"] = folder
    m["base"] = base
    m["time"] = "%s den %s kl. %s" % (WEEKDAYS[d.weekday()], dlong(d), r.choice(["16.00", "17.00", "18.30", "19.00"]))
    m["place"] = r.choice(["Byrådssalen, Rådhuset", "Mødelokale 1", "Rådhusets store sal", "Kommunalbestyrelsessalen"])
    m["absent"] = r.choice(["Ingen", "Ingen afbud", "%s (V)" % r.choice(["Jens Holm", "Maria Skov", "Peter Lind"])])


def dec_heading(m, style):
    d = m["date"]
    if style == 0:
        return "Beslutning"
    if style == 1:
        return "Beslutning i %s den %s" % (m["body_name"], dlong(d))
    return "%ss beslutning den %s" % (m["body_name"], dnum(d))


def item_seq(m, it, order="normal", style=0):
    """The item's pieces in printed order: list of (kind, text)."""
    bl = it["blocks"]
    decs = [b for b in bl if b[0] == "dec"]
    prior = [b for b in bl if b[0] == "prior"]
    rest = [b for b in bl if b[0] not in ("dec", "prior")]
    dec = [("dech", dec_heading(m, style))] + decs
    if order == "decfirst":
        return dec + prior + rest
    return rest + prior + dec


def item_text(title_line, seq, extra=()):
    parts = [title_line] + list(extra)
    for k, v in seq:
        if k == "ul":
            parts.extend(v)
        elif k == "table":
            parts.extend(c for row in v for c in row)
        else:
            parts.append(v)
    return "\n".join(parts)


def esc(s):
    return html.escape(s, quote=False)


def header_lines(m):
    return [("Organ", m["body_name"]), ("Mødedato", dlong(m["date"])), ("Tidspunkt", m["time"]), ("Mødested", m["place"]), ("Fraværende", m["absent"])]


# ---------------------------------------------------------------- layouts
def L1(m, stage):  # pandoc markdown -> html
    mn = m["muni"]["name"]
    md = ["---", "title: \"Referat - %s\"" % m["body_name"], "lang: da", "---", "",
          "%s Kommune · %s · %s  " % (mn, m["body_name"], m["time"]), "Mødested: %s  " % m["place"], "Afbud: %s" % m["absent"], ""]
    texts = []
    for it in m["items"]:
        tl = "%d. %s%s" % (it["number"], it["title"], " (lukket)" if it["closed"] else "")
        md += ["## " + tl, "", "*Sagsnr. %s*" % it["sagsnr"], ""]
        seq = item_seq(m, it, style=1)
        for k, v in seq:
            if k == "h":
                md += ["### " + v, ""]
            elif k == "p":
                md += [v, ""]
            elif k == "ul":
                md += ["- " + x for x in v] + [""]
            elif k == "table":
                md += ["| " + " | ".join(v[0]) + " |", "|" + "---|" * len(v[0])] + ["| " + " | ".join(row) + " |" for row in v[1:]] + [""]
            elif k == "prior":
                md += ["> " + v, ""]
            elif k == "dech":
                md += ["### " + v, ""]
            elif k == "dec":
                md += [v, ""]
        texts.append(item_text(tl, seq, ["Sagsnr. " + it["sagsnr"]]))
    src = os.path.join(stage, m["uid"] + ".md")
    open(src, "w", encoding="utf-8").write("\n".join(md) + "\n")
    return texts, [dict(kind="pandoc_html", src=src, dst=m["dst"] + ".html")], ".html"


def html_page(title, body, css=""):
    return "<!DOCTYPE html>\n<html lang=\"da\"><head><meta charset=\"utf-8\"><title>%s</title><style>%s</style></head><body>\n%s\n</body></html>\n" % (esc(title), css, body)


def blocks_html(seq, inline_dec=False):
    out = []
    for k, v in seq:
        if k == "h":
            out.append("<p><b>%s</b></p>" % esc(v))
        elif k == "p":
            out.append("<p>%s</p>" % esc(v))
        elif k == "ul":
            out.append("<ul>" + "".join("<li>%s</li>" % esc(x) for x in v) + "</ul>")
        elif k == "table":
            out.append("<table border=\"1\">" + "".join("<tr>" + "".join("<td>%s</td>" % esc(c) for c in row) + "</tr>" for row in v) + "</table>")
        elif k == "prior":
            out.append("<p><i>%s</i></p>" % esc(v))
        elif k == "dech":
            out.append(None)
        elif k == "dec":
            out.append("<p><strong>Beslutning:</strong> %s</p>" % esc(v) if inline_dec else "<p>%s</p>" % esc(v))
    return "\n".join(x for x in out if x)


def L2(m, stage):  # <h3> items, inline <strong>Beslutning:</strong>
    mn = m["muni"]["name"]
    body = ["<div class=\"top\"><a href=\"#main\">Gå til indhold</a> · %s Kommune</div>" % esc(mn),
            "<h1>%s - referat</h1>" % esc(m["body_name"]),
            "<p>%s<br>%s<br>Afbud: %s</p>" % (esc(m["time"]), esc(m["place"]), esc(m["absent"])), "<main id=\"main\">"]
    texts = []
    for it in m["items"]:
        tl = "%d · %s" % (it["number"], it["title"])
        body.append("<h3>%s</h3>" % esc(tl))
        meta = "Sag: %s%s" % (it["sagsnr"], " · Behandlet for lukkede døre" if it["closed"] else "")
        body.append("<p class=\"meta\">%s</p>" % esc(meta))
        seq = item_seq(m, it, style=0)
        seq2 = [(k, v) for k, v in seq if k != "dech"]
        body.append(blocks_html(seq2, inline_dec=True))
        texts.append(item_text(tl, [(k, ("Beslutning: " + v) if k == "dec" else v) for k, v in seq2], [meta]))
    body.append("</main><p>Til toppen</p>")
    dst = m["dst"] + ".html"
    open(dst, "w", encoding="utf-8").write(html_page("%s %s" % (m["body_name"], dlong(m["date"])), "\n".join(body), "h3{margin-top:2em}"))
    return texts, [], ".html"


def wrap(s, w=78, ind=""):
    return textwrap.wrap(s, w, initial_indent=ind, subsequent_indent=ind, break_long_words=False, break_on_hyphens=False) or [""]


def L3(m, stage):  # plain text -> a2ps 2-up landscape -> ps2pdf
    mn = m["muni"]["name"]
    lines = ["%s KOMMUNE" % mn.upper(), "", "Referat af møde i %s" % m["body_name"], "", "Dato:      %s" % m["time"], "Sted:      %s" % m["place"], "Afbud:     %s" % m["absent"], "", "=" * 60, ""]
    texts = []
    for it in m["items"]:
        tl = "Pkt. %d  %s" % (it["number"], it["title"])
        lines += wrap(tl) + ["Sagsnr. %s%s" % (it["sagsnr"], "   LUKKET" if it["closed"] else ""), ""]
        seq = item_seq(m, it, style=2)
        for k, v in seq:
            if k in ("h", "dech"):
                lines += [v + ":"]
            elif k in ("p", "dec", "prior"):
                lines += wrap(v) + [""]
            elif k == "ul":
                for x in v:
                    lines += wrap("- " + x)
                lines += [""]
            elif k == "table":
                for row in v:
                    lines += wrap(" | ".join(row))
                lines += [""]
        lines += ["-" * 60, ""]
        texts.append(item_text(tl, seq, ["Sagsnr. " + it["sagsnr"]]))
    src = os.path.join(stage, m["uid"] + ".txt")
    open(src, "w", encoding="latin-1").write("\n".join(lines) + "\n")
    return texts, [dict(kind="a2ps", src=src, dst=m["dst"] + ".pdf", title="%s %s" % (fold(mn), m["date"].isoformat()))], ".pdf"


def docx_write(path, paras):
    """paras: list of (style or None, text) or ('TABLE', rows)."""
    def run(t):
        return "<w:r><w:t xml:space=\"preserve\">%s</w:t></w:r>" % html.escape(t)
    body = []
    for st, t in paras:
        if st == "TABLE":
            rows = "".join("<w:tr>" + "".join("<w:tc><w:tcPr><w:tcW w:w=\"3000\" w:type=\"dxa\"/></w:tcPr><w:p>%s</w:p></w:tc>" % run(c) for c in row) + "</w:tr>" for row in t)
            body.append("<w:tbl><w:tblPr><w:tblBorders><w:top w:val=\"single\" w:sz=\"4\"/><w:bottom w:val=\"single\" w:sz=\"4\"/><w:insideH w:val=\"single\" w:sz=\"4\"/></w:tblBorders></w:tblPr>%s</w:tbl>" % rows)
            continue
        ppr = "<w:pPr><w:pStyle w:val=\"%s\"/></w:pPr>" % st if st else ""
        body.append("<w:p>%s%s</w:p>" % (ppr, run(t)))
    W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
    doc = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document %s><w:body>%s<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1200\" w:right=\"1200\" w:bottom=\"1200\" w:left=\"1200\"/></w:sectPr></w:body></w:document>" % (W, "".join(body))
    def sty(i, name, sz, bold):
        return "<w:style w:type=\"paragraph\" w:styleId=\"%s\"><w:name w:val=\"%s\"/><w:basedOn w:val=\"Normal\"/><w:pPr><w:keepNext/><w:spacing w:before=\"240\" w:after=\"60\"/><w:outlineLvl w:val=\"%d\"/></w:pPr><w:rPr>%s<w:sz w:val=\"%d\"/></w:rPr></w:style>" % (i, name, 0 if i == "Heading1" else 1, "<w:b/>" if bold else "", sz)
    styles = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:styles %s><w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:pPr><w:spacing w:after=\"100\"/></w:pPr><w:rPr><w:rFonts w:ascii=\"Liberation Sans\" w:hAnsi=\"Liberation Sans\"/><w:sz w:val=\"21\"/></w:rPr></w:style><w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/><w:basedOn w:val=\"Normal\"/><w:rPr><w:b/><w:sz w:val=\"36\"/></w:rPr></w:style>%s%s</w:styles>" % (W, sty("Heading1", "heading 1", 28, True), sty("Heading2", "heading 2", 23, True))
    ct = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/><Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/></Types>"
    rels = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>"
    drels = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/></Relationships>"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc), ("word/styles.xml", styles), ("word/_rels/document.xml.rels", drels)):
            zi = zipfile.ZipInfo(name, (2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def L4(m, stage):  # python-written docx with Word heading styles -> soffice pdf
    mn = m["muni"]["name"]
    paras = [("Title", "%s Kommune" % mn), (None, "Referat"), ("TABLE", [[a, b] for a, b in header_lines(m)])]
    texts = []
    for it in m["items"]:
        tl = "Punkt %d: %s" % (it["number"], it["title"])
        paras.append(("Heading1", tl))
        meta = "Sagsnr.: %s%s" % (it["sagsnr"], " - Behandlet for lukkede døre" if it["closed"] else " - Åben sag")
        paras.append((None, meta))
        seq = item_seq(m, it, style=1)
        for k, v in seq:
            if k in ("h", "dech"):
                paras.append(("Heading2", v))
            elif k in ("p", "dec", "prior"):
                paras.append((None, v))
            elif k == "ul":
                paras += [(None, "• " + x) for x in v]
            elif k == "table":
                paras.append(("TABLE", v))
        texts.append(item_text(tl, seq, [meta]))
    src = os.path.join(stage, m["uid"] + ".docx")
    docx_write(src, paras)
    return texts, [dict(kind="soffice", src=src, dst=m["dst"] + ".pdf")], ".pdf"


def L5(m, stage):  # one table row per item: Nr | Sag | Indstilling | Beslutning
    mn = m["muni"]["name"]
    rows = ["<tr><th>Nr.</th><th>Sag</th><th>Indstilling</th><th>Beslutning</th></tr>"]
    texts = []
    for it in m["items"]:
        seq = item_seq(m, it)
        sag = [("h", None)] if False else []
        sag_html = ["<b>%s</b><br><small>%s</small>" % (esc(it["title"]), esc(it["sagsnr"] + (" (for lukkede døre)" if it["closed"] else "")))]
        ind, dec = [], []
        parts_sag, parts_ind, parts_dec = [], [], []
        mode = "sag"
        for k, v in seq:
            if k == "h" and v.startswith(("Indstilling", "Forslag")):
                mode = "ind"; continue
            if k == "dech":
                mode = "dec"; continue
            if k == "prior":
                parts_dec.append(v); dec.append("<p><i>%s</i></p>" % esc(v)); continue
            tgt_h, tgt_t = {"sag": (sag_html, parts_sag), "ind": (ind, parts_ind), "dec": (dec, parts_dec)}[mode]
            if k == "h":
                tgt_h.append("<br><u>%s</u>" % esc(v)); tgt_t.append(v)
            elif k in ("p", "dec"):
                tgt_h.append("<p>%s</p>" % esc(v)); tgt_t.append(v)
            elif k == "ul":
                tgt_h.append("<ul>" + "".join("<li>%s</li>" % esc(x) for x in v) + "</ul>"); tgt_t.extend(v)
            elif k == "table":
                tgt_h.append("<table class=\"in\">" + "".join("<tr>" + "".join("<td>%s</td>" % esc(c) for c in row) + "</tr>" for row in v) + "</table>")
                tgt_t.extend(c for row in v for c in row)
        rows.append("<tr><td>%d</td><td>%s</td><td>%s</td><td>%s</td></tr>" % (it["number"], "".join(sag_html), "".join(ind), "".join(dec)))
        texts.append("\n".join([str(it["number"]), it["title"], it["sagsnr"]] + parts_sag + parts_ind + parts_dec))
    body = "<h2>%s Kommune</h2><h1>%s</h1><p>Referat fra mødet %s, %s. Fraværende: %s</p><table class=\"main\" border=\"1\" cellpadding=\"4\">%s</table>" % (
        esc(mn), esc(m["body_name"]), esc(m["time"]), esc(m["place"]), esc(m["absent"]), "\n".join(rows))
    dst = m["dst"] + ".htm"
    open(dst, "w", encoding="utf-8").write(html_page("Referat %s %s" % (m["body_name"], m["date"].isoformat()), body, "td{vertical-align:top}"))
    return texts, [], ".htm"


GRID_CSS = """@page{size:A4;margin:16mm} body{font-family:'DejaVu Sans',sans-serif;font-size:10pt}
.item{display:grid;grid-template-columns:62% 38%;gap:0 6mm;border-top:1px solid #888;padding-top:3mm;margin-top:4mm}
.item h2{grid-column:1 / span 2;font-size:12pt;margin:0 0 2mm 0}.left{grid-column:1}.right{grid-column:2;background:#f1f1f1;padding:2mm}
.right h4{margin:0 0 1mm 0}"""


def L6(m, stage):  # Chromium PDF, CSS grid, decision in a right-hand column
    mn = m["muni"]["name"]
    body = ["<header><b>%s Kommune</b> - %s</header><h1>Referat</h1><table>%s</table>" % (esc(mn), esc(m["body_name"]), "".join("<tr><td>%s</td><td>%s</td></tr>" % (esc(a), esc(b)) for a, b in header_lines(m)))]
    texts = []
    for it in m["items"]:
        tl = "Sag %d %s" % (it["number"], it["title"])
        seq = item_seq(m, it, style=0)
        left = [(k, v) for k, v in seq if k not in ("dec", "dech", "prior")]
        right = [(k, v) for k, v in seq if k in ("prior", "dec")]
        meta = "%s%s" % (it["sagsnr"], " · Lukket møde" if it["closed"] else "")
        body.append("<section class=\"item\"><h2>%s</h2><div class=\"left\"><p><small>%s</small></p>%s</div><div class=\"right\"><h4>%s</h4>%s</div></section>" % (
            esc(tl), esc(meta), blocks_html(left), esc(dec_heading(m, 0)), blocks_html(right)))
        texts.append(item_text(tl, left + [("dech", dec_heading(m, 0))] + right, [meta]))
    src = os.path.join(stage, m["uid"] + ".html")
    open(src, "w", encoding="utf-8").write(html_page("%s %s" % (mn, m["date"].isoformat()), "\n".join(body), GRID_CSS))
    return texts, [dict(kind="chromium", src=src, dst=m["dst"] + ".pdf")], ".pdf"


def L7(m, stage):  # HTML, "Dagsorden med beslutninger", decision first, <dl>
    mn = m["muni"]["name"]
    body = ["<p class=\"crumb\">Forside › Politik › Dagsordener og referater</p>", "<h1>Dagsorden med beslutninger</h1>",
            "<dl class=\"head\">" + "".join("<dt>%s</dt><dd>%s</dd>" % (esc(a), esc(b)) for a, b in header_lines(m)) + "<dt>Kommune</dt><dd>%s Kommune</dd></dl>" % esc(mn)]
    texts = []
    for it in m["items"]:
        tl = "Punkt %d - %s" % (it["number"], it["title"])
        meta = "%s · %s" % ("Lukket" if it["closed"] else "Åben", it["sagsnr"])
        seq = item_seq(m, it, order="decfirst", style=1)
        out = ["<article><h2>%s</h2><p class=\"m\">%s</p><dl>" % (esc(tl), esc(meta))]
        for k, v in seq:
            if k in ("h", "dech"):
                out.append("<dt>%s</dt>" % esc(v))
            elif k in ("p", "dec", "prior"):
                out.append("<dd>%s</dd>" % esc(v))
            elif k == "ul":
                out.append("<dd><ul>%s</ul></dd>" % "".join("<li>%s</li>" % esc(x) for x in v))
            elif k == "table":
                out.append("<dd><table>%s</table></dd>" % "".join("<tr>" + "".join("<td>%s</td>" % esc(c) for c in row) + "</tr>" for row in v))
        out.append("</dl></article>")
        body.append("".join(out))
        texts.append(item_text(tl, seq, [meta]))
    dst = m["dst"] + ".html"
    open(dst, "w", encoding="utf-8").write(html_page("Dagsorden med beslutninger - %s" % m["body_name"], "\n".join(body)))
    return texts, [], ".html"


def L8(m, stage):  # pandoc markdown -> docx, decision first -> soffice pdf
    mn = m["muni"]["name"]
    md = ["# %s - %s Kommune" % (m["body_name"], mn), "", "**Beslutningsprotokol** for mødet %s" % m["time"], "", "Sted: %s. Afbud: %s." % (m["place"], m["absent"]), ""]
    texts = []
    for it in m["items"]:
        tl = "Sag nr. %d %s" % (it["number"], it["title"])
        md += ["## " + tl, "", "Sagsnr. %s%s" % (it["sagsnr"], ". Behandlet for lukkede døre." if it["closed"] else ""), ""]
        seq = item_seq(m, it, order="decfirst", style=2)
        for k, v in seq:
            if k in ("h", "dech"):
                md += ["**%s**" % v, ""]
            elif k in ("p", "dec", "prior"):
                md += [v, ""]
            elif k == "ul":
                md += ["- " + x for x in v] + [""]
            elif k == "table":
                md += ["| " + " | ".join(v[0]) + " |", "|" + "---|" * len(v[0])] + ["| " + " | ".join(row) + " |" for row in v[1:]] + [""]
        texts.append(item_text(tl, seq, ["Sagsnr. %s%s" % (it["sagsnr"], ". Behandlet for lukkede døre." if it["closed"] else "")]))
    src = os.path.join(stage, m["uid"] + ".md")
    open(src, "w", encoding="utf-8").write("\n".join(md) + "\n")
    docx = os.path.join(stage, m["uid"] + ".docx")
    return texts, [dict(kind="pandoc_docx", src=src, dst=docx), dict(kind="soffice", src=docx, dst=m["dst"] + ".pdf")], ".pdf"


RENDER = {"L1": L1, "L2": L2, "L3": L3, "L4": L4, "L5": L5, "L6": L6, "L7": L7, "L8": L8}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=2024)
    a = ap.parse_args()
    P = plan(a.seed)
    r = P["r"]
    stage = os.path.join(a.out, "stage")
    os.makedirs(stage, exist_ok=True)
    jobs, docs = [], []
    uid = 0
    for h in ("dev", "holdout"):
        for mi, m in enumerate(P["meetings"][h]):
            build_meeting(m, r, P["munis"].index(m["muni"]) + mi)
            uid += 1
            m["uid"] = "m%03d" % uid
            sub = os.path.join(a.out, h, "corpus", m["folder"])
            if m["layout"].startswith(("L4", "L7")):
                sub = os.path.join(sub, "Referater", str(m["date"].year))
            os.makedirs(sub, exist_ok=True)
            m["dst"] = os.path.join(sub, m["base"])
            texts, js, ext = RENDER[m["layout"][:2]](m, stage)
            jobs += js
            relroot = os.path.join(a.out, h, "corpus")
            doc = dict(half=h, document=os.path.relpath(m["dst"] + ext, relroot).replace(os.sep, "/"), path=m["dst"] + ext,
                       kind=m["kind"], pdf=ext == ".pdf", municipality=m["muni"]["code"], municipality_name=m["muni"]["name"],
                       meeting_date=m["date"].isoformat(), body=m["body"], body_name=m["body_name"], layout=m["layout"], items=[])
            for it, t in zip(m["items"], texts):
                c = it["case"]
                e = dict(number=it["number"], title=it["title"], text=t, closed=it["closed"])
                if c:
                    e["case"] = dict(cls=c["cls"], expect="quiet" if c.get("not_drawn") else c["expect"], variant=c["variant"] + ("_nd" if c.get("not_drawn") else ""),
                                     phrase=fill(c["phrase"], m["date"]), law=c["law"], not_drawn=bool(c.get("not_drawn")),
                                     planted_expect=c["expect"])
                doc["items"].append(e)
            docs.append(doc)
    json.dump(dict(seed=a.seed, half_of=P["half_of"], layouts=P["layouts"], documents=docs), open(os.path.join(stage, "plan.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    json.dump(jobs, open(os.path.join(stage, "jobs.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print("generated %d documents, %d conversion jobs" % (len(docs), len(jobs)))


if __name__ == "__main__":
    main()
