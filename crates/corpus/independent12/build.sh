#!/usr/bin/env bash
# Build the independent12 corpus: bash crates/corpus/independent12/build.sh OUT
set -euo pipefail
OUT="${1:?usage: build.sh OUT}"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
need=()
command -v soffice >/dev/null || need+=(libreoffice-writer)
command -v chromium >/dev/null || need+=(chromium)
command -v wkhtmltopdf >/dev/null || need+=(wkhtmltopdf)
command -v gs >/dev/null || need+=(ghostscript)
command -v weasyprint >/dev/null || need+=(weasyprint)
command -v enscript >/dev/null || need+=(enscript)
command -v pdftotext >/dev/null || need+=(poppler-utils)
fc-list | grep -qi dejavu || need+=(fonts-dejavu-core)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq && apt-get install -y -qq "${need[@]}"
fi
rm -rf "$OUT/dev" "$OUT/holdout" "$OUT/layouts.md"
mkdir -p "$OUT"
OUT="$(cd "$OUT" && pwd)"
cd "$HERE"
PYTHONDONTWRITEBYTECODE=1 PYTHONHASHSEED=0 python3 gen.py "$OUT"
python3 "$HERE/check.py" "$OUT"
