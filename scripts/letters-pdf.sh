#!/usr/bin/env bash
# Converts the example letter of every template (templates/letters/examples/)
# to PDF with LibreOffice headless, into docs/letters/, and renders each page
# as a PNG at 60 dpi for a person to look at before committing.
#
#   scripts/letters-pdf.sh [OUT_DIR]      (default docs/letters)
#
# Needs LibreOffice Writer and poppler's pdftoppm; installs them from Debian
# when missing and run as root (libreoffice-writer-nogui, else
# libreoffice-writer; fonts-crosextra-carlito, metric-compatible with the
# letters' Calibri, so the layout matches Word's).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-$root/docs/letters}
mkdir -p "$out"

need_install=()
command -v soffice >/dev/null || need_install+=(libreoffice-writer-nogui)
command -v pdftoppm >/dev/null || need_install+=(poppler-utils)
fc-list 2>/dev/null | grep -qi carlito || need_install+=(fonts-crosextra-carlito)
if ((${#need_install[@]})); then
  if [[ $(id -u) -ne 0 ]]; then
    echo "letters-pdf: missing ${need_install[*]}; install them (as root: apt-get install ${need_install[*]})" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  if ! apt-get install -y -qq --no-install-recommends "${need_install[@]}"; then
    # Older Debian has no -nogui package.
    apt-get install -y -qq --no-install-recommends "${need_install[@]/libreoffice-writer-nogui/libreoffice-writer}"
  fi
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$root"
cargo run --quiet -p tilsyn-letters --example example_letters -- "$work/docx" >/dev/null
# A profile of its own, so a running LibreOffice of the user's is not disturbed.
soffice --headless -env:UserInstallation=file://"$work/profile" \
  --convert-to pdf --outdir "$out" "$work"/docx/*.docx >/dev/null
for pdf in "$out"/*.pdf; do
  base=${pdf%.pdf}
  rm -f "$base"-*.png
  pdftoppm -png -r 60 "$pdf" "$base"
  echo "$pdf: $(cd "$out" && ls "$(basename "$base")"-*.png | tr '\n' ' ')"
done
