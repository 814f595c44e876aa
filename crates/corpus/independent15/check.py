#!/usr/bin/env python3
"""independent15: proves each half's gold is self-consistent with eval.py's format.
A stub "binary" echoes gold.json as report.json; eval.py must score it perfectly."""
import json, os, re, subprocess, sys, tempfile
from pathlib import Path

OUT = Path(sys.argv[1]).resolve()
EVAL = os.environ.get("EVAL", "/work/shared/tools/eval.py")
STUB = r'''#!/usr/bin/env python3
import json, sys
from pathlib import Path
a = sys.argv; corpus = Path(a[2]); out = Path(a[a.index("--out") + 1]); out.mkdir(parents=True, exist_ok=True)
g = json.loads((corpus.parent / "gold.json").read_text())
ms = []
for c, m in sorted(g["municipalities"].items()):
    t = {"document": m["treatment_document"], "meeting_date": m["meeting_date"], "body": "council"} if m["treatment_document"] else None
    ms.append({"code": c, "name": m["name"], "outcome": m["outcome"], "action_plan": m["action_plan"], "treatment": t,
               "review": ["stub"], "evidence": []})
ds = [{"path": p, "municipality_code": d["municipality_code"], "status": d["status"], "error": None, "pages": d["pages"],
       "meeting_date": d["meeting_date"], "body": d["body"],
       "items": [{"kind": "danmarkskort", "map_year": i["map_year"], "action_plan": i["action_plan"]} for i in d["dk_items"]]}
      for p, d in g["documents"].items()]
(out / "report.json").write_text(json.dumps({"schema_version": 1, "map_year": g["map_year"], "municipalities": ms, "documents": ds}))
'''
bad = False
with tempfile.TemporaryDirectory() as td:
    stub = Path(td) / "stub"; stub.write_text(STUB); stub.chmod(0o755)
    for half in ("dev", "holdout"):
        gold = json.loads((OUT / half / "gold.json").read_text())
        files = sorted(str(p.relative_to(OUT / half / "corpus")) for p in (OUT / half / "corpus").rglob("*") if p.is_file())
        if files != sorted(gold["documents"]):
            print(f"{half}: files and gold documents differ"); bad = True
        for c, m in gold["municipalities"].items():
            if m["treatment_document"] and m["treatment_document"] not in gold["documents"]:
                print(f"{half}: {c} treatment document missing"); bad = True
        log = Path(td) / f"{half}.log"
        p = subprocess.run([sys.executable, EVAL, "--bin", str(stub), "--set", str(OUT / half), "--min-outcomes", "0",
                            "--log", str(log)], capture_output=True, text=True)
        print(f"{half}: {p.stdout.strip()}")
        n = len(gold["municipalities"]); nd = len(gold["documents"])
        s = p.stdout
        want = [f"docs status {nd}/{nd}", f"municipality {nd}/{nd}", f"body {nd}/{nd}", f"date {nd}/{nd}",
                "recall 1.000 precision 1.000", f"outcomes {n}/98 right, false ok 0, wrong without a review note 0"]
        nap = sum(1 for m in gold["municipalities"].values() if m["action_plan"] is not None)
        ntr = sum(1 for m in gold["municipalities"].values() if m["treatment_document"])
        want += [f"action_plan {nap}/{nap}", f"treatment {ntr}/{ntr}"]
        for w in want:
            if w not in s:
                print(f"{half}: NOT PERFECT: missing '{w}'"); bad = True
        if p.returncode != 0:
            print(f"{half}: eval exit {p.returncode}"); bad = True
sys.exit(1 if bad else 0)
