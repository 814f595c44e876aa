#!/bin/bash
# independent15: bash build.sh OUT  — builds dev/ and holdout/ corpora, gold.json and layouts.md
set -euo pipefail
OUT=${1:?usage: build.sh OUT}
HERE=$(cd "$(dirname "$0")" && pwd)
need() { command -v "$1" >/dev/null 2>&1 || apt-get install -y -qq "$2"; }
need soffice libreoffice-writer; need chromium chromium; need wkhtmltopdf wkhtmltopdf
need weasyprint weasyprint; need groff groff; need enscript enscript; need ps2pdf ghostscript
need gs ghostscript; need pdftotext poppler-utils; need pdfinfo poppler-utils
rm -rf "$OUT"; mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
export HOME="$OUT/.home"; mkdir -p "$HOME"
export SOURCE_DATE_EPOCH=1704067200
cd "$HERE"
start=$(date +%s)
python3 gen.py "$OUT"
python3 render.py "$OUT"
rm -rf "$HOME"
python3 check.py "$OUT"
echo "built in $(( $(date +%s) - start ))s"
