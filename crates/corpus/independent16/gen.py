#!/usr/bin/env python3
"""independent16: meetings, items and gold. Usage: gen.py OUT  (writes OUT/model.json and gold skeletons).
render.py then writes the files. Seed fixed."""
import csv, json, random, sys, unicodedata, datetime as dt
from pathlib import Path
import texts as T

SEED = 20231216
MAP_YEAR = 2023
HERE = Path(__file__).resolve().parent
PAIRS = [("web_sidebar_utf8", "web_nav_cp1252"),
         ("chromium_print", "wkhtml_print"),
         ("lo_odt", "weasy_agenda"),
         ("groff_protocol", "enscript_protocol")]

SCEN = ([("ok_prepare", v) for v in ["rec_approve", "explicit", "amend", "title_avoid", "attendance",
                                      "rec_approve", "explicit", "per_bullet", "title_avoid", "rec_approve",
                                      "attendance", "explicit"]] +
        [("ok_no_need", v) for v in ["rec_approve", "explicit", "existing_effort", "vote", "attendance",
                                      "rec_approve", "explicit", "title_avoid", "vote", "existing_effort"]] +
        [("ok_after_defer", v) for v in ["defer", "back"]] +
        [("no_position_noted", v) for v in ["note", "note_title_avoid", "note", "note_letter", "note"]] +
        [("no_position_deferred", v) for v in ["defer", "back", "defer_then_late", "defer"]] +
        [("late", v) for v in ["rec_approve", "explicit", "with_dec_budget", "rec_approve", "explicit"]] +
        [("committee_only", v) for v in ["social_rec", "oeu_rec", "handicapraad", "social_rec", "oeu_rec",
                                         "joint"]] +
        [("not_found", v) for v in ["other_map", "employment", "letter_only", "mayor_mention", "other_map"]])
assert len(SCEN) == 49, len(SCEN)


def ascii_name(n):
    s = n.replace("æ", "ae").replace("ø", "oe").replace("å", "aa").replace("Æ", "Ae").replace("Ø", "Oe").replace("Å", "Aa")
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return s.lower().replace(" ", "-").replace(".", "")


def holiday(d):
    return d.weekday() > 3 or (d.month == 12 and d.day >= 21) or (d.month == 1 and d.day <= 3)


def weekday_near(rng, d, back=False):
    """Meetings are held Monday to Thursday, not in the Christmas week."""
    while holiday(d):
        d += dt.timedelta(days=-1 if back else 1)
    return d


def rand_date(rng, a, b):
    d = a + dt.timedelta(days=rng.randint(0, (b - a).days))
    return weekday_near(rng, d)


class Muni:
    def __init__(self, rng, code, name):
        self.code, self.name = code, name
        self.kind = "br" if code == "101" else "kb" if code == "400" else ("kb" if rng.random() < .35 else "byraad")
        self.council, self.council_gen, _ = T.council_forms(self.kind)
        self.social = rng.choice(T.SOCIAL_COMMITTEES)
        self.rng = rng


def dstr(d):
    return d.isoformat()


def meeting(m, body_kind, body, d, items):
    rng = m.rng
    ppl = rng.sample(T.PEOPLE, 2)
    return {"body_kind": body_kind, "body": body, "date": dstr(d),
            "time": rng.choice(["kl. 17.00", "kl. 16.30", "kl. 08.30", "kl. 15.00", "kl. 19.00"]),
            "place": rng.choice(["Byrådssalen, Rådhuset", "Mødelokale 2, Rådhuset", "Kommunalbestyrelsessalen",
                                 "Borgerservice, mødelokale A", "Udvalgsværelset"]),
            "absent": ppl[0] if rng.random() < .7 else "", "substitute": ppl[1] if rng.random() < .3 else "",
            "items": items}


def ordinary(m, d, n):
    pool = T.ordinary_items(m.rng, m.name, "x", d)
    first = pool[0]
    rest = m.rng.sample(pool[1:], n)
    return [T.make_item(*first)] + [T.make_item(*x) for x in rest]


def dfmt(m, d):
    return T.fdate(d, m.rng.choice(["long", "dot", "dash", "dash2", "abbr", "weekday"]))


def council_head(m, d, no):
    c, g = m.council, m.council_gen
    return m.rng.choice([f"Beslutning i {c} den {dfmt(m, d)}", f"{g} beslutning den {dfmt(m, d)}",
                         f"{c}, {dfmt(m, d)}, pkt. {no}:", "Beslutning", None, "Afgørelse",
                         f"Beslutning på {'byrådsmødet' if m.kind == 'byraad' else 'mødet'} den {dfmt(m, d)}"])


def committee_head(m, body, d, no):
    return m.rng.choice([f"Beslutning i {body} den {dfmt(m, d)}", f"{body}, {dfmt(m, d)}, pkt. {no}:",
                         f"Beslutning fra {body}, {dfmt(m, d)}", "Beslutning"])


def dk(m, d, body_kind, rec, dec_kind, quoted=(), title_avoid=False, attendance=False, no=7, own_body=None,
       route=None, per_bullet=False):
    rng = m.rng
    lines = T.own_decision(rng, dec_kind, rec, m.council, m.social)
    if per_bullet:
        lines = ["Ad 1. Taget til efterretning.", "Ad 2. " + ("Godkendt." if body_kind == "council" else "Anbefales.")]
    if attendance:
        lines = [f"Fraværende: {rng.choice(T.PEOPLE)}"] + ([f"Stedfortræder: {rng.choice(T.PEOPLE)}"]
                                                          if rng.random() < .5 else []) + lines
    head = council_head(m, d, no) if body_kind == "council" else committee_head(m, own_body, d, no)
    if head is None and quoted:   # a bare decision right after a quoted committee decision would be ambiguous
        head = f"{m.council}:"
    ctx = dict(muni=m.name, council=m.council, council_gen=m.council_gen, d=d, social=m.social, rec=rec,
               dec_head=head, dec_lines=lines, quoted=list(quoted), title_avoid=title_avoid)
    if route:
        ctx["route"] = route
    it = T.dk_item(rng, ctx)
    stance = {"approve": rec, "recommend": rec, "explicit_prepare": "prepare", "explicit_no_need": "no_need",
              "amend_prepare": "prepare", "note": "not_addressed", "defer": "deferred",
              "back": "deferred"}[dec_kind]
    if per_bullet:
        stance = rec
    it["dk"] = [MAP_YEAR, stance]
    return it


def place(m, items, it, pos=None):
    pos = m.rng.randint(2, len(items)) if pos is None else pos
    items.insert(pos, it)
    return items


def build_muni(m, scen, var):
    """Returns list of meetings (each with items); dk labels on items."""
    rng = m.rng
    meetings = []
    soc = m.social
    c_date = rand_date(rng, dt.date(2023, 10, 24), dt.date(2023, 12, 19))
    s_date = weekday_near(rng, c_date - dt.timedelta(days=rng.randint(14, 30)), back=True)
    o_date = weekday_near(rng, c_date - dt.timedelta(days=rng.randint(5, 9)), back=True)

    def quoted_committee(rec, body=None, d=None):
        body = body or soc
        d = d or s_date
        head = "Beslutning"
        while head == "Beslutning":   # a quoted decision always names its body
            head = committee_head(m, body, d, rng.randint(3, 14))
        return (head, T.own_decision(rng, "recommend", rec, m.council, soc))

    def social_meeting(rec, dec="recommend", d=None, title_avoid=False):
        d = d or s_date
        its = ordinary(m, d, rng.randint(2, 3))
        return meeting(m, "committee", soc, d, place(m, its, dk(m, d, "committee", rec, dec, own_body=soc,
                                                                   title_avoid=title_avoid, no=rng.randint(3, 9))))

    def council_meeting(d, extra=None, n=None):
        its = ordinary(m, d, n or rng.randint(3, 5))
        if extra:
            place(m, its, extra)
        return meeting(m, "council", m.council, d, its)

    if scen in ("ok_prepare", "ok_no_need"):
        rec = "prepare" if scen == "ok_prepare" else "no_need"
        ta = var == "title_avoid"
        if var == "amend":
            rec = "no_need"
        meetings.append(social_meeting(rec, title_avoid=ta))
        if var in ("rec_approve", "vote", "title_avoid", "attendance", "existing_effort", "amend", "per_bullet"):
            dec = "amend_prepare" if var == "amend" else "approve"
            if var == "existing_effort":
                rec = "no_need"
            it = dk(m, c_date, "council", rec, dec, quoted=[quoted_committee(rec)], title_avoid=ta,
                    attendance=(var == "attendance"), per_bullet=(var == "per_bullet"))
            if var == "vote":
                it["decisions"][-1] = (it["decisions"][-1][0],
                                       ["Et flertal bestående af A, V og C (17) godkendte indstillingen.",
                                        "Imod stemte F og Ø (8), idet de ønskede en handlingsplan for "
                                        "børnehandicapområdet."])
        else:
            dec = "explicit_prepare" if rec == "prepare" else "explicit_no_need"
            it = dk(m, c_date, "council", "not_addressed", dec, quoted=[quoted_committee("not_addressed")])
            meetings[0]["items"] = [x if not x["dk"] else dk(m, s_date, "committee", "not_addressed", "recommend",
                                                              own_body=soc) for x in meetings[0]["items"]]
        meetings.append(council_meeting(c_date, it))
        if rng.random() < .5:
            oct_d = rand_date(rng, dt.date(2023, 9, 19), dt.date(2023, 10, 12))
            letter = T.letter_prev_year(rng, m.council, m.council_gen)
            letter["dk"] = [2022, "not_addressed"]
            meetings.append(council_meeting(oct_d, letter))
    elif scen == "ok_after_defer":
        d1 = rand_date(rng, dt.date(2023, 10, 24), dt.date(2023, 11, 9))
        d2 = rand_date(rng, dt.date(2023, 12, 5), dt.date(2023, 12, 19))
        sd = weekday_near(rng, d1 - dt.timedelta(days=16), back=True)
        meetings.append(social_meeting("not_addressed", d=sd))
        meetings.append(council_meeting(d1, dk(m, d1, "council", "not_addressed", var,
                                                  quoted=[quoted_committee("not_addressed", d=sd)])))
        meetings.append(council_meeting(d2, dk(m, d2, "council", "prepare", "approve")))
    elif scen == "no_position_noted":
        ta = var == "note_title_avoid"
        meetings.append(social_meeting("not_addressed", title_avoid=ta))
        meetings.append(council_meeting(c_date, dk(m, c_date, "council", "not_addressed", "note",
                                                      quoted=[quoted_committee("not_addressed")], title_avoid=ta)))
        if var == "note_letter":
            oct_d = rand_date(rng, dt.date(2023, 9, 19), dt.date(2023, 10, 12))
            letter = T.letter_prev_year(rng, m.council, m.council_gen)
            letter["dk"] = [2022, "not_addressed"]
            meetings.append(council_meeting(oct_d, letter))
    elif scen == "no_position_deferred":
        kind = "back" if var == "back" else "defer"
        meetings.append(social_meeting("prepare"))
        meetings.append(council_meeting(c_date, dk(m, c_date, "council", "prepare", kind,
                                                      quoted=[quoted_committee("prepare")])))
        if var == "defer_then_late":
            jd = rand_date(rng, dt.date(2024, 1, 16), dt.date(2024, 1, 31))
            meetings.append(council_meeting(jd, dk(m, jd, "council", "prepare", "approve")))
    elif scen == "late":
        ld = rand_date(rng, dt.date(2024, 1, 16), dt.date(2024, 2, 29))
        sd = rand_date(rng, dt.date(2023, 12, 4), dt.date(2024, 1, 10))
        rec = rng.choice(["prepare", "no_need"])
        meetings.append(social_meeting(rec if var != "explicit" else "not_addressed", d=sd))
        if var == "explicit":
            it = dk(m, ld, "council", "not_addressed", rng.choice(["explicit_prepare", "explicit_no_need"]),
                    quoted=[quoted_committee("not_addressed", d=sd)])
        else:
            it = dk(m, ld, "council", rec, "approve", quoted=[quoted_committee(rec, d=sd)])
        meetings.append(council_meeting(ld, it))
        if var == "with_dec_budget":
            meetings.append(council_meeting(c_date, T.mayor_mention(m.council)))
    elif scen == "committee_only":
        rec = rng.choice(["prepare", "no_need"])
        if var == "handicapraad":
            meetings.append(social_meeting(rec, title_avoid=False))
            meetings[-1]["body"] = "Handicaprådet"
            for x in meetings[-1]["items"]:
                if x["dk"]:
                    x["dk"] = [MAP_YEAR, "not_addressed"]
                    x["decisions"][-1] = (x["decisions"][-1][0], ["Handicaprådet drøftede danmarkskortet og "
                                          "tog orienteringen til efterretning."])
        else:
            meetings.append(social_meeting(rec))
        if var == "oeu_rec":
            its = ordinary(m, o_date, 3)
            place(m, its, dk(m, o_date, "committee", rec, "recommend", own_body="Økonomiudvalget",
                             quoted=[quoted_committee(rec)]))
            meetings.append(meeting(m, "committee", "Økonomiudvalget", o_date, its))
        meetings.append(council_meeting(c_date, T.mayor_mention(m.council) if rng.random() < .5 else None))
        if var == "joint":
            jb = rng.choice(T.JOINT_BODIES)
            jd = rand_date(rng, dt.date(2023, 9, 20), dt.date(2023, 11, 20))
            meetings.append(meeting(m, "committee", jb, jd, ordinary(m, jd, 0) + [T.joint_body_item(rng, jb, m.council)]))
    elif scen == "not_found":
        noise = {"other_map": T.noise_other_map, "employment": T.noise_employment}.get(var)
        if noise:
            meetings.append(council_meeting(c_date, noise(rng, c_date)))
        elif var == "letter_only":
            letter = T.letter_prev_year(rng, m.council, m.council_gen)
            letter["dk"] = [2022, "not_addressed"]
            meetings.append(council_meeting(c_date, letter))
        else:
            meetings.append(council_meeting(c_date, T.mayor_mention(m.council)))
        od = rand_date(rng, dt.date(2023, 9, 12), dt.date(2023, 10, 20))
        meetings.append(meeting(m, "committee", rng.choice(T.OTHER_COMMITTEES), od, ordinary(m, od, 3)))
    # an extra ordinary meeting now and then (2-4 docs per municipality)
    if len(meetings) < 4 and rng.random() < .3:
        xd = rand_date(rng, dt.date(2023, 8, 22), dt.date(2023, 9, 14))
        if rng.random() < .5:
            meetings.append(council_meeting(xd))
        else:
            jb = rng.choice(T.JOINT_BODIES)
            meetings.append(meeting(m, "committee", jb, xd, ordinary(m, xd, 0) + [T.joint_body_item(rng, jb, m.council)]))
    for mt in meetings:
        for i, it in enumerate(mt["items"], 1):
            it["no"] = i
            it["case"] = T.case_no(rng, rng.randint(0, 5))
    meetings.sort(key=lambda x: x["date"])
    return meetings


def decide(meetings, paths):
    """CONTRACT.md's rule, from the labelled items."""
    ct, cm = [], False
    for mt, p in zip(meetings, paths):
        for it in mt["items"]:
            if it["dk"] and it["dk"][0] == MAP_YEAR:
                if mt["body_kind"] == "council":
                    ct.append((mt["date"], it["dk"][1], p))
                else:
                    cm = True
    if not ct:
        return ("committee_only" if cm else "not_found"), None, None, None
    ct.sort()
    intime = [t for t in ct if t[0] <= f"{MAP_YEAR}-12-31"]
    if not intime:
        t = ct[0]
        return "late", t[1], t[0], t[2]
    pos = [t for t in intime if t[1] in ("prepare", "no_need")]
    if pos:
        t = pos[0]
        return "ok", t[1], t[0], t[2]
    t = intime[-1]
    return "no_position", t[1], t[0], t[2]


EXPECT = {"ok_prepare": "ok", "ok_no_need": "ok", "ok_after_defer": "ok", "no_position_noted": "no_position",
          "no_position_deferred": "no_position", "late": "late", "committee_only": "committee_only",
          "not_found": "not_found"}


def fname(m, mt, idx, style):
    d = dt.date.fromisoformat(mt["date"])
    b = "byraad" if mt["body_kind"] == "council" else ascii_name(mt["body"].split()[0].strip(",-"))
    return [f"referat-{b}-{d.isoformat()}", f"Referat_{d:%d-%m-%Y}_{idx}", f"{b}_{d:%Y%m%d}",
            f"dagsorden-og-referat-{idx:02d}", f"Mode_{d:%d%m%y}_{b}"][style]


def main():
    out = Path(sys.argv[1])
    rng = random.Random(SEED)
    rows = list(csv.DictReader(open(HERE / "kommuner.csv", encoding="utf-8")))
    rng.shuffle(rows)
    halves = {"dev": rows[:49], "holdout": rows[49:]}
    lay_half = {"dev": [], "holdout": []}
    for a, b in PAIRS:
        if rng.random() < .5:
            a, b = b, a
        lay_half["dev"].append(a)
        lay_half["holdout"].append(b)
    model = {"map_year": MAP_YEAR, "halves": {}}
    for half, munis in halves.items():
        scen = SCEN[:]
        rng.shuffle(scen)
        hm = []
        for i, (row, (sc, var)) in enumerate(zip(munis, scen)):
            m = Muni(random.Random(f"{SEED}-{row['code']}"), row["code"], row["name"])
            layout = lay_half[half][i % 4]
            fstyle = i % 4
            folder = [row["code"], row["code"].zfill(4), ascii_name(row["name"]),
                      row["name"].replace(" ", "-") + "-Kommune"][fstyle]
            meetings = build_muni(m, sc, var)
            ext = ".html" if layout.startswith("web") else ".pdf"
            paths = []
            for j, mt in enumerate(meetings, 1):
                p = f"{folder}/{fname(m, mt, j, (i + j) % 5)}{ext}"
                assert p not in paths
                paths.append(p)
                mt["path"] = p
            outc, ap, md, td = decide(meetings, paths)
            assert outc == EXPECT[sc], (row, sc, var, outc)
            hm.append({"code": row["code"], "name": row["name"], "kind": m.kind, "social": m.social,
                       "scenario": sc, "variant": var, "layout": layout, "folder": folder,
                       "outcome": outc, "action_plan": ap, "meeting_date": md, "treatment_document": td,
                       "meetings": meetings})
        model["halves"][half] = {"layouts": lay_half[half], "munis": hm}
    out.mkdir(parents=True, exist_ok=True)
    (out / "model.json").write_text(json.dumps(model, ensure_ascii=False, indent=1))
    for half, hd in model["halves"].items():
        gold = {"map_year": MAP_YEAR, "municipalities": {}, "documents": {}}
        for mu in hd["munis"]:
            gold["municipalities"][mu["code"]] = {
                "name": mu["name"], "outcome": mu["outcome"], "action_plan": mu["action_plan"],
                "plan": mu["scenario"], "meeting_date": mu["meeting_date"],
                "treatment_document": mu["treatment_document"], "variant": mu["variant"], "layout": mu["layout"]}
            for mt in mu["meetings"]:
                gold["documents"][mt["path"]] = {
                    "status": "ok", "municipality_code": mu["code"], "body": mt["body_kind"],
                    "meeting_date": mt["date"],
                    "dk_items": [{"map_year": it["dk"][0], "action_plan": it["dk"][1]} for it in mt["items"] if it["dk"]],
                    "pages": 1, "producer": mu["layout"]}
        gold["municipalities"] = dict(sorted(gold["municipalities"].items()))
        (out / half).mkdir(parents=True, exist_ok=True)
        (out / half / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1, sort_keys=True))
    with open(out / "layouts.md", "w") as f:
        f.write(f"# independent16 layouts (seed {SEED}, map year {MAP_YEAR})\n\n| pair | dev | holdout |\n|---|---|---|\n")
        for k in range(4):
            f.write(f"| {k+1} | {lay_half['dev'][k]} | {lay_half['holdout'][k]} |\n")
        for half, hd in model["halves"].items():
            f.write(f"\n## {half}\n\n| code | name | folder | layout | scenario | variant | outcome | action_plan |\n|---|---|---|---|---|---|---|---|\n")
            for mu in sorted(hd["munis"], key=lambda x: x["code"]):
                f.write(f"| {mu['code']} | {mu['name']} | {mu['folder']} | {mu['layout']} | {mu['scenario']} | "
                        f"{mu['variant']} | {mu['outcome']} | {mu['action_plan']} |\n")


if __name__ == "__main__":
    main()
