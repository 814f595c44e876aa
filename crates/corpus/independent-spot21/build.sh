#!/usr/bin/env bash
# Build the independent spot-check corpus 21 (2026H2): build.sh [OUT]
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
OUT="$(mkdir -p "${1:-$HERE/out}" && cd "${1:-$HERE/out}" && pwd)"
need() {  # command, Debian package
  if ! command -v "$1" >/dev/null 2>&1; then
    echo "installing $2 (for $1)"
    (apt-get install -y "$2" >/dev/null 2>&1) || (apt-get update >/dev/null 2>&1 && apt-get install -y "$2" >/dev/null)
  fi
}
need soffice libreoffice-writer
need chromium chromium
need faketime faketime
need enscript enscript
need ps2pdf ghostscript
need gs ghostscript
need groff groff
need wkhtmltopdf wkhtmltopdf
need weasyprint weasyprint
need pdftotext poppler-utils
mkdir -p "$OUT/.home"
export HOME="$OUT/.home"
export LC_ALL=C.UTF-8 TZ=Europe/Copenhagen PYTHONHASHSEED=0
start=$(date +%s)
nice -n 10 python3 "$HERE/gen.py" "$OUT"
echo "built $OUT in $(( $(date +%s) - start )) s"
