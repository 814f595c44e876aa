#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""After rendering: put the PDFs into the corpus, find page spans with pdftotext, write
OUT/{dev,holdout}/{gold.json,items.json} and OUT/manifest.json.  Fails loudly on a PDF
without text or on an item or planted phrase that cannot be found in it.

  index.py OUT
"""
import bisect, collections, json, os, shutil, subprocess, sys, unicodedata


def squash(s):
    s = unicodedata.normalize("NFKC", s or "").lower()
    return "".join(ch for ch in s if ch.isalnum())


def pdf_pages(path):
    p = subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], capture_output=True)
    if p.returncode != 0:
        sys.exit("index: pdftotext failed on %s: %s" % (path, p.stderr.decode(errors="replace")))
    pages = p.stdout.decode("utf-8", "replace").split("\f")
    if pages and not pages[-1].strip():
        pages = pages[:-1]
    return pages


def find(S, needle, start, end=None):
    """Find needle (squashed) in S from start; try shorter pieces when a page break splits it."""
    if not needle:
        return -1
    end = len(S) if end is None else end
    i = S.find(needle, start, end)
    if i >= 0:
        return i
    for n in (40, 24, 16):
        if len(needle) > n:
            for off in range(0, len(needle) - n + 1, max(1, n // 2)):
                j = S.find(needle[off:off + n], start, end)
                if j >= 0:
                    return max(start, j - off)
    return -1


def main():
    out = sys.argv[1]
    meta = json.load(open(os.path.join(out, "meta.json"), encoding="utf-8"))
    halves = {"dev": {"docs": [], "gold": []}, "holdout": {"docs": [], "gold": []}}
    for d in meta["documents"]:
        half = d["half"]
        dst = os.path.join(out, half, "corpus", d["document"])
        items = d["items"]
        if d["pdf"]:
            stem = os.path.basename(d["src"])
            src = (os.path.join(out, "src", "odtpdf", stem + ".pdf") if d["layout"].startswith(("L3", "L4"))
                   else os.path.join(out, d["src"] + ".pdf"))
            if not os.path.exists(src):
                sys.exit("index: missing rendered PDF %s for %s" % (src, d["document"]))
            os.makedirs(os.path.dirname(dst), exist_ok=True)
            shutil.copyfile(src, dst)
            pages = pdf_pages(dst)
            sq = [squash(p) for p in pages]
            if sum(len(s) for s in sq) < 300 or any(len(s) < 20 for s in sq):
                sys.exit("index: PDF without text (or an empty page): %s" % dst)
            starts, S = [], ""
            for s in sq:
                starts.append(len(S))
                S += s
            page_of = lambda off: bisect.bisect_right(starts, off)
            cur = 0
            offs = []
            for it in items:
                key = squash(it["_sagsnr"])
                o = find(S, key, cur)
                if o < 0:
                    o = find(S, squash(it["title"]), cur)
                if o < 0:
                    sys.exit("index: item %s %r not found in %s" % (it["number"], it["title"], dst))
                # the title stands just before the case number
                t = S.rfind(squash(it["title"])[:30], cur, o + 1)
                offs.append(t if t >= 0 and o - t < 400 else o)
                cur = o + len(key)
            for k, it in enumerate(items):
                a = offs[k]
                b = offs[k + 1] - 1 if k + 1 < len(items) else len(S) - 1
                if k + 1 == len(items):
                    tail = squash(it["text"])[-30:]
                    e = find(S, tail, a)
                    b = e + len(tail) - 1 if e >= 0 else b
                it["pages"] = [page_of(a), max(page_of(a), page_of(b))]
                if it["_gold"]:
                    ph = find(S, squash(it["_gold"]["phrase"]), a, b + 60)
                    if ph < 0:
                        sys.exit("index: phrase %r not found in %s" % (it["_gold"]["phrase"], dst))
                    it["_gold"]["page"] = page_of(ph)
        else:
            if not os.path.exists(dst):
                sys.exit("index: missing %s" % dst)
            for it in items:
                it["pages"] = [1, 1]
                if it["_gold"]:
                    it["_gold"]["page"] = 1
        for it in items:
            if it["_gold"]:
                g = it["_gold"]
                g["pages"] = it["pages"]
                order = ["id", "document", "page", "pages", "item_number", "item_title", "class", "expect", "phrase",
                         "variant", "municipality", "meeting_date", "body", "meeting_kind", "layout", "why_quiet", "law"]
                halves[half]["gold"].append({k: g[k] for k in order if k in g})
        halves[half]["docs"].append(dict(
            document=d["document"], kind=d["kind"], pdf=d["pdf"], municipality=d["municipality"],
            meeting_date=d["meeting_date"], body=d["body"], body_name=d["body_name"], layout=d["layout"],
            items=[dict(number=it["number"], title=it["title"], text=it["text"], pages=it["pages"], gold=it["gold"])
                   for it in items]))
    manifest = dict(seed=meta["seed"], period=meta["period"],
                    layouts={lay: h for h, lays in meta["half_layouts"].items() for lay in lays}, halves={})
    for half, v in halves.items():
        v["gold"].sort(key=lambda g: g["id"])
        json.dump(dict(seed=meta["seed"], half=half, period=meta["period"], layouts=meta["half_layouts"][half],
                       items=v["gold"]), open(os.path.join(out, half, "gold.json"), "w", encoding="utf-8"),
                  ensure_ascii=False, indent=1)
        json.dump(dict(documents=v["docs"]), open(os.path.join(out, half, "items.json"), "w", encoding="utf-8"),
                  ensure_ascii=False, indent=1)
        per = collections.OrderedDict()
        for g in v["gold"]:
            c = per.setdefault(g["class"], {"flag": 0, "quiet": 0, "not_drawn": 0})
            if g["meeting_kind"] != "council":
                c["not_drawn"] += 1
            else:
                c[g["expect"]] += 1
        manifest["halves"][half] = dict(
            layouts=meta["half_layouts"][half],
            municipalities=sorted({d["municipality"] for d in v["docs"]}),
            documents=dict(collections.Counter(d["kind"] for d in v["docs"])),
            items=sum(len(d["items"]) for d in v["docs"]),
            classes=per)
        print("index: %s: %d documents, %d items, %d planted (%d to read, %d near misses, %d not drawn)" % (
            half, len(v["docs"]), manifest["halves"][half]["items"], len(v["gold"]),
            sum(c["flag"] for c in per.values()), sum(c["quiet"] for c in per.values()),
            sum(c["not_drawn"] for c in per.values())))
    json.dump(manifest, open(os.path.join(out, "manifest.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
