#!/bin/sh
# Build the independent spot corpus 15 (period 2024H2) into OUT (default /tmp/ss15).
set -eu
OUT="${1:-/tmp/ss15}"
HERE="$(cd "$(dirname "$0")" && pwd)"
exec python3 "$HERE/gen.py" --out "$OUT"
