#!/usr/bin/env python3
"""independent10: writes the document models, sources and gold for map year 2025.

    python3 gen.py OUT        -> OUT/src/<half>/..., OUT/jobs.json, OUT/<half>/gold.json (pages filled by render.py)

Standard library only. Seed fixed (SEED) so the build is reproducible."""
import csv, json, random, re, sys, unicodedata, datetime as dt
from pathlib import Path
import texts as T

SEED = 20251010
MAP_YEAR = 2025
HERE = Path(__file__).resolve().parent
KOMMUNER = Path("/work/shared/data/kommuner.csv")

PAIRS = [("enscript", "groff"), ("weasyprint", "wkhtmltopdf"), ("odt", "chromium"), ("html8", "html1252items")]
PDF_LAYOUTS = {"enscript", "groff", "weasyprint", "wkhtmltopdf", "odt", "chromium"}

# scenario -> (count per half, [(variant, halves)])
SCENARIOS = [
    ("ok_prepare", 13, [("pp_tiltag", "both"), ("pp_plan_voksen", "both"), ("pp_textbook", "both"),
                        ("pp_eftersyn", "dev"), ("pp_second", "dev"),
                        ("pp_changed", "holdout"), ("pp_extra", "holdout")]),
    ("ok_no_need", 10, [("nn_paent", "both"), ("nn_daekkende", "both"), ("nn_textbook", "both"),
                        ("nn_table", "dev"), ("nn_fewcases", "holdout")]),
    ("no_position", 5, [("na_efterretning", "both"), ("na_droeftet", "both"),
                        ("na_duty", "dev"), ("na_twice", "holdout")]),
    ("no_position_deferred", 4, [("df_udsat", "both"), ("df_genoptages", "dev"), ("df_tilbage", "holdout")]),
    ("late", 6, [("lt_jan_noneed", "both"), ("lt_feb_prepare", "both"), ("lt_jan_note", "dev"),
                 ("lt_extra", "holdout")]),
    ("committee_only", 5, [("co_ssu", "both"), ("co_oeu", "both"), ("co_handicapraad", "dev"),
                           ("co_faelles", "holdout")]),
    ("not_found", 6, [("nf_stoej", "both"), ("nf_letter", "both"), ("nf_kultur", "both"),
                      ("nf_2024early", "dev"), ("nf_beskaeft", "holdout")]),
]


def ascii_name(name):
    s = name.replace("æ", "ae").replace("ø", "oe").replace("å", "aa").replace("Æ", "Ae").replace("Ø", "Oe").replace("Å", "Aa")
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return s.replace(" ", "-")


def folder_for(code, name, r):
    k = r.randrange(4)
    if k == 0:
        return code.zfill(4)
    if k == 1:
        return code
    if k == 2:
        return ascii_name(name).lower()
    return ascii_name(name) + "-Kommune"


class Muni:
    def __init__(self, code, name, region, r):
        self.code, self.name, self.region, self.r = code, name, region, r
        if code == "101":
            self.council = "Borgerrepræsentationen"
        else:
            self.council = r.choice(["Byrådet", "Byrådet", "Kommunalbestyrelsen"])
        self.council_gen = {"Byrådet": "Byrådets", "Kommunalbestyrelsen": "Kommunalbestyrelsens",
                            "Borgerrepræsentationen": "Borgerrepræsentationens"}[self.council]
        self.council_short = self.council[:-2] if self.council != "Borgerrepræsentationen" else "Borgerrepræsentation"
        # social committee name
        self.ssu = r.choice(["Social- og Sundhedsudvalget", "Voksen- og Handicapudvalget", "Social- og Ældreudvalget",
                             "Børne-, Social- og Familieudvalget", "Social-, Sundheds- og Omsorgsudvalget"])
        self.oeu = "Økonomiudvalget"


def mkdoc(m, kind, body, date, items, r, **kw):
    # the agenda approval always comes first, whatever was put in front of it
    items = sorted(items, key=lambda it: it["title"] != "Godkendelse af dagsorden")
    d = dict(kind=kind, body=body, date=date, items=items, muni=m.code, name=m.name,
             start=kw.pop("start", r.choice(["16.00", "17.00", "16.30", "19.00", "15.30"])),
             place=kw.pop("place", r.choice(["Byrådssalen, Rådhuset", "Mødelokale 1, Rådhuset", "Rådhuset, lokale 2.14",
                                              "Kommunalbestyrelsessalen", "Teams / Rådhuset"])),
             absent=kw.pop("absent", T.absent_line(r)),
             hdr=kw.pop("hdr", None), extra=kw.pop("extra", False), joint=kw.pop("joint", None))
    d.update(kw)
    return d


# ---------------------------------------------------------------- scenarios
# each returns (docs, key) where key says which doc index is the deciding treatment (or None)
# and the gold outcome/action_plan.  dk_items are attached to each item as item["dk"] = (year, stance)

def council_date(r, lo=(8, 20), hi=(12, 18)):
    start = dt.date(MAP_YEAR, *lo)
    end = dt.date(MAP_YEAR, *hi)
    d = start + dt.timedelta(days=r.randrange((end - start).days))
    while d.weekday() > 3:
        d += dt.timedelta(days=1)
    return d


def before(d, r, lo=7, hi=30):
    x = d - dt.timedelta(days=r.randint(lo, hi))
    while x.weekday() > 3:
        x -= dt.timedelta(days=1)
    return x


def filler_council(m, r, date, n=None):
    return mkdoc(m, "council", m.council, date, T.filler_items(m, r, n or r.randint(3, 5)), r)


def build_scenario(m, variant, r):
    C, S = m.council, m.ssu
    docs = []
    res = dict(outcome=None, action_plan=None, decide=None)
    if variant.startswith("pp_") or variant.startswith("nn_"):
        stance = "prepare" if variant.startswith("pp_") else "no_need"
        d2 = council_date(r, (9, 15), (12, 18))
        if variant == "pp_tiltag":
            d1 = before(d2, r)
            it1 = T.map_item(m, r, "committee", S, d1, "prepare", style="tiltag")
            docs.append(mkdoc(m, "committee", S, d1, T.shuffle_in(r, it1, T.filler_items(m, r, 2, committee=True)), r))
            it2 = T.map_item(m, r, "council", C, d2, "prepare", style="tiltag", prior=[(S, d1, it1["decision_text"])],
                             decision="Indstillingen tiltrådt.")
            docs.append(mkdoc(m, "council", C, d2, T.shuffle_in(r, it2, T.filler_items(m, r, 3)), r, hdr="forum"))
        elif variant == "pp_plan_voksen":
            it = T.map_item(m, r, "council", C, d2, "prepare", style="plan_voksen")
            docs.append(mkdoc(m, "council", C, d2, T.shuffle_in(r, it, T.filler_items(m, r, 4)), r, hdr="pagehead"))
            docs.append(filler_council(m, r, before(d2, r, 28, 40)))
        elif variant == "pp_textbook":
            it = T.map_item(m, r, "council", C, d2, "prepare", style="textbook")
            docs.append(mkdoc(m, "council", C, d2, T.shuffle_in(r, it, T.filler_items(m, r, 3)), r, hdr="organ"))
            docs.append(mkdoc(m, "council", C, before(d2, r, 25, 35), T.noise_items(m, r, ["stoej"]) + T.filler_items(m, r, 2), r))
        elif variant == "pp_eftersyn":
            d1 = before(d2, r)
            it1 = T.map_item(m, r, "committee", m.oeu, d1, "prepare", style="eftersyn")
            docs.append(mkdoc(m, "committee", m.oeu, d1, T.shuffle_in(r, it1, T.filler_items(m, r, 3, committee=True)), r))
            it2 = T.map_item(m, r, "council", C, d2, "prepare", style="eftersyn", prior=[(m.oeu, d1, it1["decision_text"])],
                             decision="Som foreslået af Økonomiudvalget.")
            docs.append(mkdoc(m, "council", C, d2, T.shuffle_in(r, it2, T.filler_items(m, r, 3)), r, hdr="udvalg"))
        elif variant == "pp_second":
            d1 = council_date(r, (8, 20), (9, 25))
            d2 = council_date(r, (10, 25), (12, 15))
            it1 = T.map_item(m, r, "council", C, d1, "not_addressed", style="firstlook")
            docs.append(mkdoc(m, "council", C, d1, T.shuffle_in(r, it1, T.filler_items(m, r, 3)), r))
            it2 = T.map_item(m, r, "council", C, d2, "prepare", style="followup_prepare")
            docs.append(mkdoc(m, "council", C, d2, T.shuffle_in(r, it2, T.filler_items(m, r, 3)), r, hdr="forsamling"))
        elif variant == "pp_changed":
            d1 = before(d2, r)
            it1 = T.map_item(m, r, "committee", S, d1, "no_need", style="daekkende")
            docs.append(mkdoc(m, "committee", S, d1, T.shuffle_in(r, it1, T.filler_items(m, r, 2, committee=True)), r))
            it2 = T.map_item(m, r, "council", C, d2, "prepare", style="changed", prior=[(S, d1, it1["decision_text"])])
            docs.append(mkdoc(m, "council", C, d2, T.shuffle_in(r, it2, T.filler_items(m, r, 3)), r))
        elif variant == "pp_extra":
            d2 = council_date(r, (12, 1), (12, 19))
            it = T.map_item(m, r, "council", C, d2, "prepare", style="decision_first")
            docs.append(mkdoc(m, "council", C, d2, [it] + T.filler_items(m, r, 1), r, extra=True))
            docs.append(filler_council(m, r, before(d2, r, 10, 20)))
        elif variant == "nn_paent":
            it = T.map_item(m, r, "council", C, d2, "no_need", style="paent")
            docs.append(mkdoc(m, "council", C, d2, T.shuffle_in(r, it, T.filler_items(m, r, 4)), r, hdr="forum"))
            docs.append(mkdoc(m, "council", C, before(d2, r, 25, 40), T.noise_items(m, r, ["bredbaand"]) + T.filler_items(m, r, 2), r))
        elif variant == "nn_daekkende":
            d1 = before(d2, r)
            it1 = T.map_item(m, r, "committee", S, d1, "no_need", style="daekkende")
            docs.append(mkdoc(m, "committee", S, d1, T.shuffle_in(r, it1, T.filler_items(m, r, 2, committee=True)), r))
            it2 = T.map_item(m, r, "council", C, d2, "no_need", style="daekkende", prior=[(S, d1, it1["decision_text"])],
                             decision="Anbefalingen følges.")
            docs.append(mkdoc(m, "council", C, d2, T.shuffle_in(r, it2, T.filler_items(m, r, 3)), r, hdr="organ"))
        elif variant == "nn_textbook":
            it = T.map_item(m, r, "council", C, d2, "no_need", style="textbook")
            docs.append(mkdoc(m, "council", C, d2, T.shuffle_in(r, it, T.filler_items(m, r, 3)), r, hdr="udvalg"))
            docs.append(mkdoc(m, "council", C, before(d2, r, 20, 30), T.noise_items(m, r, ["letter2024"]) + T.filler_items(m, r, 2), r))
        elif variant == "nn_table":
            it = T.map_item(m, r, "council", C, d2, "no_need", style="table")
            docs.append(mkdoc(m, "council", C, d2, T.shuffle_in(r, it, T.filler_items(m, r, 3)), r, hdr="title"))
            docs.append(mkdoc(m, "committee", "Handicaprådet", before(d2, r, 20, 40), T.noise_items(m, r, ["handicapraad_aarsberetning"]) + T.filler_items(m, r, 1, committee=True), r))
        elif variant == "nn_fewcases":
            d1 = before(d2, r)
            it1 = T.map_item(m, r, "committee", m.oeu, d1, "no_need", style="fewcases")
            docs.append(mkdoc(m, "committee", m.oeu, d1, T.shuffle_in(r, it1, T.filler_items(m, r, 3, committee=True)), r))
            it2 = T.map_item(m, r, "council", C, d2, "no_need", style="fewcases", prior=[(m.oeu, d1, it1["decision_text"])],
                             decision="Indstillingen godkendt.", dechead="bodydate")
            docs.append(mkdoc(m, "council", C, d2, T.shuffle_in(r, it2, T.filler_items(m, r, 3)), r))
        res.update(outcome="ok", action_plan=stance)
        res["decide"] = len(docs) - 1 if variant not in ("pp_plan_voksen", "pp_textbook", "nn_paent", "nn_textbook", "nn_table", "pp_extra") else 0
    elif variant.startswith("na_") or variant.startswith("df_"):
        d2 = council_date(r, (9, 1), (12, 17))
        stance = "not_addressed" if variant.startswith("na_") else "deferred"
        if variant == "na_efterretning":
            it = T.map_item(m, r, "council", C, d2, "not_addressed", style="efterretning")
            docs.append(mkdoc(m, "council", C, d2, T.shuffle_in(r, it, T.filler_items(m, r, 3)), r, hdr="forsamling"))
            docs.append(filler_council(m, r, before(d2, r, 25, 40)))
            res["decide"] = 0
        elif variant == "na_droeftet":
            d1 = before(d2, r)
            it1 = T.map_item(m, r, "committee", S, d1, "not_addressed", style="committee_note")
            docs.append(mkdoc(m, "committee", S, d1, T.shuffle_in(r, it1, T.filler_items(m, r, 2, committee=True)), r))
            it = T.map_item(m, r, "council", C, d2, "not_addressed", style="droeftet")
            docs.append(mkdoc(m, "council", C, d2, T.shuffle_in(r, it, T.filler_items(m, r, 3)), r))
            res["decide"] = 1
        elif variant == "na_duty":
            it = T.map_item(m, r, "council", C, d2, "not_addressed", style="duty_orient")
            docs.append(mkdoc(m, "council", C, d2, T.shuffle_in(r, it, T.filler_items(m, r, 3)), r, hdr="pagehead"))
            docs.append(mkdoc(m, "council", C, before(d2, r, 25, 40), T.noise_items(m, r, ["followup2024"]) + T.filler_items(m, r, 2), r))
            res["decide"] = 0
        elif variant == "na_twice":
            d1 = council_date(r, (8, 20), (9, 20))
            d2 = council_date(r, (10, 20), (12, 10))
            it1 = T.map_item(m, r, "council", C, d1, "not_addressed", style="firstlook")
            docs.append(mkdoc(m, "council", C, d1, T.shuffle_in(r, it1, T.filler_items(m, r, 3)), r))
            it2 = T.map_item(m, r, "council", C, d2, "not_addressed", style="efterretning_followup")
            docs.append(mkdoc(m, "council", C, d2, T.shuffle_in(r, it2, T.filler_items(m, r, 3)), r, hdr="organ"))
            res["decide"] = 1
        elif variant == "df_udsat":
            it = T.map_item(m, r, "council", C, d2, "deferred", style="udsat")
            docs.append(mkdoc(m, "council", C, d2, T.shuffle_in(r, it, T.filler_items(m, r, 3)), r))
            docs.append(filler_council(m, r, before(d2, r, 25, 40)))
            res["decide"] = 0
        elif variant == "df_genoptages":
            it = T.map_item(m, r, "council", C, d2, "deferred", style="genoptages")
            docs.append(mkdoc(m, "council", C, d2, T.shuffle_in(r, it, T.filler_items(m, r, 3)), r, hdr="udvalg"))
            docs.append(mkdoc(m, "council", C, before(d2, r, 25, 40), T.noise_items(m, r, ["klima"]) + T.filler_items(m, r, 2), r))
            res["decide"] = 0
        elif variant == "df_tilbage":
            d1 = before(d2, r)
            it1 = T.map_item(m, r, "committee", S, d1, "prepare", style="tiltag")
            docs.append(mkdoc(m, "committee", S, d1, T.shuffle_in(r, it1, T.filler_items(m, r, 2, committee=True)), r))
            it = T.map_item(m, r, "council", C, d2, "deferred", style="tilbage", prior=[(S, d1, it1["decision_text"])])
            docs.append(mkdoc(m, "council", C, d2, T.shuffle_in(r, it, T.filler_items(m, r, 3)), r))
            res["decide"] = 1
        res.update(outcome="no_position", action_plan=stance)
    elif variant.startswith("lt_"):
        d1 = council_date(r, (11, 3), (12, 10))
        d2 = dt.date(2026, 1 if variant != "lt_feb_prepare" else 2, r.randint(12, 28))
        while d2.weekday() > 3:
            d2 += dt.timedelta(days=1)
        stance = {"lt_jan_noneed": "no_need", "lt_feb_prepare": "prepare", "lt_jan_note": "not_addressed", "lt_extra": "prepare"}[variant]
        cstyle = {"no_need": "daekkende", "prepare": "tiltag", "not_addressed": "committee_note"}[stance]
        it1 = T.map_item(m, r, "committee", S, d1, stance, style=cstyle)
        docs.append(mkdoc(m, "committee", S, d1, T.shuffle_in(r, it1, T.filler_items(m, r, 2, committee=True)), r))
        it2 = T.map_item(m, r, "council", C, d2, stance, style={"no_need": "late_noneed", "prepare": "late_prepare", "not_addressed": "efterretning"}[stance],
                         prior=[(S, d1, it1["decision_text"])])
        docs.append(mkdoc(m, "council", C, d2, T.shuffle_in(r, it2, T.filler_items(m, r, 3)), r, extra=(variant == "lt_extra"),
                          hdr="forum" if variant == "lt_jan_noneed" else None))
        docs.append(filler_council(m, r, council_date(r, (11, 10), (12, 18))))
        res.update(outcome="late", action_plan=stance, decide=1)
    elif variant.startswith("co_"):
        d1 = council_date(r, (9, 1), (11, 28))
        if variant == "co_ssu":
            it = T.map_item(m, r, "committee", S, d1, "prepare", style="committee_decides")
            docs.append(mkdoc(m, "committee", S, d1, T.shuffle_in(r, it, T.filler_items(m, r, 3, committee=True)), r, hdr="udvalg"))
            docs.append(filler_council(m, r, council_date(r, (10, 1), (12, 18))))
        elif variant == "co_oeu":
            d0 = before(d1, r)
            it0 = T.map_item(m, r, "committee", S, d0, "no_need", style="daekkende")
            docs.append(mkdoc(m, "committee", S, d0, T.shuffle_in(r, it0, T.filler_items(m, r, 2, committee=True)), r))
            it = T.map_item(m, r, "committee", m.oeu, d1, "no_need", style="oeu_anbefaler", prior=[(S, d0, it0["decision_text"])])
            docs.append(mkdoc(m, "committee", m.oeu, d1, T.shuffle_in(r, it, T.filler_items(m, r, 3, committee=True)), r))
            docs.append(filler_council(m, r, before(d1, r, 10, 25)))
        elif variant == "co_handicapraad":
            d0 = before(d1, r)
            it0 = T.map_item(m, r, "committee", "Handicaprådet", d0, "not_addressed", style="handicapraad")
            docs.append(mkdoc(m, "committee", "Handicaprådet", d0, T.shuffle_in(r, it0, T.filler_items(m, r, 2, committee=True)), r))
            it = T.map_item(m, r, "committee", S, d1, "prepare", style="committee_decides")
            docs.append(mkdoc(m, "committee", S, d1, T.shuffle_in(r, it, T.filler_items(m, r, 2, committee=True)), r))
            docs.append(filler_council(m, r, council_date(r, (10, 1), (12, 18))))
        elif variant == "co_faelles":
            other = "Børne- og Skoleudvalget" if "Børne" not in S else "Beskæftigelsesudvalget"
            it = T.map_item(m, r, "committee", S, d1, "no_need", style="faelles", joint=other)
            docs.append(mkdoc(m, "committee", f"{S} og {other}", d1, T.shuffle_in(r, it, T.filler_items(m, r, 2, committee=True)), r, joint=(S, other)))
            docs.append(mkdoc(m, "council", C, council_date(r, (10, 1), (12, 18)), T.noise_items(m, r, ["skat"]) + T.filler_items(m, r, 2), r))
        res.update(outcome="committee_only", action_plan=None, decide=None)
    elif variant.startswith("nf_"):
        if variant == "nf_stoej":
            docs.append(mkdoc(m, "council", C, council_date(r), T.noise_items(m, r, ["stoej"]) + T.filler_items(m, r, 3), r, hdr="forum"))
            docs.append(mkdoc(m, "council", C, council_date(r), T.noise_items(m, r, ["bredbaand"]) + T.filler_items(m, r, 2), r))
        elif variant == "nf_letter":
            docs.append(mkdoc(m, "council", C, council_date(r, (8, 20), (10, 30)), T.noise_items(m, r, ["letter2024"]) + T.filler_items(m, r, 3), r))
            docs.append(mkdoc(m, "committee", S, council_date(r, (9, 1), (11, 30)), T.noise_items(m, r, ["followup2024"]) + T.filler_items(m, r, 2, committee=True), r))
        elif variant == "nf_kultur":
            docs.append(mkdoc(m, "council", C, council_date(r), T.noise_items(m, r, ["klima", "kulturarv"]) + T.filler_items(m, r, 2), r, hdr="organ"))
            docs.append(mkdoc(m, "committee", "Handicaprådet", council_date(r), T.noise_items(m, r, ["handicapraad_aarsberetning"]) + T.filler_items(m, r, 1, committee=True), r))
        elif variant == "nf_2024early":
            d0 = dt.date(2025, 2, r.randint(18, 27))
            while d0.weekday() > 3:
                d0 -= dt.timedelta(days=1)
            it = T.map_item(m, r, "council", C, d0, "prepare", style="early2024", year=2024)
            docs.append(mkdoc(m, "council", C, d0, T.shuffle_in(r, it, T.filler_items(m, r, 3)), r))
            docs.append(filler_council(m, r, council_date(r)))
        elif variant == "nf_beskaeft":
            docs.append(mkdoc(m, "council", C, council_date(r), T.noise_items(m, r, ["beskaeft"]) + T.filler_items(m, r, 3), r))
            docs.append(mkdoc(m, "council", C, council_date(r), T.noise_items(m, r, ["skat", "stoej"]) + T.filler_items(m, r, 2), r, hdr="udvalg"))
        res.update(outcome="not_found", action_plan=None, decide=None)
    return docs, res


def file_name(m, doc, r, idx, ext):
    d = doc["date"]
    body = doc["body"]
    b = re.sub(r"[^A-Za-z0-9]+", "_", ascii_name(doc["joint"][0] if doc.get("joint") else body)).strip("_")
    k = r.randrange(4)
    if k == 0:
        return f"{b}_{d.isoformat()}_referat.{ext}"
    if k == 1:
        return f"Referat-{b}-{d:%d-%m-%Y}.{ext}"
    if k == 2:
        return f"{d:%Y%m%d}_{b.lower()}_beslutningsprotokol.{ext}"
    return f"referat_{b.lower()}_{d:%d%m%Y}_{idx}.{ext}"


def main():
    out = Path(sys.argv[1])
    rows = list(csv.DictReader(open(KOMMUNER, encoding="utf-8")))
    assert len(rows) == 98
    R = random.Random(SEED)
    R.shuffle(rows)
    halves = {"dev": rows[:49], "holdout": rows[49:]}
    layout_of_half = {"dev": [], "holdout": []}
    for a, b in PAIRS:
        if R.random() < 0.5:
            a, b = b, a
        layout_of_half["dev"].append(a)
        layout_of_half["holdout"].append(b)
    jobs = []
    lay_md = ["# independent10 layouts (map year 2025)", "", "| half | layouts |", "|---|---|"]
    for h in ("dev", "holdout"):
        lay_md.append(f"| {h} | {', '.join(layout_of_half[h])} |")
    lay_md += ["", "| half | code | name | folder | layout | scenario | variant |", "|---|---|---|---|---|---|---|"]
    for h, munis in halves.items():
        slots = []
        for scen, n, variants in SCENARIOS:
            allowed = [v for v, w in variants if w in ("both", h)]
            for i in range(n):
                slots.append((scen, allowed[i % len(allowed)]))
        assert len(slots) == 49
        Rh = random.Random(SEED + (1 if h == "dev" else 2))
        Rh.shuffle(slots)
        lays = layout_of_half[h]
        gold = {"map_year": MAP_YEAR, "seed": SEED, "municipalities": {}, "documents": {}}
        for i, (row, (scen, variant)) in enumerate(zip(munis, slots)):
            code = row["code"]
            r = random.Random(f"{SEED}-{code}")
            m = Muni(code, row["name"], row["region"], r)
            layout = lays[i % 4]
            folder = folder_for(code, row["name"], r)
            docs, res = build_scenario(m, variant, r)
            docs.sort(key=lambda d: d["date"])
            decide_doc = None
            if res["decide"] is not None:
                # find after sort: deciding doc flagged by identity
                pass
            treat_path = None
            treat_date = None
            outputs = []
            split_at = next((j for j, dd in enumerate(docs) if dd["kind"] == "council" and any(it.get("dk") for it in dd["items"])),
                            next((j for j, dd in enumerate(docs) if any(it.get("dk") for it in dd["items"])), 0))
            for j, doc in enumerate(docs):
                doc["layout"] = layout
                doc["munidata"] = dict(council=m.council, council_gen=m.council_gen, name=m.name, region=m.region)
                ext = "pdf" if layout in PDF_LAYOUTS else "html"
                fname = file_name(m, doc, r, j + 1, ext)
                if layout == "html1252items" and j == split_at:
                    pages = T.split_items(doc, r, cap=(2 if len(docs) >= 3 else 3))  # list of (suffix, subdoc) ; first is index
                    for suffix, sub in pages:
                        fn = fname.replace(".html", f"{suffix}.htm")
                        outputs.append((doc, sub, f"{folder}/{fn}"))
                else:
                    outputs.append((doc, doc, f"{folder}/{fname}"))
            # gold documents
            for doc, sub, rel in outputs:
                dk = [dict(map_year=it["dk"][0], action_plan=it["dk"][1]) for it in sub["items"] if it.get("dk")]
                gold["documents"][rel] = dict(status="ok", municipality_code=code, body=doc["kind"],
                                              meeting_date=doc["date"].isoformat(), dk_items=dk, pages=1,
                                              producer=layout)
                jobs.append(dict(half=h, layout=layout, rel=rel, doc=T.jsonable(sub)))
            # deciding treatment: recompute from gold per CONTRACT to be safe
            tdoc, tdate = decide(outputs, res["outcome"], res["action_plan"])
            gold["municipalities"][code] = dict(name=row["name"], outcome=res["outcome"], action_plan=res["action_plan"],
                                                plan=scen, variant=variant, layout=layout,
                                                meeting_date=tdate, treatment_document=tdoc)
            lay_md.append(f"| {h} | {code} | {row['name']} | {folder} | {layout} | {scen} | {variant} |")
        (out / h).mkdir(parents=True, exist_ok=True)
        (out / h / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1, sort_keys=True))
    (out / "layouts.md").write_text("\n".join(lay_md) + "\n")
    (out / "jobs.json").write_text(json.dumps(jobs, ensure_ascii=False))


def decide(outputs, outcome, stance):
    """Apply CONTRACT.md to the labelled items; check it agrees with the scenario's outcome."""
    cands = []
    for doc, sub, rel in outputs:
        if doc["kind"] != "council":
            continue
        for it in sub["items"]:
            if it.get("dk") and it["dk"][0] == MAP_YEAR:
                cands.append((doc["date"], rel, it["dk"][1]))
    cands.sort()
    intime = [c for c in cands if c[0] <= dt.date(MAP_YEAR, 12, 31)]
    late = [c for c in cands if c[0] > dt.date(MAP_YEAR, 12, 31)]
    allk = [it for doc, sub, rel in outputs for it in sub["items"] if it.get("dk") and it["dk"][0] == MAP_YEAR]
    if not allk:
        got, pick = "not_found", None
    elif not cands:
        got, pick = "committee_only", None
    elif not intime:
        got, pick = "late", late[0]
    else:
        pos = [c for c in intime if c[2] in ("prepare", "no_need")]
        got, pick = ("ok", pos[0]) if pos else ("no_position", intime[-1])
    assert got == outcome, (got, outcome, outputs[0][2])
    if pick is None:
        return None, None
    assert pick[2] == stance, (pick, stance)
    return pick[1], pick[0].isoformat()


if __name__ == "__main__":
    main()
