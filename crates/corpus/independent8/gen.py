#!/usr/bin/env python3
"""Generates sources, render jobs, gold.json and layouts.md for independent8 (map year 2023). Stdlib only.
usage: gen.py OUT"""
import sys, os, json, csv, random, html, datetime as dt
from pathlib import Path
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from content import *

OUT = Path(sys.argv[1]); SEED = 20238
rng = random.Random(SEED)
E = html.escape
PAIRS = [("stamp", "A1", "A2"), ("margin", "B1", "B2"), ("wordproc", "C1", "C2"), ("pdfpost", "D1", "D2"), ("web", "E1", "E2")]
PRODUCER = {"A1": "weasyprint", "A2": "weasyprint", "B1": "chromium", "B2": "weasyprint", "C1": "libreoffice",
            "C2": "libreoffice", "D1": "chromium+qpdf", "D2": "groff+gs", "E1": "html", "E2": "html"}
halves = {"dev": [], "holdout": []}
for _, a, b in PAIRS:
    if rng.random() < .5: a, b = b, a
    halves["dev"].append(a); halves["holdout"].append(b)
kom = list(csv.DictReader(open("/work/shared/data/kommuner.csv", encoding="utf-8")))
rng.shuffle(kom)
SCEN = (["ok_no_need"] * 22 + ["ok_prepare"] * 12 + ["no_position_note", "no_position_def", "no_position_return", "no_position_def_late"]
        + ["late"] * 4 + ["committee_only"] * 4 + ["not_found"] * 3)
assert len(SCEN) == 49
SOCIAL = ["Social- og Sundhedsudvalget", "Social- og Handicapudvalget", "Voksen- og Handicapudvalget", "Udvalget for Social og Sundhed",
          "Børne- og Familieudvalget", "Social- og Ældreudvalget"]
ASCII = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "Æ": "Ae", "Ø": "Oe", "Å": "Aa", " ": "-"})


class Meeting:
    def __init__(self, body, kind, date, items):
        self.body, self.kind, self.date, self.items = body, kind, date, items


def day(y, m, d, wd):
    return weekday_near(dt.date(y, m, d), wd)


def fill(m, council, town, n_extra, mis=0):
    pool = ordinary(rng, council, m.kind, m.date, town)
    ms = misleading(rng, council, town, m.kind, m.date)
    its = [first_item(rng)] + ([meddelelser(rng)] if m.kind == "council" and rng.random() < .7 else [])
    body = [f() for f in ms[:mis]] + [f() for f in pool[:n_extra]]
    rng.shuffle(body)
    closed = [i for i in body if i.closed]
    m.items = its + m.items + [i for i in body if not i.closed] + closed
    rng.shuffle(m.items[len(its):len(its) + 3])


def decision_for(stance, council, variant):
    if stance == "deferred":
        return rng.choice(["Udsat.", "Sagen blev udsat til næste møde.", "Udsat til behandling på næste møde."])
    if stance == "return":
        return "Orienteringen taget til efterretning. Forvaltningen vender tilbage med en vurdering af behovet for en handlingsplan."
    if stance == "not_addressed":
        return rng.choice(["Taget til efterretning.", "Orienteringen blev taget til efterretning."])
    if variant == "vote":
        return f"For stemte: {plist(vote_parties(rng, 5))} ({rng.randint(17, 25)}). Imod stemte: Ø ({rng.randint(1, 3)}). Indstillingen godkendt."
    if variant == "minority":
        return ("Godkendt. Enhedslisten ønskede følgende mindretalsudtalelse ført til protokol: \"Vi mener, at omgørelserne på "
                "børnehandicapområdet burde føre til en handlingsplan.\"")
    if variant == "explicit":
        return (f"{council} besluttede, at der ikke udarbejdes en handlingsplan." if stance == "no_need"
                else f"{council} besluttede, at der udarbejdes en kvalitetsplan for sagsbehandlingen på socialområdet.")
    if variant == "perbullet":
        return "Ad 1. Taget til efterretning. Ad 2. Godkendt."
    return rng.choice(["Godkendt.", "Indstillingen tiltrådt.", "Indstillingen godkendt.", "Godkendt som indstillet."])


def build(muni, scen, vno):
    code, name = muni["code"], muni["name"]
    council = "Borgerrepræsentationen" if code == "101" else rng.choice(["Byrådet", "Byrådet", "Kommunalbestyrelsen"])
    soc = "Socialudvalget" if code == "101" else rng.choice(SOCIAL)
    oeu = "Økonomiudvalget"
    docs = []
    ddate = day(2023, rng.choice([9, 10, 11, 12]), rng.randint(1, 18), rng.choice([0, 1, 2, 3]))
    cdate = ddate - dt.timedelta(days=rng.choice([7, 14, 21]))
    g = {"outcome": None, "action_plan": None, "treat": None}
    letter = rng.random() < .35 and scen != "not_found"

    def council_dk(date, stance, variant="", rec=None, chain=True):
        it = dk_item(rng, council, stance, "council", rec=rec)
        if chain and rng.random() < .6:
            it.chain = [(soc, cdate if cdate < date else date - dt.timedelta(days=14), rng.choice(["Anbefales.", "Indstillingen anbefales over for Byrådet."]))]
            if rng.random() < .5:
                it.chain.append((oeu, date - dt.timedelta(days=7), "Anbefales."))
        if variant == "amend_adopt":
            it.dec = (f"{rng.choice(['SF', 'Enhedslisten', 'Socialdemokratiet'])} stillede ændringsforslag om, at der udarbejdes en handlingsplan "
                      f"til styrkelse af den juridiske kvalitet. For ændringsforslaget stemte {plist(vote_parties(rng, 4))} ({rng.randint(16, 20)}). "
                      f"Imod stemte {plist(vote_parties(rng, 2))} ({rng.randint(8, 12)}). Ændringsforslaget blev vedtaget. Indstillingen i øvrigt godkendt.")
        elif variant == "amend_fall":
            it.dec = (f"Enhedslisten stillede ændringsforslag om, at der udarbejdes en handlingsplan. For stemte Ø og F (4). "
                      f"Imod stemte {plist(vote_parties(rng, 4))} ({rng.randint(20, 25)}). Ændringsforslaget faldt. Indstillingen blev herefter godkendt.")
        else:
            it.dec = decision_for("not_addressed" if stance == "return" else stance, council, variant) if stance != "return" else decision_for("return", council, "")
            if stance == "return": it.dk = (2023, "not_addressed")
        if rng.random() < .3: it.absent = absent_line(rng)
        return it

    def committee_dk(body, date, stance, dec=None):
        it = dk_item(rng, council, stance, "committee")
        it.dec = dec or rng.choice(["Anbefales over for Byrådet." if council == "Byrådet" else f"Anbefales over for {council}.",
                                    "Indstillingen anbefales.", f"{body} anbefaler indstillingen."])
        return it

    cm_items, c_items, extra_docs = [], [], []
    if scen.startswith("ok"):
        stance = "no_need" if scen == "ok_no_need" else "prepare"
        var = ["", "vote", "minority", "amend_fall", "explicit", "udsat_first", "", "perbullet"][vno % 8] if stance == "no_need" else \
              ["", "amend_adopt", "explicit", "perbullet", "", "vote"][vno % 6]
        if var == "perbullet" and stance == "no_need": var = ""
        rec = "no_need" if var == "amend_adopt" else None
        if var == "udsat_first":
            d0 = ddate - dt.timedelta(days=28)
            if d0.year == 2023 and d0.month >= 8:
                it = dk_item(rng, council, "deferred", "council"); it.dec = decision_for("deferred", council, "")
                extra_docs.append(Meeting(council, "council", d0, [it]))
            var = ""
        c_items.append(council_dk(ddate, stance, var, rec=rec))
        g.update(outcome="ok", action_plan=stance)
        if rng.random() < .5: cm_items.append(committee_dk(soc, cdate, rec or stance))
    elif scen.startswith("no_position"):
        st = {"no_position_note": "not_addressed", "no_position_def": "deferred", "no_position_return": "return", "no_position_def_late": "deferred"}[scen]
        if scen == "no_position_def_late": ddate = day(2023, 12, 12, 3)
        it = council_dk(ddate, st); c_items.append(it)
        g.update(outcome="no_position", action_plan="not_addressed" if st == "return" else st)
        if scen == "no_position_def_late":
            l = dk_item(rng, council, "no_need", "council"); l.dec = "Godkendt."
            extra_docs.append(Meeting(council, "council", day(2024, 1, 25, 3), [l]))
        if rng.random() < .5: cm_items.append(committee_dk(soc, cdate, "no_need" if st != "not_addressed" else "not_addressed",
                                                            dec="Oversendes til Byrådet." if st == "not_addressed" else None))
    elif scen == "late":
        stance = ["no_need", "prepare", "no_need", "prepare"][vno % 4]
        ddate = day(2024, rng.choice([1, 2]), rng.randint(8, 22), rng.choice([1, 2, 3]))
        c_items.append(council_dk(ddate, stance, chain=False))
        g.update(outcome="late", action_plan=stance)
        cdate = day(2023, 12, rng.randint(4, 12), 1)
        if vno % 2 == 0: cm_items.append(committee_dk(soc, cdate, stance))
    elif scen == "committee_only":
        stance = ["no_need", "prepare", "not_addressed", "no_need"][vno % 4]
        dec = "Taget til efterretning. Sagen afsluttes i udvalget." if stance == "not_addressed" else None
        cm_items.append(committee_dk(soc, cdate, stance, dec=dec))
        g.update(outcome="committee_only")
        if vno % 4 == 1:
            extra_docs.append(Meeting(oeu, "committee", cdate + dt.timedelta(days=7), [committee_dk(oeu, cdate, stance)]))
        if vno % 2 == 0:
            c_items.append(meddelelser(rng, f"Borgmesteren orienterede om, at {soc} den {dlong(cdate)} har behandlet danmarkskortet 2023 over omgørelsesprocenter."))
    else:
        g.update(outcome="not_found")
    if letter:
        c_items.append(letter_2022(rng, council, ddate if ddate.year == 2023 else day(2023, 11, 20, 2)))
    mdate = ddate if ddate.year == 2023 else day(2023, 12, 14, 3)
    if scen == "not_found" and vno % 3 == 2:
        c_items.append(letter_2022(rng, council, mdate))
    docs.append(Meeting(council, "council", ddate, c_items))
    if scen == "late":
        docs.append(Meeting(council, "council", day(2023, 12, 13, 2), []))
    docs.append(Meeting(soc, "committee", cdate, cm_items))
    docs += extra_docs
    if len(docs) < 4 and rng.random() < .6:
        docs.append(Meeting(council, "council", day(2023, rng.randint(3, 6), rng.randint(1, 25), 3), []))
    # two of the non-dk council documents carry misleading items
    town = name
    for i, m in enumerate(docs):
        n = rng.randint(4, 9)
        fill(m, council, town, n, mis=rng.randint(1, 3) if (i != 0 or scen == "not_found" or rng.random() < .6) else 0)
    tdoc = None
    if g["outcome"] in ("ok", "no_position", "late"):
        tdoc = 0
    return council, docs, g, tdoc


def doc_name(layout, m, code, name):
    b = m.body.translate(ASCII) if layout in ("C1", "C2", "D2") else m.body.replace(" ", "_")
    ext = ".html" if layout in ("E1", "E2") else ".pdf"
    styles = {"A1": f"{b}_{m.date.isoformat()}_referat", "A2": f"referat-{b.lower()}-{dnum(m.date, '-')}",
              "B1": f"{m.date.isoformat()} {m.body} referat", "B2": f"Referat_{b}_{m.date:%Y%m%d}",
              "C1": f"{b}-{m.date.isoformat()}", "C2": f"{b}_referat_{dnum(m.date, '')}",
              "D1": f"beslutningsprotokol_{b}_{m.date.isoformat()}", "D2": f"{b}-{m.date:%d-%m-%Y}-protokol",
              "E1": f"{b}_{m.date.isoformat()}", "E2": f"moede-{m.date.isoformat()}-{b.lower()}"}
    return styles[layout] + ext


def folder(code, name, i):
    s = name.translate(ASCII).lower()
    return [f"{int(code):04d}", s, f"{s.capitalize()}-Kommune", code][i % 4]


import render_src
gold_all = {}
lay_md = ["# independent8 layouts", "", "| half | pair | layout | producer |", "|---|---|---|---|"]
for hi, (hname, lays) in enumerate(halves.items()):
    for p, l in zip(PAIRS, lays):
        lay_md.append(f"| {hname} | {p[0]} | {l} | {PRODUCER[l]} |")
jobs = []
munimap = []
for hi, hname in enumerate(["dev", "holdout"]):
    munis = kom[hi * 49:(hi + 1) * 49]
    scen = SCEN[:]; rng.shuffle(scen)
    vcount = {}
    gold = {"map_year": 2023, "seed": SEED, "municipalities": {}, "documents": {}}
    for k, (muni, sc) in enumerate(zip(munis, scen)):
        layout = halves[hname][k % 5]
        v = vcount.get(sc, 0); vcount[sc] = v + 1
        council, docs, g, tdoc = build(muni, sc, v)
        code, name = muni["code"], muni["name"]
        fo = folder(code, name, k)
        munimap.append(f"| {hname} | {code} | {name} | {layout} | {sc} |")
        paths = []
        for j, m in enumerate(docs):
            fn = doc_name(layout, m, code, name)
            rel = f"{fo}/{fn}"
            paths.append(rel)
            src_dir = OUT / "_src" / hname
            jobs.append(render_src.emit(layout, m, muni, council, src_dir, OUT / hname / "corpus" / rel, rng, j))
            gold["documents"][rel] = {"body": m.kind, "meeting_date": m.date.isoformat(), "municipality_code": code,
                                      "status": "ok", "producer": PRODUCER[layout], "pages": 1,
                                      "dk_items": [{"map_year": i.dk[0], "action_plan": i.dk[1]} for i in m.items if i.dk]}
        gold["municipalities"][code] = {"name": name, "outcome": g["outcome"], "action_plan": g["action_plan"], "plan": sc,
                                        "meeting_date": docs[tdoc].date.isoformat() if tdoc is not None else None,
                                        "treatment_document": paths[tdoc] if tdoc is not None else None,
                                        "variant": v, "layout": layout}
    (OUT / hname).mkdir(parents=True, exist_ok=True)
    (OUT / hname / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")
lay_md += ["", "| half | code | municipality | layout | scenario |", "|---|---|---|---|---|"] + munimap
(OUT / "layouts.md").write_text("\n".join(lay_md) + "\n", encoding="utf-8")
(OUT / "_src" / "jobs.tsv").write_text("\n".join("\t".join(map(str, j)) for j in jobs) + "\n", encoding="utf-8")
