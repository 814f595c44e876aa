#!/usr/bin/env bash
# Build independent spot-check corpus 23 (2027H1):  build.sh [OUT]   (default: ./out next to this script)
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/out}"
mkdir -p "$OUT"
OUT="$(cd "$OUT" && pwd)"
need() {  # command, Debian package
  if ! command -v "$1" >/dev/null 2>&1; then
    echo "installing $2 for $1" >&2
    apt-get install -y --no-install-recommends "$2" >/dev/null
  fi
}
need soffice libreoffice-writer
need chromium chromium
need wkhtmltopdf wkhtmltopdf
need weasyprint weasyprint
need gs ghostscript
need ps2pdf ghostscript
need groff groff
need enscript enscript
need pdftotext poppler-utils
need faketime faketime
mkdir -p "$OUT/.home"
export HOME="$OUT/.home"
exec nice -n 10 python3 "$HERE/gen.py" "$OUT"
