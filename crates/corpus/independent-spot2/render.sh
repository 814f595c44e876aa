#!/usr/bin/env bash
# render.sh OUT — convert OUT/src/* to the PDFs listed in OUT/jobs.json.
# LibreOffice (all files in one soffice call) runs beside one serial queue of Chromium,
# wkhtmltopdf and Ghostscript jobs: never more than two conversions at a time.
set -euo pipefail
OUT=$(cd "$1" && pwd)

need() { command -v "$1" >/dev/null 2>&1; }
missing=()
need chromium || missing+=(chromium)
need soffice || missing+=(libreoffice-writer-nogui)
need wkhtmltopdf || missing+=(wkhtmltopdf)
need gs || missing+=(ghostscript)
need pdftotext || missing+=(poppler-utils)
if [ ${#missing[@]} -gt 0 ]; then
  apt-get update -qq
  for p in "${missing[@]}"; do
    if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$p"; then
      [ "$p" = libreoffice-writer-nogui ] && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libreoffice-writer
    fi
  done
fi

python3 - "$OUT" <<'PY'
import json, os, sys
out = sys.argv[1]
jobs = json.load(open(os.path.join(out, "jobs.json")))
with open(os.path.join(out, "lo.list"), "w") as f:
    for j in jobs:
        if j["producer"] == "soffice":
            f.write(j["src"] + "\n")
with open(os.path.join(out, "queue.tsv"), "w") as f:
    for j in jobs:
        if j["producer"] != "soffice":
            f.write("%s\t%s\t%s\n" % (j["producer"], j["src"], j["dest"]))
with open(os.path.join(out, "lo_moves.tsv"), "w") as f:
    for j in jobs:
        if j["producer"] == "soffice":
            f.write("%s\t%s\n" % (os.path.join(out, "lo", j["id"] + ".pdf"), j["dest"]))
PY

mkdir -p "$OUT/lo" "$OUT/tmpprofile"
(
  if [ -s "$OUT/lo.list" ]; then
    xargs -d '\n' soffice -env:UserInstallation=file://$OUT/tmpprofile --headless --convert-to pdf \
      --outdir "$OUT/lo" < "$OUT/lo.list" > "$OUT/lo.log" 2>&1
  fi
) &
LOPID=$!

CHROME=(chromium --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run
        --user-data-dir="$OUT/chrome-profile")
while IFS=$'\t' read -r prod src dest; do
  mkdir -p "$(dirname "$dest")"
  case "$prod" in
    chromium_stamp)
      "${CHROME[@]}" --print-to-pdf="$dest" "file://$src" >/dev/null 2>&1 ;;
    chromium_page)
      "${CHROME[@]}" --no-pdf-header-footer --print-to-pdf="$dest" "file://$src" >/dev/null 2>&1 ;;
    wkhtmltopdf)
      wkhtmltopdf -q --encoding utf-8 --footer-center "Side [page] af [topage]" --footer-font-size 8 \
        "$src" "$dest" >/dev/null 2>&1 || [ -s "$dest" ] ;;
    ghostscript)
      gs -q -dNOPAUSE -dBATCH -dSAFER -sDEVICE=pdfwrite -sOutputFile="$dest" "$src" ;;
  esac
  [ -s "$dest" ] || { echo "render: failed $prod $src" >&2; exit 1; }
done < "$OUT/queue.tsv"

wait $LOPID || true
while IFS=$'\t' read -r pdf dest; do
  [ -s "$pdf" ] || { echo "render: LibreOffice did not write $pdf (see $OUT/lo.log)" >&2; exit 1; }
  mkdir -p "$(dirname "$dest")"
  mv "$pdf" "$dest"
done < "$OUT/lo_moves.tsv"

# every PDF must have a text layer
bad=0
while IFS= read -r -d '' f; do
  n=$(pdftotext -q "$f" - | tr -d '[:space:]\f' | wc -c)
  if [ "$n" -lt 200 ]; then echo "render: no text layer in $f" >&2; bad=1; fi
done < <(find "$OUT/dev/corpus" "$OUT/holdout/corpus" -name '*.pdf' -print0)
[ $bad -eq 0 ] || exit 1
rm -rf "$OUT/chrome-profile" "$OUT/tmpprofile"
echo "render: $(find "$OUT/dev/corpus" "$OUT/holdout/corpus" -name '*.pdf' | wc -l) PDFs with a text layer"
