#!/bin/sh
# build.sh [OUT] [SEED] - builds the spot7 corpus (default /tmp/sc7, seed 2024)
set -e
OUT=${1:-/tmp/sc7}
rm -rf "$OUT"; mkdir -p "$OUT"
exec python3 "$(dirname "$0")/gen.py" "$OUT" "${2:-2024}"
