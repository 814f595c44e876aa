#!/usr/bin/env bash
# Builds corpus 24 (map year 2025): bash crates/corpus/independent24/build.sh OUT
set -euo pipefail
[ $# -eq 1 ] || { echo "usage: build.sh OUT" >&2; exit 2; }
HERE="$(cd "$(dirname "$0")" && pwd)"
OUT="$(realpath -m "$1")"
need() {  # command, Debian package
  command -v "$1" >/dev/null 2>&1 && return 0
  echo "installing $2 for $1" >&2
  if [ "$(id -u)" = 0 ]; then apt-get install -y -q "$2" >/dev/null; else sudo apt-get install -y -q "$2" >/dev/null; fi
}
need soffice libreoffice-writer; need gs ghostscript; need chromium chromium; need wkhtmltopdf wkhtmltopdf
need weasyprint weasyprint; need groff groff; need enscript enscript; need ps2pdf ghostscript; need pdftotext poppler-utils
need pdfinfo poppler-utils
rm -rf "$OUT"; mkdir -p "$OUT/home" "$OUT/print"
export HOME="$OUT/home"
t0=$(date +%s)
nice -n 15 python3 "$HERE/gen.py" "$OUT"
nice -n 15 python3 "$HERE/render.py" "$OUT" dev
nice -n 15 python3 "$HERE/render.py" "$OUT" holdout
rm -f "$OUT/dev/models.json" "$OUT/holdout/models.json"
nice -n 15 python3 "$HERE/selfcheck.py" "$OUT"
rm -rf "$OUT/tmp" "$OUT/home" "$OUT/print" "$OUT/stub-tilsyn"
echo "built $OUT in $(( $(date +%s) - t0 )) s"
