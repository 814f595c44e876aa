#!/usr/bin/env python3
"""Corpus 24 (map year 2025): municipalities, scenarios, document models and gold.

gen.py OUT  -> OUT/<half>/models.json (rendered by render.py) and OUT/<half>/gold.json"""
import csv, json, random, sys, unicodedata, datetime as dt
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import texts_dev, texts_hold

SEED = 20251218
Y = 2025
LAYOUTS = {"dev": ["D1", "D2", "D3", "D4"], "holdout": ["H1", "H2", "H3", "H4"]}

# Scenario -> count per half (49 each)
COUNTS = {
    "dev": dict(ok_prepare=4, ok_no_need=3, ok_no_need_effort=2, ok_other_name=2, ok_vote_amend=1,
                ok_vote_no=1, ok_perpoint=2, ok_deferred_then_decided=2, ok_extraordinary=1,
                ok_agenda_beside=2, ok_split=2, ok_with_prev_map=2, ok_press=1, ok_dialogue_and_council=1,
                ok_committee_quote_council=1, no_position_note=3, no_position_deferred=2,
                no_position_discussed=1, late_prepare=2, late_no_need=1, late_after_committee=1,
                late_figures_year=1, committee_only=2, committee_quotes_council=1, joint_meeting=2,
                dialogue_only=1, not_found_other_maps=2, not_found_ast_letter=1, not_found_press=1,
                not_found_prev_map=1),
    "holdout": dict(ok_prepare=3, ok_no_need=3, ok_no_need_effort=2, ok_other_name=2, ok_vote_amend=1,
                    ok_vote_no=1, ok_perpoint=2, ok_deferred_then_decided=1, ok_extraordinary=1,
                    ok_agenda_beside=2, ok_split=2, ok_with_prev_map=2, ok_press=1, ok_dialogue_and_council=1,
                    ok_committee_quote_council=1, no_position_note=2, no_position_deferred=2,
                    no_position_discussed=2, late_prepare=3, late_no_need=1, late_after_committee=1,
                    late_figures_year=1, committee_only=2, committee_quotes_council=1, joint_meeting=2,
                    dialogue_only=1, not_found_other_maps=2, not_found_ast_letter=2, not_found_press=1,
                    not_found_prev_map=1),
}


def ascii_name(n):
    n = n.replace("æ", "ae").replace("ø", "oe").replace("å", "aa").replace("Æ", "Ae").replace("Ø", "Oe").replace("Å", "Aa")
    n = unicodedata.normalize("NFKD", n).encode("ascii", "ignore").decode()
    return "".join(c if c.isalnum() else "-" for c in n).strip("-")


TRAP_TITLES = {v[0] for v in texts_dev.TRAPS.values()} | {v[0] for v in texts_hold.FÆLDER.values()}


def munis():
    with open("/work/shared/data/kommuner.csv", encoding="utf-8") as f:
        return [(r["code"], r["name"]) for r in csv.DictReader(f)]


def d(y, m, day):
    return dt.date(y, m, day)


def stance(rec, dec):
    if dec in ("approve", "recommend", "perpoint"):
        return {"prepare": "prepare", "prepare_other": "prepare", "no_need": "no_need",
                "no_need_effort": "no_need", "note": "not_addressed"}[rec]
    return {"note": "not_addressed", "discussed": "not_addressed", "defer": "deferred", "amend_prepare": "prepare",
            "vote_no": "no_need", "agenda": "not_addressed", "followup": "prepare"}[dec]


def dk(rec, dec, year, map_year=Y, hist=(), **kw):
    it = dict(t="dk", rec=rec, dec=dec, year=year, map_year=map_year, hist=[(a, b, wd(c), e) for a, b, c, e in hist])
    it.update(kw)
    it["stance"] = stance(rec, dec)
    return it


def trap(kind):
    return dict(t="trap", kind=kind)


def filler(n):
    return dict(t="filler", n=n)


COMMITTEES = ["Social- og Sundhedsudvalget", "Voksen- og Handicapudvalget", "Børne- og Familieudvalget",
              "Social-, Sundheds- og Ældreudvalget", "Udvalget for Social og Beskæftigelse"]
CITIZENS = ["Handicaprådet", "Ældrerådet", "Seniorrådet", "Udsatterådet"]


def wd(date):
    """A meeting falls on a weekday: Saturday and Sunday move to the Monday after."""
    if date is None:
        return None
    while date.weekday() >= 5:
        date += dt.timedelta(days=1)
    return date


def doc(kind, body, date, items, **kw):
    x = dict(kind=kind, body=body, date=wd(date), items=items)
    if "about" in kw:
        kw["about"] = wd(kw["about"])
    x.update(kw)
    return x


def build_scenario(sc, rng):
    """Returns the list of documents (without layout) of one municipality."""
    ys = ["title", "text", "figures", "pub", "none", "title_figures"]
    yr = lambda: rng.choice(ys)
    cday = lambda m: d(Y, m, rng.choice([9, 10, 11, 16, 17, 18, 19, 24, 25, 26]))
    comm = rng.choice(COMMITTEES)
    oekon = "Økonomiudvalget"
    cdate = cday(rng.choice([11, 12]))
    if cdate.month == 12 and cdate.day > 19:
        cdate = cdate.replace(day=16)
    comm_date = cdate - dt.timedelta(days=rng.choice([13, 20, 27, 34]))
    oek_date = cdate - dt.timedelta(days=rng.choice([6, 7, 8]))
    hist_std = [("committee", comm, comm_date, "recommend"), ("committee", oekon, oek_date, "recommend")]
    out = []
    other_council = doc("minutes", "council", cday(rng.choice([9, 10])), [filler(rng.randint(3, 5))])
    other_comm = doc("minutes", "committee", d(Y, rng.choice([9, 10]), rng.choice([2, 7, 14, 21])), [filler(rng.randint(2, 4))], bodyname=comm)

    def std_ok(rec, dec="approve", hist=None, **kw):
        h = hist_std if hist is None else hist
        return [doc("minutes", "committee", comm_date, [filler(2), dk(rec, "recommend", yr(), hist=[]), filler(1)], bodyname=comm),
                doc("minutes", "council", cdate, [filler(rng.randint(2, 4)), dk(rec, dec, yr(), hist=h, **kw), filler(rng.randint(1, 3))])]

    if sc == "ok_prepare":
        out = std_ok("prepare") + [other_council]
    elif sc == "ok_no_need":
        out = std_ok("no_need") + [other_comm]
    elif sc == "ok_no_need_effort":
        out = std_ok("no_need_effort") + [other_council]
    elif sc == "ok_other_name":
        out = std_ok("prepare_other") + [doc("minutes", "council", cday(9), [filler(2), trap("budget_plan"), filler(1)])]
    elif sc == "ok_vote_amend":
        out = std_ok("no_need", dec="amend_prepare") + [other_comm]
    elif sc == "ok_vote_no":
        out = std_ok("prepare", dec="vote_no") + [other_council]
    elif sc == "ok_perpoint":
        out = std_ok("prepare", dec="perpoint") + [other_comm]
    elif sc == "ok_deferred_then_decided":
        first = d(Y, 11, rng.choice([11, 18, 25]))
        out = [doc("minutes", "council", first, [filler(2), dk("prepare", "defer", yr(), hist=[("committee", oekon, first - dt.timedelta(days=7), "recommend")]), filler(2)]),
               doc("minutes", "council", d(Y, 12, rng.choice([9, 16])), [filler(2), dk("prepare", "approve", yr(), hist=[("council", None, first, "defer")]), filler(1)]),
               other_comm]
    elif sc == "ok_extraordinary":
        ex = d(Y, 12, rng.choice([2, 4, 22]))
        out = [doc("minutes", "committee", ex - dt.timedelta(days=10), [filler(2), dk("prepare", "recommend", yr()), filler(1)], bodyname=comm),
               doc("minutes", "council", ex, [dk("prepare", "approve", yr(), hist=[("committee", comm, ex - dt.timedelta(days=10), "recommend")]), filler(1)], extraordinary=True),
               other_council]
    elif sc == "ok_agenda_beside":
        out = [doc("agenda", "council", cdate, [filler(3), dk(rng.choice(["prepare", "no_need"]), "agenda", "title", hist=hist_std[1:]), filler(2)])]
        rec = "prepare" if rng.random() < 0.5 else "no_need"
        out[0]["items"][1]["rec"] = rec
        out.append(doc("minutes", "council", cdate, [filler(3), dk(rec, "approve", "title", hist=hist_std[1:]), filler(2)]))
        out.append(other_comm)
    elif sc == "ok_split":
        out = [doc("minutes", "council", cdate, [filler(4)], part=1),
               doc("minutes", "council", cdate, [filler(2), dk("prepare", "approve", yr(), hist=hist_std), filler(2)], part=2),
               other_comm]
    elif sc == "ok_with_prev_map":
        early = d(Y, rng.choice([2, 3]), rng.choice([4, 11, 25]))
        out = [doc("minutes", "council", early, [filler(2), dk("note", "note", "none", map_year=Y - 1), filler(2)]),
               doc("minutes", "council", cdate, [filler(2), dk(rng.choice(["prepare", "no_need"]), "approve", rng.choice(["title", "text", "figures"]), hist=hist_std[1:]), filler(1)]),
               other_comm]
        out[1]["items"][1]["stance"] = stance(out[1]["items"][1]["rec"], "approve")
    elif sc == "ok_press":
        out = std_ok("prepare") + [doc("press", "unknown", None, [], about=cdate)]
    elif sc == "ok_dialogue_and_council":
        cit = rng.choice(CITIZENS)
        dd = d(Y, 10, rng.choice([6, 13, 27]))
        out = [doc("minutes", "dialogue", dd, [dk("note", "discussed", yr()), filler(1)], citizens=cit),
               doc("minutes", "council", cdate, [filler(2), dk("prepare", "approve", yr(), hist=hist_std[1:]), filler(2)]),
               other_council]
    elif sc == "ok_committee_quote_council":
        later = d(Y + 1, 1, rng.choice([13, 20, 27]))
        out = [doc("minutes", "council", cdate, [filler(2), dk("prepare", "approve", yr(), hist=hist_std[1:]), filler(1)]),
               doc("minutes", "committee", later, [filler(1), dk("prepare", "followup", "title", hist=[("council", None, cdate, "approve")]), filler(2)], bodyname=comm),
               other_comm]
    elif sc == "no_position_note":
        out = std_ok("note", dec="note") + [other_council]
    elif sc == "no_position_deferred":
        dec_d = d(Y, 12, rng.choice([9, 16, 17]))
        out = [doc("minutes", "council", dec_d, [filler(2), dk("prepare", "defer", yr(), hist=hist_std[1:]), filler(2)]),
               doc("minutes", "council", d(Y + 1, 1, rng.choice([20, 27, 28])), [filler(1), dk("prepare", "approve", "title", hist=[("council", None, dec_d, "defer")]), filler(2)]),
               other_comm]
    elif sc == "no_position_discussed":
        out = std_ok("note", dec="discussed") + [other_comm]
    elif sc == "late_prepare":
        late = rng.choice([d(Y + 1, 1, 22), d(Y + 1, 1, 27), d(Y + 1, 1, 29), d(Y + 1, 2, 3), d(Y + 1, 2, 24)])
        out = [doc("minutes", "council", late, [filler(2), dk("prepare", "approve", yr(), hist=[("committee", oekon, late - dt.timedelta(days=8), "recommend")]), filler(2)]),
               other_council, other_comm]
    elif sc == "late_no_need":
        late = d(Y + 1, 2, rng.choice([3, 24, 25]))
        out = [doc("minutes", "council", late, [filler(2), dk("no_need", "approve", yr()), filler(2)]), other_council, other_comm]
    elif sc == "late_after_committee":
        cd = d(Y, 11, rng.choice([19, 25]))
        late = d(Y + 1, 1, rng.choice([22, 29]))
        out = [doc("minutes", "committee", cd, [filler(2), dk("prepare", "recommend", yr()), filler(1)], bodyname=comm),
               doc("minutes", "council", late, [filler(1), dk("prepare", "approve", yr(), hist=[("committee", comm, cd, "recommend")]), filler(2)]),
               other_council]
    elif sc == "late_figures_year":
        late = d(Y + 1, 3, rng.choice([3, 10, 24]))
        out = [doc("minutes", "council", late, [filler(2), dk("no_need", "approve", "figures_only"), filler(2)]), other_council, other_comm]
    elif sc == "committee_only":
        out = [doc("minutes", "committee", comm_date, [filler(2), dk(rng.choice(["prepare", "note"]), "recommend", yr()), filler(1)], bodyname=comm),
               other_council, doc("minutes", "council", cdate, [filler(4)])]
    elif sc == "committee_quotes_council":
        out = [doc("minutes", "committee", d(Y + 1, 1, rng.choice([12, 19])), [filler(1), dk("prepare", "followup", "title", hist=[("council", None, cdate, "approve")]), filler(2)], bodyname=comm),
               other_council, other_comm]
    elif sc == "joint_meeting":
        c2 = rng.choice([c for c in COMMITTEES if c != comm])
        out = [doc("minutes", "joint", comm_date, [dk(rng.choice(["prepare", "no_need"]), "recommend", yr()), filler(1)], bodyname=comm, bodyname2=c2),
               other_council, doc("minutes", "council", cdate, [filler(3)])]
    elif sc == "dialogue_only":
        cit = rng.choice(CITIZENS)
        out = [doc("minutes", "dialogue", d(Y, 11, rng.choice([3, 10, 17])), [dk("note", "discussed", yr()), filler(1)], citizens=cit),
               other_council, other_comm]
    elif sc == "not_found_other_maps":
        out = [doc("minutes", "council", cdate, [filler(1), trap("climate_map"), filler(1), trap("employment_rates"), filler(1)]),
               doc("minutes", "committee", comm_date, [trap(rng.choice(["nature_map", "cycle_map"])), filler(2)], bodyname="Teknik- og Miljøudvalget"),
               other_council]
    elif sc == "not_found_ast_letter":
        ld = d(Y, rng.choice([4, 5]), rng.choice([6, 13, 27]))
        out = [doc("minutes", "council", ld, [filler(2), dk("note", "note", "letter", map_year=Y - 1, letter=True), filler(1)]),
               doc("minutes", "council", cdate, [filler(2), trap("budget_plan"), filler(1)]), other_comm]
    elif sc == "not_found_press":
        out = [doc("press", "unknown", None, [], about=cdate), doc("newsletter", "unknown", None, [], about=cdate),
               doc("minutes", "council", cdate, [filler(4)])]
    elif sc == "not_found_prev_map":
        early = d(Y, rng.choice([3, 4]), rng.choice([8, 15, 29]))
        out = [doc("minutes", "council", early, [filler(2), dk("prepare", "approve", "none", map_year=Y - 1), filler(2)]),
               other_council, other_comm]
    else:
        raise KeyError(sc)
    if len(out) < 4 and rng.random() < 0.4:
        out.append(doc("minutes", "committee", d(Y, rng.choice([5, 6, 8]), rng.choice([3, 10, 17])), [filler(rng.randint(2, 4))],
                       bodyname=rng.choice(["Økonomiudvalget", "Teknik- og Miljøudvalget", comm])))
    return out


def decide(items):
    """items: (body, date, map_year, stance, docpath). CONTRACT.md's rule for map year Y."""
    its = [i for i in items if i[2] == Y]
    if not its:
        return "not_found", None, None, None
    council = [i for i in its if i[0] == "council"]
    if not council:
        return "committee_only", None, None, None
    dl = dt.date(Y, 12, 31).isoformat()
    intime = sorted([i for i in council if i[1] <= dl], key=lambda i: i[1])
    if not intime:
        late = sorted(council, key=lambda i: i[1])
        return "late", late[0][3], late[0][4], late[0][1]
    pos = [i for i in intime if i[3] in ("prepare", "no_need")]
    if pos:
        return "ok", pos[0][3], pos[0][4], pos[0][1]
    return "no_position", intime[-1][3], intime[-1][4], intime[-1][1]


def main(out):
    out = Path(out)
    rng = random.Random(SEED)
    ms = munis()
    rng.shuffle(ms)
    layouts_md = ["| municipality | half | folder | layout | scenario | outcome |", "|---|---|---|---|---|---|"]
    for hi, half in enumerate(["dev", "holdout"]):
        T = texts_dev if half == "dev" else texts_hold
        mine = ms[hi * 49:(hi + 1) * 49]
        scen = [s for s, n in COUNTS[half].items() for _ in range(n)]
        assert len(scen) == 49, (half, len(scen))
        rng.shuffle(scen)
        models, gold = [], {"map_year": Y, "municipalities": {}, "documents": {}}
        for k, ((code, name), sc) in enumerate(zip(mine, scen)):
            lay = LAYOUTS[half][k % 4]
            srng = random.Random(f"{SEED}-{half}-{code}")
            folder = [code, code.zfill(4), ascii_name(name).lower(), ascii_name(name) + "-Kommune"][srng.randrange(4)]
            docs = build_scenario(sc, srng)
            srng.shuffle(docs)
            council_name = "Borgerrepræsentationen" if code == "101" else srng.choice(["Byrådet", "Byrådet", "Kommunalbestyrelsen"])
            if name in ("Fanø", "Læsø", "Samsø", "Ærø", "Gribskov", "Hørsholm"):
                council_name = "Kommunalbestyrelsen"
            ditems = []
            for j, dm in enumerate(docs):
                dm.update(muni=name, code=code, layout=lay, council=council_name, half=half)
                if dm["kind"] in ("press", "newsletter"):
                    dm["layout"] = "P" + half[0]
                T.fill(dm, srng)  # wording: titles, blocks, file name
                specs = [it for it in dm["items"] if it["t"] == "dk"]
                for ri, sp in zip([r for r in dm.get("ritems", []) if r.get("dk")], specs):
                    ri["map_year"], ri["stance"] = sp["map_year"], sp["stance"]
                if lay in ("D2", "H4") and dm["kind"] in ("minutes", "agenda"):
                    keep = [r for r in dm["ritems"] if r.get("dk")] or [r for r in dm["ritems"] if r["casenr"].startswith("00.01.00-P20") or r["title"] in TRAP_TITLES]
                    if keep:
                        dm["agenda_list"] = [(r["no"], r["title"]) for r in dm["ritems"]]
                        dm["ritems"] = keep[:1]
                        dm["itempage"] = True
                        dm["fname"] += f"-punkt-{keep[0]['no']}"
                ext = {"D1": ".pdf", "D2": ".pdf" if dm.get("itempage") else ".html", "D3": ".pdf", "D4": ".htm",
                       "H1": ".pdf", "H2": ".pdf", "H3": ".pdf", "H4": ".html" if dm.get("itempage") else ".pdf",
                       "Pd": ".html", "Ph": ".pdf"}[dm["layout"]]
                dm["fname"] += ext if not dm["fname"].endswith((".html", ".htm", ".pdf")) else ""
                if dm["layout"] == "Ph":
                    dm["fname"] = dm["fname"].replace(".html", "") + ("" if dm["fname"].endswith(".pdf") else ".pdf")
                if f"{folder}/{dm['fname']}" in gold["documents"]:
                    stem, dot, ext_ = dm["fname"].rpartition(".")
                    ini = "".join(w[0] for w in ascii_name(dm["bodyname"]).split("-") if w).lower()
                    dm["fname"] = f"{stem}-{ini}.{ext_}"
                dm["path"] = f"{folder}/{dm['fname']}"
                assert dm["path"] not in gold["documents"], dm["path"]
                body = {"council": "council", "committee": "committee", "joint": "committee",
                        "dialogue": "unknown", "unknown": "unknown"}[dm["body"]]
                dki = [r for r in dm.get("ritems", []) if r.get("dk")]
                dm["gold_body"] = body
                gold["documents"][dm["path"]] = dict(
                    status="ok", municipality_code=code, body=body,
                    meeting_date=dm["date"].isoformat() if dm["date"] else None,
                    dk_items=[{"map_year": it["map_year"], "action_plan": it["stance"]} for it in dki],
                    layout=dm["layout"], kind=dm["kind"], producer=None, pages=None)
                for it in dki:
                    ditems.append((body, dm["date"].isoformat(), it["map_year"], it["stance"], dm["path"]))
                models.append(dm)
            oc, ap, tdoc, tdate = decide(ditems)
            gold["municipalities"][code] = dict(name=name, plan=sc, outcome=oc, action_plan=ap,
                                                treatment_document=tdoc, meeting_date=tdate, layout=lay,
                                                dk_items=ditems)
            layouts_md.append(f"| {code} {name} | {half} | {folder} | {lay} | {sc} | {oc}/{ap} |")
        hd = out / half
        (hd / "corpus").mkdir(parents=True, exist_ok=True)
        (hd / "models.json").write_text(json.dumps(models, default=str, ensure_ascii=False, indent=0))
        (hd / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1, sort_keys=True))
    (out / "layouts.md").write_text("\n".join(layouts_md) + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
