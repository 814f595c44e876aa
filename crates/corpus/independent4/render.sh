#!/usr/bin/env bash
# render.sh OUT: turns OUT/_src/<layout>/* into published files in OUT/_out/<layout>/.
# Installs the producers it needs from Debian (apt-get) when they are missing.
# At most two conversions run at a time; LibreOffice gets one call per layout.
set -euo pipefail
OUT=$(cd "$1" && pwd)
S=$OUT/_src; O=$OUT/_out
mkdir -p "$O"

need=()
command -v ps2pdf >/dev/null || need+=(ghostscript)
[ -e /usr/share/groff/current/tmac/s.tmac ] && [ -e /usr/share/groff/current/font/devpdf/DESC ] || need+=(groff)
command -v enscript >/dev/null || need+=(enscript)
command -v soffice >/dev/null || need+=(libreoffice-writer)
command -v chromium >/dev/null || need+=(chromium)
command -v wkhtmltopdf >/dev/null || need+=(wkhtmltopdf)
command -v pdfinfo >/dev/null || need+=(poppler-utils)
dpkg -s fonts-liberation >/dev/null 2>&1 || need+=(fonts-liberation)
if [ ${#need[@]} -gt 0 ]; then
  echo "render: installing ${need[*]}"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${need[@]}"
fi

export LC_ALL=C.UTF-8 SOURCE_DATE_EPOCH=1764547200
P=2

d=groff-ms-ps2pdf
if [ -d "$S/$d" ]; then mkdir -p "$O/$d"
  ls "$S/$d"/*.ms | xargs -P$P -I{} sh -c 'b=$(basename {} .ms); groff -K utf8 -Tps -ms {} > "'"$O/$d"'/$b.ps" && ps2pdf "'"$O/$d"'/$b.ps" "'"$O/$d"'/$b.pdf" && rm "'"$O/$d"'/$b.ps"'
fi
d=groff-me-gropdf
if [ -d "$S/$d" ]; then mkdir -p "$O/$d"
  ls "$S/$d"/*.me | xargs -P$P -I{} sh -c 'b=$(basename {} .me); groff -K utf8 -Tpdf -me {} > "'"$O/$d"'/$b.pdf"'
fi
d=enscript-mono
if [ -d "$S/$d" ]; then mkdir -p "$O/$d"
  for f in "$S/$d"/*.txt; do b=$(basename "$f" .txt)
    enscript -q -X latin1 -f Courier9 -F Courier-Bold9 -b "$(iconv -f UTF-8 -t LATIN1 < "$S/$d/$b.hdr")" -t "Referat" -p "$O/$d/$b.ps" "$f"
  done
  ls "$O/$d"/*.ps | xargs -P$P -I{} sh -c 'ps2pdf {} "${1%.ps}.pdf" && rm {}' _ {}
fi
d=handwritten-ps
if [ -d "$S/$d" ]; then mkdir -p "$O/$d"
  ls "$S/$d"/*.ps | xargs -P$P -I{} sh -c 'ps2pdf {} "'"$O/$d"'/$(basename {} .ps).pdf"'
fi
for d in lo-fodt-outline lo-fodt-beslutningsreferat; do
  if [ -d "$S/$d" ]; then mkdir -p "$O/$d"
    soffice -env:UserInstallation=file://$OUT/_lo_profile --headless --norestore --convert-to pdf:writer_pdf_Export --outdir "$O/$d" "$S/$d"/*.fodt >/dev/null
  fi
done
d=chromium-article
if [ -d "$S/$d" ]; then mkdir -p "$O/$d"
  ls "$S/$d"/*.html | xargs -P$P -I{} sh -c 'chromium --headless --no-sandbox --disable-gpu --no-first-run --no-pdf-header-footer --user-data-dir=$(mktemp -d) --print-to-pdf="'"$O/$d"'/$(basename {} .html).pdf" "file://{}" 2>/dev/null'
fi
d=wkhtmltopdf-pagebreaks
if [ -d "$S/$d" ]; then mkdir -p "$O/$d"
  # Debian's wkhtmltopdf is built on unpatched Qt: no --header-html, so the page header sits in the HTML.
  ls "$S/$d"/*.html | xargs -P$P -I{} sh -c 'wkhtmltopdf -q --encoding utf-8 -s A4 -T 15mm -B 15mm {} "'"$O/$d"'/$(basename {} .html).pdf" 2>/dev/null || test -s "'"$O/$d"'/$(basename {} .html).pdf"'
fi
for d in sharepoint-divs latin1-font-center; do
  if [ -d "$S/$d" ]; then mkdir -p "$O/$d"; cp "$S/$d"/* "$O/$d/"; fi
done
echo "render: done"
