#!/bin/sh
# build.sh [OUT]  -- builds independent spot corpus 16 into OUT (default /tmp/ss16)
set -e
OUT="${1:-/tmp/ss16}"
HERE="$(cd "$(dirname "$0")" && pwd)"
python3 "$HERE/gen.py" "$OUT"
python3 "$HERE/stubcheck.py" "$OUT"
