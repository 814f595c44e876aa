#!/usr/bin/env bash
# Build the third independent spot-check corpus.
#   build.sh OUT [SEED]      (seed default 2024)
# gen.py (sources) -> render.sh (PDFs, installs its producers with apt-get) -> index.py
# (pages from pdftotext, gold.json, items.json, manifest.json). Fails on a PDF without text.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=${1:?usage: build.sh OUT [SEED]}
SEED=${2:-2024}
command -v python3 >/dev/null || { apt-get update -qq; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3; }
rm -rf "$OUT"
mkdir -p "$OUT"
start=$(date +%s)
python3 "$HERE/gen.py" --out "$OUT" --seed "$SEED"
bash "$HERE/render.sh" "$OUT"
python3 "$HERE/index.py" "$OUT"
rm -f "$OUT"/src/*/*/*.ps
echo "build: $OUT done in $(( $(date +%s) - start )) s (seed $SEED)"
