#!/bin/sh
# Build spot corpus 8 (2025H1):  sh crates/corpus/independent-spot8/build.sh OUT [SEED]
set -e
OUT=${1:?usage: build.sh OUT [SEED]}
SEED=${2:-2025}
HERE=$(cd "$(dirname "$0")" && pwd)
python3 "$HERE/gen.py" "$OUT" "$SEED"
