#!/usr/bin/env python3
"""Self-check: gold consistency, and eval.py scoring a stub that echoes gold as report.json must be perfect."""
import json, os, stat, subprocess, sys, tempfile, collections
from pathlib import Path
import gen

out = Path(sys.argv[1])
counts = {}
for half in ("dev", "holdout"):
    root = out / half
    gold = json.loads((root / "gold.json").read_text())
    assert len(gold["municipalities"]) == 49
    for p, g in gold["documents"].items():
        assert (root / "corpus" / p).is_file(), p
        assert g["pages"] and g["pages"] >= 1
    # recompute each outcome from the labelled items
    by = collections.defaultdict(list)
    for p, g in gold["documents"].items():
        for it in g["dk_items"]:
            d = gen.dt.date.fromisoformat(g["meeting_date"]) if g["meeting_date"] else None
            assert d is not None, p
            by[g["municipality_code"]].append((d, g["body"], it["map_year"], it["action_plan"], p))
    for code, mg in gold["municipalities"].items():
        o, ap, t = gen.decide(by[code])
        assert (o, ap) == (mg["outcome"], mg["action_plan"]), code
        assert (t[4] if t else None) == mg["treatment_document"], code
        n = sum(1 for g in gold["documents"].values() if g["municipality_code"] == code)
        assert 2 <= n <= 5, (code, n)
    counts[half] = collections.Counter(m["plan"] for m in gold["municipalities"].values())
    # stub report + eval.py
    rep = {"schema_version": 1, "tool_version": "stub", "map_year": gold["map_year"], "municipalities": [], "documents": []}
    for code, mg in gold["municipalities"].items():
        rep["municipalities"].append({"code": code, "name": mg["name"], "outcome": mg["outcome"], "action_plan": mg["action_plan"],
                                      "treatment": {"document": mg["treatment_document"], "meeting_date": mg["meeting_date"], "body": "council"} if mg["treatment_document"] else None,
                                      "review": ["stub"], "evidence": []})
    for p, g in gold["documents"].items():
        rep["documents"].append({"path": p, "municipality_code": g["municipality_code"], "status": g["status"], "error": None, "pages": g["pages"],
                                 "meeting_date": g["meeting_date"], "body": g["body"],
                                 "items": [{"kind": "danmarkskort", "map_year": i["map_year"], "action_plan": i["action_plan"]} for i in g["dk_items"]]})
    tmp = Path(tempfile.mkdtemp(prefix="dk22-stub-"))
    (tmp / "report.json").write_text(json.dumps(rep, ensure_ascii=False))
    stub = tmp / "stub.sh"
    stub.write_text(f"#!/bin/sh\n# stub tilsyn: copies the prepared report into --out\nwhile [ $# -gt 0 ]; do [ \"$1\" = --out ] && o=\"$2\"; shift; done\ncp '{tmp}/report.json' \"$o/report.json\"\n")
    stub.chmod(0o755)
    log = tmp / "eval.log"
    p = subprocess.run([sys.executable, "/work/shared/tools/eval.py", "--bin", str(stub), "--set", str(root), "--min-outcomes", "0", "--log", str(log)],
                       capture_output=True, text=True)
    print(half, p.stdout.strip().replace("\n", " | "))
    last = p.stdout.strip().splitlines()
    nd = len(gold["documents"]); na = sum(1 for m in gold["municipalities"].values() if m["action_plan"] is not None)
    nt = sum(1 for m in gold["municipalities"].values() if m["treatment_document"])
    assert p.returncode == 0
    assert f"outcomes 49/98 right, false ok 0, wrong without a review note 0, action_plan {na}/{na}, dk recall 1.000 precision 1.000, docs status {nd}/{nd}" in last[-1], last
    assert f"municipality {nd}/{nd}, body {nd}/{nd}, date {nd}/{nd}" in last[0] and f"treatment {nt}/{nt}" in last[0], last[0]
    assert not any(l.startswith(("MUNI", "DOC", "ITEMS", "STATUS")) for l in log.read_text().splitlines())
assert counts["dev"] == counts["holdout"], counts
print("selfcheck ok:", dict(counts["dev"]))
