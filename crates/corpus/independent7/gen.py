#!/usr/bin/env python3
"""gen.py OUT SEED: writes sources into OUT/_build, the job list OUT/_build/jobs.json and the
gold skeleton OUT/_build/gold.json (pages are filled in by finalize.py)."""
import csv, json, os, random, sys, unicodedata, datetime as dt
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
from content import sagsnr
from scenarios import PLAN, build_muni
from layouts import PAIRS, LAYOUTS, PRODUCER, OUT_EXT

def ascii_slug(s):
    s = s.replace("æ", "ae").replace("ø", "oe").replace("å", "aa").replace("Æ", "Ae").replace("Ø", "Oe").replace("Å", "Aa")
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return "".join(c if c.isalnum() else "-" for c in s).strip("-")

def main(out, seed):
    r = random.Random(seed)
    out = Path(out); b = out / "_build"
    kommuner = list(csv.DictReader(open(os.environ.get("KOMMUNER", "/work/shared/data/kommuner.csv"), encoding="utf-8")))
    assert len(kommuner) == 98
    halves = {"dev": [], "holdout": []}
    for a, c in PAIRS:
        if r.random() < 0.5: a, c = c, a
        halves["dev"].append(a); halves["holdout"].append(c)
    order = kommuner[:]; r.shuffle(order)
    split = {"dev": order[:49], "holdout": order[49:]}
    jobs = []; layout_of = {}
    for half in ("dev", "holdout"):
        munis = sorted(split[half], key=lambda k: int(k["code"]))
        plans = PLAN[:]; r.shuffle(plans)
        lays = [halves[half][i % 5] for i in range(49)]; r.shuffle(lays)
        gold = {"map_year": 2022, "seed": seed, "municipalities": {}, "documents": {}}
        for k, (plan, variant), lay in zip(munis, plans, lays):
            code, name = k["code"], k["name"]
            mr = random.Random(f"{seed}-{code}")
            council = "Borgerrepræsentationen" if code == "101" else mr.choice(["Byrådet", "Kommunalbestyrelsen"])
            docs, g = build_muni(mr, code, name, plan, variant, council)
            assert 2 <= len(docs) <= 4, (code, plan, variant, len(docs))
            for d in docs:
                for m in d["meetings"]:
                    assert m.get("cancelled") or m.get("continued") or 6 <= len(m["items"]) <= 12, (code, plan, variant, len(m["items"]))
            sst = mr.randint(0, 3)
            for d in docs:
                for m in d["meetings"]:
                    for it in m["items"]:
                        it["sagsnr"] = sagsnr(mr, sst)
                d["end"] = mr.choice(["18.40", "19.15", "20.05", "21.30"])
            dstyle = mr.randint(0, 3)
            dirname = [code, name, f"{code}-{ascii_slug(name).lower()}", f"{ascii_slug(name)}-Kommune"][dstyle]
            layout_of[code] = (name, lay, half)
            gm = dict(name=name, outcome=g["outcome"], action_plan=g["action_plan"], plan=g["plan"], variant=variant, layout=lay,
                      meeting_date=None, treatment_document=None)
            used = set()
            for di, d in enumerate(docs):
                m0 = d["meetings"][0]
                stem = f"{m0['body']}_{m0['date'].isoformat()}_referat"
                if mr.random() < 0.3:
                    stem = f"referat-{ascii_slug(m0['body']).lower()}-{m0['date'].strftime('%d%m%Y')}"
                while stem in used: stem += "-2"
                used.add(stem)
                sext, text = LAYOUTS[lay](d, name, code, mr)
                src = b / half / dirname / f"{stem}.{sext}"
                src.parent.mkdir(parents=True, exist_ok=True)
                src.write_text(text, encoding="utf-8")
                rel = f"{dirname}/{stem}.{OUT_EXT[lay]}"
                dst = out / half / "corpus" / rel
                jobs.append(dict(layout=lay, src=str(src), dst=str(dst)))
                dk = [dict(map_year=it["dk"][0], action_plan=it["dk"][1]) for m in d["meetings"] for it in m["items"] if it.get("dk")]
                gold["documents"][rel] = dict(body=m0["kind"], dk_items=dk, meeting_date=m0["date"].isoformat(),
                                              municipality_code=code, pages=None, producer=PRODUCER[lay], status="ok")
                if g.get("doc") == di:
                    gm["treatment_document"] = rel; gm["meeting_date"] = g["date"].isoformat()
            gold["municipalities"][code] = gm
        (b / f"gold-{half}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")
    (b / "jobs.json").write_text(json.dumps(jobs, indent=0))
    with open(out / "layouts.md", "w", encoding="utf-8") as f:
        f.write(f"# Layouts, seed {seed}\n\n| pair | dev | holdout |\n|---|---|---|\n")
        for i, (a, c) in enumerate(PAIRS):
            dv = a if a in halves["dev"] else c
            ho = c if dv == a else a
            f.write(f"| {i+1} | {dv} ({PRODUCER[dv]}) | {ho} ({PRODUCER[ho]}) |\n")
        f.write("\n| code | municipality | layout | half |\n|---|---|---|---|\n")
        for code in sorted(layout_of, key=int):
            n, l, h = layout_of[code]
            f.write(f"| {code} | {n} | {l} | {h} |\n")

if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 7)
