#!/usr/bin/env bash
# Build and score the independent corpora in crates/corpus (see each README).
#
#   scripts/corpora.sh build [dk N…] [spot N…]   build the named corpora (all when none) that are
#                                                not built yet, one at a time, under nice
#   scripts/corpora.sh dk BIN dev|holdout [N…]   score danmarkskort corpora (all when none) and
#                                                national-2022 (dev only, when no N is given)
#   scripts/corpora.sh spot BIN dev|holdout [N…] score spot-check corpora (all when none)
#
# Corpora are built under $CORPORA (default /tmp/corpora): dk/N and spot/N. Scoring prints one
# line per corpus and keeps the scorer's full log in $CORPORA/logs/TAG-…; TAG is $TAG or the
# binary's file name. Corpus 1 is crates/corpus/independent (and independent-spot).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
corpora=${CORPORA:-/tmp/corpora}

dk_all() { ls -d "$root"/crates/corpus/independent{,[0-9]*} 2>/dev/null | sed 's/.*independent//; s/^$/1/' | sort -n; }
spot_all() { ls -d "$root"/crates/corpus/independent-spot* | sed 's/.*independent-spot//; s/^$/1/' | sort -n; }
dk_src() { if [ "$1" = 1 ]; then echo "$root/crates/corpus/independent"; else echo "$root/crates/corpus/independent$1"; fi; }
spot_src() { if [ "$1" = 1 ]; then echo "$root/crates/corpus/independent-spot"; else echo "$root/crates/corpus/independent-spot$1"; fi; }

# The half-year each spot corpus is written for (its README says so).
spot_period() {
    case "$1" in
    7 | 11 | 15) echo 2024H2 ;;
    8 | 12 | 16 | 20) echo 2025H1 ;;
    9 | 13 | 17) echo 2025H2 ;;
    14 | 18 | 22) echo 2026H1 ;;
    19 | 21) echo 2026H2 ;;
    23) echo 2027H1 ;;
    *) echo 2024H1 ;;
    esac
}

build() {
    local kind=$1 n=$2 src out
    if [ "$kind" = dk ]; then src=$(dk_src "$n"); else src=$(spot_src "$n"); fi
    out=$corpora/$kind/$n
    if [ -f "$out/holdout/gold.json" ]; then return; fi
    mkdir -p "$corpora/logs"
    echo "building $kind $n → $out"
    rm -rf "$out"
    # A home of its own: LibreOffice and Chromium keep one profile (and one running instance)
    # per home, so a build beside other renderers does not hand its files to theirs.
    mkdir -p "$corpora/home"
    (cd "$root" && HOME=$corpora/home nice bash "$src/build.sh" "$out") > "$corpora/logs/build-$kind-$n.log" 2>&1 ||
        echo "  build failed: $corpora/logs/build-$kind-$n.log"
}

cmd=${1:-}
shift || true
case "$cmd" in
build)
    kind=""
    declare -a jobs=()
    for a in "$@"; do
        case "$a" in dk | spot) kind=$a ;; *) jobs+=("$kind:$a") ;; esac
    done
    if [ ${#jobs[@]} -eq 0 ]; then
        for n in $(dk_all); do jobs+=("dk:$n"); done
        for n in $(spot_all); do jobs+=("spot:$n"); done
    fi
    for j in "${jobs[@]}"; do build "${j%%:*}" "${j#*:}"; done
    ;;
dk)
    bin=$(realpath "$1") half=$2
    shift 2
    tag=${TAG:-$(basename "$bin")}
    mkdir -p "$corpora/logs"
    list=("$@")
    [ ${#list[@]} -eq 0 ] && mapfile -t list < <(dk_all)
    for n in "${list[@]}"; do
        set_dir=$corpora/dk/$n/$half
        [ -d "$set_dir" ] || { echo "dk $n: not built"; continue; }
        log=$corpora/logs/$tag-dk$n-$half.log
        python3 /work/shared/tools/eval.py --bin "$bin" --set "$set_dir" --min-outcomes 0 --log "$log" > "$log.out" 2>&1 || true
        printf 'dk %-3s %s\n' "$n" "$(grep -m1 '^outcomes' "$log.out" | tr -s ' ')"
    done
    if [ "$half" = dev ] && [ $# -eq 0 ]; then
        python3 /work/shared/tools/eval.py --bin "$bin" > "$corpora/logs/$tag-national.out" 2>&1 || true
        printf 'national %s\n' "$(grep -m1 '^outcomes' "$corpora/logs/$tag-national.out" | tr -s ' ')"
    fi
    ;;
spot)
    bin=$(realpath "$1") half=$2
    shift 2
    tag=${TAG:-$(basename "$bin")}
    mkdir -p "$corpora/logs"
    list=("$@")
    [ ${#list[@]} -eq 0 ] && mapfile -t list < <(spot_all)
    for n in "${list[@]}"; do
        set_dir=$corpora/spot/$n/$half
        [ -d "$set_dir" ] || { echo "spot $n: not built"; continue; }
        log=$corpora/logs/$tag-spot$n-$half.log
        python3 "$root/crates/corpus/independent-spot/score.py" --bin "$bin" --set "$set_dir" \
            --period "$(spot_period "$n")" --log "$log" > "$log.out" 2>&1 || true
        printf 'spot %-3s %s\n' "$n" "$(tail -1 "$log.out")"
    done
    ;;
*)
    sed -n '2,12p' "$0"
    exit 2
    ;;
esac
