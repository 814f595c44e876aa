#!/usr/bin/env bash
# Render the PDF layouts of OUT (written by gen.py). At most two conversions run at a time.
#   render.sh OUT
set -euo pipefail
OUT=$(cd "$1" && pwd)

need() {  # need COMMAND DEBIAN-PACKAGE...
  local cmd=$1; shift
  if ! command -v "$cmd" >/dev/null 2>&1; then
    echo "render: installing $* for $cmd" >&2
    if [ -z "${APT_UPDATED:-}" ]; then apt-get update -qq; APT_UPDATED=1; fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null \
      || { echo "render: cannot install $*" >&2; exit 1; }
  fi
}
need groff groff
need ps2pdf ghostscript
need enscript enscript
need pdftotext poppler-utils
need weasyprint weasyprint
need chromium chromium
need soffice libreoffice-writer-nogui
if ! fc-list | grep -qi "DejaVu Sans"; then need fc-cache fontconfig; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-dejavu-core >/dev/null; fi
if ! fc-list | grep -qi "Liberation"; then DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-liberation2 >/dev/null || true; fi

lane_a() {  # groff, enscript, weasyprint: one file at a time
  shopt -s nullglob
  for f in "$OUT"/src/*/L1_groff_ms/*.ms; do
    groff -k -t -ms -Tps "$f" > "${f%.ms}.ps" 2>>"$OUT/src/render.log"
    ps2pdf "${f%.ms}.ps" "${f%.ms}.pdf"
  done
  for f in "$OUT"/src/*/L2_enscript_caps/*.txt; do
    enscript -q -X latin1 -f Courier9 --fancy-header=simple --header="$(cat "${f%.txt}.hdr")" -o "${f%.txt}.ps" "$f"
    ps2pdf "${f%.txt}.ps" "${f%.txt}.pdf"
  done
  for f in "$OUT"/src/*/L8_weasy_pagedcss/*.html; do
    weasyprint -q "$f" "${f%.html}.pdf" 2>>"$OUT/src/render.log"
  done
}

lane_b() {  # LibreOffice (one call for all .odt), then Chromium one file at a time
  shopt -s nullglob
  local odts=("$OUT"/src/*/L3_odt_outline/*.odt "$OUT"/src/*/L4_odt_protocol/*.odt)
  mkdir -p "$OUT/src/odtpdf"
  if [ ${#odts[@]} -gt 0 ]; then
    HOME="$OUT/src/lohome" soffice --headless --norestore --convert-to pdf --outdir "$OUT/src/odtpdf" "${odts[@]}" >>"$OUT/src/render.log" 2>&1
  fi
  for f in "$OUT"/src/*/L7_chromium_ol_aria/*.html; do
    HOME="$OUT/src/chhome" chromium --headless --no-sandbox --disable-gpu --disable-dev-shm-usage \
      --print-to-pdf="${f%.html}.pdf" "file://$f" >>"$OUT/src/render.log" 2>&1
  done
}

lane_a & A=$!
lane_b & B=$!
rc=0
wait $A || rc=1
wait $B || rc=1
[ $rc -eq 0 ] || { echo "render: a conversion failed, see $OUT/src/render.log" >&2; exit 1; }
echo "render: done"
