#!/bin/sh
# Build independent spot corpus 9 (2025H2): ./build.sh [OUT]  (default /tmp/ss9)
set -e
cd "$(dirname "$0")"
python3 gen.py --out "${1:-/tmp/ss9}" --seed "${SEED:-9}"
