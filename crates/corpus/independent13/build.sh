#!/usr/bin/env bash
# Builds corpus 13: bash build.sh OUT
set -euo pipefail
OUT="${1:?usage: build.sh OUT}"
HERE="$(cd "$(dirname "$0")" && pwd)"
need=()
for c in soffice:libreoffice-writer chromium:chromium wkhtmltopdf:wkhtmltopdf weasyprint:weasyprint gs:ghostscript \
         ps2pdf:ghostscript enscript:enscript groff:groff qpdf:qpdf pdftotext:poppler-utils pdfinfo:poppler-utils; do
  command -v "${c%%:*}" >/dev/null 2>&1 || need+=("${c#*:}")
done
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}"
fi
rm -rf "$OUT"; mkdir -p "$OUT"
cd "$HERE" && python3 gen.py "$OUT"
echo "built $OUT/dev $OUT/holdout $OUT/layouts.md"
