#!/usr/bin/env bash
# Renders one half written by gen.py: HALF_DIR/render.tsv (method, source, destination) ->
# HALF_DIR/corpus/<destination>. Installs the Debian packages it needs when missing (as root).
#   bash render.sh HALF_DIR            (all files; modest parallelism, LibreOffice batched)
#   bash render.sh --one METHOD SRC DST (one file; used through xargs)
set -euo pipefail
JOBS=${JOBS:-2}
SELF=$(realpath "$0")

chromium_pdf() { # $1 src.html $2 dst.pdf $3 stamp|nostamp
  local prof; prof=$(mktemp -d /tmp/holdout-chromium.XXXXXX)
  local hf=(--no-pdf-header-footer)
  [ "$3" = stamp ] && hf=()
  timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$prof" "${hf[@]}" --print-to-pdf="$2" "file://$(realpath "$1")" >/dev/null 2>&1 || true
  rm -rf "$prof"
  [ -s "$2" ] || { echo "chromium failed: $1" >&2; return 1; }
}

gs_redistill() { # $1 in.pdf $2 out.pdf
  gs -q -dBATCH -dNOPAUSE -sDEVICE=pdfwrite -o "$2" "$1" && rm -f "$1"
}

if [ "${1:-}" = "--one" ]; then
  method=$2 src=$3 dst=$4
  mkdir -p "$(dirname "$dst")"
  case "$method" in
    copy) cp "$src" "$dst" ;;
    chromium) chromium_pdf "$src" "$dst" nostamp ;;
    chromium_stamp) chromium_pdf "$src" "$dst" stamp ;;
    chromium+gs) chromium_pdf "$src" "$dst.tmp.pdf" nostamp && gs_redistill "$dst.tmp.pdf" "$dst" ;;
    wkhtml) wkhtmltopdf --quiet --enable-local-file-access --encoding utf-8 -s A4 "$src" "$dst" >/dev/null 2>&1 || [ -s "$dst" ] ;;
    *) echo "unknown method $method" >&2; exit 1 ;;
  esac
  exit 0
fi

HALF=$(realpath "$1")
need=()
command -v soffice >/dev/null || need+=(libreoffice-writer-nogui)
command -v chromium >/dev/null || need+=(chromium)
command -v wkhtmltopdf >/dev/null || need+=(wkhtmltopdf)
command -v gs >/dev/null || need+=(ghostscript)
command -v pdfinfo >/dev/null || need+=(poppler-utils)
# (grep -c reads all of fc-list's output: with -q, fc-list could die of SIGPIPE under pipefail)
fonts=$(fc-list 2>/dev/null || true)
[ "$(grep -ci liberation <<<"$fonts" || true)" -gt 0 ] || need+=(fonts-liberation)
[ "$(grep -ci dejavu <<<"$fonts" || true)" -gt 0 ] || need+=(fonts-dejavu)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then echo "missing packages ${need[*]} (run as root to install)" >&2; exit 1; fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

cd "$HALF"
rm -rf corpus; mkdir -p corpus
TMP=$(mktemp -d /tmp/holdout-render.XXXXXX)

# LibreOffice: one call per filter, many files each
for m in soffice soffice_html soffice+gs; do
  awk -F'\t' -v m="$m" '$1==m {print $2}' render.tsv > "$TMP/$m.list"
  [ -s "$TMP/$m.list" ] || continue
  filt=pdf; [ "$m" = soffice_html ] && filt=pdf:writer_web_pdf_Export
  mkdir -p "$TMP/out-$m"
  xargs -d '\n' -n 60 timeout 900 soffice -env:UserInstallation=file://$TMP/lo-profile --headless \
    --convert-to "$filt" --outdir "$TMP/out-$m" < "$TMP/$m.list" >/dev/null 2>&1 || true
  awk -F'\t' -v m="$m" '$1==m {print $2 "\t" $3}' render.tsv | while IFS=$'\t' read -r src dst; do
    b=$(basename "$src"); b=${b%.*}
    mkdir -p "corpus/$(dirname "$dst")"
    if [ ! -s "$TMP/out-$m/$b.pdf" ]; then echo "soffice failed: $src" >&2; continue; fi
    if [ "$m" = "soffice+gs" ]; then gs_redistill "$TMP/out-$m/$b.pdf" "corpus/$dst"; else mv "$TMP/out-$m/$b.pdf" "corpus/$dst"; fi
  done
done

# the rest, file by file
awk -F'\t' '$1!~/^soffice/ {print $1 "\t" $2 "\tcorpus/" $3}' render.tsv | tr '\t\n' '\0\0' | \
  xargs -0 -n 3 -P "$JOBS" bash "$SELF" --one

rm -rf "$TMP"
echo "rendered $(find corpus -type f | wc -l) files into $HALF/corpus"
