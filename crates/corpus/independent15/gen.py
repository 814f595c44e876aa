#!/usr/bin/env python3
"""independent15: meetings, items and gold for map year 2024. Usage: gen.py OUT (writes model.json)."""
import csv, datetime as dt, json, random, sys
from pathlib import Path
import texts as T

HERE = Path(__file__).resolve().parent
SEED = 20241503
MAP_YEAR = 2024
PAIRS = [("A1", "A2"), ("B1", "B2"), ("C1", "C2"), ("D1", "D2")]
LAYOUT_STYLES = {  # decision-heading styles each layout draws from
    "A1": ["named", "plain"], "A2": ["line", "named"], "B1": ["plain", "line"], "B2": ["named", "line"],
    "C1": ["none", "line"], "C2": ["named", "plain"], "D1": ["line", "plain"], "D2": ["none", "plain"],
}
DECISION_FIRST = {"A2", "C1"}
SCENARIOS = [("prepare", 9), ("prepare_other", 3), ("no_need", 5), ("no_need_existing", 3),
             ("rec_approved", 5), ("no_position", 5), ("deferred", 2), ("deferred_then_ok", 2),
             ("late", 4), ("late_no_position", 1), ("committee_only", 4), ("not_found", 4),
             ("letter_plus_map", 2)]
GOLD_STANCE = {"prepare": "prepare", "prepare_other": "prepare", "no_need": "no_need",
               "no_need_existing": "no_need", "not_addressed": "not_addressed", "deferred": "deferred"}


def ascii_name(n):
    for a, b in (("æ", "ae"), ("ø", "oe"), ("å", "aa"), ("Æ", "Ae"), ("Ø", "Oe"), ("Å", "Aa")):
        n = n.replace(a, b)
    return n.lower().replace(" ", "-")


def meeting_day(rng, year, month, lo=3, hi=27):
    d = dt.date(year, month, rng.randint(lo, hi))
    while d.weekday() > 3:
        d += dt.timedelta(days=1)
    return d


def sagsnr(rng, style):
    if style == 0:
        return f"24/{rng.randint(1000, 29999)}"
    if style == 1:
        return f"00.01.00-A00-{rng.randint(1, 60)}-24"
    if style == 2:
        return f"EMN-2024-{rng.randint(1000, 19999):06d}"
    return f"{rng.randint(100000, 999999)}"


class Muni:
    def __init__(self, code, name, layout, scen, variant, rng):
        self.code, self.name, self.layout, self.scen, self.variant = code, name, layout, scen, variant
        self.rng = rng
        self.K = T.muni_display(name)
        self.B = "Borgerrepræsentationen" if code == "101" else rng.choice(["Byrådet", "Kommunalbestyrelsen"])
        self.C = rng.choice(T.COMMITTEES)
        self.style = rng.choice(LAYOUT_STYLES[layout])
        self.case_style = rng.randrange(4)
        self.running = rng.random() < 0.25  # item numbers that run on across the year
        self.fig, self.low = T.figures(rng), False
        f = rng.randrange(4)
        self.folder = [code, code.zfill(4), ascii_name(name), name.replace(" ", "-") + "-Kommune"][f]
        self.docs = []


def head(m, body, date, no, quoted):
    s = m.style
    if s == "line":
        return f"{body} {T.dash_date(date)}, punkt {no}:"
    if s == "named":
        return (f"Beslutning i {body} den {T.long_date(date)}" if quoted else
                f"{T.genitive(body)} beslutning den {T.long_date(date)}")
    if s == "none":
        return None
    return f"Beslutning i {body} den {T.long_date(date)}" if quoted else "Beslutning"


def dk_item(m, role, date, stance, mode, year_named=True, title_no_word=False, quotes=(), n_items=20):
    """Blocks of a danmarkskort item. role: council|committee. stance: texts stance key.
    mode: explicit|short|rec|amend|defer. quotes: [(body, date, text)] earlier decisions."""
    rng = m.rng
    if mode == "letter":
        blocks = [("h", "Sagsfremstilling")] + [("p", p) for p in T.LETTER_TEXT] + [
            ("h", "Indstilling"), ("p", "Forvaltningen indstiller,"), ("b", ["at orienteringen tages til efterretning"])]
        dec = [("DH", head(m, m.B, date, 0, False)), ("dp", "Taget til efterretning.")]
        return {"title": T.LETTER_TITLE, "blocks": (dec + blocks) if m.layout in DECISION_FIRST else (blocks + dec)}
    if year_named:
        title = rng.choice(T.TITLES_WITHOUT if title_no_word else T.TITLES_WITH)
    else:
        title = rng.choice(["Danmarkskortet over omgørelsesprocenter - opfølgning",
                            "Omgørelsesprocenter på socialområdet - politisk behandling"])
    rec_stance = "no_need" if mode == "amend" else stance
    if mode == "defer":
        rec_stance = rng.choice(["prepare", "no_need"])
    if rec_stance == "no_need" and not m.low:
        m.fig, m.low = T.figures(rng, low=True), True
    blocks = []
    if rng.random() < 0.6:
        blocks.append(("h", rng.choice(["Resumé", "Sagens kerne", "Beslutningstema"])))
        blocks.append(("p", f"{m.B} skal behandle de seneste omgørelsesprocenter på socialområdet og tage stilling "
                            f"til, om der skal udarbejdes en handlingsplan." if not title_no_word else
                       f"Sagen handler om kommunens omgørelsesprocenter i klagesager på socialområdet og om behovet "
                       f"for opfølgning."))
    blocks.append(("h", rng.choice(["Sagsfremstilling", "Beskrivelse af sagen", "Redegørelse", "Sagsfremstilling"])))
    for p in T.dk_background(rng, m.K, m.B, m.fig, year_named, title_no_word):
        blocks.append(("p", p))
    blocks.append(("h", "Indstilling"))
    if role == "committee":
        blocks.append(("p", f"Forvaltningen indstiller, at {m.C} over for {m.B} anbefaler,"))
    else:
        blocks.append(("p", rng.choice([f"Direktionen indstiller til {m.B} via {m.C} og Økonomiudvalget,",
                                         "Administrationen indstiller,", "Forvaltningen indstiller,"])))
    blocks.append(("b", T.recommendation(rec_stance, m.B if role == "council" else m.B, rng, m.variant)))
    if rng.random() < 0.4:
        blocks.append(("h", rng.choice(["Økonomiske konsekvenser", "Økonomi"])))
        blocks.append(("p", "Sagen har ingen direkte økonomiske konsekvenser. En eventuel handlingsplan "
                            "gennemføres inden for den eksisterende ramme."))
    dec = []
    for body, qd, text in quotes:
        dec.append(("dh", head(m, body, qd, rng.randint(3, 15), True) or f"{body} den {T.long_date(qd)}:"))
        dec.append(("dp", text))
    own_body = m.B if role == "council" else m.C
    h = head(m, own_body, date, 0, False)
    dec.append(("DH", h))
    if rng.random() < 0.3:
        dec.append(("dp", "Fraværende: " + rng.choice(T.MEMBERS)))
    if rng.random() < 0.2:
        dec.append(("dp", T.TOGETHER.format(n=rng.randint(3, n_items))))
    if mode == "explicit":
        txt = T.explicit_decision(stance, m.B, m.variant)
    elif mode == "short":
        txt = T.short_decision(m.variant)
    elif mode == "rec":
        txt = rng.choice([f"Anbefalingen fra {m.C} blev tiltrådt.", "Som indstillet af Økonomiudvalget.",
                          "Økonomiudvalgets indstilling blev godkendt."])
    elif mode == "amend":
        txt = T.AMENDMENT
    elif mode == "defer":
        txt = rng.choice(T.DEFER)
    elif mode == "committee":
        txt = T.committee_own_decision(stance, m.B, m.variant)
    elif mode == "committee_self":
        txt = "Taget til efterretning. Sagen afgøres i udvalget."
    dec.append(("dp", txt))
    body_blocks = blocks
    if m.layout in DECISION_FIRST:
        all_blocks = dec + body_blocks
    else:
        all_blocks = body_blocks + dec
    return {"title": title, "blocks": all_blocks}


def filler_item(m, f, body, date):
    title, paras, bullets, decision = f
    blocks = []
    if paras:
        blocks.append(("h", m.rng.choice(["Sagsfremstilling", "Sagsfremstilling", "Beskrivelse af sagen"])))
        blocks += [("p", p) for p in paras]
    if bullets:
        blocks.append(("h", "Indstilling"))
        blocks.append(("p", "Forvaltningen indstiller,"))
        blocks.append(("b", bullets))
    dec = [("DH", head(m, body, date, 0, False)), ("dp", decision)]
    return {"title": title, "blocks": (dec + blocks) if m.layout in DECISION_FIRST else (blocks + dec)}


def make_doc(m, kind, date, dk_specs, extra=()):
    """dk_specs: list of (gold_year, gold_stance, builder kwargs)."""
    rng = m.rng
    body = m.B if kind == "council" else m.C if kind == "committee" else kind
    n = rng.randint(20, 27) if kind == "council" else rng.randint(6, 11)
    pool = T.FILLERS[1:]
    if date.month < 7 or date.year > MAP_YEAR:
        pool = [f for f in pool if "2024" not in f[0] or "beskæft" in f[0]]
    picks = rng.sample(pool, min(n - 1 - len(dk_specs), len(pool)))
    fillers = [T.FILLERS[0]] + picks
    if kind == "council" and date.month >= 8 and date.year == MAP_YEAR and not dk_specs and rng.random() < 0.5:
        fillers.insert(1, T.MAYOR_NOTE)
    items = [filler_item(m, f, body, date) for f in fillers]
    for f in extra:
        items.insert(rng.randint(2, len(items)), filler_item(m, f, body, date))
    dks = []
    for gy, gs, kw in dk_specs:
        kw = dict(kw); kw.pop("date", None)
        it = dk_item(m, "council" if kind == "council" else "committee", date, n_items=len(items) + 1, **kw)
        it["dk"] = {"map_year": gy, "action_plan": gs}
        items.insert(rng.randint(2, max(2, len(items) - 3)), it)
    base = rng.choice([100, 200, 300, 400]) if m.running else 0
    for i, it in enumerate(items, 1):
        it["no"] = base + i
        it["sagsnr"] = sagsnr(rng, m.case_style)
        it["open"] = not it["title"].startswith("Lukket")
        for j, (k, v) in enumerate(it["blocks"]):  # item numbers in "line" headings
            if k == "DH" and v and ", punkt 0:" in v:
                it["blocks"][j] = (k, v.replace(", punkt 0:", f", punkt {base + i}:"))
    absent = rng.sample(T.MEMBERS, rng.randint(0, 2))
    doc = {"kind": "council" if kind == "council" else "committee", "body": body, "date": date.isoformat(),
           "time": rng.choice(["16.00", "17.00", "17.30", "08.30", "15.00"]), "place": rng.choice(T.PLACES),
           "absent": absent, "items": items, "dk_items": [i["dk"] for i in items if "dk" in i]}
    m.docs.append(doc)
    return doc


def build_muni(m):
    rng, s, v = m.rng, m.scen, m.variant
    Y = MAP_YEAR
    cdate = meeting_day(rng, Y, rng.choice([9, 10, 11]))
    kdate = meeting_day(rng, Y, rng.choice([11, 12]) if cdate.month < 11 else 12, 1, 19)
    if kdate <= cdate:
        kdate = cdate + dt.timedelta(days=21)
    q = lambda txt: [(m.C, cdate, txt)]
    no_word = (v % 3 == 2)

    def council_dk(stance, mode, date=None, quotes=None, **kw):
        return make_doc(m, "council", date or kdate, [(Y, GOLD_STANCE.get(stance, stance),
                        dict(date=date or kdate, stance=stance, mode=mode, title_no_word=no_word,
                             quotes=quotes if quotes is not None else q(T.committee_own_decision(stance, m.B, v)), **kw))])

    def committee_dk(stance, mode="committee", date=None, **kw):
        return make_doc(m, "committee", date or cdate, [(Y, GOLD_STANCE[stance],
                        dict(date=date or cdate, stance=stance, mode=mode, title_no_word=no_word, **kw))])

    exp_doc = None
    if s in ("prepare", "prepare_other", "no_need", "no_need_existing"):
        mode = ["explicit", "short", "explicit"][v % 3]
        if s == "prepare" and v in (3, 7):
            committee_dk("no_need")
            exp_doc = council_dk("prepare", "amend", quotes=q("Anbefales.")); exp = ("ok", "prepare")
        else:
            committee_dk(s)
            quotes = q(T.committee_own_decision(s, m.B, v))
            if v % 2:
                quotes.append(("Økonomiudvalget", kdate - dt.timedelta(days=7), "Anbefales."))
            exp_doc = council_dk(s, mode, quotes=quotes); exp = ("ok", GOLD_STANCE[s])
    elif s == "rec_approved":
        st = ["prepare", "no_need"][v % 2]
        committee_dk(st)
        quotes = q(T.committee_own_decision(st, m.B, v)) + [("Økonomiudvalget", kdate - dt.timedelta(days=6), "Anbefales.")]
        exp_doc = council_dk(st, "rec", quotes=quotes); exp = ("ok", st)
    elif s == "no_position":
        committee_dk("not_addressed")
        exp_doc = council_dk("not_addressed", "explicit"); exp = ("no_position", "not_addressed")
    elif s == "deferred":
        committee_dk("prepare")
        exp_doc = council_dk("deferred", "defer", quotes=q(T.committee_own_decision("prepare", m.B, v)))
        if v % 2:
            council_dk("prepare", "explicit", date=meeting_day(rng, Y + 1, 1, 10, 28))
        exp = ("no_position", "deferred")
    elif s == "deferred_then_ok":
        if v % 2:
            council_dk("not_addressed", "explicit", date=cdate + dt.timedelta(days=14), quotes=[])
        else:
            council_dk("deferred", "defer", date=cdate + dt.timedelta(days=14), quotes=[])
        exp_doc = council_dk("no_need" if v % 3 else "prepare", "short" if v % 2 else "explicit", quotes=[])
        exp = ("ok", "no_need" if v % 3 else "prepare")
    elif s in ("late", "late_no_position"):
        st = "not_addressed" if s == "late_no_position" else ["prepare", "no_need"][v % 2]
        cd = meeting_day(rng, Y, 12, 1, 12)
        committee_dk(st, date=cd)
        ld = meeting_day(rng, Y + 1, rng.choice([1, 2]), 5, 27)
        exp_doc = council_dk(st, "explicit" if v % 2 else "short", date=ld,
                             quotes=[(m.C, cd, T.committee_own_decision(st, m.B, v))])
        exp = ("late", GOLD_STANCE[st])
    elif s == "committee_only":
        if v % 2:
            committee_dk("not_addressed", "committee_self")
        else:
            committee_dk("prepare")
        make_doc(m, "council", kdate, [])
        exp = ("committee_only", None)
    elif s == "not_found":
        k = v % 4
        if k == 0:
            make_doc(m, "council", meeting_day(rng, Y, 2), [(Y - 1, "prepare", dict(
                date=None, stance="prepare", mode="explicit", year_named=False, quotes=[]))])
        elif k == 1:
            make_doc(m, "council", meeting_day(rng, Y, 4), [(Y - 1, "not_addressed", dict(
                date=None, stance="not_addressed", mode="letter", quotes=[]))])
        elif k == 2:
            make_doc(m, "committee", meeting_day(rng, Y, 1, 8, 25), [(Y - 1, "no_need", dict(
                date=None, stance="no_need", mode="committee", year_named=False, quotes=[]))])
        make_doc(m, "council", kdate, [], extra=[f for f in T.FILLERS if "danmarkskort" in f[0].lower()
                                                 or "beskæft" in f[0]])
        exp = ("not_found", None)
    elif s == "letter_plus_map":
        make_doc(m, "council", meeting_day(rng, Y, 3), [(Y - 1, "not_addressed", dict(
            date=None, stance="not_addressed", mode="letter", quotes=[]))])
        st = ["prepare", "no_need"][v % 2]
        committee_dk(st)
        exp_doc = council_dk(st, "explicit"); exp = ("ok", st)
    # a further ordinary meeting so every municipality has 2-4 documents
    if len(m.docs) < 4 and m.layout != "B1" and rng.random() < 0.7:
        other = rng.choice(["Teknik- og Miljøudvalget", "Økonomiudvalget", "council"])
        od = meeting_day(rng, Y, rng.choice([5, 6, 8, 9]))
        if other == "council":
            make_doc(m, "council", od, [])
        else:
            save = m.C; m.C = other; make_doc(m, "committee", od, []); m.C = save
    if len(m.docs) < 2:
        make_doc(m, "council", meeting_day(rng, Y, 6), [])
    return exp, exp_doc


def decide(docs, Y=MAP_YEAR):
    dl = dt.date(Y, 12, 31).isoformat()
    tr = [(d["date"], d, i) for d in docs for i in d["dk_items"] if i["map_year"] == Y]
    if not tr:
        return "not_found", None, None
    council = sorted([t for t in tr if t[1]["kind"] == "council"], key=lambda t: t[0])
    if not council:
        return "committee_only", None, None
    intime = [t for t in council if t[0] <= dl]
    if not intime:
        return "late", council[0][2]["action_plan"], council[0][1]
    pos = [t for t in intime if t[2]["action_plan"] in ("prepare", "no_need")]
    if pos:
        return "ok", pos[0][2]["action_plan"], pos[0][1]
    return "no_position", intime[-1][2]["action_plan"], intime[-1][1]


def main(out):
    out = Path(out)
    rng = random.Random(SEED)
    rows = list(csv.DictReader(open(HERE / "kommuner.csv", encoding="utf-8")))
    rng.shuffle(rows)
    halves = {"dev": rows[:49], "holdout": rows[49:]}
    lay = {"dev": [], "holdout": []}
    for a, b in PAIRS:
        x, y = (a, b) if rng.random() < 0.5 else (b, a)
        lay["dev"].append(x); lay["holdout"].append(y)
    model = {"seed": SEED, "map_year": MAP_YEAR, "layouts": lay, "halves": {}}
    for half, hrows in halves.items():
        scen = []
        for s, n in SCENARIOS:
            scen += [(s, i) for i in range(n)]
        assert len(scen) == 49
        rng.shuffle(scen)
        munis = []
        for idx, (row, (s, v)) in enumerate(zip(hrows, scen)):
            mr = random.Random(f"{SEED}-{row['code']}")
            m = Muni(row["code"], row["name"], lay[half][idx % 4], s, v, mr)
            exp, exp_doc = build_muni(m)
            got = decide(m.docs)
            assert got[:2] == exp, (row["name"], s, v, got[:2], exp)
            assert got[2] is exp_doc, (row["name"], s)
            m.docs.sort(key=lambda d: d["date"])
            used = set()
            for d in m.docs:
                nm = ascii_name(d["body"]).replace(",", "")
                stem = {0: f"referat-{nm}-{d['date']}", 1: f"{d['date'].replace('-', '')}_{nm}_referat",
                        2: f"Referat {d['body']} {T.dot_date(dt.date.fromisoformat(d['date']))}"}[mr.randrange(3)]
                while stem in used:
                    stem += "-2"
                used.add(stem)
                d["stem"] = stem
            munis.append({"code": m.code, "name": m.name, "K": m.K, "B": m.B, "folder": m.folder,
                          "layout": m.layout, "scenario": s, "variant": v, "style": m.style,
                          "outcome": got[0], "action_plan": got[1],
                          "treatment": {"stem": got[2]["stem"], "date": got[2]["date"]} if got[2] else None,
                          "docs": m.docs})
        model["halves"][half] = munis
    out.mkdir(parents=True, exist_ok=True)
    (out / "model.json").write_text(json.dumps(model, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main(sys.argv[1])
