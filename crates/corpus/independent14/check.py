#!/usr/bin/env python3
"""Score check: a stub tilsyn that echoes gold.json as report.json must score 100 % with eval.py.

    python3 check.py OUT [--eval /work/shared/tools/eval.py]"""
import json, re, subprocess, sys, tempfile
from pathlib import Path

out = Path(sys.argv[1]).resolve()
ev = sys.argv[sys.argv.index("--eval") + 1] if "--eval" in sys.argv else "/work/shared/tools/eval.py"
tmp = Path(tempfile.mkdtemp(prefix="corpus14-check-"))
stub = tmp / "tilsyn-stub"
stub.write_text('''#!/usr/bin/env python3
import json, sys
from pathlib import Path
a = sys.argv
inp = Path(a[a.index("scan") + 1]); o = Path(a[a.index("--out") + 1]); o.mkdir(parents=True, exist_ok=True)
g = json.loads((inp.parent / "gold.json").read_text())
ms = []
for code, m in sorted(g["municipalities"].items()):
    t = None
    if m["treatment_document"]:
        t = {"document": m["treatment_document"], "meeting_date": m["meeting_date"], "body": "council"}
    ms.append({"code": code, "name": m["name"], "outcome": m["outcome"], "action_plan": m["action_plan"],
               "treatment": t, "review": ["stub"] if m["action_plan"] == "no_need" else [], "evidence": []})
docs = [{"path": p, "municipality_code": d["municipality_code"], "status": d["status"], "error": None,
         "pages": d["pages"], "meeting_date": d["meeting_date"], "body": d["body"],
         "items": [{"kind": "danmarkskort", "title": "", "map_year": i["map_year"], "action_plan": i["action_plan"]}
                   for i in d["dk_items"]]} for p, d in g["documents"].items()]
(o / "report.json").write_text(json.dumps({"schema_version": 1, "map_year": g["map_year"], "municipalities": ms,
                                           "documents": docs, "summary": {}}))
''')
stub.chmod(0o755)
bad = 0
for half in ("dev", "holdout"):
    s = out / half
    gold = json.loads((s / "gold.json").read_text())
    n = len(gold["municipalities"])
    for code, m in gold["municipalities"].items():
        if m["treatment_document"]:
            assert (s / "corpus" / m["treatment_document"]).exists(), (half, code)
    for p in gold["documents"]:
        assert (s / "corpus" / p).exists(), (half, p)
    r = subprocess.run([sys.executable, ev, "--bin", str(stub), "--set", str(s), "--min-outcomes", "0",
                        "--log", str(tmp / f"{half}.log")], capture_output=True, text=True)
    txt = r.stdout
    print(f"[{half}]", txt.strip().replace("\n", "\n        "))
    want = [rf"outcomes {n}/98 right", r"false ok 0", r"wrong without a review note 0",
            r"dk recall 1\.000 precision 1\.000", rf"docs status {len(gold['documents'])}/{len(gold['documents'])}"]
    m = re.search(r"action_plan (\d+)/(\d+)", txt.splitlines()[-1] if txt else "")
    ok = r.returncode == 0 and all(re.search(w, txt) for w in want) and m and m.group(1) == m.group(2)
    m2 = re.search(r"municipality (\d+)/(\d+), body (\d+)/(\d+), date (\d+)/(\d+).*treatment (\d+)/(\d+)", txt)
    ok = ok and m2 and all(m2.group(i) == m2.group(i + 1) for i in (1, 3, 5, 7))
    if not ok:
        bad += 1
        print(f"[{half}] FAILED")
sys.exit(1 if bad else 0)
