#!/bin/bash
# build.sh OUT [SEED] — generate, render and index the sixth independent spot-check corpus.
set -euo pipefail
OUT=${1:?usage: build.sh OUT [SEED]}
SEED=${2:-2024}
HERE=$(cd "$(dirname "$0")" && pwd)
need=()
command -v chromium >/dev/null || need+=(chromium)
command -v soffice >/dev/null || need+=(libreoffice-writer-nogui)
command -v pandoc >/dev/null || need+=(pandoc)
command -v groff >/dev/null || need+=(groff)
command -v preconv >/dev/null || need+=(groff)
command -v ps2pdf >/dev/null || need+=(ghostscript)
command -v pdftotext >/dev/null || need+=(poppler-utils)
if [ ${#need[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq --no-install-recommends "${need[@]}" fonts-dejavu-core fonts-liberation >/dev/null
fi
rm -rf "$OUT"
mkdir -p "$OUT"
python3 "$HERE/gen.py" "$OUT" "$SEED"
python3 "$HERE/render.py" "$OUT"
python3 "$HERE/index.py" "$OUT" >/dev/null
python3 "$HERE/fixtoc.py" "$OUT"
python3 "$HERE/index.py" "$OUT"
# every PDF must have a text layer
for f in $(find "$OUT/dev/corpus" "$OUT/holdout/corpus" -name '*.pdf' | tr ' ' '\001'); do
  f=$(echo "$f" | tr '\001' ' ')
  n=$(pdftotext "$f" - | tr -d '[:space:]' | wc -c)
  [ "$n" -gt 50 ] || { echo "no text layer: $f" >&2; exit 1; }
done
echo "built $OUT (seed $SEED)"
