"""Publishing systems: how one meeting becomes one or more files.

Each layout turns a meeting (content.py) into blocks (writers.py) in its own vocabulary and says
how the source becomes the published file (method, read by render.sh):
  copy            the HTML file is published as it is
  soffice         .fodt/.docx -> PDF with LibreOffice (batched)
  soffice_html    .html -> PDF with LibreOffice Writer/Web
  chromium        .html -> PDF, Chromium headless, no header/footer
  chromium_stamp  .html -> PDF, Chromium headless with its print stamps (date, title, URL, pages)
  wkhtml          .html -> PDF, wkhtmltopdf
  ...+gs          the PDF re-distilled by Ghostscript afterwards"""
import random
from content import dlong, ddots, ddash, dweek, ascii_da, sagsnr, FIRST, LAST
import writers as W


def slug(s):
    return "".join(c if c.isalnum() else "-" for c in ascii_da(s).lower()).replace("--", "-").strip("-")


def is_dk(it):
    return bool(it.get("dk"))


CSS_BASE = "body{font-family:'Liberation Sans',Arial,sans-serif;font-size:11pt;margin:1.5em 2em;} table.meta th{text-align:left;padding-right:1.5em;vertical-align:top} h2{font-size:13pt;margin-top:1.4em} h3{font-size:11pt;margin:0.8em 0 0.2em} .small{font-size:8.5pt;color:#555}"


class Layout:
    name = ""
    producer = ""
    method = "chromium"
    ext = "html"
    features = []
    per_item = False
    running = False
    decision_first = False
    sec = {"resume": "Resumé", "sag": "Sagsfremstilling", "vurdering": "Vurdering", "lov": "Retsgrundlag",
           "okonomi": "Økonomi", "sagsgang": "Sagens forløb", "kompetence": "Beslutningskompetence",
           "indstilling": "Indstilling", "bilag": "Bilag"}
    order = ["resume", "sag", "lov", "vurdering", "okonomi", "sagsgang", "kompetence", "indstilling", "bilag", "PRIOR", "DECISION"]
    sn_style = "kle"
    absent_label = "Fraværende"

    # --- vocabulary
    def item_head(self, it):
        return [("h2", f"{it['no']}. {it['title']}")]

    def sagsnr_block(self, rng, it):
        return [("small", f"Sagsnr.: {sagsnr(rng, self.sn_style)}")]

    def decision_heading(self, m, mt, it):
        return "Beslutning"

    def prior_heading(self, m, body, d, no):
        return f"Beslutning i {body} den {dlong(d)}"

    def absent_block(self, name):
        return [("p", f"{self.absent_label}: {name}")]

    def header(self, rng, m, mt):
        return []

    def closing(self, rng, m, mt):
        return []

    def number(self, mt):
        base = 1
        if self.running:
            base = 20 + int(mt["date"].timetuple().tm_yday * 1.7) + (0 if mt["kind"] == "council" else 500)
        for i, it in enumerate(mt["items"]):
            it["no"] = base + i

    def paras(self, ps):
        out = []
        for p in ps:
            if isinstance(p, tuple):
                out.append(p)
            else:
                out.append(("p", p))
        return out

    def item_blocks(self, rng, m, mt, it):
        b = list(self.item_head(it))
        if it.get("closed"):
            b.append(("p", "Lukket punkt"))
            return b
        b += self.sagsnr_block(rng, it)
        secs = dict(it["sections"])
        for key in self.order:
            if key == "PRIOR":
                for body, d, ref, dec in it.get("prior", []):
                    no = ref["no"] if isinstance(ref, dict) else ref
                    b += self.prior_blocks(m, body, d, no, dec)
            elif key == "DECISION":
                b += self.decision_blocks(m, mt, it)
            elif key in secs and key in self.sec:
                name = self.sec[key]
                if name:
                    b.append(("h3", name))
                b += self.paras(secs[key])
        return b

    def prior_blocks(self, m, body, d, no, dec):
        return [("h3", self.prior_heading(m, body, d, no))] + self.paras(dec)

    def decision_blocks(self, m, mt, it):
        out = []
        h = self.decision_heading(m, mt, it)
        if h:
            out.append(("h3", h))
        if it.get("absent"):
            out += self.absent_block(it["absent"])
        if it.get("inhabil"):
            out.append(("p", f"Inhabil: {it['inhabil']}"))
        return out + self.paras(it["decision"])

    def meeting_blocks(self, rng, m, mt):
        b = self.header(rng, m, mt)
        for it in mt["items"]:
            b += self.item_blocks(rng, m, mt, it)
        return b + self.closing(rng, m, mt)

    def fname(self, m, mt, it=None):
        return f"{slug(mt['body'])}-{mt['date'].isoformat()}.pdf"

    def encode(self, blocks, m, mt, title):
        return W.to_html(blocks, title, css=CSS_BASE)

    def render(self, rng, m, mt):
        self.number(mt)
        title = f"{mt['body']} {ddots(mt['date'])}"
        if self.per_item:
            sel = [it for it in mt["items"] if is_dk(it) or it.get("mislead")]
            others = [it for it in mt["items"] if it not in sel and not it.get("closed")]
            rng.shuffle(others)
            extra = others[:max(1, 2 - len(sel))]
            chosen = [it for it in mt["items"] if it in sel or it in extra]
            out = []
            for it in chosen:
                blocks = self.header(rng, m, mt, it) + self.item_blocks(rng, m, mt, it) + self.closing(rng, m, mt)
                out.append((self.fname(m, mt, it), self.encode(blocks, m, mt, f"{it['no']}. {it['title']} – {title}"), self.ext, self.method, [it]))
            return out
        blocks = self.meeting_blocks(rng, m, mt)
        return [(self.fname(m, mt), self.encode(blocks, m, mt, title), self.ext, self.method, mt["items"])]


def absent_names(rng, m):
    k = rng.choice([0, 1, 1, 2])
    return ", ".join(rng.sample(m.members[1:], k)) if k else ""


def end_time(m, rng):
    h = int(m.hour.split(".")[0]) + rng.randint(1, 4)
    return f"{h:02d}.{rng.choice(['05', '15', '30', '42', '50'])}"


# ------------------------------------------------------------------ 1 FirstAgenda Publication

class FirstAgenda(Layout):
    name = "firstagenda_pub"
    producer = "FirstAgenda Publication -> Chromium (no print stamps)"
    method = "chromium"
    features = ["label Udvalg for the council", "index of items", "absent line under decision heading"]

    def header(self, rng, m, mt):
        ab = absent_names(rng, m)
        rows = [("Udvalg", mt["body"]), ("Mødedato", ddots(mt["date"])),
                ("Mødetidspunkt", f"{m.hour.replace('.', ':')} - {end_time(m, rng).replace('.', ':')}"),
                ("Mødested", m.place)]
        if ab:
            rows.append(("Fraværende", ab))
        return ([("title", "Referat"), ("kv", rows), ("h3", "Indholdsfortegnelse"),
                 ("ol", [it["title"] if not it.get("closed") else f"{it['title']} (lukket punkt)" for it in mt["items"]]), ("pb",)])

    def fname(self, m, mt, it=None):
        return f"Referat - {mt['body']} - {ddots(mt['date'])}.pdf"


# ------------------------------------------------------------------ 2 Prepare (LibreOffice)

class Prepare(Layout):
    name = "prepare_lo"
    producer = "Prepare-style .fodt -> LibreOffice PDF, footer 'Side x af y'"
    method = "soffice"
    ext = "fodt"
    sn_style = "slash"
    sec = {"resume": "Sagens kerne", "sag": "Sagsfremstilling", "lov": "Retsgrundlag", "vurdering": "Vurdering",
           "okonomi": "Økonomiske konsekvenser", "kompetence": "Beslutningskompetence", "indstilling": "Indstilling", "bilag": "Bilag",
           "sagsgang": "Sagsforløb"}
    order = ["resume", "indstilling", "sagsgang", "sag", "lov", "vurdering", "okonomi", "kompetence", "bilag", "PRIOR", "DECISION"]
    features = ["title-line header", "decision heading with body and date", "Side x af y footer"]

    def item_head(self, it):
        return [("h2", f"Punkt {it['no']}: {it['title']}")]

    def decision_heading(self, m, mt, it):
        return f"Beslutning i {mt['body']} den {ddash(mt['date'])}"

    def prior_heading(self, m, body, d, no):
        return f"Beslutning i {body} den {ddash(d)}"

    def header(self, rng, m, mt):
        ab = absent_names(rng, m)
        return [("title", m.kommune), ("sub", "Referat"), ("sub", mt["body"]),
                ("p", f"Mødedato: {dweek(mt['date']).capitalize()}"), ("p", f"Mødetidspunkt: Kl. {m.hour}"),
                ("p", f"Mødested: {m.place}"), ("p", f"Afbud: {ab or 'Ingen'}"), ("hr",)]

    def encode(self, blocks, m, mt, title):
        return W.to_fodt(blocks, footer=f"{mt['body']} {ddots(mt['date'])}   –   Side {{page}} af {{pages}}")

    def fname(self, m, mt, it=None):
        return f"{slug(mt['body'])}_{mt['date'].isoformat()}_referat.pdf"


# ------------------------------------------------------------------ 3 KMD Politikerweb (HTML page)

class Politikerweb(Layout):
    name = "politikerweb_html"
    producer = "KMD Politikerweb-style HTML page (utf-8) with navigation and sidebar"
    method = "copy"
    ext = "html"
    sn_style = "sbsys"
    sec = {"resume": "Beslutningstema", "sag": "Sagsfremstilling", "vurdering": "Vurdering", "lov": "Lovgrundlag",
           "okonomi": "Økonomi", "indstilling": "Indstilling", "bilag": "Bilag"}
    features = ["Gå til indhold, breadcrumbs, sidebar with other meetings' dates", "title-line header 'Body dd-mm-yyyy kl. hh:mm'"]

    def item_head(self, it):
        return [("h2", f"Pkt. {it['no']} {it['title']}"), ("small", "Lukket punkt" if it.get("closed") else "Åbent punkt")]

    def sagsnr_block(self, rng, it):
        return [("small", f"Sag {sagsnr(rng, 'sbsys')}  ·  Dok. {sagsnr(rng, 'sbsys')}")]

    def decision_heading(self, m, mt, it):
        return f"Beslutning i {mt['body']} den {ddash(mt['date'])}"

    def prior_heading(self, m, body, d, no):
        return f"Beslutning i {body} den {ddash(d)}"

    def header(self, rng, m, mt):
        ab = absent_names(rng, m)
        return [("title", f"{mt['body']} {ddash(mt['date'])} kl. {m.hour.replace('.', ':')}"), ("sub", "Referat"),
                ("p", f"Mødested: {m.place}"), ("p", f"Fraværende: {ab or '-'}")]

    def closing(self, rng, m, mt):
        return [("raw", "<p><a href=\"#top\">Til toppen</a></p>")]

    def encode(self, blocks, m, mt, title):
        d = mt["date"]
        others = sorted({m.meeting_day(y, mo, 2) for (y, mo) in [(2022, 3), (2022, 5), (2022, 6), (2022, 9), (2022, 10), (2022, 11), (2022, 12), (2023, 1), (2023, 2)]} - {d}, reverse=True)
        side = "<h4>Andre møder i " + W.E(mt["body"]) + "</h4><ul>" + "".join(
            f"<li><a href=\"#\">{W.E(mt['body'])} {ddash(x)}</a></li>" for x in others[:7]) + "</ul>"
        before = ("<a class=\"skip\" href=\"#main\">Gå til indhold</a><header><div class=\"logo\">" + W.E(m.kommune) + "</div>"
                  "<nav>Borger · Erhverv · Politik · Om kommunen · Søg</nav></header>"
                  "<div class=\"crumbs\">Forside › Politik › Dagsordener og referater › " + W.E(mt["body"]) + "</div>")
        after = f"<footer>{W.E(m.kommune)} · Rådhuset · Tlf. 70 {random.Random(m.code).randint(10, 99)} {random.Random(m.code + 'x').randint(10, 99)} 00 · Tilgængelighedserklæring · Cookies</footer>"
        css = CSS_BASE + " aside.side{float:right;width:14em;border-left:1px solid #ccc;padding-left:1em} .crumbs{font-size:9pt}"
        return W.to_html(blocks, f"{title} - {m.kommune}", css=css, before=before, after=after, sidebar=side)

    def fname(self, m, mt, it=None):
        return f"dagsorden-referat-{slug(mt['body'])}-{ddash(mt['date'])}.html"


# ------------------------------------------------------------------ 4 OS2dagsorden, one file per item

class OS2Item(Layout):
    name = "os2dagsorden_item_html"
    producer = "OS2dagsorden-style, one HTML page per agenda item (utf-8)"
    method = "copy"
    ext = "html"
    per_item = True
    sec = {"resume": "Resume", "sag": "Sagsfremstilling", "vurdering": "Vurdering", "okonomi": "Økonomi",
           "indstilling": "Indstilling", "bilag": "Bilag", "lov": "Lovgrundlag", "kompetence": "Beslutningskompetence"}
    features = ["one file per agenda item repeating body and date", "breadcrumbs, Til toppen"]

    def item_head(self, it):
        return [("h2", f"Punkt {it['no']}: {it['title']}")]

    def header(self, rng, m, mt, it=None):
        return [("raw", f"<div class=\"crumbs\">{W.E(m.kommune)} › Politik › Møder › {W.E(mt['body'])} › {ddots(mt['date'])}</div>"),
                ("title", f"{mt['body']} ({mt['date'].isoformat()})"),
                ("p", f"Møde: {dweek(mt['date'])} kl. {m.hour}\nSted: {m.place}"), ("sub", "Referat")]

    def closing(self, rng, m, mt):
        return [("raw", "<p class=\"small\"><a href=\"#\">Til toppen</a> · <a href=\"#\">Forrige punkt</a> · <a href=\"#\">Næste punkt</a></p>")]

    def fname(self, m, mt, it=None):
        return f"{slug(mt['body'])}_{mt['date'].isoformat()}_punkt-{it['no']:02d}.html"


# ------------------------------------------------------------------ 5 PolWeb, windows-1252

class PolWeb(Layout):
    name = "polweb_cp1252"
    producer = "PolWeb-style HTML (.htm, windows-1252), table layout"
    method = "copy"
    ext = "htm"
    sn_style = "plain"
    sec = {"resume": "Problemstilling", "vurdering": "Løsning", "sag": "Sagsfremstilling", "lov": "Lovgrundlag",
           "okonomi": "Økonomi", "indstilling": "Indstilling"}
    order = ["resume", "sag", "vurdering", "lov", "okonomi", "indstilling", "PRIOR", "DECISION"]
    features = ["windows-1252 HTML", "label Møde for the council", "decision heading Afgørelse"]

    def item_head(self, it):
        return [("h2", f"Sag nr. {it['no']} - {it['title']}")]

    def sagsnr_block(self, rng, it):
        return [("small", f"Sagsnr. {sagsnr(rng, 'plain')}")]

    def decision_heading(self, m, mt, it):
        return "Afgørelse"

    def prior_heading(self, m, body, d, no):
        return f"{body}s afgørelse den {ddots(d)}" if not body.endswith("s") else f"Afgørelse i {body} den {ddots(d)}"

    def header(self, rng, m, mt):
        ab = absent_names(rng, m)
        return [("raw", f"<table width=\"100%\" border=\"0\"><tr><td><font size=\"4\"><b>{W.E(m.kommune)}</b></font></td><td align=\"right\">Referat</td></tr></table>"),
                ("kv", [("Møde:", mt["body"]), ("Dato:", dlong(mt["date"])), ("Starttidspunkt:", m.hour),
                        ("Sluttidspunkt:", end_time(m, rng)), ("Sted:", m.place), ("Afbud:", ab or "Ingen")]), ("hr",)]

    def encode(self, blocks, m, mt, title):
        css = "body{font-family:Verdana,Arial;font-size:10pt} h2{font-size:11pt;background:#dde} h3{font-size:10pt}"
        return W.to_html(blocks, title, css=css, charset="windows-1252")

    def fname(self, m, mt, it=None):
        return f"ref{mt['date'].strftime('%Y%m%d')}_{slug(mt['body'])[:6]}.htm"


# ------------------------------------------------------------------ 6 eDoc export -> wkhtmltopdf

class EDoc(Layout):
    name = "edoc_wkhtml"
    producer = "eDoc static HTML export -> wkhtmltopdf"
    method = "wkhtml"
    sn_style = "emn"
    sec = {"resume": "Beskrivelse af sagen", "sag": "Redegørelse", "vurdering": None, "lov": "Retsgrundlag",
           "okonomi": "Økonomiske konsekvenser", "sagsgang": "Høring og sagsgang", "kompetence": "Beslutningskompetence",
           "indstilling": "Indstilling", "bilag": "Bilag"}
    features = ["label Organ for the council", "prior decisions 'Beslutning fra X, date, pkt. n:'", "heading Beslutninger"]

    def item_head(self, it):
        return [("h2", f"Nr.{it['no']} - {it['title']}")]

    def sagsnr_block(self, rng, it):
        return [("small", f"{sagsnr(rng, 'emn')}")]

    def decision_heading(self, m, mt, it):
        return "Beslutninger"

    def prior_heading(self, m, body, d, no):
        return f"Beslutning fra {body}, {dlong(d)}, pkt. {no}:"

    def header(self, rng, m, mt):
        ab = absent_names(rng, m)
        return [("title", "Referat"), ("kv", [("Organ", mt["body"]), ("Mødedato", ddots(mt["date"])),
                                               ("Starttidspunkt", m.hour), ("Sluttidspunkt", end_time(m, rng)),
                                               ("Lokale", m.place), ("Medlemmer", ", ".join(m.members[:5]) + " m.fl."),
                                               ("Fraværende med afbud", ab or "")])]

    def fname(self, m, mt, it=None):
        return f"Referat_{slug(mt['body'])}_{mt['date'].isoformat()}.pdf"


# ------------------------------------------------------------------ 7 SBSYS -> Chromium with print stamps

class SBSYS(Layout):
    name = "sbsys_chromium_stamp"
    producer = "SBSYS web publication printed by Chromium with header/footer stamps"
    method = "chromium_stamp"
    running = True
    sn_style = "sbsys"
    sec = {"kompetence": "Sagsforløb", "sag": "Sagsfremstilling", "resume": None, "vurdering": None,
           "okonomi": "Økonomi", "indstilling": "Indstilling", "bilag": "Bilag"}
    order = ["kompetence", "resume", "sag", "vurdering", "okonomi", "indstilling", "bilag", "PRIOR", "DECISION"]
    features = ["browser print stamps with date and URL", "running item numbers", "decision lines 'Body, date, pkt. n:'"]

    def item_head(self, it):
        t = it["title"]
        return [("h2", f"{it['no']}. {t}")]

    def sagsnr_block(self, rng, it):
        return [("small", f"Sag {sagsnr(rng, 'sbsys')}")]

    def decision_heading(self, m, mt, it):
        return f"{mt['body']}, {dlong(mt['date'])}, pkt. {it['no']}:"

    def prior_heading(self, m, body, d, no):
        return f"{body}, {dlong(d)}, pkt. {no}:"

    def header(self, rng, m, mt):
        ab = absent_names(rng, m)
        return [("title", f"{mt['body']} - Referat"), ("p", f"Mødedato: {dweek(mt['date'])} kl. {m.hour}\nMødested: {m.place}"),
                ("p", f"Fraværende: {ab}" if ab else "Alle medlemmer var til stede."), ("hr",)]

    def fname(self, m, mt, it=None):
        return f"{slug(mt['body'])}-referat-{ddots(mt['date'])}.pdf"


# ------------------------------------------------------------------ 8 Word document by hand (1.5 spacing, justified)

class WordHand(Layout):
    name = "word_by_hand_lo"
    producer = "Word-style document (.fodt, 1.5 line spacing, justified) -> LibreOffice PDF"
    method = "soffice"
    ext = "fodt"
    features = ["1.5 line spacing and justified text", "inline bold labels 'Beslutning:' (or, for half the municipalities, the decision with no label at all)", "Side x af y footer"]

    def item_head(self, it):
        return [("h3", f"Ad punkt {it['no']}: {it['title']}")]

    def sagsnr_block(self, rng, it):
        return [("p", f"J.nr. {sagsnr(rng, 'kle')}")] if rng.random() < 0.5 else []

    def item_blocks(self, rng, m, mt, it):
        b = list(self.item_head(it))
        if it.get("closed"):
            return b + [("p", "Punktet blev behandlet for lukkede døre."), ("p", "Beslutning: " + it["decision"][0])]
        b += self.sagsnr_block(rng, it)
        secs = dict(it["sections"])
        text = []
        for k in ("resume", "sag", "vurdering", "lov"):
            text += [p for p in secs.get(k, []) if isinstance(p, str)]
        b.append(("b", "Sagsfremstilling:"))
        b += [("p", t) for t in text]
        if "indstilling" in secs:
            b.append(("b", "Indstilling:"))
            b += self.paras(secs["indstilling"])
        for body, d, ref, dec in it.get("prior", []):
            b.append(("p", f"{body} behandlede sagen den {dlong(d)} og traf følgende beslutning: {' '.join(dec)}"))
        # about half of the secretaries using this template write the decision as a plain
        # paragraph after the recommendation, as in a protocol, without a label
        if random.Random("label" + m.code).random() < 0.5:
            b.append(("b", "Beslutning:"))
        if it.get("absent"):
            b.append(("p", f"{it['absent']} deltog ikke i behandlingen af punktet."))
        b += self.paras(it["decision"])
        return b

    def header(self, rng, m, mt):
        ab = absent_names(rng, m)
        named = m.council_named if mt["kind"] == "council" else f"{m.kommune} – {mt['body']}"
        return [("title", "REFERAT"), ("sub", named),
                ("p", f"Ordinært møde {dweek(mt['date'])} kl. {m.hour} på {m.place}."),
                ("p", "Til stede: " + ", ".join(x for x in m.members[:8] if x not in ab) + " m.fl."), ("p", f"Afbud: {ab or 'Ingen'}"), ("hr",)]

    def closing(self, rng, m, mt):
        return [("p", f"Mødet hævet kl. {end_time(m, rng)}."), ("p", "Underskrifter:\n" + "\n".join(m.members[:6]))]

    def encode(self, blocks, m, mt, title):
        return W.to_fodt(blocks, footer="Side {page} af {pages}", line_height="150%", align="justify", font="Liberation Serif")

    def fname(self, m, mt, it=None):
        return (f"Referat KB-møde {ddots(mt['date'])}.pdf" if mt["kind"] == "council" else f"Referat {mt['body']} {ddots(mt['date'])}.pdf")


# ------------------------------------------------------------------ 9 Beslutningsprotokol, Ghostscript

class Protokol(Layout):
    name = "beslutningsprotokol_gs"
    producer = "Beslutningsprotokol (.fodt) -> LibreOffice PDF -> Ghostscript pdfwrite"
    method = "soffice+gs"
    ext = "fodt"
    features = ["protocol with no decision heading", "absent line before decision text"]

    def item_head(self, it):
        return [("h3", f"Punkt {it['no']}. {it['title']}")]

    def item_blocks(self, rng, m, mt, it):
        b = list(self.item_head(it))
        if it.get("closed"):
            return b + [("p", "(Lukket punkt)"), ("p", it["decision"][0])]
        b.append(("small", f"Sagsnr. {sagsnr(rng, 'slash')}"))
        secs = dict(it["sections"])
        if secs.get("resume"):
            b.append(("p", secs["resume"][0]))
        if secs.get("indstilling"):
            ind = secs["indstilling"]
            if isinstance(ind[0], str) and ind[0].startswith("at "):
                ind = ["Indstilling:"] + ind
            b += self.paras(ind)
        for body, d, ref, dec in it.get("prior", []):
            b.append(("i", f"{body} den {dlong(d)}: {' '.join(dec)}"))
        if it.get("absent"):
            b.append(("p", f"Fraværende: {it['absent']}"))
        b += self.paras(it["decision"])
        return b

    def header(self, rng, m, mt):
        ab = absent_names(rng, m)
        return [("title", "Beslutningsprotokol"), ("sub", f"{mt['body']}s møde {dweek(mt['date'])}" if not mt["body"].endswith("s") else f"Møde i {mt['body']} {dweek(mt['date'])}"),
                ("p", f"Mødet begyndte kl. {m.hour} og sluttede kl. {end_time(m, rng)}."), ("p", f"Fraværende: {ab or 'Ingen'}"), ("hr",)]

    def encode(self, blocks, m, mt, title):
        return W.to_fodt(blocks, header=f"{m.kommune} · Beslutningsprotokol", font="Liberation Sans", size="10pt")

    def fname(self, m, mt, it=None):
        return f"beslutningsprotokol_{slug(mt['body'])}_{mt['date'].strftime('%Y%m%d')}.pdf"


# ------------------------------------------------------------------ 10 GetOrganized .docx, two-column metadata table, decision first

class GetOrganized(Layout):
    name = "getorganized_docx"
    producer = "GetOrganized-style .docx (two-column metadata table) -> LibreOffice PDF"
    method = "soffice"
    ext = "docx"
    order = ["DECISION", "PRIOR", "indstilling", "resume", "sag", "vurdering", "lov", "okonomi", "bilag"]
    sec = {"resume": "Resumé", "sag": "Sagsfremstilling", "vurdering": "Vurdering", "lov": "Lovgrundlag",
           "okonomi": "Økonomi", "indstilling": "Indstilling", "bilag": "Bilag"}
    features = ["two-column metadata table header with UDVALG", "decision first, background last"]
    decision_first = True

    def decision_heading(self, m, mt, it):
        return "Beslutning"

    def header(self, rng, m, mt):
        ab = absent_names(rng, m)
        return [("title", f"Referat – {mt['body']}"),
                ("kv4", [("UDVALG", mt["body"], "MØDEDATO", ddots(mt["date"])),
                         ("STARTTIDSPUNKT", m.hour, "SLUTTIDSPUNKT", end_time(m, rng)),
                         ("MØDESTED", m.place, "FRAVÆRENDE", ab or "-")])]

    def encode(self, blocks, m, mt, title):
        return W.to_docx(blocks, footer=f"{m.kommune}, {mt['body']}, {ddots(mt['date'])} – Side {{page}} af {{pages}}")

    def fname(self, m, mt, it=None):
        return f"{mt['date'].isoformat()} {mt['body']} referat.pdf"


# ------------------------------------------------------------------ 11 Netpublicator-style HTML -> LibreOffice

class NetPub(Layout):
    name = "netpublicator_lohtml"
    producer = "HTML minutes converted by LibreOffice Writer/Web to PDF"
    method = "soffice_html"
    sn_style = "dash"
    sec = {"kompetence": "Sagens gang", "resume": "Resumé", "sag": "Sagsfremstilling", "vurdering": "Vurdering",
           "lov": "Lovgrundlag", "okonomi": "Økonomi", "indstilling": "Indstilling", "sagsgang": "Sagsforløb"}
    order = ["kompetence", "resume", "sagsgang", "sag", "vurdering", "lov", "okonomi", "indstilling", "PRIOR", "DECISION"]
    features = ["title line 'Referat af møde i X Byråd'", "decision heading 'Beslutning på byrådsmødet den ...'"]

    def item_head(self, it):
        return [("h2", f"Pkt. {it['no']} {it['title']}")]

    def meet_word(self, m, body):
        if body == m.council:
            return {"Byrådet": "byrådsmødet", "Kommunalbestyrelsen": "kommunalbestyrelsesmødet",
                    "Borgerrepræsentationen": "Borgerrepræsentationens møde"}[body]
        return f"{body}s møde" if not body.endswith("s") else f"mødet i {body}"

    def decision_heading(self, m, mt, it):
        return f"Beslutning på {self.meet_word(m, mt['body'])} den {dlong(mt['date'])}"

    def prior_heading(self, m, body, d, no):
        return f"Beslutning på {self.meet_word(m, body)} den {dlong(d)}"

    def header(self, rng, m, mt):
        named = m.council_named if mt["kind"] == "council" else mt["body"]
        ab = absent_names(rng, m)
        return [("title", f"Referat af møde i {named}"),
                ("p", f"Dato: {dweek(mt['date'])}\nTid: Kl. {m.hour}\nSted: {m.place}"),
                ("p", "Deltagere: " + ", ".join(m.members[:6]) + (f"\nStedfortrædere: {rng.choice(FIRST)} {rng.choice(LAST)}" if ab else "")),
                ("p", f"Fraværende: {ab}" if ab else "Fraværende: Ingen")]

    def fname(self, m, mt, it=None):
        return f"referat_{slug(mt['body'])}_{mt['date'].strftime('%d%m%y')}.pdf"


# ------------------------------------------------------------------ 12 one PDF per item, Chromium print stamps

class ItemStamp(Layout):
    name = "item_pdf_chromium_stamp"
    producer = "one web page per agenda item printed by Chromium with print stamps"
    method = "chromium_stamp"
    per_item = True
    sn_style = "kle"
    features = ["one file per agenda item repeating body and date", "browser print stamps", "decision heading 'Byrådets beslutning den ...'"]

    def item_head(self, it):
        return [("h2", f"{it['no']}. {it['title']}")]

    def gen(self, body):
        return body + "s" if not body.endswith("s") else body

    def decision_heading(self, m, mt, it):
        if mt["body"] == "Borgerrepræsentationen":
            return f"Borgerrepræsentationens beslutning i mødet den {dlong(mt['date'])}"
        return f"{self.gen(mt['body'])} beslutning den {dlong(mt['date'])}"

    def prior_heading(self, m, body, d, no):
        return f"{self.gen(body)} beslutning den {dlong(d)}"

    def item_blocks(self, rng, m, mt, it):
        # the recommendation as numbered 'Indstilling om, 1. at ...'
        it = dict(it)
        secs = []
        for k, ps in it.get("sections", []):
            if k == "indstilling":
                bl = [x for p in ps if isinstance(p, tuple) for x in p[1]] or [p for p in ps if isinstance(p, str) and p.startswith("at ")]
                lead = next((p for p in ps if isinstance(p, str) and not p.startswith("at ")), "Forvaltningen indstiller,")
                ps = [lead.rstrip(",") + "," if bl else lead] + ["\n".join(f"{i}. {x}" for i, x in enumerate(bl, 1))] if bl else ps
            secs.append((k, ps))
        it["sections"] = secs
        return Layout.item_blocks(self, rng, m, mt, it)

    def header(self, rng, m, mt, it=None):
        return [("small", f"{m.kommune} › Politik › Dagsordener og referater"),
                ("p", f"Referat – {mt['body']} – {dlong(mt['date'])}"), ("small", f"Mødested: {m.place}")]

    def fname(self, m, mt, it=None):
        return f"{slug(mt['body'])}-{mt['date'].isoformat()}-pkt{it['no']}.pdf"


# ------------------------------------------------------------------ 13 Mødefakta web print -> Ghostscript

class Moedefakta(Layout):
    name = "moedefakta_chromium_gs"
    producer = "web minutes with 'Mødefakta' box -> Chromium (no stamps) -> Ghostscript pdfwrite"
    method = "chromium+gs"
    sn_style = "dash"
    sec = {"resume": "Beslutningstema", "sag": "Sagsfremstilling", "vurdering": "Administrationens vurdering",
           "lov": "Lovgrundlag", "okonomi": "Økonomi", "indstilling": "Indstilling", "bilag": "Bilag"}
    order = ["resume", "indstilling", "DECISION", "PRIOR", "sag", "vurdering", "lov", "okonomi", "bilag"]
    features = ["Mødefakta label-value box with 'Møde: Byrådet'", "heading Beslutninger", "decision right after the recommendation, background last"]
    decision_first = True

    def item_head(self, it):
        return [("h2", f"Sag nr. {it['no']}"), ("b", it["title"])]

    def decision_heading(self, m, mt, it):
        return "Beslutninger" if mt["kind"] == "council" else f"Beslutning i {mt['body']} den {ddots(mt['date'])}"

    def prior_heading(self, m, body, d, no):
        return f"Beslutning i {body} den {ddots(d)}"

    def header(self, rng, m, mt):
        ab = absent_names(rng, m)
        return [("title", f"Referat {mt['body']} {ddots(mt['date'])}"), ("h3", "Mødefakta"),
                ("kv", [("Møde", mt["body"]), ("Dato", dweek(mt["date"])), ("Tidspunkt", f"Kl. {m.hour}"), ("Sted", m.place),
                        ("PDF", "Hent hele referatet som PDF")]), ("h3", "Fraværende"), ("p", ab or "Ingen")]

    def fname(self, m, mt, it=None):
        return f"Referat_{slug(mt['body'])}_{ddots(mt['date'])}.pdf"


# ------------------------------------------------------------------ 14 Acadre -> wkhtmltopdf, title-line header

class Acadre(Layout):
    name = "acadre_wkhtml"
    producer = "Acadre-style HTML -> wkhtmltopdf"
    method = "wkhtml"
    sn_style = "plain"
    sec = {"resume": "Sagens kerne", "sag": "Sagsfremstilling", "vurdering": None, "lov": "Retsgrundlag",
           "okonomi": "Økonomiske konsekvenser", "indstilling": "Indstilling", "bilag": "Bilag", "kompetence": "Beslutningskompetence"}
    features = ["title-line header 'Kommunalbestyrelsen dd-mm-yyyy kl. hh:mm'", "'Ikke til stede' lines", "numbers without dot", "decision right after the summary"]
    absent_label = "Ikke til stede"
    order = ["resume", "DECISION", "PRIOR", "indstilling", "sag", "vurdering", "lov", "okonomi", "kompetence", "bilag"]
    decision_first = True

    def item_head(self, it):
        return [("h2", f"{it['no']} {it['title']}")]

    def sagsnr_block(self, rng, it):
        return [("small", f"Sagsnr. {sagsnr(rng, 'plain')}")]

    def decision_heading(self, m, mt, it):
        return f"Beslutning i {mt['body']} {ddots(mt['date'])}"

    def prior_heading(self, m, body, d, no):
        return f"Beslutning i {body} {ddots(d)}"

    def header(self, rng, m, mt):
        ab = absent_names(rng, m)
        return [("title", f"{mt['body']} {ddash(mt['date'])} kl. {m.hour.replace('.', ':')}"), ("sub", f"Referat – {m.kommune}"),
                ("p", f"Sted: {m.place}"), ("p", f"Fraværende: {ab}" if ab else "Fraværende: -")]

    def fname(self, m, mt, it=None):
        return f"{slug(mt['body'])}_{mt['date'].strftime('%Y%m%d')}_referat.pdf"


ALL = [FirstAgenda, Prepare, Politikerweb, OS2Item, PolWeb, EDoc, SBSYS, WordHand, Protokol, GetOrganized,
       NetPub, ItemStamp, Moedefakta, Acadre]
# one of each pair goes to each half, so both halves get a similar spread of producers
PAIRS = [("firstagenda_pub", "moedefakta_chromium_gs"), ("sbsys_chromium_stamp", "netpublicator_lohtml"),
         ("politikerweb_html", "polweb_cp1252"), ("os2dagsorden_item_html", "item_pdf_chromium_stamp"),
         ("prepare_lo", "getorganized_docx"), ("beslutningsprotokol_gs", "word_by_hand_lo"),
         ("edoc_wkhtml", "acadre_wkhtml")]


def all_layouts():
    return {c.name: c() for c in ALL}
