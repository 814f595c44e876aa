#!/usr/bin/env bash
# Seeds the fuzz corpora from corpus-samples/ (copied at run time; no blobs
# are committed): PDFs for `pdf`, HTML for `html`, and the extracted text of
# every sample for `normalise` and `matcher`.
#
#   fuzz/seed.sh            # then: cd fuzz && cargo fuzz run pdf
#
# TILSYN names a built tilsyn binary to extract with (default: cargo run --release).
set -euo pipefail
cd "$(dirname "$0")/.."
extract() {
  if [ -n "${TILSYN:-}" ]; then "$TILSYN" extract "$1"; else cargo run --quiet --release -- extract "$1"; fi
}
for t in pdf html normalise matcher; do mkdir -p "fuzz/corpus/$t"; done
n=0
while IFS= read -r -d '' f; do
  n=$((n + 1))
  case "${f,,}" in
    *.pdf) cp "$f" "fuzz/corpus/pdf/sample-$n.pdf" ;;
    *.htm | *.html) cp "$f" "fuzz/corpus/html/sample-$n.html" ;;
    *) continue ;;
  esac
  if extract "$f" >"fuzz/corpus/normalise/sample-$n.txt" 2>/dev/null; then
    cp "fuzz/corpus/normalise/sample-$n.txt" "fuzz/corpus/matcher/sample-$n.txt"
  else
    rm -f "fuzz/corpus/normalise/sample-$n.txt"
  fi
done < <(find corpus-samples -type f -print0)
echo "seeded fuzz/corpus/ from $n sample files"
