#!/usr/bin/env bash
# build.sh OUT_DIR [SEED]: generate, render and index the independent spot-check corpus.
# Produces OUT_DIR/{dev,holdout}/{corpus/,gold.json,items.json} and OUT_DIR/manifest.json.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=${1:?usage: build.sh OUT_DIR [SEED]}
SEED=${2:-${SEED:-2024}}
rm -rf "$OUT/dev" "$OUT/holdout" "$OUT/_src" "$OUT/_render.json"
mkdir -p "$OUT"
python3 "$HERE/gen.py" --seed "$SEED" --out "$OUT"
bash "$HERE/render.sh" "$OUT"
python3 "$HERE/gen.py" --pages "$OUT"
rm -rf "$OUT/_src" "$OUT/_render.json"
echo "built $OUT (seed $SEED)"
