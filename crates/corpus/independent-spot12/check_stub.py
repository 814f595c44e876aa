#!/usr/bin/env python3
"""Stub check: a report that flags exactly the gold items (passage = phrase) must score
100 % recall and 0 near misses in score.py.  check_stub.py OUT [SCORE_PY]"""
import json, os, subprocess, sys, tempfile
out = sys.argv[1]
score = sys.argv[2] if len(sys.argv) > 2 else "/work/main/crates/corpus/independent-spot/score.py"
ok = True
for half in ("dev", "holdout"):
    gold = json.load(open(os.path.join(out, half, "gold.json"), encoding="utf-8"))
    by_doc = {}
    for g in gold["items"]:
        if g["expect"] == "flag":
            by_doc.setdefault(g["document"], []).append(dict(rule=g["class"], page=g["page"], item=g["item_title"], passage=g["phrase"]))
    rep = dict(flags=[dict(document=d, flags=f) for d, f in sorted(by_doc.items())])
    fd, path = tempfile.mkstemp(suffix=".json")
    json.dump(rep, open(path, "w", encoding="utf-8"), ensure_ascii=False)
    p = subprocess.run([sys.executable, score, "--bin", "none", "--set", os.path.join(out, half), "--report", path,
                        "--period", gold["period"]], capture_output=True, text=True)
    os.remove(path)
    last = (p.stdout.strip().splitlines() or ["(no output)"])[-1]
    n = sum(len(f) for f in by_doc.values())
    want = "recall %d/%d, near misses flagged 0/%d, other flags 0" % (n, n, sum(1 for g in gold["items"] if g["expect"] == "quiet" and g["meeting_kind"] == "council"))
    print("%s: %s" % (half, last))
    if last != want:
        print(p.stdout + p.stderr)
        ok = False
sys.exit(0 if ok else 1)
