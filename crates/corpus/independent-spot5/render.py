#!/usr/bin/env python3
"""Render OUT/_plan.json: wkhtmltopdf (L1, L2 + qpdf encryption with an empty user password),
one soffice call for every RTF (L5, L6), Chromium one file at a time (L7, L8) and pdfunite for the
samlet dokument (L8 minutes + bilag). At most two conversions run at a time."""
import concurrent.futures as cf, json, os, shutil, subprocess, sys, tempfile

out = sys.argv[1]
plan = json.load(open(os.path.join(out, "_plan.json"), encoding="utf-8"))
CHROME = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def run(cmd, **kw):
    p = subprocess.run(cmd, capture_output=True, text=True, timeout=240, **kw)
    if p.returncode != 0:
        sys.stderr.write("FAILED %s\n%s%s\n" % (" ".join(cmd), p.stdout[-2000:], p.stderr[-2000:]))
    return p.returncode


def wk(src, dst, enc=False):
    os.makedirs(os.path.dirname(dst), exist_ok=True)
    tmp = dst + ".plain.pdf" if enc else dst
    rc = run(["wkhtmltopdf", "-q", "--encoding", "utf-8", "-s", "A4", "-T", "16mm", "-B", "16mm", "-L", "14mm", "-R", "14mm", src, tmp])
    if not os.path.exists(tmp):
        return 1
    if enc:
        rc = run(["qpdf", "--encrypt", "", "tilsyn-ejer", "256", "--", tmp, dst])
        os.remove(tmp)
    return 0 if os.path.exists(dst) else 1


def chrome(src, dst):
    os.makedirs(os.path.dirname(dst), exist_ok=True)
    prof = tempfile.mkdtemp(prefix="chr-")
    run([CHROME, "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=" + prof,
         "--no-pdf-header-footer", "--print-to-pdf=" + dst, "file://" + os.path.abspath(src)])
    shutil.rmtree(prof, ignore_errors=True)
    return 0 if os.path.exists(dst) else 1


fails = 0
with cf.ThreadPoolExecutor(2) as ex:
    futs = [ex.submit(wk, s, d) for s, d in plan["wk"]] + [ex.submit(wk, s, d, True) for s, d in plan["wk_enc"]]
    fails += sum(f.result() for f in futs)
with cf.ThreadPoolExecutor(2) as ex:
    futs = [ex.submit(chrome, s, d) for s, d in plan["chromium"]]
    fails += sum(f.result() for f in futs)
bil = os.path.join(out, "_src", "bilag1.pdf")
for s, d in plan["unite"]:
    os.makedirs(os.path.dirname(d), exist_ok=True)
    fails += run(["pdfunite", s, bil, d]) != 0
if plan["soffice"]:
    flat = tempfile.mkdtemp(prefix="rtf-")
    names = []
    for i, (s, d) in enumerate(plan["soffice"]):
        n = os.path.join(flat, "doc%03d.rtf" % i)
        shutil.copy(s, n)
        names.append(n)
    prof = tempfile.mkdtemp(prefix="lo-")
    run([SOFFICE, "-env:UserInstallation=file://" + prof, "--headless", "--convert-to", "pdf", "--outdir", flat] + names)
    for i, (s, d) in enumerate(plan["soffice"]):
        pdf = os.path.join(flat, "doc%03d.pdf" % i)
        os.makedirs(os.path.dirname(d), exist_ok=True)
        if os.path.exists(pdf):
            shutil.move(pdf, d)
        else:
            fails += 1
            sys.stderr.write("soffice did not write %s\n" % d)
    shutil.rmtree(flat, ignore_errors=True)
    shutil.rmtree(prof, ignore_errors=True)
print("render failures: %d" % fails)
sys.exit(1 if fails else 0)
