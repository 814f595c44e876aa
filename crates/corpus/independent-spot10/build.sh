#!/bin/sh
# Build the independent spot-check corpus 10.  sh build.sh [OUT]   (default: ./out)
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=${1:-$HERE/out}
need=""
for pair in soffice:libreoffice-writer-nogui chromium:chromium wkhtmltopdf:wkhtmltopdf weasyprint:weasyprint \
            groff:groff ps2pdf:ghostscript gs:ghostscript pdftotext:poppler-utils; do
  cmd=${pair%%:*}; pkg=${pair#*:}
  command -v "$cmd" >/dev/null 2>&1 || need="$need $pkg"
done
[ -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need="$need fonts-dejavu-core"
if [ -n "$need" ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $need
fi
export SOURCE_DATE_EPOCH=1718000000 TZ=UTC LC_ALL=C.UTF-8
python3 "$HERE/gen.py" "$OUT" --seed 20240610
