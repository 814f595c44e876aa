# -*- coding: utf-8 -*-
"""Builds corpus independent19: python3 build.py OUT (called by build.sh)."""
import json, os, random, re, shutil, subprocess, sys, collections
from pathlib import Path
import gen, layouts as L, texts as T

HERE = Path(__file__).resolve().parent
OUT = Path(sys.argv[1]).resolve()
CSV = "/work/shared/data/kommuner.csv"
WORK = OUT / "_work"
HOME = OUT / "_home"
ENV = dict(os.environ, HOME=str(HOME), LC_ALL="C.UTF-8", SOURCE_DATE_EPOCH="1798761600")
NICE = ["nice", "-n", "10"]
EXT = {"os2-html-utf8": "html", "edoc-html-cp1252": "htm"}
PRODUCER = {"os2-html-utf8": "HTML utf-8", "edoc-html-cp1252": "HTML windows-1252", "odt-lo": "LibreOffice (.odt)",
            "docx-lo": "LibreOffice (.docx)", "chromium-print": "Chromium --print-to-pdf", "wkhtml-print": "wkhtmltopdf",
            "weasy-protocol": "WeasyPrint", "groff-gs": "groff -ms → ps2pdf → gs pdfwrite"}


def run(cmd, **kw):
    p = subprocess.run(NICE + cmd, env=ENV, capture_output=True, **kw)
    if p.returncode != 0:
        sys.exit(f"producer failed: {cmd[:3]}… rc={p.returncode}\n{p.stderr.decode(errors='replace')[-1500:]}")
    return p


def ascii_body(b):
    return re.sub("-+", "-", gen.ascii_name(b).replace(".", "").replace("–", "-"))


def file_name(r, doc, code, layout, n):
    ext = EXT.get(layout, "pdf")
    ds = doc["date"].isoformat()
    forms = [f"referat-{ds}", f"Referat_{doc['date'].strftime('%d-%m-%Y')}", f"dagsorden-og-referat-{code}-{n}",
             f"{ascii_body(doc['body'])}_{ds}", f"{ascii_body(doc['body']).lower()}-referat-{doc['date'].strftime('%d%m%Y')}"]
    return f"{r.choice(forms)}.{ext}"


def main():
    for d in (WORK, HOME):
        shutil.rmtree(d, ignore_errors=True); d.mkdir(parents=True)
    for h in ("dev", "holdout"):
        shutil.rmtree(OUT / h, ignore_errors=True)
    plan = gen.plan(CSV)
    r = random.Random(gen.SEED + 1)
    jobs = collections.defaultdict(list)   # layout -> [(source path, final path)]
    golds, layout_rows = {}, []
    for half in ("dev", "holdout"):
        gold = {"map_year": gen.Y, "municipalities": {}, "documents": {}}
        for e in plan[half]["entries"]:
            ctx, layout = e["ctx"], e["layout"]
            rows, used = [], set()
            for n, doc in enumerate(e["docs"], 1):
                fn = file_name(r, doc, e["code"], layout, n)
                while fn in used:
                    fn = fn.replace(".", f"-{n}.", 1)
                used.add(fn)
                rel = f"{e['folder']}/{fn}"
                v = L.view(doc, ctx, layout, r)
                final = OUT / half / "corpus" / rel
                final.parent.mkdir(parents=True, exist_ok=True)
                uid = f"{half}-{e['code']}-{n}"
                if layout == "os2-html-utf8":
                    final.write_bytes(L.to_html(v, layout, "utf-8").encode("utf-8"))
                elif layout == "edoc-html-cp1252":
                    final.write_bytes(L.to_html(v, layout, "windows-1252").encode("cp1252"))
                elif layout == "odt-lo":
                    src = WORK / "lo" / f"{uid}.odt"; src.parent.mkdir(exist_ok=True); src.write_bytes(L.to_odt(v, layout)); jobs["lo"].append((src, final))
                elif layout == "docx-lo":
                    src = WORK / "lo" / f"{uid}.docx"; src.parent.mkdir(exist_ok=True); src.write_bytes(L.to_docx(v, layout)); jobs["lo"].append((src, final))
                elif layout == "groff-gs":
                    src = WORK / "groff" / f"{uid}.ms"; src.parent.mkdir(exist_ok=True); src.write_text(L.to_groff(v, layout), encoding="utf-8"); jobs["groff"].append((src, final))
                else:
                    src = WORK / layout / f"www.{gen.ascii_name(e['name']).lower()}.dk" / "politik" / "referater" / f"{uid}.html"
                    src.parent.mkdir(parents=True, exist_ok=True)
                    src.write_text(L.to_html(v, layout), encoding="utf-8"); jobs[layout].append((src, final, v))
                dk = [{"map_year": it["dk"][0], "action_plan": it["dk"][1]} for it in doc["items"] if it.get("dk")]
                gold["documents"][rel] = {"status": "ok", "municipality_code": e["code"], "body": doc["kind"],
                                          "meeting_date": doc["date"].isoformat(), "dk_items": dk, "pages": 1,
                                          "producer": PRODUCER[layout], "layout": layout}
                for it in doc["items"]:
                    if it.get("dk"):
                        rows.append((rel, doc["kind"], doc["date"], it["dk"][0], it["dk"][1]))
            outcome, stance, deciding = gen.decide(rows)
            want_o, want_a = gen.EXPECT[e["scenario"]]
            assert outcome == want_o and (want_a is None or want_a == stance), (e["scenario"], outcome, stance, rows)
            gold["municipalities"][e["code"]] = {"name": e["name"], "outcome": outcome, "action_plan": stance,
                                                 "plan": e["scenario"], "meeting_date": deciding[2].isoformat() if deciding else None,
                                                 "treatment_document": deciding[0] if deciding else None,
                                                 "layout": layout, "folder": e["folder"]}
            layout_rows.append((half, e["code"], e["name"], e["folder"], layout, e["scenario"], len(e["docs"])))
        golds[half] = gold
    produce(jobs)
    check_and_count(golds)
    for half, gold in golds.items():
        (OUT / half / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    with open(OUT / "layouts.md", "w", encoding="utf-8") as f:
        f.write("# independent19 layouts\n\n| half | layouts |\n|---|---|\n")
        for half in ("dev", "holdout"):
            f.write(f"| {half} | " + ", ".join(f"{l} ({PRODUCER[l]})" for l in plan[half]["layouts"]) + " |\n")
        f.write("\n| half | code | name | folder | layout | scenario | documents |\n|---|---|---|---|---|---|---|\n")
        for row in layout_rows:
            f.write("| " + " | ".join(map(str, row)) + " |\n")
    shutil.rmtree(WORK, ignore_errors=True)
    shutil.rmtree(HOME, ignore_errors=True)


def produce(jobs):
    if jobs.get("lo"):
        srcs = [str(s) for s, _ in jobs["lo"]]
        outd = WORK / "lo-out"; outd.mkdir()
        run(["soffice", f"-env:UserInstallation=file://{HOME}/lo", "--headless", "--norestore", "--convert-to", "pdf", "--outdir", str(outd)] + srcs)
        for s, final in jobs["lo"]:
            shutil.move(str(outd / (s.stem + ".pdf")), final)
    for src, final, v in jobs.get("chromium-print", []):
        run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", f"--user-data-dir={HOME}/chromium",
             "--disable-extensions", f"--print-to-pdf={final}", src.as_uri()])
    for src, final, v in jobs.get("wkhtml-print", []):
        # Debian's wkhtmltopdf is built on unpatched Qt (no --header/--footer): the running lines are in the HTML
        cmd = ["wkhtmltopdf", "-q", "--encoding", "utf-8", "-s", "A4"]
        run(cmd + [str(src), str(final)])
    if jobs.get("weasy-protocol"):
        lst = WORK / "weasy.json"
        lst.write_text(json.dumps([[str(s), str(f)] for s, f, _ in jobs["weasy-protocol"]]))
        run(["/usr/bin/python3", str(HERE / "weasy_batch.py"), str(lst)])
    for src, final in jobs.get("groff", []):
        ps = src.with_suffix(".ps"); mid = src.with_suffix(".pdf")
        with open(ps, "wb") as f:
            f.write(run(["groff", "-k", "-ms", "-Tps", "-dpaper=a4", "-P-pa4", str(src)]).stdout)
        run(["ps2pdf", "-sPAPERSIZE=a4", str(ps), str(mid)])
        run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite", "-dCompatibilityLevel=1.5", f"-sOutputFile={final}", str(mid)])


BAD = re.compile("[\ufffd\ue000-\uf8ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]|Ã.|Â|â€")


def norm(s):
    return re.sub(r"\s+", " ", s)


def check_and_count(golds):
    fails = []
    for half, gold in golds.items():
        for rel, g in gold["documents"].items():
            p = OUT / half / "corpus" / rel
            name = gold["municipalities"][g["municipality_code"]]["name"]
            if p.suffix == ".pdf":
                info = subprocess.run(["pdfinfo", str(p)], capture_output=True, text=True).stdout
                g["pages"] = int(re.search(r"Pages:\s+(\d+)", info).group(1))
                txt = subprocess.run(["pdftotext", "-enc", "UTF-8", str(p), "-"], capture_output=True).stdout.decode("utf-8")
            else:
                raw = p.read_bytes()
                txt = raw.decode("cp1252" if p.suffix == ".htm" else "utf-8")
                txt = re.sub(r"<[^>]+>", " ", txt)
                import html as H; txt = H.unescape(txt)
            t = norm(txt)
            why = []
            if len(t) < 200: why.append("little text")
            if name not in t: why.append(f"name {name} missing")
            if not re.search("[æøåÆØÅ]", t): why.append("no Danish letters")
            m = BAD.search(t)
            if m: why.append(f"bad characters {m.group(0)!r}")
            if g["dk_items"] and not re.search(r"(?i)danmarkskort", t): why.append("dk item text missing")
            if why: fails.append(f"{half}/{rel}: {', '.join(why)}")
    if fails:
        sys.exit("PDF/HTML checks failed:\n" + "\n".join(fails[:60]))


if __name__ == "__main__":
    main()
