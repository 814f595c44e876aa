#!/usr/bin/env bash
# Build independent spot corpus 13 (period 2025H2):  build.sh [OUT]   (default OUT=/tmp/ss13)
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-/tmp/ss13}"

# producers (installed only when missing)
need=()
command -v soffice     >/dev/null || need+=(libreoffice-writer)
command -v chromium    >/dev/null || need+=(chromium)
command -v wkhtmltopdf >/dev/null || need+=(wkhtmltopdf)
command -v weasyprint  >/dev/null || need+=(weasyprint)
command -v ps2pdf      >/dev/null || need+=(ghostscript)
command -v enscript    >/dev/null || need+=(enscript)
command -v groff       >/dev/null || need+=(groff)
command -v pdftotext   >/dev/null || need+=(poppler-utils)
command -v iconv       >/dev/null || need+=(libc-bin)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}"
fi

rm -rf "$OUT"
mkdir -p "$OUT/src"
python3 "$HERE/gen.py" write "$OUT" > "$OUT/src/plan.tsv"
export HOME="$OUT/src/home"; mkdir -p "$HOME"

# LibreOffice: one batched call
lo=()
while IFS=$'\t' read -r lay src pdf; do [ "$lay" = lo_word ] && lo+=("$src"); done < "$OUT/src/plan.tsv"
if [ ${#lo[@]} -gt 0 ]; then
  soffice --headless -env:UserInstallation=file://$HOME/lo --convert-to pdf:writer_web_pdf_Export --outdir "$OUT/src/lo_out" "${lo[@]}" >/dev/null 2>&1
fi

# the others, one renderer at a time
while IFS=$'\t' read -r lay src pdf; do
  case "$lay" in
    lo_word)
      mv "$OUT/src/lo_out/$(basename "${src%.*}").pdf" "$pdf" ;;
    wk_protocol)
      wkhtmltopdf -q --encoding utf-8 --footer-right "Side [page] af [topage]" --footer-font-size 8 "$src" "$pdf" 2>/dev/null ;;
    groff_ms)
      groff -k -ms -Tpdf "$src" > "$pdf" ;;
    chrome_table)
      chromium --headless --no-sandbox --disable-gpu --user-data-dir="$HOME/chr" --print-to-pdf="$pdf" "file://$src" >/dev/null 2>&1 ;;
    weasy_running)
      weasyprint -q "$src" "$pdf" ;;
    typed_gs)
      iconv -f utf-8 -t latin1//TRANSLIT "$src" | enscript -q -X latin1 -f Courier10 --header='Beslutningsprotokol||Side $% af $=' -o "${src%.*}.ps"
      ps2pdf "${src%.*}.ps" "$pdf" ;;
  esac
done < "$OUT/src/plan.tsv"

python3 "$HERE/gen.py" index "$OUT"
rm -rf "$HOME" "$OUT/src/lo_out"
echo "built $OUT"
