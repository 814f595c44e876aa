#!/usr/bin/env python3
"""Page index: for each PDF item find its page span and the page of the gold phrase with
pdftotext; write OUT/{dev,holdout}/{gold.json,items.json} and OUT/manifest.json."""
import collections, json, os, subprocess, sys, unicodedata

out = sys.argv[1]
plan = json.load(open(os.path.join(out, "plan.json"), encoding="utf-8"))


def squash(s):
    s = unicodedata.normalize("NFKC", s or "").lower()
    return "".join(ch for ch in s if ch.isalnum())


def pages_of(pdf):
    t = subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, "-"], capture_output=True).stdout.decode("utf-8", "replace")
    pages = t.split("\f")
    if pages and not pages[-1].strip():
        pages = pages[:-1]
    return pages


bad = []
manifest = {"seed": plan["seed"], "period": "2024H1", "layout_half": plan["layout_half"], "halves": {}}
for half in ("dev", "holdout"):
    docs, gold = plan["docs"][half], plan["gold"][half]
    gmap = {g["id"]: g for g in gold}
    for d in docs:
        pdf = os.path.join(out, half, "corpus", d["document"])
        if not d["pdf"]:
            for it in d["items"]:
                if it.get("gold"):
                    gmap[it["gold"]]["page"] = 1
                    gmap[it["gold"]]["pages"] = [1, 1]
            continue
        pages = pages_of(pdf)
        sq = [squash(p) for p in pages]
        if sum(len(x) for x in sq) < 50:
            bad.append("no text layer: " + d["document"])
        allt, offs = "", []
        for i, p in enumerate(sq):
            offs.append(len(allt))
            allt += p

        def page_at(pos):
            pg = 1
            for i, o in enumerate(offs):
                if o <= pos:
                    pg = i + 1
            return pg
        pos, starts = 0, []
        for it in d["items"]:
            key = squash(it["_first"])[:40]
            k = allt.find(key, pos)
            if k < 0:
                k = allt.find(squash(it["title"])[:30], pos)
            if k < 0:
                bad.append("item not found: %s #%s" % (d["document"], it["number"]))
                k = pos
            starts.append(k)
            pos = k
        real = []
        for i, it in enumerate(d["items"]):
            tk = allt.rfind(squash(it["title"])[:25], 0, starts[i] + 1)
            real.append(tk if tk >= 0 and (i == 0 or tk >= starts[i - 1]) else starts[i])
        for i, it in enumerate(d["items"]):
            tk = real[i]
            a = page_at(real[i])
            b = page_at(real[i + 1] - 1) if i + 1 < len(d["items"]) else len(pages)
            b = max(a, b)
            it["pages"] = [a, b]
            if it.get("gold"):
                g = gmap[it["gold"]]
                k = allt.find(squash(g["phrase"]), real[i])
                if k < 0:
                    bad.append("phrase not found: %s %s" % (g["id"], g["phrase"]))
                    g["page"] = a
                else:
                    g["page"] = page_at(k)
                g["pages"] = [a, b]
    for d in docs:
        for it in d["items"]:
            it.pop("_phrase", None)
            it.pop("_first", None)
    layouts = sorted(l for l, h in plan["layout_half"].items() if h == half)
    json.dump({"seed": plan["seed"], "half": half, "period": "2024H1", "layouts": layouts, "items": gold},
              open(os.path.join(out, half, "gold.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    json.dump({"documents": docs}, open(os.path.join(out, half, "items.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    per = collections.OrderedDict()
    for g in gold:
        c = per.setdefault(g["class"], {"flag": 0, "quiet": 0, "not_drawn": 0})
        c["not_drawn" if g["meeting_kind"] != "council" else g["expect"]] += 1
    manifest["halves"][half] = {"layouts": layouts, "municipalities": plan["municipalities"][half],
                                "documents": dict(collections.Counter(d["kind"] for d in docs)),
                                "items": sum(len(d["items"]) for d in docs), "classes": per}
json.dump(manifest, open(os.path.join(out, "manifest.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
for b in bad:
    print("WARNING", b)
print("indexed; %d warnings" % len(bad))
