#!/usr/bin/env python3
"""Run the conversion jobs of OUT/stage/jobs.json. Order: pandoc (md->html, md->docx), a2ps+ps2pdf,
then one soffice call for every .docx, then Chromium one file at a time (never more than 2 converters at once)."""
import json, os, shutil, subprocess, sys, tempfile
from concurrent.futures import ThreadPoolExecutor

out = sys.argv[1]
stage = os.path.join(out, "stage")
jobs = json.load(open(os.path.join(stage, "jobs.json"), encoding="utf-8"))
ENV = dict(os.environ, SOURCE_DATE_EPOCH="1704067200", TZ="UTC", LC_ALL="C.UTF-8")


def run(cmd, **kw):
    p = subprocess.run(cmd, capture_output=True, text=True, env=ENV, **kw)
    if p.returncode != 0:
        sys.exit("render failed: %s\n%s%s" % (" ".join(cmd), p.stdout[-2000:], p.stderr[-2000:]))


def pandoc(j):
    if j["kind"] == "pandoc_html":
        run(["pandoc", "-f", "markdown", "-t", "html5", "-s", "-o", j["dst"], j["src"]])
    else:
        run(["pandoc", "-f", "markdown", "-t", "docx", "-o", j["dst"], j["src"]])


def a2ps(j):
    ps = j["src"][:-4] + ".ps"
    run(["a2ps", "-q", "-2", "--landscape", "-B", "-X", "latin1", "--pretty-print=plain", "--borders=yes", "-o", ps, j["src"]])
    run(["ps2pdf", ps, j["dst"]])


with ThreadPoolExecutor(2) as ex:
    list(ex.map(pandoc, [j for j in jobs if j["kind"].startswith("pandoc")]))
with ThreadPoolExecutor(2) as ex:
    list(ex.map(a2ps, [j for j in jobs if j["kind"] == "a2ps"]))

sof = [j for j in jobs if j["kind"] == "soffice"]
if sof:
    pdfdir = os.path.join(stage, "soffice-pdf")
    os.makedirs(pdfdir, exist_ok=True)
    prof = tempfile.mkdtemp(prefix="lo-profile-")
    run(["soffice", "-env:UserInstallation=file://" + prof, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", pdfdir] + [j["src"] for j in sof])
    shutil.rmtree(prof, ignore_errors=True)
    for j in sof:
        shutil.move(os.path.join(pdfdir, os.path.basename(j["src"])[:-5] + ".pdf"), j["dst"])

chrome = shutil.which("chromium") or shutil.which("chromium-browser")
for j in [j for j in jobs if j["kind"] == "chromium"]:
    prof = tempfile.mkdtemp(prefix="chr-profile-")
    run([chrome, "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=" + prof, "--no-pdf-header-footer",
         "--print-to-pdf=" + os.path.abspath(j["dst"]), "file://" + os.path.abspath(j["src"])])
    shutil.rmtree(prof, ignore_errors=True)
print("rendered %d jobs" % len(jobs))
