#!/usr/bin/env bash
# Renders a report.html in headless Chromium, as an analyst's browser would
# open it from disk (file://, no network), and fails unless the page's own
# script ran to the end (it sets <body data-ready="1">) and no script error
# reached the console. With a second argument, also writes a screenshot.
#
#   scripts/check-html.sh REPORT_HTML [SCREENSHOT_PNG]
#
# Installs Debian's chromium when no Chromium is on PATH (needs root; without
# root it says it cannot run and exits 3).
set -euo pipefail

usage() { echo "usage: $0 REPORT_HTML [SCREENSHOT_PNG]" >&2; exit 2; }
[ $# -ge 1 ] && [ $# -le 2 ] || usage
html=$1
shot=${2:-}
[ -f "$html" ] || { echo "check-html: no such file: $html" >&2; exit 2; }

chrome=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$chrome" ]; then
  # Installing needs root and apt-get; without them, say what is missing
  # rather than fail with apt's message. Exit 3: the check did not run.
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
    echo "check-html: cannot run: no chromium on PATH, and installing it needs root and apt-get" \
      "(install Debian's chromium, or run as root)" >&2
    exit 3
  fi
  echo "check-html: installing chromium" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  chrome=$(command -v chromium)
fi

url="file://$(realpath "$html")"
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run
  --disable-background-networking --disable-component-update --disable-sync
  --user-data-dir="$profile")

# --dump-dom prints the DOM after the page's scripts ran; the virtual time
# budget lets load handlers finish without waiting in real time.
dom=$(timeout 120 "$chrome" "${flags[@]}" --enable-logging=stderr --v=0 \
  --virtual-time-budget=5000 --dump-dom "$url" 2>"$profile/console.log") || {
  echo "check-html: chromium failed" >&2
  tail -n 20 "$profile/console.log" >&2
  exit 1
}

status=0
# Chromium logs every console message at INFO, whatever its level, so
# console.error cannot be told from console.log here. The report's script
# logs nothing, so any console message (an uncaught exception included)
# fails the check.
if grep -F ':CONSOLE' "$profile/console.log" >&2; then
  echo "check-html: the page wrote to the console (above)" >&2
  status=1
fi
if ! grep -q '<body[^>]*data-ready="1"' <<<"$dom"; then
  echo "check-html: the page's script did not finish (no <body data-ready=\"1\">)" >&2
  status=1
fi

if [ -n "$shot" ]; then
  out=$(realpath -m "$shot")
  mkdir -p "$(dirname "$out")"
  timeout 120 "$chrome" "${flags[@]}" --hide-scrollbars --window-size=1400,1000 \
    --virtual-time-budget=5000 --screenshot="$out" "$url" 2>/dev/null
  [ -s "$out" ] || { echo "check-html: no screenshot written" >&2; status=1; }
fi

[ $status -eq 0 ] && echo "check-html: ok ($html)"
exit $status
