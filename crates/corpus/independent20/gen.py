#!/usr/bin/env python3
"""Models 98 municipalities' minutes for map year 2024, writes producer sources and the gold.

    python3 gen.py OUT      -> OUT/_src/..., OUT/_jobs.json, OUT/_gold_pre.json, OUT/layouts.md
"""
import csv, datetime as dt, json, random, sys, unicodedata
from pathlib import Path
import texts as T
import layouts as L

SEED = 20240917
MAP_YEAR = 2024
HERE = Path(__file__).resolve().parent
KOMMUNER = Path("/work/shared/data/kommuner.csv")

PAIRS = [("L1_fodt_table", "L2_docx_twocol"), ("L3_chromium_prepare", "L4_wkhtml_politikerweb"),
         ("L5_groff_protocol", "L6_enscript_gs"), ("L7_html_utf8_items", "L8_html_1252_weasy")]

# scenario -> count per half (49)
SCENARIOS = [("ok_prepare", 15), ("ok_no_need", 11), ("deferred_then_ok", 2), ("no_position", 5),
             ("noted_then_late", 1), ("deferred", 3), ("late", 4), ("committee_only", 4),
             ("not_found", 4)]
assert sum(n for _, n in SCENARIOS) == 49

PREPARE_V = ["P1_som_indstillet", "P2_votes", "P3_amend_adopted", "P4_med_aendring", "P5_tiltraadt",
             "P6_narrative", "P7_som_udvalget", "P8_ad_bullets", "P9_wider_report"]
NONEED_V = ["N1_godkendt", "N2_minority", "N3_amend_rejected", "N4_existing_effort", "N5_tiltraadt",
            "N6_som_oeu", "N7_votes_protokol"]
NOTED_V = ["Q1_efterretning", "Q2_som_indstillet_noted", "Q3_droeftet", "Q4_narrative_noted",
           "Q5_orientering"]
DEFER_V = ["D1_udsat", "D2_tilbage_udvalg", "D3_genoptages"]


def ascii_name(n):
    n = n.replace("æ", "ae").replace("Æ", "Ae").replace("ø", "oe").replace("Ø", "Oe")
    n = n.replace("å", "aa").replace("Å", "Aa")
    return unicodedata.normalize("NFKD", n).encode("ascii", "ignore").decode().lower()


def people(r, k):
    out = []
    for _ in range(k):
        out.append(f"{r.choice(T.FIRST)} {r.choice(T.LAST)} ({r.choice(T.PARTIES)})")
    return out


def variant(v, c, committee, r):
    """Returns (rec_key, committee_decision_text, committee_stance, council_lines, council_stance)."""
    ctee_std = r.choice(["Anbefales over for {c}.", "Indstillingen anbefales.",
                         "Udvalget anbefaler indstillingen over for {c}."]).format(c=c)
    if v == "P1_som_indstillet":
        return "prep_indsatsplan", ctee_std, "prepare", ["Godkendt som indstillet."], "prepare"
    if v == "P2_votes":
        return ("prep_handlingsplan", ctee_std, "prepare",
                ["Indstillingen blev sat til afstemning.", "For stemte: A, C, F, V og Ø (23).",
                 "Imod stemte: D og O (4).", "Undlod at stemme: I (2).",
                 "Indstillingen er herefter godkendt."], "prepare")
    if v == "P3_amend_adopted":
        return ("noneed_existing", ctee_std, "no_need",
                ["Ændringsforslag fra Enhedslisten: At der udarbejdes en handlingsplan til styrkelse af "
                 "den juridiske kvalitet på børnehandicapområdet, som forelægges " + c +
                 " senest i juni 2025.",
                 "For ændringsforslaget stemte: A, F, Ø og Å (16). Imod stemte: V, C og O (13).",
                 "Ændringsforslaget blev vedtaget.",
                 "Indstillingen blev herefter godkendt med den vedtagne ændring."], "prepare")
    if v == "P4_med_aendring":
        return ("noneed_generic", ctee_std, "no_need",
                ["Indstillingen godkendt med den ændring, at forvaltningen udarbejder en handlingsplan "
                 "for voksenhandicapområdet, hvor kommunens omgørelsesprocent ligger over "
                 "landsgennemsnittet."], "prepare")
    if v == "P5_tiltraadt":
        return "prep_ledelsestilsyn", ctee_std, "prepare", ["Tiltrådt."], "prepare"
    if v == "P6_narrative":
        return ("open", "Drøftet. Sagen oversendes til " + c + " uden indstilling.", "not_addressed",
                [c + " drøftede kommunens placering på danmarkskortet. Der var enighed om, at "
                 "omgørelsesprocenten på børnehandicapområdet er for høj, og " + c + " besluttede, "
                 "at forvaltningen udarbejder en plan for styrkelse af den juridiske kvalitet, som "
                 "forelægges " + committee + " i marts 2025."], "prepare")
    if v == "P7_som_udvalget":
        return ("noneed_quality",
                "Udvalget anbefaler over for " + c + ", at indstillingen godkendes med den ændring, at "
                "der udarbejdes en indsatsplan for bedre afgørelser på børnehandicapområdet.",
                "prepare", ["Som anbefalet af " + committee + "."], "prepare")
    if v == "P8_ad_bullets":
        return ("prep_gennemgang", "Ad 1. Taget til efterretning. Ad 2. Anbefales.", "prepare",
                ["Ad 1. Taget til efterretning.", "Ad 2. Godkendt."], "prepare")
    if v == "P9_wider_report":
        return ("report_prep", ctee_std, "prepare", ["Godkendt."], "prepare")
    if v == "N1_godkendt":
        return "noneed_existing", ctee_std, "no_need", ["Godkendt."], "no_need"
    if v == "N2_minority":
        return ("open", "Drøftet og oversendt til " + c + ".", "not_addressed",
                ["Et flertal bestående af A, V og C (17) besluttede, at der ikke er behov for at "
                 "udarbejde en handlingsplan, da kommunens omgørelsesprocenter ligger under "
                 "landsgennemsnittet.",
                 "Et mindretal bestående af F og Ø (6) ønskede, at der blev udarbejdet en handlingsplan "
                 "for børnehandicapområdet, og tog forbehold."], "no_need")
    if v == "N3_amend_rejected":
        return ("noneed_generic", ctee_std, "no_need",
                ["Ændringsforslag fra SF: At der udarbejdes en handlingsplan for bedre afgørelser på "
                 "voksenhandicapområdet.",
                 "For stemte: F og Ø (5). Imod stemte: A, C, O og V (22).",
                 "Forslaget blev forkastet.", "Indstillingen blev herefter godkendt."], "no_need")
    if v == "N4_existing_effort":
        return ("open", ctee_std, "not_addressed",
                [c + " fandt, at den igangværende indsats »Styrket faglighed i myndighed« allerede "
                 "adresserer de forhold, som danmarkskortet peger på, og at der ikke skal iværksættes "
                 "yderligere."], "no_need")
    if v == "N5_tiltraadt":
        return "noneed_grundlag", ctee_std, "no_need", ["Tiltrådt."], "no_need"
    if v == "N6_som_oeu":
        return ("noneed_quality", "Anbefales over for " + c + ".", "no_need",
                ["Som indstillet af " + committee + "."], "no_need")
    if v == "N7_votes_protokol":
        return ("noneed_existing", ctee_std, "no_need",
                ["Indstillingen godkendt.", "For stemte: A, V, C, I og O (21).", "Imod stemte: Ø (3).",
                 "Enhedslisten ønskede ført til protokols, at partiet finder, at der bør udarbejdes "
                 "en handlingsplan."], "no_need")
    if v == "Q1_efterretning":
        return "noted", ctee_std, "not_addressed", ["Taget til efterretning."], "not_addressed"
    if v == "Q2_som_indstillet_noted":
        return "noted_drøft", ctee_std, "not_addressed", ["Godkendt som indstillet."], "not_addressed"
    if v == "Q3_droeftet":
        return ("noted_drøft", ctee_std, "not_addressed",
                [c + " drøftede sagen.", "Orienteringen blev taget til efterretning."], "not_addressed")
    if v == "Q4_narrative_noted":
        return ("noted", ctee_std, "not_addressed",
                [c + " tog danmarkskortet til efterretning og bad om en orientering om udviklingen på "
                 "børnehandicapområdet i løbet af 2025."], "not_addressed")
    if v == "Q5_orientering":
        return "noted", ctee_std, "not_addressed", ["Orienteringen taget til efterretning."], "not_addressed"
    if v == "D1_udsat":
        return "noneed_generic", ctee_std, "no_need", ["Udsat."], "deferred"
    if v == "D2_tilbage_udvalg":
        return ("prep_handlingsplan", ctee_std, "prepare",
                ["Sagen sendes tilbage til " + committee + " med henblik på en nærmere belysning af "
                 "voksenhandicapområdet."], "deferred")
    if v == "D3_genoptages":
        return ("open", ctee_std, "not_addressed",
                ["Sagen blev udsat efter ønske fra Venstre og genoptages på et senere møde."], "deferred")
    raise KeyError(v)


def dfmt(d, style, time=None):
    if style == "long":
        s = f"{T.WEEKDAYS[d.weekday()]} den {d.day}. {T.MONTHS[d.month-1]} {d.year}"
        return s + (f" kl. {time}" if time else "")
    if style == "dots":
        return d.strftime("%d.%m.%Y")
    if style == "dash":
        return d.strftime("%d-%m-%Y")
    if style == "iso":
        return d.isoformat()
    return f"{d.day}. {T.MONTHS[d.month-1]} {d.year}"


def weekday_date(r, y, m, lo=1, hi=27, wd=(0, 1, 2, 3)):
    while True:
        d = dt.date(y, m, r.randint(lo, hi))
        if d.weekday() in wd:
            return d


class Muni:
    def __init__(self, code, name, r):
        self.code, self.name = code, name
        self.r = r
        if name == "København":
            self.council = "Borgerrepræsentationen"
        else:
            self.council = r.choice(["Byrådet", "Byrådet", "Kommunalbestyrelsen"])
        self.council_title = {"Byrådet": f"{name} Byråd", "Kommunalbestyrelsen": f"{name} Kommunalbestyrelse",
                              "Borgerrepræsentationen": "Borgerrepræsentationen"}[self.council]
        self.committee = r.choice(T.COMMITTEES[1:])
        self.rates = dict(tot=round(r.uniform(9, 31), 1), nat=21.4, born=round(r.uniform(12, 45), 1),
                          voks=round(r.uniform(8, 35), 1), rank=r.randint(3, 96))


def dk_item(m, r, v, kind, when):
    """Builds the map item for meeting kind ('council'/'committee'); returns (item, stance)."""
    c = m.council
    rec_key, ctee_text, ctee_stance, council_lines, council_stance = variant(v, c, m.committee, r)
    if rec_key == "report_prep":
        title = r.choice(T.REPORT_TITLES)
        rec = ["at årsberetningen tages til efterretning",
               "at der på baggrund af danmarkskortet iværksættes et kvalitetsløft af sagsbehandlingen "
               "på børnehandicapområdet med ekstra faglig sparring og stikprøvekontrol"]
        secs = []
        for h, t in T.REPORT_SECTIONS:
            if t is None:
                secs.append((h, T.dk_background(m.name, m.rates)))
            else:
                secs.append((h, [t]))
        sections = [("Resumé", ["Årsberetningen samler kommunens arbejde med klager, aktindsigt og "
                                "retssikkerhed. Afsnit 2 indeholder behandlingen af ministeriets "
                                "danmarkskort over omgørelsesprocenter, jf. retssikkerhedslovens § 79 b."])] + secs
    else:
        title, tkind = r.choice(T.DK_TITLES)
        rec = [b.format(c=c) for b in T.REC[rec_key][1]]
        sections = [("Resumé", [r.choice(T.DK_RESUME).format(council_def=c)]),
                    ("Sagsfremstilling", T.dk_background(m.name, m.rates))]
    econ = ("Økonomiske konsekvenser", ["Sagen har ingen økonomiske konsekvenser."
                                        if "prep" not in rec_key else
                                        "Eventuelle udgifter afholdes inden for udvalgets ramme."])
    sections.append(econ)
    item = dict(title=title, caseno=f"{r.randint(10,29)}.{r.randint(10,99)}.{r.randint(0,20):02d}-"
                f"A00-{r.randint(1,99)}-24", sections=sections, rec=rec, prior=[], attend=[], decision=[],
                dk=None, rec_route=f"Forvaltningen indstiller til {c} via {m.committee}:")
    if kind == "committee":
        item["decision"] = [ctee_text]
        stance = ctee_stance
    else:
        stance = council_stance
        item["decision"] = list(council_lines)
    item["dk"] = (MAP_YEAR, stance)
    return item, (rec_key, ctee_text, ctee_stance)


def ordinary_items(m, r, k, extra=()):
    pool = list(T.ORDINARY[1:])
    r.shuffle(pool)
    items = [T.ORDINARY[0]] + pool[:k]
    out = []
    for title, bg, rec, dec in items:
        out.append(dict(title=title, caseno=f"{r.randint(1,99):02d}.{r.randint(1,99):02d}.{r.randint(0,20):02d}-"
                        f"P{r.randint(10,30)}-{r.randint(1,999)}-24",
                        sections=[("Sagsfremstilling", list(bg))] if bg else [], rec=list(rec), prior=[],
                        attend=[], decision=dec.format(person=people(r, 1)[0]).split("\n"), dk=None))
    return out


def distract_item(m, r, key):
    title, bg, rec, dec = T.DISTRACT[key]
    x = round(r.uniform(8, 30), 1)
    return dict(title=title, caseno=f"15.{r.randint(10,40)}.00-P20-{r.randint(1,99)}-24",
                sections=[("Sagsfremstilling", [b.format(x=x) for b in bg])], rec=list(rec), prior=[],
                attend=[], decision=[dec], dk=None)


def letter_item(m, r):
    title, bg, rec, dec = T.LETTER
    ld = dfmt(dt.date(2024, 3, r.randint(4, 22)), "plain")
    return dict(title=title, caseno=f"00.22.00-G01-{r.randint(1,40)}-24",
                sections=[("Sagsfremstilling", [b.format(ldate=ld, muni=m.name, council_def=m.council) for b in bg])],
                rec=list(rec), prior=[], attend=[], decision=[dec], dk=(2023, "not_addressed"))


def meeting(m, r, kind, date, items, extra_absent=True):
    body = m.council_title if kind == "council" else m.committee
    absent = people(r, r.randint(0, 2)) if extra_absent else []
    r.shuffle(items[1:]) if False else None
    return dict(kind=kind, body=body, body_def=(m.council if kind == "council" else m.committee),
                date=date, time=r.choice(["17.00", "16.00", "17.30", "19.00", "15.00"]),
                place=r.choice(T.PLACES), absent=absent, items=items, muni=m.name, code=m.code)


def insert_mid(r, items, it):
    pos = r.randint(2, max(2, len(items)))
    items.insert(pos, it)


def build_muni(m, scenario, r, vidx):
    """Returns list of meetings and the intended (outcome, action_plan)."""
    meets = []
    c = m.council

    def council_with_dk(v, date, attend=True, with_prior=True, ctee_date=None):
        it, (rk, ctext, cst) = dk_item(m, r, v, "council", date)
        if with_prior and ctee_date:
            it["prior"].append((f"Beslutning i {m.committee} den {dfmt(ctee_date, 'plain')}", [ctext]))
            if r.random() < 0.5:
                it["prior"].append((f"Beslutning i Handicaprådet den {dfmt(ctee_date - dt.timedelta(days=6), 'plain')}",
                                    ["Handicaprådet drøftede sagen og opfordrer til, at der udarbejdes en "
                                     "handlingsplan for børnehandicapområdet."]))
        if attend:
            p = people(r, 2)
            it["attend"] = r.choice([[f"Fraværende: {p[0]}"], [f"Mødt: Alle undtagen {p[0]}", f"Inhabil: {p[1]}"],
                                     [f"Fraværende: {p[0]}", f"Stedfortræder: {p[1]}"], []])
        items = ordinary_items(m, r, r.randint(2, 4))
        insert_mid(r, items, it)
        if r.random() < 0.4:
            insert_mid(r, items, distract_item(m, r, r.choice(["beskaeft", "klima", "turisme"])))
        return meeting(m, r, "council", date, items), (rk, ctext, cst)

    def committee_with_dk(v, date):
        it, _ = dk_item(m, r, v, "committee", date)
        items = ordinary_items(m, r, r.randint(1, 3))
        insert_mid(r, items, it)
        return meeting(m, r, "committee", date, items)

    def spring_letter():
        d = weekday_date(r, 2024, r.choice([4, 5]))
        items = ordinary_items(m, r, r.randint(2, 3))
        insert_mid(r, items, letter_item(m, r))
        return meeting(m, r, "council", d, items)

    def distractor_council(month, keys):
        d = weekday_date(r, 2024, month)
        items = ordinary_items(m, r, r.randint(1, 3))
        for k in keys:
            insert_mid(r, items, distract_item(m, r, k))
        return meeting(m, r, "council", d, items)

    if scenario in ("ok_prepare", "ok_no_need"):
        vl = PREPARE_V if scenario == "ok_prepare" else NONEED_V
        v = vl[vidx % len(vl)]
        cd = weekday_date(r, 2024, r.choice([9, 10, 11, 12]), 1, 12)
        dd = cd + dt.timedelta(days=r.choice([7, 8, 13, 14]))
        meets.append(committee_with_dk(v, cd)) if r.random() < 0.75 else None
        cm, _ = council_with_dk(v, dd, ctee_date=cd)
        # the council item quotes the committee even when its minutes are not in the corpus
        meets.insert(0, cm)
        if r.random() < 0.4:
            meets.append(spring_letter())
        if len(meets) < 2 or r.random() < 0.3:
            meets.append(distractor_council(r.choice([8, 9, 10, 11]), [r.choice(["beskaeft", "natur", "klima"])]))
        want = ("ok", "prepare" if scenario == "ok_prepare" else "no_need")
        variant_name = v
    elif scenario == "deferred_then_ok":
        dv = DEFER_V[vidx % len(DEFER_V)]
        ov = (PREPARE_V + NONEED_V)[(vidx * 5 + 1) % 16]
        d1 = weekday_date(r, 2024, 10)
        d2 = weekday_date(r, 2024, 12, 1, 18)
        cm1, _ = council_with_dk(dv, d1, with_prior=False)
        cm2, (_, _, _) = council_with_dk(ov, d2, ctee_date=d2 - dt.timedelta(days=12))
        meets += [cm2, cm1]
        final = variant(ov, c, m.committee, r)[4]
        want = ("ok", final)
        variant_name = dv + "+" + ov
    elif scenario == "no_position":
        v = NOTED_V[vidx % len(NOTED_V)]
        cd = weekday_date(r, 2024, r.choice([9, 10, 11]), 1, 12)
        cm, _ = council_with_dk(v, cd + dt.timedelta(days=9), ctee_date=cd)
        meets.append(cm)
        meets.append(committee_with_dk(v, cd)) if r.random() < 0.6 else None
        if len(meets) < 2 or r.random() < 0.3:
            meets.append(spring_letter())
        want = ("no_position", "not_addressed")
        variant_name = v
    elif scenario == "noted_then_late":
        d1 = weekday_date(r, 2024, 11)
        cm1, _ = council_with_dk("Q1_efterretning", d1, with_prior=False)
        d2 = weekday_date(r, 2025, 2)
        cm2, _ = council_with_dk("P1_som_indstillet", d2, ctee_date=d2 - dt.timedelta(days=9))
        meets += [cm1, cm2]
        want = ("no_position", "not_addressed")
        variant_name = "Q1_efterretning+P1_2025"
    elif scenario == "deferred":
        v = DEFER_V[vidx % len(DEFER_V)]
        cd = weekday_date(r, 2024, r.choice([10, 11]), 1, 12)
        cm, _ = council_with_dk(v, cd + dt.timedelta(days=8), ctee_date=cd)
        meets.append(cm)
        meets.append(committee_with_dk(v, cd))
        want = ("no_position", "deferred")
        variant_name = v
    elif scenario == "late":
        v = (PREPARE_V + NONEED_V)[(vidx * 3) % 16]
        cd = weekday_date(r, 2024, 12, 2, 16)
        d2 = weekday_date(r, 2025, r.choice([1, 2, 3]), 10, 27)
        cm, _ = council_with_dk(v, d2, ctee_date=cd)
        meets.append(cm)
        meets.append(committee_with_dk(v, cd))
        if r.random() < 0.6:
            # December council meeting: the map is only mentioned in the mayor's announcements
            dd = weekday_date(r, 2024, 12, 10, 20)
            items = ordinary_items(m, r, 2)
            items.append(dict(title="Meddelelser", caseno="", sections=[("Sagsfremstilling", [
                f"Borgmesteren oplyste, at danmarkskortet over omgørelsesprocenter først behandles på "
                f"mødet i {T.MONTHS[d2.month-1]} {d2.year}, da sagen ikke nåede udvalget i tide."])],
                rec=[], prior=[], attend=[], decision=["Taget til efterretning."], dk=None))
            meets.append(meeting(m, r, "council", dd, items))
        want = ("late", variant(v, c, m.committee, r)[4])
        variant_name = v
    elif scenario == "committee_only":
        v = (PREPARE_V + NONEED_V)[(vidx * 7 + 2) % 16]
        cd = weekday_date(r, 2024, r.choice([10, 11, 12]), 1, 16)
        meets.append(committee_with_dk(v, cd))
        meets.append(distractor_council(r.choice([10, 11, 12]), [r.choice(["beskaeft", "turisme"])]))
        if r.random() < 0.5:
            meets.append(spring_letter())
        want = ("committee_only", None)
        variant_name = v
    elif scenario == "not_found":
        meets.append(distractor_council(r.choice([9, 10, 11]), ["beskaeft"]))
        meets.append(spring_letter())
        if r.random() < 0.6:
            meets.append(distractor_council(r.choice([11, 12]), [r.choice(["klima", "natur"])]))
        want = ("not_found", None)
        variant_name = "distractors"
    else:
        raise KeyError(scenario)
    return meets, want, variant_name


def decide(treatments):
    """CONTRACT.md's rule. treatments: list of (date, body, map_year, stance, path)."""
    t = [x for x in treatments if x[2] == MAP_YEAR]
    if not t:
        return "not_found", None, None
    council = sorted([x for x in t if x[1] == "council"], key=lambda x: (x[0], x[4]))
    if not council:
        return "committee_only", None, None
    end = dt.date(MAP_YEAR, 12, 31)
    intime = [x for x in council if x[0] <= end]
    if not intime:
        return "late", council[0][3], council[0]
    pos = [x for x in intime if x[3] in ("prepare", "no_need")]
    if pos:
        return "ok", pos[0][3], pos[0]
    last = intime[-1]
    return "no_position", last[3], last


def folder_name(code, name, i):
    k = i % 4
    if k == 0:
        return code
    if k == 1:
        return code.zfill(4)
    if k == 2:
        return ascii_name(name)
    return name.replace(" ", "-") + "-Kommune"


def main():
    out = Path(sys.argv[1])
    rows = list(csv.DictReader(KOMMUNER.open(encoding="utf-8")))
    assert len(rows) == 98
    r = random.Random(SEED)
    r.shuffle(rows)
    halves = {"dev": rows[:49], "holdout": rows[49:]}
    lay = {"dev": [], "holdout": []}
    for a, b in PAIRS:
        if r.random() < 0.5:
            a, b = b, a
        lay["dev"].append(a); lay["holdout"].append(b)
    jobs, gold_all, lines = [], {}, ["# independent20 layouts (map year 2024, seed %d)" % SEED, ""]
    lines.append("| half | layout |")
    lines.append("|---|---|")
    for h in ("dev", "holdout"):
        for l in lay[h]:
            lines.append(f"| {h} | {l} |")
    lines.append("")
    lines.append("| half | code | municipality | folder | layout | scenario | variant |")
    lines.append("|---|---|---|---|---|---|---|")
    for h, hrows in halves.items():
        scen = [s for s, n in SCENARIOS for _ in range(n)]
        r.shuffle(scen)
        vcount = {}
        gold = dict(map_year=MAP_YEAR, municipalities={}, documents={})
        for i, (row, s) in enumerate(zip(hrows, scen)):
            code, name = row["code"], row["name"]
            mr = random.Random(f"{SEED}-{code}")
            m = Muni(code, name, mr)
            layout = lay[h][i % 4]
            vidx = vcount.get(s, 0) + mr.randint(0, 0)
            vcount[s] = vidx + 1
            meets, want, vname = build_muni(m, s, mr, vidx)
            folder = folder_name(code, name, mr.randint(0, 3))
            files = L.plan(layout, m, meets, mr)  # list of file dicts
            while len(files) > 4:
                meets = meets[:-1]
                files = L.plan(layout, m, meets, mr)
            assert 2 <= len(files) <= 4, (code, len(files))
            treatments = []
            for f in files:
                rel = f"{folder}/{f['name']}"
                f["rel"] = rel
                gold["documents"][rel] = dict(status="ok", municipality_code=code, body=f["body"],
                                              meeting_date=f["date"].isoformat(),
                                              dk_items=[dict(map_year=y, action_plan=a) for y, a in f["dk"]],
                                              pages=1, producer=f["producer"])
                for y, a in f["dk"]:
                    treatments.append((f["date"], f["body"], y, a, rel))
                jobs.append(dict(half=h, rel=rel, producer=f["producer"], src_ext=f["src_ext"],
                                 muni=name, code=code))
                src = out / "_src" / h / (rel + f["src_ext"])
                src.parent.mkdir(parents=True, exist_ok=True)
                data = f["source"]
                src.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
            outcome, apl, tr = decide(treatments)
            assert (outcome, apl) == want, (code, s, vname, outcome, apl, want, treatments)
            gold["municipalities"][code] = dict(
                name=name, outcome=outcome, action_plan=apl, plan=s,
                meeting_date=tr[0].isoformat() if tr else None,
                treatment_document=tr[4] if tr else None, variant=vname, layout=layout)
            lines.append(f"| {h} | {code} | {name} | {folder} | {layout} | {s} | {vname} |")
        gold_all[h] = gold
    (out / "_jobs.json").write_text(json.dumps(jobs, ensure_ascii=False, indent=1))
    (out / "_gold_pre.json").write_text(json.dumps(gold_all, ensure_ascii=False, indent=1))
    (out / "layouts.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
