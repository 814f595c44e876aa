#!/usr/bin/env python3
"""check.py OUT: for each half, a stub 'binary' echoes gold.json as report.json; eval.py must score
every figure perfect. Also checks that every gold document exists and every treatment document is
one of the half's documents."""
import json, os, re, subprocess, sys, tempfile
from pathlib import Path

OUT = Path(sys.argv[1])
EVAL = os.environ.get("EVAL", "/work/shared/tools/eval.py")
STUB = r'''#!/usr/bin/env python3
import json, sys
from pathlib import Path
a = sys.argv
corpus = Path(a[2]); out = Path(a[a.index("--out") + 1]); out.mkdir(parents=True, exist_ok=True)
g = json.loads((corpus.parent / "gold.json").read_text())
ms = []
for code, m in sorted(g["municipalities"].items()):
    t = None
    if m["treatment_document"]:
        t = {"document": m["treatment_document"], "meeting_date": m["meeting_date"], "body": "council",
             "item_title": "", "page": 1}
    ms.append({"code": code, "name": m["name"], "outcome": m["outcome"], "action_plan": m["action_plan"],
               "treatment": t, "review": ["stub"] if m["action_plan"] == "no_need" else [], "evidence": []})
docs = [{"path": p, "municipality_code": d["municipality_code"], "status": d["status"], "error": None,
         "pages": d["pages"], "meeting_date": d["meeting_date"], "body": d["body"],
         "items": [{"kind": "danmarkskort", "title": "", "map_year": i["map_year"], "action_plan": i["action_plan"],
                    "page": 1, "evidence": []} for i in d["dk_items"]]} for p, d in sorted(g["documents"].items())]
(out / "report.json").write_text(json.dumps({"schema_version": 1, "tool_version": "stub", "map_year": g["map_year"],
                                             "municipalities": ms, "documents": docs, "summary": {}}))
'''
bad = 0
tmp = Path(tempfile.mkdtemp(prefix="i16check-"))
stub = tmp / "stub.py"; stub.write_text(STUB); stub.chmod(0o755)
for half in ("dev", "holdout"):
    g = json.loads((OUT / half / "gold.json").read_text())
    assert len(g["municipalities"]) == 49, half
    for p in g["documents"]:
        if not (OUT / half / "corpus" / p).is_file():
            print("missing", half, p); bad += 1
    files = {str(f.relative_to(OUT / half / "corpus")) for f in (OUT / half / "corpus").rglob("*") if f.is_file()}
    if files != set(g["documents"]):
        print("corpus files differ from gold documents", half, files ^ set(g["documents"])); bad += 1
    for c, m in g["municipalities"].items():
        td = m["treatment_document"]
        if (td is None) != (m["outcome"] in ("committee_only", "not_found")):
            print("treatment mismatch", half, c); bad += 1
        if td and g["documents"][td]["meeting_date"] != m["meeting_date"]:
            print("treatment date mismatch", half, c); bad += 1
    n = len(g["municipalities"]); nd = len(g["documents"])
    log = tmp / f"{half}.log"
    r = subprocess.run([sys.executable, EVAL, "--bin", str(stub), "--set", str(OUT / half), "--min-outcomes", "0",
                        "--log", str(log)], capture_output=True, text=True)
    print(half, r.stdout.strip().replace("\n", " | "))
    s = r.stdout
    want = [f"outcomes {n}/98 right", "false ok 0", "wrong without a review note 0",
            f"docs status {nd}/{nd}", "recall 1.000 precision 1.000"]
    ap = sum(m["action_plan"] is not None for m in g["municipalities"].values())
    tr = sum(bool(m["treatment_document"]) for m in g["municipalities"].values())
    want += [f"action_plan {ap}/{ap}"]
    logt = log.read_text()
    want_log = [f"municipality {nd}/{nd}", f"body {nd}/{nd}", f"date {nd}/{nd}", f"treatment {tr}/{tr}"]
    for w in want:
        if w not in s:
            print("  NOT PERFECT:", w); bad += 1
    for w in want_log:
        if w not in logt:
            print("  NOT PERFECT (log):", w); bad += 1
    if r.returncode != 0:
        print("  eval exit", r.returncode); bad += 1
sys.exit(1 if bad else 0)
