#!/usr/bin/env python3
"""Independent labelled corpus for the danmarkskort review, map year 2022.

    python3 gen.py --seed 7 --out OUT [--kommuner /work/shared/data/kommuner.csv]
    python3 gen.py --fill-pages OUT/dev      (after rendering: page counts into gold.json)

Writes OUT/{dev,holdout}/src/<id>.<ext> (sources), OUT/<half>/render.tsv (what render.sh does
with each source: method, source, destination under corpus/), OUT/<half>/gold.json, and
OUT/layouts.json (layout -> half, municipalities). Deterministic by --seed."""
import argparse, collections, csv, json, os, random, subprocess, sys
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import content as C  # noqa: E402
from content import dlong, ddots, ddash, dweek, ascii_da  # noqa: E402
import writers as W  # noqa: E402

MAP_YEAR = 2022
DEADLINE = date(2022, 12, 31)


# =============================================================== scenarios

def plan_half(rng, munis, specials, layout_of):
    """specials: dict kind -> count; the rest are ok variants. The special (non-ok) scenarios are
    dealt over the layouts so that no layout gets two before every layout has one."""
    out = {}
    load = collections.Counter()
    free = list(munis)
    rng.shuffle(free)
    for k, n in specials.items():
        for _ in range(n):
            best = min(free, key=lambda m: (load[layout_of[m.code]], rng.random()))
            free.remove(best)
            load[layout_of[best.code]] += 1
            out[best.code] = k
    munis = free
    kinds = []
    # every ok variant at least twice per half, the rest drawn
    kinds += ["ok_amend_flip"] * 2 + ["ok_deferred_then"] * 2 + ["ok_noted_then_pos"] * 2 + ["ok_existing"] * 2 + \
        ["ok_continue"] * 2 + ["ok_other_name"] * 3
    ok_kinds = (["ok_prepare"] * 40 + ["ok_no_need"] * 30 + ["ok_other_name"] * 8 + ["ok_existing"] * 6 +
                ["ok_continue"] * 4 + ["ok_amend_flip"] * 5 + ["ok_deferred_then"] * 4 + ["ok_noted_then_pos"] * 3)
    while len(kinds) < len(munis):
        kinds.append(rng.choice(ok_kinds))
    kinds = kinds[:len(munis)]
    rng.shuffle(kinds)
    out.update(zip([m.code for m in munis], kinds))
    return out


def council_date(rng, m, lo, hi):
    """A council meeting date between months lo and hi ((y, m) tuples)."""
    months = []
    y, mo = lo
    while (y, mo) <= hi:
        months.append((y, mo))
        mo += 1
        if mo == 13:
            y, mo = y + 1, 1
    y, mo = rng.choice(months)
    if mo == 7:
        mo = 8
    return m.meeting_day(y, mo, rng.choice([2, 3]))


def build_muni(rng, m, scen):
    """Meetings for one municipality: list of dicts (kind, body, date, items, role)."""
    ctx = dict(committee=rng.choice([m.okonomi, m.social]),
               letter_date=date(2022, rng.choice([2, 3, 4]), rng.randint(1, 27)),
               prev_treat=date(2021, rng.choice([10, 11, 12]), rng.randint(1, 27)),
               title_avoid=rng.random() < 0.18, combined_letter=rng.random() < 0.12)
    if ctx["title_avoid"]:
        ctx["combined_letter"] = False
    committee = ctx["committee"]
    meetings = []
    tags = []

    def add(kind, body, d, items, role):
        # two agendas of the same body on the same day are one meeting
        for mt in meetings:
            if mt["body"] == body and mt["date"] == d:
                mt["items"] += items
                if mt["role"].startswith("noise"):
                    mt["role"] = role
                return mt
        meetings.append(dict(kind=kind, body=body, date=d, items=items, role=role))
        return meetings[-1]

    def council(d, items, role):
        return add("council", m.council, d, items, role)

    def comm(d, items, role, body=None):
        return add("committee", body or committee, d, items, role)

    def dec_kind(stance):
        ks = ["plain", "plain", "plain", "vote", "perbullet", "amend_neutral", "explicit"]
        if stance == "no_need":
            ks.append("saer")
        k = rng.choice(ks)
        if k in ("vote", "perbullet", "amend_neutral", "explicit", "saer"):
            tags.append("decision_" + k)
        return k

    def treat(d, stance, variant, dk, with_committee=None, chain=None):
        """A council meeting treating the map, maybe preceded by a committee meeting."""
        it, final = C.dk_item(rng, m, d, True, stance, variant, dk, ctx)
        if with_committee is None:
            with_committee = rng.random() < 0.6
        if with_committee:
            cd = d - timedelta(days=rng.choice([6, 7, 8, 13, 14, 15, 20, 21]))
            cit = C.committee_dk_item(rng, m, cd, committee, "prepare" if stance == "prepare" else ("no_need" if stance == "no_need" else "noted"), variant, ctx)
            cm = comm(cd, C.ordinary_items(rng, m, cd, False, rng.randint(2, 4), social=committee != m.okonomi) + [cit], "committee_treat")
            rng.shuffle(cm["items"])
            if chain is None:
                chain = rng.random() < 0.7
            if chain:
                it["prior"] = [(committee, cd, cit, cit["decision"])]
                tags.append("council_quotes_committee")
                if committee == m.okonomi and rng.random() < 0.4:
                    sd = cd - timedelta(days=7)
                    it["prior"].insert(0, (m.social, sd, rng.randint(3, 12), ["Anbefales."]))
                    tags.append("chain_of_two")
        items = C.ordinary_items(rng, m, d, True, rng.randint(3, 6))
        pos = rng.randint(1, len(items))
        items.insert(pos, it)
        if rng.random() < 0.3:
            items.insert(rng.randint(0, len(items)), C.it_othermap(rng, m, d, True) if rng.random() < 0.5 else C.it_employment(rng, m, d, True))
            tags.append("misleading_item_in_same_meeting")
        if rng.random() < 0.25:
            items.insert(0, C.it_announcements(rng, m, d, True, mention=False))
        if rng.random() < 0.3:
            items.append(C.it_closed(rng))
        council(d, items, "council_treat")
        return final

    def noise(kind=None, d=None):
        kind = kind or rng.choice(["letter", "employment", "othermap", "announce"])
        if kind == "letter":
            d = d or council_date(rng, m, (2022, 3), (2022, 6))
            it = C.it_letter2021(rng, m, d, True, ctx)
            tags.append("letter_about_2021")
        elif kind == "employment":
            d = d or council_date(rng, m, (2022, 4), (2022, 11))
            it = C.it_employment(rng, m, d, True)
            tags.append("employment_omgoerelse")
        elif kind == "othermap":
            d = d or council_date(rng, m, (2022, 3), (2022, 12))
            it = C.it_othermap(rng, m, d, True)
            tags.append("other_danmarkskort")
        else:
            d = d or council_date(rng, m, (2022, 8), (2022, 11))
            it = C.it_announcements(rng, m, d, True)
            tags.append("mayor_mentions_map")
        items = C.ordinary_items(rng, m, d, True, rng.randint(3, 5))
        items.insert(rng.randint(0 if kind == "announce" else 1, len(items)), it)
        if kind == "announce":
            items.remove(it)
            items.insert(0, it)
        council(d, items, "noise_" + kind)

    def followup():
        """A committee meeting in 2023 following up with the action plan; quotes the council."""
        ct = [mt for mt in meetings if mt["role"] == "council_treat"][-1]
        cit = [it for it in ct["items"] if it.get("dk")][0]
        d = m.meeting_day(2023, rng.choice([1, 2, 3]), 1)
        it = dict(title=rng.choice(["Opfølgning på danmarkskortet 2022 – handlingsplan for den juridiske kvalitet",
                                    "Handlingsplan til styrkelse af den juridiske kvalitet – opfølgning på Danmarkskort 2022"]),
                  sections=[("resume", [f"{m.council} besluttede den {dlong(ct['date'])} i forbindelse med behandlingen af danmarkskortet 2022, at der skulle udarbejdes en handlingsplan. Forvaltningen forelægger hermed handlingsplanen."]),
                            ("sag", ["Handlingsplanen indeholder fire spor: systematisk sagsoplysning, styrket partshøring, faste juridiske sagsgennemgange hvert kvartal og kompetenceudvikling for sagsbehandlere og ledere.",
                                     "Der følges op på handlingsplanen i forbindelse med behandlingen af danmarkskortet 2023."]),
                            ("indstilling", ["at handlingsplanen godkendes", "at udvalget orienteres om fremdriften i efteråret 2023"])],
                  prior=[(m.council, ct["date"], cit, cit["decision"])],
                  decision=[rng.choice(["Godkendt.", "Handlingsplanen blev godkendt."])], absent=None)
        it["dk"] = dict(map_year=2022, action_plan="prepare")
        items = C.ordinary_items(rng, m, d, False, rng.randint(2, 3), social=True)
        items.insert(rng.randint(0, len(items)), it)
        comm(d, items, "committee_followup", body=m.social)
        tags.append("committee_quotes_council_followup_2023")

    k = scen
    T = lambda: council_date(rng, m, (2022, 9), (2022, 12))
    if k in ("ok_prepare", "ok_no_need", "ok_other_name", "ok_existing", "ok_continue"):
        stance, variant = {"ok_prepare": ("prepare", "plain"), "ok_no_need": ("no_need", "plain"),
                           "ok_other_name": ("prepare", "other"), "ok_existing": ("no_need", "existing"),
                           "ok_continue": ("prepare", "continue")}[k]
        treat(T(), stance, variant, dec_kind(stance))
        if stance == "prepare" and rng.random() < 0.3:
            followup()
    elif k == "ok_amend_flip":
        st = rng.choice(["no_need", "noted"])
        treat(T(), st, "plain", "amend_flip")
        tags.append("amendment_changes_position")
    elif k == "ok_deferred_then":
        d1 = council_date(rng, m, (2022, 9), (2022, 10))
        treat(d1, rng.choice(["prepare", "no_need"]), "plain", "deferred", with_committee=True)
        d2 = m.meeting_day(d1.year, d1.month + 2, 2)
        treat(d2, rng.choice(["prepare", "no_need"]), "plain", "plain", with_committee=False)
        tags.append("deferred_then_decided")
    elif k == "ok_noted_then_pos":
        d1 = council_date(rng, m, (2022, 8), (2022, 9))
        treat(d1, "noted", "plain", "noted", with_committee=False)
        d2 = m.meeting_day(2022, rng.choice([11, 12]), 1)
        treat(d2, rng.choice(["prepare", "no_need"]), "plain", "plain")
        tags.append("noted_then_position_in_time")
    elif k == "np_noted":
        treat(T(), "noted", "plain", "noted")
        tags.append("noted_only")
    elif k in ("np_deferred", "np_deferred_late"):
        d1 = council_date(rng, m, (2022, 11), (2022, 12))
        treat(d1, rng.choice(["prepare", "no_need"]), "plain", "deferred")
        tags.append("deferred")
        if k == "np_deferred_late":
            d2 = m.meeting_day(2023, rng.choice([1, 2]), 2)
            treat(d2, rng.choice(["prepare", "no_need"]), "plain", "plain", with_committee=False)
            tags.append("deferred_in_time_decided_late")
    elif k == "np_noted_then_late":
        treat(council_date(rng, m, (2022, 10), (2022, 12)), "noted", "plain", "noted", with_committee=False)
        treat(m.meeting_day(2023, rng.choice([2, 3]), 2), rng.choice(["prepare", "no_need"]), "plain", "plain", with_committee=False)
        tags.append("noted_in_time_position_late")
    elif k == "late":
        d = council_date(rng, m, (2023, 1), (2023, 3))
        wc = rng.random() < 0.6
        st = rng.choice(["prepare", "no_need", "prepare"])
        treat(d, st, rng.choice(["plain", "other"]) if st == "prepare" else "plain", dec_kind(st), with_committee=wc)
        tags.append("late")
    elif k == "committee_only":
        cd = council_date(rng, m, (2022, 9), (2022, 12))
        cit = C.committee_dk_item(rng, m, cd, m.social, rng.choice(["noted", "prepare", "no_need"]), "plain", ctx, decides=rng.random() < 0.6)
        cm = comm(cd, C.ordinary_items(rng, m, cd, False, rng.randint(2, 4), social=True) + [cit], "committee_only", body=m.social)
        rng.shuffle(cm["items"])
        if rng.random() < 0.85:
            d2 = cd + timedelta(days=rng.choice([14, 21, 28]))
            if d2 > DEADLINE:
                d2 = cd + timedelta(days=7)
            note = f"Orientering om, at {m.social} på sit møde den {dlong(cd)} har behandlet danmarkskortet over omgørelsesprocenter på socialområdet."
            items = [C.it_announcements(rng, m, d2, True, committee_note=note)] + C.ordinary_items(rng, m, d2, True, rng.randint(3, 5))
            council(d2, items, "council_mentions_committee")
            tags.append("council_mentions_committee_treatment")
    elif k == "not_found":
        pass
    # noise meetings
    if k == "not_found":
        noise("letter")
        noise(rng.choice(["employment", "othermap", "announce"]))
    elif rng.random() < 0.4:
        noise()
    if ctx["title_avoid"] and any(mt["role"] == "council_treat" for mt in meetings):
        tags.append("title_avoids_word")
    if ctx["combined_letter"] and any(mt["role"] == "council_treat" for mt in meetings):
        tags.append("new_map_with_last_years_letter")
    meetings.sort(key=lambda x: (x["date"], x["kind"] != "committee"))
    # keep 1-4 documents: drop surplus noise meetings first
    while len(meetings) > 4:
        for i, mt in enumerate(meetings):
            if mt["role"].startswith("noise"):
                del meetings[i]
                break
        else:
            break
    return meetings, sorted(set(tags))


def decide(m, docs):
    """CONTRACT.md 'How an outcome is decided' on the gold items. docs: list of gold doc dicts
    with path. Returns the municipality gold."""
    council, committee = [], []
    for path, g in docs:
        for it in g["dk_items"]:
            if it["map_year"] != MAP_YEAR:
                continue
            (council if g["body"] == "council" else committee).append((g["meeting_date"], path, it["action_plan"]))
    council.sort()
    if not council:
        oc = "committee_only" if committee else "not_found"
        return dict(outcome=oc, action_plan=None, treatment_document=None, meeting_date=None)
    intime = [c for c in council if c[0] <= DEADLINE.isoformat()]
    if not intime:
        d = council[0]
        return dict(outcome="late", action_plan=d[2], treatment_document=d[1], meeting_date=d[0])
    pos = [c for c in intime if c[2] in ("prepare", "no_need")]
    if pos:
        d = pos[0]
        return dict(outcome="ok", action_plan=d[2], treatment_document=d[1], meeting_date=d[0])
    d = intime[-1]
    return dict(outcome="no_position", action_plan=d[2], treatment_document=d[1], meeting_date=d[0])


# =============================================================== layouts

import layouts as L  # noqa: E402


def folder_name(rng, m):
    a = ascii_da(m.name)
    return rng.choice([m.code, m.name, a.lower(), f"{m.kommune}" if m.code != "400" else "Bornholms Regionskommune",
                       f"{a.lower()}-kommune", f"{m.code}_{a}", f"{a}_Kommune", a.lower().replace("-", "")
                       if "-" not in m.name else a.lower()])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=2022)
    ap.add_argument("--out")
    ap.add_argument("--kommuner", default="/work/shared/data/kommuner.csv")
    ap.add_argument("--fill-pages")
    a = ap.parse_args()
    if a.fill_pages:
        return fill_pages(Path(a.fill_pages))
    rng = random.Random(a.seed)
    rows = list(csv.DictReader(open(a.kommuner, encoding="utf-8")))
    munis = [C.Muni(r["code"], r["name"], r["region"], random.Random(f"{a.seed}-{r['code']}")) for r in rows]
    lays = L.all_layouts()
    # halves by layout: one layout of each pair of similar producers goes to each half
    # Random orientation of each pair, redrawn until print stamps and decision-first layouts
    # occur in both halves (the one-file-per-item pair and the label-value pairs always do).
    for _ in range(1000):
        halves = {}
        for pair in L.PAIRS:
            p = list(pair)
            rng.shuffle(p)
            halves[p[0]], halves[p[1]] = "dev", "holdout"
        ok = all({halves[n] for n in lays if f(lays[n])} == {"dev", "holdout"}
                 for f in (lambda x: x.method == "chromium_stamp", lambda x: x.decision_first))
        if ok:
            break
    order = list(munis)
    rng.shuffle(order)
    names = sorted(lays)
    rng.shuffle(names)
    assign = {m.code: names[i % len(names)] for i, m in enumerate(order)}
    out = Path(a.out)
    summary = {"seed": a.seed, "layouts": {}, "hard_cases": {}}
    specials = {"dev": {"not_found": 2, "committee_only": 1, "late": 3, "np_noted": 1, "np_deferred": 1, "np_deferred_late": 1, "np_noted_then_late": 1},
                "holdout": {"not_found": 1, "committee_only": 2, "late": 2, "np_noted": 1, "np_deferred": 0, "np_deferred_late": 1, "np_noted_then_late": 1}}
    if rng.random() < 0.5:
        specials = {"dev": specials["holdout"], "holdout": specials["dev"]}
    for half in ("dev", "holdout"):
        hm = [m for m in munis if halves[assign[m.code]] == half]
        scen = plan_half(random.Random(f"{a.seed}-{half}-plan"), hm, specials[half], assign)
        base = out / half
        (base / "src").mkdir(parents=True, exist_ok=True)
        gold = {"map_year": MAP_YEAR, "seed": a.seed, "municipalities": {}, "documents": {}}
        manifest = []
        sid = 0
        for m in hm:
            mr = random.Random(f"{a.seed}-{m.code}-docs")
            lay = lays[assign[m.code]]
            meetings, tags = build_muni(mr, m, scen[m.code])
            folder = folder_name(mr, m)
            docs = []
            for mt in meetings:
                for fname, data, ext, method, items in lay.render(mr, m, mt):
                    sid += 1
                    src = f"src/{sid:05d}.{ext}"
                    (base / src).write_bytes(data)
                    dst = f"{folder}/{fname}"
                    assert dst not in gold["documents"], f"two documents at {dst}"
                    manifest.append((method, src, dst))
                    g = {"status": "ok", "body": mt["kind"], "meeting_date": mt["date"].isoformat(),
                         "municipality_code": m.code, "pages": 1, "producer": lay.producer,
                         "dk_items": [dict(it["dk"]) for it in items if it.get("dk")]}
                    gold["documents"][dst] = g
                    docs.append((dst, g))
            dec = decide(m, docs)
            gold["municipalities"][m.code] = dict(name=m.name, outcome=dec["outcome"], action_plan=dec["action_plan"],
                                                  plan=f"{scen[m.code]}; {lay.name}" + (f"; {', '.join(tags)}" if tags else ""),
                                                  treatment_document=dec["treatment_document"], meeting_date=dec["meeting_date"],
                                                  layout=lay.name, scenario=scen[m.code], tags=tags)
            summary["layouts"].setdefault(lay.name, {"half": half, "producer": lay.producer, "municipalities": []})["municipalities"].append(f"{m.code} {m.name}")
            for t in tags + [scen[m.code]] + [f"layout-feature:{f}" for f in lay.features]:
                summary["hard_cases"].setdefault(t, {}).setdefault(half, []).append(f"{m.code} {m.name} ({lay.name})")
        (base / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1, sort_keys=True))
        (base / "render.tsv").write_text("".join(f"{a_}\t{b}\t{c}\n" for a_, b, c in manifest))
    for n in lays:
        summary["layouts"].setdefault(n, {"half": halves[n], "producer": lays[n].producer, "municipalities": []})
    (out / "layouts.json").write_text(json.dumps(summary, ensure_ascii=False, indent=1, sort_keys=True))
    (out / "layouts.md").write_text(layouts_md(summary, lays))
    print(f"wrote {out}")


def layouts_md(summary, lays):
    o = [f"# Layouts and hard cases (seed {summary['seed']})", "",
         "Generated by gen.py; which layout is in which half is drawn from the seed.", "",
         "| layout | half | producer | features | municipalities |", "|---|---|---|---|---|"]
    for n, v in sorted(summary["layouts"].items(), key=lambda x: (x[1]["half"], x[0])):
        o.append(f"| {n} | {v['half']} | {v['producer']} | {'; '.join(lays[n].features)} | {', '.join(v['municipalities'])} |")
    o += ["", "## Hard cases and scenarios: where they occur", ""]
    for t, hv in sorted(summary["hard_cases"].items()):
        o.append(f"- **{t}**")
        for h in ("dev", "holdout"):
            if h in hv:
                o.append(f"  - {h} ({len(hv[h])}): {', '.join(hv[h])}")
    return "\n".join(o) + "\n"


def fill_pages(half):
    gp = half / "gold.json"
    gold = json.loads(gp.read_text())
    bad = []
    for path, g in gold["documents"].items():
        f = half / "corpus" / path
        if not f.exists():
            bad.append(f"missing {path}")
            continue
        if f.suffix.lower() == ".pdf":
            try:
                info = subprocess.run(["pdfinfo", str(f)], capture_output=True, text=True).stdout
                g["pages"] = int([l for l in info.splitlines() if l.startswith("Pages:")][0].split()[1])
                txt = subprocess.run(["pdftotext", "-l", "2", str(f), "-"], capture_output=True, text=True).stdout
                if len(txt.strip()) < 100:
                    bad.append(f"no text {path}")
            except Exception as e:  # noqa: BLE001
                bad.append(f"pdfinfo failed {path}: {e}")
        else:
            g["pages"] = 1
    gp.write_text(json.dumps(gold, ensure_ascii=False, indent=1, sort_keys=True))
    for b in bad:
        print("WARNING", b, file=sys.stderr)
    print(f"{half}: {len(gold['documents'])} documents, {len(bad)} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
