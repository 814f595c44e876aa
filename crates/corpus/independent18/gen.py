#!/usr/bin/env python3
"""Meetings, items and gold for independent18 (map year 2022). Usage: gen.py OUT"""
import csv, datetime as dt, json, random, sys, unicodedata
from pathlib import Path
import texts as T
import render

SEED = 20221218
HERE = Path(__file__).resolve().parent
D = dt.date

PAIRS = [("html_utf8", "html_cp1252"), ("odt_table", "odt_protocol"),
         ("chromium", "wkhtml"), ("weasy_gs", "groff_gs")]

# scenario -> count per half (49)
SCEN = [("ok_prepare", 12), ("ok_prepare_noword", 3), ("ok_no_need", 9), ("ok_no_need_quality", 3),
        ("ok_prepare_other", 3), ("ok_combined", 4), ("ok_after_defer", 1), ("no_position", 4),
        ("deferred", 1), ("deferred_then_late", 1), ("late", 3), ("late_after_letter", 1),
        ("committee_only", 2), ("committee_only_noword", 1), ("not_found", 1)]
assert sum(n for _, n in SCEN) == 49


def load():
    src = Path("/work/shared/data/kommuner.csv")
    if not src.exists():
        src = HERE / "kommuner.csv"
    return [(r["code"], r["name"]) for r in csv.DictReader(open(src, encoding="utf-8"))]


def ascii_name(n):
    n = n.replace("æ", "ae").replace("ø", "oe").replace("å", "aa").replace("Æ", "Ae").replace("Ø", "Oe").replace("Å", "Aa")
    return unicodedata.normalize("NFKD", n).encode("ascii", "ignore").decode().replace(" ", "-").lower()


def council_name(code, name, rng):
    if code == "101":
        return "Borgerrepræsentationen"
    return rng.choice(["Byrådet", "Byrådet", "Kommunalbestyrelsen"])


COMMITTEES = ["Social- og Sundhedsudvalget", "Socialudvalget", "Børne- og Familieudvalget",
              "Økonomiudvalget", "Social-, Handicap- og Psykiatriudvalget"]


def meeting(rng, kind, bodyname, date, items, name):
    while date.weekday() > 3:
        date += dt.timedelta(days=1)
    return dict(kind=kind, body=bodyname, date=date, time=rng.choice(["16:00", "17:00", "17.30", "19:00", "15.00"]),
                place=rng.choice(["Byrådssalen, Rådhuset", "Mødelokale 2", "Rådhuset, lokale 1.14", "Borgersalen"]),
                absent=T.absent(rng), items=items, name=name)


POOLS = {"council": [1, 2, 3, 4, 5, 6, 7, 9], "social": [1, 5, 8, 10, 9], "tech": [2, 4, 6, 9, 7]}


def fill(rng, dk_items, n_extra, first=True, pool="council"):
    """Ordinary items around the given ones; numbered later by the renderer."""
    pool = list(POOLS[pool])
    rng.shuffle(pool)
    items = ([T.ordinary_item(rng, 0)] if first else []) + [T.ordinary_item(rng, i) for i in pool[:n_extra]]
    pos = rng.randint(1, len(items))
    for it in dk_items:
        items.insert(pos, it)
        pos += 1
    if rng.random() < 0.3:
        items.append(T.closed_item(rng))
    return items


def wk(d):
    while d.weekday() > 3:
        d += dt.timedelta(days=1)
    return d


def rdate(rng, a, b):
    return a + dt.timedelta(days=rng.randint(0, (b - a).days))


def scenario_docs(rng, scen, code, name):
    """Returns (meetings, expected outcome, expected action_plan)."""
    cn = council_name(code, name, rng)
    com = rng.choice(COMMITTEES)
    cdate = rdate(rng, D(2022, 10, 20), D(2022, 12, 20))
    comdate = cdate - dt.timedelta(days=rng.randint(8, 30))
    cdate, comdate = wk(cdate), wk(comdate)
    M = []
    def council(date, dk, extra=3):
        return meeting(rng, "council", cn, date, fill(rng, dk, extra), name)
    def committee(date, dk, extra=2, cname=None):
        return meeting(rng, "committee", cname or com, date, fill(rng, dk, extra, pool="social"), name)
    quoted = rng.random() < 0.6
    if scen.startswith("ok_") and scen not in ("ok_combined", "ok_after_defer"):
        st = {"ok_prepare": "prepare", "ok_prepare_noword": "prepare", "ok_no_need": "no_need",
              "ok_no_need_quality": "no_need_quality", "ok_prepare_other": "prepare_other"}[scen]
        noword = scen == "ok_prepare_noword" or rng.random() < 0.25
        it = T.map_item(rng, name, "council", cn, st, cdate, noword=noword,
                        committee=com if quoted else None, committee_date=comdate if quoted else None)
        M.append(council(cdate, [it]))
        if quoted or rng.random() < 0.4:
            M.append(committee(comdate, [T.map_item(rng, name, "committee", cn, st, comdate, noword=noword,
                                                     recommend_to_council=True)]))
        exp = ("ok", T.stance_label(st))
    elif scen == "ok_combined":
        st = rng.choice(["prepare", "no_need", "prepare_other"])
        M.append(council(cdate, [T.combined_item(rng, name, cn, st, rng.choice(["report", "status", "budget"]))]))
        exp = ("ok", T.stance_label(st))
    elif scen == "ok_after_defer":
        d1 = rdate(rng, D(2022, 9, 20), D(2022, 10, 25)); d2 = rdate(rng, D(2022, 11, 20), D(2022, 12, 20))
        M.append(council(d1, [T.map_item(rng, name, "council", cn, "deferred", d1)]))
        M.append(council(d2, [T.map_item(rng, name, "council", cn, "prepare", d2)]))
        exp = ("ok", "prepare")
    elif scen == "no_position":
        it = T.map_item(rng, name, "council", cn, "not_addressed", cdate, noword=rng.random() < 0.4,
                        committee=com if quoted else None, committee_date=comdate if quoted else None,
                        committee_stance="not_addressed")
        M.append(council(cdate, [it]))
        exp = ("no_position", "not_addressed")
    elif scen == "deferred":
        M.append(committee(comdate, [T.map_item(rng, name, "committee", cn, "prepare", comdate, recommend_to_council=True)]))
        M.append(council(cdate, [T.map_item(rng, name, "council", cn, "deferred", cdate)]))
        exp = ("no_position", "deferred")
    elif scen == "deferred_then_late":
        d2 = rdate(rng, D(2023, 1, 20), D(2023, 2, 28))
        M.append(council(cdate, [T.map_item(rng, name, "council", cn, "deferred", cdate)]))
        M.append(council(d2, [T.map_item(rng, name, "council", cn, "no_need", d2)]))
        exp = ("no_position", "deferred")
    elif scen in ("late", "late_after_letter"):
        d2 = rdate(rng, D(2023, 1, 16), D(2023, 3, 30))
        st = rng.choice(["prepare", "no_need", "not_addressed"])
        M.append(council(d2, [T.map_item(rng, name, "council", cn, st, d2, noword=rng.random() < 0.3)]))
        if scen == "late_after_letter":
            M.append(council(cdate, [T.letter_item(rng, name, cn)]))
        else:
            M.append(committee(d2 - dt.timedelta(days=14), [T.map_item(rng, name, "committee", cn, st, d2, recommend_to_council=True)]))
        exp = ("late", T.stance_label(st))
    elif scen.startswith("committee_only"):
        st = rng.choice(["prepare", "no_need"])
        M.append(committee(comdate, [T.map_item(rng, name, "committee", cn, st, comdate,
                                                 noword=scen.endswith("noword"), recommend_to_council=True)]))
        M.append(council(cdate, [T.mayor_announcements(rng)]))
        exp = ("committee_only", None)
    elif scen == "not_found":
        M.append(council(cdate, [T.employment_item(rng), T.other_map_item(rng)]))
        M.append(council(rdate(rng, D(2022, 3, 1), D(2022, 5, 30)), [T.letter_item(rng, name, cn)]))
        exp = ("not_found", None)
    else:
        raise ValueError(scen)
    # distractors so every municipality has 2-4 documents
    while len(M) < 2 or (len(M) < 4 and rng.random() < 0.35):
        r = rng.random()
        d = rdate(rng, D(2022, 8, 15), D(2022, 12, 15))
        if r < 0.3:
            M.append(meeting(rng, "committee", "Beskæftigelsesudvalget", d, fill(rng, [T.employment_item(rng)], 2, pool="social"), name))
        elif r < 0.55:
            M.append(meeting(rng, "council", cn, rdate(rng, D(2022, 4, 1), D(2022, 6, 20)), fill(rng, [T.letter_item(rng, name, cn)], 2), name))
        elif r < 0.75:
            M.append(meeting(rng, "committee", "Teknik- og Miljøudvalget", d, fill(rng, [T.other_map_item(rng)], 2, pool="tech"), name))
        else:
            M.append(meeting(rng, "council", cn, rdate(rng, D(2022, 8, 20), D(2022, 9, 30)), fill(rng, [], 4), name))
    # no two meetings of one body on one day
    seen = set()
    for m in M:
        while (m["body"], m["date"]) in seen:
            m["date"] += dt.timedelta(days=1)
        seen.add((m["body"], m["date"]))
    return M, exp


def decide(docs):
    """CONTRACT.md's rule over labelled documents: docs = [(path, body, date, [(year, stance)])]."""
    council, committee_any = [], False
    for path, body, date, items in docs:
        for y, st in items:
            if y != 2022:
                continue
            if body == "council":
                council.append((date, path, st))
            else:
                committee_any = True
    if not council:
        return ("committee_only" if committee_any else "not_found", None, None, None)
    council.sort()
    dl = dt.date(2022, 12, 31)
    intime = [c for c in council if c[0] <= dl]
    if not intime:
        c = council[0]
        return ("late", c[2], c[1], c[0])
    pos = [c for c in intime if c[2] in ("prepare", "no_need")]
    if pos:
        c = pos[0]
        return ("ok", c[2], c[1], c[0])
    c = intime[-1]
    return ("no_position", c[2], c[1], c[0])


def main(out):
    out = Path(out)
    rng = random.Random(SEED)
    munis = load()
    assert len(munis) == 98
    rng.shuffle(munis)
    halves = {"dev": munis[:49], "holdout": munis[49:]}
    lay = {"dev": [], "holdout": []}
    for a, b in PAIRS:
        x, y = (a, b) if rng.random() < 0.5 else (b, a)
        lay["dev"].append(x); lay["holdout"].append(y)
    jobs = []
    md = ["# independent18 layouts\n", "| half | layout | pair |", "|---|---|---|"]
    for h in ("dev", "holdout"):
        for l in lay[h]:
            md.append(f"| {h} | {l} | {[p for p in PAIRS if l in p][0]} |")
    md += ["", "| half | code | name | folder | layout | scenario |", "|---|---|---|---|---|---|"]
    golds = {}
    for h, ms in halves.items():
        scen = [s for s, n in SCEN for _ in range(n)]
        rng.shuffle(scen)
        g = {"map_year": 2022, "municipalities": {}, "documents": {}}
        for i, ((code, name), sc) in enumerate(zip(ms, scen)):
            layout = lay[h][i % 4]
            style = rng.randrange(4)
            folder = {0: code, 1: code.zfill(4), 2: ascii_name(name), 3: name.replace(" ", "-") + "-Kommune"}[style]
            meetings, exp = scenario_docs(rng, sc, code, name)
            labelled = []
            for j, m in enumerate(meetings):
                fname = render.filename(layout, m, j)
                rel = f"{folder}/{fname}"
                m["layout"], m["rel"], m["half"] = layout, rel, h
                items = [it["dk"] for it in m["items"] if it.get("dk")]
                labelled.append((rel, m["kind"], m["date"], items))
                g["documents"][rel] = {"status": "ok", "municipality_code": code, "body": m["kind"],
                                       "meeting_date": m["date"].isoformat(),
                                       "dk_items": [{"map_year": y, "action_plan": s} for y, s in items],
                                       "pages": 1, "producer": layout}
                jobs.append(m)
            oc, ap, doc, date = decide(labelled)
            assert (oc, ap) == exp, (code, sc, oc, ap, exp)
            g["municipalities"][code] = {"name": name, "outcome": oc, "action_plan": ap, "plan": sc,
                                         "meeting_date": date.isoformat() if date else None,
                                         "treatment_document": doc, "layout": layout, "variant": sc}
            md.append(f"| {h} | {code} | {name} | {folder} | {layout} | {sc} |")
        golds[h] = g
    pages = render.render_all(jobs, out)
    for h, g in golds.items():
        for rel, d in g["documents"].items():
            d["pages"] = pages.get((h, rel), 1)
        g["municipalities"] = dict(sorted(g["municipalities"].items()))
        (out / h).mkdir(parents=True, exist_ok=True)
        (out / h / "gold.json").write_text(json.dumps(g, ensure_ascii=False, indent=1, sort_keys=True))
    (out / "layouts.md").write_text("\n".join(md) + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
