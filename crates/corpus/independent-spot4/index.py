#!/usr/bin/env python3
"""Page index and answer key: index.py OUT. Reads OUT/stage/plan.json, runs pdftotext on every PDF
(fails on a PDF without text), and writes OUT/{dev,holdout}/{gold.json,items.json} and OUT/manifest.json."""
import collections, json, os, subprocess, sys, unicodedata

out = sys.argv[1]
P = json.load(open(os.path.join(out, "stage", "plan.json"), encoding="utf-8"))


def squash(s):
    s = unicodedata.normalize("NFKC", s or "").lower()
    return "".join(ch for ch in s if ch.isalnum())


def pages_of(path):
    p = subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], capture_output=True)
    if p.returncode != 0:
        sys.exit("pdftotext failed on %s" % path)
    pages = p.stdout.decode("utf-8", "replace").split("\f")
    if pages and not pages[-1].strip():
        pages = pages[:-1]
    if sum(len(squash(x)) for x in pages) < 200:
        sys.exit("PDF without text: %s" % path)
    return [squash(x) for x in pages]


def find_page(pages, needle, lo, hi):
    for i in range(lo, hi + 1):
        if needle and needle in pages[i]:
            return i
    return None


halves = collections.OrderedDict((h, dict(gold=[], docs=[])) for h in ("dev", "holdout"))
problems = []
for d in P["documents"]:
    H = halves[d["half"]]
    items = d["items"]
    if d["pdf"]:
        pg = pages_of(d["path"])
        n = len(pg)
        starts, lo = [], 0
        for it in items:
            key = squash(it["title"])[:40]
            s = find_page(pg, key, lo, n - 1)
            if s is None:
                s = find_page(pg, squash(it["text"].split("\n")[-1])[:40], lo, n - 1)
            if s is None:
                s = lo
                problems.append("%s: title not found: %s" % (d["document"], it["title"]))
            starts.append(s)
            lo = s
        for i, it in enumerate(items):
            end = starts[i + 1] if i + 1 < len(items) else n - 1
            it["pages"] = [starts[i] + 1, max(starts[i], end) + 1]
    else:
        for it in items:
            it["pages"] = [1, 1]
    ditems = []
    for it in items:
        gid = None
        c = it.get("case")
        if c:
            gid = "%s-%03d" % (d["half"], len(H["gold"]) + 1)
            page = 1
            if d["pdf"]:
                ph = squash(c["phrase"])
                p0 = find_page(pg, ph, it["pages"][0] - 1, it["pages"][1] - 1)
                if p0 is None:
                    p0 = find_page(pg, ph, 0, len(pg) - 1)
                if p0 is None:
                    problems.append("%s: phrase not found: %s" % (d["document"], c["phrase"]))
                    page = it["pages"][0]
                else:
                    page = p0 + 1
            elif squash(c["phrase"]) not in squash(it["text"]):
                problems.append("%s: phrase not in item text: %s" % (d["document"], c["phrase"]))
            g = dict(id=gid, document=d["document"], page=page, pages=it["pages"], item_number=it["number"], item_title=it["title"],
                     **{"class": c["cls"]}, expect=c["expect"], phrase=c["phrase"], variant=c["variant"], municipality=d["municipality"],
                     meeting_date=d["meeting_date"], body=d["body"], meeting_kind=d["kind"], layout=d["layout"], law=c["law"])
            if c["not_drawn"]:
                g["why_quiet"] = "planted %s wording in a %s meeting, which spot-check must not draw for 2024H1" % (
                    c["planted_expect"], "committee" if d["kind"] == "committee" else "council meeting outside the period")
            H["gold"].append(g)
        ditems.append(dict(number=it["number"], title=it["title"], text=it["text"], pages=it["pages"], gold=gid))
    H["docs"].append(dict(document=d["document"], kind=d["kind"], pdf=d["pdf"], municipality=d["municipality"], meeting_date=d["meeting_date"],
                          body=d["body"], body_name=d["body_name"], layout=d["layout"], items=ditems))

if problems:
    sys.exit("index problems:\n" + "\n".join(problems))
man = dict(seed=P["seed"], period="2024H1", layout_half=P["half_of"], halves={})
for h, H in halves.items():
    lays = [l for l in P["layouts"] if P["half_of"][l] == h]
    json.dump(dict(seed=P["seed"], half=h, period="2024H1", layouts=lays, items=H["gold"]),
              open(os.path.join(out, h, "gold.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    json.dump(dict(documents=H["docs"]), open(os.path.join(out, h, "items.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    per = collections.OrderedDict()
    for g in H["gold"]:
        r = per.setdefault(g["class"], dict(flag=0, quiet=0, not_drawn=0))
        r["not_drawn" if g["meeting_kind"] != "council" else g["expect"]] += 1
    man["halves"][h] = dict(layouts=lays, municipalities=sorted({d["municipality"] for d in H["docs"]}),
                            documents=dict(collections.Counter(d["kind"] for d in H["docs"])),
                            items=sum(len(d["items"]) for d in H["docs"]), classes=per)
json.dump(man, open(os.path.join(out, "manifest.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
for h in halves:
    m = man["halves"][h]
    print("%s: %d documents %s, %d items, flag %d, quiet %d, not drawn %d" % (h, sum(m["documents"].values()), m["documents"], m["items"],
          sum(x["flag"] for x in m["classes"].values()), sum(x["quiet"] for x in m["classes"].values()), sum(x["not_drawn"] for x in m["classes"].values())))
