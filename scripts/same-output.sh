#!/usr/bin/env bash
# Checks that what tilsyn writes has not changed: the reports of `scan`, `spot-check` and
# `standards` over corpus-samples/, and of `scan` over a corpus from the national generator,
# hashed file by file and compared with scripts/same-output.sha256.
#
#   bash scripts/same-output.sh            # build, run, compare; exit 1 on any difference
#   bash scripts/same-output.sh --record   # write the hashes of this build as the reference
#
# Speed work must leave every byte of the output as it was; a change meant to alter what
# tilsyn finds records new hashes in the same commit, so the diff shows it was intended.
# TILSYN and TILSYN_CORPUS may name prebuilt binaries (then nothing is built).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
ref=$root/scripts/same-output.sha256
record=0
[ "${1:-}" = --record ] && record=1

if [ -z "${TILSYN:-}" ] || [ -z "${TILSYN_CORPUS:-}" ]; then
  cargo build --release --quiet -p tilsyn -p tilsyn-corpus
  target=${CARGO_TARGET_DIR:-$root/target}
  TILSYN=${TILSYN:-$target/release/tilsyn}
  TILSYN_CORPUS=${TILSYN_CORPUS:-$target/release/tilsyn-corpus}
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The national generator at a size that runs in seconds but holds every municipality, both
# formats and the generator's whole range of cases.
"$TILSYN_CORPUS" national --out "$work/national" --municipalities 98 --meetings 2 \
  --pages 4..24 --seed 7 --html-share 0.2 2>/dev/null

run() { # NAME ARGS... : one tilsyn run into $work/out/NAME
  local name=$1; shift
  "$TILSYN" "$@" --out "$work/out/$name" > "$work/$name.stdout" 2> "$work/$name.stderr" || {
    echo "tilsyn $* failed:" >&2; cat "$work/$name.stderr" >&2; exit 1
  }
}
run samples-scan-2022 scan corpus-samples --map-year 2022 --db "$work/a.db"
run samples-scan-2023 scan corpus-samples --map-year 2023 --db "$work/b.db"
run samples-spot-2024H1 spot-check corpus-samples --period 2024H1 --seed 3
run samples-spot-2024H2 spot-check corpus-samples --period 2024H2
run samples-standards standards corpus-samples
run national-scan-2022 scan "$work/national" --map-year 2022 --db "$work/c.db"

# report.html links each document by its absolute file:// address; the folder the inputs
# lie in is not part of the output being compared, so it is replaced by a placeholder.
samples=$(cd corpus-samples && pwd -P)
national=$(cd "$work/national" && pwd -P)
for f in "$work"/out/*/report.html; do
  sed -i "s|file://$samples/|file://SAMPLES/|g; s|file://$national/|file://NATIONAL/|g" "$f"
done
actual=$work/actual.sha256
# The lock file of the output folder holds the process id; it is not a report.
(cd "$work/out" && find . -type f ! -name .tilsyn.lock | LC_ALL=C sort | xargs sha256sum) > "$actual"

if [ "$record" = 1 ]; then
  cp "$actual" "$ref"
  echo "recorded $(wc -l < "$ref") hashes in scripts/same-output.sha256"
  exit 0
fi
if diff -u "$ref" "$actual"; then
  echo "same output: $(wc -l < "$ref") report files byte-identical to the reference"
else
  echo "the output changed (above: - reference, + this build)" >&2
  exit 1
fi
