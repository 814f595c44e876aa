#!/usr/bin/env python3
"""Generates the independent2 corpus sources, the render manifest and gold.json for map year 2023.

    python3 gen.py --out DIR [--seed 2023]

Writes DIR/src/<half>/... (sources to render), DIR/<half>/corpus/... (files that need no rendering),
DIR/manifest.tsv (kind, source, destination, options), DIR/<half>/gold.json (pages filled by
render.sh), DIR/layouts.md."""
import argparse, csv, datetime as dt, json, os, random, unicodedata
from pathlib import Path

import content as C
import writers as W

HERE = Path(__file__).resolve().parent
MAP_YEAR = 2023

# 12 layouts in 6 pairs of similar producers.
LAYOUTS = {
    "gs-protokol":   dict(pair=1, kind="ps", caps=True, dech="none", num="PUNKT {n}   {t}", date=C.dweek, label="Møde", title="Beslutningsprotokol", dirs="{code}", file="{bodyslug}_{iso}_beslutningsprotokol"),
    "gs-tospalte":   dict(pair=1, kind="ps", landscape=True, dech="body_date", num="{n}. {t}", date=C.ddot, label=None, title="Referat af møde i {body}", dirs="{slug}", file="referat_{iso}_{bodyslug}"),
    "lo-rtf":        dict(pair=2, kind="rtf", caps=True, dech="genitive", num="Pkt. {n} {t}", date=C.dlong, label="Organ", title="{muni} Kommune - {body} - Referat", dirs="{code}-{slug}", file="{body} {dots}"),
    "lo-docx":       dict(pair=2, kind="docx", dech="plain", decision_first=True, num="{n} {t}", date=lambda d: d.isoformat(), label="Møde", title="Dagsorden med beslutninger", dirs="{Name} Kommune", file="{iso}_{bodyslug}_referat"),
    "chr-dl":        dict(pair=3, kind="chromium", html="dl", dech="plain", num="{n}. {t}", date=C.ddash, label="Mødeforum", title="{body} - Referat", dirs="{code}", file="{bodyslug}-{iso}"),
    "chr-tospalte":  dict(pair=3, kind="chromium", html="bold", dech="line", num="{n}. {t}", date=C.dweek, label="Udvalg", title="Referat fra {body_gen} møde", dirs="{slug}-kommune", file="Referat_{bodyslug}_{iso}"),
    "wk-fed":        dict(pair=4, kind="wkhtml", html="bold", dech="body_date", num="{n}. {t}", date=C.dlong, label="Forum", title="{muni} Kommune · {body}", dirs="{code}", file="{iso}-{bodyslug}-referat"),
    "wk-liggende":   dict(pair=4, kind="wkhtml", html="table", landscape=True, dech="plain", caps=True, num="{n}. {t}", numcell="Sag nr. {n}", date=C.ddot, label="Udvalg", title="Referat", dirs="{slug}", file="{bodyslug}_{dots}"),
    "html-caps1252": dict(pair=5, kind="html1252", html="caps", caps=True, dech="plain", num="{n}. {t}", date=C.dweek, label="UDVALG", title="{body_upper} - REFERAT", dirs="{code}", file="referat-{iso}-{bodyslug}"),
    "html5-section": dict(pair=5, kind="html", html="section", dech="genitive", num="Punkt {n}: {t}", date=lambda d: f"{C.den(d)} ({d.isoformat()})", label="Møde", title="{body}, {muni} Kommune", dirs="{slug}", file="{bodyslug}-{iso}"),
    "raw-linjer":    dict(pair=6, kind="rawpdf", dech="plain", num="Nr.{n} - {t}", date=C.ddash, label="Mødeorgan", title="{muni} Kommune   REFERAT", dirs="{code}-{slug}", file="{bodyslug}_{iso}", producer="KommuneDok PDF-eksport 4.2"),
    "raw-ord":       dict(pair=6, kind="rawpdf", words=True, dech="body_date", num="Sag nr. {n}: {t}", date=C.dlong, label=None, title="Referat af {body_gen} møde", dirs="{code}", file="{iso}_{bodyslug}", producer="Dokumentservice PDF 2.0"),
}

COMMITTEES = ["Social- og Sundhedsudvalget", "Økonomiudvalget", "Børne- og Familieudvalget", "Socialudvalget",
              "Udvalget for Social og Handicap", "Sundheds- og Omsorgsudvalget"]


def slug(s):
    s = s.replace("æ", "ae").replace("ø", "oe").replace("å", "aa").replace("Æ", "Ae").replace("Ø", "Oe").replace("Å", "Aa")
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return "".join(c.lower() if c.isalnum() else "-" for c in s).strip("-").replace("--", "-")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=2023)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    out = Path(a.out)
    munis = list(csv.DictReader(open(os.environ.get("KOMMUNER", "/work/shared/data/kommuner.csv"), encoding="utf-8")))
    assert len(munis) == 98

    # split layouts by pair
    half_layouts = {"dev": [], "holdout": []}
    for p in range(1, 7):
        members = sorted(k for k, v in LAYOUTS.items() if v["pair"] == p)
        rng.shuffle(members)
        half_layouts["dev"].append(members[0]); half_layouts["holdout"].append(members[1])
    order = munis[:]; rng.shuffle(order)
    halves = {"dev": order[:49], "holdout": order[49:]}

    manifest = []
    layout_rows = []
    for half in ("dev", "holdout"):
        ms = sorted(halves[half], key=lambda m: m["code"])
        rng.shuffle(ms)
        # scenarios
        scen = (["not_found"] * 2 + ["committee_only"] * 2 + ["late"] * 3 + ["no_position"] * 3 + ["no_position_def_late"] +
                ["ok_byref"] * 2 + ["ok_nowords_no"] + ["ok_nowords_prep"] + ["ok_absent_votes"] * 2)
        okv = ["ok_no_need", "ok_prepare", "ok_existing", "ok_committee_no_need", "ok_committee_prepare"]
        while len(scen) < 49:
            scen.append(okv[len(scen) % len(okv)])
        rng.shuffle(scen)
        # hard-case flags independent of scenario
        label_hard = set(m["code"] for m in ms[10:13])       # council header labelled Forum/Mødeforum/Udvalg
        follow = set(m["code"] for m in ms[20:23])            # Ankestyrelsen's follow-up letter on map 2022
        noise = set(m["code"] for m in ms[0:2]) | set(m["code"] for m in ms[25:40])
        gold = {"map_year": MAP_YEAR, "seed": a.seed, "municipalities": {}, "documents": {}}
        for i, m in enumerate(ms):
            lay = half_layouts[half][i % 6]
            L = LAYOUTS[lay]
            mr = random.Random(f"{a.seed}-{m['code']}")
            g = build_muni(mr, m, scen[i], lay, L, m["code"] in label_hard, m["code"] in follow, m["code"] in noise)
            docs, gm, hard = g
            gold["municipalities"][m["code"]] = gm
            layout_rows.append((lay, half, m["code"], m["name"], scen[i], hard))
            for d in docs:
                write_doc(out, half, lay, L, d, m, manifest, gold)
        (out / half).mkdir(parents=True, exist_ok=True)
        (out / half / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1, sort_keys=True))
    with open(out / "manifest.tsv", "w") as f:
        for r in manifest:
            f.write("\t".join(r) + "\n")
    # layouts.md
    md = ["# independent2 layouts (map year 2023, seed %d)\n" % a.seed, "| layout | pair | half | municipalities | scenarios / hard cases |", "|---|---|---|---|---|"]
    for lay in sorted(LAYOUTS, key=lambda k: (LAYOUTS[k]["pair"], k)):
        rows = [r for r in layout_rows if r[0] == lay]
        if not rows:
            continue
        md.append(f"| {lay} | {LAYOUTS[lay]['pair']} | {rows[0][1]} | " + ", ".join(f"{r[2]} {r[3]}" for r in rows) + " | " +
                  "; ".join(f"{r[2]}: {r[4]}" + (" [" + ", ".join(r[5]) + "]" if r[5] else "") for r in rows) + " |")
    (out / "layouts.md").write_text("\n".join(md) + "\n")


def council_name(m, mr):
    if m["code"] == "101":
        return "Borgerrepræsentationen"
    return "Byrådet" if mr.random() < 0.6 else "Kommunalbestyrelsen"


def rand_date(mr, y, m1, m2):
    while True:
        d = dt.date(y, mr.randrange(m1, m2 + 1), mr.randrange(1, 29))
        if d.weekday() < 4:
            return d


def build_muni(mr, m, scen, lay, L, label_hard, follow, noise):
    council = council_name(m, mr)
    committee = mr.choice(COMMITTEES)
    if m["code"] == "101":
        committee = "Socialudvalget"
    docs = []   # (body_kind, body_name, date, items(list), dk gold list, hard flags)
    hard = []
    gm = {"name": m["name"], "plan": scen, "outcome": None, "action_plan": None, "meeting_date": None, "treatment_document": None}

    def add(kind, name, date, dkitems, tag=None):
        docs.append(dict(body_kind=kind, body_name=name, date=date, dkitems=dkitems, tag=tag))

    s = scen
    if s == "not_found":
        add("council", council, rand_date(mr, 2023, 3, 6), [])
        add("council", council, rand_date(mr, 2023, 9, 12), [("noise", None)])
        add("committee", committee, rand_date(mr, 2023, 8, 11), [("noise", None)])
        hard.append("other-map/employment noise only")
        gm["outcome"] = "not_found"
    elif s == "committee_only":
        cd = rand_date(mr, 2023, 9, 11)
        add("committee", committee, cd, [("dk", "not_addressed" if mr.random() < 0.5 else "no_need", dict(indstilling_til=True))])
        add("council", council, rand_date(mr, 2023, 11, 12), [("meddelelser", None)])
        hard.append("council has only a passing mention under Meddelelser")
        gm["outcome"] = "committee_only"
    elif s == "late":
        st = mr.choice(["no_need", "prepare", "not_addressed"])
        add("committee", committee, rand_date(mr, 2023, 11, 12), [("dk", st, dict(indstilling_til=True))])
        ld = rand_date(mr, 2024, 1, 2)
        add("council", council, ld, [("dk", st, dict(committee_first=True))], tag="treat")
        add("council", council, rand_date(mr, 2023, 4, 6), [])
        gm.update(outcome="late", action_plan=st, meeting_date=ld.isoformat())
    elif s == "no_position":
        d = rand_date(mr, 2023, 9, 12)
        add("council", council, d, [("dk", "not_addressed", {})], tag="treat")
        add("council", council, rand_date(mr, 2023, 2, 5), [])
        gm.update(outcome="no_position", action_plan="not_addressed", meeting_date=d.isoformat())
    elif s == "no_position_def_late":
        d = rand_date(mr, 2023, 12, 12)
        add("council", council, d, [("dk", "deferred", {})], tag="treat")
        add("council", council, rand_date(mr, 2024, 1, 1), [("dk", "prepare", {})])
        gm.update(outcome="no_position", action_plan="deferred", meeting_date=d.isoformat())
        hard.append("deferred in December, decided in January")
    else:
        st = {"ok_no_need": "no_need", "ok_prepare": "prepare", "ok_existing": "prepare_existing",
              "ok_committee_no_need": "no_need", "ok_committee_prepare": "prepare", "ok_byref": mr.choice(["no_need", "prepare"]),
              "ok_nowords_no": "no_need_nowords", "ok_nowords_prep": "prepare_nowords",
              "ok_absent_votes": mr.choice(["no_need", "prepare"])}[s]
        d = rand_date(mr, 2023, 8, 12)
        opts = {}
        if s.startswith("ok_committee") or s == "ok_byref":
            cd = d - dt.timedelta(days=mr.randrange(7, 30))
            while cd.weekday() > 3:
                cd -= dt.timedelta(days=1)
            cname = "Økonomiudvalget" if s == "ok_byref" else committee
            add("committee", cname, cd, [("dk", st, dict(indstilling_til=True))])
            opts = dict(committee_first=True, cname=cname, cdate=cd, by_reference=(s == "ok_byref"))
            hard.append("committee 'Indstilling til Byrådet' first")
            if s == "ok_byref":
                hard.append("council adopts Økonomiudvalgets indstilling by reference")
        if s == "ok_absent_votes":
            opts["absent_votes"] = True; hard.append("decision with absent members and vote count")
        if "nowords" in s:
            hard.append("position without the word handlingsplan")
        if s == "ok_existing":
            hard.append("existing plan continued")
        add("council", council, d, [("dk", st, opts)], tag="treat")
        if mr.random() < 0.5:
            add("council", council, rand_date(mr, 2023, 1, 6), [])
        gm.update(outcome="ok", action_plan=C.STANCE_GOLD[st], meeting_date=d.isoformat())
    if follow:
        fd = rand_date(mr, 2023, 3, 5)
        add("council", council, fd, [("follow", None)])
        hard.append("Ankestyrelsen's follow-up on map 2022 as its own item")
    if noise and s != "not_found":
        docs[-1]["dkitems"].append(("noise", None)); hard.append("other-map/employment noise item")
    if label_hard:
        hard.append("council header labelled " + {"Forum": "Forum", }.get(L["label"], "Mødeforum/Udvalg/Forum"))
    # dedupe dates per body
    seen = set()
    for d in docs:
        while (d["body_name"], d["date"]) in seen:
            d["date"] += dt.timedelta(days=1)
        seen.add((d["body_name"], d["date"]))
    docs.sort(key=lambda d: d["date"])
    built = []
    for d in docs:
        built.append(make_doc(mr, m, d, L, council, label_hard))
        if d["tag"] == "treat":
            gm["_treat"] = built[-1]
    if len(built) < 2:
        built.append(make_doc(mr, m, dict(body_kind="committee", body_name=committee, date=rand_date(mr, 2023, 2, 6), dkitems=[], tag=None), L, council, False))
    return built, gm, hard


def make_doc(mr, m, d, L, council, label_hard):
    year = d["date"].year
    n_items = mr.randrange(6, 11)
    items = [C.ordinary_item(mr, year, C.ORDINARY[0])]
    pool = mr.sample(C.ORDINARY[1:-1], min(n_items, len(C.ORDINARY) - 2))
    items += [C.ordinary_item(mr, year, sp) for sp in pool[:n_items - 1]]
    dkgold = []
    for kind, st, *rest in d["dkitems"]:
        opts = rest[0] if rest else {}
        pos = mr.randrange(2, len(items) + 1)
        if kind == "noise":
            items.insert(pos, C.ordinary_item(mr, year, mr.choice(C.NOISE)))
        elif kind == "meddelelser":
            items.insert(1, C.meddelelser_item(mr, d["body_name"]))
        elif kind == "follow":
            items.insert(pos, C.followup_item(mr, d["body_name"]))
            dkgold.append({"map_year": 2022, "action_plan": "not_addressed"})
        else:
            cf = None
            if opts.get("committee_first"):
                cf = (opts.get("cname") or d.get("cname") or "Social- og Sundhedsudvalget",
                      opts.get("cdate") or (d["date"] - dt.timedelta(days=21)), st if st != "deferred" and st != "not_addressed" else "not_addressed")
            it = C.dk_item(mr, m["name"], d["body_name"], d["body_kind"], st, d["date"], committee_first=cf,
                           by_reference=opts.get("by_reference", False), absent_votes=opts.get("absent_votes", False))
            if opts.get("indstilling_til"):
                target = council
                it["title"] = mr.choice([f"Indstilling til {target}: ", "", f"{it['title'].split(' ')[0]} "])[:0] + it["title"]
                it["title"] = mr.choice([f"Indstilling til {target} - {it['title']}", f"{it['title']} (indstilling til {target})", it["title"]])
                it["sections"].insert(0, ("Beslutningskompetence", f"{target}. Sagen afgøres i: {target}."))
                if st == "not_addressed" or st == "deferred":
                    pass
            items.insert(pos, it)
            dkgold.append({"map_year": 2023, "action_plan": C.STANCE_GOLD[st]})
    items.append(C.ordinary_item(mr, year, C.ORDINARY[-1]))
    start = mr.randrange(1, 200) if mr.random() < 0.3 else 1
    for i, it in enumerate(items):
        it["no"] = start + i
        it["caseno"] = C.caseno(mr, year)
        it["open"] = "Åbent punkt"
    body = d["body_name"]
    label = L["label"]
    if d["body_kind"] == "council" and label_hard:
        label = mr.choice(["Forum", "Mødeforum", "Udvalg"])
    header = []
    if label:
        header.append((label, body))
    header += [("Mødedato", L["date"](d["date"])), (mr.choice(["Tidspunkt", "Starttidspunkt", "Mødetidspunkt"]), mr.choice(["kl. 17.00", "kl. 16:30", "17:00", "kl. 15.00 - 18.10"])),
               (mr.choice(["Mødested", "Sted", "Lokale"]), mr.choice(["Byrådssalen, Rådhuset", "Mødelokale 1, Rådhuset", "Kommunalbestyrelsessalen", "Rådhusets festsal"])),
               (mr.choice(["Fraværende", "Afbud", "Fraværende med afbud"]), mr.choice(["Ingen", C.person(mr), C.person(mr) + ", " + C.person(mr)]))]
    gen = C.genitive(body)
    title = L["title"].format(body=body, muni=m["name"], body_gen=gen, body_upper=body.upper())
    if "{muni}" not in L["title"] and L["title"] in ("Beslutningsprotokol", "Dagsorden med beslutninger", "Referat"):
        title = f"{title} - {body}, {m['name']} Kommune"
    elif "{muni}" not in L["title"]:
        title = f"{m['name']} Kommune: {title}"
    return dict(body_kind=d["body_kind"], body_name=body, date=d["date"], header=header, title=title, items=items, dk=dkgold, tag=d["tag"])


def write_doc(out, half, lay, L, doc, m, manifest, gold):
    s = slug(m["name"])
    dirn = L["dirs"].format(code=m["code"], slug=s, Name=m["name"])
    bodyslug = doc["body_name"].replace(" ", "_") if lay in ("gs-protokol",) else slug(doc["body_name"])
    fn = L["file"].format(bodyslug=bodyslug, iso=doc["date"].isoformat(), dots=C.ddot(doc["date"]), body=doc["body_name"])
    kind = L["kind"]
    ext = {"ps": ".pdf", "rtf": ".pdf", "docx": ".pdf", "chromium": ".pdf", "wkhtml": ".pdf", "html": ".html", "html1252": ".htm", "rawpdf": ".pdf"}[kind]
    rel = f"{dirn}/{fn}{ext}"
    k = 2
    while rel in gold["documents"]:
        rel = f"{dirn}/{fn}-{k}{ext}"; k += 1
    fn = rel[len(dirn) + 1:-len(ext)]
    corpus = out / half / "corpus"
    src = out / "src" / half / lay
    src.mkdir(parents=True, exist_ok=True)
    (corpus / dirn).mkdir(parents=True, exist_ok=True)
    printed = doc["date"] + dt.timedelta(days=3 + (doc["date"].day % 9))
    running = (f"{doc['body_name']} - {C.ddot(doc['date'])}", f"Udskrevet den {C.ddot(printed)} kl. 08:{doc['date'].day + 10}", "Side {p}")
    uid = f"{half}_{slug(dirn)}_{slug(fn)}"
    o = dict(L)
    pages = None
    if kind == "ps":
        (src / (uid + ".ps")).write_text(W.ps_doc(doc, o, running), encoding="latin-1")
        manifest.append(("ps", str(src / (uid + ".ps")), str(corpus / rel), ""))
    elif kind == "rawpdf":
        data, pages = W.rawpdf_doc(doc, o, (running[0], running[1], "Side {p} af {n}"))
        (corpus / rel).write_bytes(data)
        manifest.append(("check", "", str(corpus / rel), ""))
    elif kind == "rtf":
        (src / (uid + ".rtf")).write_text(W.rtf_doc(doc, o, running), encoding="ascii")
        manifest.append(("soffice", str(src / (uid + ".rtf")), str(corpus / rel), ""))
    elif kind == "docx":
        (src / (uid + ".docx")).write_bytes(W.docx_doc(doc, o, running))
        manifest.append(("soffice", str(src / (uid + ".docx")), str(corpus / rel), ""))
    elif kind == "chromium":
        css = ("@page { size: A4; margin: 22mm 18mm 20mm 18mm; } body { font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; }"
               ".run { position: fixed; top: -14mm; left: 0; right: 0; font-size: 7pt; color: #555; } .foot { position: fixed; bottom: -12mm; font-size: 7pt; }"
               "dt { font-weight: bold; margin-top: 6px; } dd { margin-left: 0; } h2 { font-size: 12pt; border-top: 1px solid #999; padding-top: 6px; }"
               "p.it { font-size: 12pt; margin-top: 16px; } p.t { font-size: 16pt; }")
        if L["html"] == "bold":
            css += " .cols { column-count: 2; column-gap: 8mm; }"
        fur = f'<div class="run">{W.H.escape(running[0])} &nbsp; &nbsp; {W.H.escape(running[1])} &nbsp; https://dagsorden.{slug(m["name"])}.dk/meeting/{doc["date"].isoformat()}</div><div class="foot">{W.H.escape(m["name"])} Kommune</div>'
        h = W.html_doc(doc, o, css=css, furniture=fur)
        if L["html"] == "bold":
            h = h.replace("</div><p class='t'>", "</div><div class='cols'><p class='t'>", 1).replace("</body>", "</div></body>")
        (src / (uid + ".html")).write_text(h, encoding="utf-8")
        manifest.append(("chromium", str(src / (uid + ".html")), str(corpus / rel), ""))
    elif kind == "wkhtml":
        css = "body { font-family: 'Liberation Serif', serif; font-size: 11pt; } table { border-collapse: collapse; width: 100%; margin-bottom: 14px; } td, th { border: 1px solid #aaa; padding: 3px; vertical-align: top; text-align: left; } td.lab { width: 22%; font-weight: bold; } p.it { font-size: 13pt; margin-top: 18px; }"
        (src / (uid + ".html")).write_text(W.html_doc(doc, o, css=css), encoding="utf-8")
        opts = f"--header-left|{running[0]}|--header-right|{running[1]}|--footer-center|Side [page] af [topage]|--header-font-size|7|--footer-font-size|7"
        if L.get("landscape"):
            opts += "|-O|Landscape"
        manifest.append(("wkhtml", str(src / (uid + ".html")), str(corpus / rel), opts))
    elif kind == "html1252":
        h = W.html_doc(doc, o, css="body{font-family:Arial} p.m{margin:0}", charset="windows-1252",
                       furniture='<p><a href="#indhold">Gå til indhold</a> | <a href="/">Forside</a> &gt; Politik &gt; Dagsordener og referater</p>')
        (corpus / rel).write_bytes(h.encode("cp1252", "xmlcharrefreplace"))
        pages = 1
    elif kind == "html":
        h = W.html_doc(doc, o, css="body{font-family:sans-serif;max-width:60em} section{border-top:1px solid #ccc}",
                       furniture='<nav><a href="/">Forside</a> · <a href="/moeder">Alle møder</a> · <a href="#top">Til toppen</a></nav>')
        (corpus / rel).write_text(h, encoding="utf-8")
        pages = 1
    gold["documents"][rel] = {"body": doc["body_kind"], "dk_items": doc["dk"], "meeting_date": doc["date"].isoformat(),
                              "municipality_code": m["code"], "pages": pages, "producer": lay, "status": "ok"}
    gm = gold["municipalities"][m["code"]]
    if gm.get("_treat") is doc:
        gm["treatment_document"] = rel
        del gm["_treat"]


if __name__ == "__main__":
    main()
