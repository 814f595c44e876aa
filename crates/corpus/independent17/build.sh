#!/bin/bash
# build.sh OUT — builds the independent17 corpus into OUT (dev/, holdout/, layouts.md) and checks it.
set -euo pipefail
OUT=${1:?usage: build.sh OUT}
HERE=$(cd "$(dirname "$0")" && pwd)
declare -A PKG=([soffice]=libreoffice-writer [chromium]=chromium [wkhtmltopdf]=wkhtmltopdf [weasyprint]=weasyprint
                [enscript]=enscript [ps2pdf]=ghostscript [gs]=ghostscript [pdftotext]=poppler-utils)
for c in "${!PKG[@]}"; do
  if ! command -v "$c" >/dev/null 2>&1; then
    echo "installing ${PKG[$c]} for $c" >&2
    apt-get install -y -qq "${PKG[$c]}" >/dev/null
  fi
done
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
export HOME="$OUT/_home"
mkdir -p "$HOME"
export SOURCE_DATE_EPOCH=1764547200
start=$(date +%s)
python3 "$HERE/render.py" "$OUT"
python3 "$HERE/check.py" "$OUT"
rm -rf "$OUT/_home"
echo "built $OUT in $(( $(date +%s) - start ))s"
