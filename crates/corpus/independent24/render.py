#!/usr/bin/env python3
"""render.py OUT HALF: writes OUT/HALF/corpus from OUT/HALF/models.json with the half's four layouts.
Producers run one at a time under nice (the caller runs this script under nice)."""
import datetime as dt, html, json, os, shutil, subprocess, sys, zipfile
from pathlib import Path

MON = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"]
WD = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]
E = html.escape


def D(s):
    return dt.date.fromisoformat(s) if isinstance(s, str) else s


def lng(s):
    d = D(s); return f"{d.day}. {MON[d.month - 1]} {d.year}"


def dash(s):
    return D(s).strftime("%d-%m-%Y")


def dots(s):
    return D(s).strftime("%d.%m.%Y")


def gen(name):
    return name if name.endswith("s") else name + "s"


def council_word(c):
    return {"Byrådet": "byrådsmødet", "Kommunalbestyrelsen": "kommunalbestyrelsesmødet",
            "Borgerrepræsentationen": "Borgerrepræsentationens møde"}[c]


def genitive_body(n):
    # "Byrådet" -> "Byrådets", "Økonomiudvalget" -> "Økonomiudvalgets"
    return n + "s" if not n.endswith("s") else n


# ---------------------------------------------------------------- decision headings per layout

def dec_head(lay, dm, item, hb):
    own = hb is None
    body = dm["bodyname"] if own else hb["body"]
    date = dm["date"] if own else hb["date"]
    no = item["no"] if own else max(1, item["no"] - 3)
    if lay == "D1":
        return f"Beslutning i {body} den {dash(date)}"
    if lay == "D2":
        return "Beslutning" if own else f"Beslutning i {body} den {lng(date)}"
    if lay == "D3":
        return None if own else f"{body}, {lng(date)}, pkt. {no}:"
    if lay == "D4":
        if own and dm["body"] == "council" and dm["council"] == "Borgerrepræsentationen":
            return f"Borgerrepræsentationens beslutning i mødet den {lng(date)}"
        return f"{genitive_body(body)} beslutning den {lng(date)}"
    if lay == "H1":
        if own and dm["body"] == "council":
            return f"Beslutning på {council_word(dm['council'])} den {lng(date)}"
        if own:
            return f"Beslutning på mødet i {body} den {lng(date)}"
        return f"Beslutning fra {body}, {lng(date)}, pkt. {no}:"
    if lay == "H2":
        return "Beslutninger" if own else f"Beslutning i {body} den {dots(date)}"
    if lay == "H3":
        return "Afgørelse:" if own else f"{body}, {lng(date)}, pkt. {no}:"
    if lay == "H4":
        return f"{body}, {lng(date)}, pkt. {no}:"
    raise KeyError(lay)


ORDER = {"D1": ["resume", "other", "sag", "indst", "hist", "dec"], "D2": ["resume", "other", "sag", "indst", "hist", "dec"],
         "D3": ["sag", "other", "indst", "hist", "dec"], "D4": ["dec", "resume", "indst", "other", "sag", "hist"],
         "H1": ["resume", "other", "indst", "hist", "dec", "sag"], "H2": ["other", "resume", "sag", "indst", "hist", "dec"],
         "H3": ["other", "resume", "sag", "indst", "hist", "dec"], "H4": ["other", "resume", "indst", "dec", "hist", "sag"]}
ATT = {"D2": "Fraværende", "H2": "Ikke til stede"}


def blocks(lay, dm, item):
    """Item body as a flat list: ("h", text) | ("p", text) | ("ul", [..])"""
    out = []
    secs = item["secs"]
    for role in ORDER[lay]:
        for s in [s for s in secs if s["role"] == role]:
            if role in ("dec", "hist"):
                h = dec_head(lay, dm, item, s.get("hb"))
                if h:
                    out.append(("h", h))
                if role == "dec" and lay in ATT:
                    out.append(("p", f"{ATT[lay]}: {dm['absent']}"))
            else:
                out.append(("h", s["head"]))
            for p in s["paras"]:
                out.append(("ul", p[1]) if isinstance(p, list) else ("p", p))
    return out


def doc_title(dm):
    b = dm["bodyname"]
    if dm.get("extraordinary"):
        return f"Ekstraordinært møde i {b}"
    if dm["kind"] == "agenda":
        return f"Dagsorden - {b}"
    if dm.get("part") == 2:
        return f"Referat (fortsat) - {b}"
    return f"Referat - {b}"


def item_title(lay, it):
    n, t = it["no"], it["title"]
    return {"D1": f"Punkt {n}: {t}", "D2": f"{n}. {t}", "D3": f"Pkt. {n} {t}", "D4": f"Sag nr. {n} - {t}",
            "H1": f"{n}. {t}", "H2": f"Nr.{n} - {t}", "H3": f"{n}   {t}", "H4": f"{n}. {t}"}[lay]


# ---------------------------------------------------------------- DOCX / ODT

def docx(path, dm):
    lay = "D1"
    def run(t, b=False, sz=None):
        pr = ("<w:b/>" if b else "") + (f'<w:sz w:val="{sz}"/>' if sz else "")
        return f'<w:r><w:rPr><w:rFonts w:ascii="Liberation Sans" w:hAnsi="Liberation Sans"/>{pr}</w:rPr><w:t xml:space="preserve">{E(t)}</w:t></w:r>'
    def para(t, b=False, sz=None, ind=False):
        ppr = '<w:pPr><w:ind w:left="360"/></w:pPr>' if ind else ""
        return f"<w:p>{ppr}{run(t, b, sz)}</w:p>"
    x = [para(f"{dm['muni']} Kommune", True, 20), para("Referat" if dm["kind"] != "agenda" else "Dagsorden", True, 36)]
    rows = [("Udvalg", dm["bodyname"] + (" - ekstraordinært møde" if dm.get("extraordinary") else "")),
            ("Mødedato", f"{WD[D(dm['date']).weekday()]} den {lng(dm['date'])}"), ("Mødetidspunkt", dm["time"]),
            ("Mødested", dm["place"]), ("Fraværende", dm["absent"])]
    if dm.get("part") == 2:
        rows.insert(1, ("Del", "2 af 2 (punkt " + str(dm["ritems"][0]["no"]) + " ff.)"))
    cell = lambda t, b: f'<w:tc><w:tcPr><w:tcW w:w="{2600 if b else 6400}" w:type="dxa"/></w:tcPr>{para(t, b)}</w:tc>'
    x.append('<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/></w:tblPr>' +
             "".join(f"<w:tr>{cell(a, True)}{cell(b, False)}</w:tr>" for a, b in rows) + "</w:tbl>")
    x.append(para(""))
    for it in dm["ritems"]:
        x.append(para(item_title(lay, it), True, 26))
        x.append(para(f"Sagsnr.: {it['casenr']}   Åbent punkt"))
        for k, v in blocks(lay, dm, it):
            if k == "h":
                x.append(para(v, True, 22))
            elif k == "p":
                x.append(para(v))
            else:
                x += [para("- " + u, ind=True) for u in v]
        x.append(para(""))
    body = "".join(x)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           f'<w:body>{body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134"/></w:sectPr></w:body></w:document>')
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
        z.writestr("_rels/.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        z.writestr("word/document.xml", doc)


def odt(path, dm):
    lay = "H1"
    P = lambda t, st="Standard": f'<text:p text:style-name="{st}">{E(t)}</text:p>'
    x = [P(f"{dm['muni']} Kommune", "Small"), P(doc_title(dm), "Title"),
         P(f"Mødedato: {dots(dm['date'])}, {dm['time']}"), P(f"Sted: {dm['place']}"),
         P(f"Medlemmer: Alle, undtagen {dm['absent']}" if "ngen" not in dm["absent"] else "Medlemmer: Alle mødt"), P("")]
    x.append(P("Indholdsfortegnelse", "H"))
    x += [P(f"{it['no']}. {it['title']}") for it in dm["ritems"]]
    for it in dm["ritems"]:
        x.append(P(item_title(lay, it), "H1x"))
        x.append(P(f"Sag {it['casenr']}", "Small"))
        for k, v in blocks(lay, dm, it):
            if k == "h":
                x.append(P(v, "H"))
            elif k == "p":
                x.append(P(v))
            else:
                x += [P("• " + u if False else "– " + u) for u in v]
    styles = ('<office:automatic-styles>'
              '<style:style style:name="Title" style:family="paragraph"><style:text-properties fo:font-size="18pt" fo:font-weight="bold" style:font-name="DejaVu Sans"/></style:style>'
              '<style:style style:name="H1x" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.5cm"/><style:text-properties fo:font-size="13pt" fo:font-weight="bold" style:font-name="DejaVu Sans"/></style:style>'
              '<style:style style:name="H" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.2cm"/><style:text-properties fo:font-weight="bold" style:font-name="DejaVu Sans"/></style:style>'
              '<style:style style:name="Small" style:family="paragraph"><style:text-properties fo:font-size="8pt" style:font-name="DejaVu Sans"/></style:style>'
              '<style:style style:name="Standard" style:family="paragraph"><style:text-properties style:font-name="DejaVu Sans" fo:font-size="10pt"/></style:style>'
              '</office:automatic-styles>')
    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
               'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2">'
               '<office:font-face-decls><style:font-face style:name="DejaVu Sans" svg:font-family="DejaVu Sans:-liga" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/></office:font-face-decls>'
               f'{styles}<office:body><office:text>{"".join(x)}</office:text></office:body></office:document-content>')
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        z.writestr("META-INF/manifest.xml", '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>')
        z.writestr("content.xml", content)


# ---------------------------------------------------------------- HTML

def html_items(lay, dm):
    x = []
    for it in dm["ritems"]:
        x.append(f'<h2 class="item">{E(item_title(lay, it))}</h2><p class="sag">Sagsnr. {E(it["casenr"])}</p>')
        for k, v in blocks(lay, dm, it):
            if k == "h":
                x.append(f"<h3>{E(v)}</h3>")
            elif k == "p":
                x.append(f"<p>{E(v)}</p>")
            else:
                x.append("<ul>" + "".join(f"<li>{E(u)}</li>" for u in v) + "</ul>")
    return "\n".join(x)


def sidebar(dm, lay):
    c = dm["council"]
    d0 = D(dm["date"])
    ent = []
    comms = ["Økonomiudvalget", "Social- og Sundhedsudvalget", "Klima-, Natur- og Miljøudvalget", "Børne- og Skoleudvalget"]
    for k in range(1, 7):
        dd = d0 - dt.timedelta(days=14 * k - 3)
        while dd.weekday() >= 5:
            dd -= dt.timedelta(days=1)
        b = c if k % 2 else comms[k % 4]
        if lay == "D2":
            ent.append(f"<li><a href='#'>{E(b)}<br>{dots(dd)}</a></li>" if k % 3 == 0 else f"<li><a href='#'>{E(b)} {dots(dd)}</a></li>")
        else:
            ent.append(f"<li><a href='#'>{E(b)},<br>møde {lng(dd)}</a></li>")
    return "<ul class='side'>" + "".join(ent) + "</ul>"


CSS = {
    "D2": "body{font-family:'DejaVu Sans',sans-serif;font-size:11pt;margin:0} .wrap{display:flex} nav.crumb{font-size:9pt;margin:6px 12px} "
          "aside{width:30%;font-size:9pt;border-right:1px solid #999;padding:8px} main{width:66%;padding:8px} ul.side{list-style:none;padding:0} "
          "ul.side li{margin-bottom:6px;width:150px}",
    "D4": "body{font-family:Arial,sans-serif} table.hd td{padding:2px 8px} h2{font-size:14pt;border-top:1px solid #333;padding-top:6px}",
    "H2": "@page{size:A4;margin:2cm;@bottom-right{content:'Side ' counter(page) ' af ' counter(pages);font-size:8pt}} body{font-family:'DejaVu Sans';font-size:10pt} "
          "table.hd{border-collapse:collapse} table.hd td{border:1px solid #bbb;padding:3px 6px} h2{font-size:13pt;color:#034}",
    "H4": "body{font-family:'DejaVu Serif',serif;font-size:11pt} header{background:#0a3d62;color:#fff;padding:6px} .cols{display:table;width:100%} "
          "aside,main{display:table-cell;vertical-align:top} aside{width:28%;font-size:9pt} ul.side li{width:170px;margin-bottom:8px}",
    "P": "body{font-family:'DejaVu Sans',sans-serif;max-width:44em;margin:1em auto} .meta{color:#555;font-size:9pt}",
}


def page_html(lay, dm, charset="utf-8"):
    t = doc_title(dm)
    if lay == "D2":
        crumbs = f"<nav class='crumb'>Forside &gt; Politik &gt; Dagsordener og referater &gt; {E(dm['bodyname'])} &gt; {dots(dm['date'])}</nav>"
        items_list = ""
        if dm.get("agenda_list"):
            items_list = "<h4>Punkter på mødet</h4><ul class='pl'>" + "".join(f"<li><a href='#'>{n}. {E(tt)}</a></li>" for n, tt in dm["agenda_list"]) + "</ol>"
        head = (f"<p><a href='#main'>Gå til indhold</a></p>{crumbs}<div class='wrap'><aside><h4>Andre møder</h4>{sidebar(dm, lay)}{items_list}</aside>"
                f"<main id='main'><h1>{E(dm['bodyname'])}</h1><p>Referat fra mødet {WD[D(dm['date']).weekday()]} den {lng(dm['date'])} kl. {dm['time']}</p>"
                f"<p>Mødested: {E(dm['place'])}</p>")
        tail = "<p><a href='#'>Til toppen</a></p></main></div>"
        return f"<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'><title>{E(t)} - {E(dm['muni'])} Kommune</title><style>{CSS[lay]}</style></head><body>{head}{html_items(lay, dm)}{tail}</body></html>"
    if lay == "D4":
        hd = (f"<table class='hd'><tr><td>Møde:</td><td>{E(dm['bodyname'])}</td></tr><tr><td>Dato:</td><td>{dash(dm['date'])}</td></tr>"
              f"<tr><td>Starttidspunkt:</td><td>{dm['time']}</td></tr><tr><td>Lokale:</td><td>{E(dm['place'])}</td></tr>"
              f"<tr><td>Fraværende med afbud:</td><td>{E(dm['absent'])}</td></tr></table>")
        return (f"<html><head><meta http-equiv='Content-Type' content='text/html; charset={charset}'><title>{E(dm['muni'])} Kommune - {E(t)}</title>"
                f"<style>{CSS[lay]}</style></head><body><p>{E(dm['muni'])} Kommune</p><h1>{E(t)}</h1>{hd}{html_items(lay, dm)}"
                f"<p>Udskrevet fra eDoc</p></body></html>")
    if lay == "H2":
        hd = (f"<table class='hd'><tr><td>Udvalg</td><td>{E(dm['bodyname'])}</td></tr><tr><td>Mødedato</td><td>{dots(dm['date'])}</td></tr>"
              f"<tr><td>Tidspunkt</td><td>{dm['time']}</td></tr><tr><td>Sted</td><td>{E(dm['place'])}</td></tr>"
              f"<tr><td>Afbud</td><td>{E(dm['absent'])}</td></tr></table>")
        return (f"<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'><title>{E(t)}</title><style>{CSS[lay]}</style></head><body>"
                f"<p>{E(dm['muni'])} Kommune · Prepare</p><h1>{'Dagsorden' if dm['kind'] == 'agenda' else 'Referat'}</h1>{hd}{html_items(lay, dm)}</body></html>")
    if lay == "H4":
        crumbs = f"<p class='crumb'>Du er her: Forside / Politik og indflydelse / Referater / {E(dm['bodyname'])}</p>"
        side = ""
        if dm.get("itempage"):
            side = "<aside><b>Seneste møder</b>" + sidebar(dm, lay)
            if dm.get("agenda_list"):
                side += "<b>Dagsordenpunkter</b><ul>" + "".join(f"<li>{n} {E(tt)}</li>" for n, tt in dm["agenda_list"]) + "</ul>"
            side += "</aside>"
        head = (f"<header>{E(dm['muni'])} Kommune</header>{crumbs}<div class='cols'>{side}<main>"
                f"<h1>{E(dm['bodyname'])} {dash(dm['date'])} {dm['time']}</h1><p>Sted: {E(dm['place'])}. Afbud: {E(dm['absent'])}</p>")
        return (f"<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'><title>{E(t)}</title><style>{CSS[lay]}</style></head><body>"
                f"{head}{html_items(lay, dm)}</main></div><footer>Kontakt kommunen · Tilgængelighedserklæring</footer></body></html>")
    raise KeyError(lay)


def press_html(dm):
    ps = "".join(f"<p>{E(p)}</p>" for p in dm["paras"])
    return (f"<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'><title>{E(dm['title'])}</title><style>{CSS['P']}</style></head><body>"
            f"<p class='meta'>{E(dm['muni'])} Kommune · {'Presse' if dm['kind'] == 'press' else 'Nyhedsbreve'}</p><h1>{E(dm['title'])}</h1>{ps}</body></html>")


# ---------------------------------------------------------------- plain text (groff, enscript)

def wrap(t, w):
    out, line = [], ""
    for word in t.split():
        if len(line) + len(word) + 1 > w and line:
            out.append(line); line = word
        else:
            line = (line + " " + word).strip()
    out.append(line)
    return out


def groff_src(dm):
    lay = "D3"
    esc = lambda t: t.replace("\\", "\\\\").replace("\n", " ").lstrip(".'")
    x = [".lg 0", ".nh", ".nr PS 10", ".nr VS 12", ".ds CH", f".ds LF {esc(dm['muni'])} Kommune", ".ds CF Beslutningsprotokol", ".ds RF Side %",
         ".LP", f"\\fB{esc(dm['muni'])} Kommune\\fP", ".LP", f"\\s+4\\fBBeslutningsprotokol\\fP\\s-4", ".LP",
         f"{esc(dm['bodyname'])}" + (" (ekstraordinært møde)" if dm.get("extraordinary") else ""),
         ".br", f"{WD[D(dm['date']).weekday()].capitalize()} den {lng(dm['date'])} kl. {dm['time']}", ".br", f"{esc(dm['place'])}",
         ".br", f"Fraværende: {esc(dm['absent'])}"]
    if dm["kind"] == "agenda":
        x[11] = "\\s+4\\fBDagsorden\\fP\\s-4"
    for it in dm["ritems"]:
        x += [".SH", esc(item_title(lay, it)), ".LP", f"\\s-2{esc(it['casenr'])}\\s+2"]
        for k, v in blocks(lay, dm, it):
            if k == "h":
                x += [".LP", f"\\fI{esc(v)}\\fP"]
            elif k == "p":
                x += [".LP", esc(v)]
            else:
                for u in v:
                    x += [".IP \\(bu 3", esc(u)]
    return "\n".join(x) + "\n"


def mono_src(dm):
    lay = "H3"
    W = 74
    x = [f"{dm['muni'].upper()} KOMMUNE", "", (f"Referat af møde i {dm['bodyname']}" if dm["kind"] != "agenda" else f"Dagsorden for møde i {dm['bodyname']}"),
         f"{dash(dm['date'])} {dm['time']}   {dm['place']}", f"Afbud: {dm['absent']}", "=" * W]
    if dm.get("extraordinary"):
        x.insert(3, "EKSTRAORDINÆRT MØDE")
    for it in dm["ritems"]:
        x += [""] + wrap(item_title(lay, it), W) + [f"     j.nr. {it['casenr']}", "-" * 40]
        for k, v in blocks(lay, dm, it):
            if k == "h":
                x += ["", v]
            elif k == "p":
                x += wrap(v, W)
            else:
                for u in v:
                    ws = wrap(u, W - 4)
                    x += ["  - " + ws[0]] + ["    " + w for w in ws[1:]]
    x = [w for line in x for w in (wrap(line, W) if len(line) > W else [line])]
    txt = "\n".join(x) + "\n"
    return txt.replace("–", "-").replace("…", "...").replace("\u201c", '"').replace("\u201d", '"').replace("·", "-")


# ---------------------------------------------------------------- driver

def sh(cmd, **kw):
    r = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if r.returncode != 0:
        raise SystemExit(f"failed: {cmd[:4]} ...\n{r.stderr[-1500:]}")
    return r


def main(out, half):
    out = Path(out)
    hd = out / half
    corpus = hd / "corpus"
    tmp = out / "tmp" / half
    shutil.rmtree(tmp, ignore_errors=True)
    for sub in ("office", "officepdf", "html", "ps", "print"):
        (tmp / sub).mkdir(parents=True, exist_ok=True)
    models = json.loads((hd / "models.json").read_text())
    gold = json.loads((hd / "gold.json").read_text())
    office, chrome, weasy, wk, post = [], [], [], [], []
    for i, dm in enumerate(models):
        dest = corpus / dm["path"]
        dest.parent.mkdir(parents=True, exist_ok=True)
        lay = dm["layout"]
        prod = None
        if lay == "D1":
            docx(tmp / "office" / f"d{i:04d}.docx", dm); office.append((f"d{i:04d}", dest, False)); prod = "LibreOffice (docx)"
        elif lay == "H1":
            odt(tmp / "office" / f"d{i:04d}.odt", dm); office.append((f"d{i:04d}", dest, True)); prod = "LibreOffice (odt) + Ghostscript"
        elif lay == "D2":
            h = page_html("D2", dm)
            if dest.suffix == ".pdf":
                src = tmp / "html" / f"d{i:04d}.html"; src.write_text(h, encoding="utf-8"); chrome.append((src, dest)); prod = "Chromium print-to-pdf"
            else:
                dest.write_text(h, encoding="utf-8"); prod = "static HTML utf-8"
        elif lay == "D4":
            dest.write_bytes(page_html("D4", dm, "windows-1252").encode("cp1252")); prod = "static HTML windows-1252"
        elif lay == "H2":
            src = tmp / "html" / f"d{i:04d}.html"; src.write_text(page_html("H2", dm), encoding="utf-8"); weasy.append((src, dest)); prod = "WeasyPrint"
        elif lay == "H4":
            h = page_html("H4", dm)
            if dest.suffix == ".pdf":
                src = tmp / "html" / f"d{i:04d}.html"; src.write_text(h, encoding="utf-8"); wk.append((src, dest)); prod = "wkhtmltopdf"
            else:
                dest.write_text(h, encoding="utf-8"); prod = "static HTML utf-8"
        elif lay == "D3":
            ps = tmp / "ps" / f"d{i:04d}.ps"
            with open(ps, "w") as f:
                subprocess.run(["groff", "-k", "-ms", "-Tps"], input=groff_src(dm), stdout=f, text=True, check=True)
            post.append((ps, dest)); prod = "groff -ms + ps2pdf"
        elif lay == "H3":
            ps = tmp / "ps" / f"d{i:04d}.ps"
            src = tmp / "ps" / f"d{i:04d}.txt"; src.write_bytes(mono_src(dm).encode("latin-1"))
            sh(["enscript", "-q", "-X", "latin1", "-f", "Courier10", "--margins=60:60:40:40",
                f"--header={dm['muni']} Kommune||Side $% af $=".encode("latin-1"), "-o", str(ps), str(src)])
            post.append((ps, dest)); prod = "enscript + ps2pdf"
        elif lay == "Pd":
            dest.write_text(press_html(dm), encoding="utf-8"); prod = "static HTML utf-8"
        elif lay == "Ph":
            src = tmp / "html" / f"d{i:04d}.html"; src.write_text(press_html(dm), encoding="utf-8"); wk.append((src, dest)); prod = "wkhtmltopdf"
        gold["documents"][dm["path"]]["producer"] = prod
    # producers, one at a time
    if office:
        files = sorted(str(p) for p in (tmp / "office").iterdir())
        sh(["soffice", "--headless", "--norestore", f"-env:UserInstallation=file://{out}/home/lo", "--convert-to", "pdf",
            "--outdir", str(tmp / "officepdf")] + files, timeout=600)
        for stem, dest, redistil in office:
            pdf = tmp / "officepdf" / f"{stem}.pdf"
            if redistil:
                sh(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite", "-dCompatibilityLevel=1.4",
                    f"-sOutputFile={dest}", str(pdf)])
            else:
                shutil.copy(pdf, dest)
    for ps, dest in post:
        sh(["ps2pdf", str(ps), str(dest)])
    for src, dest in chrome:
        sh(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", f"--user-data-dir={out}/print/{half}",
            "--run-all-compositor-stages-before-draw", f"--print-to-pdf={dest}", src.as_uri()], timeout=120)
    for src, dest in wk:
        sh(["wkhtmltopdf", "-q", "--encoding", "utf-8", "--footer-font-size", "7", "--footer-left", "[date] [time]",
            "--footer-right", "Side [page] af [topage]", str(src), str(dest)], timeout=120)
    if weasy:
        script = ("import sys\nfrom weasyprint import HTML\nfor a, b in zip(sys.argv[1::2], sys.argv[2::2]):\n    HTML(filename=a).write_pdf(b)\n")
        args = [str(x) for pair in weasy for x in pair]
        sh(["/usr/bin/python3", "-c", script] + args, timeout=600)
    for path, g in gold["documents"].items():
        p = corpus / path
        if p.suffix == ".pdf":
            r = sh(["pdfinfo", str(p)])
            g["pages"] = int([l for l in r.stdout.splitlines() if l.startswith("Pages:")][0].split()[1])
        else:
            g["pages"] = 1
    (hd / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1, sort_keys=True))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
