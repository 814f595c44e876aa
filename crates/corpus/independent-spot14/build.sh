#!/bin/sh
# Build independent spot corpus 14 (period 2026H1):  build.sh [OUT]   (default /tmp/ss14)
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=${1:-/tmp/ss14}
python3 "$HERE/gen.py" "$OUT"
python3 "$HERE/check_stub.py" "$OUT"
