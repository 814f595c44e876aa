#!/usr/bin/env python3
"""Self-check: every gold phrase is in its item's text (and in the extracted PDF page text), and a
stub report flagging exactly the items to read scores full recall and 0 false flags with score.py."""
import json, os, subprocess, sys, unicodedata

SCORE = "/work/main/crates/corpus/independent-spot/score.py"


def squash(s):
    s = unicodedata.normalize("NFKC", s or "").lower()
    return "".join(ch for ch in s if ch.isalnum())


out = sys.argv[1] if len(sys.argv) > 1 else "/tmp/ss16"
bad = 0
for half in ("dev", "holdout"):
    d = os.path.join(out, half)
    gold = json.load(open(os.path.join(d, "gold.json"), encoding="utf-8"))
    idx = json.load(open(os.path.join(d, "items.json"), encoding="utf-8"))
    items = {it["gold"]: (doc, it) for doc in idx["documents"] for it in doc["items"] if it["gold"]}
    byd = {}
    for g in gold["items"]:
        doc, it = items[g["id"]]
        if squash(g["phrase"]) not in squash(it["text"]):
            print("phrase not in item text:", g["id"], g["phrase"]); bad += 1
        if doc["pdf"]:
            t = subprocess.run(["pdftotext", "-enc", "UTF-8", os.path.join(d, "corpus", doc["document"]), "-"],
                               capture_output=True).stdout.decode("utf-8")
            if squash(g["phrase"]) not in squash(t):
                print("phrase not in extracted PDF text:", g["id"], doc["document"], g["phrase"]); bad += 1
        if g["expect"] == "flag":
            byd.setdefault(g["document"], []).append(dict(rule="stub." + g["class"], page=g["page"],
                                                          item=g["item_title"], passage=it["text"][:400]))
    rep = dict(flags=[dict(document=k, flags=v) for k, v in byd.items()])
    rp = os.path.join(out, "src", "stub-report-%s.json" % half)
    json.dump(rep, open(rp, "w", encoding="utf-8"), ensure_ascii=False)
    p = subprocess.run([sys.executable, SCORE, "--bin", "/bin/false", "--set", d, "--report", rp, "--period", "2025H1"],
                       capture_output=True, text=True)
    last = p.stdout.strip().splitlines()[-1] if p.stdout.strip() else p.stderr
    print(half, last)
    nflag = sum(1 for g in gold["items"] if g["expect"] == "flag")
    if last != "recall %d/%d, near misses flagged 0/%d, other flags 0" % (
            nflag, nflag, sum(1 for g in gold["items"] if g["expect"] == "quiet" and g["meeting_kind"] == "council")):
        print(p.stdout, p.stderr); bad += 1
sys.exit(1 if bad else 0)
