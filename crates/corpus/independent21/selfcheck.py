#!/usr/bin/env python3
"""Self-check: for each half, a stub tilsyn echoes gold.json as report.json; eval.py must score it perfectly.
Also checks that every treatment document exists and every gold document is a file. Usage: selfcheck.py OUT"""
import json, os, re, subprocess, sys, tempfile
from pathlib import Path

out = Path(sys.argv[1]).resolve()
EVAL = "/work/shared/tools/eval.py"
STUB = r'''#!/usr/bin/env python3
import json, sys
from pathlib import Path
a = sys.argv
corpus = Path(a[2]); o = Path(a[a.index("--out") + 1]); o.mkdir(parents=True, exist_ok=True)
g = json.loads((corpus.parent / "gold.json").read_text())
ms = [{"code": c, "name": m["name"], "outcome": m["outcome"], "action_plan": m["action_plan"],
       "treatment": None if not m["treatment_document"] else {"document": m["treatment_document"],
                    "meeting_date": m["meeting_date"], "body": "council"},
       "review": [], "evidence": []} for c, m in g["municipalities"].items()]
ds = [{"path": p, "municipality_code": d["municipality_code"], "status": d["status"], "error": None,
       "pages": d["pages"], "meeting_date": d["meeting_date"], "body": d["body"],
       "items": [{"kind": "danmarkskort", "map_year": i["map_year"], "action_plan": i["action_plan"]} for i in d["dk_items"]]}
      for p, d in g["documents"].items()]
(o / "report.json").write_text(json.dumps({"schema_version": 1, "map_year": g["map_year"], "municipalities": ms,
                                           "documents": ds}, ensure_ascii=False))
'''
fail = False
with tempfile.TemporaryDirectory() as td:
    stub = Path(td) / "stub-tilsyn"
    stub.write_text(STUB); stub.chmod(0o755)
    for h in ("dev", "holdout"):
        s = out / h
        gold = json.loads((s / "gold.json").read_text())
        files = sorted(str(p.relative_to(s / "corpus")) for p in (s / "corpus").rglob("*") if p.is_file())
        assert files == sorted(gold["documents"]), f"{h}: files and gold documents differ"
        assert len(gold["municipalities"]) == 49
        for c, m in gold["municipalities"].items():
            if m["treatment_document"]:
                assert m["treatment_document"] in gold["documents"], (c, m)
        log = Path(td) / f"{h}.log"
        p = subprocess.run([sys.executable, EVAL, "--bin", str(stub), "--set", str(s), "--min-outcomes", "0",
                            "--log", str(log)], capture_output=True, text=True)
        print(h, p.stdout.strip().replace("\n", " | "))
        lines = log.read_text().splitlines()
        bad = [l for l in lines if l.startswith(("MUNI", "STATUS", "DOC", "ITEMS"))]
        last = p.stdout
        n = len(gold["documents"])
        ok = (p.returncode == 0 and not bad and "outcomes 49/98 right" in last and "false ok 0" in last
              and "dk recall 1.000 precision 1.000" in last and f"docs status {n}/{n}" in last
              and re.search(r"action_plan (\d+)/\1", last)
              and re.search(rf"municipality {n}/{n}, body {n}/{n}, date {n}/{n}", last)
              and re.search(r"treatment (\d+)/\1", last))
        if not ok:
            fail = True
            print("\n".join(bad[:20]))
print("SELF-CHECK", "FAILED" if fail else "PASSED")
sys.exit(1 if fail else 0)
