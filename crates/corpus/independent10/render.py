#!/usr/bin/env python3
"""independent10: renders OUT/jobs.json with real producers, checks every PDF's text layer,
and writes page counts into the gold files.  At most two renderers run at once."""
import json, sys, subprocess, shutil, zipfile, textwrap, html, os, zlib
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

OUT = Path(sys.argv[1])
SRC = OUT / "src"
E = html.escape


def run(cmd, **kw):
    p = subprocess.run(cmd, capture_output=True, text=True, timeout=240, **kw)
    if p.returncode != 0:
        raise RuntimeError(f"{cmd[0]} failed: {p.stderr[-800:]}")
    return p


# ---------------------------------------------------------------- plain text (enscript)

def to_text(els, width=78):
    out = []
    W = lambda t, ind="": out.extend(textwrap.wrap(t, width, initial_indent=ind, subsequent_indent=" " * len(ind)) or [""])
    for e in els:
        k = e[0]
        if k == "pagehead":
            continue
        if k == "muni":
            out.append(e[1].upper()); out.append("")
        elif k == "title":
            W(e[1]); out.append("=" * min(width, len(e[1])))
        elif k == "meta":
            for a, b in e[1]:
                out.append(f"{a + ':':<16}{b}")
            out.append("")
        elif k == "line":
            W(e[1])
        elif k == "h":
            out.append(""); out.append(e[1]); out.append("-" * len(e[1]))
        elif k == "p":
            W(e[1]); out.append("")
        elif k == "bul":
            for b in e[1]:
                W(b, "  - ")
            out.append("")
        elif k == "toc":
            for t in e[1]:
                W(t, "  ")
        elif k == "item":
            out.append(""); out.append("")
            W(f"{e[1]}  {e[2]}"); out.append(f"{e[3]}   {e[4]}".rstrip()); out.append("")
        elif k == "table":
            for row in e[1]:
                out.append(" | ".join(f"{c:<22}" for c in row).rstrip())
            out.append("")
    return "\n".join(out) + "\n"


def latin1(s):
    return s.replace("–", "-").replace("—", "-").replace("…", "...").replace("’", "'").encode("latin-1", "replace")


def r_enscript(job, dst, tmp):
    els = job["doc"]["elements"]
    head = next(e[1] for e in els if e[0] == "pagehead")
    txt = tmp.with_suffix(".txt")
    txt.write_bytes(latin1(to_text(els)))
    ps = tmp.with_suffix(".ps")
    run(["enscript", "-q", "-X", "latin1", "-f", "Courier10", "-M", "A4", "--margins=50:50:40:40",
         b"--header=" + latin1(head) + b"||Side $% af $=", "-p", str(ps), str(txt)])
    run(["ps2pdf", "-sPAPERSIZE=a4", str(ps), str(dst)])


# ---------------------------------------------------------------- groff -ms

def gesc(t):
    t = t.replace("\\", "\\e")
    lines = []
    for ln in t.split("\n"):
        if ln[:1] in (".", "'"):
            ln = "\\&" + ln
        lines.append(ln)
    return "\n".join(lines)


def r_groff(job, dst, tmp):
    els = job["doc"]["elements"]
    o = [".nr PS 10", ".nr VS 12", ".nr PO 1i", ".nr LL 6.2i"]
    for e in els:
        k = e[0]
        if k == "pagehead":
            o += [f'.ds LH {gesc(e[1])}', '.ds CH', '.ds RH Side %', '.ds CF', '.LP', f'\\s-2{gesc(e[1])}\\s+2']
        elif k == "muni":
            o += [".LP", f"\\fB{gesc(e[1])}\\fP"]
        elif k == "title":
            o += [".TL", gesc(e[1]), ".LP"]
        elif k == "meta":
            o += [".TS", "l l.", *[f"{gesc(a)}:\t{gesc(b)}" for a, b in e[1]], ".TE"]
        elif k == "line":
            o += [".LP", gesc(e[1])]
        elif k == "h":
            o += [".SH", gesc(e[1]), ".LP"]
        elif k == "p":
            o += [".PP", gesc(e[1])]
        elif k == "bul":
            for b in e[1]:
                o += [".IP \\(bu 2", gesc(b)]
        elif k == "toc":
            for t in e[1]:
                o += [".IP \"\" 2", gesc(t)]
        elif k == "item":
            o += [".NH 1" if False else ".SH", f"\\s+2{gesc(e[1])} {gesc(e[2])}\\s-2", ".LP", f"\\fI{gesc(e[3])}\\fP {gesc(e[4])}"]
        elif k == "table":
            o += [".TS", "box;", "l l l." if len(e[1][0]) == 3 else "l l.", *["\t".join(gesc(c) for c in row) for row in e[1]], ".TE"]
    src = tmp.with_suffix(".ms")
    src.write_text("\n".join(o) + "\n", encoding="utf-8")
    ps = tmp.with_suffix(".ps")
    with open(ps, "wb") as f:
        p = subprocess.run(["groff", "-k", "-t", "-ms", "-Tps", "-dpaper=a4", "-P-pa4", str(src)], stdout=f, stderr=subprocess.PIPE, timeout=120)
    if p.returncode != 0:
        raise RuntimeError(p.stderr.decode()[-500:])
    run(["ps2pdf", "-sPAPERSIZE=a4", str(ps), str(dst)])


# ---------------------------------------------------------------- HTML bodies

def html_body(els, mode):
    o = []
    for e in els:
        k = e[0]
        if k == "pagehead":
            if mode in ("html8", "chromium"):
                o.append(f'<div class="crumbs">Forside › Politik › Dagsordener og referater › {E(e[1])}</div>')
            elif mode in ("wkhtmltopdf", "html1252"):
                o.append(f'<div class="crumbs">{E(e[1])}</div>')
        elif k == "muni":
            o.append(f'<div class="muni">{E(e[1])}</div>')
        elif k == "title":
            o.append(f"<h1>{E(e[1])}</h1>")
        elif k == "meta":
            if mode in ("weasyprint", "odt"):
                o.append('<table class="meta">' + "".join(f"<tr><th>{E(a)}</th><td>{E(b)}</td></tr>" for a, b in e[1]) + "</table>")
            else:
                o.append('<div class="meta">' + "".join(f"<p><b>{E(a)}:</b> {E(b)}</p>" for a, b in e[1]) + "</div>")
        elif k == "line":
            o.append(f'<p class="line">{E(e[1])}</p>')
        elif k == "h":
            o.append(f"<h3>{E(e[1])}</h3>")
        elif k == "p":
            o.append(f"<p>{E(e[1])}</p>")
        elif k == "bul":
            o.append("<ul>" + "".join(f"<li>{E(b)}</li>" for b in e[1]) + "</ul>")
        elif k == "toc":
            o.append('<ul class="toc" style="list-style:none">' + "".join(f"<li>{E(t)}</li>" for t in e[1]) + "</ul>")
        elif k == "item":
            o.append(f'<h2 class="item">{E(e[1])} {E(e[2])}</h2><p class="sag">{E(e[3])} <span>{E(e[4])}</span></p>')
        elif k == "table":
            o.append('<table class="grid">' + "".join("<tr>" + "".join(f"<td>{E(c)}</td>" for c in row) + "</tr>" for row in e[1]) + "</table>")
    return "\n".join(o)


CSS = """body{font-family:"DejaVu Sans",Arial,sans-serif;font-variant-ligatures:none;font-size:10.5pt;line-height:1.35}
h1{font-size:16pt}h2{font-size:13pt;margin-top:1.4em;border-top:1px solid #999;padding-top:.4em}h3{font-size:11pt;margin-bottom:.2em}
table.meta th{text-align:left;padding-right:1em}table.grid td{border:1px solid #666;padding:2px 6px}
.line{font-size:9pt;color:#333}.crumbs,.stamp{font-size:8pt;color:#555}.muni{font-weight:bold;letter-spacing:.05em}"""


def r_weasyprint(job, dst, tmp):
    els = job["doc"]["elements"]
    head = next(e[1] for e in els if e[0] == "pagehead")
    css = CSS + f"""@page{{size:A4;margin:22mm 18mm;@top-right{{content:"{head}";font-size:8pt}}
@bottom-center{{content:"Side " counter(page) " af " counter(pages);font-size:8pt}}}}"""
    src = tmp.with_suffix(".html")
    src.write_text(f'<!doctype html><html lang="da"><head><meta charset="utf-8"><title>{E(head)}</title><style>{css}</style></head><body>{html_body(els, "weasyprint")}</body></html>', encoding="utf-8")
    run(["weasyprint", "-q", str(src), str(dst)])


def r_wkhtml(job, dst, tmp):
    els = job["doc"]["elements"]
    head = next(e[1] for e in els if e[0] == "pagehead")
    stamp = next((e[1] for e in els if e[0] == "line" and e[1].startswith("Udskrevet")), "")
    src = tmp.with_suffix(".html")
    src.write_text(f'<!doctype html><html lang="da"><head><meta charset="utf-8"><title>{E(head)}</title><style>{CSS}</style></head><body>{html_body(els, "wkhtmltopdf")}</body></html>', encoding="utf-8")
    run(["wkhtmltopdf", "-q", "--encoding", "utf-8", "-s", "A4", "--header-left", head, "--header-font-size", "8",
         "--footer-left", stamp, "--footer-right", "Side [page] af [topage]", "--footer-font-size", "8",
         str(src), str(dst)])


def r_chromium(job, dst, tmp):
    els = job["doc"]["elements"]
    head = next(e[1] for e in els if e[0] == "pagehead")
    d = job["doc"]
    stamp = f'{d["date"][8:10]}.{d["date"][5:7]}.{d["date"][:4]} {head}'
    url = f'https://dagsorden.{job["doc"]["munidata"]["name"].lower().replace(" ", "").replace("æ","ae").replace("ø","oe").replace("å","aa")}.dk/vis/referat/{zlib.crc32(job["rel"].encode()) % 99999}'
    src = tmp.with_suffix(".html")
    src.write_text(f'<!doctype html><html lang="da"><head><meta charset="utf-8"><title>{E(head)}</title><style>{CSS}@page{{size:A4;margin:15mm}}</style></head><body>'
                   f'<div class="stamp">{E(stamp)}</div>{html_body(els, "chromium")}<div class="stamp">{E(url)}</div></body></html>', encoding="utf-8")
    raw = tmp.with_suffix(".raw.pdf")
    prof = tmp.parent / ("chrome-" + tmp.name)
    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", f"--user-data-dir={prof}",
         f"--print-to-pdf={raw}", src.resolve().as_uri()])
    run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=pdfwrite", "-dCompatibilityLevel=1.5", f"-sOutputFile={dst}", str(raw)])
    shutil.rmtree(prof, ignore_errors=True)


# ---------------------------------------------------------------- ODT (LibreOffice)

def x(t):
    return html.escape(t, quote=False)


def odt_bytes(els):
    head = next(e[1] for e in els if e[0] == "pagehead")
    body = []
    for e in els:
        k = e[0]
        if k in ("pagehead",):
            continue
        if k == "muni":
            body.append(f'<text:p text:style-name="Muni">{x(e[1])}</text:p>')
        elif k == "title":
            body.append(f'<text:h text:style-name="Title" text:outline-level="1">{x(e[1])}</text:h>')
        elif k == "meta":
            rows = "".join(f'<table:table-row><table:table-cell office:value-type="string"><text:p>{x(a)}</text:p></table:table-cell>'
                           f'<table:table-cell office:value-type="string"><text:p>{x(b)}</text:p></table:table-cell></table:table-row>' for a, b in e[1])
            body.append(f'<table:table table:name="Meta"><table:table-column table:number-columns-repeated="2"/>{rows}</table:table>')
        elif k == "line":
            body.append(f'<text:p text:style-name="Small">{x(e[1])}</text:p>')
        elif k == "h":
            body.append(f'<text:h text:style-name="H3" text:outline-level="3">{x(e[1])}</text:h>')
        elif k == "p":
            body.append(f'<text:p text:style-name="Body">{x(e[1])}</text:p>')
        elif k in ("bul", "toc"):
            body.append('<text:list>' + "".join(f'<text:list-item><text:p text:style-name="Body">{"• " if k == "bul" else ""}{x(b)}</text:p></text:list-item>' for b in e[1]) + '</text:list>')
        elif k == "item":
            body.append(f'<text:h text:style-name="H2" text:outline-level="2">{x(e[1])} {x(e[2])}</text:h><text:p text:style-name="Small">{x(e[3])} {x(e[4])}</text:p>')
        elif k == "table":
            n = len(e[1][0])
            rows = "".join("<table:table-row>" + "".join(f'<table:table-cell office:value-type="string"><text:p>{x(c)}</text:p></table:table-cell>' for c in row) + "</table:table-row>" for row in e[1])
            body.append(f'<table:table table:name="T{len(body)}"><table:table-column table:number-columns-repeated="{n}"/>{rows}</table:table>')
    NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2"')
    content = f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {NS}><office:body><office:text>{"".join(body)}</office:text></office:body></office:document-content>'
    styles = f'''<?xml version="1.0" encoding="UTF-8"?><office:document-styles {NS}><office:styles>
<style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.15cm"/><style:text-properties fo:font-size="10.5pt" style:font-name="Liberation Serif"/></style:style>
<style:style style:name="Small" style:family="paragraph"><style:text-properties fo:font-size="8.5pt"/></style:style>
<style:style style:name="Muni" style:family="paragraph"><style:text-properties fo:font-size="12pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Title" style:family="paragraph"><style:text-properties fo:font-size="17pt" fo:font-weight="bold"/></style:style>
<style:style style:name="H2" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.5cm"/><style:text-properties fo:font-size="13pt" fo:font-weight="bold"/></style:style>
<style:style style:name="H3" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.25cm"/><style:text-properties fo:font-size="11pt" fo:font-weight="bold"/></style:style>
</office:styles><office:automatic-styles><style:page-layout style:name="PL"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2.2cm" fo:margin-right="2.2cm"/></style:page-layout></office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="PL"><style:header><text:p text:style-name="Small">{x(head)}</text:p></style:header>
<style:footer><text:p text:style-name="Small">Side <text:page-number text:select-page="current"/> af <text:page-count/></text:p></style:footer></style:master-page></office:master-styles></office:document-styles>'''
    manifest = '''<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/></manifest:manifest>'''
    return content, styles, manifest


def write_odt(path, els):
    c, s, m = odt_bytes(els)
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED)
        z.writestr("content.xml", c, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("styles.xml", s, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("META-INF/manifest.xml", m, compress_type=zipfile.ZIP_DEFLATED)


# ---------------------------------------------------------------- HTML layouts

SIDEBAR = ["Byrådet – 27.08.2025", "Økonomiudvalget – 10.09.2025", "Byrådet – 24.09.2025", "Byrådet – 29.10.2025",
           "Social- og Sundhedsudvalget – 05.11.2025", "Byrådet – 17.12.2025", "Byrådet – 28.01.2026"]


def r_html8(job, dst, tmp):
    els = job["doc"]["elements"]
    head = next(e[1] for e in els if e[0] == "pagehead")
    council = job["doc"]["munidata"]["council"]
    side = "".join(f"<li><a href='#'>{E(s.replace('Byrådet', council))}</a></li>" for s in SIDEBAR)
    dst.write_text(f'''<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>{E(head)} | {E(job["doc"]["munidata"]["name"])} Kommune</title></head>
<body><a href="#main">Gå til indhold</a><nav><ul><li>Borger</li><li>Erhverv</li><li>Politik</li></ul></nav>
<aside><h4>Andre møder</h4><ul>{side}</ul></aside><main id="main">{html_body(els, "html8")}</main>
<footer><a href="#">Til toppen</a> · Tilgængelighedserklæring · Cookies</footer></body></html>''', encoding="utf-8")


def r_html1252(job, dst, tmp):
    d = job["doc"]
    els = d["elements"]
    head = next(e[1] for e in els if e[0] == "pagehead")
    body = html_body(els, "html1252")
    if d.get("index_of") is not None:
        base = dst.name.rsplit("_index", 1)[0]
        links = "".join(f'<li><a href="{E(base)}_pkt{i + 1}.htm">{E(t)}</a></li>' for i, t in enumerate(d["index_of"]))
        body += f"<h3>Punkter</h3><ul class='links'>{links}</ul>"
    elif d.get("item_no") is not None:
        body = f'<p><a href="{E(dst.name.rsplit("_pkt", 1)[0])}_index.htm">Tilbage til mødet</a></p>' + body
    page = (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><title>{E(head)}</title></head>'
            f'<body bgcolor="#ffffff"><table width="100%"><tr><td>{body}</td></tr></table></body></html>')
    page = page.replace("’", "'")
    dst.write_bytes(page.encode("cp1252", "xmlcharrefreplace"))


RENDER = {"enscript": r_enscript, "groff": r_groff, "weasyprint": r_weasyprint, "wkhtmltopdf": r_wkhtml,
          "chromium": r_chromium, "html8": r_html8, "html1252items": r_html1252}


def pdf_pages_and_text(p):
    info = run(["pdfinfo", str(p)]).stdout
    pages = int(next(l.split()[-1] for l in info.splitlines() if l.startswith("Pages:")))
    txt = run(["pdftotext", "-layout", str(p), "-"]).stdout
    return pages, txt


def main():
    jobs = json.loads((OUT / "jobs.json").read_text())
    SRC.mkdir(parents=True, exist_ok=True)
    odt_dir = SRC / "odt"
    odt_dir.mkdir(exist_ok=True)
    odt_jobs = []
    todo = []
    for n, job in enumerate(jobs):
        dst = OUT / job["half"] / "corpus" / job["rel"]
        dst.parent.mkdir(parents=True, exist_ok=True)
        tmp = SRC / f"j{n:04d}"
        if job["layout"] == "odt":
            write_odt(odt_dir / f"j{n:04d}.odt", job["doc"]["elements"])
            odt_jobs.append((n, dst))
        else:
            todo.append((job, dst, tmp))

    def one(a):
        job, dst, tmp = a
        RENDER[job["layout"]](job, dst, tmp)
        return job["rel"]

    with ThreadPoolExecutor(max_workers=2) as ex:
        fut = ex.submit(lambda: run(["soffice", "--headless", f"-env:UserInstallation=file://{(SRC / 'lo-profile').resolve()}",
                                     "--convert-to", "pdf:writer_pdf_Export", "--outdir", str(odt_dir.resolve()),
                                     *[str((odt_dir / f"j{n:04d}.odt").resolve()) for n, _ in odt_jobs]])) if odt_jobs else None
        # soffice takes one worker; the other worker renders the rest
        with ThreadPoolExecutor(max_workers=1 if fut else 2) as ex2:
            list(ex2.map(one, todo))
        if fut:
            fut.result()
    for n, dst in odt_jobs:
        shutil.move(str(odt_dir / f"j{n:04d}.pdf"), dst)
    # verify and record pages
    bad = []
    for half in ("dev", "holdout"):
        gp = OUT / half / "gold.json"
        gold = json.loads(gp.read_text())
        for rel, g in gold["documents"].items():
            p = OUT / half / "corpus" / rel
            if not p.exists():
                bad.append(f"missing {p}")
                continue
            if p.suffix == ".pdf":
                pages, txt = pdf_pages_and_text(p)
                g["pages"] = pages
                name = gold["municipalities"][g["municipality_code"]]["name"]
                low = txt.lower()
                if len(txt.strip()) < 200 or "kommune" not in low or name.lower() not in low or not any(c in low for c in "æøå") or "Ã" in txt:
                    bad.append(f"no usable text layer: {p}")
        gp.write_text(json.dumps(gold, ensure_ascii=False, indent=1, sort_keys=True))
    if bad:
        print("\n".join(bad[:30]), file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
