#!/usr/bin/env bash
# Builds corpus 9: bash build.sh OUT
set -euo pipefail
OUT=${1:?usage: build.sh OUT}
HERE=$(cd "$(dirname "$0")" && pwd)
KOMMUNER=${KOMMUNER:-/work/shared/data/kommuner.csv}
need=()
command -v soffice >/dev/null || need+=(libreoffice-writer)
command -v chromium >/dev/null || need+=(chromium)
command -v wkhtmltopdf >/dev/null || need+=(wkhtmltopdf)
command -v gs >/dev/null || need+=(ghostscript)
command -v groff >/dev/null || need+=(groff)
command -v weasyprint >/dev/null || need+=(weasyprint)
command -v pdftotext >/dev/null || need+=(poppler-utils)
dpkg -s fonts-dejavu-core >/dev/null 2>&1 || need+=(fonts-dejavu-core)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing: ${need[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}"
fi
rm -rf "$OUT"; mkdir -p "$OUT"
python3 "$HERE/gen.py" "$KOMMUNER" "$OUT"
python3 "$HERE/render.py" "$OUT"
rm -rf "$OUT/_src"
echo "corpus 9 written to $OUT"
