#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Self-check of a built independent-spot17 corpus. Exit 1 on any failure.

  check.py OUT
Checks: every PDF extracts with pdftotext, holds Danish letters and no mojibake; every HTML
decodes in its declared charset; every gold phrase occurs in its item's text; a stub report
flagging exactly the gold items to read scores full recall, 0 near misses and 0 other flags
with score.py (--report)."""
import json, os, re, subprocess, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SCORE = os.path.join(HERE, "..", "independent-spot", "score.py")
MOJI = ("Ã", "Â", "\ufffd", "Ã¦", "Ã¸", "Ã¥")


def squash(s):
    s = unicodedata.normalize("NFKC", s or "").lower()
    return "".join(ch for ch in s if ch.isalnum())


def main():
    out = sys.argv[1]
    fails = []
    for half in ("dev", "holdout"):
        hd = os.path.join(out, half)
        gold = json.load(open(os.path.join(hd, "gold.json"), encoding="utf-8"))
        idx = json.load(open(os.path.join(hd, "items.json"), encoding="utf-8"))
        docs = {d["document"]: d for d in idx["documents"]}
        for rel, d in docs.items():
            p = os.path.join(hd, "corpus", rel)
            if d["pdf"]:
                t = subprocess.run(["pdftotext", "-enc", "UTF-8", p, "-"], capture_output=True, text=True).stdout
            else:
                raw = open(p, "rb").read()
                m = re.search(rb'charset="?([-\w]+)', raw)
                t = raw.decode(m.group(1).decode())
            if not re.search("[æøåÆØÅ]", t):
                fails.append("%s: no Danish letters" % rel)
            if any(x in t for x in MOJI):
                fails.append("%s: mojibake" % rel)
        n_flag = 0
        flags = {}
        for g in gold["items"]:
            d = docs.get(g["document"])
            it = [i for i in d["items"] if i["gold"] == g["id"]] if d else []
            if len(it) != 1:
                fails.append("%s: item not in items.json" % g["id"])
                continue
            if squash(g["phrase"]) not in squash(it[0]["text"]):
                fails.append("%s: phrase not in item text: %s" % (g["id"], g["phrase"]))
            if len(squash(g["phrase"])) < 12:
                fails.append("%s: phrase too short to attribute" % g["id"])
            if g["expect"] == "flag":
                n_flag += 1
                flags.setdefault(g["document"], []).append({"rule": g["class"], "page": g["page"],
                                                             "item": g["item_title"], "passage": g["phrase"]})
        rep = {"flags": [{"document": k, "flags": v} for k, v in sorted(flags.items())]}
        rp = os.path.join(out, "src", "stub-report-%s.json" % half)
        json.dump(rep, open(rp, "w", encoding="utf-8"), ensure_ascii=False)
        r = subprocess.run([sys.executable, SCORE, "--bin", "none", "--set", hd, "--report", rp, "--period", gold["period"]],
                           capture_output=True, text=True)
        last = (r.stdout.strip().splitlines() or [""])[-1]
        m = re.match(r"recall (\d+)/(\d+), near misses flagged (\d+)/(\d+), other flags (\d+)", last)
        print("%s: %s" % (half, last))
        if r.returncode or not m or m.group(1) != m.group(2) or int(m.group(2)) != n_flag or m.group(3) != "0" or m.group(5) != "0":
            fails.append("%s: stub report does not score full recall / 0 near misses: %s %s" % (half, last, r.stderr[-500:]))
    for f in fails:
        print("FAIL", f)
    if fails:
        sys.exit(1)
    print("self-check ok")


if __name__ == "__main__":
    main()
