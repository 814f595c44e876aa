#!/bin/sh
# build.sh OUT [SEED] - generate, render and index the fifth independent spot-check corpus.
set -e
OUT=${1:?usage: build.sh OUT [SEED]}
SEED=${2:-2024}
HERE=$(cd "$(dirname "$0")" && pwd)

# producers, installed by Debian package name when missing
need=""
command -v python3 >/dev/null || need="$need python3"
command -v wkhtmltopdf >/dev/null || need="$need wkhtmltopdf"
command -v qpdf >/dev/null || need="$need qpdf"
command -v pdftotext >/dev/null || need="$need poppler-utils"
command -v pdfunite >/dev/null || need="$need poppler-utils"
command -v chromium >/dev/null || command -v chromium-browser >/dev/null || need="$need chromium"
command -v soffice >/dev/null || command -v libreoffice >/dev/null || need="$need libreoffice-writer-nogui"
fc-list 2>/dev/null | grep -q "Liberation" || need="$need fonts-liberation"
fc-list 2>/dev/null | grep -q "DejaVu" || need="$need fonts-dejavu-core"
if [ -n "$need" ]; then
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -q
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q $need || \
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q $(echo $need | sed 's/libreoffice-writer-nogui/libreoffice-writer/')
fi

rm -rf "$OUT"
mkdir -p "$OUT"
python3 "$HERE/gen.py" "$OUT" "$SEED"
python3 "$HERE/render.py" "$OUT"
python3 "$HERE/index.py" "$OUT"
echo "built $OUT (seed $SEED)"
