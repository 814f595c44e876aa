#!/usr/bin/env python3
"""Check that a stub report flagging exactly the gold items (expect=flag) scores full recall and
no false flags with score.py. Usage: stubcheck.py OUT [SCORE_PY]"""
import json, os, re, subprocess, sys

out = sys.argv[1]
score = sys.argv[2] if len(sys.argv) > 2 else "/work/main/crates/corpus/independent-spot/score.py"
ok = True
for half in ("dev", "holdout"):
    gold = json.load(open(os.path.join(out, half, "gold.json"), encoding="utf-8"))
    by = {}
    for g in gold["items"]:
        if g["expect"] == "flag":
            by.setdefault(g["document"], []).append(dict(rule=g["class"], page=g["page"], item=g["item_title"], passage=g["phrase"]))
    rep = dict(flags=[dict(document=d, flags=f) for d, f in sorted(by.items())])
    rp = os.path.join(out, half, "stub-report.json")
    json.dump(rep, open(rp, "w", encoding="utf-8"), ensure_ascii=False)
    p = subprocess.run([sys.executable, score, "--bin", "/bin/false", "--set", os.path.join(out, half), "--report", rp,
                        "--period", gold["period"]], capture_output=True, text=True)
    last = (p.stdout.strip().splitlines() or [""])[-1]
    n = sum(len(f) for f in by.values())
    want = "recall %d/%d, near misses flagged 0/" % (n, n)
    print(half, last)
    if p.returncode != 0 or not last.startswith(want) or not last.endswith("other flags 0"):
        ok = False
        sys.stderr.write(p.stdout + p.stderr)
    os.remove(rp)
sys.exit(0 if ok else 1)
