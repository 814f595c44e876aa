#!/bin/bash
# Render the staged sources of corpus 4: render.sh OUT
# Installs the producers with apt-get where missing (Debian): pandoc, a2ps, ghostscript (ps2pdf),
# LibreOffice Writer (soffice), Chromium, poppler-utils (pdftotext, for the page index).
set -euo pipefail
OUT="$1"
HERE="$(cd "$(dirname "$0")" && pwd)"
need=()
command -v pandoc >/dev/null || need+=(pandoc)
command -v a2ps >/dev/null || need+=(a2ps)
command -v ps2pdf >/dev/null || need+=(ghostscript)
command -v pdftotext >/dev/null || need+=(poppler-utils)
command -v soffice >/dev/null || need+=(libreoffice-writer-nogui)
command -v chromium >/dev/null || command -v chromium-browser >/dev/null || need+=(chromium)
[ -d /usr/share/fonts/truetype/dejavu ] || need+=(fonts-dejavu-core)
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${need[@]}" || {
    # libreoffice-writer-nogui is missing on older releases
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${need[@]/libreoffice-writer-nogui/libreoffice-writer}"; }
fi
python3 "$HERE/render.py" "$OUT"
