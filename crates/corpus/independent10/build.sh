#!/usr/bin/env bash
# independent10: build the labelled corpus for map year 2025.   bash build.sh OUT
set -euo pipefail
OUT=${1:?usage: build.sh OUT}
HERE=$(cd "$(dirname "$0")" && pwd)
need=()
for pair in enscript:enscript ps2pdf:ghostscript gs:ghostscript groff:groff weasyprint:weasyprint \
            wkhtmltopdf:wkhtmltopdf chromium:chromium soffice:libreoffice-writer pdftotext:poppler-utils pdfinfo:poppler-utils; do
  command -v "${pair%%:*}" >/dev/null 2>&1 || need+=("${pair#*:}")
done
if [ ${#need[@]} -gt 0 ]; then
  echo "installing: ${need[*]}" >&2
  SUDO=; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq && $SUDO apt-get install -y -qq $(printf '%s\n' "${need[@]}" | sort -u)
fi
rm -rf "$OUT"
mkdir -p "$OUT"
start=$(date +%s)
python3 "$HERE/gen.py" "$OUT"
python3 "$HERE/render.py" "$OUT"
rm -rf "$OUT/src" "$OUT/jobs.json"
for h in dev holdout; do
  python3 - "$OUT/$h/gold.json" <<'PY'
import json, sys, collections
g = json.load(open(sys.argv[1]))
assert len(g["municipalities"]) == 49
print(sys.argv[1], dict(collections.Counter(m["outcome"] for m in g["municipalities"].values())), len(g["documents"]), "documents")
PY
done
echo "built in $(( $(date +%s) - start ))s" >&2
