#!/usr/bin/env python3
"""Score check: a stub 'binary' that writes gold.json as report.json must score 100 % with eval.py.

    python3 check.py OUT            (OUT as given to build.sh)

Also checks that every treatment document exists and that every gold document is a file in corpus/."""
import json, os, re, stat, subprocess, sys, tempfile
from pathlib import Path

EVAL = "/work/shared/tools/eval.py"
STUB = r'''#!/usr/bin/env python3
import json, sys
from pathlib import Path
a = sys.argv
corpus = Path(a[a.index("scan") + 1]); out = Path(a[a.index("--out") + 1])
g = json.loads((corpus.parent / "gold.json").read_text())
ms = []
for code, m in sorted(g["municipalities"].items()):
    t = None
    if m["treatment_document"]:
        t = {"document": m["treatment_document"], "meeting_date": m["meeting_date"], "body": "council"}
    ms.append({"code": code, "name": m["name"], "outcome": m["outcome"], "action_plan": m["action_plan"],
               "treatment": t, "review": ["stub"], "evidence": []})
docs = [{"path": p, "municipality_code": d["municipality_code"], "status": d["status"], "error": None,
         "pages": d["pages"], "meeting_date": d["meeting_date"], "body": d["body"],
         "items": [{"kind": "danmarkskort", "map_year": i["map_year"], "action_plan": i["action_plan"]} for i in d["dk_items"]]}
        for p, d in g["documents"].items()]
out.mkdir(parents=True, exist_ok=True)
(out / "report.json").write_text(json.dumps({"schema_version": 1, "map_year": g["map_year"], "municipalities": ms, "documents": docs}))
'''


def main(out):
    out = Path(out)
    tmp = Path(tempfile.mkdtemp(prefix="c13check-"))
    stub = tmp / "stub"; stub.write_text(STUB); stub.chmod(0o755)
    bad = 0
    for half in ("dev", "holdout"):
        root = out / half
        g = json.loads((root / "gold.json").read_text())
        files = {str(p.relative_to(root / "corpus")) for p in (root / "corpus").rglob("*") if p.is_file()}
        if files != set(g["documents"]):
            print(f"{half}: files and gold differ: {sorted(files ^ set(g['documents']))[:5]}"); bad += 1
        for code, m in g["municipalities"].items():
            if m["treatment_document"] and m["treatment_document"] not in g["documents"]:
                print(f"{half}: {code} treatment document missing"); bad += 1
        log = tmp / f"{half}.log"
        p = subprocess.run([sys.executable, EVAL, "--bin", str(stub), "--set", str(root), "--min-outcomes", "0", "--log", str(log)],
                           capture_output=True, text=True)
        print(f"{half}: {p.stdout.strip()}")
        n = len(g["municipalities"])
        lines = log.read_text().splitlines()
        if any(l.startswith(("MUNI", "STATUS", "DOC", "ITEMS")) for l in lines):
            print("\n".join(l for l in lines if l.startswith(("MUNI", "STATUS", "DOC", "ITEMS")))); bad += 1
        last = lines[-1]
        fr = re.findall(r"(\d+)/(\d+)", last)
        if p.returncode != 0 or f"outcomes {n}/98 right" not in p.stdout or any(a != b for a, b in fr) \
                or "recall 1.000 precision 1.000" not in last:
            print(f"{half}: NOT 100 %"); bad += 1
    print("check:", "FAIL" if bad else "OK (stub scores 100 % on both halves)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "/tmp/c13"))
