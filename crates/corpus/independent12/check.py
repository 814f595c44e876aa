"""End-to-end checks of a built independent12 corpus: files exist, a stub that echoes gold scores 100 %."""
import json, os, re, stat, subprocess, sys, tempfile
from pathlib import Path

out = Path(sys.argv[1])
STUB = '''#!/usr/bin/env python3
import json, sys
from pathlib import Path
a = sys.argv
corpus = Path(a[2]); o = Path(a[a.index("--out") + 1]); o.mkdir(parents=True, exist_ok=True)
g = json.loads((corpus.parent / "gold.json").read_text())
ms = []
for c, m in g["municipalities"].items():
    t = {"document": m["treatment_document"], "meeting_date": m["meeting_date"]} if m["treatment_document"] else None
    ms.append({"code": c, "outcome": m["outcome"], "action_plan": m["action_plan"], "treatment": t, "review": ["stub"]})
ds = [{"path": p, "status": d["status"], "municipality_code": d["municipality_code"], "body": d["body"],
       "meeting_date": d["meeting_date"], "items": [{"kind": "danmarkskort", **i} for i in d["dk_items"]]}
      for p, d in g["documents"].items()]
(o / "report.json").write_text(json.dumps({"schema_version": 1, "municipalities": ms, "documents": ds}))
'''
tmp = Path(tempfile.mkdtemp())
stub = tmp / "stub"
stub.write_text(STUB); stub.chmod(0o755)
fail = []
for half in ("dev", "holdout"):
    g = json.loads((out / half / "gold.json").read_text())
    assert len(g["municipalities"]) == 49
    corpus = out / half / "corpus"
    files = {str(p.relative_to(corpus)) for p in corpus.rglob("*") if p.is_file()}
    if files != set(g["documents"]):
        fail.append(f"{half}: files and gold documents differ: {sorted(files ^ set(g['documents']))[:5]}")
    per = {}
    for p, d in g["documents"].items():
        per.setdefault(d["municipality_code"], []).append(p)
    for c, m in g["municipalities"].items():
        n = len(per.get(c, []))
        if not 2 <= n <= 4:
            fail.append(f"{half} {c}: {n} documents")
        t = m["treatment_document"]
        if t:
            f = corpus / t
            txt = subprocess.run(["pdftotext", str(f), "-"], capture_output=True, text=True).stdout if t.endswith(".pdf") \
                else f.read_bytes().decode("cp1252" if t.endswith(".htm") else "utf-8")
            if not re.search(r"omgørelse|omgjort|omgør|danmarkskort", txt, re.I):
                fail.append(f"{half} {t}: no reversal wording")
            if m["meeting_date"][:4] not in txt and t.endswith(".pdf"):
                fail.append(f"{half} {t}: meeting year absent")
    log = tmp / f"{half}.log"
    p = subprocess.run([sys.executable, "/work/shared/tools/eval.py", "--bin", str(stub), "--set", str(out / half),
                        "--min-outcomes", "49", "--log", str(log)], capture_output=True, text=True)
    last = p.stdout.strip().splitlines()
    print(half, "stub:", last[-1] if last else p.stderr[-500:])
    s = p.stdout
    n_docs = len(g["documents"])
    if p.returncode != 0 or "outcomes 49/98" not in s or "recall 1.000 precision 1.000" not in s \
            or f"docs status {n_docs}/{n_docs}" not in s or f"body {n_docs}/{n_docs}" not in s:
        fail.append(f"{half}: stub does not score 100 %: {s}")
if fail:
    sys.exit("CHECK FAILED:\n" + "\n".join(fail))
print("checks ok")
