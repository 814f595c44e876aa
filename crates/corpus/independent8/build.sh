#!/bin/bash
# usage: bash crates/corpus/independent8/build.sh OUT   (builds independent8, map year 2023)
set -e
OUT=${1:?usage: build.sh OUT}
HERE=$(cd "$(dirname "$0")" && pwd)
need=""
for c in chromium:chromium weasyprint:weasyprint wkhtmltopdf:wkhtmltopdf soffice:libreoffice-writer-nogui gs:ghostscript qpdf:qpdf pdftotext:poppler-utils groff:groff; do
  command -v ${c%%:*} >/dev/null || need="$need ${c##*:}"
done
[ -n "$need" ] && { sudo apt-get update -q && sudo apt-get install -y -q $need fonts-dejavu fonts-liberation; }
rm -rf "$OUT"; mkdir -p "$OUT"
python3 "$HERE/gen.py" "$OUT"
python3 "$HERE/render.py" "$OUT"
rm -rf "$OUT/_src"
