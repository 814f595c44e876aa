#!/bin/sh
# Build the independent spot corpus 18 (2026H1): build.sh [OUT]  (default ./out)
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=${1:-"$HERE/out"}
mkdir -p "$OUT"
exec nice -n 10 python3 "$HERE/gen.py" "$OUT"
