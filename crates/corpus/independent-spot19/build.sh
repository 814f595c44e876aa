#!/bin/sh
# Build the spot19 corpus: ./build.sh [OUT]   (default ./out)
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=${1:-$HERE/out}
python3 "$HERE/gen.py" "$OUT"
python3 "$HERE/check.py" "$OUT"
