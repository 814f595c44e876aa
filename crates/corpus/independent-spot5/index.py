#!/usr/bin/env python3
"""After rendering: page spans from pdftotext, then OUT/{dev,holdout}/{gold,items}.json and
OUT/manifest.json. Fails if a PDF lacks a text layer or an item cannot be found in it."""
import bisect, collections, json, os, shutil, subprocess, sys, unicodedata

out = sys.argv[1]
draft = json.load(open(os.path.join(out, "_draft.json"), encoding="utf-8"))


def squash(s):
    s = unicodedata.normalize("NFKC", s or "").lower()
    return "".join(ch for ch in s if ch.isalnum())


def index_doc(path, d, gold_by_id, mode):
    problems = []
    txt = subprocess.run(["pdftotext", "-enc", "UTF-8"] + mode + [path, "-"], capture_output=True, text=True).stdout
    pages = txt.split("\f")
    if pages and not pages[-1].strip():
        pages = pages[:-1]
    empty = [i + 1 for i, p in enumerate(pages) if len(squash(p)) < 20]
    if not pages or empty:
        problems.append("%s: no text layer on pages %s" % (d["document"], empty or "all"))
    starts, buf = [], ""
    for p in pages:
        starts.append(len(buf))
        buf += squash(p)

    def page_of(pos):
        return bisect.bisect_right(starts, pos)

    pos = 0
    for it in d["items"]:
        lines = it["text"].split("\n")
        meta = squash(lines[1]) if len(lines) > 1 else squash(lines[0])
        i = buf.find(meta, pos)
        if i < 0:
            i = buf.find(squash(it["title"]), pos)
        if i < 0:
            problems.append("%s: item %d not found" % (d["document"], it["number"]))
            it["pages"] = [page_of(pos), page_of(pos)]
            continue
        sp = page_of(i)
        t = squash(it["title"])
        if t and buf.rfind(t[-12:], starts[sp - 1], i + 1) < 0 and sp > 1:
            sp -= 1
        last = squash(lines[-1])
        j = buf.find(last, i)
        ep = page_of(j + len(last) - 1) if j >= 0 else sp
        it["pages"] = [sp, max(sp, ep)]
        if it["gold"]:
            g = gold_by_id[it["gold"]]
            g["pages"] = it["pages"]
            ph = squash(g["phrase"])
            k = buf.find(ph, starts[sp - 1])
            if k < 0:  # split by a page footer: the phrase's first half fixes the page
                n = len(ph) - 1
                while k < 0 and n >= 10:
                    k = buf.find(ph[:n], starts[sp - 1], starts[ep - 1] + len(buf))
                    n -= 1
            g["page"] = page_of(k) if k >= 0 else sp
            if k < 0:
                problems.append("%s: phrase of %s not found" % (d["document"], g["id"]))
        pos = i + len(meta)
    return problems


problems = []
manifest = {"seed": draft["seed"], "period": "2024H1", "layout_half": draft["layout_half"], "halves": {}}
for half, h in draft["halves"].items():
    gold_by_id = {g["id"]: g for g in h["gold"]}
    for d in h["documents"]:
        if not d["pdf"]:
            continue
        path = os.path.join(out, half, "corpus", d["document"])
        best = None
        for mode in ([], ["-raw"]):
            probs = index_doc(path, d, gold_by_id, mode)
            if best is None or len(probs) < len(best[0]):
                best = (probs, mode)
            if not probs:
                break
        if best[1] != mode:
            index_doc(path, d, gold_by_id, best[1])
        problems.extend(best[0])
    os.makedirs(os.path.join(out, half), exist_ok=True)
    json.dump({"seed": draft["seed"], "half": half, "period": "2024H1", "layouts": h["layouts"], "items": h["gold"]},
              open(os.path.join(out, half, "gold.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    json.dump({"documents": h["documents"]}, open(os.path.join(out, half, "items.json"), "w", encoding="utf-8"),
              ensure_ascii=False, indent=1)
    per = collections.OrderedDict()
    for g in h["gold"]:
        c = per.setdefault(g["class"], {"flag": 0, "quiet": 0, "not_drawn": 0})
        if g["meeting_kind"] != "council":
            c["not_drawn"] += 1
        else:
            c[g["expect"]] += 1
    manifest["halves"][half] = {"layouts": h["layouts"], "municipalities": h["municipalities"],
                                "documents": dict(collections.Counter(d["kind"] for d in h["documents"])),
                                "items": sum(len(d["items"]) for d in h["documents"]), "classes": per}
json.dump(manifest, open(os.path.join(out, "manifest.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
for p in problems:
    print("PROBLEM", p)
if not problems:
    for x in ("_src", "_plan.json", "_draft.json"):
        q = os.path.join(out, x)
        shutil.rmtree(q) if os.path.isdir(q) else os.remove(q)
print("index: %d problems" % len(problems))
sys.exit(1 if problems else 0)
