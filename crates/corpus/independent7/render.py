#!/usr/bin/env python3
"""render.py OUT: runs the producers listed in OUT/_build/jobs.json, two at a time; all
LibreOffice conversions go through one soffice call."""
import json, os, shutil, subprocess, sys, tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

out = Path(sys.argv[1]); b = out / "_build"
jobs = json.loads((b / "jobs.json").read_text())
CHROME = shutil.which("chromium") or shutil.which("chromium-browser") or "chromium"

def run(cmd, **kw):
    p = subprocess.run(cmd, capture_output=True, **kw)
    if p.returncode != 0:
        raise RuntimeError(f"{cmd[0]} failed: {p.stderr[-500:]!r}")
    return p

def one(j):
    src, dst, lay = Path(j["src"]), Path(j["dst"]), j["layout"]
    dst.parent.mkdir(parents=True, exist_ok=True)
    if lay in ("chrome_shy", "chrome_dl"):
        with tempfile.TemporaryDirectory() as prof:
            run([CHROME, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                 f"--user-data-dir={prof}", f"--print-to-pdf={dst}", src.resolve().as_uri()], timeout=180)
    elif lay == "html_b_br":
        shutil.copyfile(src, dst)
    elif lay == "html_pandoc":
        run(["pandoc", "-s", "-f", "markdown", "-t", "html5", "-o", str(dst), str(src)])
    elif lay == "weasy_margin":
        run(["weasyprint", str(src), str(dst)])
    elif lay == "weasy_toc":
        run(["weasyprint", "--pdf-variant", "pdf/a-2b", str(src), str(dst)])
    elif lay == "txt_enscript":
        l1 = src.with_suffix(".l1"); ps = src.with_suffix(".ps")
        l1.write_bytes(src.read_text(encoding="utf-8").encode("latin-1", "replace"))
        run(["enscript", "-B", "-q", "-X", "latin1", "-f", "Courier10", "--margins=60:50:40:40", "-p", str(ps), str(l1)])
        run(["ps2pdf", "-sPAPERSIZE=a4", str(ps), str(dst)])
    elif lay in ("lo_odt", "lo_tabel"):
        run(["pandoc", "-f", "markdown" if lay == "lo_odt" else "html", "-o", str(src.with_suffix(".odt")), str(src)])
    return j

lo = [j for j in jobs if j["layout"] in ("lo_odt", "lo_tabel", "txt_soffice")]
with ThreadPoolExecutor(2) as ex:
    for _ in ex.map(one, jobs):
        pass

# one soffice call for every LibreOffice file; flat unique names, then moved into place
flat = b / "soffice-in"; pdfs = b / "soffice-out"
flat.mkdir(exist_ok=True); pdfs.mkdir(exist_ok=True)
names = []
for i, j in enumerate(lo):
    s = Path(j["src"])
    if j["layout"] in ("lo_odt", "lo_tabel"): s = s.with_suffix(".odt")
    n = flat / f"j{i:04d}{s.suffix}"
    shutil.copyfile(s, n); names.append(str(n))
if names:
    prof = tempfile.mkdtemp(prefix="lo-prof-")
    run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
         "--outdir", str(pdfs)] + names, timeout=1800)
    shutil.rmtree(prof, ignore_errors=True)
    for i, j in enumerate(lo):
        p = pdfs / f"j{i:04d}.pdf"
        if not p.exists():
            raise SystemExit(f"soffice produced no PDF for {j['src']}")
        Path(j["dst"]).parent.mkdir(parents=True, exist_ok=True)
        shutil.move(str(p), j["dst"])
print(f"rendered {len(jobs)} documents")
