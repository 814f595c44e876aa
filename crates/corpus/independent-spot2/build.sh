#!/usr/bin/env bash
# build.sh OUT [SEED] — generate, render and index the corpus into OUT/{dev,holdout} + OUT/manifest.json
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=${1:?usage: build.sh OUT [SEED]}
SEED=${2:-2025}
rm -rf "$OUT"
mkdir -p "$OUT"
python3 "$HERE/gen.py" --seed "$SEED" --out "$OUT"
"$HERE/render.sh" "$OUT"
python3 "$HERE/index.py" "$OUT"
rm -rf "$OUT/src" "$OUT/lo" "$OUT/lo.list" "$OUT/queue.tsv" "$OUT/lo_moves.tsv"
echo "build: $OUT (seed $SEED)"
