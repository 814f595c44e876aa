#!/bin/bash
# Builds the independent20 corpus (map year 2024): bash build.sh OUT
set -euo pipefail
OUT=${1:?usage: build.sh OUT}
HERE=$(cd "$(dirname "$0")" && pwd)
need() { command -v "$1" >/dev/null || { echo "installing $2"; apt-get install -y -qq "$2"; }; }
need soffice libreoffice-writer; need chromium chromium; need wkhtmltopdf wkhtmltopdf
need weasyprint weasyprint; need groff groff; need ps2pdf ghostscript; need gs ghostscript
need enscript enscript; need pdftotext poppler-utils; need pdfinfo poppler-utils
rm -rf "$OUT"; mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
start=$(date +%s)
python3 "$HERE/gen.py" "$OUT"
python3 "$HERE/render.py" "$OUT"
python3 "$HERE/selfcheck.py" "$OUT"
rm -rf "$OUT/_src" "$OUT/_stage" "$OUT/_jobs.json" "$OUT/_gold_pre.json"
echo "built $OUT in $(( $(date +%s) - start ))s"
