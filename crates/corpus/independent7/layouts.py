"""Ten layouts in five pairs. Each returns (source_ext, source_text, producer)."""
import html as H, re, textwrap, datetime as dt
from content import long_date, weekday, cap

PAIRS = [("chrome_shy", "chrome_dl"), ("lo_odt", "lo_tabel"), ("html_b_br", "html_pandoc"),
         ("weasy_margin", "weasy_toc"), ("txt_enscript", "txt_soffice")]
PRODUCER = {"chrome_shy": "chromium", "chrome_dl": "chromium", "lo_odt": "pandoc+libreoffice",
            "lo_tabel": "pandoc-html+libreoffice", "html_b_br": "html", "html_pandoc": "pandoc-html5",
            "weasy_margin": "weasyprint", "weasy_toc": "weasyprint-pdfa", "txt_enscript": "enscript+ghostscript",
            "txt_soffice": "libreoffice-text"}
OUT_EXT = {k: ("html" if k in ("html_b_br", "html_pandoc") else "pdf") for k in PRODUCER}

def e(s):
    return H.escape(s, quote=False)

def dmy(d, sep="."):
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"

def paras(t):
    return [p for p in t.split("\n") if p.strip()]

VOW = set("aeiouyæøåAEIOUYÆØÅ")

def shy(text):
    """soft hyphens at Danish-looking syllable breaks: V|CV and VC|CV, three letters kept
    on each side, only in words of nine letters or more"""
    def f(m):
        w = m.group(0)
        if len(w) < 9:
            return w
        cuts = []
        for i in range(3, len(w) - 2):
            a, b, c = w[i-1], w[i], w[i+1]
            if b not in VOW and c in VOW and (a in VOW or (w[i-2] in VOW and a not in VOW)):
                if not cuts or i - cuts[-1] >= 3:
                    cuts.append(i)
        out, last = [], 0
        for i in cuts:
            out.append(w[last:i]); last = i
        out.append(w[last:])
        return "&shy;".join(out)
    return re.sub(r"[A-Za-zÆØÅæøå]{9,}", f, text)

def item_parts(it, m, num, r_indst):
    """normalised parts of an item"""
    return it

# --------------------------------------------------------------------------- chrome_shy
def chrome_shy(doc, muni, code, rnd):
    base = rnd.randint(80, 160)
    out = ["<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'><title>Protokol</title><style>",
           "@page{size:A4;margin:22mm 30mm}body{font-family:'DejaVu Serif',serif;font-size:10.5pt;text-align:justify;hyphens:manual;",
           "font-variant-ligatures:common-ligatures}h1{font-size:15pt;text-align:left}h2{font-size:11.5pt;margin-top:16pt}",
           ".lbl{font-style:italic}.prot{margin-left:1.2em}</style></head><body>"]
    n = base
    for m in doc["meetings"]:
        d = m["date"]
        head = "Fortsættelse af mødet" if m.get("continued") else "Protokol"
        out.append(f"<p style='font-variant:small-caps;letter-spacing:1pt'>{e(muni)} Kommune</p>")
        out.append(f"<h1>{e(m['body'])}<br>{head} for mødet {weekday(d)} den {long_date(d)} kl. {m['time']}</h1>")
        out.append(f"<p>Mødet holdtes på {e(m['place'])}. Forfald: {e(m['absent'])}.</p>")
        if m.get("cancelled"):
            out.append("<p><b>Mødet aflyst.</b> Der var ikke sager af en sådan karakter, at mødet skulle gennemføres.</p>")
            if m.get("moved"):
                out.append("<p>Følgende sager overføres til et senere møde: " + e("; ".join(m["moved"])) + ".</p>")
            continue
        for it in m["items"]:
            n += 1
            out.append(f"<h2>§ {n}. {shy(e(it['title']))}</h2>")
            out.append(f"<p class='lbl'>J.nr. {e(it['sagsnr'])}</p>")
            if it.get("route"): out.append(f"<p>{e(it['route'])}</p>")
            for p in paras(it["sags"]): out.append(f"<p>{shy(e(p))}</p>")
            if it["indst"]:
                out.append(f"<p>Forvaltningen indstiller, at " + "; at ".join(shy(e(b)) for b in it["indst"]) + ".</p>")
            for h, t in it.get("prev", []):
                out.append(f"<p class='prot'><span class='lbl'>{e(h)}:</span> {shy(e(t))}</p>")
            lab = f"{m['body']}s beslutning" if m["kind"] == "council" and m["body"] != "Borgerrepræsentationen" else "Beslutning"
            out.append(f"<p class='prot'><span class='lbl'>{e(lab)}:</span> " + "<br>".join(shy(e(x)) for x in paras(it["besl"])) + "</p>")
    out.append(f"<p style='margin-top:30pt'>Protokollen oplæst og godkendt. Mødet hævet kl. {doc['end']}.</p></body></html>")
    return "html", "\n".join(out)

# --------------------------------------------------------------------------- chrome_dl
def chrome_dl(doc, muni, code, rnd):
    out = ["<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'><title>Referat</title><style>",
           "body{font-family:'Liberation Sans',sans-serif;font-size:10pt;margin:0 8mm}dl.hd{display:grid;grid-template-columns:28mm auto;border-bottom:2px solid #036}",
           "dl.sag dt{font-weight:bold;color:#036;margin-top:6pt}dl.sag dd{margin:2pt 0 0 12mm}h2{font-size:12pt;border-top:1px solid #999;padding-top:6pt}",
           "ol{margin:0;padding-left:16pt}</style></head><body>"]
    for m in doc["meetings"]:
        d = m["date"]
        out.append(f"<h1>{e(muni)} Kommune</h1>")
        out.append("<dl class='hd'>" + "".join(f"<dt>{a}</dt><dd>{e(b)}</dd>" for a, b in [
            ("Mødeforum", m["body"]), ("Dato", dmy(d, "-")), ("Start", m["time"].replace(".", ":")), ("Sted", m["place"]),
            ("Afbud", m["absent"])]) + "</dl>")
        if m.get("continued"):
            out.append("<p>Mødet er en fortsættelse af det ordinære møde.</p>")
        if m.get("cancelled"):
            out.append("<p><b>Mødet er aflyst.</b></p>")
            if m.get("moved"): out.append("<p>Udsatte sager: " + e(", ".join(m["moved"])) + "</p>")
            continue
        for i, it in enumerate(m["items"], 1):
            out.append(f"<h2>{i}. {e(it['title'])}</h2><dl class='sag'>")
            out.append(f"<dt>Sagsnr.</dt><dd>{e(it['sagsnr'])}</dd>")
            if it.get("route"): out.append(f"<dt>Beslutningskompetence</dt><dd>{e(it['route'])}</dd>")
            if it["sags"]: out.append("<dt>Sagens kerne</dt>" + "".join(f"<dd>{e(p)}</dd>" for p in paras(it["sags"])))
            if it["indst"]:
                out.append("<dt>Forvaltningens indstilling</dt><dd>Det indstilles, at<ol>" + "".join(f"<li>{e(b)}</li>" for b in it["indst"]) + "</ol></dd>")
            for h, t in it.get("prev", []):
                out.append(f"<dt>{e(h)}</dt><dd>{e(t)}</dd>")
            out.append(f"<dt>Beslutning</dt>" + "".join(f"<dd>{e(x)}</dd>" for x in paras(it["besl"])))
            out.append("</dl>")
    out.append("</body></html>")
    return "html", "\n".join(out)

# --------------------------------------------------------------------------- lo_odt (markdown -> odt)
def lo_odt(doc, muni, code, rnd):
    out = []
    for m in doc["meetings"]:
        d = m["date"]
        out.append(f"# Referat – {m['body']}\n")
        out.append(f"{muni} Kommune  \nDato: {weekday(d)} den {dmy(d)}  \nTid: kl. {m['time']}  \nSted: {m['place']}  \nFraværende: {m['absent']}\n")
        if m.get("continued"): out.append("*Fortsat møde*\n")
        if m.get("cancelled"):
            out.append("**Mødet aflyst**\n")
            if m.get("moved"): out.append("Punkterne " + ", ".join(f"»{x}«" for x in m["moved"]) + " behandles på næste møde.\n")
            continue
        for i, it in enumerate(m["items"], 1):
            out.append(f"## Punkt {i} – {it['title']}\n")
            out.append(f"Sagsnummer: {it['sagsnr']}\n")
            if it.get("route"): out.append(f"{it['route']}\n")
            if it["sags"]:
                out.append("**Redegørelse**\n")
                out += [p + "\n" for p in paras(it["sags"])]
            if it["indst"]:
                out.append("**Indstilling**\n\nDirektionen indstiller, at\n")
                out += [f"- {b}" for b in it["indst"]]; out.append("")
            for h, t in it.get("prev", []):
                out.append(f"**{h}**\n\n{t}\n")
            out.append("**Afgørelse**\n")
            out += [x + "\n" for x in paras(it["besl"])]
    return "md", "\n".join(out)

# --------------------------------------------------------------------------- lo_tabel
def lo_tabel(doc, muni, code, rnd):
    out = ["<html><head><meta charset='utf-8'><style>body{font-family:'Liberation Serif';font-size:10pt}"
           "td,th{vertical-align:top;border:1px solid #000;padding:3pt}th{background:#ddd}</style></head><body>"]
    for m in doc["meetings"]:
        d = m["date"]
        out.append(f"<p style='font-size:14pt'><b>Mødereferat</b></p><p>{e(m['body'])}, {e(muni)} Kommune<br>{dmy(d)} kl. {m['time']}, {e(m['place'])}<br>Afbud: {e(m['absent'])}</p>")
        if m.get("cancelled"):
            out.append("<p><b>Mødet aflyst.</b></p>")
            if m.get("moved"): out.append("<p>" + e("; ".join(m["moved"])) + " – overført.</p>")
            continue
        for i, it in enumerate(m["items"], 1):
            out.append("<table width='100%' cellspacing='0'><colgroup><col width='45%'><col width='30%'><col width='25%'></colgroup><tr><th>Sag</th><th>Indstilling</th><th>Beslutning</th></tr><tr>")
            sag = f"<b>{i}. {e(it['title'])}</b><br>Sagsnr. {e(it['sagsnr'])}" + "".join(f"<p>{e(p)}</p>" for p in paras(it["sags"]))
            if it.get("route"): sag += f"<p>{e(it['route'])}</p>"
            ind = ("at " + "<br>at ".join(e(b) for b in it["indst"])) if it["indst"] else "–"
            bes = "".join(f"<p><i>{e(h)}:</i> {e(t)}</p>" for h, t in it.get("prev", [])) + "".join(f"<p>{e(x)}</p>" for x in paras(it["besl"]))
            out.append(f"<td>{sag}</td><td>{ind}</td><td>{bes}</td></tr></table><p></p>")
    out.append("</body></html>")
    return "html", "\n".join(out)

# --------------------------------------------------------------------------- html_b_br
def html_b_br(doc, muni, code, rnd):
    out = ["<html><head><title>" + e(doc["meetings"][0]["body"]) + "</title></head><body>"]
    for m in doc["meetings"]:
        d = m["date"]
        out.append(f"<b>{e(muni.upper())} KOMMUNE</b><br><b>{e(m['body'])}</b><br>Møde {dmy(d, '-')} kl. {m['time']}<br>{e(m['place'])}<br>Afbud: {e(m['absent'])}<br><br>")
        if m.get("continued"): out.append("<b>Fortsat møde</b><br><br>")
        if m.get("cancelled"):
            out.append("<b>Mødet aflyst</b><br>")
            if m.get("moved"): out.append("Sager til næste møde:<br>" + "<br>".join(e(x) for x in m["moved"]) + "<br>")
            continue
        for i, it in enumerate(m["items"], 1):
            out.append(f"<br><b>Sag nr. {i}: {e(it['title'])}</b><br>Sagsnr.: {e(it['sagsnr'])}<br><br>")
            if it.get("route"): out.append(e(it["route"]) + "<br><br>")
            if it["sags"]: out.append("<b>Beskrivelse af sagen</b><br>" + "<br>".join(e(p) for p in paras(it["sags"])) + "<br><br>")
            if it["indst"]: out.append("<b>Indstilling</b><br>Administrationen indstiller,<br>" + "<br>".join("- at " + e(b) for b in it["indst"]) + "<br><br>")
            for h, t in it.get("prev", []): out.append(f"<b>{e(h)}</b><br>{e(t)}<br><br>")
            out.append("<b>Beslutning</b><br>" + "<br>".join(e(x) for x in paras(it["besl"])) + "<br>")
    out.append("</body></html>")
    return "html", "\n".join(out)

# --------------------------------------------------------------------------- html_pandoc
def html_pandoc(doc, muni, code, rnd):
    m0 = doc["meetings"][0]
    out = [f"---\ntitle: \"{m0['body']} – referat {long_date(m0['date'])}\"\nlang: da\n---\n"]
    for m in doc["meetings"]:
        d = m["date"]
        if m is not m0: out.append(f"# {m['body']} – fortsat møde {long_date(d)}\n")
        out.append(f"| | |\n|---|---|\n| Kommune | {muni} |\n| Møde | {m['body']} |\n| Tidspunkt | {weekday(d)} {dmy(d)} kl. {m['time']} |\n| Mødested | {m['place']} |\n| Fravær | {m['absent']} |\n")
        if m.get("cancelled"):
            out.append("**Mødet aflyst.**\n")
            if m.get("moved"): out += [f"- {x}" for x in m["moved"]]
            continue
        for i, it in enumerate(m["items"], 1):
            out.append(f"## {i}. {it['title']}\n\nSag: {it['sagsnr']} · Åbent punkt\n")
            if it.get("route"): out.append(it["route"] + "\n")
            if it["sags"]: out.append("### Problemstilling\n\n" + "\n\n".join(paras(it["sags"])) + "\n")
            if it["indst"]: out.append("### Indstilling\n\nForvaltningen indstiller, at:\n\n" + "\n".join(f"{k}. {b}" for k, b in enumerate(it["indst"], 1)) + "\n")
            for h, t in it.get("prev", []): out.append(f"### {h}\n\n{t}\n")
            out.append(f"### Beslutning i {m['body']} den {dmy(d)}\n\n" + "\n\n".join(paras(it["besl"])) + "\n")
    return "md", "\n".join(out)

# --------------------------------------------------------------------------- weasy_margin
def weasy_margin(doc, muni, code, rnd):
    out = ["<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'><title>Mødeprotokol</title><style>",
           "@page{size:A4;margin:18mm 16mm 20mm 16mm;@bottom-center{content:counter(page);font-size:8pt}}",
           "body{font-family:'DejaVu Serif';font-size:10pt;font-variant-ligatures:common-ligatures discretionary-ligatures}",
           ".it{display:flex;gap:6mm;margin-top:10pt;border-top:.5pt solid #888;padding-top:4pt}.mg{width:32mm;flex:none;font-size:8pt;color:#333;font-family:'DejaVu Sans Condensed'}",
           ".mn{flex:1}.mn h2{font-size:11pt;margin:0 0 4pt}.lab{font-weight:bold;margin:6pt 0 1pt}p{margin:0 0 4pt}</style></head><body>"]
    for m in doc["meetings"]:
        d = m["date"]
        out.append(f"<div style='font-size:16pt;letter-spacing:2pt'>MØDEPROTOKOL</div><div style='font-size:12pt'>{e(m['body'])} · {e(muni)} Kommune</div>")
        out.append(f"<p>Mødedato: {long_date(d)}, kl. {m['time']}<br>Mødested: {e(m['place'])}<br>Fraværende: {e(m['absent'])}</p>")
        if m.get("cancelled"):
            out.append("<p><b>Mødet aflyst</b></p>")
            if m.get("moved"): out.append("<p>Overførte punkter: " + e("; ".join(m["moved"])) + "</p>")
            continue
        for i, it in enumerate(m["items"], 1):
            nb = rnd.randint(0, 3)
            mg = f"Sagsnr.<br>{e(it['sagsnr'])}<br><br>Åbent punkt" + (f"<br><br>Bilag: {nb}" if nb else "")
            body = [f"<h2>Pkt. {i} &nbsp; {e(it['title'])}</h2>"]
            if it.get("route"): body.append(f"<p>{e(it['route'])}</p>")
            if it["sags"]: body.append("<div class='lab'>Sagsfremstilling</div>" + "".join(f"<p>{e(p)}</p>" for p in paras(it["sags"])))
            if it["indst"]: body.append("<div class='lab'>Indstilling</div><p>Kommunaldirektøren indstiller, at</p>" + "".join(f"<p>– {e(b)}</p>" for b in it["indst"]))
            for h, t in it.get("prev", []): body.append(f"<div class='lab'>{e(h)}</div><p>{e(t)}</p>")
            body.append("<div class='lab'>Beslutning</div>" + "".join(f"<p>{e(x)}</p>" for x in paras(it["besl"])))
            out.append(f"<div class='it'><div class='mg'>{mg}</div><div class='mn'>{''.join(body)}</div></div>")
    out.append("</body></html>")
    return "html", "\n".join(out)

# --------------------------------------------------------------------------- weasy_toc
def weasy_toc(doc, muni, code, rnd):
    m0 = doc["meetings"][0]
    pub = m0["date"] + dt.timedelta(days=rnd.choice([2, 3, 5]))
    out = ["<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'><title>Referat</title><style>",
           f"@page{{size:A4;margin:25mm 20mm;@top-left{{content:'{muni} Kommune';font-size:8pt}}@top-right{{content:'Offentliggjort {dmy(pub)}';font-size:8pt}}@bottom-right{{content:'Side ' counter(page) ' af ' counter(pages);font-size:8pt}}}}",
           "body{font-family:'Liberation Sans';font-size:10pt}.toc a{color:#000;text-decoration:none}.toc a::after{content:leader('.') target-counter(attr(href),page)}",
           ".toc li{list-style:none}h2{font-size:12pt;page-break-before:auto;margin-top:18pt}h3{font-size:10pt;margin:8pt 0 2pt}.cover{page-break-after:always}</style></head><body>"]
    for mi, m in enumerate(doc["meetings"]):
        d = m["date"]
        out.append(f"<div class='cover'><h1>{e(m['body'])}</h1><p>Referat<br>{weekday(d).capitalize()} {dmy(d)} kl. {m['time']}<br>{e(m['place'])}</p><p>Fraværende: {e(m['absent'])}</p>")
        if m.get("cancelled"):
            out.append("<p><b>Mødet aflyst.</b></p>" + ("<p>" + e("; ".join(m["moved"])) + "</p>" if m.get("moved") else "") + "</div>")
            continue
        out.append("<h3>Indholdsfortegnelse</h3><ul class='toc'>" + "".join(
            f"<li><a href='#m{mi}p{i}'>{i}. {e(it['title'])}</a></li>" for i, it in enumerate(m["items"], 1)) + "</ul></div>")
        for i, it in enumerate(m["items"], 1):
            out.append(f"<h2 id='m{mi}p{i}'>{i}. {e(it['title'])}</h2><p>Sagsnr.: {e(it['sagsnr'])}</p>")
            if it.get("route"): out.append(f"<p>{e(it['route'])}</p>")
            ps = paras(it["sags"])
            if ps:
                out.append("<h3>Resumé</h3><p>" + e(re.split(r"(?<=[a-zæøå0-9]\.) (?=[A-ZÆØÅ])", ps[0])[0]) + "</p><h3>Sagsfremstilling</h3>" + "".join(f"<p>{e(p)}</p>" for p in ps))
            if it["indst"]: out.append("<h3>Indstilling</h3><p>Forvaltningen indstiller, at</p><ul>" + "".join(f"<li>{e(b)}</li>" for b in it["indst"]) + "</ul>")
            for h, t in it.get("prev", []): out.append(f"<h3>{e(h)}</h3><p>{e(t)}</p>")
            out.append("<h3>Beslutning</h3>" + "".join(f"<p>{e(x)}</p>" for x in paras(it["besl"])))
    out.append("</body></html>")
    return "html", "\n".join(out)

# --------------------------------------------------------------------------- plain text
def wrap(t, ind="", w=76):
    return "\n".join(textwrap.fill(p, w, initial_indent=ind, subsequent_indent=ind) for p in paras(t))

def txt_enscript(doc, muni, code, rnd):
    out = []
    for m in doc["meetings"]:
        d = m["date"]
        out += ["", f"{(muni + ' KOMMUNE').upper():^76}", f"{'REFERAT':^76}", "", f"{m['body']}".upper(),
                f"Mødedato ....: {dmy(d)}", f"Mødetid .....: kl. {m['time']}", f"Mødested ....: {m['place']}",
                f"Fraværende ..: {m['absent']}", "=" * 76]
        if m.get("continued"): out.insert(len(out) - 1, "(Mødet fortsat)")
        if m.get("cancelled"):
            out += ["", "MØDET AFLYST"] + ([wrap("Sagerne " + "; ".join(m["moved"]) + " overføres.")] if m.get("moved") else [])
            continue
        for i, it in enumerate(m["items"], 1):
            h = f"PUNKT {i}   {it['title']}"
            out += ["", h, "-" * min(76, len(h)), "", f"Sagsnr. {it['sagsnr']}"]
            if it.get("route"): out.append(wrap(it["route"]))
            if it["sags"]: out += ["", "SAGSFREMSTILLING:", wrap(it["sags"], "  ")]
            if it["indst"]: out += ["", "INDSTILLING:", "  Det indstilles,"] + [wrap("at " + b, "    ") for b in it["indst"]]
            for hh, t in it.get("prev", []): out += ["", hh.upper() + ":", wrap(t, "  ")]
            out += ["", "BESLUTNING:", wrap(it["besl"], "  ")]
    s = "\n".join(out)
    return "txt", s.replace("–", "-").replace("»", '"').replace("«", '"').replace("·", "-")

def txt_soffice(doc, muni, code, rnd):
    out = []
    m0 = doc["meetings"][0]
    for m in doc["meetings"]:
        d = m["date"]
        out += [f"{m['body']} {dmy(d, '-')} kl. {m['time'].replace('.', ':')}", f"{muni} Kommune – {m['place']}",
                f"Afbud: {m['absent']}", ""]
        if m.get("cancelled"):
            out += ["Mødet aflyst.", ""] + (["Udskudte punkter: " + ", ".join(m["moved"])] if m.get("moved") else [])
            continue
        for i, it in enumerate(m["items"], 1):
            out += [f"Nr.{i} - {it['title']}", f"\tSagsnr. {it['sagsnr']}"]
            if it.get("route"): out.append("\t" + it["route"])
            if it["sags"]: out += ["\tSagsbeskrivelse"] + ["\t" + p for p in paras(it["sags"])]
            if it["indst"]: out += ["\tIndstilling", "\tForvaltningen indstiller til " + ("udvalget" if m["kind"] == "committee" else m["body"]) + ", at"] + ["\t- " + b for b in it["indst"]]
            for hh, t in it.get("prev", []): out += ["\t" + hh, "\t" + t]
            out += ["\tBeslutning"] + ["\t" + x for x in paras(it["besl"])] + [""]
    stamp = m0["date"] + dt.timedelta(days=rnd.choice([3, 6, 9]))
    out += ["", f"Dokumentet er dannet {dmy(stamp, '-')} {rnd.randint(7,15):02d}:{rnd.randint(0,59):02d}"]
    return "txt", "\n".join(out)

LAYOUTS = {f.__name__: f for f in [chrome_shy, chrome_dl, lo_odt, lo_tabel, html_b_br, html_pandoc,
                                    weasy_margin, weasy_toc, txt_enscript, txt_soffice]}
