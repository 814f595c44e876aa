#!/bin/sh
# Build independent spot corpus 22 (2026H1): build.sh [OUT]
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=${1:-$HERE/out}
mkdir -p "$OUT/.home"
need() { command -v "$1" >/dev/null 2>&1 || { echo "installing $2"; sudo apt-get install -y "$2" || apt-get install -y "$2"; }; }
need soffice libreoffice-writer
need chromium chromium
need wkhtmltopdf wkhtmltopdf
need weasyprint weasyprint
need gs ghostscript
need groff groff
need enscript enscript
need ps2pdf ghostscript
need pdftotext poppler-utils
HOME="$OUT/.home" exec nice -n 10 python3 "$HERE/gen.py" "$OUT"
