#!/bin/sh
# Build the independent spot corpus 20 (period 2025H1) into OUT (default ./out) and self-check it.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=${1:-"$HERE/out"}
rm -rf "$OUT"
mkdir -p "$OUT/.home"
export HOME="$OUT/.home"
nice -n 10 python3 "$HERE/gen.py" "$OUT"
# scoring self-check: a stub report that flags exactly the gold items must score full recall and 0 near misses
SCORE="$HERE/../independent-spot/score.py"
for half in dev holdout; do
  line=$(python3 "$SCORE" --bin /bin/false --set "$OUT/$half" --report "$OUT/src/$half-stub-report.json" --period 2025H1 | tail -n 1)
  echo "$half: $line"
  python3 - "$line" <<'PY'
import re, sys
m = re.match(r"recall (\d+)/(\d+), near misses flagged (\d+)/(\d+), other flags (\d+)", sys.argv[1])
if not m or m.group(1) != m.group(2) or m.group(3) != "0" or m.group(5) != "0" or m.group(2) == "0":
    sys.exit("self-check failed: " + sys.argv[1])
PY
done
echo "OK: $OUT"
