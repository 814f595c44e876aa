#!/usr/bin/env bash
# bash build.sh OUT [SEED]  ->  OUT/dev/{corpus,gold.json}, OUT/holdout/{corpus,gold.json}, OUT/layouts.md
set -euo pipefail
OUT=${1:?usage: build.sh OUT [SEED]}; SEED=${2:-2024}; HERE=$(dirname "$(realpath "$0")")
rm -rf "$OUT"; mkdir -p "$OUT"
python3 "$HERE/gen.py" --out "$OUT" --seed "$SEED"
bash "$HERE/render.sh" "$OUT"
python3 "$HERE/gen.py" --finalize "$OUT"
rm -rf "$OUT/_stage"
