#!/usr/bin/env python3
"""independent22: municipalities, scenarios, documents and gold (map year 2023). Usage: gen.py OUT"""
import csv, datetime as dt, json, random, sys, unicodedata
from pathlib import Path
import texts as T

SEED = 20231123
MAP_YEAR = 2023
HERE = Path(__file__).resolve().parent
PAIRS = [("L1-odt", "L2-docx"), ("L3-chromium", "L4-wkhtml"), ("L5-weasy-gs", "L6-groff"), ("L7-html-utf8", "L8-html-cp1252")]
# per half, identical counts (sum 49)
SCEN = [("ok_chain", 6), ("ok_chain_noneed", 5), ("ok_defer_dec", 4), ("ok_extraordinary", 3),
        ("ok_agenda_referat", 4), ("ok_narrative", 4), ("ok_followed", 3), ("ok_letter_noneed", 3),
        ("no_position", 4), ("deferred_then_jan", 3), ("late", 4), ("committee_only", 3), ("not_found", 3)]
EXPECT = {"ok_chain": "ok", "ok_chain_noneed": "ok", "ok_defer_dec": "ok", "ok_extraordinary": "ok",
          "ok_agenda_referat": "ok", "ok_narrative": "ok", "ok_followed": "ok", "ok_letter_noneed": "ok",
          "no_position": "no_position", "deferred_then_jan": "no_position", "late": "late",
          "committee_only": "committee_only", "not_found": "not_found"}
COMMITTEES = ["Socialudvalget", "Social- og Sundhedsudvalget", "Udvalget for Social og Handicap",
              "Social-, Ældre- og Handicapudvalget", "Økonomiudvalget", "Voksen- og Handicapudvalget"]


def ascii_name(n):
    n = n.replace("Æ", "Ae").replace("æ", "ae").replace("Ø", "Oe").replace("ø", "oe").replace("Å", "Aa").replace("å", "aa")
    return unicodedata.normalize("NFKD", n).encode("ascii", "ignore").decode()


def folder(r, m):
    f = r.randrange(4)
    if f == 0:
        return m["code"]
    if f == 1:
        return m["code"].zfill(4)
    if f == 2:
        return ascii_name(m["name"]).lower()
    return ascii_name(m["name"]) + "-Kommune"


def day(r, y, mo, lo, hi, wd=(0, 1, 2, 3)):
    while True:
        d = dt.date(y, mo, r.randint(lo, hi))
        if d.weekday() in wd:
            return d


def item(title, bg, rec, decision, chain=(), dk=None, casenr=None):
    return {"title": title, "bg": list(bg), "rec": list(rec), "decision": decision, "chain": list(chain), "dk": dk,
            "casenr": casenr}


def ordinary(r, n):
    return [item(t, bg, rec, dec) for t, bg, rec, dec in r.sample(T.ORDINARY, n)]


def casenr(r):
    return r.choice([f"27.00.00-A00-{r.randint(1,40)}-23", f"EMN-2023-{r.randint(1000,99999):06d}",
                     f"306-2023-{r.randint(100,9999)}", f"{r.randint(100000,999999)}"])


def dk_item(r, m, stance, decision, chain=(), rec=None, memo=None):
    """stance: what the item's own body decided (None for a draft agenda); rec: the recommendation's stance.
    memo keeps one case text per municipality, so committee and council documents quote the same case."""
    rec_stance = rec or (stance if stance in ("prepare", "no_need") else None)
    memo = {} if memo is None else memo
    if "bg" not in memo:
        memo["bg"] = T.background(r, m, r.random() < 0.75, r.random() < 0.7); memo["nr"] = casenr(r)
    if rec_stance not in memo:
        memo[rec_stance] = T.recommendation(r, rec_stance)
    return item(m["title"], memo["bg"], memo[rec_stance], decision, chain, (MAP_YEAR, stance or "not_addressed"), memo["nr"])


def meeting(m, body, date, items, kind="Referat", extra=False, name=None):
    seen = set()
    items = [i for i in items if not (i["title"] in seen or seen.add(i["title"]))]
    return {"type": "meeting", "body": body, "bodyname": name or (m["council"] if body == "council" else m["committee"]),
            "date": date, "kind": kind, "extra": extra, "items": items}


def nonmin(kind, title, paras):
    return {"type": "nonminutes", "body": "unknown", "date": None, "kind": kind, "title": title, "paras": paras, "items": []}


def council_decision(r, m, stance):
    c = m["council"]
    f = r.randrange(3)
    if f == 0:
        return "Godkendt."
    if f == 1:
        a = r.randint(17, 27); b = r.randint(2, 6)
        return f"Indstillingen tiltrådt med {a} stemmer mod {b}.\nFor stemte: A, B, C, F, V og Ø ({a}).\nImod stemte: D og O ({b})."
    return T.narrative(r, m, stance)


def committee_decision(r, m):
    return r.choice(["Anbefales.", f"Indstillingen anbefales over for {m['council']}.", "Godkendt og oversendes til endelig behandling.",
                     "Udvalget anbefaler indstillingen."])


def press(r, m, d, stance):
    k = T.kommune(m)
    s = {"prepare": "at der skal udarbejdes en handlingsplan for den juridiske kvalitet",
         "no_need": "at der ikke er behov for en ny handlingsplan"}.get(stance, "at sagen skal behandles igen")
    return nonmin("Pressemeddelelse", f"Pressemeddelelse fra {k}: Politikerne har drøftet retssikkerheden",
                  [f"{k}, {T.d_long(d + dt.timedelta(days=1))}.",
                   f"På mødet i går drøftede {m['council']} årets danmarkskort over omgørelsesprocenter og besluttede, {s}.",
                   f"- Vi skal have færre sager, der bliver omgjort i Ankestyrelsen, siger formanden for {m['committee']}.",
                   "Yderligere oplysninger: Kommunikationsafdelingen, telefon 70 70 12 12."])


def newsletter(r, m):
    return nonmin("Nyhedsbrev", f"Nyhedsbrev fra Social og Handicap, {T.kommune(m)} - december 2023",
                  ["Kære medarbejdere og samarbejdspartnere.",
                   "I efteråret har vi arbejdet med danmarkskortet og omgørelsesprocenterne fra Ankestyrelsen. Kortet blev fremlagt politisk, og vi følger nu op på sagerne om ledsageordning og merudgifter.",
                   "Vi byder også velkommen til tre nye sagsbehandlere i Voksenhandicap. Julefrokosten holdes den 15. december i kantinen."])


def hearing(r, m):
    return nonmin("Høringssvar", f"Handicaprådets høringssvar om danmarkskortet 2023 - {T.kommune(m)}",
                  ["Handicaprådet har modtaget sagen om danmarkskortet i høring og takker for muligheden for at kommentere.",
                   "Rådet finder omgørelsesprocenten på børnehandicapområdet bekymrende og opfordrer til, at der udarbejdes en handlingsplan.",
                   "Med venlig hilsen, formand for Handicaprådet"])


def annual(r, m):
    return nonmin("Årsberetning", f"Årsberetning 2023 - {T.kommune(m)}",
                  ["Året 2023 har budt på store opgaver: budgetaftalen, den nye skolestruktur og arbejdet med retssikkerheden på socialområdet.",
                   "Danmarkskortet over omgørelsesprocenter blev drøftet politisk i efteråret, og arbejdet med den juridiske kvalitet fortsætter i 2024.",
                   "Beretningen er udarbejdet af Borgmesterens Afdeling."])


def meetlist(r, m, dates):
    rows = [f"{T.d_dot(d)}  kl. 17.00  {b}" for d, b in sorted(dates)]
    return nonmin("Mødeplan", f"Mødeplan 2023 - {m['council']} og de stående udvalg, {T.kommune(m)}",
                  ["Oversigt over ordinære møder i andet halvår:"] + rows + ["Ændringer offentliggøres på kommunens hjemmeside."])


def build_muni(r, m, scen):
    """Returns the documents (in order) for one municipality and scenario."""
    co = m["committee"]
    oct_ = day(r, 2023, 10, 2, 26); nov = day(r, 2023, 11, 6, 29); dec = day(r, 2023, 12, 4, 19)
    jan = day(r, 2024, 1, 15, 31); feb = day(r, 2024, 2, 5, 28)
    spring = day(r, 2023, r.choice([3, 4, 5]), 2, 27); sep = day(r, 2023, 9, 4, 28)
    docs = []
    stance = "prepare" if r.random() < 0.6 else "no_need"
    wrap = lambda its, k=2: r.sample(ordinary(r, k), k)[:1] + its + ordinary(r, 1)

    memo = {}
    cdec = committee_decision(r, m)

    def comm(d, st, items_before=1):
        return meeting(m, "committee", d, ordinary(r, items_before) + [dk_item(r, m, st, cdec, memo=memo)] + ordinary(r, 1))

    def council(d, st, dec, chain=(), kind="Referat", extra=False, rec=None):
        its = [dk_item(r, m, st, dec, chain, rec=rec, memo=memo)]
        if not extra:
            its = ordinary(r, 1) + its + ordinary(r, r.randint(1, 2))
        return meeting(m, "council", d, its, kind=kind, extra=extra)

    if scen in ("ok_chain", "ok_chain_noneed", "ok_followed"):
        if scen == "ok_chain": stance = "prepare"
        if scen == "ok_chain_noneed": stance = "no_need"
        docs.append(comm(oct_, stance))
        chain = [(co, oct_, cdec)]
        dec = f"Anbefalingen fra {co} følges." if scen == "ok_followed" else council_decision(r, m, stance)
        docs.append(council(nov, stance, dec, chain))
        extra = r.choice(["press", "letter", "newsletter", "annual"])
        if extra == "press": docs.append(press(r, m, nov, stance))
        elif extra == "letter": docs.append(meeting(m, "council", spring, ordinary(r, 1) + [letter(r, m)] + ordinary(r, 1)))
        elif extra == "newsletter": docs.append(newsletter(r, m))
        else: docs.append(annual(r, m))
        if r.random() < 0.4:
            docs.append(meeting(m, "council", oct_ + dt.timedelta(days=r.randint(1, 5)), [item(*T.announcements(r, m))] + ordinary(r, 2)))
    elif scen == "ok_defer_dec":
        docs.append(comm(oct_, stance))
        c = m["council"]
        docs.append(council(nov, "deferred", r.choice(T.DEFER).format(c=c), [(co, oct_, cdec)], rec=stance))
        docs.append(council(dec, stance, T.narrative(r, m, stance) if r.random() < 0.5 else "Godkendt."))
        if r.random() < 0.6:
            docs.append(meetlist(r, m, [(oct_, co), (nov, c), (dec, c)]))
    elif scen == "ok_extraordinary":
        docs.append(meeting(m, "council", oct_, [item(*T.announcements(r, m))] + ordinary(r, 2)))
        docs.append(comm(nov, stance))
        docs.append(council(dec, stance, council_decision(r, m, stance), [(co, nov, cdec)], extra=True))
        if r.random() < 0.5: docs.append(hearing(r, m))
    elif scen == "ok_agenda_referat":
        docs.append(comm(oct_, stance))
        chain = [(co, oct_, cdec)]
        a = r.randint(19, 27); b = r.randint(2, 5)
        agenda = council(nov, None, None, chain, kind="Dagsorden", rec=stance)
        ref = council(nov, stance, f"Indstillingen tiltrådt med {a} stemmer mod {b}.", chain,
                      kind=r.choice(["Referat", "Beslutningsprotokol"]))
        docs += [agenda, ref]
        if r.random() < 0.5: docs.append(press(r, m, nov, stance))
    elif scen == "ok_narrative":
        docs.append(meeting(m, "council", spring, ordinary(r, 1) + [letter(r, m)] + ordinary(r, 1)))
        docs.append(council(nov, stance, T.narrative(r, m, stance)))
        docs.append(r.choice([annual, hearing, newsletter])(r, m))
    elif scen == "ok_letter_noneed":
        stance = "no_need"
        docs.append(meeting(m, "council", spring, ordinary(r, 1) + [letter(r, m)] + ordinary(r, 1)))
        docs.append(meeting(m, "committee", sep, ordinary(r, 1) + [item(*T.DISTRACT["employment"])] + ordinary(r, 1), name="Beskæftigelsesudvalget"))
        docs.append(council(nov, stance, council_decision(r, m, stance)))
    elif scen == "no_position":
        docs.append(meeting(m, "committee", oct_, ordinary(r, 1) + [dk_item(r, m, None, "Til orientering.", memo=memo)] + ordinary(r, 1)))
        docs.append(council(nov, "not_addressed", r.choice(["Taget til efterretning.", "Orienteringen blev taget til efterretning.", "Drøftet."])))
        docs.append(r.choice([newsletter, annual])(r, m))
    elif scen == "deferred_then_jan":
        docs.append(comm(oct_, "prepare"))
        docs.append(council(dec, "deferred", r.choice(T.DEFER).format(c=m["council"]), [(co, oct_, cdec)], rec="prepare"))
        docs.append(council(jan, "prepare", council_decision(r, m, "prepare")))
        if r.random() < 0.5: docs.append(meetlist(r, m, [(oct_, co), (nov, m["council"]), (dec, m["council"])]))
    elif scen == "late":
        docs.append(meeting(m, "council", spring, ordinary(r, 1) + [letter(r, m)] + ordinary(r, 1)))
        d1 = r.choice([nov, dec])
        docs.append(comm(d1, stance))
        d2 = r.choice([jan, feb])
        docs.append(council(d2, stance, council_decision(r, m, stance), [(co, d1, cdec)]))
    elif scen == "committee_only":
        docs.append(comm(nov, stance))
        docs.append(meeting(m, "council", nov, ordinary(r, 3) + [item(*T.DISTRACT["nature"])]))
        docs.append(r.choice([press, lambda r, m, d, s: hearing(r, m)])(r, m, nov, stance))
    elif scen == "not_found":
        docs.append(meeting(m, "council", spring, ordinary(r, 1) + [letter(r, m)] + ordinary(r, 1)))
        docs.append(meeting(m, "council", nov, ordinary(r, 1) + [item(*T.DISTRACT["employment"]), item(*T.DISTRACT["climate"])] + ordinary(r, 1)))
        docs.append(meeting(m, "committee", oct_, ordinary(r, 2) + [item(*T.DISTRACT["nature"])]))
    else:
        raise ValueError(scen)
    return docs


def letter(r, m):
    t, bg, rec, dec = T.letter_item(r, m)
    return item(t, bg, rec, dec, dk=(2022, "not_addressed"), casenr=casenr(r))


def decide(items):
    """CONTRACT.md's outcome rule over labelled items: (date, body, map_year, stance, doc)."""
    its = [i for i in items if i[2] == MAP_YEAR]
    if not its:
        return "not_found", None, None
    council = sorted([i for i in its if i[1] == "council"], key=lambda i: i[0])
    if not council:
        return "committee_only", None, None
    end = dt.date(MAP_YEAR, 12, 31)
    intime = [i for i in council if i[0] <= end]
    if not intime:
        return "late", council[0][3], council[0]
    pos = [i for i in intime if i[3] in ("prepare", "no_need")]
    if pos:
        return "ok", pos[0][3], pos[0]
    last = max(i[0] for i in intime)
    cands = [i for i in intime if i[0] == last]
    assert len(cands) == 1, "ambiguous latest in-time treatment"
    return "no_position", cands[0][3], cands[0]


def main(out):
    out = Path(out)
    r = random.Random(SEED)
    munis = [dict(code=row["code"], name=row["name"], region=row["region"]) for row in csv.DictReader(open("/work/shared/data/kommuner.csv", encoding="utf-8"))]
    assert len(munis) == 98
    r.shuffle(munis)
    halves = {"dev": munis[:49], "holdout": munis[49:]}
    lay = {"dev": [], "holdout": []}
    for a, b in PAIRS:
        x, y = (a, b) if r.random() < 0.5 else (b, a)
        lay["dev"].append(x); lay["holdout"].append(y)
    plan = {}
    md = ["# independent22 layouts (seed %d)\n" % SEED]
    for half, ms in halves.items():
        scen = [s for s, n in SCEN for _ in range(n)]
        assert len(scen) == 49
        r.shuffle(scen)
        md.append(f"\n## {half}: {', '.join(lay[half])}\n\n| code | name | folder | layout | scenario |\n|---|---|---|---|---|")
        gold = {"map_year": MAP_YEAR, "municipalities": {}, "documents": {}}
        docs_out = []
        for i, m in enumerate(sorted(ms, key=lambda m: m["code"])):
            mr = random.Random(f"{SEED}-{m['code']}")
            m["layout"] = lay[half][i % 4]
            m["council"] = "Borgerrepræsentationen" if m["name"] == "København" else mr.choice(["Byrådet", "Byrådet", "Kommunalbestyrelsen"])
            m["committee"] = "Socialudvalget" if m["name"] == "København" else mr.choice(COMMITTEES)
            m["title"] = mr.choice(T.TITLES)
            m["folder"] = folder(mr, m)
            s = scen[i]
            docs = build_muni(mr, m, s)
            labelled = []
            for j, d in enumerate(docs):
                stem = {"meeting": (d.get("kind") or "Referat"), "nonminutes": d["kind"]}[d["type"]]
                date = d["date"].isoformat() if d["date"] else "u"
                base = mr.choice(["{k}_{b}_{d}", "{d}-{k}-{b}", "{b}-{k}-{d}", "{k} {b} {d}"]) if d["type"] == "meeting" else "{k}-{j}"
                nm = base.format(k=stem, b=ascii_name(d.get("bodyname", "x")).replace(" ", "").replace(",", "")[:24], d=date, j=j + 1)
                ext = ".html" if m["layout"].startswith("L7") or m["layout"].startswith("L8") else ".pdf"
                if ext == ".html" and mr.random() < 0.3: ext = ".htm"
                d["file"] = f"{m['folder']}/{nm}{ext}"
                d["muni"] = m
                d["layout"] = m["layout"]
                dk_items = [{"map_year": it["dk"][0], "action_plan": it["dk"][1]} for it in d["items"] if it["dk"]]
                gold["documents"][d["file"]] = {"status": "ok", "municipality_code": m["code"], "body": d["body"],
                                                "meeting_date": date if d["date"] else None, "dk_items": dk_items, "pages": None,
                                                "layout": m["layout"], "kind": stem}
                for it in d["items"]:
                    if it["dk"]:
                        labelled.append((d["date"], d["body"], it["dk"][0], it["dk"][1], d["file"]))
                docs_out.append(d)
            outcome, ap, t = decide(labelled)
            assert outcome == EXPECT[s], (m["name"], s, outcome)
            if s == "deferred_then_jan": assert ap == "deferred"
            if s == "no_position": assert ap == "not_addressed"
            gold["municipalities"][m["code"]] = {"name": m["name"], "outcome": outcome, "action_plan": ap, "plan": s,
                                                 "meeting_date": t[0].isoformat() if t else None,
                                                 "treatment_document": t[4] if t else None, "layout": m["layout"]}
            md.append(f"| {m['code']} | {m['name']} | {m['folder']} | {m['layout']} | {s} |")
        plan[half] = (gold, docs_out)
    (out).mkdir(parents=True, exist_ok=True)
    (out / "layouts.md").write_text("\n".join(md) + "\n", encoding="utf-8")
    return plan, lay


if __name__ == "__main__":
    main(sys.argv[1])
