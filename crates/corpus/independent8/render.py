#!/usr/bin/env python3
"""Runs the render jobs (2 at a time; one soffice call for all RTF), post-processes, checks text layers, fills page counts."""
import sys, subprocess, json, shutil, tempfile
from pathlib import Path
from concurrent.futures import ThreadPoolExecutor
OUT = Path(sys.argv[1])
jobs = [l.split("\t") for l in (OUT / "_src" / "jobs.tsv").read_text(encoding="utf-8").splitlines() if l]
Q = dict(stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def run(j):
    lay, src, dst, stamp = j
    if lay in ("E1", "E2"):
        shutil.copy(src, dst); return
    if lay in ("A1", "B2", "A2"):
        subprocess.run(["weasyprint", src, dst], **Q)
    elif lay in ("B1", "D1"):
        tmp = dst + ".tmp.pdf" if lay == "D1" else dst
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--print-to-pdf={tmp}", "file://" + src], timeout=120, **Q)
        if lay == "D1":
            subprocess.run(["qpdf", "--encrypt", "", "ejer8", "256", "--", tmp, dst], **Q); Path(tmp).unlink()
    elif lay == "A2" and shutil.which("wkhtmltopdf") and False:
        d, u = stamp.split("|")
        subprocess.run(["wkhtmltopdf", "-q", "--encoding", "utf-8", "--header-left", d, "--header-right", u, "--header-font-size", "7",
                        "--footer-left", u, "--footer-right", "Side [page] af [topage]", "--footer-font-size", "7", src, dst], **Q)
    elif lay == "D2":
        ps = dst + ".ps"
        with open(ps, "wb") as f:
            subprocess.run(["groff", "-k", "-ms", "-Tps", src], stdout=f, stderr=subprocess.DEVNULL)
        subprocess.run(["gs", "-q", "-dBATCH", "-dNOPAUSE", "-sDEVICE=pdfwrite", f"-sOutputFile={dst}", ps], **Q); Path(ps).unlink()


with ThreadPoolExecutor(2) as ex:
    list(ex.map(run, [j for j in jobs if j[0] not in ("C1", "C2")]))
rtf = [j for j in jobs if j[0] in ("C1", "C2")]
tmpd = OUT / "_src" / "lo"
subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/c8lo", "--convert-to", "pdf", "--outdir", str(tmpd)] + [j[1] for j in rtf], **Q)
for lay, src, dst, _ in rtf:
    shutil.move(str(tmpd / (Path(src).stem + ".pdf")), dst)
bad = 0
pages = {}
for lay, src, dst, _ in jobs:
    if dst.endswith(".html"): pages[dst] = 1; continue
    try:
        info = subprocess.run(["pdfinfo", dst], capture_output=True, text=True).stdout
        pages[dst] = int([l for l in info.splitlines() if l.startswith("Pages:")][0].split()[1])
        txt = subprocess.run(["pdftotext", dst, "-"], capture_output=True, text=True).stdout
        if len(txt.strip()) < 200: raise ValueError("no text layer")
    except Exception as e:
        bad += 1; print("BAD", lay, dst, e)
for h in ("dev", "holdout"):
    gp = OUT / h / "gold.json"; g = json.loads(gp.read_text(encoding="utf-8"))
    for rel, d in g["documents"].items():
        d["pages"] = pages.get(str(OUT / h / "corpus" / rel), d["pages"])
    gp.write_text(json.dumps(g, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")
print(f"{len(jobs)} documents, {bad} bad, {sum(pages.values())} pages")
sys.exit(1 if bad else 0)
