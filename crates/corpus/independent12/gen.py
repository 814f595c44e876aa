# -*- coding: utf-8 -*-
"""independent12: models, scenarios and gold. Usage: python3 gen.py OUT"""
import csv, datetime as dt, json, random, sys, unicodedata
from pathlib import Path

import texts as T
import render as R

SEED = 20241214
MAP_YEAR = 2024
DEADLINE = dt.date(2024, 12, 31)
HERE = Path(__file__).resolve().parent
KOMMUNER = Path("/work/shared/data/kommuner.csv")

PAIRS = [("A1", "A2"), ("B1", "B2"), ("C1", "C2"), ("D1", "D2")]
LAYOUT_INFO = {
    "A1": ("LibreOffice (ODT built with zipfile)", "Beslutningsprotokol without any section headings: item number in a left margin column, recommendation and decision as plain paragraphs; body and date only in the document's title line"),
    "A2": ("Chromium --headless --print-to-pdf", "Decision first: each item opens with its decision (and earlier bodies' decisions), then recommendation, then the case text last; header as a label/value table"),
    "B1": ("wkhtmltopdf", "Each item is a two-column table; recommendation and decision sit in table cells with unusual labels (Forslag, Afgørelse); header labels Forsamling/Holdt"),
    "B2": ("WeasyPrint", "Body and date only in the running page header (@page margin box); committee decisions stacked above the body's own; attendance lines between decision heading and decision"),
    "C1": ("static HTML, UTF-8", "One HTML page per agenda item; meeting header (labelled 'Udvalg' even for the council) on an index page; item page carries body and date only in a breadcrumb"),
    "C2": ("static HTML, windows-1252", "One page per meeting; item numbers running across the year (Sag 412); header as a 'Mødefakta' block with unusual labels; 'Ikke til stede' lines before the decision"),
    "D1": ("LibreOffice (DOCX built with zipfile)", "Two-column page; header lines above; items as 'Pkt. N' with Resumé/Sagsfremstilling/Indstilling and 'Beslutning i <body> den <date>' headings, quoted committee decisions before"),
    "D2": ("enscript → PostScript → Ghostscript pdfwrite", "Monospaced typed protocol; item numbers in the left margin; decision ('Resultat:') directly under the title, background after; header as capitalised lines"),
}


def ascii_name(s):
    s = s.replace("æ", "ae").replace("ø", "oe").replace("å", "aa").replace("Æ", "Ae").replace("Ø", "Oe").replace("Å", "Aa")
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return s.replace(" ", "-")


def weekday_shift(d):
    while d.weekday() > 3:
        d += dt.timedelta(days=1)
    return d


def rdate(r, a, b):
    a, b = dt.date(*a), dt.date(*b)
    d = a + dt.timedelta(days=r.randint(0, (b - a).days))
    d = weekday_shift(d)
    return d


SOCIAL = ["Social- og Sundhedsudvalget", "Social- og Handicapudvalget", "Velfærdsudvalget",
          "Udvalget for Social og Psykiatri", "Voksen- og Plejeudvalget", "Social- og Ældreudvalget"]

# ---------------------------------------------------------------- scenarios
# A scenario variant builds meetings: dict(body, bname, date, dk=(kind, key, year, opts), extra, quote)
# kind: map | letter | both | othermap | employment | none.  opts: avoid/noyear title.

def M(body, date, dk=None, **kw):
    d = dict(body=body, date=date, dk=dk, extra=None, quote=None, bname=None, essential=True)
    d.update(kw)
    return d


IN = ((2024, 8, 20), (2024, 11, 28))
DEC = ((2024, 12, 2), (2024, 12, 19))
EARLY = ((2024, 1, 22), (2024, 4, 25))
LATE = ((2025, 1, 13), (2025, 3, 27))


def before(d, r):
    return weekday_shift(d - dt.timedelta(days=r.randint(8, 24)))


def other_meeting(r, body="council"):
    return M(body, rdate(r, (2024, 2, 1), (2024, 11, 30)), None, essential=False)


def V(cat, name, half, build):
    return dict(cat=cat, name=name, half=half, build=build)


def _cc(stance_c, stance_k, quote=None):
    """committee meeting then council meeting, both in time"""
    def b(r, soc):
        dc = rdate(r, IN[0], IN[1]); cm = before(dc, r)
        q = None
        if quote:
            q = quote
        return [M("committee", cm, ("map", stance_c, 2024, {}), bname=soc),
                M("council", dc, ("map", stance_k, 2024, {}), quote=q, qbody=soc, qdate=cm)]
    return b


VARIANTS = [
    # ---- ok / prepare
    V("ok_prepare", "recommendation approved", "B", _cc("reco_prepare", "reco_prepare")),
    V("ok_prepare", "plan under another name", "B",
      lambda r, s: [M("council", rdate(r, *IN), ("map", "other_name", 2024, {})), other_meeting(r)]),
    V("ok_prepare", "decision per recommendation point", "B",
      lambda r, s: [M("council", rdate(r, *IN), ("map", "split_prepare", 2024, {})), other_meeting(r, "committee")]),
    V("ok_prepare", "December treatment", "B",
      lambda r, s: [other_meeting(r), M("council", rdate(r, *DEC), ("map", "reco_prepare", 2024, {}))]),
    V("ok_prepare", "two treatments in the year (2023 map early, 2024 map later)", "B",
      lambda r, s: [M("council", rdate(r, *EARLY), ("map", "note", 2023, {"noyear": True})),
                    M("council", rdate(r, *IN), ("map", "reco_prepare", 2024, {}))]),
    V("ok_prepare", "new map together with last year's letter", "B",
      lambda r, s: [M("council", rdate(r, *IN), ("both", None, 2024, {})), other_meeting(r, "committee")]),
    V("ok_prepare", "adopted amendment turns no-plan into plan", "D",
      lambda r, s: [M("council", rdate(r, *IN), ("map", "amend_prepare", 2024, {})), other_meeting(r)]),
    V("ok_prepare", "council quotes committee's recommendation, then own short decision", "D",
      _cc("reco_prepare", "reco_prepare", quote="follow")),
    V("ok_prepare", "vote on making a plan", "H",
      lambda r, s: [M("council", rdate(r, *IN), ("map", "vote_prepare", 2024, {})), other_meeting(r, "committee")]),
    V("ok_prepare", "extraordinary council meeting", "H",
      lambda r, s: [other_meeting(r), M("council", rdate(r, *IN), ("map", "other_name", 2024, {}), extra="extraordinary")]),
    # ---- ok / no_need
    V("ok_no_need", "no need argued by existing quality work", "B", _cc("noneed_quality", "noneed_quality")),
    V("ok_no_need", "council's own no-plan decision", "B",
      lambda r, s: [M("council", rdate(r, *IN), ("map", "noneed_explicit", 2024, {})), other_meeting(r)]),
    V("ok_no_need", "title avoids 'danmarkskort'", "B",
      lambda r, s: [M("council", rdate(r, *DEC), ("map", "noneed_quality", 2024, {"avoid": True})), other_meeting(r, "committee")]),
    V("ok_no_need", "vote rejects a plan", "D",
      lambda r, s: [M("council", rdate(r, *IN), ("map", "noneed_vote", 2024, {})), other_meeting(r)]),
    V("ok_no_need", "decision per point", "D",
      lambda r, s: [M("council", rdate(r, *IN), ("map", "noneed_split", 2024, {})), other_meeting(r, "committee")]),
    V("ok_no_need", "council follows quoted committee decision", "H",
      _cc("noneed_quality", "noneed_quality", quote="follow")),
    V("ok_no_need", "2023 map with plan early in year, 2024 map no need later", "H",
      lambda r, s: [M("council", rdate(r, *EARLY), ("map", "reco_prepare", 2023, {})),
                    M("council", rdate(r, *IN), ("map", "noneed_explicit", 2024, {}))]),
    # ---- no_position / not_addressed
    V("np_not_addressed", "taken note", "B",
      lambda r, s: [M("council", rdate(r, *IN), ("map", "note", 2024, {})), other_meeting(r)]),
    V("np_not_addressed", "2023 map with plan early in year, 2024 map only noted", "B",
      lambda r, s: [M("council", rdate(r, *EARLY), ("map", "split_prepare", 2023, {"noyear": True})),
                    M("council", rdate(r, *IN), ("map", "note", 2024, {}))]),
    V("np_not_addressed", "discussed", "D",
      lambda r, s: [M("council", rdate(r, *IN), ("map", "discussed", 2024, {})), other_meeting(r, "committee")]),
    V("np_not_addressed", "committee forwards for orientation, council notes", "D",
      _cc("note", "note", quote="orient")),
    V("np_not_addressed", "orientation only", "H",
      lambda r, s: [M("council", rdate(r, *IN), ("map", "orient", 2024, {})), other_meeting(r)]),
    V("np_not_addressed", "December, title avoids the word, discussed", "H",
      lambda r, s: [other_meeting(r, "committee"), M("council", rdate(r, *DEC), ("map", "discussed", 2024, {"avoid": True}))]),
    # ---- no_position / deferred
    V("np_deferred", "postponed", "B",
      lambda r, s: [M("council", rdate(r, *IN), ("map", "defer", 2024, {})), other_meeting(r)]),
    V("np_deferred", "postponed in December, resumed with a plan in January", "B",
      lambda r, s: [M("council", rdate(r, *DEC), ("map", "defer", 2024, {})),
                    M("council", rdate(r, (2025, 1, 13), (2025, 1, 30)), ("map", "reco_prepare", 2024, {}))]),
    V("np_deferred", "sent back to the committee", "D",
      lambda r, s: [M("council", rdate(r, *IN), ("map", "sendback", 2024, {})), other_meeting(r, "committee")]),
    V("np_deferred", "not reached, to be resumed", "H",
      lambda r, s: [M("council", rdate(r, *IN), ("map", "resume", 2024, {})), other_meeting(r, "committee")]),
    # ---- late
    V("late", "January next year, plan", "B",
      lambda r, s: [other_meeting(r), M("council", rdate(r, (2025, 1, 13), (2025, 1, 31)), ("map", "reco_prepare", 2024, {}))]),
    V("late", "February next year, no year in title, no need", "B",
      lambda r, s: [M("council", rdate(r, (2025, 2, 3), (2025, 2, 27)), ("map", "noneed_explicit", 2024, {"noyear": True})), other_meeting(r)]),
    V("late", "committee in time, council in March", "B",
      lambda r, s: [M("committee", rdate(r, (2024, 11, 4), (2024, 11, 28)), ("map", "reco_prepare", 2024, {}), bname=s),
                    M("council", rdate(r, (2025, 3, 3), (2025, 3, 27)), ("map", "reco_prepare", 2024, {}), quote="follow", qbody=s)]),
    V("late", "vote in late January", "D",
      lambda r, s: [M("council", rdate(r, (2025, 1, 20), (2025, 1, 30)), ("map", "vote_prepare", 2024, {})), other_meeting(r, "committee")]),
    V("late", "extraordinary council meeting in 2025, noted only", "H",
      lambda r, s: [other_meeting(r), M("council", rdate(r, *LATE), ("map", "note", 2024, {}), extra="extraordinary")]),
    # ---- committee only
    V("committee_only", "social committee decides a plan; council silent", "B",
      lambda r, s: [M("committee", rdate(r, *IN), ("map", "reco_prepare", 2024, {}), bname=s), other_meeting(r)]),
    V("committee_only", "joint committee meeting", "B",
      lambda r, s: [M("committee", rdate(r, *IN), ("map", "note", 2024, {}), extra="joint", bname=s), other_meeting(r)]),
    V("committee_only", "Økonomiudvalget labelled like a council header", "D",
      lambda r, s: [M("committee", rdate(r, *IN), ("map", "noneed_quality", 2024, {}), bname="Økonomiudvalget"), other_meeting(r)]),
    V("committee_only", "Handicaprådet only", "H",
      lambda r, s: [M("committee", rdate(r, *IN), ("map", "note", 2024, {}), bname="Handicaprådet"), other_meeting(r)]),
    # ---- not found
    V("not_found", "another national danmarkskort", "B",
      lambda r, s: [M("council", rdate(r, *IN), ("othermap", None, None, {})), other_meeting(r, "committee")]),
    V("not_found", "reversal rates on the employment area", "B",
      lambda r, s: [M("council", rdate(r, *IN), ("employment", None, None, {})), other_meeting(r)]),
    V("not_found", "only Ankestyrelsen's letter on last year's map", "B",
      lambda r, s: [M("council", rdate(r, (2024, 3, 4), (2024, 6, 20)), ("letter", None, 2023, {})), other_meeting(r)]),
    V("not_found", "previous map treated early in the year", "D",
      lambda r, s: [M("council", rdate(r, *EARLY), ("map", "reco_prepare", 2023, {"noyear": True})), other_meeting(r, "committee")]),
    V("not_found", "status of last year's plan, titled with 2023", "H",
      lambda r, s: [M("council", rdate(r, *EARLY), ("map", "note", 2023, {"status": True})), other_meeting(r)]),
]

COUNTS = {"ok_prepare": 12, "ok_no_need": 10, "np_not_addressed": 6, "np_deferred": 4, "late": 6,
          "committee_only": 5, "not_found": 6}
EXPECT = {"ok_prepare": ("ok", "prepare"), "ok_no_need": ("ok", "no_need"),
          "np_not_addressed": ("no_position", "not_addressed"), "np_deferred": ("no_position", "deferred"),
          "late": ("late", None), "committee_only": ("committee_only", None), "not_found": ("not_found", None)}


def half_plan(half):
    out = []
    for cat, n in COUNTS.items():
        vs = [v for v in VARIANTS if v["cat"] == cat and v["half"] in ("B", half)]
        for i in range(n):
            out.append(vs[i % len(vs)])
    return out


# ---------------------------------------------------------------- items

def build_dk_item(r, ctx, meet):
    kind, key, year, opts = meet["dk"]
    body = meet["body"]
    if kind == "letter":
        it, st = T.letter_item(r, ctx, body)
        it.update(prior=[], attend=[])
        return it, (2023, st)
    if kind == "both":
        it, st = T.both_item(r, ctx, body)
        it.update(prior=[], attend=[])
        return it, (2024, st)
    if kind in ("othermap", "employment"):
        it, _ = (T.othermap_item if kind == "othermap" else T.employment_item)(r, ctx, body)
        it.update(prior=[], attend=[])
        return it, None
    extra_bg, reco, dec, st = T.STANCES[key](r, ctx, body)
    if opts.get("status"):
        title = "Danmarkskort 2023 - status på handlingsplanen"
        bg = [f"{ctx['council']} besluttede sidste år at udarbejde en handlingsplan efter danmarkskortet for 2023. "
              "Forvaltningen giver her en status: kurser for rådgiverne er gennemført, og antallet af "
              "hjemviste sager om merudgifter er faldet."]
    else:
        title = T.map_title(r, year, avoid=opts.get("avoid"), noyear=opts.get("noyear"))
        bg = T.map_bg(r, ctx, year)
        if opts.get("noyear"):
            bg = [p.replace(f" for {year}", "").replace(f" {year} ", " ").replace(f"i juni {year}", "i juni") for p in bg]
    prior = []
    if meet.get("quote") and meet.get("qbody"):
        qd = meet.get("qdate")
        qlabel = f"Beslutning i {meet['qbody']}" + (f" den {T.dlong(qd)}" if qd else "")
        if meet["quote"] == "follow":
            if st == "prepare":
                prior.append((qlabel, f"Udvalget anbefaler over for {ctx['cl']}, at der udarbejdes en handlingsplan for "
                                      "styrkelse af den juridiske kvalitet i sagsbehandlingen."))
                dec = [r.choice(["Som anbefalet af udvalget.", "Udvalgets anbefaling blev fulgt."])]
            else:
                prior.append((qlabel, "Udvalget anbefaler, at der ikke udarbejdes en særskilt handlingsplan, da "
                                      "kvalitetsarbejdet allerede dækker behovet."))
                dec = ["Udvalgets indstilling følges."]
        elif meet["quote"] == "orient":
            prior.append((qlabel, f"Taget til efterretning og oversendt til {ctx['cl']} til orientering."))
    attend = []
    if r.random() < 0.6:
        attend = [r.choice([f"Fraværende: {r.choice(T.NAMES)}", f"Ikke til stede: {r.choice(T.NAMES)} (V)",
                            f"Fraværende med afbud: {r.choice(T.NAMES)}. Stedfortræder: {r.choice(T.NAMES)}"])]
    it = dict(title=title, bg=bg[:2] + extra_bg + bg[2:], reco=reco, decision=dec, prior=prior, attend=attend)
    return it, (year, st)


def build_meeting(r, ctx, meet, lay):
    n_fill = r.randint(2, 4)
    excl = set()
    if meet["date"] < dt.date(2024, 10, 1):
        excl |= {"Budgetopfølgning pr. 30. september 2024", "Handicaprådets årsberetning 2024"}
    items = T.filler(r, n_fill, exclude=excl)
    dk = None
    if meet["dk"]:
        it, dk = build_dk_item(r, ctx, meet)
        it["caseno"] = T.caseno(r, r.randint(0, 3))
        it["dk"] = dk
        items.insert(r.randint(1, len(items)), it)
    for it in items:
        it.setdefault("caseno", T.caseno(r, r.randint(0, 3)))
    start = r.randint(380, 520) if lay == "C2" else 1
    for i, it in enumerate(items):
        it["no"] = start + i
    if meet["body"] == "council":
        bname = ctx["council"]
        if meet["extra"] == "extraordinary":
            kind = "Ekstraordinært møde"
        else:
            kind = "Ordinært møde"
    else:
        bname = meet["bname"] or r.choice(["Økonomiudvalget", "Teknik- og Miljøudvalget", "Børne- og Ungeudvalget"])
        kind = "Ordinært møde"
        if meet["extra"] == "joint":
            bname = f"Fællesmøde mellem {meet['bname']} og Børne- og Familieudvalget"
            kind = "Fællesmøde"
    return dict(body=meet["body"], bname=bname, kind=kind, date=meet["date"],
                time=r.choice(["16.00", "17.00", "18.30", "15.30"]),
                place=r.choice(["Byrådssalen, Rådhuset", "Mødelokale 2, Rådhuset", "Kommunalbestyrelsessalen",
                                "Borgerhuset, sal A"]),
                absent=r.choice(["Ingen", r.choice(T.NAMES), f"{r.choice(T.NAMES)}, {r.choice(T.NAMES)}"]),
                items=items, dk=dk, essential=meet["essential"])


def decide(docs_for_muni):
    """CONTRACT.md rule from labelled items. docs: list of (path, body, date, [(year, stance)])."""
    counted = [(p, b, d, st) for p, b, d, its in docs_for_muni for (y, st) in its if y == MAP_YEAR]
    if not counted:
        return "not_found", None, None, None
    council = sorted([c for c in counted if c[1] == "council"], key=lambda c: c[2])
    if not council:
        return "committee_only", None, None, None
    intime = [c for c in council if c[2] <= DEADLINE]
    if not intime:
        c = council[0]
        return "late", c[3], c[0], c[2]
    pos = [c for c in intime if c[3] in ("prepare", "no_need")]
    if pos:
        c = pos[0]
        return "ok", c[3], c[0], c[2]
    c = intime[-1]
    return "no_position", c[3], c[0], c[2]


def main(out):
    out = Path(out)
    rows = list(csv.DictReader(open(KOMMUNER, encoding="utf-8")))
    assert len(rows) == 98
    rng = random.Random(SEED)
    codes = [r_["code"] for r_ in rows]
    rng.shuffle(codes)
    halves = {"dev": codes[:49], "holdout": codes[49:]}
    lay_half = {"dev": [], "holdout": []}
    for a, b in PAIRS:
        if rng.random() < 0.5:
            a, b = b, a
        lay_half["dev"].append(a); lay_half["holdout"].append(b)
    byc = {r_["code"]: r_ for r_ in rows}
    tasks = []
    golds = {}
    layout_rows = []
    for half, hcode in (("dev", "D"), ("holdout", "H")):
        plan = half_plan(hcode)
        # spread scenarios over layouts: round robin over the plan order
        lays = lay_half[half]
        assign = [(plan[i], lays[i % 4]) for i in range(len(plan))]
        hr = random.Random(f"{SEED}-{half}")
        hr.shuffle(assign)
        gm, gd = {}, {}
        for code, (var, lay) in zip(sorted(halves[half], key=int), assign):
            name = byc[code]["name"]
            r = random.Random(f"{SEED}-{code}")
            council = "Borgerrepræsentationen" if code == "101" else r.choice(["Byrådet", "Kommunalbestyrelsen", "Byrådet"])
            ctx = dict(code=code, name=name, council=council, cl=council if code == "101" else council.lower(), rates=T.rates(r), soc=r.choice(SOCIAL))
            folder = [code.zfill(4), code, ascii_name(name).lower(), ascii_name(name) + "-Kommune"][r.randint(0, 3)]
            meets = var["build"](r, ctx["soc"])
            if r.random() < 0.45:
                meets.append(M("committee", rdate(r, (2024, 2, 1), (2024, 11, 30)), None, essential=False,
                               bname=r.choice(["Handicaprådet", "Økonomiudvalget", "Børne- og Ungeudvalget", ctx["soc"]])))
            meetings = [build_meeting(r, ctx, m, lay) for m in meets]
            docs = R.layout_docs(lay, ctx, meetings, folder, r)
            # keep at most 4 documents; drop non-essential meetings' docs first
            while len(docs) > 4:
                idx = [i for i, d in enumerate(docs) if not d["essential"]]
                docs.pop(idx[-1])
            assert 2 <= len(docs) <= 4, (code, len(docs))
            dlist = []
            for d in docs:
                d["muni_name"] = name
                its = [list(x) for x in d["dk_items"]]
                gd[d["path"]] = dict(status="ok", municipality_code=code, body=d["body"],
                                     meeting_date=d["date"].isoformat(),
                                     dk_items=[dict(map_year=y, action_plan=s) for y, s in its],
                                     pages=1, producer=d["producer"])
                dlist.append((d["path"], d["body"], d["date"], [tuple(x) for x in its]))
                tasks.append((half, d))
            outc, ap, tdoc, tdate = decide(dlist)
            exp = EXPECT[var["cat"]]
            assert outc == exp[0], (code, var["name"], outc)
            if exp[1] is not None:
                assert ap == exp[1], (code, var["name"], ap)
            gm[code] = dict(name=name, outcome=outc, action_plan=ap, plan=var["cat"],
                            meeting_date=tdate.isoformat() if tdate else None, treatment_document=tdoc,
                            variant=var["name"], variant_half=var["half"], layout=lay)
            layout_rows.append((half, code, name, folder, lay, var["cat"], var["name"]))
        golds[half] = dict(map_year=MAP_YEAR, seed=SEED, municipalities=gm, documents=gd)
    pages = R.render_all(out, tasks)
    for half, g in golds.items():
        for p, d in g["documents"].items():
            d["pages"] = pages.get((half, p), 1)
        (out / half).mkdir(parents=True, exist_ok=True)
        (out / half / "gold.json").write_text(json.dumps(g, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")
    with open(out / "layouts.md", "w", encoding="utf-8") as f:
        f.write(f"# independent12 layouts (seed {SEED}, map year {MAP_YEAR})\n\n")
        f.write("| pair | layout | producer | structure | half |\n|---|---|---|---|---|\n")
        for i, (a, b) in enumerate(PAIRS):
            for l in (a, b):
                h = "dev" if l in lay_half["dev"] else "holdout"
                f.write(f"| {'ABCD'[i]} | {l} | {LAYOUT_INFO[l][0]} | {LAYOUT_INFO[l][1]} | {h} |\n")
        f.write("\n## Municipalities\n\n| half | code | name | folder | layout | scenario | variant |\n|---|---|---|---|---|---|---|\n")
        for row in sorted(layout_rows, key=lambda x: (x[0], int(x[1]))):
            f.write("| " + " | ".join(row) + " |\n")
    # summary
    for half, g in golds.items():
        from collections import Counter
        c = Counter((m["outcome"], m["action_plan"]) for m in g["municipalities"].values())
        print(half, len(g["municipalities"]), "munis", len(g["documents"]), "docs", dict(c), "layouts", lay_half[half])


if __name__ == "__main__":
    main(sys.argv[1])
