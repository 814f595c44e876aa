#!/usr/bin/env python3
"""Self-check: gold of each half, echoed by stub_tilsyn.py, must score perfectly with eval.py."""
import json, re, subprocess, sys, collections
from pathlib import Path
HERE = Path(__file__).resolve().parent
OUT = Path(sys.argv[1]).resolve()
bad = []
for half in ("dev", "holdout"):
    g = json.loads((OUT / half / "gold.json").read_text())
    assert len(g["municipalities"]) == 49, half
    for rel, d in g["documents"].items():
        assert (OUT / half / "corpus" / rel).is_file(), rel
    for c, m in g["municipalities"].items():
        if m["treatment_document"]:
            assert m["treatment_document"] in g["documents"], c
    log = OUT / f"selfcheck-{half}.log"
    p = subprocess.run([sys.executable, "/work/shared/tools/eval.py", "--bin", str(HERE / "stub_tilsyn.py"), "--set", str(OUT / half),
                        "--min-outcomes", "0", "--log", str(log)], capture_output=True, text=True)
    print(half, p.stdout.strip().replace("\n", " | "))
    line = log.read_text().splitlines()[-1]
    for a, b in re.findall(r"(\d+)/(\d+)", line):
        if a != b: bad.append(f"{half}: {line}")
    if "recall 1.000 precision 1.000" not in line: bad.append(f"{half}: {line}")
    if "outcomes 49/98" not in p.stdout: bad.append(f"{half}: {p.stdout}")
    print(half, dict(collections.Counter(m["plan"] for m in g["municipalities"].values())))
if bad:
    sys.exit("self-check FAILED:\n" + "\n".join(bad))
print("self-check ok")
