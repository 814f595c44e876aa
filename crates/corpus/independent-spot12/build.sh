#!/bin/sh
# Build independent spot corpus 12 (period 2025H1).  Usage: build.sh [OUT]   (default /tmp/ss12)
set -eu
OUT="${1:-/tmp/ss12}"
HERE="$(cd "$(dirname "$0")" && pwd)"
need=""
command -v soffice     >/dev/null 2>&1 || need="$need libreoffice-writer"
command -v chromium    >/dev/null 2>&1 || need="$need chromium"
command -v wkhtmltopdf >/dev/null 2>&1 || need="$need wkhtmltopdf"
command -v weasyprint  >/dev/null 2>&1 || need="$need weasyprint"
command -v gs          >/dev/null 2>&1 || need="$need ghostscript"
command -v groff       >/dev/null 2>&1 || need="$need groff"
command -v pdftotext   >/dev/null 2>&1 || need="$need poppler-utils"
fc-list 2>/dev/null | grep -qi dejavu || need="$need fonts-dejavu-core"
fc-list 2>/dev/null | grep -qi liberation || need="$need fonts-liberation"
if [ -n "$need" ]; then
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $need
fi
python3 "$HERE/gen.py" "$OUT"
SCORE=/work/main/crates/corpus/independent-spot/score.py
if [ -f "$SCORE" ]; then
  python3 "$HERE/check_stub.py" "$OUT" "$SCORE"
fi
