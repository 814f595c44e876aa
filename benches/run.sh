#!/usr/bin/env bash
# tilsyn against its peers, measured in the same run over a generated corpus of long
# council minutes, with the machine recorded in benches/results/YYYY-MM-DD-<machine>.md
# (as ripgrep's benchsuite/runs/ do).
#
#   bash benches/run.sh
#
# Every figure is a ratio against a peer run on the same files in the same run:
#   ingest       pages/s of `tilsyn extract FILE` against `pdftotext FILE`, one process
#                per file, all cores (xargs -P nproc); and the word-level agreement of
#                tilsyn's text with pdftotext's.
#   matching     MB/s over the normalised text of the corpus, one core: the full
#                `Matcher::analyse` (and its literal prefilter alone) against
#                `rg -j1 -c -i -F -f literals.txt`, the prefilter's own literal list.
#   start-up     ms of `tilsyn scan` of an empty folder, and of `tilsyn extract`,
#                `pdftotext` and `mutool draw -F txt` of one short PDF, best of 10.
#   ingest       also `mutool draw -F txt FILE` (MuPDF), the same way as pdftotext.
#   end to end   pages/s of `tilsyn scan` against `pdftotext FILE - | rg …` and
#                `mutool draw -F txt -o - FILE | rg …` per file, all cores, at 1x, 4x
#                and 16x the base corpus, with peak memory.
#   HTML         documents/s and MB/s of `tilsyn extract` against `w3m -dump` over a
#                generated all-HTML corpus, one process per file, all cores.
#
# Environment (defaults in brackets):
#   MUNICIPALITIES [8] MEETINGS [4] PAGES [20..200] SEED [1]  the base (1x) corpus
#   SCALES ["1 4 16"]   corpus sizes for the end-to-end and memory runs; Nx is N base
#                       corpora with seeds SEED..SEED+N-1 side by side
#   ROUNDS [2]          timed rounds per measurement; the best is kept
#   NATIONAL [0]        1: also run the end-to-end comparison once over the full national
#                       year (98 municipalities x 11 meetings x 20..200 pages)
#   BENCH_MACHINE       the machine's short name in the results file name
#   CARGO_TARGET_DIR    build and corpus location [./target]
#
# Installs poppler-utils, mupdf-tools, w3m, ripgrep and time with apt-get when run as root
# and missing.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

MUNICIPALITIES=${MUNICIPALITIES:-8}
MEETINGS=${MEETINGS:-4}
PAGES=${PAGES:-20..200}
SEED=${SEED:-1}
SCALES=${SCALES:-1 4 16}
ROUNDS=${ROUNDS:-2}
NATIONAL=${NATIONAL:-0}
target=${CARGO_TARGET_DIR:-$root/target}
case $target in /*) ;; *) target=$root/$target ;; esac
work=$target/bench
np=$(nproc)

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
now() { date +%s.%N; }
calc() { awk "BEGIN { printf \"%.${2:-2}f\", $1 }"; }
pages_of() { # DIR -> pages of the PDFs, from the generator's manifests
  find "$1" -name manifest.tsv -print0 | xargs -0 awk -F'\t' 'FNR > 1 { s += $4 } END { print s + 0 }'
}
pdfs_of() { find "$1" -name '*.pdf' | wc -l; }

# --- tools ---------------------------------------------------------------------------
need=()
command -v pdftotext >/dev/null || need+=(poppler-utils)
command -v rg >/dev/null || need+=(ripgrep)
command -v mutool >/dev/null || need+=(mupdf-tools)
command -v w3m >/dev/null || need+=(w3m)
[ -x /usr/bin/time ] || need+=(time)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    log "installing ${need[*]}"
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
  else
    echo "benches/run.sh needs: ${need[*]} (apt-get install ${need[*]})" >&2
    exit 1
  fi
fi

log "building (release) into $target"
export CARGO_TARGET_DIR=$target
cargo build --release --quiet -p tilsyn -p tilsyn-corpus
cargo build --release --quiet -p tilsyn-matcher --example throughput
cargo build --release --quiet -p tilsyn-corpus --example wordagree
TILSYN=$target/release/tilsyn
GEN=$target/release/tilsyn-corpus
THROUGHPUT=$target/release/examples/throughput
WORDAGREE=$target/release/examples/wordagree
export TILSYN

# --- corpora -------------------------------------------------------------------------
# One folder per seed, regenerated only when the flags or the generator changed.
gen_stamp=$(sha256sum "$GEN" | cut -c1-16)
generate() { # DIR SEED [MUNICIPALITIES MEETINGS PAGES HTML_SHARE]
  local dir=$1 seed=$2 m=${3:-$MUNICIPALITIES} n=${4:-$MEETINGS} p=${5:-$PAGES} h=${6:-0}
  local stamp="$gen_stamp $m $n $p $seed $h"
  if [ -f "$dir/.stamp" ] && [ "$(cat "$dir/.stamp")" = "$stamp" ]; then
    reused=$((reused + 1)); return
  fi
  rm -rf "$dir"
  local t0; t0=$(now)
  "$GEN" national --out "$dir" --municipalities "$m" --meetings "$n" --pages "$p" \
    --seed "$seed" --html-share "$h" 2>/dev/null
  gen_secs=$(calc "$gen_secs + $(now) - $t0" 3)
  gen_made=$((gen_made + 1)); gen_made_pages=$((gen_made_pages + $(pages_of "$dir")))
  echo "$stamp" > "$dir/.stamp"
}
gen_note() {
  if [ "$gen_made" -gt 0 ]; then
    printf 'The generator wrote %s of them (%s pages) in %s s here, %s pages/s on %s cores' \
      "$gen_made" "$gen_made_pages" "$(calc "$gen_secs" 0)" "$(calc "$gen_made_pages / $gen_secs" 0)" "$np"
    [ "$reused" -gt 0 ] && printf '; %s were reused from an earlier run' "$reused"
    printf '.'
  else
    printf 'All were reused from an earlier run (remove %s to regenerate).' "$work"
  fi
}
max_scale=1
for s in $SCALES; do [ "$s" -gt "$max_scale" ] && max_scale=$s; done
log "generating $max_scale base corpora ($MUNICIPALITIES municipalities x $MEETINGS meetings x $PAGES pages)"
reused=0 gen_secs=0 gen_made=0 gen_made_pages=0
for i in $(seq 0 $((max_scale - 1))); do
  generate "$work/seeds/seed-$((SEED + i))" $((SEED + i))
done
for s in $SCALES; do
  dir=$work/x$s
  rm -rf "$dir"; mkdir -p "$dir"
  for i in $(seq 0 $((s - 1))); do
    # Hard links: the same files, seen by every tool as plain files.
    cp -al "$work/seeds/seed-$((SEED + i))" "$dir/run-$(printf %02d $((i + 1)))"
  done
done
base=$work/seeds/seed-$SEED
base_pages=$(pages_of "$base")
base_pdfs=$(pdfs_of "$base")
base_mb=$(du -sm "$base" | cut -f1)
gen_pages=0
for i in $(seq 0 $((max_scale - 1))); do
  gen_pages=$((gen_pages + $(pages_of "$work/seeds/seed-$((SEED + i))")))
done

# --- helpers -------------------------------------------------------------------------
best() { # ROUNDS CMD... -> best wall seconds
  local n=$1 b=""; shift
  for _ in $(seq "$n"); do
    local t0 t1; t0=$(now); "$@"; t1=$(now)
    local t; t=$(calc "$t1 - $t0" 4)
    if [ -z "$b" ] || awk "BEGIN { exit !($t < $b) }"; then b=$t; fi
  done
  echo "$b"
}
out_name() { printf '%s' "$1" | sed 's|^.*/seeds/||; s|[/ ]|_|g'; }
export -f out_name

# Peak resident memory of a command's process tree, by polling /proc every 0.1 s
# (time -v reports the largest single process, never a sum over worker processes).
tree_rss() { # ROOT_PID -> "sum_kb max_kb" over its descendants, now
  ps -e -o pid=,ppid=,rss= | awk -v root="$1" '
    { pp[$1] = $2; rss[$1] = $3 }
    END {
      mark[root] = 1; changed = 1
      while (changed) { changed = 0
        for (p in pp) if (!(p in mark) && (pp[p] in mark)) { mark[p] = 1; changed = 1 } }
      s = 0; m = 0
      for (p in mark) if (p != root) { s += rss[p]; if (rss[p] > m) m = rss[p] }
      print s, m
    }'
}
poll_rss() { # PID -> "peak_sum_kb peak_one_kb"
  local ps=0 po=0 s o
  while kill -0 "$1" 2>/dev/null; do
    read -r s o < <(tree_rss "$1")
    [ "${s:-0}" -gt "$ps" ] && ps=$s
    [ "${o:-0}" -gt "$po" ] && po=$o
    sleep 0.1
  done
  echo "$ps $po"
}
measured() { # NAME CMD... : runs under /usr/bin/time -v with polling; sets M_SECS M_SUM M_ONE M_TIMEV
  local name=$1; shift
  local tv=$work/$name.timev pk=$work/$name.peak
  local t0 t1 pid poller
  t0=$(now)
  /usr/bin/time -v -o "$tv" "$@" > "$work/$name.out" 2> "$work/$name.err" &
  pid=$!
  poll_rss "$pid" > "$pk" &
  poller=$!
  wait "$pid" || { echo "$name failed; see $work/$name.err" >&2; exit 1; }
  t1=$(now)
  wait "$poller"
  M_SECS=$(calc "$t1 - $t0" 3)
  read -r M_SUM M_ONE < "$pk"
  M_TIMEV=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$tv")
}
peer_pipeline() { # DIR: pdftotext | rg over every PDF, all cores
  find "$1" -name '*.pdf' -print0 |
    xargs -0 -P "$np" -n 1 bash -c 'pdftotext -q "$1" - | rg -c -i -F -f "$LITERALS" || true' _
}
mutool_pipeline() { # DIR: mutool draw -F txt | rg over every PDF, all cores
  find "$1" -name '*.pdf' -print0 |
    xargs -0 -P "$np" -n 1 bash -c 'mutool draw -q -F txt -o - "$1" 2>/dev/null | rg -c -i -F -f "$LITERALS" || true' _
}
export LITERALS=$work/literals.txt
"$THROUGHPUT" literals > "$LITERALS"

# Warm the page cache, so that neither side pays for the first read.
find "$work/seeds" -type f -name '*.pdf' -print0 | xargs -0 cat > /dev/null

# --- start-up ----------------------------------------------------------------------------
# What a run costs before its first file: the best of 10 wall times, in ms. The short PDF
# is the two-page council minutes of corpus-samples/.
short_pdf="$root/corpus-samples/Referat Byrådet 24-11-2022.pdf"
empty=$work/empty; rm -rf "$empty"; mkdir -p "$empty"
log "start-up: tilsyn scan of an empty folder; extract, pdftotext, mutool of one short PDF"
ms() { calc "$1 * 1000" 1; }
scan_empty() { rm -rf "$work/report-empty"; "$TILSYN" scan "$empty" --map-year 2022 --out "$work/report-empty" --db "$work/empty.db" >/dev/null 2>&1; }
extract_short() { "$TILSYN" extract "$short_pdf" >/dev/null 2>&1; }
pdftotext_short() { pdftotext -q "$short_pdf" - >/dev/null; }
mutool_short() { mutool draw -q -F txt -o /dev/null "$short_pdf" 2>/dev/null; }
start_scan=$(ms "$(best 10 scan_empty)")
start_extract=$(ms "$(best 10 extract_short)")
start_pdftotext=$(ms "$(best 10 pdftotext_short)")
start_mutool=$(ms "$(best 10 mutool_short)")

# --- ingest ----------------------------------------------------------------------------
log "ingest: $base_pdfs PDFs, $base_pages pages; tilsyn extract vs pdftotext, -P $np, best of $ROUNDS"
ours_txt=$work/text/tilsyn; peer_txt=$work/text/pdftotext
extract_ours() {
  rm -rf "$ours_txt"; mkdir -p "$ours_txt"
  find "$base" -name '*.pdf' -print0 | OUT=$ours_txt xargs -0 -P "$np" -n 1 bash -c \
    '"$TILSYN" extract "$1" > "$OUT/$(out_name "$1").txt" 2>/dev/null || true' _
}
extract_peer() {
  rm -rf "$peer_txt"; mkdir -p "$peer_txt"
  find "$base" -name '*.pdf' -print0 | OUT=$peer_txt xargs -0 -P "$np" -n 1 bash -c \
    'pdftotext -q "$1" "$OUT/$(out_name "$1").txt" || true' _
}
extract_mutool() {
  rm -rf "$work/text/mutool"; mkdir -p "$work/text/mutool"
  find "$base" -name '*.pdf' -print0 | OUT=$work/text/mutool xargs -0 -P "$np" -n 1 bash -c \
    'mutool draw -q -F txt -o "$OUT/$(out_name "$1").txt" "$1" 2>/dev/null || true' _
}
t_peer=$(best "$ROUNDS" extract_peer)
t_mutool=$(best "$ROUNDS" extract_mutool)
t_ours=$(best "$ROUNDS" extract_ours)
ingest_mutool=$(calc "$base_pages / $t_mutool" 0)
ingest_mutool_ratio=$(calc "$t_mutool / $t_ours")
ingest_ours=$(calc "$base_pages / $t_ours" 0)
ingest_peer=$(calc "$base_pages / $t_peer" 0)
ingest_ratio=$(calc "$t_peer / $t_ours")
"$WORDAGREE" "$ours_txt" "$peer_txt" > "$work/wordagree.txt"
agree() { awk -v k="$1" '$1 == k { $1 = ""; sub(/^ /, ""); print }' "$work/wordagree.txt"; }
fidelity=$(agree agreement_pct)

# --- matching core -------------------------------------------------------------------
corpus_txt=$work/text/corpus.txt
: > "$corpus_txt"
for f in "$ours_txt"/*.txt; do cat "$f" >> "$corpus_txt"; printf '\035' >> "$corpus_txt"; done
text_mb=$(calc "$(stat -c %s "$corpus_txt") / 1000000" 2)
log "matching: $text_mb MB of normalised text; Matcher::analyse vs rg -j1 -c -i -F -f literals.txt"
rg_once() { rg -j1 -c -i -F -f "$LITERALS" "$corpus_txt" > /dev/null || true; }
rg_once
t_rg=$(best 3 rg_once)
"$THROUGHPUT" "$corpus_txt" 3 > "$work/throughput.txt"
tp() { awk -v k="$1" '$1 == k { print $2 }' "$work/throughput.txt"; }
rg_mbps=$(calc "$text_mb / $t_rg" 1)
analyse_mbps=$(tp analyse_mb_per_s)
prefilter_mbps=$(tp prefilter_mb_per_s)
analyse_ratio=$(calc "$analyse_mbps / $rg_mbps")
prefilter_ratio=$(calc "$prefilter_mbps / $rg_mbps")

# --- end to end and memory -----------------------------------------------------------
e2e_rows=""
e2e_1x=""
for s in $SCALES; do
  dir=$work/x$s
  pages=$(pages_of "$dir")
  log "end to end at ${s}x: $(pdfs_of "$dir") PDFs, $pages pages"
  bo=""; bp=""; bm=""
  for _ in $(seq "$ROUNDS"); do
    rm -rf "$work/report-$s"
    measured "scan-$s" "$TILSYN" scan "$dir" --map-year 2022 --out "$work/report-$s"
    if [ -z "$bo" ] || awk "BEGIN { exit !($M_SECS < $bo) }"; then
      bo=$M_SECS; o_sum=$M_SUM; o_one=$M_ONE; o_timev=$M_TIMEV
    fi
    measured "peer-$s" bash -c "$(declare -f peer_pipeline); np=$np; peer_pipeline '$dir'"
    if [ -z "$bp" ] || awk "BEGIN { exit !($M_SECS < $bp) }"; then
      bp=$M_SECS; p_sum=$M_SUM; p_one=$M_ONE
    fi
    measured "mutool-$s" bash -c "$(declare -f mutool_pipeline); np=$np; mutool_pipeline '$dir'"
    if [ -z "$bm" ] || awk "BEGIN { exit !($M_SECS < $bm) }"; then
      bm=$M_SECS; m_sum=$M_SUM
    fi
  done
  ok=$(awk '/^files:/ { print $2; exit }' "$work/scan-$s.out")
  [ "$s" = 1 ] && base_sum=$o_sum
  [ -z "${base_sum:-}" ] && base_sum=$o_sum
  row="| ${s}x | $pages | $(calc "$pages / $bo" 0) | $(calc "$pages / $bp" 0) | **$(calc "$bp / $bo")** | $(calc "$pages / $bm" 0) | **$(calc "$bm / $bo")** | $(calc "$o_sum / 1024" 0) MiB | $(calc "$o_sum / $base_sum") | $(calc "$o_one / 1024" 0) MiB | $(calc "$o_timev / 1024" 0) MiB | $(calc "$p_sum / 1024" 0) MiB | $(calc "$o_sum / $p_sum" 1) |"
  e2e_rows+="$row"$'\n'
  [ -z "$e2e_1x" ] && e2e_1x="$(calc "$pages / $bo" 0) | $(calc "$pages / $bp" 0) | **$(calc "$bp / $bo")**" && e2e_ok=$ok
  [ -z "${e2e_1x_mutool:-}" ] && e2e_1x_mutool="$(calc "$pages / $bo" 0) | $(calc "$pages / $bm" 0) (\`mutool draw -F txt\` \| rg) | **$(calc "$bm / $bo")**"
done

national_row=""
if [ "$NATIONAL" = 1 ]; then
  log "national year: generating 98 x 11 x 20..200"
  generate "$work/national" "$SEED" 98 11 20..200
  pages=$(pages_of "$work/national")
  log "national year: $pages pages, one round each"
  rm -rf "$work/report-national"
  measured scan-national "$TILSYN" scan "$work/national" --map-year 2022 --out "$work/report-national"
  o=$M_SECS; o_sum=$M_SUM; o_one=$M_ONE; o_timev=$M_TIMEV
  measured mutool-national bash -c "$(declare -f mutool_pipeline); np=$np; mutool_pipeline '$work/national'"
  nm=$M_SECS
  measured peer-national bash -c "$(declare -f peer_pipeline); np=$np; peer_pipeline '$work/national'"
  national_row="| national year (98 x 11 x 20..200, seed $SEED, $(pdfs_of "$work/national") PDFs), one round | $pages | $(calc "$pages / $o" 0) | $(calc "$pages / $M_SECS" 0) | **$(calc "$M_SECS / $o")** | $(calc "$pages / $nm" 0) | **$(calc "$nm / $o")** | $(calc "$o_sum / 1024" 0) MiB | $(calc "$o_sum / $base_sum") | $(calc "$o_one / 1024" 0) MiB | $(calc "$o_timev / 1024" 0) MiB | $(calc "$M_SUM / 1024" 0) MiB | $(calc "$o_sum / $M_SUM" 1) |"
fi

# --- HTML ------------------------------------------------------------------------------
html=$work/html
generate "$html" "$SEED" "$MUNICIPALITIES" "$MEETINGS" "$PAGES" 1
html_docs=$(find "$html" \( -name '*.html' -o -name '*.htm' \) | wc -l)
html_mb=$(calc "$(find "$html" \( -name '*.html' -o -name '*.htm' \) -print0 | du -cb --files0-from=- | tail -1 | cut -f1) / 1000000" 2)
log "HTML: $html_docs documents, $html_mb MB; tilsyn extract vs w3m -dump, -P $np"
html_ours() {
  find "$html" \( -name '*.html' -o -name '*.htm' \) -print0 |
    xargs -0 -P "$np" -n 1 bash -c '"$TILSYN" extract "$1" > /dev/null 2>&1 || true' _
}
html_peer() {
  find "$html" \( -name '*.html' -o -name '*.htm' \) -print0 |
    xargs -0 -P "$np" -n 1 bash -c 'w3m -dump -T text/html -O UTF-8 "$1" > /dev/null 2>&1 || true' _
}
find "$html" -type f -print0 | xargs -0 cat > /dev/null
t_html_peer=$(best "$ROUNDS" html_peer)
t_html_ours=$(best "$ROUNDS" html_ours)
html_ratio=$(calc "$t_html_peer / $t_html_ours")

# --- results -------------------------------------------------------------------------
cpu=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
mem=$(awk '/^MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
os="$(. /etc/os-release && echo "$PRETTY_NAME"), Linux $(uname -r)"
short=${BENCH_MACHINE:-$(echo "$cpu" | tr 'A-Z' 'a-z' | sed 's/([^)]*)//g; s/[^a-z0-9]\+/ /g' |
  awk '{ print $1 "-" $2 }')-${np}c}
commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
if [ -n "$(git status --porcelain --untracked-files=no 2>/dev/null)" ]; then commit="$commit (with uncommitted changes)"; fi
day=$(date +%F)
mkdir -p benches/results
res=benches/results/$day-$short.md
cat > "$res" <<EOF
# tilsyn against its peers, $day, $short

\`bash benches/run.sh\` with MUNICIPALITIES=$MUNICIPALITIES MEETINGS=$MEETINGS PAGES=$PAGES
SEED=$SEED SCALES="$SCALES" ROUNDS=$ROUNDS NATIONAL=$NATIONAL. Every ratio is tilsyn
against a peer measured in the same run on the same files; **above 1 means tilsyn is
faster** (or, for memory, uses more). Times are the best of $ROUNDS rounds (3 for the
matching core). The machine is shared; absolute numbers are noisy, ratios less so.

## Machine

| | |
|---|---|
| CPU | $cpu |
| cores | $np |
| memory | $mem |
| OS | $os |
| load average at start | $(cut -d' ' -f1-3 /proc/loadavg) |
| rustc | $(rustc -V) |
| pdftotext | $(pdftotext -v 2>&1 | head -1) |
| mutool | $(mutool -v 2>&1 | head -1) |
| w3m | $(w3m -version 2>&1 | head -1) |
| rg | $(rg --version | sed -n 1p) |
| tilsyn commit | $commit |

## Corpus

The base (1x) corpus is \`tilsyn-corpus national --municipalities $MUNICIPALITIES --meetings $MEETINGS
--pages $PAGES --seed $SEED --html-share 0\`: $base_pdfs PDFs, $base_pages pages, $base_mb MB,
in the four publishing styles; all PDF, so that every tool reads exactly the same files.
Nx is N such corpora (seeds $SEED..) side by side: $max_scale base corpora, $gen_pages pages$(
  [ "$NATIONAL" = 1 ] && echo ", and the national year").

## Results

| measurement | tilsyn | peer | tilsyn / peer |
|---|---|---|---|
| start-up, ms, \`tilsyn scan\` of an empty folder (reports and db written) | $start_scan | — | — |
| start-up, ms, one short PDF, \`tilsyn extract\` (parent and worker process) | $start_extract | $start_pdftotext (\`pdftotext\`) | **$(calc "$start_pdftotext / $start_extract")** |
| start-up, ms, one short PDF, \`tilsyn extract\` | $start_extract | $start_mutool (\`mutool draw -F txt\`) | **$(calc "$start_mutool / $start_extract")** |
| ingest, pages/s, $np cores, one process per file | $ingest_ours (\`tilsyn extract\`) | $ingest_peer (\`pdftotext\`) | **$ingest_ratio** |
| ingest, pages/s, $np cores, one process per file | $ingest_ours (\`tilsyn extract\`) | $ingest_mutool (\`mutool draw -F txt\`) | **$ingest_mutool_ratio** |
| text fidelity: words agreeing with pdftotext | $fidelity % | 100 % | — |
| matching core, MB/s, 1 core: full \`Matcher::analyse\` | $analyse_mbps | $rg_mbps (\`rg -j1 -c -i -F\`) | **$analyse_ratio** |
| matching core, MB/s, 1 core: literal prefilter only | $prefilter_mbps | $rg_mbps | **$prefilter_ratio** |
| end to end at 1x, pages/s, $np cores | $e2e_1x |
| end to end at 1x, pages/s, $np cores | $e2e_1x_mutool |
| HTML, documents/s, $np cores, one process per file | $(calc "$html_docs / $t_html_ours" 0) (\`tilsyn extract\`) | $(calc "$html_docs / $t_html_peer" 0) (\`w3m -dump\`) | **$html_ratio** |
| HTML, MB/s, $np cores, one process per file | $(calc "$html_mb / $t_html_ours" 1) | $(calc "$html_mb / $t_html_peer" 1) | **$html_ratio** |

- Ingest: \`xargs -0 -P $np -n 1\` over the $base_pdfs PDFs for each tool, text to files.
  \`tilsyn extract\` starts a worker process per call, as it always does.
- Fidelity: both texts lower-cased, everything but letters and digits made a space, words
  compared as multisets over all files, Dice coefficient $(agree words_common) common
  of $(agree words_ours) (tilsyn) and $(agree words_peer) (pdftotext) words
  (\`crates/corpus/examples/wordagree.rs\`). Part of the difference is tilsyn's own
  normalisation: words broken at line ends are re-joined and running headers and page
  footers removed. Most frequent words only tilsyn has: $(agree only_ours). Only
  pdftotext: $(agree only_peer).
- Matching core: $text_mb MB of tilsyn's normalised text of the base corpus in one file,
  documents separated by 0x1D. tilsyn: \`crates/matcher/examples/throughput.rs\`, every
  document through \`Matcher::analyse\` (header, items, prefilter, close reading of the
  $(tp danmarkskort_items) danmarkskort items found), in process, file already in memory.
  rg: \`rg -j1 -c -i -F -f literals.txt\` with the prefilter's $(wc -l < "$LITERALS") literals
  (\`Matcher::prefilter_literals\`), the file in the page cache. The criterion benchmark
  of the matching core is \`cargo bench --bench matcher\` (not run here).
- End to end: \`tilsyn scan DIR --map-year 2022\` (all cores, worker processes, reports
  written; $e2e_ok documents ok at 1x) against \`pdftotext FILE - | rg -c -i -F -f literals.txt\`
  and \`mutool draw -q -F txt -o - FILE | rg …\` per PDF with \`xargs -P $np\`.
- Start-up: best of 10 wall times. \`tilsyn scan\` of an empty folder writes the four
  reports and records the run in its database, as any scan does; the short PDF is
  corpus-samples/Referat Byrådet 24-11-2022.pdf.
- HTML: \`tilsyn-corpus national … --html-share 1\`, $html_docs documents, $html_mb MB
  (HTML minutes have no pages, so documents/s and MB/s); \`tilsyn extract FILE\` against
  \`w3m -dump -T text/html -O UTF-8 FILE\`, text to /dev/null.

## Scaling and memory

| scale | pages | tilsyn pages/s | pdftotext pages/s | tilsyn / pdftotext | mutool pages/s | tilsyn / mutool | tilsyn peak RSS, sum over processes | vs 1x | tilsyn largest process | \`time -v\` max RSS | pdftotext pipeline peak RSS, sum | tilsyn / peer memory |
|---|---|---|---|---|---|---|---|---|---|---|---|---|
$e2e_rows$national_row

Memory is sampled every 0.1 s from \`ps\`: the resident sets of every process below
\`/usr/bin/time\` (tilsyn scan and its worker processes; for the peer, xargs, the shells,
pdftotext and rg), summed, and the peak of that sum kept; short peaks between samples can
be missed. \`time -v\`'s "Maximum resident set size" is Linux's \`ru_maxrss\` from
\`wait4\`: the largest single process among the command and its reaped descendants, never
a sum, so it understates a tree of workers; it is shown for comparison. Flat memory
means the "vs 1x" column stays near 1 while the corpus grows.

$(gen_note) tilsyn is built from the working tree at the commit above.
EOF
log "wrote $res"
cat "$res"
