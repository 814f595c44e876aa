#!/usr/bin/env python3
"""Models, scenarios and gold for the independent23 corpus (map year 2024).

gen.py OUT  -> OUT/model.json (every document, its layout and its rendered items) and
               OUT/<half>/gold.json without page counts (render.py fills them in)."""
import csv, json, random, sys, datetime as dt
from pathlib import Path
from common import (ascii_name, full_name, pick_date, inferred_map_year, d_iso)
import texts_dev, texts_hold

SEED = 20241217
YEAR = 2024
HERE = Path(__file__).resolve().parent
KOMMUNER = Path("/work/shared/data/kommuner.csv")

LAYOUTS = {
    "dev": ["D1-firstagenda-docx", "D2-politikerweb-chromium", "D3-protokol-groff", "D4-edoc-html1252"],
    "holdout": ["H1-prepare-odt-gs", "H2-os2dagsorden-wkhtml", "H3-polweb-weasyprint", "H4-sbsys-html-utf8"],
}
PER_ITEM = {"D2-politikerweb-chromium", "H2-os2dagsorden-wkhtml"}

# scenario -> (dev count, holdout count)
SCENARIOS = {
    "ok_prepare": (5, 4),
    "ok_prepare_othername": (3, 3),
    "ok_prepare_override": (2, 2),
    "ok_no_need": (3, 3),
    "ok_no_need_effort": (3, 3),
    "ok_draft_agenda": (3, 3),
    "ok_deferred_then_decided": (3, 3),
    "ok_with_noise": (3, 3),
    "ok_joint_then_council": (2, 2),
    "ok_with_followup": (2, 2),
    "ok_letter_last_year": (2, 2),
    "ok_dialogue_then_council": (0, 1),
    "no_position_noted": (2, 3),
    "no_position_deferred": (2, 2),
    "no_position_deferred_january": (2, 2),
    "late_prepare": (2, 2),
    "late_no_need": (1, 1),
    "late_after_dialogue": (1, 1),
    "committee_only_press": (2, 2),
    "committee_only_quotes_council": (2, 2),
    "committee_only_joint": (1, 1),
    "not_found_noise": (1, 1),
    "not_found_letter": (1, 1),
    "not_found_newsletter": (1, 0),
}


def decide(docs, year=YEAR):
    """CONTRACT.md's rule, from the labelled items of one municipality's documents."""
    council, other = [], []
    for d in docs:
        for y, stance in d["dk_items"]:
            if y != year:
                continue
            (council if d["body"] == "council" else other).append((d["date"], stance, d["path"]))
    if not council and not other:
        return "not_found", None, None, None
    if not council:
        return "committee_only", None, None, None
    deadline = dt.date(year, 12, 31)
    intime = sorted([t for t in council if dt.date.fromisoformat(t[0]) <= deadline], key=lambda t: t[0])
    if not intime:
        first = sorted(council, key=lambda t: t[0])[0]
        return "late", first[1], first[2], first[0]
    for t in intime:
        if t[1] in ("prepare", "no_need"):
            return "ok", t[1], t[2], t[0]
    last = intime[-1]
    return "no_position", last[1], last[2], last[0]


class Ctx:
    """Everything the wording needs about one municipality."""

    def __init__(self, rng, muni, T, half):
        self.rng, self.T, self.half = rng, T, half
        self.code, self.name = muni["code"], muni["name"]
        self.full = full_name(self.name)
        if self.name == "København":
            self.council = ("Borgerrepræsentationen", "Borgerrepræsentationens", "borgerrepræsentationen")
        elif self.name == "Frederiksberg" or rng.random() < 0.3:
            self.council = ("Kommunalbestyrelsen", "Kommunalbestyrelsens", "kommunalbestyrelsen")
        else:
            self.council = ("Byrådet", "Byrådets", "byrådet")
        self.econ = "Økonomiudvalget"
        self.social = rng.choice(T.SOCIAL_COMMITTEES)
        self.child = rng.choice(T.CHILD_COMMITTEES)
        self.citizens = rng.choice(T.CITIZEN_COUNCILS)
        self.rates = T.make_rates(rng)

    def c(self, **kw):
        d = dict(muni=self.name, full=self.full, council=self.council, econ=self.econ,
                 social=self.social, child=self.child, citizens=self.citizens, rates=self.rates,
                 year=YEAR)
        d.update(kw)
        return d


def doc(kind, body, body_name, date, items):
    return {"kind": kind, "body": body, "body_name": body_name, "date": date, "items": items}


def council_doc(x, date, items, kind="minutes"):
    return doc(kind, "council", x.council[0], date, items)


def committee_doc(x, name, date, items):
    return doc("minutes", "committee", name, date, items)


def year_style(x, date, allow_none=True):
    opts = ["title", "text", "figures"] + (["none"] if allow_none else [])
    s = x.rng.choice(opts)
    if s == "none" and inferred_map_year(date) != YEAR:
        s = "title"
    return s


def dk(x, role, date, stance, mode=None, variant="plain", chain=(), body_name=None, ys=None):
    T = x.T
    ys = ys or year_style(x, date)
    it = T.dk_item(x.rng, x.c(role=role, date=date, stance=stance, mode=mode, variant=variant,
                              chain=list(chain), body_name=body_name, year_style=ys))
    it["label"] = (YEAR, stance)
    return it


def sc_build(name, x):
    """The core documents of one scenario (fillers are added later)."""
    r, T = x.rng, x.T
    nov = pick_date(r, 2024, 11, 5, 28)
    dec_c = pick_date(r, 2024, 12, 2, 6)
    dec = pick_date(r, 2024, 12, 10, 19)
    sep = pick_date(r, 2024, 9, 2, 27)
    jan = pick_date(r, 2025, 1, 20, 30)
    feb = pick_date(r, 2025, 2, 3, 27)
    out = []
    com = r.choice([x.social, x.econ, x.child])
    if name in ("ok_prepare", "ok_prepare_othername", "ok_no_need", "ok_no_need_effort", "ok_with_noise",
                "ok_prepare_override"):
        stance = "no_need" if "no_need" in name else "prepare"
        variant = {"ok_prepare_othername": "othername", "ok_no_need_effort": "effort",
                   "ok_prepare_override": "override"}.get(name, "plain")
        cstance = "no_need" if variant == "override" else stance
        cdate = r.choice([dec_c, nov]) if r.random() < 0.7 else sep
        cdate2 = min(cdate, dec)
        mode = "override" if variant == "override" else None
        if r.random() < 0.6 or variant == "override":
            out.append(committee_doc(x, com, cdate2, [dk(x, "committee", cdate2, cstance, variant=variant if variant != "override" else "plain")]))
            chain = [(com, cdate2, cstance)]
        else:
            chain = []
        when = dec if cdate2 < dec else dec
        items = [dk(x, "council", when, stance, mode=mode, variant=variant, chain=chain)]
        if name == "ok_with_noise":
            items += [T.noise_item(r, k, x.c(date=when)) for k in r.sample(["climate_dk", "nature_dk", "cycle_dk"], 1)]
            out.append(council_doc(x, when, items))
            nd = pick_date(r, 2024, r.choice([4, 5, 8, 10]), 2, 27)
            out.append(committee_doc(x, r.choice([x.econ, "Beskæftigelsesudvalget"]), nd,
                                     [T.noise_item(r, "employment", x.c(date=nd)),
                                      T.noise_item(r, r.choice(["nature_dk", "cycle_dk", "climate_dk"]), x.c(date=nd))]))
        else:
            out.append(council_doc(x, when, items))
    elif name == "ok_draft_agenda":
        out.append(committee_doc(x, x.econ, dec_c, [dk(x, "committee", dec_c, "prepare")]))
        ys = year_style(x, dec)
        ag = dk(x, "agenda", dec, "not_addressed", chain=[(x.econ, dec_c, "prepare")], ys=ys)
        ag["label"] = (YEAR, "not_addressed")
        out.append(council_doc(x, dec, [ag], kind="agenda"))
        out.append(council_doc(x, dec, [dk(x, "council", dec, "prepare", chain=[(x.econ, dec_c, "prepare")], ys=ys)]))
    elif name == "ok_deferred_then_decided":
        stance = r.choice(["prepare", "no_need"])
        out.append(council_doc(x, nov, [dk(x, "council", nov, "deferred")]))
        out.append(council_doc(x, dec, [dk(x, "council", dec, stance, chain=[(x.council[0], nov, "deferred")])]))
    elif name in ("ok_joint_then_council", "committee_only_joint"):
        a, b = x.econ, x.social
        jn = T.joint_name(a, b)
        out.append(doc("minutes", "committee", jn, nov, [dk(x, "joint", nov, "prepare", body_name=jn)]))
        if name == "ok_joint_then_council":
            out.append(council_doc(x, dec, [dk(x, "council", dec, "prepare", chain=[(jn, nov, "prepare")])]))
    elif name == "ok_with_followup":
        out.append(council_doc(x, dec, [dk(x, "council", dec, "prepare", chain=[(com, dec_c, "prepare")])]))
        fu = T.followup_item(r, x.c(date=feb, council_date=dec, committee=x.social))
        fu["label"] = (YEAR, "prepare")
        out.append(committee_doc(x, x.social, feb, [fu]))
    elif name in ("ok_letter_last_year", "not_found_letter"):
        ld = pick_date(r, 2024, r.choice([3, 4, 5]), 2, 27)
        lstance = r.choice(["not_addressed", "prepare"])
        li = T.letter_item(r, x.c(date=ld, stance=lstance))
        li["label"] = (YEAR - 1, lstance)
        out.append(council_doc(x, ld, [li]))
        if name == "ok_letter_last_year":
            out.append(council_doc(x, dec, [dk(x, "council", dec, r.choice(["prepare", "no_need"]))]))
        else:
            nd = pick_date(r, 2024, 10, 2, 27)
            out.append(council_doc(x, nd, [T.noise_item(r, "announce", x.c(date=nd)), T.filler_item(r, x.c(date=nd))]))
    elif name in ("ok_dialogue_then_council", "late_after_dialogue"):
        dn = T.dialogue_name(x.council[0], x.citizens)
        di = dk(x, "dialogue", nov, "not_addressed", body_name=dn)
        out.append(doc("minutes", "unknown", dn, nov, [di]))
        if name == "ok_dialogue_then_council":
            out.append(council_doc(x, dec, [dk(x, "council", dec, "prepare")]))
        else:
            out.append(council_doc(x, jan, [dk(x, "council", jan, r.choice(["prepare", "no_need"]))]))
    elif name == "no_position_noted":
        if r.random() < 0.5:
            out.append(committee_doc(x, com, dec_c, [dk(x, "committee", dec_c, "not_addressed")]))
            ch = [(com, dec_c, "not_addressed")]
        else:
            ch = []
        out.append(council_doc(x, dec, [dk(x, "council", dec, "not_addressed", chain=ch)]))
    elif name == "no_position_deferred":
        out.append(committee_doc(x, com, dec_c, [dk(x, "committee", dec_c, "prepare")]))
        out.append(council_doc(x, dec, [dk(x, "council", dec, "deferred", chain=[(com, dec_c, "prepare")])]))
    elif name == "no_position_deferred_january":
        out.append(council_doc(x, dec, [dk(x, "council", dec, "deferred")]))
        out.append(council_doc(x, jan, [dk(x, "council", jan, "prepare", chain=[(x.council[0], dec, "deferred")])]))
    elif name in ("late_prepare", "late_no_need"):
        stance = "prepare" if name == "late_prepare" else "no_need"
        out.append(committee_doc(x, com, dec, [dk(x, "committee", dec, stance)]))
        when = r.choice([jan, feb])
        out.append(council_doc(x, when, [dk(x, "council", when, stance, chain=[(com, dec, stance)])]))
    elif name == "committee_only_press":
        out.append(committee_doc(x, com, nov, [dk(x, "committee", nov, "prepare")]))
        out.append(doc("press", "unknown", None, None, [T.press_item(r, x.c(date=dec, stance="prepare"))]))
    elif name == "committee_only_quotes_council":
        fu = T.followup_item(r, x.c(date=jan, council_date=dec, committee=x.social))
        fu["label"] = (YEAR, "prepare")
        out.append(committee_doc(x, x.social, jan, [fu]))
    elif name == "not_found_noise":
        d1 = pick_date(r, 2024, 9, 2, 27)
        out.append(council_doc(x, d1, [T.noise_item(r, "climate_dk", x.c(date=d1)), T.noise_item(r, "employment", x.c(date=d1))]))
        d2 = pick_date(r, 2024, 11, 2, 27)
        out.append(council_doc(x, d2, [T.noise_item(r, "cycle_dk", x.c(date=d2)), T.noise_item(r, "traffic_plan", x.c(date=d2))]))
    elif name == "not_found_newsletter":
        out.append(doc("newsletter", "unknown", None, None, [T.newsletter_item(r, x.c(date=dec, stance="no_need"))]))
    else:
        raise SystemExit(f"unknown scenario {name}")
    return out


def unique_fillers(x, date, n, taken):
    out = []
    while len(out) < n:
        it = x.T.filler_item(x.rng, x.c(date=date))
        if it["title"] not in taken:
            taken.add(it["title"])
            out.append(it)
    return out


def filler_doc(x):
    r, T = x.rng, x.T
    m = r.choice([2, 3, 4, 5, 6, 8, 9, 10])
    d = pick_date(r, 2024, m, 2, 27)
    noise = []
    if r.random() < 0.35:
        noise.append(T.noise_item(r, r.choice(["budget_plan", "traffic_plan", "nature_dk", "announce", "employment"]), x.c(date=d)))
    items = unique_fillers(x, d, r.choice([1, 2]), set())
    if r.random() < 0.5:
        return council_doc(x, d, items + noise)
    return committee_doc(x, r.choice([x.econ, x.social, "Teknik- og Miljøudvalget", x.child]), d, items + noise)


def folder_name(rng, m):
    k = rng.randrange(4)
    return [m["code"], m["code"].zfill(4), ascii_name(m["name"]).lower(), ascii_name(m["name"]) + "-Kommune"][k]


def main(out):
    out = Path(out)
    munis = list(csv.DictReader(KOMMUNER.open(encoding="utf-8")))
    assert len(munis) == 98
    rng = random.Random(SEED)
    order = munis[:]
    rng.shuffle(order)
    halves = {"dev": order[:49], "holdout": order[49:]}
    model = {"seed": SEED, "map_year": YEAR, "halves": {}}
    for hi, (half, ms) in enumerate(halves.items()):
        T = texts_dev if half == "dev" else texts_hold
        scen = [s for s, n in SCENARIOS.items() for _ in range(n[hi])]
        assert len(scen) == 49, (half, len(scen))
        rng.shuffle(scen)
        lays = LAYOUTS[half]
        gold = {"map_year": YEAR, "municipalities": {}, "documents": {}}
        hdocs = []
        for i, (m, s) in enumerate(zip(ms, scen)):
            lay = lays[i % 4]
            x = Ctx(random.Random(f"{SEED}-{half}-{m['code']}"), m, T, half)
            core = sc_build(s, x)
            target = x.rng.choice([3, 4])
            fill = [filler_doc(x) for _ in range(max(0, target - len(core)))]
            for d in core:  # a meeting has other business too
                if d["kind"] in ("minutes", "agenda"):
                    extra = unique_fillers(x, d["date"], x.rng.choice([0, 1, 2, 3]), {it["title"] for it in d["items"]})
                    k = x.rng.randint(0, len(extra))
                    pre, post = extra[:k], extra[k:]
                    d["pre"], d["items"] = len(pre), pre + d["items"] + post
            docs = core + fill
            folder = folder_name(x.rng, m)
            used = set()
            for j, d in enumerate(docs):
                pre = d.pop("pre", 0)
                items = d["items"][pre:pre + 1] if lay in PER_ITEM else d["items"]
                d["key_index"] = pre
                d["rendered"] = items
                d["titles"] = [it["title"] for it in d["items"]]
                d["dk_items"] = [list(it["label"]) for it in items if it.get("label")]
                base = T.file_stem(x.rng, d, lay, x)
                d["date"] = d_iso(d["date"])
                stem, k = base, 2
                while stem in used:
                    stem, k = f"{base}-{k}", k + 1
                used.add(stem)
                ext = ".htm" if lay == "D4-edoc-html1252" else ".html" if lay == "H4-sbsys-html-utf8" else ".pdf"
                if d["kind"] in ("press", "newsletter"):
                    ext = ".pdf"
                d["path"] = f"{folder}/{stem}{ext}"
                d["layout"] = lay if d["kind"] not in ("press", "newsletter") else ("X-press-enscript" if half == "dev" else "X-press-weasyprint")
                d["muni"] = m["code"]
                d["muni_name"] = m["name"]
                d["ctx"] = x.c(date=None)
                d["ctx"].pop("date")
                del d["items"]
            outc, ap, tdoc, tdate = decide(docs)
            want = {"ok": "ok", "no": "no_position", "late": "late", "committee": "committee_only",
                    "not": "not_found"}[s.split("_")[0]]
            assert outc == want, (s, outc)
            gold["municipalities"][m["code"]] = {
                "name": m["name"], "outcome": outc, "action_plan": ap, "plan": s,
                "meeting_date": tdate, "treatment_document": tdoc, "layout": lay}
            for d in docs:
                gold["documents"][d["path"]] = {
                    "status": "ok", "municipality_code": m["code"], "body": d["body"],
                    "meeting_date": d["date"] if d["kind"] not in ("press", "newsletter") else None,
                    "dk_items": [{"map_year": y, "action_plan": a} for y, a in d["dk_items"]],
                    "pages": None, "producer": None, "layout": d["layout"], "kind": d["kind"]}
            hdocs += docs
        model["halves"][half] = hdocs
        (out / half).mkdir(parents=True, exist_ok=True)
        (out / half / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1, sort_keys=True))
    (out / "model.json").write_text(json.dumps(model, ensure_ascii=False, indent=1, default=str))


if __name__ == "__main__":
    main(sys.argv[1])
