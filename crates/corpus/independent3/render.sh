#!/usr/bin/env bash
# Renders OUT/_stage/manifest.tsv (written by gen.py) into the PDFs of OUT/{dev,holdout}/corpus.
# At most two conversions at a time; one soffice call per kind of LibreOffice source.
set -euo pipefail
OUT=$(realpath "$1"); ST="$OUT/_stage"; HERE=$(dirname "$(realpath "$0")")
need() { command -v "$1" >/dev/null 2>&1; }
pkgs=()
need soffice || pkgs+=(libreoffice-writer-nogui)
need chromium || pkgs+=(chromium)
need wkhtmltopdf || pkgs+=(wkhtmltopdf)
need gs || pkgs+=(ghostscript)
need pdftotext || pkgs+=(poppler-utils)
fc-list | grep -qi dejavu || pkgs+=(fonts-dejavu-core)
if [ ${#pkgs[@]} -gt 0 ]; then
  apt-get install -y "${pkgs[@]}" >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y "${pkgs[@]}" >/dev/null; }
fi
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-/tmp/runtime-$(id -u)}; mkdir -p "$XDG_RUNTIME_DIR"; chmod 700 "$XDG_RUNTIME_DIR"
M="$ST/manifest.tsv"
sel() { awk -F'\t' -v k="$1" '$1==k{print $2"\t"$3}' "$M"; }
mkd() { mkdir -p "$(dirname "$1")"; }

chrome_one() { # src dest stamp
  local ud; ud=$(mktemp -d /tmp/c3chrome.XXXX)
  local hf=--no-pdf-header-footer; [ "$3" = stamp ] && hf=
  mkdir -p "$(dirname "$2")"
  timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --user-data-dir="$ud" $hf \
     --print-to-pdf="$2" "file://$1" >/dev/null 2>&1 || true
  rm -rf "$ud"; [ -s "$2" ] || { echo "chromium failed: $1" >&2; return 1; }
}
export -f chrome_one

# Chromium (two at a time)
{ sel chromium | sed 's/$/\tplain/'; sel chromium-stamp | sed 's/$/\tstamp/'; } | tr '\t' '\n' | xargs -d '\n' -n 3 -P 2 bash -c 'chrome_one "$0" "$1" "$2"'

# wkhtmltopdf
wk_one() { mkdir -p "$(dirname "$2")"; timeout 120 wkhtmltopdf -q --enable-local-file-access -s A4 "$1" "$2" >/dev/null 2>&1 || [ -s "$2" ]; }
export -f wk_one
sel wkhtml | tr '\t' '\n' | xargs -d '\n' -n 2 -P 2 bash -c 'wk_one "$0" "$1"'
# wk-toc: first pass, locate the items, rewrite the table of contents with page numbers, second pass
sel wkhtml-toc | tr '\t' '\n' | xargs -d '\n' -n 2 -P 2 bash -c 'wk_one "$0" "$1"'
sel wkhtml-toc | while IFS=$'\t' read -r s d; do python3 "$HERE/gen.py" --toc-pass "$s" "$d"; done
sel wkhtml-toc | tr '\t' '\n' | xargs -d '\n' -n 2 -P 2 bash -c 'wk_one "$0" "$1"'

# LibreOffice: one call per kind of source
lo_batch() { # kind filter
  local dir="$ST/$1"; [ -d "$dir" ] || return 0
  mkdir -p "$dir/pdf"
  timeout 400 soffice --headless --norestore -env:UserInstallation=file:///tmp/c3lo-profile --infilter="HTML (StarWriter)" \
     --convert-to "$2" --outdir "$dir/pdf" "$dir"/*.html >/dev/null 2>&1
}
lo_batch lo-pdfa 'pdf:writer_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"2"}}' &
P1=$!
lo_batch lo-gs pdf
wait $P1
sel lo-pdfa | while IFS=$'\t' read -r s d; do mkd "$d"; mv "$ST/lo-pdfa/pdf/$(basename "${s%.html}").pdf" "$d"; done
gs_one() { mkdir -p "$(dirname "$2")"; gs -q -dNOPAUSE -dBATCH -dSAFER -sDEVICE=pdfwrite -dPDFSETTINGS=/screen -dCompatibilityLevel=1.4 \
   -o "$2" "$1" >/dev/null; }
export -f gs_one
sel lo-gs | while IFS=$'\t' read -r s d; do printf '%s\n%s\n' "$ST/lo-gs/pdf/$(basename "${s%.html}").pdf" "$d"; done | xargs -d '\n' -n 2 -P 2 bash -c 'gs_one "$0" "$1"'
echo "rendered $(wc -l < "$M") PDFs"
