#!/usr/bin/env python3
"""finalize.py OUT: page counts into the gold, gold.json per half, checks that every PDF has a
text layer, removes the build folder."""
import json, re, shutil, subprocess, sys
from pathlib import Path

out = Path(sys.argv[1]); b = out / "_build"
bad = []
for half in ("dev", "holdout"):
    g = json.loads((b / f"gold-{half}.json").read_text(encoding="utf-8"))
    for rel, d in g["documents"].items():
        f = out / half / "corpus" / rel
        if not f.exists():
            raise SystemExit(f"missing {f}")
        if f.suffix == ".pdf":
            info = subprocess.run(["pdfinfo", str(f)], capture_output=True, text=True).stdout
            d["pages"] = int(re.search(r"Pages:\s+(\d+)", info).group(1))
            txt = subprocess.run(["pdftotext", "-layout", str(f), "-"], capture_output=True, text=True).stdout
            if len(txt.strip()) < 80 or "20" not in txt:
                bad.append(rel)
        else:
            d["pages"] = 1
    (out / half / "gold.json").write_text(json.dumps(g, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")
if bad:
    raise SystemExit(f"PDFs without a usable text layer: {bad[:10]}")
shutil.rmtree(b)
print("gold written; every PDF has a text layer")
