#!/usr/bin/env bash
# Build the independent11 corpus: bash crates/corpus/independent11/build.sh OUT
set -euo pipefail
OUT=${1:?usage: build.sh OUT}
HERE=$(cd "$(dirname "$0")" && pwd)
need=()
command -v soffice >/dev/null || need+=(libreoffice-writer-nogui)
command -v chromium >/dev/null || need+=(chromium)
command -v wkhtmltopdf >/dev/null || need+=(wkhtmltopdf)
command -v gs >/dev/null || need+=(ghostscript)
command -v pdftotext >/dev/null || need+=(poppler-utils)
fc-list 2>/dev/null | grep -qi dejavu || need+=(fonts-dejavu-core)
fc-list 2>/dev/null | grep -qi liberation || need+=(fonts-liberation)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
python3 "$HERE/gen.py" "$OUT"
