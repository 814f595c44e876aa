#!/usr/bin/env bash
# build.sh OUT [SEED]: generate sources, render them, place them and write gold.json.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=${1:?usage: build.sh OUT [SEED]}
SEED=${2:-4}
command -v python3 >/dev/null || { SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo; $SUDO apt-get update -q && $SUDO apt-get install -y -q python3; }
rm -rf "$OUT"; mkdir -p "$OUT"
python3 "$HERE/gen.py" "$OUT" "$SEED"
"$HERE/render.sh" "$OUT"
python3 "$HERE/finalize.py" "$OUT"
rm -rf "$OUT/_lo_profile" "$OUT/_out"  # _src stays: the sources, for review
echo "build: $OUT/dev and $OUT/holdout ready (seed $SEED)"
