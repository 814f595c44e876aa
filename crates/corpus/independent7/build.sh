#!/usr/bin/env bash
# build.sh OUT [SEED] — generate, render and finalize the independent7 corpus.
set -euo pipefail
OUT=${1:?usage: build.sh OUT [SEED]}; SEED=${2:-7}
HERE=$(cd "$(dirname "$0")" && pwd)
need() { command -v "$1" >/dev/null 2>&1 || MISSING="$MISSING $2"; }
MISSING=""
need chromium chromium; need soffice libreoffice-writer; need pandoc pandoc; need weasyprint weasyprint
need enscript enscript; need ps2pdf ghostscript; need pdftotext poppler-utils; need pdfinfo poppler-utils
fc-list | grep -qi "DejaVu Serif" || MISSING="$MISSING fonts-dejavu-core fonts-dejavu-extra"
fc-list | grep -qi "Liberation Sans" || MISSING="$MISSING fonts-liberation"
if [ -n "$MISSING" ]; then
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq && $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $MISSING
fi
rm -rf "$OUT"; mkdir -p "$OUT"
python3 "$HERE/gen.py" "$OUT" "$SEED"
python3 "$HERE/render.py" "$OUT"
python3 "$HERE/finalize.py" "$OUT"
echo "built $OUT (seed $SEED)"
