#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Build independent spot-check corpus 23 (2027H1).  gen.py OUT

Writes OUT/dev and OUT/holdout (corpus/<Kommune>/<files>, gold.json, items.json), OUT/manifest.json
and OUT/src (render sources, stub reports). Ends with a self-check; exit 1 when it fails."""
import csv, datetime, html, json, os, random, re, shutil, subprocess, sys, unicodedata, zipfile
import textwrap
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import texts  # noqa: E402
import render  # noqa: E402

SEED = 2027023
PERIOD = "2027H1"
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
WEEKDAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]

WEAK = ("fee_without_basis", "complaint_guidance", "retroactive_reduction", "personal_data", "unlawful_delegation")
CLASSES = ("fixed_limit", "presumption_of_refusal", "retroactive_reduction", "personal_data", "real_estate_sale",
           "company_benefit", "closed_without_ground", "missing_hearing", "budget_stop", "unlawful_delegation",
           "inhabil_member", "fee_without_basis", "complaint_guidance")

LAYOUTS = {
    "dev": ["odt_lo", "chromium_sidebar", "groff_protocol", "html_items_utf8"],
    "holdout": ["wkhtml_agenda", "weasy_decision_first", "enscript_gs", "html_cp1252"],
}


def squash(s):
    s = unicodedata.normalize("NFKC", s or "").lower()
    return "".join(ch for ch in s if ch.isalnum())


def squash_map(s):
    """squashed text and, per squashed char, its offset in s (NFKC per char)."""
    out, pos = [], []
    for i, ch in enumerate(s):
        for c in unicodedata.normalize("NFKC", ch).lower():
            if c.isalnum():
                out.append(c)
                pos.append(i)
    return "".join(out), pos


def long_date(d):
    return "%d. %s %d" % (d.day, MONTHS[d.month - 1], d.year)


def run(cmd, env, **kw):
    p = subprocess.run(["nice", "-n", "10"] + cmd, env=env, capture_output=True, text=True, **kw)
    if p.returncode != 0:
        sys.stderr.write("FAILED: %s\n%s%s\n" % (" ".join(cmd), p.stdout[-2000:], p.stderr[-2000:]))
        sys.exit(1)
    return p


# ---------------------------------------------------------------- meetings

def pick_dates(rng, n, lo, hi, avoid=()):
    days = [lo + datetime.timedelta(i) for i in range((hi - lo).days + 1)]
    days = [d for d in days if d.weekday() in (0, 1, 2, 3) and d not in avoid]
    while True:
        ch = sorted(rng.sample(days, n))
        if all((b - a).days >= 21 for a, b in zip(ch, ch[1:])):
            return ch


def build_meetings(rng, half, munis):
    meetings = []
    for k, (code, name, region) in enumerate(munis):
        layout = LAYOUTS[half][k % 4]
        council = "Borgerrepræsentationen" if name == "København" else ("Byrådet" if half == "dev" else "Kommunalbestyrelsen")
        cdates = pick_dates(rng, 3, datetime.date(2027, 1, 12), datetime.date(2027, 6, 24))
        odate = pick_dates(rng, 1, datetime.date(2027, 1, 5), datetime.date(2027, 6, 17), avoid=cdates)[0]
        if rng.random() < 0.5:
            xdate = pick_dates(rng, 1, datetime.date(2026, 11, 24), datetime.date(2026, 12, 17))[0]
        else:
            xdate = pick_dates(rng, 1, datetime.date(2027, 8, 17), datetime.date(2027, 9, 30))[0]
        for d in cdates:
            meetings.append(dict(muni=name, code=code, layout=layout, kind="council", body="council", body_name=council, date=d))
        meetings.append(dict(muni=name, code=code, layout=layout, kind="committee", body="economic_committee",
                             body_name="Økonomiudvalget", date=odate))
        meetings.append(dict(muni=name, code=code, layout=layout, kind="out_of_period", body="council", body_name=council, date=xdate))
    for m in meetings:
        m["time"] = rng.choice(["16.00", "16.30", "17.00", "17.00", "18.00", "19.00"]) if m["kind"] != "committee" else rng.choice(["08.00", "08.30", "15.00", "16.00"])
        m["place"] = rng.choice(texts.PLACES[half]).format(kommune=m["muni"])
        m["absent"] = rng.choice(texts.ABSENT[half])
        m["members"] = texts.members(rng, half)
    return meetings


def fill(s, ctx):
    return s.format_map(ctx) if s else s


def assign(rng, half, meetings):
    scen = texts.scenarios(half)
    council = [m for m in meetings if m["kind"] == "council"]
    other = [m for m in meetings if m["kind"] != "council"]
    for m in meetings:
        m["gold"] = []
    plants = [s for s in scen if s["variant"].endswith("_not_drawn")]
    main = [s for s in scen if not s["variant"].endswith("_not_drawn")]
    rng.shuffle(main)
    # place each scenario in the council meeting with the fewest gold items that has no item of its class
    order = list(range(len(council)))
    for s in main:
        rng.shuffle(order)
        best = min((i for i in order if s["cls"] not in [g["cls"] for g in council[i]["gold"]]),
                   key=lambda i: len(council[i]["gold"]))
        council[best]["gold"].append(s)
    for s in plants:
        want = s.get("where", "committee")
        cands = [m for m in other if m["kind"] == want and not m["gold"]]
        rng.choice(cands)["gold"].append(s)
    pool = texts.ordinary(half)
    for m in meetings:
        n_ord = rng.choice([3, 3, 4, 5]) if m["gold"] else rng.choice([4, 5])
        ords = rng.sample(pool, n_ord)
        its = [dict(o, cls=None) for o in ords] + [dict(g) for g in m["gold"]]
        rng.shuffle(its)
        opening = dict(texts.OPENING[half][0 if m["kind"] != "committee" else 1], cls=None)
        its = [opening] + its
        # a running number in some layouts
        start = 1 if m["layout"] not in ("groff_protocol", "enscript_gs") else rng.randint(12, 240)
        ctx = dict(B=m["body_name"], kommune=m["muni"], dato=long_date(m["date"]), aar=2027,
                   udv=long_date(m["date"] - datetime.timedelta(days=rng.choice([7, 8, 13, 14]))),
                   udv2=long_date(m["date"] - datetime.timedelta(days=rng.choice([20, 21, 27, 28]))),
                   mdato=m["date"].strftime("%d.%m.%Y"))
        vals = texts.slots(rng, half, m["muni"])
        ctx.update(vals)
        items = []
        for j, it in enumerate(its):
            items.append(dict(number=start + j, title=fill(it["title"], ctx), body=fill(it["body"], ctx),
                              phrase=fill(it.get("phrase"), ctx), scen=it if it.get("cls") else None,
                              sagsnr=texts.sagsnr(rng, m["layout"]), closed=it.get("closed")))
        m["items"] = items
        m["ctx"] = ctx


# ---------------------------------------------------------------- text extraction

class Strip(HTMLParser):
    BLOCK = {"p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section", "ul", "ol",
             "header", "footer", "nav", "aside", "dt", "dd", "article", "main", "td", "th"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "head"):
            self.skip += 1
        if tag in self.BLOCK:
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "head"):
            self.skip -= 1
        if tag in self.BLOCK:
            self.out.append("\n")

    def handle_data(self, d):
        if not self.skip:
            self.out.append(d)


def html_text(path, enc):
    raw = open(path, "rb").read().decode(enc)
    s = Strip()
    s.feed(raw)
    t = "".join(s.out)
    t = re.sub(r"[ \t\r]+", " ", t)
    t = re.sub(r"\n\s*\n+", "\n\n", t)
    return t.strip() + "\n"


def split_items(text, heads):
    """heads: rendered title lines. Returns [(start,end)] offsets, or raises."""
    sq, pos = squash_map(text)
    spans, at = [], 0
    for h in heads:
        hs = squash(h)
        i = sq.find(hs, at)
        if i < 0:
            raise ValueError("title not found in order: %r" % h)
        off = pos[i]
        ls = text.rfind("\n", 0, off) + 1
        ff = text.rfind("\f", 0, off) + 1
        spans.append(max(ls, ff))
        at = i + len(hs)
    ends = spans[1:] + [len(text)]
    return list(zip(spans, ends))


# ---------------------------------------------------------------- main

def main():
    out = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "out"))
    os.makedirs(out, exist_ok=True)
    for sub in ("dev", "holdout", "src"):
        shutil.rmtree(os.path.join(out, sub), ignore_errors=True)
    home = os.path.join(out, ".home")
    os.makedirs(home, exist_ok=True)
    env = dict(os.environ, HOME=home, LC_ALL="C.UTF-8", TZ="Europe/Copenhagen", SOURCE_DATE_EPOCH="1814860800")
    rng = random.Random(SEED)
    rows = list(csv.reader(open(os.environ.get("KOMMUNER", "/work/shared/data/kommuner.csv"), encoding="utf-8")))[1:]
    drawn = rng.sample(rows, 24)
    halves = {"dev": drawn[:12], "holdout": drawn[12:]}
    manifest = dict(seed=SEED, period=PERIOD, layouts=[], halves={})
    ok = True
    for half in ("dev", "holdout"):
        hrng = random.Random("%d-%s" % (SEED, half))
        meetings = build_meetings(hrng, half, halves[half])
        assign(hrng, half, meetings)
        src = os.path.join(out, "src", half)
        corp = os.path.join(out, half, "corpus")
        os.makedirs(src, exist_ok=True)
        docs = render.render_all(half, meetings, src, corp, out, env, run)
        # docs: list of dict(document, kind, pdf, path, enc, meeting, items=[item dicts with 'head'])
        gold, idocs, errors = [], [], []
        for d in docs:
            m = d["meeting"]
            if d["pdf"]:
                p = subprocess.run(["pdftotext", "-enc", "UTF-8", d["path"], "-"], capture_output=True, env=env)
                text = p.stdout.decode("utf-8")
                if not re.search("[æøåÆØÅ]", text) or any(c in text for c in ("Ã", "Â", "\ufffd")):
                    errors.append("%s: no Danish letters or mojibake in pdftotext" % d["document"])
            else:
                text = html_text(d["path"], d["enc"])
                if not re.search("[æøåÆØÅ]", text) or any(c in text for c in ("Ã", "Â", "\ufffd")):
                    errors.append("%s: no Danish letters or mojibake" % d["document"])
            try:
                spans = split_items(text, [it["head"] for it in d["items"]])
            except ValueError as e:
                errors.append("%s: %s" % (d["document"], e))
                continue
            ditems = []
            for it, (a, b) in zip(d["items"], spans):
                t = text[a:b]
                pages = [text.count("\f", 0, a) + 1, text.count("\f", 0, max(a, b - 1)) + 1] if d["pdf"] else [1, 1]
                gid = None
                s = it["scen"]
                if s:
                    gid = "%s-%03d" % ("d" if half == "dev" else "h", len(gold) + 1)
                    sq, pos = squash_map(t)
                    ps = squash(it["phrase"])
                    k = sq.find(ps)
                    if not ps or k < 0:
                        errors.append("%s #%s: phrase not in item: %r" % (d["document"], it["number"], it["phrase"]))
                        page = pages[0]
                    else:
                        page = text.count("\f", 0, a + pos[k]) + 1 if d["pdf"] else 1
                    g = dict(id=gid, document=d["document"], page=page, pages=pages, item_number=it["number"],
                             item_title=it["title"], **{"class": s["cls"]}, expect=s["expect"], phrase=it["phrase"],
                             variant=s["variant"], municipality=m["muni"], meeting_date=m["date"].isoformat(),
                             body=m["body"], meeting_kind=m["kind"], layout=m["layout"], law=s["law"])
                    if s["expect"] == "quiet":
                        g["why_quiet"] = s["why"]
                    gold.append(g)
                ditems.append(dict(number=it["number"], title=it["title"], text=t, pages=pages, gold=gid))
            idocs.append(dict(document=d["document"], kind=m["kind"], pdf=d["pdf"], municipality=m["muni"],
                              meeting_date=m["date"].isoformat(), body=m["body"], body_name=m["body_name"],
                              layout=m["layout"], items=ditems))
        # consistency
        ids = [g["id"] for g in gold]
        if len(ids) != len(set(ids)):
            errors.append("duplicate gold ids")
        per = {}
        for g in gold:
            key = (g["class"], "not_drawn" if g["meeting_kind"] != "council" else g["expect"])
            per[key] = per.get(key, 0) + 1
            if g["expect"] == "flag" and g["meeting_kind"] != "council":
                errors.append("%s: flag outside a council meeting" % g["id"])
            if g["expect"] == "quiet" and not g.get("why_quiet"):
                errors.append("%s: quiet without why_quiet" % g["id"])
            if g["expect"] == "flag" and not g["variant"].endswith(("_flag",)):
                errors.append("%s: flag variant should end _flag" % g["id"])
            if g["expect"] == "quiet" and g["meeting_kind"] == "council" and not g["variant"].endswith("_near_miss"):
                errors.append("%s: near-miss variant" % g["id"])
            if g["meeting_kind"] != "council" and not g["variant"].endswith("_not_drawn"):
                errors.append("%s: not-drawn variant" % g["id"])
        seen = {}
        for g in gold:
            k = (g["document"], g["class"])
            if k in seen:
                errors.append("%s: two gold items of class %s" % (g["document"], g["class"]))
            seen[k] = 1
        for c in CLASSES:
            need = 4 if c in WEAK else 2
            if per.get((c, "flag"), 0) < need or per.get((c, "quiet"), 0) < need:
                errors.append("%s %s: %d flags, %d near misses (need %d)" % (half, c, per.get((c, "flag"), 0), per.get((c, "quiet"), 0), need))
        hdir = os.path.join(out, half)
        json.dump(dict(seed=SEED, half=half, period=PERIOD, layouts=LAYOUTS[half], items=gold),
                  open(os.path.join(hdir, "gold.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
        json.dump(dict(documents=idocs), open(os.path.join(hdir, "items.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
        # stub report: exactly the gold flags
        rep = {}
        for g in gold:
            if g["expect"] == "flag":
                rep.setdefault(g["document"], []).append(dict(rule=g["class"], page=g["page"], item=g["item_title"], passage=g["phrase"]))
        stub = os.path.join(out, "src", "%s-stub-report.json" % half)
        json.dump(dict(flags=[dict(document=k, flags=v) for k, v in rep.items()]), open(stub, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
        if not errors:
            p = subprocess.run([sys.executable, os.path.join(HERE, "..", "independent-spot", "score.py"), "--bin", "none",
                                "--set", hdir, "--report", stub, "--period", PERIOD], capture_output=True, text=True)
            last = (p.stdout.strip().splitlines() or [""])[-1]
            nf = sum(1 for g in gold if g["expect"] == "flag")
            nq = sum(1 for g in gold if g["expect"] == "quiet" and g["meeting_kind"] == "council")
            want = "recall %d/%d, near misses flagged 0/%d, other flags 0" % (nf, nf, nq)
            print("%s: %s" % (half, last))
            if last != want:
                errors.append("stub score %r, want %r\n%s%s" % (last, want, p.stdout, p.stderr))
        for e in errors:
            print("SELF-CHECK %s: %s" % (half, e))
        ok = ok and not errors
        kinds = {}
        for d in idocs:
            kinds[d["kind"]] = kinds.get(d["kind"], 0) + 1
        manifest["halves"][half] = dict(
            municipalities=[r[1] for r in halves[half]], documents=kinds,
            items=sum(len(d["items"]) for d in idocs), gold=len(gold),
            per_class={c: dict(flag=per.get((c, "flag"), 0), quiet=per.get((c, "quiet"), 0), not_drawn=per.get((c, "not_drawn"), 0)) for c in CLASSES})
        for l in LAYOUTS[half]:
            manifest["layouts"].append(dict(half=half, layout=l, producer=render.PRODUCER[l], shape=render.SHAPE[l]))
    json.dump(manifest, open(os.path.join(out, "manifest.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    for half in ("dev", "holdout"):
        pc = manifest["halves"].get(half, {}).get("per_class", {})
        print(half, " ".join("%s=%d/%d/%d" % (c, v["flag"], v["quiet"], v["not_drawn"]) for c, v in pc.items()))
    if not ok:
        print("SELF-CHECK FAILED")
        sys.exit(1)
    print("self-check passed")


if __name__ == "__main__":
    main()
