#!/usr/bin/env python3
"""Second LibreOffice pass for the dotted table of contents: put the real start page of each
item (from OUT/{half}/items.json, written by index.py) into the .fodt sources and convert
those again, all in one soffice call. The TOC keeps its length, so pages do not move."""
import json, os, re, shutil, subprocess, sys, tempfile

out = sys.argv[1]
jobs = [l.rstrip("\n").split("\t") for l in open(os.path.join(out, "jobs.tsv"), encoding="utf-8") if l.strip()]
todo = []
for half in ("dev", "holdout"):
    items = json.load(open(os.path.join(out, half, "items.json"), encoding="utf-8"))
    byd = {d["document"]: d for d in items["documents"]}
    cdir = os.path.join(out, half, "corpus")
    for k, src, dst in jobs:
        if k != "soffice" or not src.endswith(".fodt") or not dst.startswith(cdir + os.sep):
            continue
        d = byd[os.path.relpath(dst, cdir)]
        pages = iter([it["pages"][0] for it in d["items"]])
        s = open(src, encoding="utf-8").read()
        s = re.sub(r"<text:tab/>\d+</text:p>", lambda m: "<text:tab/>%d</text:p>" % next(pages), s)
        open(src, "w", encoding="utf-8").write(s)
        todo.append((src, dst))
if todo:
    tmp, prof = tempfile.mkdtemp(prefix="lo-"), tempfile.mkdtemp(prefix="lop-")
    names = []
    for i, (src, dst) in enumerate(todo):
        names.append(os.path.join(tmp, "t%03d.fodt" % i))
        shutil.copy(src, names[-1])
    subprocess.run(["soffice", "-env:UserInstallation=file://" + prof, "--headless", "--norestore", "--convert-to",
                    'pdf:writer_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"2"}}', "--outdir", tmp] + names,
                   check=True, capture_output=True)
    for i, (src, dst) in enumerate(todo):
        shutil.move(os.path.join(tmp, "t%03d.pdf" % i), dst)
    shutil.rmtree(tmp, ignore_errors=True); shutil.rmtree(prof, ignore_errors=True)
print("toc pages set in %d documents" % len(todo))
