#!/usr/bin/env python3
"""finalize.py OUT: places rendered files under OUT/{dev,holdout}/corpus/, counts pages, checks
that every PDF has a text layer (fails loudly if not), writes gold.json and layouts.md."""
import collections, json, shutil, subprocess, sys
from pathlib import Path

out = Path(sys.argv[1])
man = json.load(open(out / "_src" / "manifest.json"))
gold = man["gold"]
bad = []
for half in ("dev", "holdout"):
    shutil.rmtree(out / half, ignore_errors=True)
for e in man["manifest"]:
    src = out / "_out" / e["out"]
    dst = out / e["target"]
    if not src.exists():
        bad.append(f"missing render: {e['out']}")
        continue
    dst.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(src, dst)
    half, rel = e["target"].split("/corpus/", 1)
    doc = gold[half]["documents"][rel]
    if dst.suffix == ".pdf":
        info = subprocess.run(["pdfinfo", str(dst)], capture_output=True, text=True).stdout
        pages = int([l for l in info.splitlines() if l.startswith("Pages:")][0].split()[1])
        txt = subprocess.run(["pdftotext", "-enc", "UTF-8", str(dst), "-"], capture_output=True, text=True).stdout
        if len(txt.split()) < 100:
            bad.append(f"no text layer: {e['target']} ({len(txt.split())} words)")
        doc["pages"] = pages
    else:
        doc["pages"] = 1
for half in ("dev", "holdout"):
    g = gold[half]
    for code, mu in g["municipalities"].items():
        if mu["treatment_document"] and mu["treatment_document"] not in g["documents"]:
            bad.append(f"treatment document not in corpus: {code} {mu['treatment_document']}")
    (out / half / "gold.json").write_text(json.dumps(g, ensure_ascii=False, indent=1, sort_keys=True))
if bad:
    print("finalize: FAILED\n" + "\n".join(bad), file=sys.stderr)
    sys.exit(1)
lines = ["# Layouts of this build", "", "| layout | half | producer | municipalities | documents | pages |", "|---|---|---|---|---|---|"]
for half in ("dev", "holdout"):
    g = gold[half]
    for lay in man["halves"][half]:
        ms = [c for c, m in g["municipalities"].items() if m["layout"] == lay]
        ds = [d for d in g["documents"].values() if d["municipality_code"] in ms]
        lines.append(f"| {lay} | {half} | {ds[0]['producer'] if ds else ''} | {len(ms)} | {len(ds)} | {sum(d['pages'] for d in ds)} |")
lines += ["", "| half | " + " | ".join(["ok/prepare", "ok/no_need", "no_position", "late", "committee_only", "not_found"]) + " |", "|---|---|---|---|---|---|---|"]
for half in ("dev", "holdout"):
    c = collections.Counter((m["outcome"] + ("/" + m["action_plan"] if m["outcome"] == "ok" else "")) for m in gold[half]["municipalities"].values())
    lines.append(f"| {half} | " + " | ".join(str(c[k]) for k in ["ok/prepare", "ok/no_need", "no_position", "late", "committee_only", "not_found"]) + " |")
lines += ["", "| plan | dev | holdout |", "|---|---|---|"]
pc = {h: collections.Counter(m["plan"] for m in gold[h]["municipalities"].values()) for h in ("dev", "holdout")}
for p in sorted(set(pc["dev"]) | set(pc["holdout"])):
    lines.append(f"| {p} | {pc['dev'][p]} | {pc['holdout'][p]} |")
(out / "layouts.md").write_text("\n".join(lines) + "\n")
n = sum(len(gold[h]["documents"]) for h in gold)
print(f"finalize: {n} documents, gold.json for dev ({len(gold['dev']['municipalities'])}) and holdout ({len(gold['holdout']['municipalities'])})")
