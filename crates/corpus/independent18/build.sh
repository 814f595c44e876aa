#!/usr/bin/env bash
# build.sh OUT: writes OUT/dev, OUT/holdout, OUT/layouts.md (independent18, map year 2022)
set -euo pipefail
OUT=${1:?usage: build.sh OUT}
HERE=$(cd "$(dirname "$0")" && pwd)
need() { command -v "$1" >/dev/null 2>&1 || { echo "installing $2"; apt-get install -y -qq "$2"; }; }
need soffice libreoffice-writer; need chromium chromium; need wkhtmltopdf wkhtmltopdf
need weasyprint weasyprint; need groff groff; need ps2pdf ghostscript; need gs ghostscript
need pdftotext poppler-utils; need pdfinfo poppler-utils
rm -rf "$OUT"; mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
export HOME="$OUT/_work_home"; mkdir -p "$HOME"
start=$(date +%s)
cd "$HERE"
python3 gen.py "$OUT"
rm -rf "$OUT/_work_home"
python3 check.py "$OUT"
echo "built in $(( $(date +%s) - start )) s"
