#!/usr/bin/env bash
# usage: build.sh OUT [SEED]   -> OUT/dev/{corpus,gold.json}, OUT/holdout/{corpus,gold.json}, OUT/layouts.md
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=${1:?usage: build.sh OUT [SEED]}; SEED=${2:-2023}
rm -rf "$OUT"; mkdir -p "$OUT"
python3 "$HERE/gen.py" --out "$OUT" --seed "$SEED"
bash "$HERE/render.sh" "$OUT"
rm -rf "$OUT/src" "$OUT/manifest.tsv"
echo "built $OUT (seed $SEED)"
