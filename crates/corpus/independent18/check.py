#!/usr/bin/env python3
"""check.py OUT: scores each half's gold, echoed as a stub report.json, with eval.py; every figure must be perfect."""
import json, os, re, subprocess, sys, tempfile
from pathlib import Path

out = Path(sys.argv[1])
EVAL = Path("/work/shared/tools/eval.py")
stub = Path(tempfile.mkdtemp(prefix="c18stub-")) / "stub.py"
stub.write_text('''#!/usr/bin/env python3
import json, sys
from pathlib import Path
a = sys.argv
root = Path(a[2]).parent
o = Path(a[a.index("--out") + 1]); o.mkdir(parents=True, exist_ok=True)
g = json.loads((root / "gold.json").read_text())
ms = []
for c, m in sorted(g["municipalities"].items()):
    t = {"document": m["treatment_document"], "meeting_date": m["meeting_date"], "body": "council"} if m["treatment_document"] else None
    ms.append({"code": c, "name": m["name"], "outcome": m["outcome"], "action_plan": m["action_plan"], "treatment": t,
               "review": [], "evidence": []})
docs = [{"path": p, "municipality_code": d["municipality_code"], "status": d["status"], "error": None, "pages": d["pages"],
         "meeting_date": d["meeting_date"], "body": d["body"],
         "items": [{"kind": "danmarkskort", "map_year": i["map_year"], "action_plan": i["action_plan"]} for i in d["dk_items"]]}
        for p, d in g["documents"].items()]
(o / "report.json").write_text(json.dumps({"schema_version": 1, "map_year": g["map_year"], "municipalities": ms, "documents": docs}))
''')
stub.chmod(0o755)
bad = 0
for h in ("dev", "holdout"):
    g = json.loads((out / h / "gold.json").read_text())
    n, nd = len(g["municipalities"]), len(g["documents"])
    for p in g["documents"]:
        assert (out / h / "corpus" / p).is_file(), p
    for c, m in g["municipalities"].items():
        if m["treatment_document"]:
            assert m["treatment_document"] in g["documents"], c
    p = subprocess.run([sys.executable, str(EVAL), "--bin", str(stub), "--set", str(out / h), "--min-outcomes", "0",
                        "--log", str(stub.parent / f"{h}.log")], capture_output=True, text=True)
    txt = p.stdout
    print(h, txt.strip().replace("\n", " | "))
    ap = sum(1 for m in g["municipalities"].values() if m["action_plan"] is not None)
    tr = sum(1 for m in g["municipalities"].values() if m["treatment_document"])
    want = [f"outcomes {n}/98 right", "false ok 0", "wrong without a review note 0", f"action_plan {ap}/{ap}",
            "dk recall 1.000 precision 1.000", f"docs status {nd}/{nd}", f"municipality {nd}/{nd}", f"body {nd}/{nd}",
            f"date {nd}/{nd}", f"treatment {tr}/{tr}"]
    for w in want:
        if w not in txt:
            print(f"  NOT PERFECT: {w}"); bad += 1
sys.exit(1 if bad else 0)
