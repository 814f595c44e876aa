#!/bin/sh
# Build the independent spot corpus 15 (period 2024H2) into OUT (default /tmp/ss15),
# then check that a stub report flagging exactly the gold items scores 100 % / 0 false flags.
set -eu
OUT="${1:-/tmp/ss15}"
HERE="$(cd "$(dirname "$0")" && pwd)"
python3 "$HERE/gen.py" --out "$OUT"
python3 "$HERE/stubcheck.py" "$OUT"
