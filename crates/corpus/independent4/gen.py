#!/usr/bin/env python3
"""Writes the sources of the corpus and a manifest: python3 gen.py OUT SEED.

Deterministic from SEED. Sources go to OUT/_src/<layout>/, the manifest to OUT/_src/manifest.json;
render.sh turns them into PDFs, finalize.py places them and writes gold.json."""
import csv, json, random, sys
from pathlib import Path
from content import Muni, sagsnr, MONTHS
from layouts import PAIRS, RENDER, PRODUCER, dmy
import scenarios

HERE = Path(__file__).resolve().parent


def ascii_name(s):
    for a, b in (("æ", "ae"), ("ø", "oe"), ("å", "aa"), ("Æ", "Ae"), ("Ø", "Oe"), ("Å", "Aa"), ("é", "e")):
        s = s.replace(a, b)
    return s


def slug(s):
    return ascii_name(s).lower().replace(",", "").replace(" ", "-")


def folder(code, name, style):
    return [name, ascii_name(name), code, "0" + code, ascii_name(name) + "-Kommune"][style % 5]


def file_name(layout, mt):
    d, b = mt["date"], mt["body_name"]
    return {
        "groff-ms-ps2pdf": f"Beslutningsprotokol {b} {dmy(d)}.pdf",
        "groff-me-gropdf": f"{slug(b)}_{d:%Y%m%d}.pdf",
        "enscript-mono": f"referat-{d:%d%m%Y}-{slug(b)}.pdf",
        "handwritten-ps": f"Protokol_{slug(b)}_{d:%Y-%m-%d}.pdf",
        "lo-fodt-outline": f"{d:%Y-%m-%d} {b} referat.pdf",
        "lo-fodt-beslutningsreferat": f"Beslutningsreferat {b} {d.day}. {MONTHS[d.month-1]} {d.year}.pdf",
        "chromium-article": f"referat-{slug(b)}-{d:%Y-%m-%d}.pdf",
        "wkhtmltopdf-pagebreaks": f"{slug(b)}/{d:%Y}/{d:%m-%d}.pdf",
        "sharepoint-divs": f"{slug(b)}_{d:%d-%m-%Y}_referat.html",
        "latin1-font-center": f"ref{d:%y%m%d}_{slug(b)[:12]}.htm",
    }[layout]


def main():
    out, seed = Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 4
    rng = random.Random(seed)
    rows = list(csv.DictReader(open(HERE / "kommuner.csv", encoding="utf-8")))
    assert len(rows) == 98
    halves = {"dev": [], "holdout": []}
    for a, b in PAIRS:
        if rng.random() < 0.5:
            a, b = b, a
        halves["dev"].append(a)
        halves["holdout"].append(b)
    rng.shuffle(rows)
    src = out / "_src"
    src.mkdir(parents=True, exist_ok=True)
    manifest, gold = [], {}
    for hi, half in enumerate(("dev", "holdout")):
        munis = rows[hi * 49:(hi + 1) * 49]
        mix = scenarios.half_mix(49)
        # the non-ok scenarios first, each group shuffled, so that layout k % 5 gets an even share
        hard, easy = mix[:11], mix[11:]
        rng.shuffle(hard)
        rng.shuffle(easy)
        mix = hard + easy
        rot = rng.randrange(5)
        g = {"seed": seed, "map_year": 2025, "municipalities": {}, "documents": {}}
        for k, row in enumerate(munis):
            layout = halves[half][(k + rot) % 5]
            code, name = row["code"].lstrip("0"), row["name"]
            mrng = random.Random(f"{seed}:{code}")
            m = Muni(code, name, mrng)
            plan = mix[k]
            meetings, outcome, ap, tidx = plan(m, mrng)
            extra = mrng.random()
            if extra < 0.2:  # a committee that meets about employment, with Ankestyrelsen's other rates
                dd = scenarios.d(mrng, 2025, mrng.randint(3, 11))
                meetings.append(scenarios.U(m, mrng, dd, [], name="Beskæftigelsesudvalget", noise=["beskaeftigelse"]))
            elif extra < 0.4:  # a technical committee with the charging-point map
                dd = scenarios.d(mrng, 2025, mrng.randint(2, 11))
                meetings.append(scenarios.U(m, mrng, dd, [], name="Teknik- og Miljøudvalget", noise=["ladestandere"]))
            fold = folder(code, name, k // 5 + k)
            style = len(layout) % 4  # the case-number format of this layout's system
            paths = []
            for mi, mt in enumerate(meetings):
                for it in mt["items"]:
                    it["sagsnr"] = sagsnr(mrng, style)
                fn = file_name(layout, mt)
                rel = f"{fold}/{fn}"
                while rel in g["documents"]:
                    rel = rel.replace(".", "-2.", 1) if "/" not in fn else rel + "x"
                r = RENDER[layout](m, mt)
                final_ext, src_ext, text = r[0], r[1], r[2]
                docid = f"d{len(manifest):04d}"  # neutral: no half or code in paths a printer may show
                enc = "latin-1" if layout in ("enscript-mono", "latin1-font-center") else "utf-8"
                (src / layout).mkdir(exist_ok=True)
                (src / layout / (docid + src_ext)).write_text(text, encoding=enc, errors="replace")
                if len(r) > 3:
                    (src / layout / (docid + ".hdr")).write_text(r[3], encoding="utf-8")
                manifest.append({"id": docid, "layout": layout, "src": f"{layout}/{docid}{src_ext}",
                                 "out": f"{layout}/{docid}{final_ext}", "target": f"{half}/corpus/{rel}"})
                g["documents"][rel] = {"status": "ok", "body": mt["body"], "meeting_date": mt["date"].isoformat(),
                                       "municipality_code": code,
                                       "dk_items": [{"map_year": it["dk"][0], "action_plan": it["dk"][1]} for it in mt["items"] if it["dk"]],
                                       "pages": None, "producer": PRODUCER[layout]}
                paths.append(rel)
            g["municipalities"][code] = {"name": name, "outcome": outcome, "action_plan": ap, "plan": plan.__name__,
                                         "layout": layout,
                                         "meeting_date": meetings[tidx]["date"].isoformat() if tidx is not None else None,
                                         "treatment_document": paths[tidx] if tidx is not None else None}
        gold[half] = g
    json.dump({"manifest": manifest, "gold": gold, "halves": halves}, open(src / "manifest.json", "w"), ensure_ascii=False, indent=1)
    print(f"gen: {len(manifest)} documents, dev layouts {halves['dev']}, holdout layouts {halves['holdout']}")


if __name__ == "__main__":
    main()
