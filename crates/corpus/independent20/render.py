#!/usr/bin/env python3
"""Runs the producers one at a time (under nice), checks every output, writes gold.json per half.

    python3 render.py OUT
"""
import json, os, re, shutil, subprocess, sys, time
from pathlib import Path

out = Path(sys.argv[1])
jobs = json.loads((out / "_jobs.json").read_text())
gold = json.loads((out / "_gold_pre.json").read_text())
home = out / "_home"
home.mkdir(parents=True, exist_ok=True)
env = dict(os.environ, HOME=str(home), XDG_RUNTIME_DIR=str(home), LC_ALL="C.UTF-8", TZ="UTC")
stage = out / "_stage"
shutil.rmtree(stage, ignore_errors=True)
stage.mkdir()
NICE = ["nice", "-n", "10"]


def run(cmd, **kw):
    p = subprocess.run(NICE + cmd, env=env, capture_output=True, timeout=240, **kw)
    if p.returncode != 0:
        sys.exit(f"producer failed: {' '.join(cmd)}\n{p.stderr.decode(errors='replace')[-1500:]}")
    return p


def src(j):
    return out / "_src" / j["half"] / (j["rel"] + j["src_ext"])


def dst(j):
    p = out / j["half"] / "corpus" / j["rel"]
    p.parent.mkdir(parents=True, exist_ok=True)
    return p


t0 = time.time()
# LibreOffice: one invocation per source type, files staged under unique flat names
for prod, ext in (("soffice-fodt", ".fodt"), ("soffice-docx", ".docx")):
    sel = [(i, j) for i, j in enumerate(jobs) if j["producer"] == prod]
    if not sel:
        continue
    d = stage / prod
    d.mkdir()
    for i, j in sel:
        shutil.copy(src(j), d / f"job{i:04d}{ext}")
    run(["soffice", f"-env:UserInstallation=file://{home}/lo", "--headless", "--norestore",
         "--convert-to", "pdf", "--outdir", str(d)] + [str(d / f"job{i:04d}{ext}") for i, _ in sel])
    for i, j in sel:
        shutil.move(d / f"job{i:04d}.pdf", dst(j))
for i, j in enumerate(jobs):
    p, s, o = j["producer"], src(j), dst(j)
    if p == "chromium":
        # served-looking path for the print stamp: /…/_stage/www/<municipality>.dk/referater/<file>.html
        web = stage / "www" / (j["rel"].split("/")[0].lower() + ".dk") / "referater" / (Path(j["rel"]).stem + ".html")
        web.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(s, web)
        s = web
        run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
             f"--user-data-dir={home}/chromium", f"--print-to-pdf={o}", s.as_uri()])
    elif p == "wkhtmltopdf":
        run(["wkhtmltopdf", "-q", "--footer-center", "Side [page] af [topage]", "--footer-font-size", "8",
             str(s), str(o)])
    elif p == "weasyprint":
        run(["weasyprint", str(s), str(o)])
    elif p == "groff":
        ps = stage / f"job{i:04d}.ps"
        ps.write_bytes(run(["groff", "-k", "-ms", "-Tps", str(s)]).stdout)
        run(["ps2pdf", str(ps), str(o)])
    elif p == "enscript-gs":
        ps, mid = stage / f"job{i:04d}.ps", stage / f"job{i:04d}.pdf"
        run(["enscript", "-q", "-X", "latin1", "-f", "Courier10", "--header=$n|Referat|Side $% af $=",
             "-o", str(ps), str(s)])
        run(["ps2pdf", str(ps), str(mid)])
        # re-distilled, as when a scanned-and-printed file is passed through a PDF printer again
        run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite",
             "-dCompatibilityLevel=1.4", f"-sOutputFile={o}", str(mid)])
    elif p in ("html-utf8", "html-cp1252"):
        shutil.copy(s, o)
print(f"producers done in {time.time()-t0:.0f}s", file=sys.stderr)

BAD = re.compile("[\ufffd\u3000-\u9fff\uac00-\ud7af\ue000-\uf8ff]|Ã.|Â.|â€")
DANISH = re.compile("[æøåÆØÅ]")
fails = []
for j in jobs:
    o = dst(j)
    g = gold[j["half"]]["documents"][j["rel"]]
    if o.suffix == ".pdf":
        txt = subprocess.run(["pdftotext", "-enc", "UTF-8", str(o), "-"], capture_output=True).stdout.decode("utf-8", "replace")
        info = subprocess.run(["pdfinfo", str(o)], capture_output=True, text=True).stdout
        g["pages"] = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    else:
        raw = o.read_bytes()
        txt = raw.decode("cp1252" if j["producer"] == "html-cp1252" else "utf-8")
        txt = re.sub(r"&#(\d+);", lambda m: chr(int(m.group(1))), txt)
        g["pages"] = 1
    why = []
    if len(txt.strip()) < 200:
        why.append("little text")
    if j["muni"] not in txt:
        why.append("municipality name missing")
    if not DANISH.search(txt):
        why.append("no Danish letters")
    if BAD.search(txt):
        why.append("mojibake/U+FFFD/CJK/private-use: " + BAD.search(txt).group(0))
    if why:
        fails.append(f"{j['half']}/{j['rel']}: {', '.join(why)}")
if fails:
    sys.exit("checks failed:\n" + "\n".join(fails))
for h, g in gold.items():
    (out / h / "gold.json").write_text(json.dumps(g, ensure_ascii=False, indent=1, sort_keys=True) + "\n")
print(f"checked {len(jobs)} files; {time.time()-t0:.0f}s", file=sys.stderr)
