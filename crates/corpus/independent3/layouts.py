"""Ten publishing layouts, in five pairs of similar producers.

Each renderer takes a meeting dict and returns (html_text, encoding).  The converter named in
LAYOUTS turns the html into the published file (html = published as is)."""
from html import escape as E
import content as C

# layout id -> (pair, converter, ext, description)
LAYOUTS = {
    "web-accordion": ("web", "html", "html", "HTML, one <details>/<summary> per item; recommendation, decision, then background; weekday dates"),
    "web-tables":    ("web", "html", "htm",  "HTML export, one <table> per item with rows Overskrift/Sagsnr./Sagsfremstilling/Indstilling/Beslutning; header as label table; windows-1252"),
    "plain-br":      ("plain", "html", "html", "HTML with only <p> and <br>, no headings; 'Punkt 5/2024'; dates 5/3 2024; inline labels"),
    "plain-split":   ("plain", "html", "html", "HTML, 'Åben dagsorden'/'Lukket dagsorden' split; case number line before the title; 'Sag 5'; decision first"),
    "chrome-sticky": ("chrome", "chromium", "pdf", "Chromium PDF; header band repeating on every page (thead) and footer naming body/date; 'B 12'; decision after recommendation"),
    "chrome-stamp":  ("chrome", "chromium-stamp", "pdf", "Chromium PDF with browser print stamp (date, title, URL, page x/y); running item numbers '423.'; dates 05.03.24; breadcrumbs"),
    "wk-toc":        ("wk", "wkhtml-toc", "pdf", "wkhtmltopdf, one long PDF with a front-page table of contents with page numbers; 'Pkt. 5'"),
    "wk-grid":       ("wk", "wkhtml", "pdf", "wkhtmltopdf, two-column grid: labels/item heading left, text right; 'Sag nr. 5'"),
    "lo-pdfa":       ("lo", "lo-pdfa", "pdf", "LibreOffice Writer PDF/A-2 export from HTML; 'Punkt 5'; 'Beslutning i Kommunalbestyrelsen den …' headings; background first"),
    "lo-scan":       ("lo", "lo-gs", "pdf", "LibreOffice PDF distilled again by Ghostscript (/screen); Beslutningsprotokol: decision follows the item with no heading; '5.2024'"),
}
PAIRS = ["web", "plain", "chrome", "wk", "lo"]


def gen(name):
    return name if name.endswith("s") else name + "s"


def bullets_html(ind):
    return "<ul>" + "".join(f"<li>{E(b)}</li>" for b in ind) + "</ul>"


def chain_lines(it, fmt):
    return [(f"Beslutning i {b} {fmt(d)}", t) for b, d, t in it["chain"]]


def header_html(m, fmt, minimal):
    if minimal:
        return "<h1>Referat</h1>"
    return (f"<h1>{E(m['body'])}</h1><p>Referat af mødet {E(fmt(m['date']))}</p>"
            f"<p>Mødested: {E(m['place'])}</p><p>Afbud: {E(m['absent'])}</p>")


def sections(it, order, labels):
    """yield (label, html) for an item in the given order."""
    out = []
    for key in order:
        v = it.get(key)
        if key == "indstilling":
            if it["indstilling"]:
                intro = it.get("indstilling_intro") or "Forvaltningen indstiller,"
                out.append((labels.get(key, "Indstilling"), f"<p>{E(intro)}</p>" + bullets_html(it["indstilling"])))
        elif key == "fremstilling":
            if it["fremstilling"]:
                out.append((labels.get(key, "Sagsfremstilling"), "".join(f"<p>{E(p)}</p>" for p in it["fremstilling"])))
        elif key == "bilag":
            if it["bilag"]:
                out.append((labels.get(key, "Bilag"), "".join(f"<p>{i+1}. {E(b)}</p>" for i, b in enumerate(it["bilag"]))))
        elif v:
            out.append((labels[key], f"<p>{E(v)}</p>"))
    return out


STD_LABELS = dict(resume="Resumé", fremstilling="Sagsfremstilling", okonomi="Økonomi", horing="Høring",
                  retsgrundlag="Retsgrundlag", kompetence="Beslutningskompetence", tidsplan="Tidsplan",
                  kommunikation="Kommunikation", videre="Videre proces", bilag="Bilag", indstilling="Indstilling")

PAGE_CSS = "body{font-family:'DejaVu Sans',Arial,sans-serif;font-size:10.5pt;line-height:1.35} h1{font-size:17pt} h2{font-size:13pt;margin-top:18pt} h3{font-size:11pt;margin:8pt 0 2pt}"


def doc(title, body, css="", charset="utf-8"):
    return (f"<!DOCTYPE html>\n<html lang=\"da\"><head><meta charset=\"{charset}\"><title>{E(title)}</title>"
            f"<style>{PAGE_CSS}{css}</style></head><body>{body}</body></html>\n")


# ------------------------------------------------------------------ web pair

def r_web_accordion(m):
    fmt = lambda d: C.d_weekday(d, m["time"], den=True)
    h = [f"<nav>Gå til indhold · <a href='/'>Forside</a> › Politik › {E(m['body'])}</nav>"]
    if m["minimal"]:
        h.append("<h1>Referat</h1>")
    else:
        h.append(f"<h1>{E(m['body'])} - Referat</h1><dl><dt>Dato</dt><dd>{E(fmt(m['date']))}</dd>"
                 f"<dt>Sted</dt><dd>{E(m['place'])}</dd><dt>Fraværende</dt><dd>{E(m['absent'])}</dd></dl>")
    for it in m["items"]:
        order = ["resume", "indstilling", "DEC", "fremstilling", "okonomi", "retsgrundlag", "horing", "bilag"]
        parts = []
        for key in order:
            if key == "DEC":
                for lab, t in chain_lines(it, C.d_long):
                    parts.append(f"<h4>{E(lab)}</h4><p>{E(t)}</p>")
                parts.append(f"<h4>Beslutning</h4><p>{E(it['decision'])}</p>")
            else:
                parts += [f"<h4>{E(l)}</h4>{x}" for l, x in sections(it, [key], STD_LABELS)]
        h.append(f"<details open><summary>{it['no']}. {E(it['title'])}</summary><p class='sag'>Sagsnr.: {E(it['sagsnr'])}</p>{''.join(parts)}</details>")
    foot = f"<footer>{E(m['muni_full'])} · {E(m['body'])} · {E(C.d_dots(m['date']))}</footer>" if m["minimal"] else f"<footer>{E(m['muni_full'])}</footer>"
    h.append(foot)
    title = f"{m['body']} {C.d_dots(m['date'])} - Referat" if not m["minimal"] else f"{m['body']} {C.d_dots(m['date'])}"
    return doc(title, "\n".join(h)), "utf-8"


def r_web_tables(m):
    rows = lambda k, v: f"<tr><th align=left valign=top>{E(k)}</th><td>{v}</td></tr>"
    h = []
    if m["minimal"]:
        h.append("<p><b>Referat</b></p>")
    else:
        h.append("<table class=hdr>" + rows("Udvalg", E(m["body"])) + rows("Mødedato", E(C.d_dots(m["date"])))
                 + rows("Mødetidspunkt", E(m["time"].replace(":", "."))) + rows("Mødested", E(m["place"]))
                 + rows("Fraværende", E(m["absent"])) + "</table>")
    for it in m["items"]:
        t = [rows("Punkt", str(it["no"])), rows("Overskrift", E(it["title"])), rows("Sagsnr.", E(it["sagsnr"]))]
        if it["closed"]:
            t.append(rows("Status", "Lukket punkt"))
        for l, x in sections(it, ["resume", "fremstilling", "okonomi", "horing", "indstilling"], STD_LABELS):
            t.append(rows(l, x))
        for lab, tx in chain_lines(it, C.d_dash):
            t.append(rows(lab, E(tx)))
        t.append(rows("Beslutning", E(it["decision"])))
        for l, x in sections(it, ["bilag"], STD_LABELS):
            t.append(rows(l, x))
        h.append("<table border=1 cellpadding=4 width='100%'>" + "".join(t) + "</table><br>")
    if m["minimal"]:
        h.append(f"<p class=footer>{E(m['body'])}, møde {E(C.d_dots(m['date']))} · {E(m['muni_full'])}</p>")
    title = m["body"] + " " + C.d_dots(m["date"])
    return doc(title, "\n".join(h), charset="windows-1252"), "cp1252"


# ------------------------------------------------------------------ plain pair

def r_plain_br(m):
    p = []
    if m["minimal"]:
        p.append("<p>Referat</p>")
    else:
        p.append(f"<p>{E(m['muni_full'])}<br>{E(m['body'])}<br>Referat<br>Møde {E(C.d_slash(m['date']))} kl. {E(m['time'])}<br>{E(m['place'])}</p>")
        p.append(f"<p>Fraværende: {E(m['absent'])}</p>")
    for it in m["items"]:
        p.append(f"<p>Punkt {it['no']}/{m['date'].year}<br>{E(it['title'])}<br>Sagsnr. {E(it['sagsnr'])}</p>")
        for key in ["fremstilling", "okonomi", "kompetence", "indstilling"]:
            for l, x in sections(it, [key], STD_LABELS):
                if key == "fremstilling":
                    p.append(f"<p>{E(l)}:<br>" + "<br>".join(E(s) for s in it["fremstilling"]) + "</p>")
                elif key == "indstilling":
                    p.append(f"<p>{E(l)}:<br>" + E(it.get("indstilling_intro") or "Forvaltningen indstiller,") + "<br>" + "<br>".join("- " + E(b) for b in it["indstilling"]) + "</p>")
                else:
                    p.append(f"<p>{E(l)}: {E(it[key])}</p>")
        for lab, tx in chain_lines(it, C.d_slash):
            p.append(f"<p>{E(lab)}:<br>{E(tx)}</p>")
        p.append(f"<p>Beslutning:<br>{E(it['decision'])}</p>")
    if m["minimal"]:
        p.append(f"<p>{E(m['body'])} {E(C.d_slash(m['date']))}<br>{E(m['muni_full'])}</p>")
    return ("<html><head><meta http-equiv='Content-Type' content='text/html; charset=utf-8'><title>Referat</title></head><body>"
            + "\n".join(p) + "</body></html>\n"), "utf-8"


def r_plain_split(m):
    h = []
    if m["minimal"]:
        h.append("<h1>Referat</h1>")
    else:
        h.append(f"<h1>Referat - {E(m['body'])}</h1><p>Mødedato: {E(C.d_den(m['date']))}, kl. {E(m['time'])}</p><p>Sted: {E(m['place'])}</p>")
    h.append("<h2>Åben dagsorden</h2>")
    lukket = False
    for it in m["items"]:
        if it["closed"] and not lukket:
            h.append("<h2>Lukket dagsorden</h2>")
            lukket = True
        h.append(f"<div class=punkt><p class=sagsnr>{E(it['sagsnr'])}</p><h3>Sag {it['no']} {E(it['title'])}</h3>")
        if it["closed"]:
            h.append(f"<p><i>Beslutning:</i> {E(it['decision'])}</p></div>")
            continue
        h.append(f"<p><i>Beslutning:</i> {E(it['decision'])}</p>")
        for lab, tx in chain_lines(it, C.d_den):
            h.append(f"<p><i>{E(lab)}:</i> {E(tx)}</p>")
        for l, x in sections(it, ["indstilling", "resume", "fremstilling", "retsgrundlag", "okonomi", "tidsplan", "bilag"], STD_LABELS):
            h.append(f"<p><i>{E(l)}</i></p>{x}")
        h.append("</div>")
    if m["minimal"]:
        h.append(f"<p class=foot>Referatet er godkendt af {E(m['body'])} {E(C.d_den(m['date']))}.</p>")
    return doc(f"{m['muni_full']} - {m['body']}" if not m["minimal"] else "Referat", "\n".join(h)), "utf-8"


# ------------------------------------------------------------------ chromium pair

def r_chrome_sticky(m):
    css = ("@page{size:A4;margin:12mm 16mm} table.page{width:100%;border-collapse:collapse} thead td{border-bottom:2px solid #246;padding-bottom:4pt;font-size:9pt;color:#246}"
           " tfoot td{border-top:1px solid #999;font-size:8pt;color:#555} .it{page-break-inside:auto} h2{background:#eef}")
    head = "Referat" if m["minimal"] else f"{m['muni_full']} · Referat"
    foot = f"{m['body']} · {C.d_long(m['date'])}" + ("" if not m["minimal"] else f" · {m['muni_full']}")
    b = [f"<table class=page><thead><tr><td>{E(head)}</td></tr></thead><tfoot><tr><td>{E(foot)}</td></tr></tfoot><tbody><tr><td>"]
    if not m["minimal"]:
        b.append(f"<h1>{E(m['body'])}</h1><p>Mødedato: {E(C.d_dots(m['date']))}<br>Starttidspunkt: {E(m['time'])}<br>Mødested: {E(m['place'])}<br>Afbud: {E(m['absent'])}</p>")
    pref = "B" if m["kind"] == "council" else "U"
    for it in m["items"]:
        b.append(f"<div class=it><h2>{pref} {it['no']} {E(it['title'])}</h2><p>Sagsnr.: {E(it['sagsnr'])}</p>")
        for l, x in sections(it, ["resume", "indstilling"], STD_LABELS):
            b.append(f"<h3>{E(l)}</h3>{x}")
        for lab, tx in chain_lines(it, C.d_dots):
            b.append(f"<h3>{E(lab)}</h3><p>{E(tx)}</p>")
        b.append(f"<h3>Beslutning i {E(m['body'])} den {E(C.d_dots(m['date']))}</h3><p>{E(it['decision'])}</p>")
        for l, x in sections(it, ["fremstilling", "okonomi", "kompetence", "kommunikation", "bilag"], STD_LABELS):
            b.append(f"<h3>{E(l)}</h3>{x}")
        b.append("</div>")
    b.append("</td></tr></tbody></table>")
    return doc("Referat", "\n".join(b), css), "utf-8"


def r_chrome_stamp(m):
    css = "@page{size:A4;margin:18mm 15mm} .crumb{font-size:8pt;color:#666} .side{float:right;width:28%;font-size:8pt;border-left:1px solid #ccc;padding-left:6pt}"
    b = [f"<p class=crumb>Gå til indhold · Forside › Politik og demokrati › Dagsordener og referater › {E(m['body'])}</p>"]
    b.append("<div class=side><p>Andre møder</p>" + "".join(f"<p>{E(C.d_short(d))}</p>" for d in m["other_dates"]) + "</div>")
    if m["minimal"]:
        b.append("<h1>Referat</h1>")
    else:
        b.append(f"<h1>{E(m['body'])} - referat</h1><p>Mødedato {E(C.d_short(m['date']))} kl. {E(m['time'])}, {E(m['place'])}</p>")
    for it in m["items"]:
        b.append(f"<h2>{m['runno'] + it['no']}. {E(it['title'])}</h2>")
        labels = dict(STD_LABELS, resume="Sagens kerne", fremstilling="Redegørelse", indstilling="Indstilling")
        for l, x in sections(it, ["resume", "fremstilling", "horing", "okonomi", "videre", "indstilling"], labels):
            b.append(f"<h3>{E(l)}</h3>{x}")
        for lab, tx in chain_lines(it, C.d_short):
            b.append(f"<h3>{E(lab)}</h3><p>{E(tx)}</p>")
        b.append(f"<h3>Beslutning</h3><p>{E(it['decision'])}</p>")
    if m["minimal"]:
        b.append(f"<p class=crumb>{E(m['muni_full'])} · {E(m['body'])} {E(C.d_short(m['date']))}</p>")
    title = "Dagsorden og referat" if m["minimal"] else f"{m['body']} {C.d_short(m['date'])} - Dagsorden og referat"
    return doc(title, "\n".join(b), css), "utf-8"


# ------------------------------------------------------------------ wkhtmltopdf pair

def r_wk_toc(m, toc_pages=None):
    css = "h2{page-break-before:always;border-bottom:1px solid #000} table.toc td{padding:1pt 6pt}"
    b = []
    if m["minimal"]:
        b.append("<h1>Referat</h1>")
    else:
        b.append(f"<h1>Referat</h1><p>{E(m['body'])}<br>{E(C.d_den(m['date']).capitalize())} kl. {E(m['time'])}<br>{E(m['place'])}</p>")
    b.append("<h3>Indholdsfortegnelse</h3><table class=toc>")
    for i, it in enumerate(m["items"]):
        pg = str(toc_pages[i]) if toc_pages else "00"
        b.append(f"<tr><td>Pkt. {it['no']}</td><td>{E(it['title'])}</td><td align=right>{pg}</td></tr>")
    b.append("</table>")
    if m["minimal"]:
        b.append(f"<p>{E(m['muni_full'])}, {E(m['body'])}, {E(C.d_long(m['date']))}</p>")
    for it in m["items"]:
        b.append(f"<h2>Pkt. {it['no']} {E(it['title'])}</h2><p>Sagsnummer: {E(it['sagsnr'])}</p>")
        for l, x in sections(it, ["resume", "fremstilling", "retsgrundlag", "okonomi", "indstilling"], STD_LABELS):
            b.append(f"<h3>{E(l)}</h3>{x}")
        for lab, tx in chain_lines(it, C.d_long):
            b.append(f"<h3>{E(lab)}</h3><p>{E(tx)}</p>")
        b.append(f"<h3>Beslutning</h3><p>{E(it['decision'])}</p>")
        for l, x in sections(it, ["bilag"], STD_LABELS):
            b.append(f"<h3>{E(l)}</h3>{x}")
    return doc("Referat", "\n".join(b), css), "utf-8"


def r_wk_grid(m):
    css = "table.g{width:100%;border-collapse:collapse} table.g td{vertical-align:top;padding:3pt 5pt;border-bottom:1px solid #ddd} td.l{width:30%;font-weight:bold}"
    b = []
    if m["minimal"]:
        b.append("<h1>Referat</h1>")
    else:
        b.append(f"<table class=g><tr><td class=l>Organ</td><td>{E(m['body'])}</td></tr><tr><td class=l>Dato</td><td>{E(C.d_dash(m['date']))}</td></tr>"
                 f"<tr><td class=l>Tid</td><td>{E(m['time'])}</td></tr><tr><td class=l>Lokale</td><td>{E(m['place'])}</td></tr></table>")
    b.append("<table class=g>")
    for it in m["items"]:
        b.append(f"<tr><td class=l>Sag nr. {it['no']}</td><td><b>{E(it['title'])}</b><br>{E(it['sagsnr'])}</td></tr>")
        labels = dict(STD_LABELS, fremstilling="Beskrivelse af sagen", indstilling="Forslag")
        for l, x in sections(it, ["indstilling", "fremstilling", "okonomi", "horing", "kompetence"], labels):
            b.append(f"<tr><td class=l>{E(l)}</td><td>{x}</td></tr>")
        for lab, tx in chain_lines(it, C.d_dash):
            b.append(f"<tr><td class=l>{E(lab)}</td><td>{E(tx)}</td></tr>")
        b.append(f"<tr><td class=l>{E(gen(m['body']))} beslutning</td><td>{E(it['decision'])}</td></tr>")
    b.append("</table>")
    if m["minimal"]:
        b.append(f"<p style='font-size:8pt'>{E(m['body'])} - {E(C.d_dash(m['date']))} - {E(m['muni_full'])}</p>")
    return doc("Referat", "\n".join(b), css), "utf-8"


# ------------------------------------------------------------------ LibreOffice pair

def r_lo_pdfa(m):
    b = []
    if m["minimal"]:
        b.append("<h1>Referat</h1>")
    else:
        b.append(f"<p>{E(m['muni_full'])}</p><h1>Referat</h1><p><b>{E(m['body'])}</b></p><p>{E(C.d_weekday(m['date'], m['time'].replace(':', '.')))}</p><p>{E(m['place'])}</p>")
        b.append(f"<p>Fraværende med afbud: {E(m['absent'])}</p>")
    for it in m["items"]:
        b.append(f"<h2>Punkt {it['no']}: {E(it['title'])}</h2><p>Sagsnr.: {E(it['sagsnr'])}</p>")
        for l, x in sections(it, ["resume", "fremstilling", "retsgrundlag", "okonomi", "horing", "kompetence", "indstilling"], STD_LABELS):
            b.append(f"<h3>{E(l)}</h3>{x}")
        for lab, tx in chain_lines(it, C.d_long):
            b.append(f"<h3>{E(lab)}</h3><p>{E(tx)}</p>")
        b.append(f"<h3>Beslutning i {E(m['body'])} den {E(C.d_long(m['date']))}</h3><p>{E(it['decision'])}</p>")
        for l, x in sections(it, ["bilag"], STD_LABELS):
            b.append(f"<h3>{E(l)}</h3>{x}")
    if m["minimal"]:
        b.append(f"<p><small>{E(m['muni_full'])} – {E(m['body'])} – {E(C.d_dots(m['date']))}</small></p>")
    return doc("Referat", "\n".join(b)), "utf-8"


def r_lo_scan(m):
    css = "body{font-family:'DejaVu Sans Mono',monospace;font-size:10pt}"
    b = []
    if m["minimal"]:
        b.append("<p>REFERAT</p>")
    else:
        b.append(f"<p>BESLUTNINGSPROTOKOL</p><p>{E(m['body'].upper())}</p><p>Mødet {E(C.d_dots(m['date']))} kl. {E(m['time'].replace(':', '.'))} på {E(m['place'])}</p>")
        b.append(f"<p>Ikke til stede: {E(m['absent'])}</p>")
    for it in m["items"]:
        b.append(f"<p><b>{it['no']}.{m['date'].year} {E(it['title'])}</b></p><p>J.nr. {E(it['sagsnr'])}</p>")
        for l, x in sections(it, ["fremstilling", "indstilling"], STD_LABELS):
            b.append(f"<p><u>{E(l)}</u></p>{x}")
        for lab, tx in chain_lines(it, C.d_dots):
            b.append(f"<p>{E(lab)}: {E(tx)}</p>")
        b.append(f"<p>{E(it['decision'])}</p><p>&nbsp;</p>")
    if m["minimal"]:
        b.append(f"<p>{E(m['body'])}, {E(C.d_dots(m['date']))}. {E(m['muni_full'])}.</p>")
    return doc("Protokol", "\n".join(b), css), "utf-8"


RENDER = {"web-accordion": r_web_accordion, "web-tables": r_web_tables, "plain-br": r_plain_br,
          "plain-split": r_plain_split, "chrome-sticky": r_chrome_sticky, "chrome-stamp": r_chrome_stamp,
          "wk-toc": r_wk_toc, "wk-grid": r_wk_grid, "lo-pdfa": r_lo_pdfa, "lo-scan": r_lo_scan}
