#!/usr/bin/env python3
"""Corpus 9 generator: scenarios, minutes, gold. Writes source files (HTML, DOCX, groff) and jobs.json.
Usage: gen.py KOMMUNER_CSV OUT"""
import csv, datetime as dt, json, random, sys, os, html, zipfile
from pathlib import Path
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import content as C

SEED = 20249
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"]
MON3 = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]
WD = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]
PAIRS = [("chromium_fa", "wkhtml_polweb"), ("lo_docx", "groff_protokol"), ("weasy_edoc", "gs_acadre"), ("html_netpub", "html1252_export")]
SCEN_COUNTS = [("ok_no_need", 12), ("ok_prepare", 12), ("ok_changed", 5), ("np_note", 4), ("np_back", 2),
               ("np_deferred", 3), ("late", 4), ("committee_only", 4), ("not_found", 3)]


def d_plain(d): return f"{d.day}. {MONTHS[d.month-1]} {d.year}"
def d_long(d): return f"{WD[d.weekday()]} den {d_plain(d)}"
def d_dots(d): return d.strftime("%d.%m.%Y")
def d_dash(d): return d.strftime("%d-%m-%Y")
def d_short(d): return f"{d.day}. {MON3[d.month-1]} {d.year}"


def ascii_name(n):
    return n.replace("æ", "ae").replace("ø", "oe").replace("å", "aa").replace("Æ", "Ae").replace("Ø", "Oe").replace("Å", "Aa")


class Half:
    def __init__(self, name, rng):
        self.name, self.rng, self.tag = name, rng, name[0]  # 'd' or 'h'
        self.counters = {}

    def pick(self, lst, key=None):
        """Round-robin over the variants allowed in this half (so every allowed variant gets used)."""
        ok = [v for v in lst if v[0] in ("b", self.tag)]
        key = key or id(lst)
        i = self.counters.get(key, self.rng.randrange(len(ok)))
        self.counters[key] = i + 1
        v = ok[i % len(ok)]
        return v[1:] if len(v) > 2 else v[1]


def workday(rng, y, m, lo=2, hi=27, wds=(0, 1, 2, 3)):
    while True:
        d = dt.date(y, m, rng.randint(lo, hi))
        if d.weekday() in wds:
            return d


def fmt(s, ctx):
    if isinstance(s, list):
        return [fmt(x, ctx) for x in s]
    return s.format(**ctx)


# ------------------------------------------------------------------ items
def item(title, sections, rec, dec, dk=None, prior=None, sagsnr=None):
    return {"title": title, "sections": sections, "rec": rec, "dec": dec, "dk": dk, "prior": prior or [], "sagsnr": sagsnr}


def sagsnr(rng):
    f = rng.randrange(5)
    if f == 0: return f"{rng.randint(0,99):02d}.{rng.randint(0,99):02d}.{rng.randint(0,99):02d}-G01-{rng.randint(1,400)}-24"
    if f == 1: return f"Sag {rng.randint(100,999)}-2024-{rng.randint(1000,99999)}"
    if f == 2: return f"EMN-2024-{rng.randint(1000,99999):06d}"
    if f == 3: return f"Sagsnr. {rng.randint(100000,999999)}"
    return f"24/{rng.randint(1000,39999)}"


def dk_sections(H, ctx, extra_paras=()):
    bg = H.pick(C.background(ctx), key="bg")
    paras = [fmt(p, ctx) for p in bg] + list(extra_paras)
    secs = []
    r = H.rng.random()
    if r < 0.4:
        secs.append(("Resumé", [f"{ctx['council']} skal én gang om året behandle Ankestyrelsens opgørelse af omgørelsesprocenter på socialområdet og tage stilling til, om der er behov for en handlingsplan."]))
    secs.append((H.rng.choice(["Sagsfremstilling", "Sagsfremstilling", "Beskrivelse af sagen", "Redegørelse", "Sagens kerne"]), paras))
    if H.rng.random() < 0.5:
        secs.append(("Lovgrundlag", ["Lov om retssikkerhed og administration på det sociale område, § 79 b."]))
    if H.rng.random() < 0.4:
        secs.append(("Økonomiske konsekvenser", ["Sagen har ingen økonomiske konsekvenser." if H.rng.random() < 0.6 else "Eventuelle udgifter afholdes inden for den eksisterende ramme."]))
    if H.rng.random() < 0.4:
        secs.append(("Bilag", [["Danmarkskort 2024 – kommunens tal", "Notat om omgjorte sager 2023"] if H.rng.random() < 0.5 else ["Oversigt over omgørelsesprocenter 2024 (pdf)"]]))
    return secs


def map2024_item(H, ctx, rec, dec, stance, prior=None, extra=()):
    title = H.pick(C.TITLES, key="title")
    return item(title, dk_sections(H, ctx, extra), [fmt(b, ctx) for b in rec], fmt(dec, ctx),
                dk=(2024, stance), prior=prior, sagsnr=sagsnr(H.rng))


def map2023_item(H, ctx, stance):
    """The 2023 map treated at a council meeting early in 2024 (wrong year for this review)."""
    title = H.rng.choice(["Danmarkskortet 2023 – behandling af omgørelsesprocenter", "Omgørelsesprocenter på socialområdet",
                          "Ankestyrelsens kort over omgørelser – opfølgning"])
    paras = ["Kortet over omgørelsesprocenter blev offentliggjort i juni 2023 og viser omgørelsesprocenterne for 2022.",
             f"{ctx['muni']} Kommunes samlede omgørelsesprocent var {ctx['tot']+3} pct. mod et landsgennemsnit på {ctx['avg']+1} pct.",
             "Sagen har ikke kunnet nås i 2023 og forelægges derfor nu."]
    rec = ["at der ikke udarbejdes en handlingsplan"] if stance == "no_need" else ["at der udarbejdes en handlingsplan for voksenhandicapområdet"]
    return item(title, [("Sagsfremstilling", paras)], rec, "Godkendt.", dk=(2023, stance), sagsnr=sagsnr(H.rng))


def letter_item(H, ctx):
    title, paras, rec, dec = H.pick(C.LETTER_2023, key="letter")
    return item(title, [("Sagsfremstilling", [fmt(p, ctx) for p in paras])], rec, dec, dk=(2023, "not_addressed"), sagsnr=sagsnr(H.rng))


def distractor_items(H, ctx, n, kind="council", date=None):
    pool = [v for v in C.distractors(ctx) if v[0] in ("b", H.tag) and (kind == "council" or v[1] not in ("budget", "localplan", "tax", "broadband"))
            and (v[1] != "budget" or (date and date.year == 2024 and date.month in (9, 10)))
            and (v[1] != "tariff" or (date and date.month in (10, 11, 12)))]
    H.rng.shuffle(pool)
    out = []
    for tag, key, title, paras, rec, dec in pool[:n]:
        out.append(item(title, [("Sagsfremstilling", paras)], rec, dec, sagsnr=sagsnr(H.rng)))
    return out


def announce_item(H, ctx):
    title, paras = H.pick(C.ANNOUNCE, key="ann")
    return item(title, [("", [fmt(p, ctx) for p in paras])], [], "Taget til efterretning.")


def opening_item(H, kind="council"):
    return item(H.rng.choice(["Godkendelse af dagsorden", "Meddelelser", "Spørgsmål fra borgerne"] if kind == "council" else ["Godkendelse af dagsorden", "Meddelelser fra formanden"]), [], [], "Godkendt." if H.rng.random() < .6 else "Intet.")


def meeting(H, ctx, kind, date, dk_items, n_other=None):
    """A meeting document with the given special items among fillers."""
    rng = H.rng
    n_other = rng.randint(2, 4) if n_other is None else n_other
    if kind == "committee":
        n_other = min(n_other, 3)
    items = [opening_item(H, kind)] + distractor_items(H, ctx, n_other, kind, date)
    pos = rng.randint(1, len(items))
    items[pos:pos] = dk_items
    if rng.random() < 0.3:
        items.append(item("Lukket punkt: Personalesag", [], [], "Godkendt."))
    return {"kind": kind, "body": ctx["council"] if kind == "council" else ctx["committee"], "date": date,
            "time": rng.choice(["17.00", "16.00", "18.00", "17:00", "15.30", "08.30"]) if kind == "council" else rng.choice(["08.00", "14.00", "15.30", "13:00"]),
            "place": rng.choice(C.PLACES), "absent": rng.choice(C.ABSENT), "items": items}


def committee_prior(H, ctx, cdate, stance):
    dec = fmt(H.pick(C.COMMITTEE_DEC[stance], key="cdec" + stance), ctx)
    return [(f"Beslutning i {ctx['committee']} den {d_plain(cdate) if H.rng.random()<.5 else d_dash(cdate)}", dec)], dec


def committee_doc(H, ctx, cdate, stance, rec):
    prior, dec = committee_prior(H, ctx, cdate, stance)
    it = map2024_item(H, ctx, rec, dec, stance)
    return meeting(H, ctx, "committee", cdate, [it]), prior


# ------------------------------------------------------------------ scenarios
def rec_for(H, stance):
    if stance == "no_need":
        return ["at orienteringen om danmarkskortet tages til efterretning", H.pick(C.REC_NO_NEED, key="rnn")] if H.rng.random() < .6 else [H.pick(C.REC_NO_NEED, key="rnn")]
    return ["at orienteringen tages til efterretning", H.pick(C.REC_PREPARE, key="rpr")] if H.rng.random() < .6 else [H.pick(C.REC_PREPARE, key="rpr")]


def build_muni(H, ctx, scen):
    rng = H.rng
    docs, gold = [], {}
    council_date = workday(rng, 2024, rng.choice([8, 9, 9, 10, 10, 11, 11, 12]), hi=19)
    cdate = council_date - dt.timedelta(days=rng.choice([7, 13, 14, 20, 21, 28]))
    variant = ""
    add_wrong_year = rng.random() < 0.3
    add_letter = rng.random() < 0.35

    def extras():
        if add_wrong_year and len(docs) < 4:
            docs.insert(0, meeting(H, ctx, "council", workday(rng, 2024, 2), [map2023_item(H, ctx, rng.choice(["no_need", "prepare"]))]))
        if add_letter and len(docs) < 4:
            docs.insert(0, meeting(H, ctx, "council", workday(rng, 2024, rng.choice([4, 5, 6])), [letter_item(H, ctx)]))

    if scen in ("ok_no_need", "ok_prepare"):
        stance = scen[3:]
        mode = rng.choice(["rec", "rec", "dec", "deferred_first", "rec"])
        variant = mode
        if mode == "deferred_first":
            if council_date.month < 10:
                council_date = workday(rng, 2024, rng.choice([10, 11]), hi=19)
            d1 = council_date - dt.timedelta(days=rng.choice([28, 35]))
            cdate = d1 - dt.timedelta(days=rng.choice([7, 14, 21]))
        with_comm = rng.random() < 0.6
        prior = None
        if with_comm:
            cd, prior = committee_doc(H, ctx, cdate, stance, rec_for(H, stance))
            docs.append(cd)
        if mode == "dec":
            rec = [H.pick(C.REC_OPEN, key="ropen")]
            dec = H.pick(C.DEC_NO_NEED if stance == "no_need" else C.DEC_PREPARE, key="d" + stance)
        else:
            rec = rec_for(H, stance)
            dec = H.pick(C.DEC_APPROVE, key="dapp")
            if "{committee}" in dec and not with_comm:
                dec = "Godkendt."
            if len(rec) == 2 and rng.random() < 0.35:
                dec = H.pick(C.DEC_POINTS, key="dpts")
        if mode == "deferred_first":
            docs.append(meeting(H, ctx, "council", d1, [map2024_item(H, ctx, rec, H.pick(C.DEC_DEFER, key="ddef"), "deferred", prior)]))
        it = map2024_item(H, ctx, rec, dec, stance, prior)
        docs.append(meeting(H, ctx, "council", council_date, [it]))
        gold = dict(outcome="ok", action_plan=stance, tdoc=docs[-1], date=council_date)
        extras()
    elif scen == "ok_changed":
        v = H.pick([("b", "amend_adopted"), ("d", "points_udgik"), ("h", "majority_amend"), ("b", "amend_fell"),
                    ("d", "minority"), ("h", "follow_committee"), ("h", "note_plus_plan")], key="chg")
        variant = v
        prior = None
        if v == "amend_adopted":
            rec, dec, st = ["at orienteringen tages til efterretning", "at der ikke udarbejdes en handlingsplan"], \
                "Ændringsforslag fra SF om, at der udarbejdes en handlingsplan for børnehandicapområdet, blev vedtaget med 16 stemmer mod 9. Indstillingen blev herefter godkendt med denne ændring.", "prepare"
        elif v == "points_udgik":
            rec = ["at orienteringen tages til efterretning", "at den eksisterende kvalitetsindsats på socialområdet videreføres",
                   "at forvaltningen udarbejder en handlingsplan for voksenhandicapområdet"]
            dec, st = "Pkt. 1 og 2 godkendt. Pkt. 3 udgik, idet {council_def} ikke fandt behov for en handlingsplan.", "no_need"
        elif v == "majority_amend":
            rec = ["at der udarbejdes en handlingsplan til styrkelse af den juridiske kvalitet"]
            dec, st = ("Et flertal (V, C, O og I) stemte for et ændringsforslag om, at der ikke udarbejdes en handlingsplan, da kommunens "
                       "omgørelsesprocent ligger under landsgennemsnittet. Et mindretal (A, F og Ø) stemte imod. Indstillingen blev herefter godkendt som ændret."), "no_need"
        elif v == "amend_fell":
            rec = ["at der ikke udarbejdes en handlingsplan"]
            dec, st = "Ændringsforslag fra Enhedslisten om udarbejdelse af en handlingsplan faldt med 5 stemmer for og 20 imod. Indstillingen blev herefter godkendt.", "no_need"
        elif v == "minority":
            rec = ["at orienteringen tages til efterretning", "at der ikke udarbejdes en handlingsplan"]
            dec, st = "Godkendt. Mindretalsudtalelse fra Ø: Enhedslisten finder, at der burde udarbejdes en handlingsplan på børnehandicapområdet.", "no_need"
        elif v == "follow_committee":
            ctx2 = dict(ctx, committee="Økonomiudvalget")
            rec = [fmt(H.pick(C.REC_OPEN, key="ropen"), ctx)]
            prior = [(f"Beslutning i Økonomiudvalget den {d_plain(cdate)}", "Økonomiudvalget anbefaler, at der ikke udarbejdes en handlingsplan.")]
            dec, st = "Anbefalingen fra Økonomiudvalget blev fulgt.", "no_need"
            docs.append(meeting(H, ctx2, "committee", cdate, [map2024_item(H, ctx2, rec, "Økonomiudvalget anbefaler, at der ikke udarbejdes en handlingsplan.", "no_need")]))
        else:  # note_plus_plan
            rec = [H.pick(C.REC_NOTE, key="rnote")]
            dec, st = "Taget til efterretning. {council} besluttede endvidere, at forvaltningen udarbejder en handleplan for at nedbringe antallet af omgjorte afgørelser på voksenhandicapområdet.", "prepare"
        if v != "follow_committee" and rng.random() < 0.5:
            cst = "no_need" if v in ("amend_adopted", "amend_fell", "minority") else ("prepare" if v == "majority_amend" else "not_addressed")
            cd, prior = committee_doc(H, ctx, cdate, cst, rec)
            docs.append(cd)
        docs.append(meeting(H, ctx, "council", council_date, [map2024_item(H, ctx, rec, dec, st, prior)]))
        gold = dict(outcome="ok", action_plan=st, tdoc=docs[-1], date=council_date)
        extras()
    elif scen in ("np_note", "np_back"):
        prior = None
        extra = ()
        if scen == "np_note":
            v = rng.choice(["plain", "plain", "assessed"])
            variant = v
            rec = [H.pick(C.REC_NOTE, key="rnote")]
            dec = H.pick(C.DEC_NOTE, key="dnote")
            if v == "assessed":
                extra = ("Forvaltningen vurderer, at omgørelsesprocenterne ikke i sig selv giver anledning til en handlingsplan.",)
            if rng.random() < .5:
                cd, prior = committee_doc(H, ctx, cdate, "not_addressed", rec)
                docs.append(cd)
        else:
            variant = "sent_back"
            rec = [H.pick(C.REC_OPEN, key="ropen")]
            dec = H.pick(C.DEC_BACK, key="dback")
            cd, prior = committee_doc(H, ctx, cdate, "not_addressed", rec)
            docs.append(cd)
        docs.append(meeting(H, ctx, "council", council_date, [map2024_item(H, ctx, rec, dec, "not_addressed", prior, extra)]))
        gold = dict(outcome="no_position", action_plan="not_addressed", tdoc=docs[-1], date=council_date)
        extras()
    elif scen == "np_deferred":
        v = H.pick([("b", "deferred"), ("b", "deferred_then_late"), ("d", "deferred"), ("h", "deferred")], key="npdef")
        variant = v
        stance = rng.choice(["no_need", "prepare"])
        rec = rec_for(H, stance)
        ddate = workday(rng, 2024, 12, lo=2, hi=18) if v == "deferred_then_late" else council_date
        docs.append(meeting(H, ctx, "council", ddate, [map2024_item(H, ctx, rec, H.pick(C.DEC_DEFER, key="ddef"), "deferred")]))
        tdoc = docs[-1]
        if v == "deferred_then_late":
            docs.append(meeting(H, ctx, "council", workday(rng, 2025, 1, lo=13), [map2024_item(H, ctx, rec, "Godkendt.", stance)]))
        gold = dict(outcome="no_position", action_plan="deferred", tdoc=tdoc, date=ddate)
        extras()
    elif scen == "late":
        stance = rng.choice(["no_need", "prepare"])
        variant = "late_" + stance
        ldate = workday(rng, 2025, rng.choice([1, 1, 2]), lo=8)
        if rng.random() < .7:
            cd = workday(rng, 2024, rng.choice([11, 12]), hi=16)
            docs.append(committee_doc(H, ctx, cd, stance, rec_for(H, stance))[0])
        extra = ("Sagen behandles efter fristen den 31. december 2024, da den ikke nåede dagsordenen i december.",) if rng.random() < .5 else ()
        if rng.random() < .5:
            rec, dec = rec_for(H, stance), H.pick(C.DEC_APPROVE, key="dapp")
            if "{committee}" in dec: dec = "Godkendt."
        else:
            rec, dec = [H.pick(C.REC_OPEN, key="ropen")], H.pick(C.DEC_NO_NEED if stance == "no_need" else C.DEC_PREPARE, key="d" + stance)
        it = map2024_item(H, ctx, rec, dec, stance, extra=extra)
        it["title"] = rng.choice(["Danmarkskortet 2024 – omgørelsesprocenter på socialområdet", "Omgørelsesprocenter 2024 på socialområdet",
                                  "Ankestyrelsens opgørelse af omgørelser (danmarkskort 2024)"])
        docs.append(meeting(H, ctx, "council", ldate, [it]))
        gold = dict(outcome="late", action_plan=stance, tdoc=docs[-1], date=ldate)
        extras()
    elif scen == "committee_only":
        stance = H.pick([("b", "no_need"), ("b", "prepare"), ("b", "not_addressed")], key="costance")
        variant = "committee_" + stance
        docs.append(committee_doc(H, ctx, cdate, stance, rec_for(H, stance) if stance != "not_addressed" else [H.pick(C.REC_NOTE, key="rnote")])[0])
        actx = dict(ctx, cdate=d_plain(cdate))
        docs.append(meeting(H, ctx, "council", council_date, [announce_item(H, actx)]))
        gold = dict(outcome="committee_only", action_plan=None, tdoc=None, date=None)
        add_letter = add_letter or rng.random() < .3
        extras()
    elif scen == "not_found":
        variant = rng.choice(["noise_only", "wrong_year", "letter_only"])
        docs.append(meeting(H, ctx, "council", council_date, [], n_other=4))
        if variant == "wrong_year": add_wrong_year = True
        if variant == "letter_only": add_letter = True
        gold = dict(outcome="not_found", action_plan=None, tdoc=None, date=None)
        extras()
    while len(docs) < 2:
        docs.append(meeting(H, ctx, "council", workday(rng, 2024, rng.choice([3, 5, 6, 8])), []))
    assert 2 <= len(docs) <= 4, (scen, len(docs))
    return docs, gold, variant


# ------------------------------------------------------------------ rendering to sources
def genitive(b): return b + "s" if not b.endswith("s") else b


def num_label(style, n, run):
    return {"chromium_fa": f"Punkt {n}", "wkhtml_polweb": f"{n}.", "weasy_edoc": f"Sag nr. {n}", "gs_acadre": f"{run}.",
            "html_netpub": f"Pkt. {n}", "html1252_export": f"{n}", "lo_docx": f"Ad punkt {n}:", "groff_protokol": f"Nr.{n} -"}[style]


def dec_heading(style, doc, n):
    b, d = doc["body"], doc["date"]
    return {"chromium_fa": f"Beslutning i {b} den {d_dash(d)}", "wkhtml_polweb": f"{genitive(b)} beslutning den {d_plain(d)}",
            "weasy_edoc": "Beslutning", "gs_acadre": f"{b}, {d_plain(d)}, pkt. {n}:", "html_netpub": f"Beslutning på mødet den {d_plain(d)}",
            "html1252_export": "Beslutning", "lo_docx": "Beslutning:", "groff_protokol": "Beslutning:"}[style]


def end_time(start, rng):
    h, m = int(start[:2]), int(start[3:])
    m += rng.choice([75, 95, 130, 160])
    return f"{h + m // 60:02d}.{m % 60:02d}"


def header_lines(style, doc, ctx, rng):
    b, d, t = doc["body"], doc["date"], doc["time"]
    m = ctx["muni"]
    if style == "chromium_fa":
        return ("table", f"Referat – {b}", [("Udvalg", b), ("Mødedato", d_long(d)), ("Mødetidspunkt", t), ("Mødested", doc["place"]), ("Fraværende", doc["absent"])])
    if style == "wkhtml_polweb":
        return ("lines", f"{b} - Referat", [("Dato", d_dots(d)), ("Tidspunkt", f"kl. {t}"), ("Sted", doc["place"]), ("Afbud", doc["absent"])])
    if style == "weasy_edoc":
        return ("lines", f"{m} Kommune", [("Organ", b), ("Møde", f"{d_dash(d)} kl. {t}"), ("Mødested", doc["place"]), ("Fraværende med afbud", doc["absent"])])
    if style == "gs_acadre":
        return ("title", f"{b} {d_dash(d)} kl. {t.replace('.', ':')}", [("Mødefakta", f"Beslutningsprotokol – {m} Kommune"), ("Lokale", doc["place"]), ("Fraværende", doc["absent"])])
    if style == "html_netpub":
        return ("lines", f"{b}", [("Mødedato", d_short(d)), ("Starttidspunkt", t), ("Mødested", doc["place"]), ("Afbud", doc["absent"])])
    if style == "html1252_export":
        return ("lines", f"Referat fra {genitive(b)} møde {d_long(d)}", [("Starttidspunkt", t), ("Sluttidspunkt", end_time(t, rng)), ("Sted", doc["place"]), ("Fraværende", doc["absent"])])
    if style == "lo_docx":
        return ("table", "REFERAT", [("Udvalg", b), ("Mødedato", d_plain(d)), ("Tidspunkt", f"Kl. {t}"), ("Sted", doc["place"]), ("Deltagere", "Alle medlemmer" if doc["absent"] == "Ingen." else "Se fraværende"), ("Fraværende", doc["absent"])])
    return ("lines", "Beslutningsprotokol", [("", f"{b} – {d_long(d)} kl. {t}"), ("Mødested", doc["place"]), ("Fraværende", doc["absent"])])


def doc_blocks(style, doc, ctx, rng, runstart):
    """Flat list of blocks: ('h1',t) ('meta',[(k,v)]) ('h2',t) ('h3',t) ('p',t) ('ul',[..]) ('small',t)"""
    kind, title, rows = header_lines(style, doc, ctx, rng)
    B = []
    if style == "gs_acadre":
        B.append(("small", f"Udskrevet den {d_dots(doc['date'] + dt.timedelta(days=rng.randint(3, 40)))} kl. {rng.randint(8,15)}.{rng.randint(10,59)}"))
    if style == "html_netpub":
        B.append(("small", f"Forside › Politik › Dagsordener og referater › {doc['body']} › {d_short(doc['date'])}"))
    B.append(("h1", title))
    B.append(("meta" if kind != "table" else "table", rows))
    if style in ("chromium_fa", "lo_docx", "html1252_export"):
        B.append(("h2", "Indholdsfortegnelse"))
        B.append(("ul", [f"{i+1}. {it['title']}" for i, it in enumerate(doc["items"])]))
    for i, it in enumerate(doc["items"]):
        n = doc["single"][0] if doc.get("single") else i + 1
        if doc.get("single"):
            B.append(("small", f"Punkt {n} af {doc['single'][1]} – Åbent punkt"))
        lab = num_label(style, n, runstart + i)
        B.append(("h2", f"{lab} {it['title']}"))
        if it["sagsnr"]:
            B.append(("small", ("Åbent punkt – " if style == "gs_acadre" else "") + (it["sagsnr"] if it["sagsnr"].startswith(("Sag", "EMN")) else "Sagsnr.: " + it["sagsnr"])))
        dec_blocks = [("h3", dec_heading(style, doc, runstart + i if style == "gs_acadre" else n))]
        if doc["absent"] != "Ingen." and style in ("chromium_fa", "weasy_edoc", "gs_acadre") and it["dk"]:
            dec_blocks.append(("p", f"Fraværende: {doc['absent']}"))
        dec_blocks += [("p", x) for x in it["dec"].split("\n")]
        body = []
        for h, paras in it["sections"]:
            if h: body.append(("h3", h))
            for p in paras:
                body.append(("ul", p) if isinstance(p, list) else ("p", p))
        if it["rec"]:
            who = "Forvaltningen" if doc["kind"] == "committee" else rng.choice(["Direktionen", "Forvaltningen", "Social- og Sundhedsforvaltningen"] if it["dk"] else ["Direktionen", "Forvaltningen", "Administrationen"])
            route = f"{who} indstiller," if rng.random() < .5 else f"{who} indstiller til {ctx['council_def']} via {ctx['committee']}," if doc['kind'] == 'committee' else f"{who} indstiller over for {ctx['council_def']},"
            if doc["kind"] == "council" and it["prior"] and rng.random() < .35:
                route = f"{it['prior'][0][0].split(' den ')[0].replace('Beslutning i ', '')} indstiller til {ctx['council_def']},"
            recb = [("h3", "Indstilling"), ("p", route), ("ul", it["rec"])]
        else:
            recb = []
        priorb = []
        if it["prior"]:
            priorb.append(("h3", "Tidligere beslutninger"))
            for h, t in it["prior"]:
                priorb += [("p", h), ("p", t)]
        if style == "gs_acadre":
            B += dec_blocks + recb + priorb + body
        elif style in ("weasy_edoc", "html_netpub"):
            B += body + recb + priorb + dec_blocks
        elif style == "wkhtml_polweb":
            B += recb + priorb + dec_blocks + body
        else:
            B += body + recb + priorb + dec_blocks
    if style in ("lo_docx", "groff_protokol", "html1252_export"):
        B.append(("p", f"Mødet hævet kl. {end_time(doc['time'], rng)}."))
        B.append(("small", f"Underskrevet: {rng.choice(['Jens Holm', 'Mette Riis', 'Peter Sand', 'Lone Kjær'])}, formand"))
    return B


def esc(s): return html.escape(s, quote=False)


CSS = {
    "chromium_fa": "body{font-family:'DejaVu Sans',Arial;font-size:11pt;margin:2em} h1{color:#1d4f91} table{border-collapse:collapse} td{border:1px solid #999;padding:3px 8px} h3{font-size:11pt;margin-bottom:2px}",
    "wkhtml_polweb": "body{font-family:'Liberation Serif',serif;font-size:12pt} h1{font-size:18pt;border-bottom:2px solid #000} h2{font-size:13pt;background:#eee} .meta b{display:inline-block;width:9em}",
    "weasy_edoc": "@page{size:A4;margin:2cm;@top-right{content:'Referat';font-size:8pt}@bottom-center{content:'Side ' counter(page) ' af ' counter(pages);font-size:8pt}} body{font-family:'DejaVu Serif';font-size:10.5pt} h2{font-size:12pt;border-top:1px solid #444;padding-top:4px}",
    "gs_acadre": "@page{size:A4;margin:1.8cm;@bottom-right{content:counter(page);font-size:8pt}} body{font-family:'Liberation Sans';font-size:10pt} h1{font-size:15pt} h2{font-size:12pt;color:#222} h3{font-size:10pt;text-decoration:underline} .small{font-size:8pt;color:#555}",
    "html_netpub": "body{font-family:Verdana,sans-serif;font-size:13px;max-width:60em} nav{font-size:11px} aside{float:right;width:14em;font-size:11px;border:1px solid #ccc}",
    "html1252_export": "body{font-family:Times New Roman;font-size:12pt}",
}


def to_html(style, B, ctx, doc, rng, charset="utf-8"):
    out = [f"<!DOCTYPE html>\n<html lang=\"da\"><head><meta charset=\"{charset}\"><title>{esc(doc['body'])} {d_dots(doc['date'])} – {esc(ctx['muni'])} Kommune</title><style>{CSS[style]}</style></head><body>"]
    if style == "html_netpub":
        out.append("<nav><a href=\"#main\">Gå til indhold</a> | Menu | Søg</nav>")
        other = [doc["date"] + dt.timedelta(days=k) for k in (-63, -35, 28, 56)]
        out.append("<aside><b>Andre møder</b><ul>" + "".join(f"<li><a href=\"#\">{esc(doc['body'])} {d_dots(o)}</a></li>" for o in other) + "</ul></aside>")
        out.append("<main id=\"main\">")
    for k, v in B:
        if k == "h1": out.append(f"<h1>{esc(v)}</h1>")
        elif k == "h2": out.append(f"<h2>{esc(v)}</h2>")
        elif k == "h3": out.append(f"<h3>{esc(v)}</h3>")
        elif k == "p": out.append(f"<p>{esc(v)}</p>")
        elif k == "small": out.append(f"<p class=\"small\"><small>{esc(v)}</small></p>")
        elif k == "ul": out.append("<ul>" + "".join(f"<li>{esc(x)}</li>" for x in v) + "</ul>")
        elif k == "table": out.append("<table>" + "".join(f"<tr><td><b>{esc(a)}</b></td><td>{esc(b)}</td></tr>" for a, b in v) + "</table>")
        elif k == "meta": out.append("<div class=\"meta\">" + "".join(f"<div><b>{esc(a)}{':' if a else ''}</b> {esc(b)}</div>" for a, b in v) + "</div>")
    if style == "html_netpub":
        out.append("</main><footer><a href=\"#\">Til toppen</a> · " + esc(ctx['muni']) + " Kommune · Tlf. 70 10 20 30</footer>")
    out.append("</body></html>")
    return "\n".join(out)


def to_groff(B, ctx):
    def g(s):
        s = s.replace("\\", "\\e")
        return ("\\&" + s) if s[:1] in (".", "'") else s
    L = [".ds CH", f".ds LF {g(ctx['muni'])} Kommune", ".ds CF Side %", ".nr PS 10", ".nr VS 12"]
    for k, v in B:
        if k == "h1": L += [".SH", g(v)]
        elif k == "h2": L += [".SH", g(v)]
        elif k == "h3": L += [".LP", f"\\fB{g(v)}\\fP"]
        elif k in ("p", "small"): L += [".PP", g(v)]
        elif k == "ul":
            for x in v: L += [".IP \\(bu 3", g(x)]
        elif k in ("meta", "table"):
            for a, b in v: L += [".LP", (f"\\fB{g(a)}:\\fP " if a else "") + g(b)]
    return "\n".join(L) + "\n"


def to_docx(B, path):
    def x(s): return html.escape(s, quote=False)
    def para(t, bold=False, size=None, bullet=False):
        rp = ("<w:b/>" if bold else "") + (f"<w:sz w:val=\"{size}\"/>" if size else "")
        pre = "– " if bullet else ""
        ind = "<w:pPr><w:ind w:left=\"567\"/></w:pPr>" if bullet else ""
        return f"<w:p>{ind}<w:r><w:rPr><w:rFonts w:ascii=\"Calibri\" w:hAnsi=\"Calibri\"/>{rp}</w:rPr><w:t xml:space=\"preserve\">{x(pre + t)}</w:t></w:r></w:p>"
    body = []
    for k, v in B:
        if k == "h1": body.append(para(v, True, 36))
        elif k == "h2": body.append(para(v, True, 26))
        elif k == "h3": body.append(para(v, True))
        elif k == "p": body.append(para(v))
        elif k == "small": body.append(para(v, size=16))
        elif k == "ul": body += [para(t, bullet=True) for t in v]
        elif k in ("table", "meta"):
            rows = "".join(f"<w:tr><w:tc><w:tcPr><w:tcW w:w=\"2500\" w:type=\"dxa\"/></w:tcPr>{para(a, True)}</w:tc><w:tc><w:tcPr><w:tcW w:w=\"6500\" w:type=\"dxa\"/></w:tcPr>{para(b)}</w:tc></w:tr>" for a, b in v)
            body.append(f"<w:tbl><w:tblPr><w:tblBorders><w:top w:val=\"single\" w:sz=\"4\"/><w:bottom w:val=\"single\" w:sz=\"4\"/><w:insideH w:val=\"single\" w:sz=\"4\"/></w:tblBorders></w:tblPr>{rows}</w:tbl>")
    doc = ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
           + "".join(body) + "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1134\" w:right=\"1134\" w:bottom=\"1134\" w:left=\"1418\"/></w:sectPr></w:body></w:document>")
    ct = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
          "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")
    rels = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", ct); z.writestr("_rels/.rels", rels); z.writestr("word/document.xml", doc)


def folder_name(rng, code, name):
    f = rng.randrange(4)
    if f == 0: return code
    if f == 1: return ascii_name(name).lower()
    if f == 2: return f"{name}-Kommune"
    return name


def file_name(style, doc, rng, k):
    d = doc["date"]
    b = ascii_name(doc["body"]).lower().replace(" ", "-")
    ext = ".html" if style == "html_netpub" else ".htm" if style == "html1252_export" else ".pdf"
    opts = [f"referat-{b}-{d.isoformat()}", f"Referat_{ascii_name(doc['body']).replace(' ', '_')}_{d_dots(d)}", f"{d.strftime('%Y%m%d')}_{b}_referat",
            f"dagsorden-med-beslutninger-{rng.randint(1000, 9999)}", f"beslutningsprotokol_{d_dash(d)}"]
    return opts[(k + rng.randrange(5)) % 5] + ext


def main():
    kcsv, out = sys.argv[1], Path(sys.argv[2])
    rows = list(csv.DictReader(open(kcsv, encoding="utf-8")))
    rng = random.Random(SEED)
    rng.shuffle(rows)
    halves = {"dev": rows[:49], "holdout": rows[49:]}
    layout_of = {"dev": [], "holdout": []}
    for a, b in PAIRS:
        if rng.random() < .5: a, b = b, a
        layout_of["dev"].append(a); layout_of["holdout"].append(b)
    jobs, layouts_md = [], ["# Corpus 9 layouts", "", "| layout | half |", "|---|---|"]
    for h in ("dev", "holdout"):
        for l in layout_of[h]: layouts_md.append(f"| {l} | {h} |")
    for hname, munis in halves.items():
        H = Half(hname, random.Random(f"{SEED}-{hname}"))
        scen = [s for s, n in SCEN_COUNTS for _ in range(n)]
        H.rng.shuffle(scen)
        # spread scenarios over layouts: layout by index round-robin
        gold = {"map_year": 2024, "municipalities": {}, "documents": {}}
        layouts_md += ["", f"## {hname}", "", "| code | name | folder | layout | scenario | variant | outcome | action_plan |", "|---|---|---|---|---|---|---|---|"]
        for i, row in enumerate(munis):
            code, name = row["code"], row["name"]
            style = layout_of[hname][i % 4]
            council = "Borgerrepræsentationen" if name == "København" else H.rng.choice(["Byrådet", "Byrådet", "Kommunalbestyrelsen"])
            avg = H.rng.randint(15, 19)
            tot = max(5, avg + H.rng.randint(-7, 8))
            ctx = {"muni": name, "council": council, "council_def": council if council.startswith("Borger") else council.lower(),
                   "committee": H.rng.choice(["Social- og Sundhedsudvalget", "Børne- og Familieudvalget", "Social- og Ældreudvalget", "Voksen- og Handicapudvalget", "Økonomiudvalget"]),
                   "tot": tot, "avg": avg, "bh": H.rng.randint(15, 40), "bh_avg": 29, "vh": H.rng.randint(12, 35), "vh_avg": 24,
                   "pubdate": H.rng.choice(["27. juni 2024", "26. juni 2024", "1. juli 2024"]), "emp": H.rng.randint(8, 25), "emp_avg": 16,
                   "lp": H.rng.randint(100, 450), "street": H.rng.choice(C.STREETS), "letterdate": H.rng.choice(["14. maj 2024", "3. juni 2024", "22. april 2024"]),
                   "cdate": ""}
            s = scen[i]
            docs, g, variant = build_muni(H, ctx, s)
            folder = folder_name(H.rng, code, name)
            docs.sort(key=lambda d: d["date"])
            used = set()
            for doc in docs:
                # web systems often publish one page per agenda item: keep only the item on that page
                if style == "html_netpub" and doc["kind"] == "council" and any(it["dk"] for it in doc["items"]) and H.rng.random() < .5:
                    n = next(i for i, it in enumerate(doc["items"]) if it["dk"])
                    doc["single"] = (n + 1, len(doc["items"]))
                    doc["items"] = [doc["items"][n]]
            for k, doc in enumerate(docs):
                fn = file_name(style, doc, H.rng, k)
                while fn in used: fn = f"{k}_" + fn
                used.add(fn)
                rel = f"{folder}/{fn}"
                doc["rel"] = rel
                B = doc_blocks(style, doc, ctx, H.rng, H.rng.randint(100, 600))
                src = out / "_src" / hname / folder
                src.mkdir(parents=True, exist_ok=True)
                stem = fn.rsplit(".", 1)[0]
                dst = str(out / hname / "corpus" / rel)
                if style == "html_netpub":
                    jobs.append({"kind": "copy", "src": str(src / (stem + ".html")), "dst": dst, "expect": doc["body"]})
                    (src / (stem + ".html")).write_text(to_html(style, B, ctx, doc, H.rng), encoding="utf-8")
                elif style == "html1252_export":
                    t = to_html(style, B, ctx, doc, H.rng, charset="windows-1252").replace("–", "-").replace("›", ">")
                    (src / (stem + ".htm")).write_bytes(t.encode("cp1252", errors="xmlcharrefreplace"))
                    jobs.append({"kind": "copy", "src": str(src / (stem + ".htm")), "dst": dst, "expect": doc["body"]})
                elif style in ("chromium_fa", "wkhtml_polweb", "weasy_edoc", "gs_acadre"):
                    (src / (stem + ".html")).write_text(to_html(style, B, ctx, doc, H.rng), encoding="utf-8")
                    jobs.append({"kind": style, "src": str(src / (stem + ".html")), "dst": dst, "expect": doc["body"],
                                 "site": f"{ascii_name(name).lower().replace(' ', '')}.dk/politik/dagsordener-og-referater/{ascii_name(doc['body']).lower().replace(' ', '-')}"})
                elif style == "lo_docx":
                    to_docx(B, src / (stem + ".docx"))
                    jobs.append({"kind": "lo", "src": str(src / (stem + ".docx")), "dst": dst, "expect": doc["body"]})
                else:
                    (src / (stem + ".ms")).write_text(to_groff(B, ctx), encoding="utf-8")
                    jobs.append({"kind": "groff", "src": str(src / (stem + ".ms")), "dst": dst, "expect": doc["body"]})
                gold["documents"][rel] = {"status": "ok", "municipality_code": code, "body": doc["kind"], "meeting_date": doc["date"].isoformat(),
                                          "dk_items": [{"map_year": it["dk"][0], "action_plan": it["dk"][1]} for it in doc["items"] if it["dk"]],
                                          "layout": style}
            td = g["tdoc"]
            gold["municipalities"][code] = {"name": name, "outcome": g["outcome"], "action_plan": g["action_plan"], "plan": s,
                                            "meeting_date": g["date"].isoformat() if g["date"] else None,
                                            "treatment_document": td["rel"] if td else None, "variant": variant, "layout": style}
            layouts_md.append(f"| {code} | {name} | {folder} | {style} | {s} | {variant} | {g['outcome']} | {g['action_plan']} |")
        (out / hname).mkdir(parents=True, exist_ok=True)
        (out / hname / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")
    (out / "layouts.md").write_text("\n".join(layouts_md) + "\n", encoding="utf-8")
    (out / "_src" / "jobs.json").write_text(json.dumps(jobs, indent=0))
    print(f"{len(jobs)} documents")


if __name__ == "__main__":
    main()
