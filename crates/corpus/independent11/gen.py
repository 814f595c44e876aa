#!/usr/bin/env python3
"""Builds the independent11 corpus: python3 gen.py OUT"""
import sys, os, csv, json, random, subprocess, shutil, re, collections, time
from pathlib import Path
from concurrent.futures import ThreadPoolExecutor
sys.path.insert(0, str(Path(__file__).resolve().parent))
from model import *
import render as R

OUT = Path(sys.argv[1]).resolve()
KOM = Path("/work/shared/data/kommuner.csv")
rng = random.Random(SEED)
munis = [(row["code"], row["name"]) for row in csv.DictReader(open(KOM, encoding="utf-8"))]
assert len(munis) == 98
rng.shuffle(munis)
halves = {"dev": munis[:49], "holdout": munis[49:]}
pairs = collections.defaultdict(list)
for L, (p, _, _) in R.LAYOUTS.items(): pairs[p].append(L)
half_layouts = {"dev": [], "holdout": []}
for p in sorted(pairs):
    a, b = pairs[p]
    if rng.random() < 0.5: a, b = b, a
    half_layouts["dev"].append(a); half_layouts["holdout"].append(b)

if OUT.exists(): shutil.rmtree(OUT)
SRC = OUT / "_src"
(SRC).mkdir(parents=True)

jobs = []   # (layout, src, final_pdf_or_html, kind)
gold_all = {}
mapping_lines = []

def folder_name(r, code, name):
    c = r.randint(0, 3)
    return [code.zfill(4), code, ascii_name(name).lower(), f"{name}-Kommune"][c]

for hi, half in enumerate(("dev", "holdout")):
    hr = random.Random(SEED * 7 + hi)
    plans = []
    for plan, n in COUNTS.items():
        vs = [v for v, h in VARIANTS[plan] if h == "B" or h == ("D" if half == "dev" else "H")]
        hr.shuffle(vs)
        plans += [(plan, vs[i % len(vs)]) for i in range(n)]
    # spread scenarios over layouts: round-robin after grouping by plan
    lays = half_layouts[half]
    assign = [(p, v, lays[i % len(lays)]) for i, (p, v) in enumerate(plans)]
    ms = list(halves[half])
    hr.shuffle(ms)
    gold = {"map_year": MAP_YEAR, "seed": SEED, "municipalities": {}, "documents": {}}
    for (code, name), (plan, variant, layout) in zip(ms, assign):
        r = random.Random(f"{SEED}-{code}")
        council, meetings = build_muni(r, code, name, plan, variant, hi)
        folder = folder_name(r, code, name)
        docs = []
        used = set()
        for mi, m in enumerate(meetings):
            others = [(o.body, o.date) for o in meetings if o is not m][:3] + [(council, D("2024-01-25"))]
            if layout == "B1-chromium-web": blocks, hdr = R.L_chromium_web(m, name, r, others)
            else: blocks, hdr = {"A1-docx-kvtable": R.L_docx_kv, "A2-odt-titleline": R.L_odt_title, "B2-wkhtml-cells": R.L_wkhtml_cell,
                                 "C1-gs-protocol": R.L_gs_protocol, "C2-gs-chromium-chain": R.L_gs_chromium_chain,
                                 "D1-html-item-utf8": R.L_html_item, "D2-html-meeting-cp1252": R.L_html_1252}[layout](m, name, r)
            items = m.items
            if layout == "D1-html-item-utf8": items, hdr = hdr, None
            ab = ascii_name(m.body.split(" og ")[0] if m.joint else m.body)
            iso = m.date.isoformat()
            fn = {"A1-docx-kvtable": f"Referat_{ab}_{iso}.pdf", "A2-odt-titleline": f"{fdate(m.date,'dash')}_referat.pdf",
                  "B1-chromium-web": f"dagsorden-og-referat-{r.randint(10000,99999)}.pdf", "B2-wkhtml-cells": f"{ab.lower()}-{iso}.pdf",
                  "C1-gs-protocol": f"Beslutningsprotokol_{fdate(m.date,'dot')}.pdf", "C2-gs-chromium-chain": f"{iso}_{m.body.split(' ')[0]}.pdf",
                  "D1-html-item-utf8": f"punkt-{r.randint(1000,9999)}-{iso}.html", "D2-html-meeting-cp1252": f"referat_{iso}_{ab}.htm"}[layout]
            while fn in used: fn = "2_" + fn
            used.add(fn)
            rel = f"{folder}/{fn}"
            final = OUT / half / "corpus" / rel
            final.parent.mkdir(parents=True, exist_ok=True)
            stem = SRC / half / folder / Path(fn).stem
            stem.parent.mkdir(parents=True, exist_ok=True)
            title = f"{m.body} {fdate(m.date,'dot')}"
            if layout == "A1-docx-kvtable":
                R.to_docx(blocks, hdr, str(stem) + ".docx"); jobs.append(("soffice", str(stem) + ".docx", final, None))
            elif layout in ("A2-odt-titleline", "C1-gs-protocol"):
                R.to_odt(blocks, hdr, str(stem) + ".odt"); jobs.append(("soffice", str(stem) + ".odt", final, "gs" if layout.startswith("C1") else None))
            elif layout in ("B1-chromium-web", "C2-gs-chromium-chain"):
                Path(str(stem) + ".html").write_text(R.to_html(blocks, layout, title=title), encoding="utf-8")
                jobs.append(("chromium", str(stem) + ".html", final, "gs" if layout.startswith("C2") else None))
            elif layout == "B2-wkhtml-cells":
                Path(str(stem) + ".html").write_text(R.to_html(blocks, layout, title=title), encoding="utf-8")
                jobs.append(("wkhtml", str(stem) + ".html", final, f"{name} Kommune · Udskrevet 11.01.2024 09:14"))
            elif layout == "D1-html-item-utf8":
                final.write_text(R.to_html(blocks, layout, title=title), encoding="utf-8")
            elif layout == "D2-html-meeting-cp1252":
                final.write_bytes(R.to_html(blocks, layout, charset="windows-1252", title=title).encode("cp1252"))
            dk = [dict(i.dk) for i in items if i.dk]
            att = [i.attention for i in items if i.dk]
            gold["documents"][rel] = {"status": "ok", "municipality_code": code, "body": m.kind, "meeting_date": iso,
                                      "dk_items": dk, "pages": 1, "producer": R.LAYOUTS[layout][1], "layout": layout,
                                      "attention_points": att}
            docs.append((rel, m.kind, m.date, dk))
        assert 2 <= len(docs) <= 4, (code, variant, len(docs))
        out, ap, tdoc, tdate = decide(docs)
        eo, eap = EXPECT[plan]
        assert out == eo and (eap is None or ap == eap), (code, plan, variant, out, ap)
        gold["municipalities"][code] = {"name": name, "outcome": out, "action_plan": ap, "plan": plan, "variant": variant,
                                        "layout": layout, "folder": folder,
                                        "meeting_date": tdate.isoformat() if tdate else None, "treatment_document": tdoc}
        mapping_lines.append(f"| {half} | {code} | {name} | {folder} | {layout} | {plan} | {variant} |")
    gold_all[half] = gold

# ------------------------------------------------------------ render
def run(cmd, **kw):
    p = subprocess.run(cmd, capture_output=True, text=True, timeout=600, **kw)
    if p.returncode != 0:
        raise SystemExit(f"FAILED {cmd[:3]}: {p.stderr[-800:]}")
    return p

CHROME = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
def soffice_all():
    srcs = [j[1] for j in jobs if j[0] == "soffice"]
    if not srcs: return
    tmp = SRC / "_soffice"; tmp.mkdir(exist_ok=True)
    prof = SRC / "_lo_profile"
    for i in range(0, len(srcs), 60):
        run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf", "--outdir", str(tmp)] + srcs[i:i+60])
    for kind, src, final, post in jobs:
        if kind != "soffice": continue
        pdf = tmp / (Path(src).stem + ".pdf")
        # stems can repeat across municipalities: soffice writes by stem, so stems were made unique below
        shutil.copy(pdf, final)

def browsers_all():
    prof = SRC / "_chrome_profile"
    for kind, src, final, post in jobs:
        if kind == "chromium":
            run([CHROME, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", f"--user-data-dir={prof}",
                 f"--print-to-pdf={final}", "file://" + src])
        elif kind == "wkhtml":
            run(["wkhtmltopdf", "-q", "--encoding", "utf-8", "--header-left", post, "--header-font-size", "7",
                 "--footer-right", "Side [page] af [topage]", "--footer-font-size", "8", src, str(final)])

# soffice names outputs by stem: make every soffice source stem unique
for n, j in enumerate(jobs):
    if j[0] == "soffice":
        p = Path(j[1]); q = p.with_name(f"s{n:04d}_{p.name}"); p.rename(q)
        jobs[n] = (j[0], str(q), j[2], j[3])

t0 = time.time()
with ThreadPoolExecutor(2) as ex:   # at most two renderers at once
    fs = [ex.submit(soffice_all), ex.submit(browsers_all)]
    for f in fs: f.result()
# Ghostscript re-distilling
gsjobs = [(j[2]) for j in jobs if j[3] == "gs"]
def gs(final):
    tmp = str(final) + ".orig.pdf"
    os.rename(final, tmp)
    run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite", "-dCompatibilityLevel=1.5", f"-sOutputFile={final}", tmp])
    os.remove(tmp)
with ThreadPoolExecutor(2) as ex: list(ex.map(gs, gsjobs))
print(f"rendered {len(jobs)} PDFs in {time.time()-t0:.0f}s", file=sys.stderr)

# ------------------------------------------------------------ check PDFs, page counts
bad = []
for half, gold in gold_all.items():
    for rel, g in gold["documents"].items():
        f = OUT / half / "corpus" / rel
        assert f.exists(), f
        code = g["municipality_code"]
        name = gold["municipalities"][code]["name"]
        if f.suffix == ".pdf":
            txt = subprocess.run(["pdftotext", "-enc", "UTF-8", str(f), "-"], capture_output=True, text=True).stdout
            info = subprocess.run(["pdfinfo", str(f)], capture_output=True, text=True).stdout
            g["pages"] = int(re.search(r"Pages:\s+(\d+)", info).group(1))
        else:
            raw = f.read_bytes()
            txt = raw.decode("cp1252" if f.suffix == ".htm" else "utf-8")
        norm = re.sub(r"\s+", " ", txt)
        if len(norm) < 200 or not re.search("[æøåÆØÅ]", norm) or "Ã" in norm or name not in norm:
            bad.append((rel, len(norm), name in norm))
        for dki in g["dk_items"]:
            if not re.search(r"omgørelse|danmarkskort|Ankestyrelsen", norm, re.I): bad.append((rel, "no dk text"))
if bad:
    raise SystemExit(f"PDF/HTML check failed ({len(bad)}): {bad[:10]}")

for half, gold in gold_all.items():
    (OUT / half / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")
with open(OUT / "layouts.md", "w", encoding="utf-8") as f:
    f.write("# independent11 layouts\n\n| half | layout | pair | producer |\n|---|---|---|---|\n")
    for half in ("dev", "holdout"):
        for L in half_layouts[half]:
            f.write(f"| {half} | {L} | {R.LAYOUTS[L][0]} | {R.LAYOUTS[L][1]} |\n")
    f.write("\n| half | code | name | folder | layout | plan | variant |\n|---|---|---|---|---|---|---|\n")
    f.write("\n".join(sorted(mapping_lines)) + "\n")
shutil.rmtree(SRC)
for half, gold in gold_all.items():
    c = collections.Counter((m["outcome"], m["action_plan"]) for m in gold["municipalities"].values())
    print(half, len(gold["documents"]), "docs", dict(sorted(c.items(), key=str)), file=sys.stderr)
