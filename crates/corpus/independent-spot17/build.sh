#!/bin/sh
# Build the independent-spot17 corpus into OUT (default: ./out) and self-check it.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=${1:-$HERE/out}
python3 "$HERE/gen.py" "$OUT"
python3 "$HERE/check.py" "$OUT"
