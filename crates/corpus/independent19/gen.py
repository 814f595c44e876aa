# -*- coding: utf-8 -*-
"""Models, scenarios and gold for corpus independent19 (map year 2026, emphasis: who met)."""
import csv, random, datetime as dt
import texts as T

SEED = 20261203
Y = 2026
D = dt.date

LAYOUT_PAIRS = [("os2-html-utf8", "edoc-html-cp1252"), ("odt-lo", "docx-lo"),
                ("chromium-print", "wkhtml-print"), ("weasy-protocol", "groff-gs")]

# scenario -> count per half (49)
SCENARIOS = [("ok_prepare", 9), ("ok_no_need", 7), ("ok_quote", 5), ("ok_extraordinary", 3),
             ("ok_after_deferral", 3), ("ok_decision_heading", 3), ("no_position", 4), ("deferred", 3),
             ("late", 4), ("committee_only", 4), ("lookalike_only", 2), ("not_found", 2)]
assert sum(n for _, n in SCENARIOS) == 49
EXPECT = {"ok_prepare": ("ok", "prepare"), "ok_no_need": ("ok", "no_need"), "ok_quote": ("ok", None),
          "ok_extraordinary": ("ok", None), "ok_after_deferral": ("ok", None), "ok_decision_heading": ("ok", None),
          "no_position": ("no_position", "not_addressed"), "deferred": ("no_position", "deferred"),
          "late": ("late", None), "committee_only": ("committee_only", None),
          "lookalike_only": ("committee_only", None), "not_found": ("not_found", None)}


def ascii_name(n):
    return (n.replace("æ", "ae").replace("ø", "oe").replace("å", "aa").replace("Æ", "Ae")
            .replace("Ø", "Oe").replace("Å", "Aa").replace(" ", "-"))


def kommune_name(name):
    if name == "København":
        return "Københavns Kommune"
    if name == "Bornholm":
        return "Bornholms Regionskommune"
    return f"{name} Kommune"


def load_munis(path):
    with open(path, encoding="utf-8") as f:
        return [(r["code"], r["name"]) for r in csv.DictReader(f)]


def rand_date(r, months, year, weekday=None):
    while True:
        m = r.choice(months)
        d = D(year, m, r.randint(1, 28))
        if d.weekday() in (0, 1, 2, 3):
            return d


class Ctx:
    def __init__(self, r, code, name):
        self.r, self.code, self.name = r, code, name
        self.kname = kommune_name(name)
        if name == "København":
            self.council = "Borgerrepræsentationen"
            self.council_gen = "Borgerrepræsentationens"
        elif r.random() < 0.5:
            self.council, self.council_gen = "Byrådet", "Byrådets"
        else:
            self.council, self.council_gen = "Kommunalbestyrelsen", "Kommunalbestyrelsens"
        self.committee = r.choice(T.COMMITTEES)
        self.rates = (r.randint(18, 38), r.randint(15, 45), r.randint(15, 45), 29)
        self.pub = f"{r.randint(20, 30)}. juni {Y}"


def noise_items(ctx, k, exclude=()):
    pool = [n for n in T.NOISE if n[0] not in exclude]
    out = []
    for t, bg, rec, dec in ctx.r.sample(pool, k):
        out.append(dict(title=t, bg=bg, rec=rec, decisions=[(None, dec)], dk=None))
    return out


def dk_item(ctx, body_name, role, stance, year=Y, quote=None, own_heading=None, name_year=True):
    """role: council | committee | lookalike | letter. stance: labelled stance of this body's own decision."""
    r = ctx.r
    title = r.choice(T.TITLES_DK)
    if "{y}" in title:
        title = title.replace("{y}", str(year)) if name_year else title.replace(" {y}", "").replace("{y}", "")
    bg = T.dk_background(year, ctx.kname, ctx.rates, ctx.pub if year == Y else f"25. juni {year}")
    if not name_year:
        bg[0] = bg[0].replace(f"danmarkskortet {year}", "danmarkskortet")
    rec_stance = stance if stance in ("prepare", "no_need", "not_addressed") else quote or "prepare"
    rec = r.choice(T.REC[rec_stance]).replace("{body}", ctx.council)
    decisions = []
    if role == "committee":
        decisions.append((f"Beslutning i {body_name}", None))
    return dict(title=title, bg=bg, rec=rec, rec_stance=rec_stance, decisions=decisions, dk=(year, stance))


def build_muni(r, code, name, scenario, layout):
    ctx = Ctx(r, code, name)
    docs = []
    C, K = ctx.council, ctx.committee
    style = r.choice(["long", "dots", "dash"])

    def council_doc(date, items, extra=False, kind="council", body=None):
        return dict(kind=kind, body=body or C, date=date, items=items, extra=extra)

    def committee_doc(date, items, body=None, kind="committee"):
        return dict(kind=kind, body=body or K, date=date, items=items, extra=False)

    def dk_council(date, stance, quote_committee=None, quote_date=None, heading_mode=None, decision=None, name_year=True, rec_stance=None):
        it = dk_item(ctx, C, "council", stance, name_year=name_year)
        if rec_stance:
            it["rec"] = r.choice(T.REC[rec_stance]).replace("{body}", C)
        if quote_committee:
            it["decisions"].append((f"Beslutning i {quote_committee} den {T.fmt_date(quote_date, style)}",
                                    r.choice(T.DECISION_COMMITTEE).replace("{council}", C)))
        if decision is None:
            if stance in ("prepare", "no_need") and heading_mode == "own_text":
                decision = r.choice(T.OWN_DECISION_TEXT[stance]).replace("{body}", C)
            elif stance in ("prepare", "no_need"):
                decision = r.choice(T.DECISION_SAME)
            elif stance == "not_addressed":
                decision = r.choice(T.DECISION_NOTE)
            else:
                decision = r.choice(T.DECISION_DEFER)
        it["decisions"].append(("OWN", decision))
        return it

    def dk_committee(body, stance, council_field):
        it = dk_item(ctx, body, "committee", stance)
        if stance in ("prepare", "no_need"):
            it["rec"] = it["rec"].replace("at ", f"at {body} over for {C} anbefaler, at ", 1) if r.random() < 0.3 else it["rec"]
        it["decisions"] = [("OWN", r.choice(T.DECISION_COMMITTEE).replace("{council}", C) if stance in ("prepare", "no_need") else r.choice(T.DECISION_NOTE))]
        it["route"] = council_field  # e.g. "Sagen afgøres i: Byrådet" / empty council field
        return it

    def with_noise(items, k=None):
        k = k if k is not None else r.randint(2, 4)
        ns = noise_items(ctx, k)
        pos = r.randint(1, len(ns))
        return ns[:pos] + items + ns[pos:]

    nov = rand_date(r, [10, 11], Y)
    dec = rand_date(r, [11, 12], Y)
    if dec <= nov:
        nov, dec = dec - dt.timedelta(days=14), dec
        if nov.weekday() > 3: nov -= dt.timedelta(days=nov.weekday() - 2)
    spring = rand_date(r, [3, 4, 5], Y)

    def maybe_letter():
        it = dict(title="Ankestyrelsens brev om behandlingen af danmarkskortet 2025", bg=T.letter_background(ctx.kname),
                  rec="at Ankestyrelsens brev tages til efterretning", decisions=[("OWN", "Taget til efterretning.")], dk=(Y - 1, "not_addressed"))
        docs.append(council_doc(spring, with_noise([it])))

    def maybe_distractor(date=None, body=None):
        key = r.choice(list(T.DISTRACTORS))
        t, bg, rec, dec_ = T.DISTRACTORS[key]
        it = dict(title=t, bg=bg, rec=rec, decisions=[(None, dec_)], dk=None)
        kind = "committee" if body else "council"
        docs.append(dict(kind=kind, body=body or C, date=date or rand_date(r, [9, 10], Y), items=with_noise([it]), extra=False))

    route = lambda: r.choice([f"Sagen afgøres i: {C}", f"Beslutning i {C}: (ikke behandlet endnu)", f"Til {ctx.council_gen} godkendelse", ""])
    if scenario in ("ok_prepare", "ok_no_need", "ok_decision_heading"):
        st = {"ok_prepare": "prepare", "ok_no_need": "no_need"}.get(scenario) or r.choice(["prepare", "no_need"])
        if r.random() < 0.6:
            docs.append(committee_doc(nov, with_noise([dk_committee(K, st, route())])))
        docs.append(council_doc(dec, with_noise([dk_council(dec, st, heading_mode="own_text" if scenario == "ok_decision_heading" else None)])))
        (maybe_letter if r.random() < 0.5 else maybe_distractor)()
    elif scenario == "ok_quote":
        st = r.choice(["prepare", "no_need"])
        docs.append(committee_doc(nov, with_noise([dk_committee(K, st, route())])))
        docs.append(council_doc(dec, with_noise([dk_council(dec, st, quote_committee=K, quote_date=nov)])))
        if r.random() < 0.5: maybe_letter()
    elif scenario == "ok_extraordinary":
        st = r.choice(["prepare", "no_need"])
        ex = rand_date(r, [12], Y)
        ann = dict(title="Meddelelser", bg=[T.ANNOUNCE_MENTION], rec=None, decisions=[(None, "Taget til efterretning.")], dk=None)
        docs.append(council_doc(nov, with_noise([ann], 2)))
        docs.append(council_doc(ex, [dk_council(ex, st)] + noise_items(ctx, 1, exclude=("Meddelelser",)), extra=True))
    elif scenario == "ok_after_deferral":
        st = r.choice(["prepare", "no_need"])
        first = rand_date(r, [9, 10], Y)
        docs.append(council_doc(first, with_noise([dk_council(first, "deferred", rec_stance=st)])))
        docs.append(council_doc(dec, with_noise([dk_council(dec, st)])))
        if r.random() < 0.5: maybe_distractor(body=r.choice(T.OTHER_COMMITTEES))
    elif scenario == "no_position":
        if r.random() < 0.5:
            docs.append(committee_doc(nov, with_noise([dk_committee(K, "not_addressed", route())])))
        docs.append(council_doc(dec, with_noise([dk_council(dec, "not_addressed")])))
        maybe_letter()
    elif scenario == "deferred":
        docs.append(committee_doc(nov, with_noise([dk_committee(K, "prepare", route())])))
        docs.append(council_doc(dec, with_noise([dk_council(dec, "deferred", rec_stance="prepare")])))
    elif scenario == "late":
        st = r.choice(["prepare", "no_need"])
        jan = rand_date(r, [1, 2, 3], Y + 1)
        docs.append(committee_doc(dec, with_noise([dk_committee(K, st, route())])))
        docs.append(council_doc(jan, with_noise([dk_council(jan, st, name_year=r.random() < 0.5)])))
        if r.random() < 0.5: maybe_letter()
    elif scenario == "committee_only":
        st = r.choice(["prepare", "no_need"])
        docs.append(committee_doc(nov, with_noise([dk_committee(K, st, route() or f"Sagen afgøres i: {C}")])))
        docs.append(committee_doc(nov + dt.timedelta(days=7), with_noise([dk_committee("Økonomiudvalget", st, f"Beslutning i {C}:")]), body="Økonomiudvalget"))
        ann = dict(title="Meddelelser", bg=[T.ANNOUNCE_MENTION], rec=None, decisions=[(None, "Taget til efterretning.")], dk=None)
        docs.append(council_doc(dec, with_noise([ann], 3)))
    elif scenario == "lookalike_only":
        body, kind = r.choice(T.LOOKALIKES[:4])
        if r.random() < 0.5:
            body, kind = r.choice(T.SEMINARS).replace("Byrådet", C).replace("Byrådsseminar", "Byrådsseminar" if C == "Byrådet" else "Seminar for " + C), "unknown"
        it = dk_item(ctx, body, "lookalike", "not_addressed")
        it["rec"] = "at orienteringen om danmarkskortet drøftes" if kind == "unknown" else it["rec"]
        it["decisions"] = [("OWN", "Drøftet." if kind == "unknown" else r.choice(T.DECISION_NOTE))]
        docs.append(dict(kind=kind, body=body, date=nov, items=with_noise([it], 1), extra=False))
        docs.append(council_doc(dec, with_noise([], 3)))
        maybe_distractor()
    elif scenario == "not_found":
        maybe_letter()
        maybe_distractor()
        if r.random() < 0.6: maybe_distractor(body="Beskæftigelsesudvalget")
    docs.sort(key=lambda d: d["date"])
    for d in docs:
        d["date_style"] = r.choice(["long", "dots", "dash", "weekday"])
        d["time"] = r.choice(["16:00", "17:00", "17.30", "19:00", "15.00"])
        d["place"] = r.choice(T.PLACES)
        d["present"] = r.sample(T.NAMES, r.randint(5, 9))
        d["absent"] = r.choice(["", r.choice([n for n in T.NAMES if n not in d["present"]])])
        d["presentation"] = r.choice(PRESENTATION[layout])
        for i, it in enumerate(d["items"]):
            it["no"] = i + 1 if r.random() < 0.8 else None
            it["sagsnr"] = r.choice([f"27.{r.randint(10,69)}.00-A00-{r.randint(1,99)}-{Y-2000}", f"EMN-{Y}-{r.randint(1000,99999):06d}",
                                     f"Sag {r.randint(100,999)}-{Y}-{r.randint(1000,9999)}", f"{r.randint(100000, 999999)}"])
    return ctx, docs


# How a layout names the body in a document (the value of its header, the title, furniture ...)
PRESENTATION = {
    "os2-html-utf8": ["label_udvalg", "label_organ", "title_only", "sidebar_heavy"],
    "edoc-html-cp1252": ["title_only", "label_moede", "attendance_only"],
    "odt-lo": ["label_udvalg", "running_only", "attendance_only"],
    "docx-lo": ["title_only", "footer_only", "label_organ"],
    "chromium-print": ["label_udvalg", "title_only", "sidebar_heavy"],
    "wkhtml-print": ["running_only", "label_moede", "footer_only"],
    "weasy-protocol": ["running_only", "title_only", "label_organ"],
    "groff-gs": ["label_udvalg", "title_only", "attendance_only"],
}


def decide(items_by_doc):
    """CONTRACT.md's rule over labelled items: list of (doc_path, body, date, map_year, stance)."""
    rel = [x for x in items_by_doc if x[3] == Y]
    if not rel:
        return "not_found", None, None
    council = [x for x in rel if x[1] == "council"]
    if not council:
        return "committee_only", None, None
    deadline = D(Y, 12, 31)
    intime = sorted([x for x in council if x[2] <= deadline], key=lambda x: x[2])
    if not intime:
        late = sorted(council, key=lambda x: x[2])[0]
        return "late", late[4], late
    pos = [x for x in intime if x[4] in ("prepare", "no_need")]
    if pos:
        return "ok", pos[0][4], pos[0]
    return "no_position", intime[-1][4], intime[-1]


def plan(csv_path):
    r = random.Random(SEED)
    munis = load_munis(csv_path)
    r.shuffle(munis)
    halves = {"dev": munis[:49], "holdout": munis[49:]}
    layouts = {"dev": [], "holdout": []}
    for a, b in LAYOUT_PAIRS:
        if r.random() < 0.5: a, b = b, a
        layouts["dev"].append(a); layouts["holdout"].append(b)
    result = {}
    for half in ("dev", "holdout"):
        scen = [s for s, n in SCENARIOS for _ in range(n)]
        r.shuffle(scen)
        entries = []
        for i, ((code, name), s) in enumerate(zip(halves[half], scen)):
            layout = layouts[half][i % 4]
            ctx, docs = build_muni(r, code, name, s, layout)
            form = r.choice(["code", "zcode", "ascii", "kommune"])
            folder = {"code": code, "zcode": code.zfill(4), "ascii": ascii_name(name).lower(),
                      "kommune": f"{name.replace(' ', '-')}-Kommune"}[form]
            entries.append(dict(code=code, name=name, scenario=s, layout=layout, folder=folder, ctx=ctx, docs=docs))
        result[half] = dict(layouts=layouts[half], entries=entries)
    return result
