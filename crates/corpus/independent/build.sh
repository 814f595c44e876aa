#!/usr/bin/env bash
# Builds the independent corpus: bash build.sh OUT_DIR [SEED]
# -> OUT_DIR/dev/{corpus/,gold.json} and OUT_DIR/holdout/{corpus/,gold.json}, OUT_DIR/layouts.json
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=${1:?usage: build.sh OUT_DIR [SEED]}
SEED=${2:-2022}
KOMMUNER=${KOMMUNER:-/work/shared/data/kommuner.csv}
rm -rf "$OUT/dev" "$OUT/holdout"
mkdir -p "$OUT"
python3 "$HERE/gen.py" --seed "$SEED" --out "$OUT" --kommuner "$KOMMUNER"
rc=0
for half in dev holdout; do
  bash "$HERE/render.sh" "$OUT/$half"
  python3 "$HERE/gen.py" --fill-pages "$OUT/$half" || rc=1
  rm -rf "$OUT/$half/src" "$OUT/$half/render.tsv"
done
exit $rc
