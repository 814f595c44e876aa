#!/usr/bin/env bash
# Builds the independent6 corpus: bash build.sh OUT [SEED]
set -euo pipefail
OUT=${1:?usage: build.sh OUT [SEED]}
SEED=${2:-6}
HERE=$(cd "$(dirname "$0")" && pwd)
# producers, installed by Debian package name when missing
need=()
command -v chromium >/dev/null || need+=(chromium)
command -v wkhtmltopdf >/dev/null || need+=(wkhtmltopdf)
command -v weasyprint >/dev/null || need+=(weasyprint)
command -v soffice >/dev/null || need+=(libreoffice-writer)
command -v qpdf >/dev/null || need+=(qpdf)
command -v pdfunite >/dev/null || need+=(poppler-utils)
command -v python3 >/dev/null || need+=(python3)
[ -e /usr/share/hyphen/hyph_da_DK.dic ] || need+=(hyphen-da)
fc-list 2>/dev/null | grep -qi dejavu || need+=(fonts-dejavu-core)
fc-list 2>/dev/null | grep -qi liberation || need+=(fonts-liberation2)
if [ ${#need[@]} -gt 0 ]; then
  SUDO=; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -q && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q "${need[@]}"
fi
rm -rf "$OUT"; mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
cd "$HERE"
python3 gen.py "$OUT" "$SEED"
S="$OUT/_src"; R="$S/out"; mkdir -p "$R"
export S R
list() { python3 -c "import json,sys;[print(s) for j in json.load(open('$S/jobs.json')) if j['tool']=='$1' for s in j['srcs']]"; }
# at most two conversions at a time
list weasy | xargs -r -P 2 -I{} sh -c 'f={}; weasyprint -q "$S/$f" "$R/${f%.html}.pdf"'
list wkhtml | xargs -r -P 2 -I{} sh -c 'f={}; wkhtmltopdf -q -s A4 --encoding utf-8 "$S/$f" "$R/${f%.html}.pdf" >/dev/null 2>&1 || test -s "$R/${f%.html}.pdf"'
list chromium | xargs -r -P 2 -I{} sh -c 'f={}; chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --user-data-dir="$S/chr-$$" --print-to-pdf="$R/${f%.html}.pdf" "file://$S/$f" >/dev/null 2>&1; rm -rf "$S/chr-$$"; test -s "$R/${f%.html}.pdf"'
# one soffice call for all LibreOffice files
( cd "$S" && list soffice | xargs -r soffice --headless -env:UserInstallation=file://$S/lo-profile --convert-to pdf --outdir "$R" >/dev/null 2>&1 )
python3 finalize.py "$OUT"
rm -rf "$S"
