#!/usr/bin/env python3
"""Independent corpus 3 for tilsyn (map year 2024).

    gen.py --out OUT [--seed 2024]        writes OUT/{dev,holdout}/corpus (HTML final, PDF sources in OUT/_stage),
                                          OUT/_stage/manifest.tsv, OUT/_stage/gold-draft.json
    gen.py --finalize OUT                 after render.sh: checks text layers, fills pages, writes gold.json, layouts.md
"""
import argparse, csv, datetime as dt, json, os, random, re, subprocess, sys, unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import content as C
import layouts as L

YEAR = 2024
KOMMUNER = Path("/work/shared/data/kommuner.csv")
D = dt.date

OK_SCEN = ["ok_low", "ok_effort", "ok_reorg", "ok_prepare", "ok_continue", "ok_committee_first", "ok_reference",
           "ok_split", "ok_amend", "ok_dialog_then", "ok_letter_new", "ok_note_then_position", "ok_passing", "ok_figyear"]
NP_SCEN = ["np_note", "np_discussed", "np_deferred_then_late", "np_later"]
LATE_SCEN = ["late_committee_then_jan", "late_feb_noyear", "late_meddelelser_then_mar"]
CO_SCEN = ["co_recommend", "co_okonomi"]
NF_SCEN = ["nf_noise", "nf_letter2023"]

COMMITTEES = ["Social- og Sundhedsudvalget", "Børne- og Ungeudvalget", "Voksen- og Handicapudvalget", "Socialudvalget",
              "Udvalget for Social og Sundhed", "Social-, Sundheds- og Ældreudvalget"]
PLACES = ["Byrådssalen, Rådhuset", "Mødelokale 1, Rådhuset", "Kommunalbestyrelsessalen", "Rådhuset, mødesal A", "Rådhusets mødesal"]
NAMES = ["Anne Holm (A)", "Peter Kjær (V)", "Lise Dam (F)", "Mads Berg (C)", "Hanne Lund (Ø)", "Jens Friis (O)", "ingen"]


def ascii_name(s):
    s = s.replace("æ", "ae").replace("ø", "oe").replace("å", "aa").replace("Æ", "Ae").replace("Ø", "Oe").replace("Å", "Aa")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def weekday_date(rng, start, end):
    while True:
        d = start + dt.timedelta(days=rng.randint(0, (end - start).days))
        if d.weekday() < 4:
            return d


class Muni:
    def __init__(self, code, name, rng):
        self.code, self.name, self.rng = code, name, rng
        self.council = "Borgerrepræsentationen" if code == "101" else rng.choice(["Byrådet", "Kommunalbestyrelsen", "Byrådet"])
        self.committee = "Socialudvalget" if code == "101" else rng.choice(COMMITTEES)
        self.meetings = []

    def meeting(self, kind, body, date, items, minimal=False):
        m = dict(kind=kind, body=body, date=date, items=items, minimal=minimal)
        self.meetings.append(m)
        return m


def fillers(rng, muni, n, council_kind, date, exclude=()):
    pool = [f for f in C.filler_pool(muni.name, rng) if f["title"] not in exclude]
    first = pool[0]
    rest = rng.sample(pool[1:], n - 1)
    items = [first] + rest
    if council_kind == "council":
        for it in items[1:]:
            if it["kind"] == "decision" and rng.random() < 0.4:
                it["chain"] = [("Økonomiudvalget", date - dt.timedelta(days=rng.choice([6, 7, 8, 13])), rng.choice(["Anbefales.", "Indstillingen anbefales.", f"Anbefales over for {muni.council}."]))]
    return items


def insert(items, it, rng, pos=None):
    pos = pos if pos is not None else rng.randint(2, max(2, len(items) - 1))
    items.insert(pos, it)


def dk_decision(scen, m, rng):
    c = m.council
    return {
        "no_need_low": rng.choice(["Godkendt.", "Indstillingen godkendt.", "Vedtaget."]),
        "no_need_passing": "Godkendt.",
        "no_need_effort": f"{c} tog danmarkskortet til efterretning og besluttede, at der ikke skal udarbejdes en handlingsplan, da det igangværende kvalitetsprojekt på myndighedsområdet vurderes at være tilstrækkeligt.",
        "no_need_reorg": "For stemte 19 (A, F, Ø, V), imod stemte 6 (C, O). Indstillingen er godkendt.",
        "prepare_new": "Tiltrådt.",
        "prepare_continue": "Godkendt.",
        "prepare_split": "Ad 1: Taget til efterretning. Ad 2: Godkendt.",
        "amend_prepare": "Ændringsforslag fra SF om, at der i stedet udarbejdes en kvalitetsplan for myndighedsområdet med fokus på børnehandicapområdet: Vedtaget med 15 stemmer mod 10. Indstillingen blev herefter godkendt med den vedtagne ændring.",
        "note": "Taget til efterretning.",
        "discussed": f"Drøftet. {c} ønsker en ny orientering om udviklingen næste år.",
        "deferred": rng.choice(["Sagen blev udsat til næste møde.", "Sagen sendes tilbage til udvalget."]),
        "later": f"{c} tog danmarkskortet til efterretning. Stillingtagen til en eventuel handlingsplan udsættes til et senere møde.",
        "dialog": "Drøftet.",
    }[scen]


def council_dk(m, rng, scen, **kw):
    it = C.dk_item(rng, scen, m.council, m.committee, "council", **kw)
    it["decision"] = dk_decision(scen, m, rng)
    return it


def letter2023_item(m, rng):
    it = C._f("Ankestyrelsens gennemgang af kommunens behandling af danmarkskortet 2023", None,
              [f"Ankestyrelsen har gennemgået alle kommuners behandling af danmarkskortet for 2023 og har sendt brev til {m.council}.",
               "Ankestyrelsen konstaterer, at kommunen har behandlet kortet rettidigt og taget stilling til behovet for en handlingsplan.",
               "Ankestyrelsen foretager sig ikke yderligere i sagen."],
              ["at Ankestyrelsens brev tages til efterretning"], dec="Taget til efterretning.")
    it["dk"] = (2023, "not_addressed")
    return it


def build_muni(m, scen, rng):
    c, u = m.council, m.committee
    autumn = lambda: weekday_date(rng, D(2024, 8, 20), D(2024, 12, 17))
    spring = lambda: weekday_date(rng, D(2024, 1, 15), D(2024, 6, 20))
    nf = lambda n=None: rng.randint(6, 8) if n is None else n

    def cm(date, extra=(), minimal=False, pos=None, meddel=False):
        items = fillers(rng, m, nf(), "council", date)
        if meddel:
            items.insert(1, C.meddelelser_item(True, rng, c))
        for e in extra:
            insert(items, e, rng, pos)
        items += C.closed_items(rng) if rng.random() < 0.5 else []
        return m.meeting("council", c, date, items, minimal)

    def um(date, extra=(), body=None):
        items = fillers(rng, m, nf(), "committee", date)
        for e in extra:
            insert(items, e, rng)
        return m.meeting("committee", body or u, date, items)

    def committee_dk(stance_scen, date, recommend=True):
        it = C.dk_item(rng, stance_scen, c, u, "committee")
        if recommend:
            it["indstilling_intro"] = f"Forvaltningen indstiller, at {u} anbefaler over for {c},"
            it["decision"] = rng.choice(["Anbefales.", f"Udvalget anbefaler over for {c}, at indstillingen godkendes.", "Indstillingen anbefales."])
        else:
            it["decision"] = "Godkendt."
        return it

    minimal = scen in m.minimal_for
    if scen in ("ok_low", "ok_effort", "ok_reorg", "ok_prepare", "ok_continue", "ok_split", "ok_amend", "ok_passing", "ok_figyear"):
        s = {"ok_low": "no_need_low", "ok_effort": "no_need_effort", "ok_reorg": "no_need_reorg", "ok_prepare": "prepare_new",
             "ok_continue": "prepare_continue", "ok_split": "prepare_split", "ok_amend": "amend_prepare", "ok_passing": "no_need_passing",
             "ok_figyear": "no_need_low"}[scen]
        kw = {"title_style": 2} if scen == "ok_figyear" else {}
        d = autumn()
        cm(d, [council_dk(m, rng, s, **kw)], minimal=minimal)
        um(rng.choice([spring(), autumn()]))
        if rng.random() < 0.5:
            cm(spring())
    elif scen in ("ok_committee_first", "ok_reference"):
        d = autumn()
        du = d - dt.timedelta(days=rng.choice([14, 21, 28]))
        s = "prepare_new" if scen == "ok_committee_first" else "no_need_low"
        cit = committee_dk(s, du)
        um(du, [cit])
        it = council_dk(m, rng, s)
        it["chain"] = [(u, du, cit["decision"]), ("Økonomiudvalget", d - dt.timedelta(days=7), "Anbefales.")]
        if scen == "ok_reference":
            it["indstilling_intro"] = f"{u} indstiller til {c} via Økonomiudvalget,"
            it["decision"] = rng.choice([f"Som indstillet af {u}.", "Udvalgets anbefaling blev fulgt."])
        else:
            it["decision"] = "Godkendt."
        cm(d, [it], minimal=minimal)
    elif scen == "ok_dialog_then":
        d = autumn()
        dd = d - dt.timedelta(days=rng.choice([20, 27, 34]))
        dit = C.dk_item(rng, "dialog", c, u, "committee")
        dit["title"] = "Temadrøftelse: " + dit["title"]
        dit["decision"] = "Drøftet. Punktet forelægges til beslutning i " + c + "."
        m.meeting("committee", f"Dialogmøde mellem {u} og Handicaprådet", dd, [dit] + fillers(rng, m, 6, "committee", dd)[1:])
        cm(d, [council_dk(m, rng, "no_need_effort")], minimal=minimal)
    elif scen == "ok_letter_new":
        d = autumn()
        cm(d, [council_dk(m, rng, rng.choice(["prepare_new", "no_need_low"]), with_letter=True)], minimal=minimal)
        um(spring())
    elif scen == "ok_note_then_position":
        d1 = weekday_date(rng, D(2024, 8, 20), D(2024, 10, 10))
        d2 = weekday_date(rng, D(2024, 11, 1), D(2024, 12, 17))
        cm(d1, [council_dk(m, rng, "note", title_style=0)])
        it = council_dk(m, rng, "prepare_new", title_style=4)
        cm(d2, [it], minimal=minimal)
    elif scen in ("np_note", "np_discussed", "np_later"):
        s = {"np_note": "note", "np_discussed": "discussed", "np_later": "later"}[scen]
        cm(autumn(), [council_dk(m, rng, s)], minimal=minimal)
        um(spring())
        if rng.random() < 0.5:
            cm(spring())
    elif scen == "np_deferred_then_late":
        d = weekday_date(rng, D(2024, 11, 20), D(2024, 12, 17))
        it = council_dk(m, rng, "deferred")
        it["decision"] = "Sagen blev udsat til næste møde."
        cm(d, [it], minimal=minimal)
        cm(weekday_date(rng, D(2025, 1, 13), D(2025, 1, 31)), [council_dk(m, rng, "no_need_low", title_style=0)])
    elif scen == "late_committee_then_jan":
        du = weekday_date(rng, D(2024, 11, 4), D(2024, 12, 10))
        um(du, [committee_dk("no_need_low", du)])
        it = council_dk(m, rng, "no_need_low", title_style=0)
        it["chain"] = [(u, du, "Anbefales.")]
        cm(weekday_date(rng, D(2025, 1, 13), D(2025, 1, 30)), [it])
    elif scen == "late_feb_noyear":
        cm(autumn())
        cm(weekday_date(rng, D(2025, 2, 3), D(2025, 2, 27)), [council_dk(m, rng, "prepare_new", title_style=3)])
        um(spring())
    elif scen == "late_meddelelser_then_mar":
        cm(weekday_date(rng, D(2024, 11, 1), D(2024, 12, 17)), meddel=True)
        cm(weekday_date(rng, D(2025, 3, 3), D(2025, 3, 27)), [council_dk(m, rng, "prepare_split", title_style=5)])
    elif scen == "co_recommend":
        du = autumn()
        um(du, [committee_dk("prepare_new", du)])
        cm(du + dt.timedelta(days=rng.choice([14, 21])))
    elif scen == "co_okonomi":
        du = autumn()
        it = C.dk_item(rng, "no_need_low", c, u, "committee")
        it["decision"] = "Godkendt."
        m.meeting("committee", "Økonomiudvalget", du, fillers(rng, m, nf(), "committee", du) + [it])
        cm(du + dt.timedelta(days=rng.choice([7, 8, 9])))
        um(spring())
    elif scen == "nf_noise":
        cm(autumn())
        um(autumn())
        if rng.random() < 0.5:
            cm(spring())
    elif scen == "nf_letter2023":
        cm(weekday_date(rng, D(2024, 2, 1), D(2024, 5, 30)), [letter2023_item(m, rng)])
        cm(weekday_date(rng, D(2024, 9, 1), D(2024, 12, 17)), meddel=True)
    else:
        raise ValueError(scen)
    # hard noise everywhere: employment-area reversal rates and other maps appear via filler pool


def outcome(meetings):
    """CONTRACT.md rules for map year YEAR over (meeting, item) pairs."""
    items = [(mt, it) for mt in meetings for it in mt["items"] if it.get("dk") and it["dk"][0] == YEAR]
    if not items:
        return "not_found", None, None
    council = [(mt, it) for mt, it in items if mt["kind"] == "council"]
    if not council:
        return "committee_only", None, None
    council.sort(key=lambda x: x[0]["date"])
    intime = [x for x in council if x[0]["date"] <= D(YEAR, 12, 31)]
    if not intime:
        mt, it = council[0]
        return "late", it["dk"][1], mt
    pos = [x for x in intime if x[1]["dk"][1] in ("prepare", "no_need")]
    if pos:
        return "ok", pos[0][1]["dk"][1], pos[0][0]
    mt, it = intime[-1]
    return "no_position", it["dk"][1], mt


FOLDER_STYLES = [lambda c, n: c, lambda c, n: f"{c}-{ascii_name(n).lower()}", lambda c, n: ascii_name(n).lower(),
                 lambda c, n: n, lambda c, n: c.zfill(4), lambda c, n: f"{ascii_name(n).replace(' ', '-')}-Kommune"]


def file_name(layout, mt, rng):
    b = mt["body"]
    if b.startswith("Dialogmøde"):
        b = "Dialogmoede"
    d = mt["date"]
    ext = L.LAYOUTS[layout][2]
    s = {"web-accordion": f"{b}_{d.isoformat()}_referat",
         "web-tables": f"referat-{ascii_name(b).lower().replace(' ', '-')}-{d.strftime('%d%m%Y')}",
         "plain-br": f"{b} {d.isoformat()} referat",
         "plain-split": f"{d.isoformat()}_{ascii_name(b).replace(' ', '')}",
         "chrome-sticky": f"Referat {b} {d.strftime('%d.%m.%Y')}",
         "chrome-stamp": f"{b}_{d.isoformat()}_referat",
         "wk-toc": f"{ascii_name(b)}-{d.isoformat()}-samlet-referat",
         "wk-grid": f"{b}_{d.isoformat()}",
         "lo-pdfa": f"Referat_{ascii_name(b).replace(' ', '_')}_{d.isoformat()}",
         "lo-scan": f"protokol_{d.strftime('%Y%m%d')}_{ascii_name(b).lower().replace(' ', '')[:20]}"}[layout]
    s = s.replace(",", "")
    return f"{s}.{ext}"


def generate(out, seed):
    rng = random.Random(seed)
    out = Path(out)
    stage = out / "_stage"
    stage.mkdir(parents=True, exist_ok=True)
    rows = list(csv.DictReader(KOMMUNER.open(encoding="utf-8")))
    assert len(rows) == 98
    # pairs: one member to dev, the other to holdout
    split = {}
    for p in L.PAIRS:
        members = [k for k, v in L.LAYOUTS.items() if v[0] == p]
        rng.shuffle(members)
        split[members[0]], split[members[1]] = "dev", "holdout"
    codes = [r["code"] for r in rows]
    rng.shuffle(codes)
    halves = {"dev": sorted(codes[:49], key=int), "holdout": sorted(codes[49:], key=int)}
    names = {r["code"]: r["name"] for r in rows}
    manifest, gold = [], {}
    for half, hcodes in halves.items():
        scen = NF_SCEN + CO_SCEN + LATE_SCEN + NP_SCEN
        scen += [OK_SCEN[i % len(OK_SCEN)] for i in range(49 - len(scen))]
        rng.shuffle(scen)
        lays = [k for k, v in split.items() if v == half]
        hl = [lays[i % 5] for i in range(49)]
        rng.shuffle(hl)
        # hard case 'header says only Referat': one ok and one no_position council document per half
        minimal_codes = {hcodes[scen.index("ok_low")], hcodes[scen.index("np_note")], hcodes[scen.index("ok_reference")]}
        g = {"map_year": YEAR, "seed": seed, "municipalities": {}, "documents": {}}
        for code, sc, lay in zip(hcodes, scen, hl):
            mrng = random.Random(f"{seed}-{code}")
            m = Muni(code, names[code], mrng)
            m.minimal_for = {sc} if code in minimal_codes else set()
            build_muni(m, sc, mrng)
            meetings = sorted(m.meetings, key=lambda x: x["date"])
            assert 2 <= len(meetings) <= 4, (code, sc, len(meetings))
            folder = FOLDER_STYLES[mrng.randrange(len(FOLDER_STYLES))](code, names[code])
            ss = mrng.randrange(4)
            run = mrng.randint(20, 400)
            seen = set()
            for mt in meetings:
                for i, it in enumerate(mt["items"], 1):
                    it["no"] = i
                    it["sagsnr"] = C.sagsnr(mrng, ss)
                mt.update(place=mrng.choice(PLACES), absent=mrng.choice(NAMES), time=mrng.choice(["17:00", "16:30", "15:00", "19:00", "08:30"]),
                          muni_full=f"{names[code]} Kommune", runno=run, other_dates=[x["date"] for x in meetings if x is not mt])
                run += len(mt["items"])
                fn = file_name(lay, mt, mrng)
                while fn in seen:
                    fn = fn.replace(".", "_2.", 1)
                seen.add(fn)
                rel = f"{folder}/{fn}"
                html, enc = L.RENDER[lay](mt)
                conv = L.LAYOUTS[lay][1]
                if conv == "html":
                    p = out / half / "corpus" / rel
                    p.parent.mkdir(parents=True, exist_ok=True)
                    p.write_bytes(html.encode(enc, "xmlcharrefreplace"))
                else:
                    uid = f"{half}-{code}-{len(manifest):04d}"
                    (stage / conv).mkdir(exist_ok=True)
                    src = stage / conv / f"{uid}.html"
                    src.write_text(html, encoding="utf-8")
                    manifest.append((conv, str(src), str(out / half / "corpus" / rel)))
                    if conv == "wkhtml-toc":
                        # titles to locate for the second pass (table of contents page numbers)
                        (stage / conv / f"{uid}.json").write_text(json.dumps(dict(meeting=_ser(mt))), encoding="utf-8")
                g["documents"][rel] = {"body": "council" if mt["kind"] == "council" else "committee",
                                       "dk_items": [{"map_year": it["dk"][0], "action_plan": it["dk"][1]} for it in mt["items"] if it.get("dk")],
                                       "meeting_date": mt["date"].isoformat(), "municipality_code": code,
                                       "pages": 1 if conv == "html" else None, "producer": lay, "status": "ok"}
                mt["rel"] = rel
            o, ap, tm = outcome(meetings)
            want = {"ok": "ok", "np": "no_position", "late": "late", "co": "committee_only", "nf": "not_found"}[sc.split("_")[0]]
            assert o == want, (code, sc, o)
            g["municipalities"][code] = {"action_plan": ap, "meeting_date": tm["date"].isoformat() if tm else None,
                                         "name": names[code], "outcome": o, "plan": sc, "layout": lay,
                                         "treatment_document": tm["rel"] if tm else None}
        gold[half] = g
    with open(stage / "manifest.tsv", "w", encoding="utf-8") as f:
        for row in manifest:
            f.write("\t".join(row) + "\n")
    (stage / "gold-draft.json").write_text(json.dumps(dict(gold=gold, split=split), ensure_ascii=False, indent=1), encoding="utf-8")


def _ser(mt):
    x = dict(mt)
    x["date"] = mt["date"].isoformat()
    x["other_dates"] = [d.isoformat() for d in mt["other_dates"]]
    x["items"] = [dict(it, chain=[(b, d.isoformat(), t) for b, d, t in it["chain"]]) for it in mt["items"]]
    return x


def _deser(x):
    x["date"] = D.fromisoformat(x["date"])
    x["other_dates"] = [D.fromisoformat(d) for d in x["other_dates"]]
    for it in x["items"]:
        it["chain"] = [(b, D.fromisoformat(d), t) for b, d, t in it["chain"]]
    return x


def toc_pass(src_html, pdf):
    """Second pass for wk-toc: find the page of each item heading and rewrite the source."""
    meta = json.loads(Path(src_html).with_suffix(".json").read_text(encoding="utf-8"))
    mt = _deser(meta["meeting"])
    txt = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True).stdout.split("\f")
    pages = []
    for it in mt["items"]:
        head = f"Pkt. {it['no']} "
        pg = next((i + 1 for i, t in enumerate(txt) if i > 0 and any(l.strip().startswith(head) for l in t.splitlines())), 1)
        pages.append(pg)
    html, _ = L.r_wk_toc(mt, pages)
    Path(src_html).write_text(html, encoding="utf-8")


def finalize(out):
    out = Path(out)
    draft = json.loads((out / "_stage" / "gold-draft.json").read_text(encoding="utf-8"))
    bad = []
    for half, g in draft["gold"].items():
        for rel, d in g["documents"].items():
            p = out / half / "corpus" / rel
            if not p.exists():
                bad.append(f"missing {p}")
                continue
            if p.suffix == ".pdf":
                info = subprocess.run(["pdfinfo", str(p)], capture_output=True, text=True).stdout
                d["pages"] = int(re.search(r"Pages:\s+(\d+)", info).group(1))
                txt = subprocess.run(["pdftotext", str(p), "-"], capture_output=True, text=True).stdout
                if len(txt.strip()) < 200 or not re.search(r"beslutning|godkendt|referat", txt, re.I):
                    bad.append(f"no text layer? {p}")
        (out / half / "gold.json").write_text(json.dumps(g, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")
    if bad:
        print("\n".join(bad), file=sys.stderr)
        sys.exit(1)
    lines = ["# Layouts of independent corpus 3 (map year 2024)", "", f"seed {draft['gold']['dev']['seed']}", "",
             "| layout | pair | half | municipalities | features |", "|---|---|---|---|---|"]
    for k, v in L.LAYOUTS.items():
        half = draft["split"][k]
        n = sum(1 for x in draft["gold"][half]["municipalities"].values() if x["layout"] == k)
        lines.append(f"| {k} | {v[0]} | {half} | {n} | {v[3]} |")
    lines += ["", "## Outcomes", ""]
    for half, g in draft["gold"].items():
        cnt = {}
        for x in g["municipalities"].values():
            cnt[x["outcome"]] = cnt.get(x["outcome"], 0) + 1
        lines.append(f"- {half}: " + ", ".join(f"{k} {v}" for k, v in sorted(cnt.items())) + f"; documents {len(g['documents'])}")
    (out / "layouts.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--out")
    ap.add_argument("--seed", type=int, default=2024)
    ap.add_argument("--finalize")
    ap.add_argument("--toc-pass", nargs=2)
    a = ap.parse_args()
    if a.toc_pass:
        toc_pass(*a.toc_pass)
    elif a.finalize:
        finalize(a.finalize)
    else:
        generate(a.out, a.seed)
