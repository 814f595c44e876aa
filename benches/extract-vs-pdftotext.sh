#!/usr/bin/env bash
# Pages per second of `tilsyn extract` against `pdftotext -raw` over the same
# PDFs, one process per file, one core, in the same run. Prints the ratio.
#
# Then the word agreement of the two texts, both normalised by tilsyn
# (crates/ingest/examples/extract_agreement.rs).
#
#   bash benches/extract-vs-pdftotext.sh [DIR] [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-corpus-samples}
rounds=${2:-10}
command -v pdftotext >/dev/null || { echo "needs pdftotext (poppler-utils)" >&2; exit 1; }
cargo build --release --quiet
list=$(mktemp); trap 'rm -f "$list"' EXIT
cargo build --release --quiet -p tilsyn-ingest --example extract_agreement
# PDFs with a text layer that pdftotext reads (the broken samples are left out).
find "$dir" -iname '*.pdf' -print0 | sort -z | while IFS= read -r -d '' f; do
  if [ -n "$(pdftotext -q -raw "$f" - 2>/dev/null | tr -cd '[:alpha:]')" ]; then printf '%s\0' "$f"; fi
done > "$list"
files=$(tr -cd '\0' < "$list" | wc -c)
pages=0
while IFS= read -r -d '' f; do
  p=$(pdfinfo "$f" 2>/dev/null | awk '/^Pages:/{print $2}'); pages=$((pages + ${p:-0}))
done < "$list"
bin=${CARGO_TARGET_DIR:-target}/release/tilsyn
ours_one() { "$bin" extract "$1"; }
peer_one() { pdftotext -q -raw "$1" -; }
run() {
  local start end
  start=$(date +%s%N)
  for _ in $(seq "$rounds"); do
    while IFS= read -r -d '' f; do "$1" "$f" > /dev/null 2>&1 || true; done < "$list"
  done
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}
ours=$(run ours_one)
peer=$(run peer_one)
echo "files: $files, pages: $pages, rounds: $rounds"
echo "tilsyn extract:  $((pages * rounds * 1000 / ours)) pages/s"
echo "pdftotext -raw:  $((pages * rounds * 1000 / peer)) pages/s"
awk -v a="$ours" -v b="$peer" 'BEGIN { printf "ratio (tilsyn pages/s / pdftotext pages/s): %.2f\n", b / a }'
xargs -0 -a "$list" "${CARGO_TARGET_DIR:-target}/release/examples/extract_agreement"
