#!/usr/bin/env python3
"""Renders jobs.json from gen.py with real producers, at most two at a time, and checks every PDF's text layer.
Usage: render.py OUT"""
import json, os, shutil, subprocess, sys, tempfile, threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

out = Path(sys.argv[1])
jobs = json.loads((out / "_src" / "jobs.json").read_text())
tmp = Path(tempfile.mkdtemp(prefix="c9r-"))
slots = {}


def run(cmd, **kw):
    p = subprocess.run(cmd, capture_output=True, timeout=180, **kw)
    if p.returncode != 0:
        raise RuntimeError(f"{cmd[0]} failed: {p.stderr.decode(errors='replace')[-600:]}")
    return p


def worker_id():
    t = threading.get_ident()
    return slots.setdefault(t, len(slots))


def do(j):
    dst = Path(j["dst"]); dst.parent.mkdir(parents=True, exist_ok=True)
    k = j["kind"]
    if k == "copy":
        shutil.copyfile(j["src"], dst)
    elif k == "chromium_fa":
        ud = tmp / f"chr{worker_id()}"
        page = tmp / "www" / j["site"] / Path(j["src"]).name
        page.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(j["src"], page)
        run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", f"--user-data-dir={ud}",
             f"--print-to-pdf={dst}", "file://" + str(page)])
    elif k == "wkhtml_polweb":
        run(["wkhtmltopdf", "-q", "--encoding", "utf-8", "-T", "18mm", "-B", "16mm", "--header-font-size", "7", "--header-right", "Udskrevet [date] [time]",
             "--footer-font-size", "7", "--footer-center", "Side [page] af [topage]", j["src"], str(dst)])
    elif k == "weasy_edoc":
        run(["weasyprint", j["src"], str(dst)])
    elif k == "gs_acadre":
        mid = tmp / (dst.name + f".{worker_id()}.pdf")
        run(["weasyprint", j["src"], str(mid)])
        run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite", "-dCompatibilityLevel=1.4",
             "-dPDFSETTINGS=/printer", f"-sOutputFile={dst}", str(mid)])
    elif k == "groff":
        with open(dst, "wb") as f:
            p = subprocess.run(["groff", "-k", "-ms", "-Tpdf", j["src"]], stdout=f, stderr=subprocess.PIPE, timeout=120)
        if p.returncode != 0:
            raise RuntimeError("groff failed: " + p.stderr.decode(errors="replace")[-400:])


# LibreOffice: one invocation for all .docx files (unique temporary names).
lo = [j for j in jobs if j["kind"] == "lo"]
rest = [j for j in jobs if j["kind"] != "lo"]


def lo_batch():
    if not lo:
        return
    d = tmp / "lo"; d.mkdir()
    for i, j in enumerate(lo):
        shutil.copyfile(j["src"], d / f"d{i:04d}.docx")
    run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/loprofile", "--convert-to", "pdf", "--outdir", str(d / "pdf")]
        + [str(d / f"d{i:04d}.docx") for i in range(len(lo))])
    for i, j in enumerate(lo):
        Path(j["dst"]).parent.mkdir(parents=True, exist_ok=True)
        shutil.move(str(d / "pdf" / f"d{i:04d}.pdf"), j["dst"])


# LibreOffice takes one of the two slots; the other slot works through the rest, then both do.
with ThreadPoolExecutor(max_workers=2) as ex:
    f_lo = ex.submit(lo_batch)
    futs = [ex.submit(do, j) for j in rest]
    f_lo.result()
    for f in futs:
        f.result()

# Text-layer check and page counts.
bad = []
pages = {}
for j in jobs:
    dst = Path(j["dst"])
    if dst.suffix != ".pdf":
        continue
    txt = subprocess.run(["pdftotext", "-layout", str(dst), "-"], capture_output=True).stdout.decode("utf-8", "replace")
    if len(txt.strip()) < 200 or j["expect"].lower() not in txt.lower():
        bad.append(str(dst))
    info = subprocess.run(["pdfinfo", str(dst)], capture_output=True, text=True).stdout
    pages[dst] = int(next(l.split()[-1] for l in info.splitlines() if l.startswith("Pages:")))
if bad:
    print("PDFs without a usable text layer:\n" + "\n".join(bad), file=sys.stderr)
    sys.exit(1)
for half in ("dev", "holdout"):
    gp = out / half / "gold.json"
    g = json.loads(gp.read_text())
    for rel, d in g["documents"].items():
        p = out / half / "corpus" / rel
        if p in pages:
            d["pages"] = pages[p]
    gp.write_text(json.dumps(g, ensure_ascii=False, indent=1, sort_keys=True))
shutil.rmtree(tmp, ignore_errors=True)
print(f"rendered {len(jobs)} files, {len(pages)} PDFs checked")
