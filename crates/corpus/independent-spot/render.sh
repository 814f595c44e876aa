#!/usr/bin/env bash
# Render the PDF layouts that gen.py wrote as HTML sources: OUT/_render.json lists
# {engine: chromium|soffice, src, out}. Installs chromium / LibreOffice Writer / poppler-utils
# with apt-get when missing (needs root). All LibreOffice conversions run in one soffice call.
set -euo pipefail
OUT=${1:?usage: render.sh OUT_DIR}
JOBS="$OUT/_render.json"

need_pkgs=()
command -v chromium >/dev/null 2>&1 || need_pkgs+=(chromium)
command -v soffice >/dev/null 2>&1 || need_pkgs+=(libreoffice-writer-nogui)
command -v pdftotext >/dev/null 2>&1 || need_pkgs+=(poppler-utils)
if [ ${#need_pkgs[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then echo "render.sh: missing ${need_pkgs[*]} and not root" >&2; exit 1; fi
  apt-get update
  for p in "${need_pkgs[@]}"; do
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$p" \
      || { [ "$p" = libreoffice-writer-nogui ] && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends libreoffice-writer; }
  done
fi

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

# Chromium: one headless process per file, one at a time (the machine is shared).
python3 - "$JOBS" > "$TMP/chromium.tsv" <<'PY'
import json, sys
for j in json.load(open(sys.argv[1])):
    if j["engine"] == "chromium":
        print(j["src"] + "\t" + j["out"])
PY
while IFS=$'\t' read -r src out; do
  mkdir -p "$(dirname "$out")"
  prof=$(mktemp -d)
  chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$prof" --no-pdf-header-footer --print-to-pdf="$out" "file://$src" \
    >/dev/null 2>&1 || true
  rm -rf "$prof"
  [ -s "$out" ] || { echo "render.sh: chromium failed on $src" >&2; exit 1; }
done < "$TMP/chromium.tsv"

# LibreOffice: copy sources to flat names, convert in ONE soffice call, move back.
mkdir -p "$TMP/lo_in" "$TMP/lo_out"
python3 - "$JOBS" "$TMP/lo_in" > "$TMP/lo.tsv" <<'PY'
import json, shutil, sys
n = 0
for j in json.load(open(sys.argv[1])):
    if j["engine"] == "soffice":
        n += 1
        name = "job_%04d" % n
        shutil.copy(j["src"], "%s/%s.html" % (sys.argv[2], name))
        print(name + "\t" + j["out"])
PY
if [ -s "$TMP/lo.tsv" ]; then
  soffice -env:UserInstallation=file://$TMP/lo_profile --headless --norestore \
    --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export \
    --outdir "$TMP/lo_out" "$TMP"/lo_in/*.html >/dev/null 2>&1
  while IFS=$'\t' read -r name out; do
    mkdir -p "$(dirname "$out")"
    [ -s "$TMP/lo_out/$name.pdf" ] || { echo "render.sh: soffice failed on $name -> $out" >&2; exit 1; }
    mv "$TMP/lo_out/$name.pdf" "$out"
  done < "$TMP/lo.tsv"
fi
echo "render.sh: $(wc -l < "$TMP/chromium.tsv") chromium, $(wc -l < "$TMP/lo.tsv") libreoffice"
