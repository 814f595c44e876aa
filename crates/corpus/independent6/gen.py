#!/usr/bin/env python3
"""Plans the corpus: which municipality gets which layout and scenario, what each document holds,
and the gold. Writes sources to OUT/_src and jobs to OUT/_src/jobs.json. Standard library only.

    python3 gen.py OUT SEED"""
import csv, json, random, sys, datetime as dt
from pathlib import Path
import content as C
import layouts as L

MAP_YEAR = 2024
HERE = Path(__file__).resolve().parent

PAIRS = [("weasy-bilag", "weasy-crypt"), ("chromium-columns", "chromium-smallcaps"),
         ("rtf-soffice", "odt-hyphen"), ("html-details", "html-br"), ("wkhtml-margin", "wkhtml-toc")]

# plan -> count per half (sums to 49)
PLANS = [("ok_no_need", 14), ("ok_prepare", 11), ("ok_after_deferral", 2), ("no_position_na", 5),
         ("no_position_def", 3), ("committee_only", 3), ("committee_only_meddelelse", 2), ("late", 4),
         ("not_found", 5)]


def load_munis():
    p = Path("/work/shared/data/kommuner.csv")
    if not p.exists():
        p = HERE / "kommuner.csv"
    with open(p, encoding="utf-8") as f:
        return [dict(code=row["code"], name=row["name"], region=row["region"]) for row in csv.DictReader(f)]


def make_style(r, m):
    return dict(
        caseno=r.randrange(4),
        resume=r.choice(["Resumé", "Sagens kerne", "Beslutningstema", "Kort fortalt"]),
        sag=r.choice(["Sagsfremstilling", "Redegørelse", "Beskrivelse af sagen", "Sagsforløb"]),
        ind=r.choice(["Indstilling", "Forvaltningens indstilling", "Direktionen indstiller", "Administrationen indstiller"]),
        oek=r.choice(["Økonomiske konsekvenser", "Økonomi", None]),
        own=r.choice(["plain", "dated", "genitive"]),
        number=r.choice(["Punkt {n}", "{n}.", "Sag nr. {n}", "Pkt. {n}"]),
        start=r.choice(["16.00", "17.00", "17.30", "18.00", "19.00"]),
        place=r.choice(["Byrådssalen", "Mødelokale 1, Rådhuset", "Kommunalbestyrelsessalen", f"{m['name']} Rådhus, mødesal A"]),
    )


def own_heading(style, bodyname, date):
    if style["own"] == "plain":
        return "Beslutning"
    if style["own"] == "dated":
        return f"Beslutning i {bodyname} den {C.long_date(date, False)}"
    g = bodyname if bodyname.endswith("s") else bodyname + "s"
    return f"{g} beslutning den {C.dot_date(date)}"


def build_doc(m, r, style, body, bodyname, date, special, council, committee):
    """special: list of ('dk', ctx) | ('mis', kind) | ('medd', (committee, cdate)); returns the doc dict."""
    n_items = r.randint(6, 12)
    pool = C.ordinary_pool(m, r, date)
    r.shuffle(pool)
    items = []
    first = r.randint(1, 40) if r.random() < 0.3 else 1
    ordinary = [f() for f in pool[: n_items - len(special)]]
    ordinary = [(t, bg, b, [], d) for (t, bg, b, d) in ordinary]
    # a closed item always last if drawn
    ordinary.sort(key=lambda x: "lukket" in x[0])
    bodies = []
    for kind, arg in special:
        if kind == "dk":
            bodies.append(("dk", arg, C.dk_item(m, r, dict(arg, council=council, committee=committee))))
        elif kind == "mis":
            bodies.append(("mis", arg, C.misleading_item(arg, m, r, date)))
        else:
            bodies.append(("medd", arg, C.meddelelse_item(m, r, *arg)))
    seq = [("ord", None, o) for o in ordinary]
    for b in bodies:
        if b[0] == "medd":
            seq.insert(0, b)
        else:
            pos = r.randint(1, max(1, len(seq) - 1))
            seq.insert(pos, b)
    dk_gold = []
    for i, (kind, arg, (title, bg, bullets, earlier, dec)) in enumerate(seq):
        no = first + i
        secs = []
        if len(bg) > 1 and r.random() < 0.6:
            secs.append((style["resume"], [bg[0]]))
            secs.append((style["sag"], bg[1:]))
        else:
            secs.append((style["sag"], bg))
        if style["oek"] and r.random() < 0.5 and "lukket" not in title.lower():
            secs.append((style["oek"], [r.choice(["Sagen har ingen økonomiske konsekvenser.", "Udgiften afholdes inden for den vedtagne ramme."])]))
        if body == "committee" and r.random() < 0.4:
            secs.append(("Beslutningskompetence", [council if kind in ("dk",) or r.random() < 0.5 else bodyname]))
        items.append(dict(no=no, title=title, caseno=C.caseno(style, r), sections=secs, bullets=bullets,
                          earlier=earlier, own_heading=own_heading(style, bodyname, date), decision=dec,
                          closed="lukket" in title.lower(), kind=kind))
        if body == "committee" and kind == "dk" and r.random() < 0.4:
            items[-1]["own_heading"] = r.choice([f"Beslutning (indstilling til {council})", f"Udvalgets indstilling til {council}"])
        if kind == "dk":
            dk_gold.append(dict(map_year=arg["year"], action_plan=arg["stance"]))
    return dict(muni=m, body=body, bodyname=bodyname, date=date, items=items, style=style, dk=dk_gold,
                council=council, committee=committee)


def plan_muni(m, plan, r):
    """Returns (docs spec list, municipality gold)."""
    style = make_style(r, m)
    council = C.council_of(m["code"], r)
    committee = r.choice(C.COMMITTEES)
    Y = MAP_YEAR
    mis_kinds = ["cykel", "natur", "besk", "letter"]
    docs = []

    def council_doc(date, special):
        docs.append(build_doc(m, r, style, "council", council, date, special, council, committee))

    def committee_doc(date, special):
        docs.append(build_doc(m, r, style, "committee", committee, date, special, council, committee))

    def plain_council(date):
        sp = [("mis", r.choice(mis_kinds))] if r.random() < 0.45 else []
        council_doc(date, sp)

    gold = dict(name=m["name"], plan=plan, outcome=None, action_plan=None, meeting_date=None, treatment_document=None)
    treat_idx = None
    if plan in ("ok_no_need", "ok_prepare", "no_position_na", "no_position_def"):
        stance = {"ok_no_need": "no_need", "ok_prepare": "prepare", "no_position_na": "not_addressed", "no_position_def": "deferred"}[plan]
        td = C.meeting_date(r, Y, r.choice([8, 9, 9, 10, 10, 11, 11, 12]), hi=18)
        cdate = None
        if r.random() < 0.55:
            cdate = C.weekday_on_or_after(td - dt.timedelta(days=r.randint(9, 24)))
            committee_doc(cdate, [("dk", dict(stance=stance if stance != "deferred" else r.choice(["no_need", "prepare"]), year=Y, body="committee"))])
        if r.random() < 0.3:
            council_doc(C.meeting_date(r, Y, 1, 15, 30), [("dk", dict(stance=r.choice(["no_need", "prepare"]), year=Y - 1, body="council"))])
        council_doc(td, [("dk", dict(stance=stance, year=Y, body="council", cdate=cdate))])
        treat_idx = len(docs) - 1
        for _ in range(r.randint(0 if docs[0:-1] else 1, 1 if len(docs) > 2 else 2)):
            plain_council(C.meeting_date(r, Y, r.choice([3, 4, 5, 6, 12])))
        gold.update(outcome="ok" if stance in ("no_need", "prepare") else "no_position", action_plan=stance)
    elif plan == "ok_after_deferral":
        d1 = C.meeting_date(r, Y, 9, hi=20)
        council_doc(d1, [("dk", dict(stance="deferred", year=Y, body="council"))])
        stance = r.choice(["no_need", "prepare"])
        cdate = C.meeting_date(r, Y, 10, hi=20)
        committee_doc(cdate, [("dk", dict(stance=stance, year=Y, body="committee"))])
        council_doc(C.meeting_date(r, Y, 11, 22, 28) if r.random() < 0.5 else C.meeting_date(r, Y, 12, 2, 12),
                    [("dk", dict(stance=stance, year=Y, body="council", cdate=cdate))])
        treat_idx = len(docs) - 1
        gold.update(outcome="ok", action_plan=stance)
    elif plan in ("committee_only", "committee_only_meddelelse"):
        cdate = C.meeting_date(r, Y, r.choice([9, 10, 11]))
        cst = r.choice(["no_need", "prepare"])
        committee_doc(cdate, [("dk", dict(stance=cst, year=Y, body="committee"))])
        cd2 = C.meeting_date(r, Y, 12, 2, 14)
        council_doc(cd2, [("medd", (committee, cdate, cst))] if plan.endswith("meddelelse") else [("mis", "letter")] if r.random() < 0.4 else [])
        for _ in range(r.randint(0, 1)):
            plain_council(C.meeting_date(r, Y, r.choice([5, 6, 8])))
        gold.update(outcome="committee_only")
    elif plan == "late":
        stance = r.choice(["no_need", "prepare"])
        if r.random() < 0.6:
            committee_doc(C.meeting_date(r, Y, 12, 2, 12), [("dk", dict(stance=stance, year=Y, body="committee"))])
        plain_council(C.meeting_date(r, Y, r.choice([10, 11, 12]), 2, 16))
        council_doc(C.meeting_date(r, Y + 1, r.choice([1, 2]), 14, 27), [("dk", dict(stance=stance, year=Y, body="council"))])
        treat_idx = len(docs) - 1
        gold.update(outcome="late", action_plan=stance)
    elif plan == "not_found":
        if r.random() < 0.6:
            council_doc(C.meeting_date(r, Y - 1, r.choice([10, 11, 12]), 2, 14), [("dk", dict(stance=r.choice(["no_need", "prepare"]), year=Y - 1, body="council"))])
        council_doc(C.meeting_date(r, Y, r.choice([9, 10])), [("mis", r.choice(["besk", "letter"]))])
        council_doc(C.meeting_date(r, Y, 11, 18, 28), [("mis", r.choice(["cykel", "natur"]))])
        gold.update(outcome="not_found")
    # a committee-minutes misleading case: a committee doc whose decision names the council
    docs.sort(key=lambda d: d["date"])
    if treat_idx is not None:
        t = [d for d in docs if d["body"] == "council" and any(x["map_year"] == Y and x["action_plan"] == gold["action_plan"] for x in d["dk"])][-1]
        gold.update(meeting_date=t["date"].isoformat())
        gold["_treat"] = t
    return docs, gold


def main():
    out = Path(sys.argv[1]).resolve()
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 6
    r = random.Random(seed)
    munis = load_munis()
    assert len(munis) == 98
    dev_layouts, hold_layouts = [], []
    for a, b in PAIRS:
        if r.random() < 0.5:
            a, b = b, a
        dev_layouts.append(a)
        hold_layouts.append(b)
    order = munis[:]
    r.shuffle(order)
    halves = {"dev": order[:49], "holdout": order[49:]}
    src = out / "_src"
    src.mkdir(parents=True, exist_ok=True)
    jobs = []
    golds = {}
    table = []
    for half, layouts_h in (("dev", dev_layouts), ("holdout", hold_layouts)):
        ms = sorted(halves[half], key=lambda m: int(m["code"]))
        plans = [p for p, n in PLANS for _ in range(n)]
        assert len(plans) == 49
        r.shuffle(plans)
        lay = [layouts_h[i % 5] for i in range(49)]
        r.shuffle(lay)
        g = dict(map_year=MAP_YEAR, seed=seed, documents={}, municipalities={})
        for m, plan, layout in zip(ms, plans, lay):
            mr = random.Random(f"{seed}-{m['code']}")
            docs, mg = plan_muni(m, plan, mr)
            treat = mg.pop("_treat", None)
            folder = L.folder_name(layout, m, mr)
            for d in docs:
                fn = L.file_name(layout, d, mr)
                rel = f"{folder}/{fn}"
                jid = f"j{len(jobs):04d}"
                job = L.render(layout, d, mr, src, jid)
                job.update(id=jid, half=half, rel=rel, layout=layout)
                jobs.append(job)
                g["documents"][rel] = dict(body=d["body"], dk_items=d["dk"], meeting_date=d["date"].isoformat(),
                                           municipality_code=m["code"], pages=None, producer=layout, status="ok")
                if d is treat:
                    mg["treatment_document"] = rel
            g["municipalities"][m["code"]] = mg
            table.append((half, m["code"], m["name"], layout, plan))
        golds[half] = g
    (src / "jobs.json").write_text(json.dumps(jobs, ensure_ascii=False, indent=1))
    for half, g in golds.items():
        (src / f"gold_{half}.json").write_text(json.dumps(g, ensure_ascii=False, indent=1, sort_keys=True))
    lines = ["# Layouts (seed %d)" % seed, "", "| layout | half | municipalities |", "|---|---|---|"]
    for half, lays in (("dev", dev_layouts), ("holdout", hold_layouts)):
        for l in lays:
            lines.append(f"| {l} | {half} | {sum(1 for t in table if t[0] == half and t[3] == l)} |")
    lines += ["", "| half | code | name | layout | scenario |", "|---|---|---|---|---|"]
    lines += [f"| {h} | {c} | {n} | {l} | {p} |" for h, c, n, l, p in table]
    (out / "layouts.md").write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
