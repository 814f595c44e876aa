#!/bin/sh
# build.sh OUT [SEED] - builds independent corpus 5 (map year 2023) into OUT/{dev,holdout}/{corpus,gold.json} and OUT/layouts.md
set -eu
OUT=${1:?usage: build.sh OUT [SEED]}; SEED=${2:-5023}
HERE=$(cd "$(dirname "$0")" && pwd)
need=""
for t in chromium:chromium wkhtmltopdf:wkhtmltopdf soffice:libreoffice-writer enscript:enscript ps2pdf:ghostscript pdftotext:poppler-utils pdfinfo:poppler-utils python3:python3; do
  command -v "${t%%:*}" >/dev/null 2>&1 || need="$need ${t#*:}"
done
if [ -n "$need" ]; then
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update && $SUDO apt-get install -y --no-install-recommends $need fonts-dejavu-core fonts-liberation
fi
python3 "$HERE/gen.py" "$OUT" "$SEED"
# fail loudly on a PDF without text
find "$OUT" -name '*.pdf' | while read -r f; do
  n=$(pdftotext "$f" - | wc -c); [ "$n" -gt 200 ] || { echo "PDF WITHOUT TEXT: $f" >&2; exit 1; }
done
echo "built $OUT (seed $SEED)"
