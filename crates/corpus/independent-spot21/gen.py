#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Independent spot-check corpus 21 (2026H2): plan meetings, render 8 layouts, extract text,
write gold.json / items.json / manifest.json per half and self-check.  Usage: gen.py OUT"""
import datetime as dt, time, html, json, os, random, re, shutil, subprocess, sys, textwrap, unicodedata, zipfile
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import texts_dev, ordinary_dev, texts_holdout  # noqa: E402
from render import LAYOUTS, render_doc, html_text  # noqa: E402

SEED = 2026021
PERIOD = "2026H2"
MIN_FLAG = {c: 2 for c in texts_dev.ITEMS}
for c in ("fee_without_basis", "complaint_guidance", "real_estate_sale", "inhabil_member",
          "retroactive_reduction", "unlawful_delegation"):
    MIN_FLAG[c] = 4


def squash(s):
    s = unicodedata.normalize("NFKC", s or "").lower()
    return "".join(ch for ch in s if ch.isalnum())


def weekday_dates(y, m, wd):
    out, d = [], dt.date(y, m, 1)
    while d.month == m:
        if d.weekday() == wd:
            out.append(d)
        d += dt.timedelta(days=1)
    return out


def plan_half(rng, half, munis, layouts, pool):
    items, ordinary, not_drawn = pool
    body = "Byrådet" if half == "dev" else "Kommunalbestyrelsen"
    prefix = "byraad" if half == "dev" else "kb"
    docs = []
    for i, (code, name) in enumerate(munis):
        lay = layouts[i % len(layouts)]
        wd = rng.choice([1, 2, 3])
        months = sorted(rng.sample([8, 9, 10, 11, 12], 3))
        cds = [rng.choice([x for x in weekday_dates(2026, m, wd)[1:4] if x.day <= 18] or weekday_dates(2026, m, wd)[:2]) for m in months]
        ou = cds[rng.randrange(3)] - dt.timedelta(days=7)
        if rng.random() < 0.5:
            oop = rng.choice(weekday_dates(2026, 6, wd)[1:4])
        else:
            oop = rng.choice(weekday_dates(2027, 1, wd)[1:4])
        meet = [(d, "council", body, prefix) for d in cds] + [(ou, "committee", "Økonomiudvalget", "oeu"),
                                                               (oop, "out_of_period", body, prefix)]
        meet.sort()
        for d, kind, b, pf in meet:
            docs.append(dict(muni=name, code=code, layout=lay, date=d, kind=kind, body=b, prefix=pf,
                             council_body=body, items=[], all_meetings=[(m[0], m[2]) for m in meet]))
    council = [d for d in docs if d["kind"] == "council"]
    gold_list = [(c, s) for c in items for s in items[c]]
    rng.shuffle(gold_list)
    for c, s in gold_list:
        cands = [d for d in council if c not in {it["cls"] for it in d["items"]}]
        lo = min(len(d["items"]) for d in cands)
        d = rng.choice([d for d in cands if len(d["items"]) == lo])
        d["items"].append(dict(cls=c, sc=s))
    comm = [d for d in docs if d["kind"] == "committee"]
    oop = [d for d in docs if d["kind"] == "out_of_period"]
    rng.shuffle(comm); rng.shuffle(oop)
    for s in not_drawn:
        d = comm.pop() if s["dec"].startswith("Anbefales") else oop.pop()
        d["items"].append(dict(cls=s["v"].rsplit("_not_drawn", 1)[0], sc=s))
    for d in docs:
        k = rng.randint(3, 5)
        ords = [dict(cls=None, sc=s) for s in rng.sample(ordinary[1:], k)]
        body_items = ords + d["items"]
        rng.shuffle(body_items)
        body_items.sort(key=lambda it: 1 if it["sc"].get("closed") else 0)
        if rng.random() < 0.6:
            body_items.insert(0, dict(cls=None, sc=ordinary[0]))
        d["items"] = body_items
    return docs


def number_items(rng, docs):
    run = {}
    for d in docs:
        key = d["muni"]
        if key not in run:
            run[key] = rng.randint(140, 460)
        for i, it in enumerate(d["items"]):
            if d["layout"] in ("D2", "H3"):
                it["number"] = run[key]; run[key] += 1
            else:
                it["number"] = i + 1
            it["caseno"] = caseno(rng, d["layout"], d["date"].year)


def caseno(rng, lay, y):
    r = rng.randint
    return {"D1": "%02d.%02d.%02d-A00-%d-%02d" % (r(0, 88), r(0, 20), r(0, 10), r(1, 99), y % 100),
            "D2": "%d-%d-%d" % (r(300, 399), y, r(1000, 99999)),
            "D3": "%02d.%02d.%02d-G01-%d-%02d" % (r(0, 88), r(0, 20), r(0, 10), r(1, 400), y % 100),
            "D4": "S%d-%05d" % (y, r(1, 30000)),
            "H1": "EMN-%d-%06d" % (y, r(1, 20000)),
            "H2": "%d" % r(100000, 999999),
            "H3": "Dok. %d-%d-%d" % (r(300, 399), y, r(10000, 999999)),
            "H4": "%02d.%02d.%02d-P20-%d-%02d" % (r(0, 88), r(0, 20), r(0, 10), r(1, 99), y % 100)}[lay]


def in_period(d):
    return dt.date(2026, 7, 1) <= d <= dt.date(2026, 12, 31)


def fail(msgs):
    for m in msgs:
        print("SELF-CHECK FAIL:", m)
    sys.exit(1)


def find_headings(text, heads, start=0):
    pos = []
    for h in heads:
        toks = [re.escape(t) for t in h.split()]
        toks = [t.replace("fi", "(?:fi|\ufb01)").replace("fl", "(?:fl|\ufb02)") for t in toks]
        m = re.compile(r"\s+".join(toks)).search(text, start)
        if not m:
            return pos, h
        pos.append(m.start())
        start = m.end()
    return pos, None


def page_of_phrase(item_text, phrase, first_page):
    sq, where = [], []
    for i, ch in enumerate(item_text):
        for c in squash(ch):
            sq.append(c); where.append(i)
    k = "".join(sq).find(squash(phrase))
    if k < 0:
        return None
    return first_page + item_text.count("\f", 0, where[k])


def main():
    out = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "out"))
    for sub in ("dev", "holdout", "src"):
        shutil.rmtree(os.path.join(out, sub), ignore_errors=True)
    os.makedirs(os.path.join(out, "src"), exist_ok=True)
    rng = random.Random(SEED)
    munis = []
    for line in open(os.environ.get("KOMMUNER_CSV", "/work/shared/data/kommuner.csv"), encoding="utf-8").read().splitlines()[1:]:
        code, name, region = line.split(",")
        if name != "København":
            munis.append((code, name))
    pick = rng.sample(munis, 24)
    halves = {"dev": (pick[:12], ["D1", "D2", "D3", "D4"], (texts_dev.ITEMS, ordinary_dev.ORDINARY, texts_dev.NOT_DRAWN)),
              "holdout": (pick[12:], ["H1", "H2", "H3", "H4"], (texts_holdout.ITEMS, texts_holdout.ORDINARY, texts_holdout.NOT_DRAWN))}
    manifest = dict(seed=SEED, period=PERIOD, layouts={k: v for k, v in LAYOUTS.items()}, halves={})
    errors = []
    for half, (ms, lays, pool) in halves.items():
        docs = plan_half(rng, half, ms, lays, pool)
        number_items(rng, docs)
        hdir = os.path.join(out, half)
        os.makedirs(os.path.join(hdir, "corpus"), exist_ok=True)
        # render (each layout's producer runs one document at a time)
        rendered = []
        for lay in lays:
            batch = [d for d in docs if d["layout"] == lay]
            t0 = time.time()
            rendered += render_doc(lay, batch, hdir, os.path.join(out, "src", half), out, half)
            print("%s %s: %d meetings in %.1f s" % (half, lay, len(batch), time.time() - t0), flush=True)
        gold, idx_docs = [], []
        gid = 0
        for d, files in rendered:
            for f in files:  # f: dict(document, pdf, text, heads, items)
                text = f["text"]
                if f["pdf"]:
                    if not re.search("[æøåÆØÅ]", text):
                        errors.append("%s: no Danish letters in pdftotext output" % f["document"])
                    if re.search("[ÃÂ\ufffd]", text):
                        errors.append("%s: mojibake in pdftotext output" % f["document"])
                pos, miss = find_headings(text, f["heads"], f.get("start", 0))
                if miss:
                    errors.append("%s: title not found in order: %r" % (f["document"], miss))
                    continue
                items_out = []
                for j, it in enumerate(f["items"]):
                    a = pos[j]
                    b = pos[j + 1] if j + 1 < len(pos) else len(text)
                    t = text[a:b]
                    p1 = text.count("\f", 0, a) + 1
                    p2 = p1 + t.rstrip("\f\n ").count("\f")
                    gref = None
                    sc = it["sc"]
                    if it["cls"]:
                        gid += 1
                        gref = "%s-%03d" % (half, gid)
                        pg = page_of_phrase(t, sc["p"], p1)
                        if pg is None:
                            errors.append("%s #%s: phrase not in item: %r" % (f["document"], it["number"], sc["p"]))
                        for k2, it2 in enumerate(f["items"]):
                            if k2 != j:
                                a2 = pos[k2]; b2 = pos[k2 + 1] if k2 + 1 < len(pos) else len(text)
                                if squash(sc["p"]) in squash(text[a2:b2]):
                                    errors.append("%s: phrase %r also in item %s" % (f["document"], sc["p"], it2["number"]))
                        g = dict(id=gref, document=f["document"], page=pg or p1, pages=[p1, p2],
                                 item_number=str(it["number"]), item_title=it["title"], **{"class": it["cls"]},
                                 expect=sc["x"], phrase=sc["p"], variant=sc["v"], municipality=d["muni"],
                                 meeting_date=d["date"].isoformat(), body=d["body"], meeting_kind=d["kind"],
                                 layout=d["layout"], law=sc["law"])
                        if sc["x"] == "quiet":
                            g["why_quiet"] = sc["why"]
                        gold.append(g)
                    items_out.append(dict(number=str(it["number"]), title=it["title"], text=t, pages=[p1, p2], gold=gref))
                idx_docs.append(dict(document=f["document"], kind=d["kind"], pdf=f["pdf"], municipality=d["muni"],
                                     meeting_date=d["date"].isoformat(), body="council" if d["kind"] != "committee" else "committee",
                                     body_name=d["body"], layout=d["layout"], items=items_out))
        # gold consistency
        ids = [g["id"] for g in gold]
        if len(ids) != len(set(ids)):
            errors.append("%s: duplicate gold ids" % half)
        per = {}
        for g in gold:
            r = per.setdefault(g["class"], dict(flag=0, quiet=0, not_drawn=0))
            if g["meeting_kind"] != "council":
                if g["expect"] == "flag":
                    errors.append("%s: flag outside a council meeting" % g["id"])
                r["not_drawn"] += 1
                if not g["variant"].endswith("_not_drawn"):
                    errors.append("%s: not-drawn variant name" % g["id"])
            else:
                if not in_period(dt.date.fromisoformat(g["meeting_date"])):
                    errors.append("%s: council gold outside period" % g["id"])
                r[g["expect"]] += 1
                if g["expect"] == "quiet" and not g["variant"].endswith("_near_miss"):
                    errors.append("%s: near-miss variant name" % g["id"])
            if g["expect"] == "quiet" and not g.get("why_quiet"):
                errors.append("%s: quiet without why_quiet" % g["id"])
        for c, n in MIN_FLAG.items():
            r = per.get(c, dict(flag=0, quiet=0))
            if r["flag"] < n or r["quiet"] < n:
                errors.append("%s %s: %d flags / %d near misses, need %d" % (half, c, r["flag"], r["quiet"], n))
        seen = {}
        for g in gold:
            k = (g["document"], g["class"])
            if k in seen:
                errors.append("%s: two gold items of class %s" % (g["document"], g["class"]))
            seen[k] = 1
        json.dump(dict(seed=SEED, half=half, period=PERIOD, layouts={k: LAYOUTS[k] for k in lays}, items=gold),
                  open(os.path.join(hdir, "gold.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
        json.dump(dict(documents=idx_docs), open(os.path.join(hdir, "items.json"), "w", encoding="utf-8"),
                  ensure_ascii=False, indent=1)
        kinds = {}
        for x in idx_docs:
            kinds[x["kind"]] = kinds.get(x["kind"], 0) + 1
        manifest["halves"][half] = dict(municipalities=[m[1] for m in ms],
                                        layout_of={d["muni"]: d["layout"] for d in docs},
                                        documents=kinds, items=sum(len(x["items"]) for x in idx_docs),
                                        gold=len(gold), per_class=per)
        # stub report with exactly the gold flags
        stub = {}
        for g in gold:
            if g["expect"] == "flag":
                stub.setdefault(g["document"], []).append(dict(rule=g["class"], page=g["page"], item=g["item_title"], passage=g["phrase"]))
        rep = dict(flags=[dict(document=k, flags=v) for k, v in stub.items()])
        sp = os.path.join(out, "src", "%s-stub-report.json" % half)
        json.dump(rep, open(sp, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
        if not errors:
            score = os.path.join(HERE, "..", "independent-spot", "score.py")
            p = subprocess.run([sys.executable, score, "--bin", "none", "--set", hdir, "--report", sp, "--period", PERIOD],
                               capture_output=True, text=True)
            last = (p.stdout.strip().splitlines() or [""])[-1]
            nf = sum(1 for g in gold if g["expect"] == "flag")
            nq = sum(1 for g in gold if g["expect"] == "quiet" and g["meeting_kind"] == "council")
            want = "recall %d/%d, near misses flagged 0/%d, other flags 0" % (nf, nf, nq)
            print(half, "stub score:", last)
            if last != want:
                errors.append("%s stub score %r, want %r\n%s" % (half, last, want, p.stdout + p.stderr))
    json.dump(manifest, open(os.path.join(out, "manifest.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1, default=str)
    if errors:
        fail(errors)
    print("self-check passed")


if __name__ == "__main__":
    main()
