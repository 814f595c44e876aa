#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""After rendering: find each item's page span and each planted phrase's page with pdftotext,
then write OUT/{dev,holdout}/{gold.json,items.json} and OUT/manifest.json.

  index.py OUT"""
import collections, json, os, subprocess, sys, unicodedata


def squash(s):
    s = unicodedata.normalize("NFKC", s or "").lower()
    return "".join(ch for ch in s if ch.isalnum())


def pages_of(pdf):
    t = subprocess.run(["pdftotext", "-q", pdf, "-"], capture_output=True, text=True).stdout
    pg = t.split("\f")
    if pg and not pg[-1].strip():
        pg = pg[:-1]
    return [squash(p) for p in pg]


WHY = {"committee": "committee meeting: not a council meeting, must not be drawn",
       "out_of_period": "council meeting outside 2024H1, must not be drawn"}


def main():
    out = sys.argv[1]
    pre = json.load(open(os.path.join(out, "pre.json"), encoding="utf-8"))
    halves = {"dev": dict(documents=[], gold=[]), "holdout": dict(documents=[], gold=[])}
    errors = []
    for d in pre["docs"]:
        path = os.path.join(out, d["half"], "corpus", d["document"])
        if not os.path.exists(path):
            errors.append("missing " + path)
            continue
        if d["pdf"]:
            pages = pages_of(path)
            offs, pos = [], 0
            for p in pages:
                offs.append(pos)
                pos += len(p)
            full = "".join(pages)

            def page_at(x):
                k = 0
                while k + 1 < len(offs) and offs[k + 1] <= x:
                    k += 1
                return k

            heads, cur = [], 0
            for it in d["items"]:
                head = squash(it["text"].split("\n")[0])[:60]
                x = full.find(head, cur)
                if x < 0:
                    errors.append("%s: item %s not found" % (d["document"], it["number"]))
                    x = cur
                heads.append(x)
                cur = x + len(head)
            for i, it in enumerate(d["items"]):
                s0 = page_at(heads[i])
                if i + 1 < len(heads):
                    nx = heads[i + 1]
                    e0 = page_at(nx)
                    region = full[offs[e0]:nx]
                    if e0 > s0 and squash(it["text"])[-16:] not in region and len(region) < 200:
                        e0 -= 1   # only page furniture before the next item
                else:
                    e0 = len(pages) - 1
                it["pages"] = [s0 + 1, e0 + 1]
                if it["phrase"]:
                    ph = squash(it["phrase"])
                    end = heads[i + 1] if i + 1 < len(heads) else len(full)
                    x = full.find(ph, heads[i], end)
                    p = page_at(x) if x >= 0 else None
                    if p is None:   # split by a page break and its furniture
                        for k in range(s0, e0):
                            if any(ph[:j] in pages[k] and ph[j:] in pages[k + 1] for j in range(6, len(ph) - 5)):
                                p = k
                                break
                    if p is None:
                        errors.append("%s: phrase of item %s not found: %s" % (d["document"], it["number"], it["phrase"]))
                        p = s0
                    it["page"] = p + 1
        else:
            for it in d["items"]:
                it["pages"] = [1, 1]
                it["page"] = 1
        items = []
        for it in d["items"]:
            items.append(dict(number=it["number"], title=it["title"], text=it["text"], pages=it["pages"], gold=it["gold"]))
            if it["gold"]:
                g = dict(id=it["gold"], document=d["document"], page=it.get("page", it["pages"][0]), pages=it["pages"],
                         item_number=it["number"], item_title=it["title"], **{"class": it["cls"]},
                         expect=it["expect"], phrase=it["phrase"], variant=it["variant"],
                         municipality=d["municipality"], meeting_date=d["meeting_date"], body=d["body"],
                         meeting_kind=d["kind"], layout=d["layout"])
                if d["kind"] != "council":
                    g["why_quiet"] = WHY[d["kind"]]
                halves[d["half"]]["gold"].append(g)
        halves[d["half"]]["documents"].append(dict(document=d["document"], kind=d["kind"], pdf=d["pdf"],
                                                   municipality=d["municipality"], meeting_date=d["meeting_date"],
                                                   body=d["body"], body_name=d["body_name"], layout=d["layout"],
                                                   items=items))
    if errors:
        sys.stderr.write("\n".join(errors) + "\n")
        sys.exit("index: %d errors" % len(errors))
    man = dict(seed=pre["seed"], period="2024H1", layouts=pre["half_of"], halves={})
    for h, v in halves.items():
        v["gold"].sort(key=lambda g: g["id"])
        lay = sorted(l for l, hh in pre["half_of"].items() if hh == h)
        json.dump(dict(seed=pre["seed"], half=h, period="2024H1", layouts=lay, items=v["gold"]),
                  open(os.path.join(out, h, "gold.json"), "w", encoding="utf-8"), indent=1, ensure_ascii=False)
        json.dump(dict(seed=pre["seed"], half=h, documents=v["documents"]),
                  open(os.path.join(out, h, "items.json"), "w", encoding="utf-8"), indent=1, ensure_ascii=False)
        cnt = collections.OrderedDict()
        for g in v["gold"]:
            key = g["class"]
            c = cnt.setdefault(key, dict(flag=0, quiet=0, not_drawn=0))
            c["flag" if g["expect"] == "flag" else ("quiet" if g["meeting_kind"] == "council" else "not_drawn")] += 1
        kinds = collections.Counter(d["kind"] for d in v["documents"])
        man["halves"][h] = dict(layouts=lay, municipalities=sorted({(m["code"], m["name"]) for m in pre["municipalities"] if m["half"] == h}),
                                documents=dict(kinds), items=sum(len(d["items"]) for d in v["documents"]),
                                to_read=sum(c["flag"] for c in cnt.values()),
                                near_misses=sum(c["quiet"] for c in cnt.values()),
                                planted_not_drawn=sum(c["not_drawn"] for c in cnt.values()), per_class=cnt)
        print("index: %s: %d documents, %d items to read, %d near misses, %d planted in meetings not to draw" % (
            h, len(v["documents"]), man["halves"][h]["to_read"], man["halves"][h]["near_misses"], man["halves"][h]["planted_not_drawn"]))
    json.dump(man, open(os.path.join(out, "manifest.json"), "w", encoding="utf-8"), indent=1, ensure_ascii=False)


if __name__ == "__main__":
    main()
