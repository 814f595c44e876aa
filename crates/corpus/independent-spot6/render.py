#!/usr/bin/env python3
"""Run the conversions in OUT/jobs.tsv: pandoc, groff+ps2pdf, Chromium (2 at a time),
then all LibreOffice files in one soffice call (PDF/A-2b). Python 3 stdlib only."""
import os, shutil, subprocess, sys, tempfile
from concurrent.futures import ThreadPoolExecutor

out = sys.argv[1]
jobs = [l.rstrip("\n").split("\t") for l in open(os.path.join(out, "jobs.tsv"), encoding="utf-8") if l.strip()]


def run(cmd, **kw):
    p = subprocess.run(cmd, capture_output=True, **kw)
    if p.returncode != 0:
        sys.stderr.write("FAILED %s\n%s\n" % (cmd, p.stderr.decode("utf-8", "replace")[-2000:]))
        raise SystemExit(1)
    return p


def mk(dst):
    os.makedirs(os.path.dirname(dst), exist_ok=True)


def one(j):
    kind, src, dst = j
    mk(dst)
    if kind == "pandoc-html":
        run(["pandoc", "-f", "markdown", "-t", "html5", "-s", "--toc", "--toc-depth=2", "-o", dst, src])
    elif kind == "pandoc-odt":
        run(["pandoc", "-f", "markdown", "-t", "odt", "-o", dst, src])
    elif kind == "groff":
        pre = run(["preconv", "-e", "utf-8", src]).stdout
        ps = run(["groff", "-t", "-me", "-Tps", "-dpaper=a4", "-P-pa4"], input=pre).stdout
        fd, tmp = tempfile.mkstemp(suffix=".ps")
        os.write(fd, ps); os.close(fd)
        run(["ps2pdf", "-sPAPERSIZE=a4", tmp, dst])
        os.unlink(tmp)
    elif kind == "chromium":
        prof = tempfile.mkdtemp(prefix="chr-")
        run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
             "--user-data-dir=" + prof, "--print-to-pdf=" + dst, "file://" + os.path.abspath(src)])
        shutil.rmtree(prof, ignore_errors=True)


first = [j for j in jobs if j[0] in ("pandoc-html", "pandoc-odt", "groff")]
chrom = [j for j in jobs if j[0] == "chromium"]
soff = [j for j in jobs if j[0] == "soffice"]
with ThreadPoolExecutor(2) as ex:
    list(ex.map(one, first))
    list(ex.map(one, chrom))
if soff:
    tmp = tempfile.mkdtemp(prefix="lo-")
    names = []
    for i, (k, src, dst) in enumerate(soff):
        ext = os.path.splitext(src)[1]
        shutil.copy(src, os.path.join(tmp, "f%03d%s" % (i, ext)))
        names.append(os.path.join(tmp, "f%03d%s" % (i, ext)))
    prof = tempfile.mkdtemp(prefix="lop-")
    run(["soffice", "-env:UserInstallation=file://" + prof, "--headless", "--norestore", "--convert-to",
         'pdf:writer_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"2"}}', "--outdir", tmp] + names)
    for i, (k, src, dst) in enumerate(soff):
        mk(dst)
        shutil.move(os.path.join(tmp, "f%03d.pdf" % i), dst)
    shutil.rmtree(tmp, ignore_errors=True); shutil.rmtree(prof, ignore_errors=True)
