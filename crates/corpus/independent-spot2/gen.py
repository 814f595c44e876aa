#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generate the independent spot-check corpus (2024H1) as sources to render.

  gen.py --out DIR [--seed 2025]

Writes DIR/src/* (files to convert), DIR/jobs.json (conversions for render.sh), the HTML files
directly into DIR/{dev,holdout}/corpus/, and DIR/pre.json (documents, items, planted items) for
index.py. A pure function of --seed."""
import argparse, csv, datetime, json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import cases, ordinary, layouts  # noqa: E402
from common import Ctx  # noqa: E402

KOMMUNER = "/work/shared/data/kommuner.csv"
COMMITTEES = ["Økonomiudvalget", "Social- og Sundhedsudvalget", "Ældre- og Sundhedsudvalget",
              "Teknik- og Miljøudvalget", "Børne- og Ungeudvalget"]
PLACES = ["Byrådssalen, Rådhuset", "Mødelokale 1, Rådhuset", "Kommunalbestyrelsessalen", "Borgernes Hus, sal 2"]


def council_name(code, name, rng):
    if code == "101":
        return "Borgerrepræsentationen"
    return rng.choice(["Byrådet", "Byrådet", "Kommunalbestyrelsen"])


def weekday_in(rng, y, m, lo=4, hi=26):
    while True:
        d = datetime.date(y, m, rng.randint(lo, hi))
        if d.weekday() in (0, 1, 2, 3):
            return d


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=2025)
    ap.add_argument("--out", required=True)
    ap.add_argument("--municipalities", type=int, default=28)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    rows = list(csv.DictReader(open(KOMMUNER, encoding="utf-8")))
    munis = rng.sample(rows, a.municipalities)

    # layouts: one of each pair to each half
    half_of = {}
    for pair in layouts.PAIRS:
        p = list(pair)
        rng.shuffle(p)
        half_of[p[0]] = "dev"
        half_of[p[1]] = "holdout"
    order = [l for pair in layouts.PAIRS for l in pair]
    rng.shuffle(order)
    for i, m in enumerate(munis):
        m["layout"] = order[i % len(order)]
        m["half"] = half_of[m["layout"]]
        m["council"] = council_name(m["code"], m["name"], rng)

    # meetings
    meetings = []
    for m in munis:
        n = rng.choice([2, 3, 3])
        months = sorted(rng.sample(range(1, 7), n))
        for mo in months:
            meetings.append(dict(muni=m, kind="council", date=weekday_in(rng, 2024, mo)))
    per_half = {"dev": [m for m in munis if m["half"] == "dev"], "holdout": [m for m in munis if m["half"] == "holdout"]}
    for h, ms in per_half.items():
        ms = list(ms)
        rng.shuffle(ms)
        for i, m in enumerate(ms[:5]):
            meetings.append(dict(muni=m, kind="committee", date=weekday_in(rng, 2024, rng.randint(1, 6)),
                                 committee=rng.choice(COMMITTEES)))
        for i, m in enumerate(ms[5:9]):
            d = rng.choice([weekday_in(rng, 2023, 12, 4, 18), weekday_in(rng, 2024, 8, 20, 29),
                            weekday_in(rng, 2024, 9), weekday_in(rng, 2023, 11)])
            meetings.append(dict(muni=m, kind="out_of_period", date=d))

    # planted items per half
    classes = list(cases.FLAG)
    plants = {"dev": [], "holdout": []}
    for ci, cls in enumerate(classes):
        fl = list(cases.FLAG[cls])
        rng.shuffle(fl)
        # two different wordings each half; with three or more, the halves differ where possible
        dev_f = fl[:2]
        hold_f = (fl[2:] + fl[:2])[:2] if len(fl) >= 4 else ([fl[2], fl[0]] if len(fl) == 3 else fl[::-1])
        plants["dev"] += [(cls, f, "flag") for f in dev_f]
        plants["holdout"] += [(cls, f, "flag") for f in hold_f]
        q = list(cases.QUIET[cls])
        rng.shuffle(q)
        plants["dev"] += [(cls, q[0], "quiet")] + ([(cls, q[1], "quiet")] if ci % 2 == 0 else [])
        plants["holdout"] += [(cls, q[1], "quiet")] + ([(cls, q[0], "quiet")] if ci % 2 == 1 else [])
    # a third wording to reach about 30 per half
    extra = [c for c in classes if len(cases.FLAG[c]) >= 3]
    for h in plants:
        used = {(c, f) for c, f, e in plants[h]}
        for cls in rng.sample(extra, 2):
            left = [f for f in cases.FLAG[cls] if (cls, f) not in used]
            plants[h].append((cls, rng.choice(left), "flag"))
    # planted items in meetings that must not be drawn
    hidden = {}
    for h in plants:
        hidden[h] = [(c, rng.choice(cases.FLAG[c]), "flag") for c in rng.sample(classes, 9)]

    # assign plants to meetings
    for h in plants:
        cm = [mt for mt in meetings if mt["muni"]["half"] == h and mt["kind"] == "council"]
        slots = [mt for mt in cm for _ in range(2)]
        rng.shuffle(slots)
        todo = list(plants[h])
        rng.shuffle(todo)
        for p in todo:
            for i, mt in enumerate(slots):
                if p[0] not in [q[0] for q in mt.setdefault("plants", [])] and \
                        not (p[0] == "closed_without_reason" and any(q[0] == p[0] for q in mt["plants"])):
                    mt["plants"].append(p)
                    slots.pop(i)
                    break
            else:
                sys.exit("no slot for %r" % (p,))
        nd = [mt for mt in meetings if mt["muni"]["half"] == h and mt["kind"] != "council"]
        for i, p in enumerate(hidden[h]):
            nd[i % len(nd)].setdefault("plants", []).append(p)

    # build items and documents
    os.makedirs(os.path.join(a.out, "src"), exist_ok=True)
    jobs, docs = [], []
    case_k = 1000
    gold_n = {"dev": 0, "holdout": 0}
    meetings.sort(key=lambda mt: (mt["muni"]["code"], mt["date"]))
    for mt in meetings:
        m = mt["muni"]
        h = m["half"]
        body = mt.get("committee") or m["council"]
        ctx = Ctx(rng, m["name"], m["council"], mt["date"], mt["kind"])
        meet = dict(muni=m["name"], code=m["code"], date=mt["date"], kind=mt["kind"], body=body,
                    body_lc=body if body == "Borgerrepræsentationen" else body.lower(),
                    council=m["council"],
                    body_title={"Byrådet": "%s Byråd" % m["name"], "Kommunalbestyrelsen": "Kommunalbestyrelsen i %s Kommune" % m["name"],
                                "Borgerrepræsentationen": "Borgerrepræsentationen"}.get(body, "%s, %s Kommune" % (body, m["name"])),
                    place=rng.choice(PLACES), absent=rng.choice(["Ingen", ctx.member(), ctx.member()]))
        n_items = rng.randint(8, 12) if mt["kind"] == "council" else rng.randint(6, 9)
        ords = rng.sample(ordinary.ALL, n_items - 1 - len(mt.get("plants", [])))
        items = [ordinary.dagsorden(ctx)] + [f(ctx) for f in ords]
        planted = []
        for cls, f, exp in mt.get("plants", []):
            it = f(ctx)
            it.update(cls=cls, expect=exp if mt["kind"] == "council" else "quiet", variant=f.__name__)
            planted.append(it)
        for it in planted:
            if it["closed"]:
                items.append(it)
            else:
                items.insert(rng.randint(1, len(items)), it)
        closed_ord = [it for it in items if it["closed"]]
        items = [it for it in items if not it["closed"]] + closed_ord
        base = 0 if m["layout"] != "L6_ghostscript_ps" else 20 * mt["date"].month + rng.randint(1, 9)
        for i, it in enumerate(items):
            it["number"] = base + i + 1
            case_k += rng.randint(3, 97)
            it["case_k"] = case_k
            if it.get("cls"):
                gold_n[h] += 1
                it["gold"] = "%s-%03d" % (h, gold_n[h])
            else:
                it["gold"] = None
        meet["items"] = items
        for d in layouts.render_meeting(meet, m["layout"], rng):
            d.update(half=h, layout=m["layout"], kind=mt["kind"], municipality=m["code"],
                     meeting_date=mt["date"].isoformat(), body="council" if mt["kind"] != "committee" else "committee")
            if d["producer"] == "copy":
                dest = os.path.join(a.out, h, "corpus", d["path"])
                os.makedirs(os.path.dirname(dest), exist_ok=True)
                open(dest, "wb").write(d["src"])
            else:
                sid = "s%04d" % len(jobs)
                sp = os.path.join(a.out, "src", "%s.%s" % (sid, d["src_ext"]))
                open(sp, "wb").write(d["src"])
                jobs.append(dict(id=sid, producer=d["producer"], src=sp,
                                 dest=os.path.join(a.out, h, "corpus", d["path"])))
            docs.append(dict(document=d["path"], half=h, layout=d["layout"], kind=d["kind"],
                             pdf=d["path"].endswith(".pdf"), municipality=m["code"], muni_name=m["name"],
                             meeting_date=d["meeting_date"], body=d["body"], body_name=body,
                             items=[dict(number=it["number"], title=it["title"], text=it["text"], gold=it["gold"],
                                         cls=it.get("cls"), expect=it.get("expect"), variant=it.get("variant"),
                                         phrase=it.get("phrase")) for it in d["items"]]))
    json.dump(jobs, open(os.path.join(a.out, "jobs.json"), "w"), indent=1, ensure_ascii=False)
    json.dump(dict(seed=a.seed, half_of=half_of, docs=docs,
                   municipalities=[dict(code=m["code"], name=m["name"], layout=m["layout"], half=m["half"],
                                        council=m["council"]) for m in munis]),
              open(os.path.join(a.out, "pre.json"), "w", encoding="utf-8"), indent=1, ensure_ascii=False)
    print("gen: %d documents, %d conversions, planted dev %d holdout %d" % (len(docs), len(jobs), gold_n["dev"], gold_n["holdout"]))


if __name__ == "__main__":
    main()
