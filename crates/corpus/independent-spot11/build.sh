#!/usr/bin/env bash
# Build the independent spot corpus 11 (period 2024H2).
#   ./build.sh [OUT]      (default OUT=/tmp/ss11; keep it outside the repository)
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
OUT="${1:-/tmp/ss11}"
need=()
command -v soffice     >/dev/null || need+=(libreoffice-writer)
command -v chromium    >/dev/null || need+=(chromium)
command -v wkhtmltopdf >/dev/null || need+=(wkhtmltopdf)
command -v weasyprint  >/dev/null || need+=(weasyprint)
command -v groff       >/dev/null || need+=(groff)
command -v ps2pdf      >/dev/null || need+=(ghostscript)
command -v pdftotext   >/dev/null || need+=(poppler-utils)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq && apt-get install -y -qq "${need[@]}"
fi
# renderers run one at a time (at most one LibreOffice / Chromium process at once)
PYTHONDONTWRITEBYTECODE=1 python3 "$HERE/gen.py" "$OUT"
echo "built $OUT"
