"""Layouts and producers. Each meeting dict: kind, body, date, time, place, absent, items, name, layout, rel, half."""
import html, os, re, shutil, subprocess, unicodedata, zipfile
from pathlib import Path
import texts as T

E = html.escape


def dmy(d, sep="-"):
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def gen(body):
    return body if body.endswith("s") else body + "s"


def slug(s):
    s = s.replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    return re.sub(r"[^a-z0-9]+", "-", unicodedata.normalize("NFKD", s.lower()).encode("ascii", "ignore").decode()).strip("-")


def filename(layout, m, j):
    d = m["date"]
    b = slug(m["body"])
    return {"html_utf8": f"{b}-{d.isoformat()}-referat.html",
            "html_cp1252": f"Referat_{b}_{dmy(d, '')}.htm",
            "odt_table": f"{b}_referat_{d.isoformat()}.pdf",
            "odt_protocol": f"Beslutningsprotokol-{b}-{dmy(d, '.')}.pdf",
            "chromium": f"{b}-{dmy(d, '')}-aaben-referat.pdf",
            "wkhtml": f"Referat {b} {dmy(d, '-')}.pdf",
            "weasy_gs": f"{d.isoformat()}_{b}_referat.pdf",
            "groff_gs": f"prot_{b}_{d.year}{d.month:02d}{d.day:02d}.PDF"}[layout]


def stamp(m):
    """A print date later than the meeting."""
    import datetime as dt
    p = m["date"] + dt.timedelta(days=41 + m["date"].day)
    return f"{dmy(p, '.')} kl. {8 + m['date'].day % 8:02d}.{(m['date'].month * 7) % 60:02d}"


def body_title(m):
    b = m["body"]
    if b == "Byrådet":
        return f"{m['name']} Byråd"
    if b == "Kommunalbestyrelsen":
        return f"Kommunalbestyrelsen i {m['name']} Kommune"
    return f"{b}, {m['name']} Kommune"


def item_no(m, k):
    base = (m["date"].month * 17 + m["date"].day) if m["layout"] in ("odt_protocol", "groff_gs") else 0
    return base + k + 1


def dec_heading(m, layout):
    b, d = m["body"], m["date"]
    return {"html_utf8": f"Beslutning i {b} den {dmy(d)}",
            "html_cp1252": "Beslutning",
            "odt_table": "Beslutning",
            "odt_protocol": None,
            "chromium": "Beslutning",
            "wkhtml": f"{gen(b)} beslutning den {T.long_date(d)}",
            "weasy_gs": "Afgørelse",
            "groff_gs": f"{b}, {T.long_date(d)}, pkt."}[layout]


def attendance_line(m, it):
    if m["absent"] and it.get("dk"):
        return "Fraværende: " + ", ".join(m["absent"])
    return None


def sagsnr_for(m, k, style):
    import random
    r = random.Random(f"{m['rel']}{k}")
    return T.sagsnr(r, style)


# ---------------------------------------------------------------- HTML family

CSS_SCREEN = "body{font-family:Arial,sans-serif;max-width:60em;margin:auto} h2{font-size:1.1em;border-top:1px solid #999;padding-top:.5em} .s{font-weight:bold;margin-top:.7em} nav{font-size:.8em;color:#555}"


def html_items(m, layout):
    out = []
    for k, it in enumerate(m["items"]):
        n = item_no(m, k)
        closed = it.get("closed")
        if layout == "html_utf8":
            out.append(f'<h2 id="p{n}">{n}. {E(it["title"])}</h2><p class="sag">{E(sagsnr_for(m, k, 0))} &middot; {"Lukket" if closed else "Åbent"} punkt</p>')
        elif layout == "html_cp1252":
            out.append(f'<h2>Punkt {n}: {E(it["title"])}</h2><p>{E(sagsnr_for(m, k, 1))}</p>')
        elif layout == "chromium":
            out.append(f'<h2>{n} {E(it["title"])}</h2><p class="sag">{E(sagsnr_for(m, k, 3))}</p>')
        elif layout == "wkhtml":
            out.append(f'<h2>Sag nr. {n}. {E(it["title"])}</h2><p class="sag">Sagsnr. {E(sagsnr_for(m, k, 2))}</p>')
        else:
            out.append(f'<h2>{n}. {E(it["title"])}</h2><p class="sag">{E(sagsnr_for(m, k, 0))}</p>')
        secs = [(h, t) for h, t in it["sections"]]
        if layout == "html_cp1252":
            secs = [("Sagens kerne" if h == "Resumé" else h, t) for h, t in secs]
        if layout == "wkhtml":
            secs = [("Beslutningstema" if h == "Resumé" else h, t) for h, t in secs]
        dh = dec_heading(m, layout)
        att = attendance_line(m, it)
        dec = []
        if dh:
            dec.append(f'<p class="s">{E(dh)}</p>')
        if att:
            dec.append(f"<p><i>{E(att)}</i></p>")
        dec.append(f"<p>{E(it['decision'])}</p>")
        body = []
        for h, t in secs:
            body.append(f'<p class="s">{E(h)}</p>')
            for para in t.split("\n"):
                body.append(f"<p>{E(para)}</p>")
        if layout == "chromium":   # decision first, as some systems print it
            out += dec + body
        else:
            out += body + dec
    return "\n".join(out)


def header_table(m, label="Udvalg"):
    rows = [(label, m["body"]), ("Mødedato", T.wd_date(m["date"])), ("Mødetidspunkt", f"kl. {m['time']}"),
            ("Mødested", m["place"]), ("Fraværende", ", ".join(m["absent"]) or "Ingen")]
    return "<table class='hdr'>" + "".join(f"<tr><th align=left>{E(a)}</th><td>{E(b)}</td></tr>" for a, b in rows) + "</table>"


def page_html(m, layout, charset="utf-8"):
    name = m["name"]
    kom = f"{name} Kommune"
    if layout == "html_utf8":
        side = "".join(f"<li>{E(m['body'])} {x}</li>" for x in ("26-01-2023", "24-11-2022", "27-10-2022"))
        return (f"<!DOCTYPE html><html lang=da><head><meta charset=utf-8><title>{E(m['body'])} {dmy(m['date'])} - {E(kom)}</title>"
                f"<style>{CSS_SCREEN}</style></head><body><a href='#main'>Gå til indhold</a>"
                f"<nav>Forside &gt; Politik &gt; Dagsordener og referater &gt; {E(m['body'])}</nav>"
                f"<aside><b>Andre møder</b><ul>{side}</ul></aside><main id=main><h1>Referat - {E(kom)}</h1>"
                f"{header_table(m, 'Udvalg')}{html_items(m, layout)}</main><p><a href='#'>Til toppen</a></p>"
                f"<footer>{E(kom)} · Rådhustorvet 1 · Sidst opdateret {stamp(m)}</footer></body></html>")
    if layout == "html_cp1252":
        return (f"<html><head><meta http-equiv='Content-Type' content='text/html; charset=windows-1252'>"
                f"<title>Referat</title></head><body><p>{E(kom)}</p><h1>Referat af møde i {E(body_title(m))}</h1>"
                f"<p>Dato: {dmy(m['date'], '.')}<br>Starttidspunkt: {m['time']}<br>Sted: {E(m['place'])}<br>"
                f"Afbud: {E(', '.join(m['absent']) or '-')}</p><hr>{html_items(m, layout)}<hr>"
                f"<p>Genereret af referatsystemet {stamp(m)}</p></body></html>")
    if layout == "chromium":
        url = f"https://www.{slug(name)}.dk/politik/referater/{slug(m['body'])}-{m['date'].isoformat()}"
        css = ("@page{size:A4;margin:22mm 16mm;"
               f"@top-left{{content:'{stamp(m)}';font-size:7pt;color:#666}}"
               f"@top-center{{content:'{m['body']} - Referat - {dmy(m['date'])}';font-size:7pt;color:#666}}"
               f"@bottom-left{{content:'{url}';font-size:7pt;color:#666}}"
               "@bottom-right{content:counter(page) '/' counter(pages);font-size:7pt;color:#666}}"
               "body{font-family:'DejaVu Sans',sans-serif;font-size:10pt}h2{font-size:12pt}.s{font-weight:bold}")
        return (f"<!DOCTYPE html><html lang=da><head><meta charset=utf-8><title>{E(m['body'])} - Referat</title><style>{css}</style></head><body>"
                f"<h1>{E(m['body'])} - Referat</h1><p>{E(kom)}</p>{header_table(m, 'Møde')}{html_items(m, layout)}</body></html>")
    if layout == "wkhtml":
        return (f"<!DOCTYPE html><html><head><meta charset=utf-8><style>body{{font-family:'DejaVu Serif',serif;font-size:11pt}}"
                f".s{{font-weight:bold}}h2{{font-size:13pt}}</style></head><body><h1>{E(kom)}</h1>"
                f"<h2>Referat fra {E(gen(m['body']))} møde {T.wd_date(m['date'])} kl. {m['time']}</h2>"
                f"<p>Mødested: {E(m['place'])}<br>Fraværende med afbud: {E(', '.join(m['absent']) or 'Ingen')}</p>"
                f"{html_items(m, layout)}</body></html>")
    if layout == "weasy_gs":
        wm = "GODKENDT" if m["date"].day % 2 else "UDKAST"
        css = (f"@page{{size:A4;margin:25mm 18mm;@top-left{{content:'{m['body']} {dmy(m['date'], '.')}';font-size:8pt}}"
               f"@top-right{{content:'{kom}';font-size:8pt}}@bottom-center{{content:'Side ' counter(page) ' af ' counter(pages);font-size:8pt}}"
               f"@bottom-right{{content:'Udskrevet {stamp(m)}';font-size:7pt}}}}"
               "body{font-family:'DejaVu Serif',serif;font-size:10.5pt;text-align:justify;hyphens:auto;font-variant-ligatures:none}"
               ".wm{position:fixed;top:90mm;left:20mm;font-size:60pt;color:#eee;transform:rotate(-35deg)}"
               "h2{font-size:12pt}.s{font-weight:bold}")
        return (f"<!DOCTYPE html><html lang=da><head><meta charset=utf-8><style>{css}</style></head><body>"
                f"<div class=wm>{wm}</div><h1>Referat</h1><p>{E(kom)}</p>{header_table(m, 'Organ')}{html_items(m, layout)}</body></html>")
    raise ValueError(layout)


# ---------------------------------------------------------------- groff (ms)

def roff_esc(s):
    s = s.replace("\\", "\\\\")
    return "\n".join(("\\&" + l if l[:1] in ".'" else l) for l in s.split("\n"))


def groff_src(m):
    kom = f"{m['name']} Kommune"
    L = [".ds CH", f".ds LH {roff_esc(m['body'])} {dmy(m['date'], '.')}", f".ds RH {roff_esc(kom)}",
         ".ds CF Side %", f".ds RF Udskrevet {stamp(m)}", ".ds LF GODKENDT", ".nr PS 10", ".nr VS 12", ".hy 14",
         ".LP", f"\\s+4\\fB{roff_esc(kom)}\\fP\\s0", ".LP", f"\\fBBeslutningsprotokol\\fP for {roff_esc(m['body'])}",
         ".LP", f"Mødedato: {T.long_date(m['date'])}, kl. {m['time']}", ".br", f"Mødested: {roff_esc(m['place'])}",
         ".br", f"Ikke til stede: {roff_esc(', '.join(m['absent']) or 'Ingen')}"]
    for k, it in enumerate(m["items"]):
        n = item_no(m, k)
        L += [".SH", f"{n}. {roff_esc(it['title'])}", ".LP", roff_esc(sagsnr_for(m, k, 2))]
        for h, t in it["sections"]:
            L += [".LP", f"\\fI{roff_esc(h)}\\fP", ".PP", roff_esc(t).replace("\n", "\n.br\n")]
        L += [".LP", f"\\fB{roff_esc(dec_heading(m, 'groff_gs'))} {n}:\\fP"]
        att = attendance_line(m, it)
        if att:
            L += [".br", roff_esc(att)]
        L += [".br", roff_esc(it["decision"])]
    return "\n".join(L) + "\n"


# ---------------------------------------------------------------- ODT

def x(s):
    return html.escape(s, quote=False)


def odt_write(path, m, layout):
    kom = f"{m['name']} Kommune"
    P = []
    if layout == "odt_table":
        P.append(f'<text:p text:style-name="T">{x(kom)}</text:p>')
        P.append(f'<text:p text:style-name="H">{x(m["body"])} - Referat</text:p>')
        rows = [("Udvalg", m["body"]), ("Mødedato", dmy(m["date"], ".")), ("Tidspunkt", m["time"]),
                ("Lokale", m["place"]), ("Afbud", ", ".join(m["absent"]) or "Ingen")]
        P.append('<table:table table:name="hdr"><table:table-column table:number-columns-repeated="2"/>' +
                 "".join(f"<table:table-row><table:table-cell><text:p>{x(a)}</text:p></table:table-cell>"
                         f"<table:table-cell><text:p>{x(b)}</text:p></table:table-cell></table:table-row>" for a, b in rows) +
                 "</table:table>")
    else:
        P.append(f'<text:p text:style-name="T">{x(kom)}</text:p>')
        P.append(f'<text:p text:style-name="H">Beslutningsprotokol</text:p>')
        P.append(f"<text:p>Organ: {x(m['body'])}</text:p><text:p>Dato: {x(T.wd_date(m['date']))}</text:p>"
                 f"<text:p>Starttidspunkt: {m['time']}</text:p><text:p>Fraværende: {x(', '.join(m['absent']) or 'Ingen')}</text:p>")
    for k, it in enumerate(m["items"]):
        n = item_no(m, k)
        title = f"Sag nr. {n} - {it['title']}" if layout == "odt_table" else f"{n}. {it['title']}"
        P.append(f'<text:p text:style-name="H">{x(title)}</text:p>')
        P.append(f"<text:p>{x(sagsnr_for(m, k, 0 if layout == 'odt_table' else 3))}   {'Lukket punkt' if it.get('closed') else 'Åbent punkt'}</text:p>")
        for h, t in it["sections"]:
            P.append(f'<text:p text:style-name="S">{x(h)}</text:p>')
            for para in t.split("\n"):
                P.append(f"<text:p>{x(para)}</text:p>")
        dh = dec_heading(m, layout)
        if dh:
            P.append(f'<text:p text:style-name="S">{x(dh)}</text:p>')
        att = attendance_line(m, it)
        if att:
            P.append(f"<text:p>{x(att)}</text:p>")
        P.append(f"<text:p>{x(it['decision'])}</text:p>")
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"')
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ns} office:version="1.2">'
               f"<office:body><office:text>{''.join(P)}</office:text></office:body></office:document-content>")
    hdr = f"{m['body']} - {dmy(m['date'], '.')}" + ("" if layout == "odt_table" else "   GODKENDT")
    styles = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {ns} office:version="1.2"><office:styles>'
              '<style:style style:name="Standard" style:family="paragraph"><style:text-properties fo:font-size="10.5pt" style:font-name="Liberation Serif"/></style:style>'
              '<style:style style:name="T" style:family="paragraph"><style:text-properties fo:font-size="16pt" fo:font-weight="bold"/></style:style>'
              '<style:style style:name="H" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.4cm"/><style:text-properties fo:font-size="12.5pt" fo:font-weight="bold"/></style:style>'
              '<style:style style:name="S" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.2cm"/><style:text-properties fo:font-weight="bold"/></style:style>'
              '</office:styles><office:automatic-styles><style:page-layout style:name="pm"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin="2cm"/></style:page-layout></office:automatic-styles>'
              '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm">'
              f'<style:header><text:p>{x(hdr)}</text:p></style:header>'
              f'<style:footer><text:p>{x(m["name"])} Kommune   Side <text:page-number text:select-page="current"/> af <text:page-count/></text:p></style:footer>'
              '</style:master-page></office:master-styles></office:document-styles>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/></manifest:manifest>')
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED)
        for n, s in (("content.xml", content), ("styles.xml", styles), ("META-INF/manifest.xml", manifest)):
            zi = zipfile.ZipInfo(n); zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, s)


# ---------------------------------------------------------------- running producers

def run(cmd, **kw):
    p = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if p.returncode != 0:
        raise SystemExit(f"producer failed: {cmd[:3]}... rc={p.returncode}\n{p.stderr[-1500:]}")
    return p


def check_pdf(path, name):
    t = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True).stdout
    flat = unicodedata.normalize("NFKC", re.sub(r"-\s*\n\s*", "", t))
    flat = re.sub(r"\s+", " ", flat)
    problems = []
    if len(t.strip()) < 200:
        problems.append("no text")
    if name not in flat:
        problems.append("name missing")
    if not re.search("[æøåÆØÅ]", t):
        problems.append("no Danish letters")
    if re.search("Ã[¦¸¥…˜]|Â|\ufffd|[\u3400-\u9fff\ue000-\uf8ff]", t):
        problems.append("mojibake")
    if problems:
        raise SystemExit(f"PDF check failed for {path}: {problems}")
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
    mm = re.search(r"Pages:\s+(\d+)", info)
    return int(mm.group(1)) if mm else 1


def render_all(jobs, out):
    out = Path(out)
    work = out / "_work"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    env = dict(os.environ, HOME=str(work / "home"))
    (work / "home").mkdir()
    pages = {}
    pdfs = []   # (m, final path)
    by = {}
    for m in jobs:
        dst = out / m["half"] / "corpus" / m["rel"]
        dst.parent.mkdir(parents=True, exist_ok=True)
        by.setdefault(m["layout"], []).append((m, dst))
    for i, (m, dst) in enumerate(by.get("html_utf8", [])):
        dst.write_text(page_html(m, "html_utf8"), encoding="utf-8")
    for m, dst in by.get("html_cp1252", []):
        dst.write_bytes(page_html(m, "html_cp1252").encode("cp1252"))
    # LibreOffice: one batched call
    odts = []
    for lay in ("odt_table", "odt_protocol"):
        for k, (m, dst) in enumerate(by.get(lay, [])):
            src = work / f"odt{len(odts):03d}.odt"
            odt_write(src, m, lay)
            odts.append((src, m, dst))
    if odts:
        run(["soffice", "--headless", "--norestore", "--convert-to", "pdf", "--outdir", str(work / "odtpdf")] +
            [str(s) for s, _, _ in odts], env=env, timeout=600)
        for s, m, dst in odts:
            shutil.move(str(work / "odtpdf" / (s.stem + ".pdf")), dst)
            pdfs.append((m, dst))
    for k, (m, dst) in enumerate(by.get("chromium", [])):
        src = work / f"chr{k:03d}.html"
        src.write_text(page_html(m, "chromium"), encoding="utf-8")
        run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
             f"--user-data-dir={work / 'chrome'}", f"--print-to-pdf={dst}", src.as_uri()], env=env, timeout=120)
        pdfs.append((m, dst))
    for k, (m, dst) in enumerate(by.get("wkhtml", [])):
        src = work / f"wk{k:03d}.html"
        src.write_text(page_html(m, "wkhtml"), encoding="utf-8")
        run(["wkhtmltopdf", "-q", "--encoding", "utf-8", "--header-left", f"{m['body']} - {dmy(m['date'], '.')}",
             "--header-right", f"{m['name']} Kommune", "--header-font-size", "8", "--footer-center",
             "Side [page] af [topage]", "--footer-font-size", "8", "--footer-right", f"Udskrevet {stamp(m)}",
             str(src), str(dst)], env=env, timeout=120)
        pdfs.append((m, dst))
    # WeasyPrint in one process (system python), then Ghostscript re-distilling
    wj = by.get("weasy_gs", [])
    if wj:
        lst = []
        for k, (m, dst) in enumerate(wj):
            src = work / f"wp{k:03d}.html"
            src.write_text(page_html(m, "weasy_gs"), encoding="utf-8")
            lst.append(f"{src}\t{work / f'wp{k:03d}.pdf'}")
        (work / "wp.lst").write_text("\n".join(lst))
        run(["/usr/bin/python3", "-c", "import sys, weasyprint\nfor l in open(sys.argv[1]):\n a,b=l.rstrip('\\n').split('\\t')\n weasyprint.HTML(a).write_pdf(b)",
             str(work / "wp.lst")], env=env, timeout=600)
        for k, (m, dst) in enumerate(wj):
            run(["gs", "-q", "-dBATCH", "-dNOPAUSE", "-dSAFER", "-sDEVICE=pdfwrite", f"-sOutputFile={dst}", str(work / f"wp{k:03d}.pdf")], timeout=120)
            pdfs.append((m, dst))
    for k, (m, dst) in enumerate(by.get("groff_gs", [])):
        src = work / f"gr{k:03d}.ms"
        src.write_text(groff_src(m), encoding="utf-8")
        ps = work / f"gr{k:03d}.ps"
        with open(ps, "w") as f:
            p = subprocess.run(["groff", "-k", "-Kutf8", "-ms", "-Tps", "-dpaper=a4", "-P-pa4", str(src)], stdout=f, stderr=subprocess.PIPE, text=True)
        if p.returncode:
            raise SystemExit("groff failed " + p.stderr)
        mid = work / f"gr{k:03d}.pdf"
        run(["ps2pdf", "-sPAPERSIZE=a4", str(ps), str(mid)], timeout=120)
        run(["gs", "-q", "-dBATCH", "-dNOPAUSE", "-dSAFER", "-sDEVICE=pdfwrite", "-dCompatibilityLevel=1.4", f"-sOutputFile={dst}", str(mid)], timeout=120)
        pdfs.append((m, dst))
    for m, dst in pdfs:
        pages[(m["half"], m["rel"])] = check_pdf(dst, m["name"])
    shutil.rmtree(work, ignore_errors=True)
    return pages
