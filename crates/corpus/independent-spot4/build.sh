#!/bin/bash
# build.sh OUT [SEED]: generate, render and index corpus 4 (fresh Debian machine; apt-get installs the producers).
set -euo pipefail
OUT="${1:?usage: build.sh OUT [SEED]}"
SEED="${2:-2024}"
HERE="$(cd "$(dirname "$0")" && pwd)"
command -v python3 >/dev/null || { SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo; $SUDO apt-get update -q; $SUDO apt-get install -y -q python3; }
rm -rf "$OUT"
mkdir -p "$OUT"
python3 "$HERE/gen.py" "$OUT" --seed "$SEED"
"$HERE/render.sh" "$OUT"
python3 "$HERE/index.py" "$OUT"
