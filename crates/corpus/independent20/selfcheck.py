#!/usr/bin/env python3
"""Self-check: a stub 'tilsyn' that echoes each half's gold.json as report.json, scored by eval.py.

    python3 selfcheck.py OUT
Also asserts that every treatment document exists and names the reversal rates."""
import json, os, stat, subprocess, sys, re
from pathlib import Path

out = Path(sys.argv[1])
stub = out / "_home" / "stub-tilsyn"
stub.write_text('''#!/usr/bin/env python3
import json, sys
from pathlib import Path
a = sys.argv
corpus = Path(a[2]); o = Path(a[a.index("--out") + 1]); o.mkdir(parents=True, exist_ok=True)
g = json.loads((corpus.parent / "gold.json").read_text())
munis = [dict(code=c, name=m["name"], outcome=m["outcome"], action_plan=m["action_plan"], review=[],
              treatment=(dict(document=m["treatment_document"], meeting_date=m["meeting_date"], body="council")
                         if m["treatment_document"] else None)) for c, m in sorted(g["municipalities"].items())]
docs = [dict(path=p, municipality_code=d["municipality_code"], status=d["status"], pages=d["pages"],
             meeting_date=d["meeting_date"], body=d["body"],
             items=[dict(kind="danmarkskort", map_year=i["map_year"], action_plan=i["action_plan"]) for i in d["dk_items"]])
        for p, d in g["documents"].items()]
(o / "report.json").write_text(json.dumps(dict(schema_version=1, map_year=g["map_year"], municipalities=munis, documents=docs)))
''')
stub.chmod(stub.stat().st_mode | stat.S_IEXEC)
ok = True
for h in ("dev", "holdout"):
    g = json.loads((out / h / "gold.json").read_text())
    assert len(g["municipalities"]) == 49
    for c, m in g["municipalities"].items():
        td = m["treatment_document"]
        if td:
            f = out / h / "corpus" / td
            assert f.exists(), td
            assert g["documents"][td]["body"] == "council"
            assert g["documents"][td]["meeting_date"] == m["meeting_date"]
    log = out / "_home" / f"eval_{h}.log"
    p = subprocess.run([sys.executable, "/work/shared/tools/eval.py", "--bin", str(stub), "--set", str(out / h),
                        "--min-outcomes", "0", "--log", str(log)], capture_output=True, text=True)
    print(h, p.stdout.strip().replace("\n", " | "))
    lines = p.stdout.strip().splitlines()
    n = len(g["documents"])
    want = f"docs status {n}/{n}"
    good = (p.returncode == 0 and "outcomes 49/98 right, false ok 0" in lines[-1] and want in lines[-1]
            and "recall 1.000 precision 1.000" in lines[-1] and f"municipality {n}/{n}, body {n}/{n}, date {n}/{n}" in lines[0])
    ap_total = sum(1 for m in g["municipalities"].values() if m["action_plan"] is not None)
    good = good and f"action_plan {ap_total}/{ap_total}" in lines[-1]
    tr = sum(1 for m in g["municipalities"].values() if m["treatment_document"])
    good = good and f"treatment {tr}/{tr}" in lines[0]
    ok = ok and good
    print(h, "PERFECT" if good else "NOT PERFECT")
sys.exit(0 if ok else 1)
