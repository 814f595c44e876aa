#!/usr/bin/env bash
# Builds corpus 14:  bash crates/corpus/independent14/build.sh OUT
set -euo pipefail
OUT="${1:?usage: build.sh OUT}"
HERE="$(cd "$(dirname "$0")" && pwd)"
need=()
command -v soffice >/dev/null || need+=(libreoffice-writer)
command -v chromium >/dev/null || need+=(chromium)
command -v wkhtmltopdf >/dev/null || need+=(wkhtmltopdf)
command -v weasyprint >/dev/null || need+=(weasyprint)
command -v ps2pdf >/dev/null || need+=(ghostscript)
command -v enscript >/dev/null || need+=(enscript)
command -v groff >/dev/null || need+=(groff)
command -v pdftotext >/dev/null || need+=(poppler-utils)
command -v qpdf >/dev/null || need+=(qpdf)
fc-list 2>/dev/null | grep -qi dejavu || need+=(fonts-dejavu-core)
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq && $SUDO apt-get install -y -qq "${need[@]}"
fi
mkdir -p "$OUT"
OUT="$(cd "$OUT" && pwd)"
cd "$HERE"
python3 render.py "$OUT"
python3 check.py "$OUT"
