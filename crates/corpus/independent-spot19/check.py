#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Self-check of a built spot19 corpus: python3 check.py OUT  (exit 1 on any failure)"""
import json, os, re, subprocess, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SCORE = os.path.join(HERE, "..", "independent-spot", "score.py")
BAD = re.compile("[\ufffd\u3000-\u9fff\ue000-\uf8ff]|Ã.|Â|â€")


def squash(s):
    s = unicodedata.normalize("NFKC", s or "").lower()
    return "".join(ch for ch in s if ch.isalnum())


def main():
    out = os.path.abspath(sys.argv[1])
    fails = []
    for half in ("dev", "holdout"):
        hd = os.path.join(out, half)
        gold = json.load(open(os.path.join(hd, "gold.json"), encoding="utf-8"))
        idx = json.load(open(os.path.join(hd, "items.json"), encoding="utf-8"))
        docs = {d["document"]: d for d in idx["documents"]}
        # 1. every file's text: Danish letters, no mojibake
        for d in idx["documents"]:
            p = os.path.join(hd, "corpus", d["document"])
            if d["pdf"]:
                t = subprocess.run(["pdftotext", "-enc", "UTF-8", p, "-"], stdout=subprocess.PIPE, check=True).stdout.decode("utf-8")
            else:
                t = "".join(it["text"] for it in d["items"])
            if not re.search("[æøåÆØÅ]", t):
                fails.append("no Danish letters: %s" % d["document"])
            m = BAD.search(t)
            if m:
                fails.append("mojibake %r in %s" % (m.group(0), d["document"]))
        # 2. every gold phrase in its item, page within the item
        for g in gold["items"]:
            d = docs[g["document"]]
            its = [it for it in d["items"] if it["gold"] == g["id"]]
            if len(its) != 1:
                fails.append("gold %s: item not indexed" % g["id"]); continue
            it = its[0]
            if squash(g["phrase"]) not in squash(it["text"]):
                fails.append("gold %s: phrase not in item text" % g["id"])
            if not (it["pages"][0] <= g["page"] <= it["pages"][1]):
                fails.append("gold %s: page outside item" % g["id"])
            if g["expect"] == "flag":
                for o in d["items"]:
                    if o is not it and squash(g["phrase"]) in squash(o["text"]):
                        fails.append("gold %s: phrase also in another item of the document" % g["id"])
        # 3. stub report through score.py
        flags = {}
        for g in gold["items"]:
            if g["expect"] == "flag":
                flags.setdefault(g["document"], []).append(dict(rule=g["class"], page=g["page"], item=g["item_title"], passage=g["phrase"]))
        rep = dict(flags=[dict(document=k, flags=v) for k, v in sorted(flags.items())])
        rp = os.path.join(out, "src", half, "stub-report.json")
        json.dump(rep, open(rp, "w", encoding="utf-8"), ensure_ascii=False)
        r = subprocess.run([sys.executable, SCORE, "--bin", "unused", "--set", hd, "--period", "2026H2", "--report", rp],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        last = (r.stdout.strip().splitlines() or [""])[-1]
        nf = sum(1 for g in gold["items"] if g["expect"] == "flag")
        nq = sum(1 for g in gold["items"] if g["expect"] == "quiet" and g["meeting_kind"] == "council")
        want = "recall %d/%d, near misses flagged 0/%d, other flags 0" % (nf, nf, nq)
        print("%s: %s" % (half, last))
        if r.returncode != 0 or last != want:
            fails.append("%s: score.py said %r, expected %r\n%s" % (half, last, want, r.stdout + r.stderr))
        nd = [l for l in r.stdout.splitlines() if l.startswith("not-drawn")]
        if not nd or not nd[0].rstrip().endswith(": 0/%d" % sum(1 for g in gold["items"] if g["meeting_kind"] != "council")):
            fails.append("%s: not-drawn line %r" % (half, nd))
    if fails:
        print("SELF-CHECK FAILED:\n" + "\n".join(fails))
        sys.exit(1)
    print("self-check ok")


if __name__ == "__main__":
    main()
