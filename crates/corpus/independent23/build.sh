#!/usr/bin/env bash
# bash crates/corpus/independent23/build.sh OUT  ->  OUT/dev/{corpus,gold.json}, OUT/holdout/{corpus,gold.json}
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
OUT="${1:?usage: build.sh OUT}"
mkdir -p "$OUT"
OUT="$(cd "$OUT" && pwd)"
rm -rf "$OUT/dev" "$OUT/holdout" "$OUT/src" "$OUT/home" "$OUT/model.json"
export HOME="$OUT/home"
mkdir -p "$HOME"
need() {  # need COMMAND DEBIAN-PACKAGE
  if ! command -v "$1" >/dev/null 2>&1; then
    echo "installing $2 for $1" >&2
    sudo -n apt-get install -y --no-install-recommends "$2" >&2 || apt-get install -y --no-install-recommends "$2" >&2
  fi
}
need soffice libreoffice-writer
need chromium chromium
need wkhtmltopdf wkhtmltopdf
need weasyprint weasyprint
need gs ghostscript
need groff groff
need ps2pdf ghostscript
need enscript enscript
need pdftotext poppler-utils
need pdfinfo poppler-utils
t0=$(date +%s)
cd "$HERE"
python3 gen.py "$OUT"
python3 render.py "$OUT"
python3 selfcheck.py "$OUT"
rm -rf "$OUT/src" "$OUT/home" "$OUT/model.json"
echo "built $OUT in $(( $(date +%s) - t0 )) s"
