#!/bin/bash
# Builds the independent22 corpus: bash build.sh OUT
set -euo pipefail
OUT="${1:?usage: build.sh OUT}"
HERE="$(cd "$(dirname "$0")" && pwd)"
for c in soffice chromium wkhtmltopdf weasyprint groff ps2pdf gs enscript pdftotext pdfinfo; do
  if ! command -v "$c" >/dev/null; then
    case "$c" in
      soffice) p=libreoffice-writer;; pdftotext|pdfinfo) p=poppler-utils;; ps2pdf|gs) p=ghostscript;; *) p="$c";;
    esac
    apt-get install -y -qq "$p"
  fi
done
mkdir -p "$OUT"
rm -rf "$OUT/dev" "$OUT/holdout"
mkdir -p "$OUT/.home"
export HOME="$OUT/.home"
t0=$(date +%s)
cd "$HERE"
nice -n 10 python3 render.py "$OUT"
python3 selfcheck.py "$OUT"
echo "build done in $(( $(date +%s) - t0 )) s"
