#!/usr/bin/env python3
"""selfcheck.py OUT: text quality of every file, outcomes recomputed from the labelled items, and a stub
binary that writes the gold as report.json scored with eval.py (must be perfect)."""
import csv, html, json, os, re, subprocess, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import gen

MOJI = re.compile("Ã.|Â.|\ufffd|[\ue000-\uf8ff]|[\u3040-\u9fff]|ï¬")


def text_of(p):
    if p.suffix == ".pdf":
        return subprocess.run(["pdftotext", "-enc", "UTF-8", str(p), "-"], capture_output=True, text=True, check=True).stdout
    raw = p.read_bytes()
    m = re.search(rb"charset=['\"]?([A-Za-z0-9_-]+)", raw[:2000])
    t = raw.decode(m.group(1).decode() if m else "utf-8")
    t = re.sub(r"<style.*?</style>", " ", t, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", " ", t))


STUB = r'''#!/usr/bin/env python3
import json, sys, csv
from pathlib import Path
a = sys.argv
inp, out = Path(a[2]), Path(a[a.index("--out") + 1])
gold = json.loads((inp.parent / "gold.json").read_text())
names = {r["code"]: r["name"] for r in csv.DictReader(open("/work/shared/data/kommuner.csv", encoding="utf-8"))}
ms = []
for code in sorted(names):
    g = gold["municipalities"].get(code)
    if g is None:
        ms.append(dict(code=code, name=names[code], outcome="not_found", action_plan=None, treatment=None, review=[], evidence=[]))
        continue
    t = dict(document=g["treatment_document"], meeting_date=g["meeting_date"], body="council") if g["treatment_document"] else None
    ms.append(dict(code=code, name=names[code], outcome=g["outcome"], action_plan=g["action_plan"], treatment=t,
                   review=["stub"] if g["action_plan"] == "no_need" else [], evidence=[]))
docs = [dict(path=p, municipality_code=d["municipality_code"], status=d["status"], error=None, pages=d["pages"],
             meeting_date=d["meeting_date"], body=d["body"],
             items=[dict(kind="danmarkskort", title="", map_year=i["map_year"], action_plan=i["action_plan"], page=1, evidence=[])
                    for i in d["dk_items"]]) for p, d in gold["documents"].items()]
out.mkdir(parents=True, exist_ok=True)
(out / "report.json").write_text(json.dumps(dict(schema_version=1, tool_version="stub", map_year=gold["map_year"],
                                                 municipalities=ms, documents=docs, summary={})))
'''


def main(out):
    out = Path(out).resolve()
    bad = []
    names = {r["code"]: r["name"] for r in csv.DictReader(open("/work/shared/data/kommuner.csv", encoding="utf-8"))}
    stub = out / "stub-tilsyn"
    stub.write_text(STUB)
    stub.chmod(0o755)
    for half in ("dev", "holdout"):
        hd = out / half
        gold = json.loads((hd / "gold.json").read_text())
        files = {str(p.relative_to(hd / "corpus")) for p in (hd / "corpus").rglob("*") if p.is_file()}
        if files != set(gold["documents"]):
            bad.append(f"{half}: files and gold differ: {sorted(files ^ set(gold['documents']))[:5]}")
        for path, g in gold["documents"].items():
            t = text_of(hd / "corpus" / path)
            name = names[g["municipality_code"]]
            why = []
            if len(t.strip()) < 150:
                why.append("short")
            if name not in t:
                why.append("no name")
            if not re.search("[æøåÆØÅ]", t):
                why.append("no Danish letters")
            m = MOJI.search(t)
            if m:
                why.append(f"mojibake {m.group(0)!r}")
            if g["dk_items"] and "anmarkskort" not in t:
                why.append("dk item without the word")
            if why:
                bad.append(f"{half} {path}: {', '.join(why)}")
        # outcomes recomputed from the labelled items
        per = {}
        for path, g in gold["documents"].items():
            for it in g["dk_items"]:
                per.setdefault(g["municipality_code"], []).append((g["body"], g["meeting_date"], it["map_year"], it["action_plan"], path))
        for code, m in gold["municipalities"].items():
            oc, ap, tdoc, tdate = gen.decide(per.get(code, []))
            if (oc, ap, tdoc, tdate) != (m["outcome"], m["action_plan"], m["treatment_document"], m["meeting_date"]):
                bad.append(f"{half} {code}: recomputed {oc}/{ap}/{tdoc} vs gold {m['outcome']}/{m['action_plan']}/{m['treatment_document']}")
        n = len(gold["municipalities"])
        r = subprocess.run([sys.executable, "/work/shared/tools/eval.py", "--bin", str(stub), "--set", str(hd),
                            "--min-outcomes", "0", "--log", str(out / f"eval-{half}.log")], capture_output=True, text=True)
        last = r.stdout.strip().splitlines()[-1] if r.stdout.strip() else r.stderr
        print(f"{half}: {last}")
        nap = sum(1 for m in gold["municipalities"].values() if m["action_plan"] is not None)
        nd = len(gold["documents"])
        want = [f"outcomes {n}/98 right", "false ok 0", "wrong without a review note 0", f"action_plan {nap}/{nap}",
                "dk recall 1.000 precision 1.000", f"docs status {nd}/{nd}"]
        for w in want:
            if w not in last:
                bad.append(f"{half}: eval not perfect ({w}): {last}")
        log = (out / f"eval-{half}.log").read_text()
        if any(l.startswith(("MUNI", "DOC", "ITEMS", "STATUS")) for l in log.splitlines()):
            bad.append(f"{half}: eval log lists differences")
        ntr = sum(1 for m in gold["municipalities"].values() if m["treatment_document"])
        if f"treatment {ntr}/{ntr}" not in log:
            bad.append(f"{half}: treatment not perfect")
    if bad:
        print("SELF-CHECK FAILED:\n" + "\n".join(bad))
        sys.exit(1)
    print("self-check passed")


if __name__ == "__main__":
    main(sys.argv[1])
