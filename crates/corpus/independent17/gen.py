#!/usr/bin/env python3
"""independent17: meetings, items and gold. Usage: gen.py OUT  (then render.py renders)."""
import csv, datetime as dt, json, random, sys
from pathlib import Path
import words as W

SEED = 20251203
HERE = Path(__file__).resolve().parent
MAP_YEAR = 2025
DEADLINE = dt.date(2025, 12, 31)

PAIRS = [("web-item-utf8", "web-item-cp1252"), ("docx-table", "docx-plain"),
         ("chromium", "wkhtml"), ("weasy", "enscript")]

# scenario -> (count per half, expected outcome, expected action_plan)
SCEN = [
    ("plan", 5, "ok", "prepare"), ("plan_narr", 3, "ok", "prepare"),
    ("plan_othername", 3, "ok", "prepare"), ("noneed", 5, "ok", "no_need"),
    ("noneed_existing", 3, "ok", "no_need"), ("amend_vote", 2, "ok", "prepare"),
    ("vote_noneed", 2, "ok", "no_need"), ("tilfoejelse", 2, "ok", "prepare"),
    ("addendum", 2, "ok", "prepare"), ("two_treat", 1, "ok", "no_need"),
    ("noted", 3, "no_position", "not_addressed"),
    ("noted_then_late", 1, "no_position", "not_addressed"),
    ("bullets_deferred", 2, "no_position", "deferred"), ("deferred", 2, "no_position", "deferred"),
    ("late_plan", 3, "late", "prepare"), ("late_noneed", 2, "late", "no_need"),
    ("committee_only", 4, "committee_only", None),
    ("not_found_letter", 2, "not_found", None), ("not_found_noise", 2, "not_found", None),
]
assert sum(s[1] for s in SCEN) == 49

REC_STANCE = {"prepare": "prepare", "othername": "prepare", "no_need": "no_need",
              "existing": "no_need", "noted": "not_addressed"}


def rand_date(rng, lo, hi):
    while True:
        d = lo + dt.timedelta(days=rng.randint(0, (hi - lo).days))
        if d.weekday() in (0, 1, 2, 3):
            return d


class Muni:
    def __init__(self, code, name, rng):
        self.code, self.name, self.rng = code, name, rng
        self.kname = W.kommune_name(name)
        self.council = W.council_name(name, rng)
        self.committee = rng.choice(W.COMMITTEES)
        self.meetings = []
        self.item_no = rng.choice([1, 1, 1, 100, 300])  # some systems number across the year

    def meeting(self, kind, date, items, extra=None):
        rng = self.rng
        body = self.council if kind == "council" else (extra or self.committee)
        m = {"kind": kind, "body": body, "date": date, "time": rng.choice(["16.00", "17.00", "17.30", "19.00", "08.30"]),
             "place": rng.choice(["Byrådssalen, Rådhuset", "Mødelokale 2, Rådhuset", "Kommunalbestyrelsessalen",
                                  "Borgernes Hus, lokale 1.14", "Rådhuset, mødesal A"]),
             "absent": W.absent_line(rng), "items": []}
        nums = self.item_no + rng.randint(0, 20)
        # ordinary items around the danmarkskort item
        noise = rng.sample([n for n in W.NOISE], rng.randint(2, 3))
        seq = [("noise", noise[0])] + [("x", it) for it in items] + [("noise", n) for n in noise[1:]]
        for i, (k, it) in enumerate(seq):
            if k == "noise":
                it = self.noise_item(it, kind)
            it["num"] = nums + i
            m["items"].append(it)
        self.meetings.append(m)
        return m

    def noise_item(self, n, kind, dk=None):
        rng = self.rng
        title, bg, rec, dec = n
        return {"title": title, "casenr": W.casenr(rng, rng.randint(0, 3)), "resume": bg[0],
                "background": bg[1:] or ["Der henvises til sagens bilag."], "rec": list(rec), "numbered": False,
                "rec_intro": "Forvaltningen indstiller," if rec else "",
                "prior": [], "decision": [dec], "dk": dk, "officer": W.case_officer(rng), "addendum": None}

    def dk_item(self, kind, rec_kind, decision, stance, prior=(), year_mode=None, numbered=False,
                title=None, addendum=None):
        rng = self.rng
        year_mode = year_mode or rng.choice(["year", "year", "year", "none", "figures", "avoid"])
        r = W.rates(rng)
        rec = W.dk_recommendation(rng, rec_kind, self.council)
        if numbered:
            rec = [rec[0].replace("drøfter", "tager"). replace(" sammenholdt med andre kommuners", " til efterretning"),
                   "at der ikke udarbejdes en handlingsplan, da kommunen ligger under landsgennemsnittet"]
        route = rng.choice([f"Forvaltningen indstiller til {self.council} via {self.committee},",
                            "Direktionen indstiller,", "Administrationen indstiller,",
                            f"Sagen afgøres i: {self.council}. Forvaltningen indstiller,"])
        return {"title": title or W.dk_title(rng, year_mode), "casenr": W.casenr(rng, rng.randint(0, 3)),
                "resume": W.dk_resume(rng, year_mode, self.council),
                "background": W.dk_background(rng, r, self.kname), "rec": rec, "numbered": numbered,
                "rec_intro": route, "prior": list(prior), "decision": list(decision),
                "dk": (MAP_YEAR, stance), "officer": W.case_officer(rng), "addendum": addendum,
                "dec_absent": W.absent_line(rng) if rng.random() < 0.4 else None}

    def committee_decision(self, rec_kind):
        rng = self.rng
        if rec_kind == "noted":
            return [rng.choice(["Anbefales taget til efterretning.", "Indstillingen anbefales over for "
                                + self.council + "."])]
        return [rng.choice(["Anbefales.", "Indstillingen anbefales.", f"Anbefales over for {self.council}.",
                            "Udvalget anbefaler indstillingen."])]


def build(m, scen):
    """Fill Muni m with meetings for scenario scen."""
    rng = m.rng
    C = m.council
    in_lo, in_hi = dt.date(2025, 9, 8), dt.date(2025, 12, 18)
    cd = rand_date(rng, in_lo, in_hi)
    late = rand_date(rng, dt.date(2026, 1, 19), dt.date(2026, 3, 5))
    has_com = rng.random() < 0.75 or scen in ("addendum", "committee_only", "late_plan", "late_noneed")

    def com_meeting(date, rec_kind, addendum=None):
        dec = m.committee_decision(rec_kind)
        it = m.dk_item("committee", rec_kind, dec, REC_STANCE[rec_kind], addendum=addendum)
        m.meeting("committee", date, [it])
        return it, (m.committee, date, dec)

    def council(date, rec_kind, decision, stance, prior_date=None, **kw):
        prior = []
        if prior_date:
            prior = [(m.committee, prior_date, m.committee_decision(rec_kind))]
        it = m.dk_item("council", rec_kind, decision, stance, prior=prior, **kw)
        m.meeting("council", date, [it])

    def simple(rec_kind, decision, stance, date=cd, **kw):
        pd = None
        if has_com:
            pd = date - dt.timedelta(days=rng.randint(6, 15))
            com_meeting(pd, rec_kind)
        council(date, rec_kind, decision, stance, prior_date=pd, **kw)

    enig = "Et enigt byråd" if C == "Byrådet" else ("En enig kommunalbestyrelse" if C == "Kommunalbestyrelsen" else "En enig Borgerrepræsentation")
    if scen == "plan":
        simple(rng.choice(["prepare", "prepare"]), [rng.choice(["Godkendt.", "Indstillingen godkendt.",
               "Anbefalingen følges.", f"Som indstillet af {m.committee}."])], "prepare")
    elif scen == "plan_narr":
        simple("prepare", [rng.choice([
            f"{enig} vedtog indstillingen, herunder at der udarbejdes en handlingsplan.",
            f"{C} besluttede at tage danmarkskortet til efterretning og at bede forvaltningen om en handlingsplan til styrkelse af den juridiske kvalitet.",
            f"Vi er enige om, at tallene på børnehandicapområdet ikke er gode nok. {C} besluttede derfor, at der udarbejdes en handlingsplan, som skal følges op hvert halve år."])], "prepare")
    elif scen == "plan_othername":
        simple("othername", [rng.choice(["Godkendt.", f"{C} tiltrådte indstillingen."])], "prepare")
    elif scen == "noneed":
        simple("no_need", [rng.choice(["Indstillingen godkendt.", "Godkendt.",
               f"{C} besluttede, at der ikke er behov for en handlingsplan.",
               f"{C} drøftede danmarkskortet. Vi ligger under landsgennemsnittet på alle tre delkort, og {C} besluttede, at vi ikke udarbejder en særskilt handlingsplan."])], "no_need")
    elif scen == "noneed_existing":
        simple("existing", [rng.choice(["Godkendt.", f"{C} tiltrådte indstillingen.",
               f"{C} godkendte indstillingen og bemærkede, at den løbende opfølgning i fagudvalget fortsætter."])], "no_need")
    elif scen == "amend_vote":
        p = rng.sample(W.PARTIES, 5)
        simple("no_need", [f"Ændringsforslag fra {p[0]} og {p[1]}: »{W.prepare_clause(rng)}«.",
                           f"For stemte: {p[0]}, {p[1]} og {p[2]} (15).",
                           f"Imod stemte: {p[3]} og {p[4]} (10).",
                           "Ændringsforslaget blev vedtaget.",
                           "Indstillingen blev herefter godkendt med den vedtagne ændring."], "prepare")
    elif scen == "vote_noneed":
        simple("no_need", ["Ændringsforslag fra Ø om, at der udarbejdes en handlingsplan for "
                           "børnehandicapområdet, blev forkastet med 8 stemmer mod 17.",
                           "Forslaget blev herefter vedtaget med 17 stemmer mod 8."], "no_need")
    elif scen == "tilfoejelse":
        simple("noted", [f"{C} godkendte indstillingen med den tilføjelse, at forvaltningen udarbejder en "
                         "handlingsplan for at styrke den juridiske kvalitet på børnehandicapområdet."], "prepare")
    elif scen == "addendum":
        pd = cd - dt.timedelta(days=rng.randint(6, 15))
        com_meeting(pd, "prepare", addendum=(C, cd, "Godkendt."))
        council(cd, "prepare", ["Godkendt."], "prepare", prior_date=pd)
    elif scen == "two_treat":
        d1 = rand_date(rng, dt.date(2025, 9, 8), dt.date(2025, 10, 9))
        d2 = rand_date(rng, dt.date(2025, 11, 10), dt.date(2025, 12, 18))
        council(d1, "noted", ["Til orientering."], "not_addressed", year_mode="year",
                title="Orientering om danmarkskortet 2025 - første drøftelse")
        council(d2, "no_need", ["Indstillingen godkendt."], "no_need", year_mode="year")
    elif scen == "noted":
        simple("noted", [rng.choice(["Taget til efterretning.", "Orienteringen blev taget til efterretning.",
                                     f"{C} tog orienteringen til efterretning."])], "not_addressed")
    elif scen == "noted_then_late":
        d1 = rand_date(rng, dt.date(2025, 10, 20), dt.date(2025, 12, 11))
        council(d1, "noted", ["Taget til efterretning."], "not_addressed", year_mode="year")
        council(late, "prepare", ["Godkendt."], "prepare", year_mode="year")
    elif scen == "bullets_deferred":
        simple("no_need", [rng.choice(["1. pkt. taget til efterretning. 2. pkt. udsat til næste møde.",
                                       "Ad 1. Taget til efterretning. Ad 2. Udsat."])], "deferred", numbered=True)
    elif scen == "deferred":
        simple("prepare", [rng.choice(["Udsat.", "Sagen blev udsat til næste møde.",
                                       f"Sagen sendes tilbage til {m.committee} med henblik på yderligere belysning af tallene for børnehandicapområdet."])], "deferred")
    elif scen == "late_plan":
        simple("prepare", ["Godkendt."], "prepare", date=late)
    elif scen == "late_noneed":
        simple("no_need", ["Indstillingen godkendt."], "no_need", date=late)
    elif scen == "committee_only":
        pd = cd - dt.timedelta(days=rng.randint(6, 15))
        com_meeting(pd, rng.choice(["prepare", "no_need"]))
        m.meeting("council", cd, [m.noise_item(W.ANNOUNCE, "council")])
    elif scen == "not_found_letter":
        m.meeting("council", cd, [m.noise_item(W.LETTER, "council", dk=(2024, "not_addressed"))])
        m.meeting("committee", cd - dt.timedelta(days=9), [m.noise_item(W.NOISE[7], "committee")])
    elif scen == "not_found_noise":
        m.meeting("council", cd, [m.noise_item(W.NOISE[6], "council")])
        if rng.random() < 0.5:
            m.meeting("committee", cd - dt.timedelta(days=8), [m.noise_item(W.NOISE[2], "committee")])
    # a further meeting of another body, with ordinary items only (sometimes the letter on 2024)
    if len(m.meetings) < 2 or (len(m.meetings) < 3 and rng.random() < 0.5):
        other = rng.choice(["Handicaprådet", "Teknik- og Miljøudvalget", "Børne- og Skoleudvalget"])
        if other == m.committee:
            other = "Kultur- og Fritidsudvalget"
        d = rand_date(rng, dt.date(2025, 3, 3), dt.date(2025, 11, 27))
        if d.month == 7:
            d += dt.timedelta(days=35)
        if scen.startswith("not_found") or rng.random() < 0.5:
            m.meeting("committee", d, [m.noise_item(W.NOISE[rng.choice([1, 3, 4, 8, 9])], "committee")], extra=other)
        else:
            m.meeting("committee", d, [m.noise_item(W.LETTER, "committee", dk=(2024, "not_addressed"))], extra=other)
    m.meetings.sort(key=lambda x: x["date"])


def decide(treat):
    """CONTRACT.md's rule. treat: list of (body, date, map_year, stance, path)."""
    t = [x for x in treat if x[2] == MAP_YEAR]
    if not t:
        return "not_found", None, None
    c = sorted([x for x in t if x[0] == "council"], key=lambda x: x[1])
    if not c:
        return "committee_only", None, None
    intime = [x for x in c if x[1] <= DEADLINE]
    if not intime:
        return "late", c[0][3], c[0]
    pos = [x for x in intime if x[3] in ("prepare", "no_need")]
    if pos:
        return "ok", pos[0][3], pos[0]
    last = intime[-1]
    return "no_position", last[3], last


def ascii_name(n):
    for a, b in (("æ", "ae"), ("ø", "oe"), ("å", "aa"), ("Æ", "Ae"), ("Ø", "Oe"), ("Å", "Aa")):
        n = n.replace(a, b)
    return n


def main(out):
    rng = random.Random(SEED)
    rows = list(csv.DictReader(open(HERE / "kommuner.csv", encoding="utf-8")))
    rng.shuffle(rows)
    halves = {"dev": rows[:49], "holdout": rows[49:]}
    layout_of = {}
    for a, b in PAIRS:
        if rng.random() < 0.5:
            a, b = b, a
        layout_of.setdefault("dev", []).append(a)
        layout_of.setdefault("holdout", []).append(b)
    model = {"map_year": MAP_YEAR, "halves": {}}
    for half, munis in halves.items():
        scen_list = [s for s in SCEN for _ in range(s[1])]
        rng.shuffle(scen_list)
        entries = []
        for i, (row, sc) in enumerate(zip(munis, scen_list)):
            lay = layout_of[half][i % 4]
            mrng = random.Random(f"{SEED}-{row['code']}")
            m = Muni(row["code"], row["name"], mrng)
            build(m, sc[0])
            style = mrng.randint(0, 3)
            folder = [row["code"], row["code"].zfill(4), ascii_name(row["name"]).lower(),
                      f"{row['name']}-Kommune"][style]
            entries.append({"code": row["code"], "name": row["name"], "kname": m.kname, "council": m.council,
                            "scenario": sc[0], "expect": [sc[2], sc[3]], "layout": lay, "folder": folder,
                            "meetings": m.meetings})
        model["halves"][half] = {"layouts": layout_of[half], "munis": entries}
    return model


def iso(d):
    return d.isoformat()


def make_gold(model, half, docs):
    """docs: list of dicts from render (path, code, body, date, dk_items, pages, producer)."""
    g = {"map_year": MAP_YEAR, "municipalities": {}, "documents": {}}
    bycode = {}
    for d in docs:
        g["documents"][d["path"]] = {"status": "ok", "municipality_code": d["code"], "body": d["body"],
                                     "meeting_date": iso(d["date"]),
                                     "dk_items": [{"map_year": y, "action_plan": s} for y, s in d["dk_items"]],
                                     "pages": d["pages"], "producer": d["producer"]}
        bycode.setdefault(d["code"], []).extend((d["body"], d["date"], y, s, d["path"]) for y, s in d["dk_items"])
    for e in model["halves"][half]["munis"]:
        out, ap, t = decide(bycode.get(e["code"], []))
        assert [out, ap] == e["expect"], (e["code"], e["scenario"], out, ap)
        g["municipalities"][e["code"]] = {"name": e["name"], "outcome": out, "action_plan": ap,
                                          "plan": e["scenario"], "meeting_date": iso(t[1]) if t else None,
                                          "treatment_document": t[4] if t else None,
                                          "variant": e["scenario"], "layout": e["layout"]}
    return g
