#!/bin/bash
# independent16: build.sh OUT   (map year 2023; fixed seed; about 3 minutes on two shared cores)
set -euo pipefail
OUT=${1:?usage: build.sh OUT}
HERE=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$OUT"; OUT=$(cd "$OUT" && pwd)
need=()
for pair in soffice:libreoffice-writer chromium:chromium wkhtmltopdf:wkhtmltopdf weasyprint:weasyprint \
            enscript:enscript groff:groff ps2pdf:ghostscript gs:ghostscript pdftotext:poppler-utils; do
  command -v "${pair%%:*}" >/dev/null 2>&1 || need+=("${pair##*:}")
done
if [ ${#need[@]} -gt 0 ]; then apt-get install -y -qq "${need[@]}"; fi
export HOME="$OUT/.home"; mkdir -p "$HOME"
export XDG_RUNTIME_DIR="$HOME/run"; mkdir -p -m 700 "$XDG_RUNTIME_DIR"
start=$(date +%s)
cd "$HERE"
rm -rf "$OUT/dev" "$OUT/holdout"
python3 gen.py "$OUT"
python3 render.py "$OUT"
python3 check.py "$OUT"
rm -rf "$OUT/model.json" "$HOME"
echo "built $OUT in $(( $(date +%s) - start ))s"
