#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""A stub report that flags exactly the gold items to read must score full recall, no near
misses flagged and no other flags with score.py.   check_stub.py OUT"""
import json, os, re, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SCORE = os.environ.get("SCORE_PY") or next(p for p in (os.path.join(HERE, "..", "independent-spot", "score.py"),
                                                       "/work/main/crates/corpus/independent-spot/score.py") if os.path.exists(p))


def main():
    out = sys.argv[1]
    ok = True
    for half in ("dev", "holdout"):
        hd = os.path.join(out, half)
        gold = json.load(open(os.path.join(hd, "gold.json"), encoding="utf-8"))
        idx = json.load(open(os.path.join(hd, "items.json"), encoding="utf-8"))
        text = {(d["document"], it["gold"]): it["text"] for d in idx["documents"] for it in d["items"] if it["gold"]}
        per_doc = {}
        nflag = nquiet = 0
        for g in gold["items"]:
            if g["expect"] != "flag":
                nquiet += g["meeting_kind"] == "council"
                continue
            nflag += 1
            t = text[(g["document"], g["id"])]
            i = t.find(g["phrase"])
            i = max(0, i - 60) if i >= 0 else 0
            per_doc.setdefault(g["document"], []).append(dict(rule=g["class"], page=g["page"], item=g["item_title"], passage=t[i:i + 160]))
        rep = dict(flags=[dict(document=d, flags=f) for d, f in sorted(per_doc.items())])
        fd, path = tempfile.mkstemp(suffix=".json")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(rep, fh, ensure_ascii=False)
        p = subprocess.run([sys.executable, SCORE, "--bin", "/bin/false", "--set", hd, "--report", path, "--period", gold["period"]],
                           capture_output=True, text=True)
        os.unlink(path)
        last = (p.stdout.strip().splitlines() or [""])[-1]
        want = "recall %d/%d, near misses flagged 0/%d, other flags 0" % (nflag, nflag, nquiet)
        print("%s: %s" % (half, last))
        if p.returncode != 0 or last != want:
            sys.stderr.write(p.stdout + p.stderr)
            print("  expected: %s" % want)
            ok = False
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
