#!/usr/bin/env python3
"""independent21: models the meetings of 98 municipalities (map year 2025), labels them, and hands them to
render.py. Usage: gen.py OUT"""
import csv, datetime as dt, json, random, sys
from pathlib import Path

import texts as T
import render

SEED = 20252103
MAP_YEAR = 2025
DEADLINE = dt.date(2025, 12, 31)
HERE = Path(__file__).resolve().parent
KOMMUNER = Path("/work/shared/data/kommuner.csv")

PAIRS = [("lo_table", "lo_twocol"), ("wk_stamp", "chr_portal"), ("groff_protocol", "weasy_toc"),
         ("html_items", "html_1252")]

# scenario -> (count per half, outcome)
SCENARIOS = [
    ("ok_prepare", 10, "ok"), ("ok_no_need", 8, "ok"), ("ok_section", 4, "ok"), ("ok_letter", 3, "ok"),
    ("ok_chain", 3, "ok"), ("ok_after_deferred", 2, "ok"), ("no_position", 4, "no_position"),
    ("deferred", 3, "no_position"), ("late", 4, "late"), ("committee_only", 3, "committee_only"),
    ("not_found_letter", 2, "not_found"), ("not_found_other", 2, "not_found"),
    ("not_found_followup", 1, "not_found"),
]
COMMITTEES = ["Økonomiudvalget", "Social- og Sundhedsudvalget", "Børne- og Familieudvalget",
              "Udvalget for Social og Handicap", "Social- og Ældreudvalget"]


def pick_date(rng, a, b):
    while True:
        d = a + dt.timedelta(days=rng.randrange((b - a).days + 1))
        if d.weekday() in (0, 1, 2, 3):
            return d


def meeting(rng, muni, body, body_name, d, items):
    absent = rng.choice(["Ingen", "Afbud fra " + rng.choice(["Mette Holm (A)", "Jens Krog (V)", "Lise Bak (F)",
                                                              "Ole Dam (C)", "Karen Ravn (Ø)"]), "Ingen afbud"])
    return {"muni": muni, "body": body, "body_name": body_name, "date": d,
            "time": rng.choice(["16:00", "17:00", "18:30", "19:00", "15:30"]),
            "place": rng.choice(["Byrådssalen, Rådhuset", "Mødelokale 1", "Kommunalbestyrelsessalen",
                                 "Rådhuset, salen", "Borgernes Hus, lokale 2.14"]),
            "absent": absent, "items": items,
            "print_date": d + dt.timedelta(days=rng.randint(12, 75)),
            "pub_date": d + dt.timedelta(days=rng.randint(2, 9)),
            "print_time": f"{rng.randint(7, 16):02d}:{rng.randint(0, 59):02d}"}


def plain_item(rng, d, spec):
    title, sections, decision = spec
    return {"title": title, "case": T.case_no(rng, d), "sections": list(sections),
            "quoted": [], "decision": decision, "dk": None}


def map_item(rng, muni, d, body, body_name, stance, variant="plain", year_style=None, quoted=None):
    """stance: the item's own body's stance (prepare / no_need / not_addressed / deferred)."""
    year_style = year_style or rng.choice(["named", "figures", "none"])
    bg = T.map_background(rng, muni, year_style)
    rec_stance = stance if stance in ("prepare", "no_need", "not_addressed") else rng.choice(["prepare", "no_need"])
    rec = T.map_rec(rng, rec_stance)
    if variant == "section":
        title = rng.choice(T.SECTION_TITLES)
        secs = [("Resumé", ["Rapporten samler årets nøgletal for myndighedsområdet: klager, sagsbehandlingstider "
                            "og Ankestyrelsens omgørelser. Afsnit 2 gennemgår danmarkskortet."]),
                ("Sagsfremstilling", ["1. Borgerhenvendelser og klager. Antallet af klager er steget en smule, "
                                      "primært på hjælpemiddelområdet.",
                                      "2. Omgørelsesprocenter (danmarkskortet). " + bg[0]] + bg[1:] +
                 ["3. Sagsbehandlingstider. Fristerne er overholdt i 87 pct. af sagerne."]),
                ("Indstilling", [rec])]
    elif variant == "letter":
        title = rng.choice(T.LETTER_TITLES)
        secs = [("Sagsfremstilling", bg + ["Samtidig forelægges Ankestyrelsens brev af foråret 2025 om "
                                           "behandlingen af sidste års kort. Tilsynet bemærkede, at drøftelsen "
                                           "skal omfatte alle tre dele af kortet, hvilket er indarbejdet i "
                                           "årets sag."]),
                ("Indstilling", [rec])]
    else:
        title = rng.choice(T.MAP_TITLES)
        if year_style != "named":
            title = title.replace(" 2025", "")
        secs = [("Resumé" if rng.random() < 0.5 else "Beslutningstema",
                 ["Sagen forelægges med henblik på den årlige behandling af omgørelsesprocenterne på "
                  "socialområdet."]),
                ("Sagsfremstilling", bg),
                ("Økonomiske konsekvenser", ["Sagen har ingen økonomiske konsekvenser."]),
                ("Indstilling", [rec])]
    word = {"council": body_name, "committee": "Udvalget"}[body]
    dec = (T.decision_text(rng, stance, word) if body == "council" or stance in ("not_addressed", "deferred")
           else T.committee_recommend(rng, stance))
    it = {"title": title, "case": T.case_no(rng, d), "sections": secs, "quoted": quoted or [],
          "decision": dec, "dk": (MAP_YEAR, stance)}
    return it


def fill(rng, muni, d, core, n_before=None, n_after=None):
    """Puts ordinary items around the core items of a meeting."""
    pool = T.ordinary_items(rng, muni, d)
    first, rest = pool[0], pool[1:]
    rng.shuffle(rest)
    nb = rng.randint(0, 2) if n_before is None else n_before
    na = rng.randint(1, 2) if n_after is None else n_after
    items = [plain_item(rng, d, first)] + [plain_item(rng, d, s) for s in rest[:nb]] + core + \
        [plain_item(rng, d, s) for s in rest[nb:nb + na]]
    return items


def extra_docs(rng, muni, council, n):
    """Meetings around the map meeting: last year's letter, other national maps, the 2024 plan's follow-up."""
    kinds = ["letter2024", "distractor", "followup2024", "ordinary"]
    rng.shuffle(kinds)
    out = []
    dist = T.distractor_items(rng, muni)
    for k in kinds[:n]:
        if k == "letter2024":
            d = pick_date(rng, dt.date(2025, 3, 3), dt.date(2025, 5, 29))
            it = plain_item(rng, d, T.letter_2024_item(rng, muni, council))
            it["dk"] = (2024, "not_addressed")
            out.append(meeting(rng, muni, "council", council, d, fill(rng, muni, d, [it])))
        elif k == "distractor":
            d = pick_date(rng, dt.date(2025, 8, 18), dt.date(2025, 12, 11))
            sel = rng.sample(sorted(dist), 2)
            out.append(meeting(rng, muni, "council", council, d,
                               fill(rng, muni, d, [plain_item(rng, d, dist[s]) for s in sel])))
        elif k == "followup2024":
            d = pick_date(rng, dt.date(2025, 9, 1), dt.date(2025, 11, 27))
            it = plain_item(rng, d, T.followup_2024_item(rng, muni))
            it["dk"] = (2024, "not_addressed")
            out.append(meeting(rng, muni, "committee", rng.choice(COMMITTEES[1:]), d,
                               fill(rng, muni, d, [it], n_before=0, n_after=1)))
        else:
            d = pick_date(rng, dt.date(2025, 9, 1), dt.date(2025, 12, 18))
            out.append(meeting(rng, muni, "council", council, d,
                               fill(rng, muni, d, [plain_item(rng, d, T.announcement_mention())])))
    return out


def quoted_committee(rng, cname, d, stance):
    return [(f"Beslutning i {cname} den {T.d_long(d)}", T.committee_recommend(rng, stance))]


def scenario_docs(rng, scn, muni, council):
    aut = (dt.date(2025, 9, 8), dt.date(2025, 12, 18))
    docs = []
    if scn in ("ok_prepare", "ok_no_need", "ok_section", "ok_letter", "no_position", "deferred"):
        stance = {"ok_prepare": "prepare", "ok_no_need": "no_need", "no_position": "not_addressed",
                  "deferred": "deferred"}.get(scn) or rng.choice(["prepare", "no_need"])
        variant = {"ok_section": "section", "ok_letter": "letter"}.get(scn, "plain")
        d = pick_date(rng, *aut)
        it = map_item(rng, muni, d, "council", council, stance, variant)
        docs.append(meeting(rng, muni, "council", council, d, fill(rng, muni, d, [it])))
    elif scn == "ok_chain":
        stance = rng.choice(["prepare", "no_need"])
        dc = pick_date(rng, dt.date(2025, 10, 1), dt.date(2025, 11, 5))
        cname = rng.choice(COMMITTEES)
        ci = map_item(rng, muni, dc, "committee", cname, stance, year_style="named")
        docs.append(meeting(rng, muni, "committee", cname, dc, fill(rng, muni, dc, [ci], n_after=1)))
        d = pick_date(rng, dc + dt.timedelta(days=14), dt.date(2025, 12, 17))
        it = map_item(rng, muni, d, "council", council, stance, quoted=quoted_committee(rng, cname, dc, stance))
        it["sections"] = ci["sections"]
        docs.append(meeting(rng, muni, "council", council, d, fill(rng, muni, d, [it])))
    elif scn == "ok_after_deferred":
        d1 = pick_date(rng, dt.date(2025, 9, 8), dt.date(2025, 10, 16))
        it1 = map_item(rng, muni, d1, "council", council, "deferred", year_style="named")
        docs.append(meeting(rng, muni, "council", council, d1, fill(rng, muni, d1, [it1])))
        d2 = pick_date(rng, dt.date(2025, 11, 3), dt.date(2025, 12, 17))
        it2 = map_item(rng, muni, d2, "council", council, rng.choice(["prepare", "no_need"]))
        docs.append(meeting(rng, muni, "council", council, d2, fill(rng, muni, d2, [it2])))
    elif scn == "late":
        stance = rng.choice(["prepare", "no_need"])
        if rng.random() < 0.5:
            dc = pick_date(rng, dt.date(2025, 11, 17), dt.date(2025, 12, 11))
            cname = rng.choice(COMMITTEES)
            ci = map_item(rng, muni, dc, "committee", cname, stance, year_style="named")
            docs.append(meeting(rng, muni, "committee", cname, dc, fill(rng, muni, dc, [ci], n_after=1)))
        d = pick_date(rng, dt.date(2026, 1, 12), dt.date(2026, 3, 26))
        it = map_item(rng, muni, d, "council", council, stance, year_style=rng.choice(["named", "none"]))
        docs.append(meeting(rng, muni, "council", council, d, fill(rng, muni, d, [it])))
    elif scn == "committee_only":
        stance = rng.choice(["prepare", "no_need"])
        dc = pick_date(rng, *aut)
        cname = rng.choice(COMMITTEES)
        ci = map_item(rng, muni, dc, "committee", cname, stance)
        docs.append(meeting(rng, muni, "committee", cname, dc, fill(rng, muni, dc, [ci], n_after=1)))
        d = pick_date(rng, *aut)
        docs.append(meeting(rng, muni, "council", council, d,
                            fill(rng, muni, d, [plain_item(rng, d, T.announcement_mention())])))
    elif scn == "not_found_letter":
        d = pick_date(rng, dt.date(2025, 3, 3), dt.date(2025, 5, 29))
        it = plain_item(rng, d, T.letter_2024_item(rng, muni, council))
        it["dk"] = (2024, "not_addressed")
        docs.append(meeting(rng, muni, "council", council, d, fill(rng, muni, d, [it])))
        d2 = pick_date(rng, *aut)
        dist = T.distractor_items(rng, muni)
        docs.append(meeting(rng, muni, "council", council, d2,
                            fill(rng, muni, d2, [plain_item(rng, d2, dist["beskaeftigelse"])])))
    elif scn == "not_found_other":
        dist = T.distractor_items(rng, muni)
        d = pick_date(rng, *aut)
        docs.append(meeting(rng, muni, "council", council, d,
                            fill(rng, muni, d, [plain_item(rng, d, dist["ledighed"]),
                                                plain_item(rng, d, dist["sundhed"])])))
        dc = pick_date(rng, *aut)
        docs.append(meeting(rng, muni, "committee", "Beskæftigelsesudvalget", dc,
                            fill(rng, muni, dc, [plain_item(rng, dc, dist["beskaeftigelse"]),
                                                 plain_item(rng, dc, dist["skat"])])))
    elif scn == "not_found_followup":
        dc = pick_date(rng, *aut)
        it = plain_item(rng, dc, T.followup_2024_item(rng, muni))
        it["dk"] = (2024, "not_addressed")
        cname = rng.choice(COMMITTEES[1:])
        docs.append(meeting(rng, muni, "committee", cname, dc, fill(rng, muni, dc, [it])))
        d = pick_date(rng, *aut)
        docs.append(meeting(rng, muni, "council", council, d,
                            fill(rng, muni, d, [plain_item(rng, d, T.announcement_mention())])))
    else:
        raise ValueError(scn)
    return docs


def decide(gdocs):
    """CONTRACT.md's outcome rule over labelled documents: returns outcome, action_plan, deciding doc path."""
    tr = []
    for path, g in gdocs:
        for it in g["dk_items"]:
            if it["map_year"] == MAP_YEAR:
                tr.append((g["meeting_date"], g["body"], it["action_plan"], path))
    if not tr:
        return "not_found", None, None, None
    council = sorted([t for t in tr if t[1] == "council"], key=lambda t: t[0])
    if not council:
        return "committee_only", None, None, None
    intime = [t for t in council if t[0] <= DEADLINE.isoformat()]
    if not intime:
        t = council[0]
        return "late", t[2], t[3], t[0]
    pos = [t for t in intime if t[2] in ("prepare", "no_need")]
    if pos:
        t = pos[0]
        return "ok", t[2], t[3], t[0]
    t = intime[-1]
    return "no_position", t[2], t[3], t[0]


def folder_name(rng, code, name):
    f = rng.randrange(4)
    if f == 0:
        return code
    if f == 1:
        return code.zfill(4)
    if f == 2:
        return T.ascii_name(name)
    return ("Københavns" if name == "København" else name.replace(" ", "-")) + "-Kommune"


def main(out):
    out = Path(out)
    rng = random.Random(SEED)
    rows = list(csv.DictReader(open(KOMMUNER, encoding="utf-8")))
    assert len(rows) == 98
    rng.shuffle(rows)
    halves = {"dev": rows[:49], "holdout": rows[49:]}
    lay = {"dev": [], "holdout": []}
    for a, b in PAIRS:
        if rng.random() < 0.5:
            a, b = b, a
        lay["dev"].append(a)
        lay["holdout"].append(b)
    jobs = []
    md = ["# independent21 layouts (seed %d)\n" % SEED, "| layout | half |", "|---|---|"]
    for h in ("dev", "holdout"):
        for l in lay[h]:
            md.append(f"| {l} | {h} |")
    md += ["", "| half | code | name | folder | layout | scenario |", "|---|---|---|---|---|---|"]
    golds = {}
    for h in ("dev", "holdout"):
        scen = [s for s, n, _ in SCENARIOS for _ in range(n)]
        assert len(scen) == 49
        rng.shuffle(scen)
        gold = {"map_year": MAP_YEAR, "municipalities": {}, "documents": {}}
        for i, (row, scn) in enumerate(zip(halves[h], scen)):
            code, name = row["code"], row["name"]
            mrng = random.Random(f"{SEED}-{code}")
            layout = lay[h][i % 4]
            council = ("Borgerrepræsentationen" if code == "101" else
                       mrng.choice(["Byrådet", "Byrådet", "Kommunalbestyrelsen"]))
            docs = scenario_docs(mrng, scn, name, council)
            per = 2 if layout == "html_items" else 1
            files_now = sum(per if any(it["dk"] for it in d["items"]) else 1 for d in docs)
            n_extra = max(0, min(mrng.randint(1, 2), (4 - files_now)))
            if files_now < 2:
                n_extra = max(n_extra, 2 - files_now)
            extra = extra_docs(mrng, name, council, n_extra)
            cnt = lambda ds: sum(per if any(it["dk"] for it in d["items"]) else 1 for d in ds)
            while extra and cnt(docs + extra) > 4:
                extra.pop()
            docs += extra
            docs.sort(key=lambda d: d["date"])
            folder = folder_name(mrng, code, name)
            files = render.plan_files(mrng, layout, folder, name, code, docs)
            assert 2 <= len(files) <= 4, (code, len(files))
            gdocs = []
            for f in files:
                g = {"status": "ok", "municipality_code": code, "body": f["doc"]["body"],
                     "meeting_date": f["doc"]["date"].isoformat(),
                     "dk_items": [{"map_year": it["dk"][0], "action_plan": it["dk"][1]}
                                  for it in f["items"] if it["dk"]],
                     "pages": 1, "producer": layout}
                gdocs.append((f["path"], g))
                jobs.append((h, f, g))
            outcome, ap, tdoc, tdate = decide(gdocs)
            want = dict((s, o) for s, _, o in SCENARIOS)[scn]
            assert outcome == want, (code, scn, outcome)
            if scn.startswith("ok_") or scn == "late":
                assert ap in ("prepare", "no_need"), (code, scn, ap)
            if scn == "no_position":
                assert ap == "not_addressed"
            if scn == "deferred":
                assert ap == "deferred"
            gold["municipalities"][code] = {"name": name, "outcome": outcome, "action_plan": ap, "plan": scn,
                                            "meeting_date": tdate, "treatment_document": tdoc,
                                            "layout": layout, "folder": folder}
            for p, g in gdocs:
                gold["documents"][p] = g
            md.append(f"| {h} | {code} | {name} | {folder} | {layout} | {scn} |")
        golds[h] = gold
    render.render_all(out, jobs)
    for h, gold in golds.items():
        (out / h).mkdir(parents=True, exist_ok=True)
        gold["municipalities"] = dict(sorted(gold["municipalities"].items()))
        gold["documents"] = dict(sorted(gold["documents"].items()))
        (out / h / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1, sort_keys=False) + "\n",
                                           encoding="utf-8")
    (out / "layouts.md").write_text("\n".join(md) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1])
