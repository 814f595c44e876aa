"""Writes one meeting's source (HTML, RTF, groff) per layout; returns a render job (renderer, src, dst, stamp)."""
import html, datetime as dt
from pathlib import Path
from content import dlong, dnum, dweek, PLACES, NAMES
E = html.escape
n_src = [0]


def dechead(layout, m, body, date, own):
    if layout in ("B1", "A2"):
        return f"Beslutning i {body} den {dlong(date)}"
    if layout in ("B2", "E2"):
        return f"{body}s beslutning den {dnum(date)}" if own else f"Beslutning i {body} den {dnum(date)}"
    return "Beslutning" if own else f"Beslutning i {body} den {dlong(date)}"


def html_doc(layout, m, muni, council, rng, j):
    town = muni["name"]
    css = {"A1": "body{font-family:'DejaVu Sans';font-size:10pt} .item{page-break-before:always} h2{font-size:12pt}",
           "A2": "body{font-family:'Liberation Serif';font-size:11pt} h2{font-size:13pt;border-bottom:1px solid #888}",
           "B1": "body{font-family:'Liberation Sans';font-size:10pt} .item{display:grid;grid-template-columns:2.2cm 1fr} .no{font-size:18pt;color:#555} h2,h3{font-variant:small-caps}",
           "B2": "body{font-family:'DejaVu Serif';font-size:10pt} td.no{width:2cm;vertical-align:top;font-size:16pt} h2,h3{font-variant:small-caps;letter-spacing:.5px}",
           "D1": "body{font-family:'Liberation Sans';font-size:10.5pt} p{margin:.3em 0}",
           "E1": "body{font-family:sans-serif} aside{float:right;width:25%} main{width:70%}",
           "E2": "body{font-family:Arial} table.dec td{border:1px solid #ccc;padding:4px}"}[layout]
    o = [f"<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'><title>{E(m.body)} {dnum(m.date)} - {E(town)} Kommune</title><style>{css}</style></head><body>"]
    if layout in ("E1", "E2"):
        o.append("<div class='cookie'>Vi bruger cookies for at forbedre din oplevelse af hjemmesiden. <button>Accepter alle</button> <button>Kun nødvendige</button></div>")
        o.append(f"<a href='#main'>Gå til indhold</a><nav class='crumbs'>Forside › Politik › Dagsordener og referater › {E(m.body)}</nav>")
    if layout == "E1":
        o.append("<aside><h4>Andre møder</h4><ul>" + "".join(
            f"<li><a href='#'>{E(m.body)} {dnum(m.date + dt.timedelta(days=28 * k))}</a></li>" for k in (-3, -2, -1, 1)) + "</ul></aside><main id='main'>")
    if layout in ("B2", "E2"):
        o.append(f"<table class='head'><tr><th>Udvalg</th><td>{E(m.body)}</td></tr><tr><th>Mødedato</th><td>{dnum(m.date)}</td></tr>"
                 f"<tr><th>Mødetidspunkt</th><td>kl. 17.00</td></tr><tr><th>Mødested</th><td>{E(rng.choice(PLACES))}</td></tr>"
                 f"<tr><th>Fraværende</th><td>{E(rng.choice(NAMES))}</td></tr></table>")
    elif layout == "D1":
        o.append(f"<h1>Beslutningsprotokol</h1><p>{E(m.body)}, {town} Kommune</p><p>Mødet {dweek(m.date)} kl. 16.30 i {E(rng.choice(PLACES))}</p>")
    else:
        o.append(f"<h1>{'Referat' if layout != 'A2' else 'Referat af møde i'} {E(m.body)}</h1><p>{town} Kommune</p>"
                 f"<p>Mødedato: {dweek(m.date)}<br>Mødetidspunkt: kl. {rng.choice(['16.00', '17.00', '18.00'])}<br>Mødested: {E(rng.choice(PLACES))}</p>")
    for n, it in enumerate(m.items, 1):
        no = n if layout != "D1" else 400 + 12 * j + n
        title = E(it.title) + (" (Lukket punkt)" if it.closed else "")
        inner = []
        if it.resume: inner.append(f"<h3>Resumé</h3><p>{E(it.resume)}</p>" if layout != "D1" else f"<p>{E(it.resume)}</p>")
        if it.sag: inner.append(("<h3>Sagsfremstilling</h3>" if layout != "D1" else "") + "".join(f"<p>{E(p)}</p>" for p in it.sag))
        for h, ps in it.extra:
            inner.append(f"<h3>{E(h)}</h3>" + "".join(f"<p>{E(p)}</p>" for p in ps))
        if it.indst:
            inner.append(("<h3>Indstilling</h3>" if layout != "D1" else "") + "<p>Forvaltningen indstiller,</p><ul>" + "".join(f"<li>{E(b)}</li>" for b in it.indst) + "</ul>")
        for b, d, t in it.chain:
            if layout == "E2":
                inner.append(f"<table class='dec'><tr><td>{E(dechead(layout, m, b, d, False))}</td><td>{E(t)}</td></tr></table>")
            else:
                inner.append(f"<h3>{E(dechead(layout, m, b, d, False))}</h3><p>{E(t)}</p>")
        ab = f"<p>{E(it.absent)}</p>" if it.absent else ""
        if layout == "D1":
            inner.append(ab + f"<p>{E(it.dec)}</p>")
        elif layout == "E2":
            inner.append(f"<table class='dec'><tr><td>{E(dechead(layout, m, m.body, m.date, True))}</td><td>{ab}{E(it.dec)}</td></tr></table>")
        else:
            inner.append(f"<h3>{E(dechead(layout, m, m.body, m.date, True))}</h3>{ab}<p>{E(it.dec)}</p>")
        body = "".join(inner)
        if layout == "B1":
            o.append(f"<div class='item'><div class='no'>{no}</div><div><h2>{title}</h2><p>Sagsnr.: {27 + n}.{n:02d}.00-G01-{100 + n}-23</p>{body}</div></div>")
        elif layout == "B2":
            o.append(f"<table><tr><td class='no'>Pkt. {no}</td><td><h2>{title}</h2><p>Sag {n * 37}-2023-{4000 + n}</p>{body}</td></tr></table>")
        elif layout == "E1":
            o.append(f"<details{' open' if n == 1 else ''}><summary>{no}. {title}</summary>{body}</details>")
        elif layout == "D1":
            o.append(f"<h2>{no}. {title}</h2>{body}")
        else:
            o.append(f"<div class='item'><h2>{'Punkt ' if layout == 'A2' else ''}{no}{'' if layout == 'A2' else '.'} {title}</h2><p>Sagsnr. {'EMN-2023-%06d' % (1000 + 97 * n)}</p>{body}</div>")
    if layout == "E1": o.append("</main>")
    if layout in ("E1", "E2"):
        o.append("<footer><a href='#'>Til toppen</a> · Tilgængelighedserklæring · Kontakt</footer>")
    o.append("</body></html>")
    return "\n".join(o)


def rtf_esc(s):
    out = []
    for ch in s:
        if ch in "\\{}": out.append("\\" + ch)
        elif ord(ch) > 127: out.append("\\u%d?" % ord(ch))
        else: out.append(ch)
    return "".join(out)


def rtf_doc(layout, m, muni, council, rng, j):
    pr = m.date + dt.timedelta(days=rng.randint(3, 20))
    P = lambda s, b=False: "{\\pard\\sa120 " + ("\\b " if b else "") + rtf_esc(s) + "\\par}\n"
    o = ["{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Liberation Sans;}}\\fs21\n"]
    if layout == "C1":
        o += [P(f"Udvalg:\t{m.body}"), P(f"Mødedato:\t{dweek(m.date)}"), P("Mødetidspunkt:\tkl. 17:00"), P(f"Mødested:\t{rng.choice(PLACES)}"),
              P(f"Afbud:\t{rng.choice(NAMES)}"), P(f"Udskrevet den {dlong(pr)} kl. {rng.randint(8, 15)}.{rng.randint(10, 59)}")]
    else:
        o += [P(f"{muni['name']} Kommune", True), P(f"Udvalg:\t{m.body}"), P(f"Mødedato:\t{dnum(m.date)}"), P("Starttidspunkt:\t16:30"),
              P(f"Lokale:\t{rng.choice(PLACES)}"), P(f"Udskrevet: {dnum(pr, '-')}")]
    for n, it in enumerate(m.items, 1):
        o.append(P(f"{'Punkt ' if layout == 'C1' else 'Sag nr. '}{n}\t{it.title}" + ("\t(Lukket punkt)" if it.closed else ""), True))
        o.append(P(f"Sagsnr.:\t{n * 13}.{j:02d}.00-A00-{n}-23"))
        if it.resume: o += [P("Resumé", True), P(it.resume)]
        if it.sag: o += [P("Sagsfremstilling" if layout == "C1" else "Sagens kerne", True)] + [P(p) for p in it.sag]
        for h, ps in it.extra: o += [P(h, True)] + [P(p) for p in ps]
        if it.indst: o += [P("Indstilling", True), P("Direktionen indstiller, at")] + [P("\u2022\t" + b) for b in it.indst]
        for b, d, t in it.chain: o += [P(f"Beslutning i {b} den {dlong(d) if layout == 'C1' else dnum(d, '-')}", True), P(t)]
        o.append(P(f"Beslutning i {m.body} den {dlong(m.date) if layout == 'C1' else dnum(m.date, '-')}" if m.kind == "council" and layout == "C1" else "Beslutning", True))
        if it.absent: o.append(P(it.absent))
        o.append(P(it.dec))
    o.append("}")
    return "".join(o)


def groff_doc(m, muni, council, rng, j):
    def t(s): return s.replace("\\", "\\\\").replace("\n", " ").replace("'", "\\(aq")
    def L(s): return ("\\&" + t(s)) if s[:1] in ".'" else t(s)
    o = [".nr PS 10", ".nr VS 12", ".LP", f"\\fBBeslutningsprotokol \\(em {t(m.body)}\\fP", ".LP", L(f"{muni['name']} Kommune, mødet {dweek(m.date)} kl. 17.00"),
         ".LP", L(f"Fraværende: {rng.choice(NAMES)}")]
    for n, it in enumerate(m.items, 1):
        o += [".SH", L(f"{300 + 11 * j + n}. {it.title}" + (" (Lukket)" if it.closed else ""))]
        for p in ([it.resume] if it.resume else []) + it.sag:
            o += [".LP", L(p)]
        for h, ps in it.extra: o += [".LP", L(h + ": " + " ".join(ps))]
        if it.indst:
            o += [".LP", "Forvaltningen indstiller,"] + sum([[".IP \\(bu 2", L(b)] for b in it.indst], [])
        for b, d, tx in it.chain: o += [".LP", L(f"{b}, {dlong(d)}: {tx}")]
        if it.absent: o += [".LP", L(it.absent)]
        o += [".LP", L(it.dec)]
    return "\n".join(o) + "\n"


def emit(layout, m, muni, council, src_dir, dst, rng, j):
    src_dir.mkdir(parents=True, exist_ok=True)
    dst.parent.mkdir(parents=True, exist_ok=True)
    n_src[0] += 1
    base = src_dir / f"s{n_src[0]:04d}"
    stamp = ""
    if layout in ("C1", "C2"):
        src = base.with_suffix(".rtf"); src.write_text(rtf_doc(layout, m, muni, council, rng, j), encoding="ascii")
    elif layout == "D2":
        src = base.with_suffix(".ms"); src.write_text(groff_doc(m, muni, council, rng, j), encoding="utf-8")
    else:
        h = html_doc(layout, m, muni, council, rng, j)
        if layout in ("A1", "A2"):
            pr = m.date + dt.timedelta(days=rng.randint(14, 45))
            url = f"https://{muni['name'].lower().replace(' ', '')}.dk/politik/referater/{m.date.isoformat()}"
            stamp = f"{dnum(pr)} {rng.randint(8, 16):02d}:{rng.randint(0, 59):02d}|{url}"
            if layout == "A1":
                d, u = stamp.split("|")
                h = h.replace("</style>", "@page{margin:2cm 1.8cm;@top-left{content:'%s';font-size:7pt}@top-right{content:'%s';font-size:7pt}"
                              "@bottom-left{content:'%s';font-size:7pt}@bottom-right{content:'Side ' counter(page) ' af ' counter(pages);font-size:7pt}}</style>"
                              % (d, E(m.body) + " - referat", u))
            else:
                d, u = stamp.split("|")
                h = h.replace("</style>", "@page{size:A4;margin:1.6cm 2cm;@top-left{content:'%s, %s';font-size:6.5pt;font-family:'DejaVu Sans'}"
                              "@bottom-left{content:'%s';font-size:6.5pt}@bottom-right{content:'Side ' counter(page) ' af ' counter(pages);font-size:6.5pt}}</style>"
                              % (d.replace('.', '-'), u.split('/')[2], u))
        src = base.with_suffix(".html"); src.write_text(h, encoding="utf-8")
    return (layout, src, dst, stamp)
