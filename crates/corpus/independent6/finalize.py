#!/usr/bin/env python3
"""Puts rendered files in place (merging bilag, encrypting), counts pages, checks text layers and
writes OUT/{dev,holdout}/gold.json.   python3 finalize.py OUT"""
import json, shutil, subprocess, sys
from pathlib import Path

out = Path(sys.argv[1]).resolve()
src, ren = out / "_src", out / "_src" / "out"
jobs = json.loads((src / "jobs.json").read_text())
golds = {h: json.loads((src / f"gold_{h}.json").read_text()) for h in ("dev", "holdout")}
bad = []
for j in jobs:
    dest = out / j["half"] / "corpus" / j["rel"]
    dest.parent.mkdir(parents=True, exist_ok=True)
    if j["tool"] == "copy":
        shutil.copy(src / j["srcs"][0], dest)
        golds[j["half"]]["documents"][j["rel"]]["pages"] = 1
        continue
    pdfs = [ren / (Path(s).stem + ".pdf") for s in j["srcs"]]
    for p in pdfs:
        if not p.exists():
            sys.exit(f"missing rendered file {p} for {j['rel']}")
    if j["post"] == "unite":
        subprocess.run(["pdfunite", *map(str, pdfs), str(dest)], check=True)
    elif j["post"] == "crypt":
        subprocess.run(["qpdf", "--object-streams=generate", "--encrypt", "", "ejer-" + j["id"], "256", "--", str(pdfs[0]), str(dest)], check=True)
    else:
        shutil.copy(pdfs[0], dest)
    info = subprocess.run(["pdfinfo", str(dest)], capture_output=True, text=True).stdout
    pages = int(next(l.split()[-1] for l in info.splitlines() if l.startswith("Pages:")))
    golds[j["half"]]["documents"][j["rel"]]["pages"] = pages
    txt = subprocess.run(["pdftotext", "-q", str(dest), "-"], capture_output=True, text=True).stdout
    if len(txt.strip()) < 200:
        bad.append(j["rel"])
for h, g in golds.items():
    (out / h / "gold.json").write_text(json.dumps(g, ensure_ascii=False, indent=1, sort_keys=True) + "\n")
n = sum(1 for j in jobs if j["tool"] != "copy")
print(f"{len(jobs)} documents, {n} PDF; without a text layer: {len(bad)} {bad[:5]}")
if bad:
    sys.exit(1)
