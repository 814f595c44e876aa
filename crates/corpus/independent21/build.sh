#!/bin/bash
# Builds independent21 into OUT: OUT/dev, OUT/holdout, OUT/layouts.md. Usage: build.sh OUT
set -euo pipefail
OUT=${1:?usage: build.sh OUT}
export PYTHONDONTWRITEBYTECODE=1
HERE=$(cd "$(dirname "$0")" && pwd)
for c in soffice chromium wkhtmltopdf weasyprint groff ps2pdf gs pdftotext pdfinfo; do
  if ! command -v "$c" >/dev/null; then
    case $c in soffice) p=libreoffice-writer;; pdftotext|pdfinfo) p=poppler-utils;; ps2pdf|gs) p=ghostscript;; *) p=$c;; esac
    apt-get install -y -qq "$p"
  fi
done
rm -rf "$OUT/dev" "$OUT/holdout" "$OUT/layouts.md"
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
cd "$HERE"
python3 gen.py "$OUT"
python3 selfcheck.py "$OUT"
