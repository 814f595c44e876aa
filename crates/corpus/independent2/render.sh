#!/usr/bin/env bash
# Renders the sources listed in OUT/manifest.tsv into PDFs, checks their text layer and fills page
# counts into OUT/{dev,holdout}/gold.json.   usage: render.sh OUT
set -euo pipefail
OUT=$(realpath "$1")
need() { command -v "$1" >/dev/null 2>&1 || { apt-get install -y "$2" >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y "$2" >/dev/null; }; }; }
need soffice libreoffice-writer-nogui; need chromium chromium; need wkhtmltopdf wkhtmltopdf
need ps2pdf ghostscript; need pdftotext poppler-utils; need pdfinfo poppler-utils
fc-list | grep -qi "liberation" || apt-get install -y fonts-liberation fonts-dejavu-core >/dev/null 2>&1 || true
M="$OUT/manifest.tsv"
# PostScript -> PDF through Ghostscript (2 at a time)
awk -F'\t' '$1=="ps"{print $2"\t"$3}' "$M" | tr '\n' '\0' | xargs -0 -P2 -I{} bash -c 'IFS=$'"'"'\t'"'"' read -r s d <<<"{}"; ps2pdf -dPDFSETTINGS=/prepress "$s" "$d"'
# LibreOffice: all sources of one kind in one soffice call
for ext in rtf docx; do
  files=$(awk -F'\t' -v e=".$ext" '$1=="soffice" && substr($2, length($2)-length(e)+1)==e {print $2}' "$M")
  [ -z "$files" ] && continue
  tmp=$(mktemp -d); prof=$(mktemp -d)
  echo "$files" | tr '\n' '\0' | xargs -0 soffice -env:UserInstallation=file://$prof --headless --convert-to pdf --outdir "$tmp" >/dev/null 2>&1
  awk -F'\t' -v e=".$ext" '$1=="soffice" && substr($2, length($2)-length(e)+1)==e {print $2"\t"$3}' "$M" | while IFS=$'\t' read -r s d; do
    b=$(basename "$s"); mv "$tmp/${b%.*}.pdf" "$d"; done
  rm -rf "$tmp" "$prof"
done
# Chromium (2 at a time)
awk -F'\t' '$1=="chromium"{print $2"\t"$3}' "$M" | tr '\n' '\0' | xargs -0 -P2 -I{} bash -c 'IFS=$'"'"'\t'"'"' read -r s d <<<"{}"; chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$d" "file://$s" >/dev/null 2>&1'
# wkhtmltopdf with header/footer options (2 at a time)
awk -F'\t' '$1=="wkhtml"{print $2"\t"$3"\t"$4}' "$M" | tr '\n' '\0' | xargs -0 -P2 -I{} bash -c 'IFS=$'"'"'\t'"'"' read -r s d o <<<"{}"; IFS="|" read -ra A <<<"$o"; wkhtmltopdf -q "${A[@]}" "$s" "$d" >/dev/null 2>&1 || test -s "$d"'
python3 - "$OUT" <<'PY'
import json, subprocess, sys
from pathlib import Path
out = Path(sys.argv[1]); bad = 0
for half in ("dev", "holdout"):
    gp = out / half / "gold.json"; g = json.loads(gp.read_text())
    for rel, d in g["documents"].items():
        p = out / half / "corpus" / rel
        if not p.exists():
            print("MISSING", p); bad += 1; continue
        if p.suffix == ".pdf":
            info = subprocess.run(["pdfinfo", str(p)], capture_output=True, text=True).stdout
            d["pages"] = int(next(l.split()[-1] for l in info.splitlines() if l.startswith("Pages:")))
            txt = subprocess.run(["pdftotext", "-layout", str(p), "-"], capture_output=True, text=True).stdout
            if len(txt.split()) < 50:
                print("NO TEXT LAYER", p); bad += 1
    gp.write_text(json.dumps(g, ensure_ascii=False, indent=1, sort_keys=True))
sys.exit(1 if bad else 0)
PY
