#!/usr/bin/env python3
"""check.py OUT: writes each half's gold as a stub report.json, scores it with eval.py and fails
unless every figure is perfect; also checks that gold and files agree."""
import json, os, re, subprocess, sys, tempfile
from pathlib import Path

EVAL = os.environ.get("EVAL", "/work/shared/tools/eval.py")
STUB = r'''#!/usr/bin/env python3
import json, sys
from pathlib import Path
a = sys.argv
corpus, out = Path(a[2]), Path(a[a.index("--out") + 1])
g = json.loads((corpus.parent / "gold.json").read_text(encoding="utf-8"))
munis = []
for code, m in sorted(g["municipalities"].items()):
    t = None
    if m["treatment_document"]:
        t = {"document": m["treatment_document"], "meeting_date": m["meeting_date"], "body": "council"}
    munis.append({"code": code, "name": m["name"], "outcome": m["outcome"], "action_plan": m["action_plan"],
                  "treatment": t, "review": ["stub"], "evidence": []})
docs = [{"path": p, "municipality_code": d["municipality_code"], "status": d["status"], "error": None,
         "pages": d["pages"], "meeting_date": d["meeting_date"], "body": d["body"],
         "items": [{"kind": "danmarkskort", "map_year": i["map_year"], "action_plan": i["action_plan"]} for i in d["dk_items"]]}
        for p, d in sorted(g["documents"].items())]
out.mkdir(parents=True, exist_ok=True)
(out / "report.json").write_text(json.dumps({"schema_version": 1, "map_year": g["map_year"], "municipalities": munis, "documents": docs}))
'''


def text_of(p):
    if p.suffix == ".pdf":
        return subprocess.run(["pdftotext", str(p), "-"], capture_output=True).stdout.decode("utf-8", "replace")
    b = p.read_bytes()
    return b.decode("utf-8") if p.suffix == ".html" else b.decode("cp1252")


def main(out):
    out = Path(out)
    tmp = Path(tempfile.mkdtemp(prefix="c17-check-"))
    stub = tmp / "tilsyn-stub"
    stub.write_text(STUB)
    stub.chmod(0o755)
    fail = []
    for half in ("dev", "holdout"):
        root = out / half
        g = json.loads((root / "gold.json").read_text(encoding="utf-8"))
        files = {str(p.relative_to(root / "corpus")) for p in (root / "corpus").rglob("*") if p.is_file()}
        if files != set(g["documents"]):
            fail.append(f"{half}: files and gold differ: {sorted(files ^ set(g['documents']))[:5]}")
        per = {}
        for p, d in g["documents"].items():
            per[d["municipality_code"]] = per.get(d["municipality_code"], 0) + 1
        if len(g["municipalities"]) != 49 or any(not 2 <= n <= 4 for n in per.values()) or set(per) != set(g["municipalities"]):
            fail.append(f"{half}: municipality/document counts wrong")
        for code, m in g["municipalities"].items():
            if m["treatment_document"]:
                t = text_of(root / "corpus" / m["treatment_document"]).lower()
                if "omgørelse" not in t and "danmarkskort" not in t:
                    fail.append(f"{half} {code}: treatment document does not name the map")
                if m["meeting_date"][:4] not in t:
                    fail.append(f"{half} {code}: treatment document lacks the meeting year")
        log = tmp / f"{half}.log"
        r = subprocess.run([sys.executable, EVAL, "--bin", str(stub), "--set", str(root), "--min-outcomes", "0",
                            "--log", str(log)], capture_output=True, text=True)
        lines = r.stdout.strip().splitlines()
        print(half, *lines, sep="\n  ")
        n = len(g["municipalities"])
        nd = len(g["documents"])
        aps = sum(1 for m in g["municipalities"].values() if m["action_plan"] is not None)
        tr = sum(1 for m in g["municipalities"].values() if m["treatment_document"])
        want1 = (f"docs status {nd}/{nd}, municipality {nd}/{nd}, body {nd}/{nd}, date {nd}/{nd}; "
                 f"dk items recall 1.000 precision 1.000; action_plan {aps}/{aps}; treatment {tr}/{tr};")
        want2 = f"outcomes {n}/98 right, false ok 0, wrong without a review note 0, action_plan {aps}/{aps}, dk recall 1.000 precision 1.000, docs status {nd}/{nd}"
        if r.returncode != 0 or len(lines) < 2 or not lines[0].startswith(want1) or not lines[1].startswith(want2):
            fail.append(f"{half}: eval figures not perfect (see {log})")
    if fail:
        sys.exit("check FAILED:\n" + "\n".join(fail))
    print("check ok")


if __name__ == "__main__":
    main(sys.argv[1])
