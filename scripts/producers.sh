#!/usr/bin/env bash
# The same council minutes through the PDF producers councils use.
#
#   bash scripts/producers.sh OUT
#
# Renders tests/producers/referat.html (minutes of our own, with a
# danmarkskort item and a clear position) through LibreOffice (from .docx and
# from .odt), Chromium --print-to-pdf, wkhtmltopdf, Ghostscript re-distilling,
# qpdf and mutool rewrites and a Tesseract OCR layer, into
# OUT/minutes/573-varde/<producer>.pdf, and writes OUT/producers.tsv: one line
# per producer, "name<TAB>family<TAB>ok|skipped<TAB>reason". tests/producers.rs
# reads both.
#
# Missing tools are installed from Debian's packages when running as root
# with apt-get; a producer whose tool is still missing, or that fails, is
# listed as skipped with the reason, and the rest go on.
set -uo pipefail
cd "$(dirname "$0")/.."
out=${1:?usage: scripts/producers.sh OUT}
mkdir -p "$out/minutes/573-varde" "$out/work"
out=$(cd "$out" && pwd)
dir=$out/minutes/573-varde
work=$out/work
src=$PWD/tests/producers/referat.html
manifest=$out/producers.tsv
: > "$manifest"

have() { command -v "$1" >/dev/null 2>&1; }

# Debian package per tool.
declare -A package=(
  [soffice]="libreoffice-writer-nogui libreoffice-writer"
  [chromium]="chromium"
  [wkhtmltopdf]="wkhtmltopdf"
  [gs]="ghostscript"
  [qpdf]="qpdf"
  [mutool]="mupdf-tools"
  [tesseract]="tesseract-ocr"
  [pdftoppm]="poppler-utils"
)
missing=()
for tool in "${!package[@]}"; do have "$tool" || missing+=("$tool"); done
if [ ${#missing[@]} -gt 0 ] && [ "$(id -u)" = 0 ] && have apt-get; then
  echo "producers.sh: installing the packages of: ${missing[*]}" >&2
  apt-get update -qq >/dev/null 2>&1 || true
  for tool in "${missing[@]}"; do
    for pkg in ${package[$tool]}; do
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$pkg" \
        >/dev/null 2>&1 && break
    done
  done
fi
# Danish OCR data, if it can be had; English otherwise.
if have tesseract && ! tesseract --list-langs 2>/dev/null | grep -qx dan \
   && [ "$(id -u)" = 0 ] && have apt-get; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq tesseract-ocr-dan >/dev/null 2>&1 || true
fi

record() { printf '%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" >> "$manifest"; }

# produce NAME FAMILY TOOL COMMAND...: runs COMMAND, which writes $dir/NAME.pdf.
produce() {
  local name=$1 family=$2 tool=$3
  shift 3
  if ! have "$tool"; then
    record "$name" "$family" skipped "$tool not installed (Debian: ${package[$tool]%% *})"
    return
  fi
  local log=$work/$name.log
  # A function run under `timeout` needs a shell of its own (exported below).
  if timeout 180 bash -c '"$@"' _ "$@" >"$log" 2>&1 && [ -s "$dir/$name.pdf" ]; then
    record "$name" "$family" ok ""
  else
    rm -f "$dir/$name.pdf"
    record "$name" "$family" skipped "$tool failed: $(tail -n 2 "$log" | tr '\t\n' '  ')"
  fi
}

# LibreOffice writes into a directory, named after the input.
lo() { # lo FORMAT INPUT OUTDIR
  soffice -env:UserInstallation=file://"$work"/lo-profile --headless --norestore \
    --convert-to "$1" --outdir "$3" "$2"
}
lo_docx() {
  lo 'docx:MS Word 2007 XML' "$src" "$work/docx" && lo pdf "$work/docx/referat.docx" "$work/docx" \
    && cp "$work/docx/referat.pdf" "$dir/libreoffice-docx.pdf"
}
lo_odt() {
  lo odt "$src" "$work/odt" && lo pdf "$work/odt/referat.odt" "$work/odt" \
    && cp "$work/odt/referat.pdf" "$dir/libreoffice-odt.pdf"
}
chromium_pdf() {
  chromium --headless --no-sandbox --disable-gpu --no-first-run \
    --user-data-dir="$work/chromium-profile" --print-to-pdf="$dir/chromium.pdf" "file://$src"
}
wkhtml() {
  wkhtmltopdf --quiet --encoding utf-8 --footer-center 'Side [page] af [topage]' \
    --footer-font-size 8 "$src" "$dir/wkhtmltopdf.pdf"
}
# Re-distilled, rewritten and OCR'd copies start from the first of these that exists.
base() {
  for b in libreoffice-docx libreoffice-odt chromium wkhtmltopdf; do
    [ -s "$dir/$b.pdf" ] && { echo "$dir/$b.pdf"; return; }
  done
  return 1
}
gs_pdf() { # gs_pdf FROM NAME
  [ -s "$dir/$1.pdf" ] || { echo "no $1.pdf to re-distill"; return 1; }
  gs -q -dNOPAUSE -dBATCH -dSAFER -sDEVICE=pdfwrite -o "$dir/$2.pdf" "$dir/$1.pdf"
}
qpdf_pdf() {
  local b
  b=$(base) || { echo "no PDF to rewrite"; return 1; }
  qpdf --object-streams=generate --compress-streams=y --linearize "$b" "$dir/qpdf.pdf"
}
mutool_pdf() {
  local b
  b=$(base) || { echo "no PDF to rewrite"; return 1; }
  mutool clean -gggg -z "$b" "$dir/mutool-clean.pdf"
}
ocr_pdf() {
  local b lang=eng
  b=$(base) || { echo "no PDF to scan"; return 1; }
  have pdftoppm || { echo "pdftoppm not installed"; return 1; }
  tesseract --list-langs 2>/dev/null | grep -qx dan && lang=dan
  rm -f "$work"/scan-*.png
  pdftoppm -r 300 -gray -png "$b" "$work/scan"
  ls "$work"/scan-*.png > "$work/scan.txt"
  tesseract "$work/scan.txt" "$work/ocr" -l "$lang" pdf && cp "$work/ocr.pdf" "$dir/tesseract.pdf"
}

export dir work src
export -f have lo lo_docx lo_odt chromium_pdf wkhtml base gs_pdf qpdf_pdf mutool_pdf ocr_pdf

produce libreoffice-docx libreoffice soffice lo_docx
produce libreoffice-odt libreoffice soffice lo_odt
produce chromium chromium chromium chromium_pdf
produce wkhtmltopdf wkhtmltopdf wkhtmltopdf wkhtml
produce gs-chromium ghostscript gs gs_pdf chromium gs-chromium
produce gs-libreoffice ghostscript gs gs_pdf libreoffice-docx gs-libreoffice
produce qpdf qpdf qpdf qpdf_pdf
produce mutool-clean mutool mutool mutool_pdf
produce tesseract tesseract tesseract ocr_pdf

column -t -s $'\t' "$manifest" >&2 || cat "$manifest" >&2
