#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Score `tilsyn spot-check` against one half of the independent corpus.

  score.py --bin PATH --set DIR/dev [--log FILE] [--report report.json] [--keep DIR]

Runs  PATH spot-check DIR/corpus --period PERIOD (default 2024H1) --per-municipality 99 --out TMP,
reads TMP/report.json, attributes every flag to an agenda item (see README: document +
text span, page as fallback) and prints, per class and in total, recall on the items to read,
near misses flagged, and flags elsewhere. Last line:
  recall A/B, near misses flagged C/D, other flags E
"""
import argparse, collections, difflib, json, os, subprocess, sys, tempfile, unicodedata


def squash(s):
    s = unicodedata.normalize("NFKC", s or "").lower()
    return "".join(ch for ch in s if ch.isalnum())


def normpath(p):
    p = unicodedata.normalize("NFC", p.replace("\\", "/"))
    while p.startswith("./"):
        p = p[2:]
    return p


TEXT_KEYS = ("text", "passage", "excerpt", "snippet", "context", "quote")


def flag_text(d):
    for k in TEXT_KEYS:
        v = d.get(k)
        if isinstance(v, str) and v.strip():
            return v
    return ""


def iter_flags(report):
    """report.json of spot-check: flags[] = {document, ..., flags: [{rule, page, item, passage, ...}]}.
    Returns (document, page, passage, rule, raw) tuples; falls back to a generic walk."""
    top = report.get("flags") if isinstance(report, dict) else None
    if isinstance(top, list) and all(isinstance(x, dict) and "document" in x and isinstance(x.get("flags"), list) for x in top):
        out = []
        for d in top:
            for f in d["flags"]:
                if isinstance(f, dict):
                    out.append((d["document"], f.get("page"), f.get("passage") or flag_text(f), f.get("rule"), f))
        return out
    return iter_flags_generic(report)


def iter_flags_generic(report):
    """Yield (document, page, text, rule, raw) for every flag in the report.

    The report's structure is read generically: a flag is a dict with a passage text
    (text/passage/excerpt...) inside a list whose key names flags, findings or evidence;
    its document is its own 'document'/'path' field or the nearest enclosing one."""
    out = []

    def walk(node, doc, page, listkey):
        if isinstance(node, dict):
            d2 = node.get("document") if isinstance(node.get("document"), str) else None
            if d2 is None and isinstance(node.get("path"), str):
                d2 = node["path"]
            doc2 = d2 or doc
            pg = node.get("page") if isinstance(node.get("page"), int) else page
            t = flag_text(node)
            if t and listkey and any(w in listkey for w in ("flag", "finding", "evidence", "hit", "passage", "match")):
                out.append((doc2, pg, t, node.get("rule") or node.get("rule_id") or node.get("kind") or node.get("class"), node))
            for k, v in node.items():
                if isinstance(v, (list, dict)):
                    walk(v, doc2, pg, k.lower() if isinstance(v, list) else listkey)
        elif isinstance(node, list):
            for v in node:
                walk(v, doc, page, listkey)

    walk(report, None, None, None)
    # a flag listed both at top level and under its document counts once
    seen, uniq = set(), []
    for f in out:
        key = (normpath(f[0] or ""), f[1], squash(f[2])[:200], f[3])
        if key not in seen:
            seen.add(key)
            uniq.append(f)
    return uniq


def lcs(a, b):
    m = difflib.SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    return m.size


def attribute(flags, docs):
    """Map each flag to (doc, item) or None. Text first, page as fallback."""
    res = []
    for doc, page, text, rule, raw in flags:
        d = docs.get(normpath(doc or ""))
        if d is None:
            res.append((None, None, "unknown document"))
            continue
        sq = squash(text)
        best, bl = None, 0
        if sq:
            for it in d["items"]:
                n = lcs(sq, it["_sq"])
                if n > bl:
                    best, bl = it, n
        need = max(12, min(40, len(sq) // 2))
        if best is not None and bl >= need:
            res.append((d, best, "text"))
            continue
        it_name = squash(raw.get("item") if isinstance(raw, dict) and isinstance(raw.get("item"), str) else "")
        if len(it_name) >= 8:
            cands = [it for it in d["items"] if squash(it["title"]) and (squash(it["title"]) in it_name or it_name in squash(it["title"]))]
            # "Personalesag" is in "Personalesag – direktørstilling": the title equal to the
            # flag's item is the one meant.
            exact = [it for it in cands if squash(it["title"]) == it_name]
            if len(exact) == 1:
                cands = exact
            if len(cands) == 1:
                res.append((d, cands[0], "item title"))
                continue
        if d["pdf"] and isinstance(page, int):
            cands = [it for it in d["items"] if it["pages"][0] <= page <= it["pages"][1]]
            if len(cands) == 1:
                res.append((d, cands[0], "page"))
                continue
            gold_c = [it for it in cands if it["gold"]]
            if len(gold_c) == 1 and len(cands) <= 2:
                res.append((d, gold_c[0], "page"))
                continue
        res.append((d, None, "unattributed"))
    return res


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--set", required=True, help="DIR/dev or DIR/holdout")
    ap.add_argument("--log")
    ap.add_argument("--report", help="score an existing report.json instead of running the tool")
    ap.add_argument("--keep", help="copy the tool's output directory here")
    ap.add_argument("--period", default="2024H1", help="the half-year the corpus covers (default 2024H1)")
    a = ap.parse_args()
    setdir = a.set.rstrip("/")
    gold = json.load(open(os.path.join(setdir, "gold.json"), encoding="utf-8"))
    idx = json.load(open(os.path.join(setdir, "items.json"), encoding="utf-8"))
    docs = {}
    for d in idx["documents"]:
        for it in d["items"]:
            it["_sq"] = squash(it["text"])
            it["_doc"] = d["document"]
        docs[normpath(d["document"])] = d
    if a.report:
        report = json.load(open(a.report, encoding="utf-8"))
    else:
        tmp = a.keep or tempfile.mkdtemp(prefix="spotscore-")
        cmd = [a.bin, "spot-check", os.path.join(setdir, "corpus"), "--period", a.period,
               "--per-municipality", "99", "--out", tmp]
        p = subprocess.run(cmd, capture_output=True, text=True)
        if p.returncode != 0:
            sys.stderr.write(p.stdout + p.stderr)
            sys.exit("tool failed with exit code %d: %s" % (p.returncode, " ".join(cmd)))
        report = json.load(open(os.path.join(tmp, "report.json"), encoding="utf-8"))
    flags = iter_flags(report)
    drawn = set()
    for m in report.get("sample", []) if isinstance(report, dict) else []:
        for x in m.get("drawn") or []:
            if isinstance(x, dict) and isinstance(x.get("document"), str):
                drawn.add(normpath(x["document"]))
    attr = attribute(flags, docs)
    gmap = {g["id"]: g for g in gold["items"]}
    per_item = collections.defaultdict(list)
    other = []
    gmap = {g["id"]: g for g in gold["items"]}
    for f, (d, it, how) in zip(flags, attr):
        if it is not None and it["gold"]:
            per_item[it["gold"]].append((f, how))
            if gmap[it["gold"]].get("meeting_kind", "council") != "council":
                other.append((f, d, it, how))
        else:
            other.append((f, d, it, how))
    classes = []
    for g in gold["items"]:
        if g["class"] not in classes:
            classes.append(g["class"])
    rows = collections.OrderedDict((c, [0, 0, 0, 0]) for c in classes)
    nd = [0, 0]
    log = []
    for g in gold["items"]:
        hit = bool(per_item.get(g["id"]))
        r = rows[g["class"]]
        if g["expect"] == "flag":
            r[1] += 1
            r[0] += hit
        elif g.get("meeting_kind", "council") != "council":
            nd[1] += 1
            nd[0] += hit
        else:
            r[3] += 1
            r[2] += hit
        status = {("flag", True): "FOUND", ("flag", False): "MISSED",
                  ("quiet", True): "NEAR-MISS FLAGGED", ("quiet", False): "quiet ok"}[(g["expect"], hit)]
        log.append("%s %-18s %-24s %-8s %s | %s #%s %s | %s" % (g["id"], status, g["class"], g["expect"],
                   g.get("meeting_kind"), g["document"], g["item_number"], g["item_title"], g["phrase"]))
        for f, how in per_item.get(g["id"], []):
            log.append("      <- [%s] p.%s %s: %s" % (how, f[1], f[3], f[2][:200].replace("\n", " ")))
    n_other = len(other)
    print("%-26s %8s %14s" % ("class", "recall", "near misses"))
    tot = [0, 0, 0, 0]
    for c, r in rows.items():
        print("%-26s %8s %14s" % (c, "%d/%d" % (r[0], r[1]), "%d/%d" % (r[2], r[3])))
        tot = [x + y for x, y in zip(tot, r)]
    kinds = collections.Counter()
    for f, d, it, how in other:
        if d is None:
            kinds["unknown document"] += 1
        elif d["kind"] != "council":
            kinds["%s document (must not be drawn)" % d["kind"]] += 1
        elif it is None:
            kinds["unattributed (no item span matched)"] += 1
        else:
            kinds["ordinary item"] += 1
    if drawn:
        kc = collections.Counter()
        for d in idx["documents"]:
            kc[(d["kind"], normpath(d["document"]) in drawn)] += 1
        print("drawn documents: council meetings in the period %d/%d; committee %d/%d; council outside the period %d/%d (these two should be 0)" % (
            kc[("council", True)], kc[("council", True)] + kc[("council", False)],
            kc[("committee", True)], kc[("committee", True)] + kc[("committee", False)],
            kc[("out_of_period", True)], kc[("out_of_period", True)] + kc[("out_of_period", False)]))
    if drawn:
        undrawn_missed = [g for g in gold["items"] if g["expect"] == "flag" and not per_item.get(g["id"])
                          and normpath(g["document"]) not in drawn]
        print("items to read missed because their council meeting was not drawn: %d" % len(undrawn_missed))
    print("not-drawn meetings (committee / outside period) with a flag on their planted item: %d/%d" % tuple(nd))
    print("flags: %d in all; elsewhere: %s" % (len(flags), ", ".join("%s %d" % kv for kv in sorted(kinds.items())) or "none"))
    if a.log:
        with open(a.log, "w", encoding="utf-8") as fh:
            fh.write("\n".join(log) + "\n\nFLAGS ELSEWHERE\n")
            for f, d, it, how in other:
                where = "%s #%s %s" % (d["document"], it["number"], it["title"]) if it else (d["document"] if d else f[0])
                fh.write("[%s] %s p.%s %s: %s\n" % (how, where, f[1], f[3], f[2][:200].replace("\n", " ")))
    print("recall %d/%d, near misses flagged %d/%d, other flags %d" % (tot[0], tot[1], tot[2], tot[3], n_other))


if __name__ == "__main__":
    main()
