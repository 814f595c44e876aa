#!/bin/bash
# Builds corpus independent19 into OUT: bash build.sh OUT
set -euo pipefail
OUT="${1:?usage: build.sh OUT}"
HERE="$(cd "$(dirname "$0")" && pwd)"
need() { command -v "$1" >/dev/null 2>&1 || { echo "installing $2"; apt-get install -y -qq "$2"; }; }
need soffice libreoffice-writer; need chromium chromium; need wkhtmltopdf wkhtmltopdf; need groff groff
need ps2pdf ghostscript; need gs ghostscript; need pdftotext poppler-utils; need pdfinfo poppler-utils
/usr/bin/python3 -c "import weasyprint" 2>/dev/null || apt-get install -y -qq weasyprint
mkdir -p "$OUT"
start=$(date +%s)
nice -n 10 python3 "$HERE/build.py" "$OUT"
python3 "$HERE/selfcheck.py" "$OUT"
echo "built $OUT in $(( $(date +%s) - start )) s"
