#!/usr/bin/env python3
"""Renders the meetings of gen.py into HTML and PDF with eight layouts and checks every PDF."""
import html, json, os, random, re, shutil, subprocess, sys, tempfile, time
from pathlib import Path

import gen
import texts as T

E = html.escape


def fields(m, rng):
    d = m["date"]
    absent = ", ".join(m["absent"]) if m["absent"] else "Ingen"
    return d, absent


def secs_html(it, order="normal", hstyle=("h3", "")):
    """Item body as HTML. order 'decision_first' puts the body's own decision first."""
    tag, cls = hstyle
    def blk(h, paras):
        out = [f"<{tag}{cls}>{E(h)}</{tag}>"] if h else []
        for p in paras:
            if isinstance(p, list):
                out.append("<ul>" + "".join(f"<li>{E(x)}</li>" for x in p) + "</ul>")
            else:
                out.append(f"<p>{E(p)}</p>")
        return "\n".join(out)
    body = [blk(h, ps) for h, ps in it["sections"]]
    quoted = [blk(h, ps) for h, ps in it["quoted"]]
    own = []
    if it["decision"]:
        own.append(f"<{tag}{cls}>{E(it['heading'])}</{tag}>")
        for b in it["between"]:
            own.append(f"<p class='fravaer'><i>{E(b)}</i></p>")
        own += [f"<p>{E(p)}</p>" for p in it["decision"]]
    if order == "decision_first":
        return "\n".join(own + quoted + body)
    return "\n".join(body + quoted + own)


CSS_BASE = "body{font-family:'DejaVu Sans',Arial,sans-serif;font-size:10.5pt;line-height:1.35} h1{font-size:17pt} h2{font-size:13pt;margin-top:18pt} h3{font-size:11pt;margin-bottom:2pt}"


def L_moedefakta(m, ctx, rng):
    d, absent = fields(m, rng)
    rows = [("Udvalg", m["display"]), ("Mødedato", d.strftime("%d.%m.%Y")), ("Starttidspunkt", m["time"]),
            ("Sluttidspunkt", m["end"]), ("Mødested", m["place"]), ("Fraværende", absent)]
    tab = "".join(f"<tr><th>{E(a)}</th><td>{E(b)}</td></tr>" for a, b in rows)
    toc = "".join(f"<li><a href='#p{i+1}'>{i+1}. {E(it['title'])}</a></li>" for i, it in enumerate(m["items"]))
    items = []
    for i, it in enumerate(m["items"]):
        cn = f"<p class='sagsnr'>{E(it['casenr'])} &middot; Åbent punkt</p>" if it.get("casenr") else ""
        items.append(f"<section id='p{i+1}'><h2>{i+1}. {E(it['title'])}</h2>{cn}{secs_html(it)}<p><a href='#top'>Til toppen</a></p></section>")
    return f"""<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>Referat - {E(m['display'])} - {d.strftime('%d.%m.%Y')}</title>
<style>{CSS_BASE} table.moedefakta th{{text-align:left;padding-right:12pt}}</style></head><body id="top">
<a class="skip" href="#indhold">Gå til indhold</a>
<nav class="breadcrumb">Forside &rsaquo; Politik &rsaquo; Dagsordener og referater &rsaquo; {E(ctx['name'])} Kommune</nav>
<main id="indhold"><h1>Referat</h1><table class="moedefakta">{tab}</table>
<h2>Indholdsfortegnelse</h2><ol>{toc}</ol>
{''.join(items)}</main><footer>{E(ctx['name'])} Kommune &middot; Rådhuset</footer></body></html>"""


def L_portal(m, ctx, rng):
    d, absent = fields(m, rng)
    others = []
    for _ in range(4):
        od = d + gen.datetime.timedelta(days=rng.choice([-35, -28, -14, -7, 7, 14, 21, 42]))
        others.append(f"<li>{E(rng.choice(T.COMMITTEES + [ctx['council']]))} {od.strftime('%d.%m.%Y')}</li>")
    items = []
    for i, it in enumerate(m["items"]):
        cn = f" <span class='sag'>({E(it['casenr'])})</span>" if it.get("casenr") else ""
        items.append(f"<article><h2>Punkt {i+1}: {E(it['title'])}{cn}</h2>{secs_html(it, hstyle=('h4', ''))}</article>")
    return f"""<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>{E(ctx['name'])} Kommune - {E(m['display'])} {d.strftime('%d-%m-%Y')}</title>
<style>{CSS_BASE} aside{{float:right;width:30%;font-size:9pt}}</style></head><body>
<header><a href="/">{E(ctx['name'])} Kommune</a> | <a href="#">Print</a> | <a href="#">PDF</a></header>
<aside><h4>Andre møder</h4><ul>{''.join(others)}</ul><h4>Søg i referater</h4></aside>
<h1>{E(m['display'])} - Referat</h1>
<p>{E(T.WEEKDAYS[d.weekday()].capitalize())} den {E(T.dlong(d))} kl. {E(m['time'])}</p>
<p>Sted: {E(m['place'])}</p><p>Fraværende: {E(absent)}</p>
{''.join(items)}
<p><a href="#">Til toppen</a></p></body></html>"""


def L_chromium(m, ctx, rng):
    d, absent = fields(m, rng)
    stamp_d = d + gen.datetime.timedelta(days=rng.randrange(2, 9))
    stamp = f"{stamp_d.strftime('%d.%m.%Y')} {rng.randrange(8, 16):02d}:{rng.randrange(60):02d}"
    url = f"https://{gen.ascii_name(ctx['name'])}.dk/politik/moeder/{d.isoformat()}"
    items = []
    for i, it in enumerate(m["items"]):
        cn = f"<div class='sag'>{E(it['casenr'])}</div>" if it.get("casenr") else ""
        items.append(f"<h2>Sag nr. {i+1}<br>{E(it['title'])}</h2>{cn}{secs_html(it)}")
    return f"""<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>Referat</title>
<style>{CSS_BASE} .stamp{{font-size:8pt;color:#555;display:flex;justify-content:space-between}}</style></head><body>
<div class="stamp"><span>{stamp}</span><span>Referat - {E(m['display'])}</span></div>
<h1>{E(ctx['name'])} Kommune</h1>
<p><b>Referat af mødet</b><br>Organ: {E(m['display'])}<br>Dato: {E(T.dfmt(d, rng))}<br>Tidspunkt: kl. {E(m['time'])} - {E(m['end'])}<br>
Sted: {E(m['place'])}<br>Fraværende: {E(absent)}</p>
{''.join(items)}
<div class="stamp"><span>{E(url)}</span><span>1/1</span></div></body></html>"""


def L_weasy(m, ctx, rng, base):
    d, absent = fields(m, rng)
    items = []
    for i, it in enumerate(m["items"]):
        cn = f"<p class='sag'>{E(it['casenr'])}</p>" if it.get("casenr") else ""
        items.append(f"<h2>{base + i}. {E(it['title'])}</h2>{cn}{secs_html(it, order='decision_first')}")
    return f"""<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>Referat</title>
<style>{CSS_BASE} @page{{size:A4;margin:2cm;@bottom-right{{content:"Side " counter(page) " af " counter(pages);font-size:8pt}}
@top-left{{content:"{E(ctx['name'])} Kommune";font-size:8pt}}}} .mf{{border:1px solid #999;padding:6pt}}</style></head><body>
<div class="mf"><b>Mødefakta</b><br>{E(m['label'])}: {E(m['display'])}<br>Dato: {E(T.dfmt(d, rng))}<br>Tid: {E(m['time'])}<br>Lokale: {E(m['place'])}<br>Fraværende: {E(absent)}</div>
<p>{E(ctx['name'])} Kommune</p>
{''.join(items)}</body></html>"""


def L_libre(m, ctx, rng):
    d, absent = fields(m, rng)
    items = []
    for i, it in enumerate(m["items"]):
        cn = f"<p><font size='2'>{E(it['casenr'])}</font></p>" if it.get("casenr") else ""
        body = secs_html(it, hstyle=("p", ' class="h"'))
        items.append(f"<h2>Punkt {i+1}. {E(it['title'])}</h2>{cn}{body}")
    items = [x.replace("<p class=\"h\">", "<p><b>").replace("</p>", "</p>") for x in items]
    # bold section headings: close the <b> at the end of the heading paragraph
    items = [re.sub(r"<p><b>(.*?)</p>", r"<p><b>\1</b></p>", x) for x in items]
    return f"""<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>Referat</title></head>
<body style="font-family:'Liberation Serif',serif">
<p><font size="5"><b>REFERAT</b></font></p>
<p><b>{E(m['display'])}</b></p>
<table border="0"><tr><td>Mødedato:</td><td>{E(d.strftime('%d-%m-%Y'))}</td></tr><tr><td>Mødetidspunkt:</td><td>kl. {E(m['time'])}</td></tr>
<tr><td>Mødested:</td><td>{E(m['place'])}</td></tr><tr><td>Fraværende:</td><td>{E(absent)}</td></tr></table>
<p>{E(ctx['name'])} Kommune</p>
{''.join(items)}</body></html>"""


def L_wkhtml(m, ctx, rng):
    d, absent = fields(m, rng)
    items = []
    for i, it in enumerate(m["items"]):
        cn = f"<p>Sag nr.: {E(it['casenr'])}</p>" if it.get("casenr") else ""
        items.append(f"<h2>Pkt. {i+1} {E(it['title'])}</h2>{cn}{secs_html(it)}")
    members = ", ".join(rng.sample(T.PEOPLE, 6))
    return f"""<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>Referat</title><style>{CSS_BASE}</style></head><body>
<h1>{E(ctx['name'])} Kommune</h1><h1>{E(m['display'])}</h1>
<table><tr><td>Dato</td><td>{E(T.dfmt(d, rng))}</td></tr><tr><td>Tidspunkt</td><td>{E(m['time'])}</td></tr><tr><td>Sted</td><td>{E(m['place'])}</td></tr>
<tr><td>Medlemmer</td><td>{E(members)}</td></tr><tr><td>Afbud</td><td>{E(absent)}</td></tr></table>
{''.join(items)}</body></html>"""


def plain_item_lines(it, drop_plain_heading):
    out = []
    for h, ps in it["sections"]:
        out.append(("h", h))
        for p in ps:
            if isinstance(p, list):
                out += [("p", "- " + x) for x in p]
            else:
                out.append(("p", p))
    for h, ps in it["quoted"]:
        out.append(("h", h))
        out += [("p", p) for p in ps]
    if it["decision"]:
        if not (drop_plain_heading and it["heading"] == "Beslutning"):
            out.append(("h", it["heading"]))
        else:
            out.append(("p", ""))
        out += [("p", b) for b in it["between"]]
        out += [("p", p) for p in it["decision"]]
    return out


def L_groff(m, ctx, rng, base):
    d, absent = fields(m, rng)
    def esc(s):
        s = s.replace("\\", "\\e")
        return "\\&" + s
    L = [".nr PS 10", ".nr VS 12", ".TL", esc(f"{ctx['name']} Kommune"), ".br", esc("Beslutningsprotokol"),
         ".LP", esc(f"{m['display']}"), ".br", esc(f"Mødedato: {T.dfmt(d, rng)}, kl. {m['time']}"), ".br",
         esc(f"Mødested: {m['place']}"), ".br", esc(f"Fraværende: {absent}")]
    for i, it in enumerate(m["items"]):
        L += [".SH", esc(f"Sag nr. {base + i}  {it['title']}")]
        if it.get("casenr"):
            L += [".LP", esc(it["casenr"])]
        for kind, t in plain_item_lines(it, False):
            if kind == "h":
                L += [".LP", f".B \"{t.replace(chr(34), '')}\""]
            else:
                L += [".LP", esc(t)] if t else []
    return "\n".join(L) + "\n"


def L_enscript(m, ctx, rng, base):
    import textwrap
    d, absent = fields(m, rng)
    L = [f"{ctx['name']} Kommune".upper(), "BESLUTNINGSPROTOKOL", "", m["display"],
         f"Møde {d.strftime('%d-%m-%Y')} kl. {m['time']}, {m['place']}", f"Fraværende: {absent}", "=" * 60]
    for i, it in enumerate(m["items"]):
        L += ["", f"{base + i}. {it['title']}"]
        if it.get("casenr"):
            L.append(it["casenr"])
        for kind, t in plain_item_lines(it, True):
            if kind == "h":
                L += ["", t + ":" if not t.endswith(":") else t]
            else:
                L += textwrap.wrap(t, 78) or [""]
    s = "\n".join(L) + "\n"
    for a, b in [("–", "-"), ("›", ">"), ("·", "-"), ("•", "-"), ("’", "'"), ("“", '"'), ("”", '"')]:
        s = s.replace(a, b)
    return s


def run(cmd, **kw):
    r = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if r.returncode != 0:
        raise SystemExit(f"renderer failed: {' '.join(cmd)}\n{r.stderr[-1500:]}")
    return r


def pdf_check(pdf, name, want):
    t = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
    flat = re.sub(r"\s+", " ", t)
    low = flat.lower()
    probs = []
    if len(flat.strip()) < 200:
        probs.append("no text")
    if name.lower() not in low:
        probs.append("municipality name missing")
    for ch in want:
        if ch not in flat:
            probs.append(f"letter {ch} missing")
    if "Ã" in flat or "\ufffd" in flat:
        probs.append("mojibake")
    if probs:
        raise SystemExit(f"PDF check failed for {pdf}: {probs}")
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", info).group(1))


def main(out):
    t0 = time.time()
    out = Path(out)
    for sub in ("dev", "holdout"):
        if (out / sub).exists():
            shutil.rmtree(out / sub)
    plan = gen.main(out)
    work = Path(tempfile.mkdtemp(prefix="corpus14-render-"))
    pending = {}  # producer -> list of (src, dst, path, half)
    want = {}  # dst -> the Danish letters its source holds
    for half, H in plan["halves"].items():
        for job in H["jobs"]:
            lay, m, ctx = job["layout"], job["meeting"], job["ctx"]
            rng = random.Random(f"{gen.SEED}-render-{job['path']}")
            dst = out / half / "corpus" / job["path"]
            dst.parent.mkdir(parents=True, exist_ok=True)
            base = rng.randrange(100, 600)
            if lay == "html_mødefakta":
                dst.write_text(L_moedefakta(m, ctx, rng), encoding="utf-8"); continue
            if lay == "html_portal":
                dst.write_text(L_portal(m, ctx, rng), encoding="utf-8"); continue
            stem = f"{half}__{job['path'].replace('/', '__')}"
            if lay == "pdf_groff":
                src = work / (stem + ".ms"); src.write_text(L_groff(m, ctx, rng, base), encoding="utf-8")
            elif lay == "pdf_enscript":
                src = work / (stem + ".txt"); src.write_bytes(L_enscript(m, ctx, rng, base).encode("latin-1"))
            else:
                doc = {"pdf_chromium": lambda: L_chromium(m, ctx, rng), "pdf_weasyprint": lambda: L_weasy(m, ctx, rng, base),
                       "pdf_libreoffice": lambda: L_libre(m, ctx, rng), "pdf_wkhtmltopdf": lambda: L_wkhtml(m, ctx, rng)}[lay]()
                src = work / (stem + ".html"); src.write_text(doc, encoding="utf-8")
            srctext = src.read_bytes().decode("utf-8" if lay != "pdf_enscript" else "latin-1")
            want[dst] = sorted(set(c for c in srctext if c in "æøåÆØÅ"))
            assert "ø" in want[dst], dst
            pending.setdefault(lay, []).append((src, dst, job["path"], half))
    env = dict(os.environ, SOURCE_DATE_EPOCH="1767225600", TZ="UTC")
    # one renderer at a time
    for lay, jobs in sorted(pending.items()):
        ts = time.time()
        if lay == "pdf_libreoffice":
            lo = work / "lo"; lo.mkdir(exist_ok=True)
            prof = work / "lo-profile"
            run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf:writer_web_pdf_Export",
                 "--outdir", str(lo)] + [str(s) for s, _, _, _ in jobs], env=env, timeout=600)
            for s, dst, _, _ in jobs:
                shutil.move(str(lo / (s.stem + ".pdf")), dst)
        if lay == "pdf_weasyprint":
            # one WeasyPrint process for all files (its own Python), else the CLI file by file
            lst = work / "weasy.json"
            lst.write_text(json.dumps([[str(s), str(d)] for s, d, _, _ in jobs]))
            code = ("import json,sys\nfrom weasyprint import HTML\n"
                    "for s, d in json.load(open(sys.argv[1])): HTML(filename=s).write_pdf(d)\n")
            r = subprocess.run(["/usr/bin/python3", "-c", code, str(lst)], capture_output=True, text=True, env=env)
            if r.returncode == 0:
                jobs_left = []
            else:
                jobs_left = jobs
        else:
            jobs_left = jobs
        for s, dst, _, _ in jobs_left:
            if lay == "pdf_chromium":
                run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                     f"--user-data-dir={work / 'chr'}", f"--print-to-pdf={dst}", s.as_uri()], env=env, timeout=120)
            elif lay == "pdf_weasyprint":
                run(["weasyprint", "-q", str(s), str(dst)], env=env, timeout=120)
            elif lay == "pdf_wkhtmltopdf":
                run(["wkhtmltopdf", "-q", "--encoding", "utf-8", "--footer-center", "Side [page] af [topage]",
                     "--footer-font-size", "7", str(s), str(dst)], env=env, timeout=120)
            elif lay == "pdf_groff":
                ps = s.with_suffix(".ps")
                r = subprocess.run(["groff", "-k", "-ms", "-Tps", str(s)], capture_output=True, env=env)
                if r.returncode != 0:
                    raise SystemExit(f"groff failed: {r.stderr[-800:]}")
                ps.write_bytes(r.stdout)
                run(["ps2pdf", str(ps), str(dst)], env=env)
            elif lay == "pdf_enscript":
                ps = s.with_suffix(".ps")
                run(["enscript", "-q", "-X", "latin1", "-f", "Courier10", "-B", "-o", str(ps), str(s)], env=env)
                run(["ps2pdf", str(ps), str(dst)], env=env)
        print(f"  {lay}: {len(jobs)} files in {time.time() - ts:.1f}s", file=sys.stderr)
    # checks and page counts
    for half, H in plan["halves"].items():
        docs = H["gold"]["documents"]
        for path, g in docs.items():
            f = out / half / "corpus" / path
            assert f.exists(), f
            if f.suffix == ".pdf":
                g["pages"] = pdf_check(f, H["gold"]["municipalities"][g["municipality_code"]]["name"], want[f])
            else:
                txt = f.read_text(encoding="utf-8")
                assert H["gold"]["municipalities"][g["municipality_code"]]["name"] in txt, f
        (out / half / "gold.json").write_text(json.dumps(H["gold"], ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    lines = ["# corpus 14 layouts", "", "| layout | producer | half |", "|---|---|---|"]
    for half in ("dev", "holdout"):
        for lay in plan["layout_half"][half]:
            lines.append(f"| {lay} | {gen.PRODUCER[lay]} | {half} |")
    lines += ["", "| half | code | municipality | folder | layout | scenario | variant |", "|---|---|---|---|---|---|---|"]
    for half in ("dev", "holdout"):
        for code, name, folder, lay, s, v in plan["halves"][half]["listing"]:
            lines.append(f"| {half} | {code} | {name} | {folder} | {lay} | {s} | {v} |")
    (out / "layouts.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    shutil.rmtree(work, ignore_errors=True)
    print(f"built {out} in {time.time() - t0:.0f}s", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1])
