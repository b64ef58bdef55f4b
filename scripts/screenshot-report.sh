#!/usr/bin/env bash
# Renders an HTML report of `datalint report` to a PNG with headless Chromium,
# to look at its layout (and that Chinese text has glyphs) without a browser.
#
#   scripts/screenshot-report.sh REPORT.html OUT.png [WIDTH,HEIGHT]
#
# Installs chromium (and the Noto CJK fonts when no Chinese font is present)
# with apt-get if missing. Not used by the test suite.
set -euo pipefail

if [[ $# -lt 2 || $# -gt 3 ]]; then
  echo "usage: $0 REPORT.html OUT.png [WIDTH,HEIGHT]" >&2
  exit 2
fi
report=$1
out=$2
size=${3:-1280,2400}

if [[ ! -f $report ]]; then
  echo "$0: no such file: $report" >&2
  exit 2
fi

chromium=/usr/bin/chromium
if [[ ! -x $chromium ]]; then
  echo "$0: installing chromium" >&2
  apt-get install -y chromium >&2 || { apt-get update >&2 && apt-get install -y chromium >&2; }
fi
if command -v fc-list >/dev/null && [[ -z $(fc-list :lang=zh 2>/dev/null) ]]; then
  echo "$0: no Chinese font; installing fonts-noto-cjk" >&2
  apt-get install -y fonts-noto-cjk >&2 || echo "$0: could not install fonts-noto-cjk; Chinese may show as boxes" >&2
fi

abs_report=$(realpath "$report")
abs_out=$(realpath -m "$out")
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT

"$chromium" --headless --no-sandbox --disable-gpu \
  --disable-background-networking --disable-component-update --disable-sync \
  --no-first-run --hide-scrollbars \
  --user-data-dir="$profile" \
  --screenshot="$abs_out" --window-size="$size" \
  "file://$abs_report" 2> >(grep -v -e 'dbus' -e 'Fontconfig' >&2 || true)

if [[ ! -s $abs_out ]]; then
  echo "$0: chromium wrote no screenshot" >&2
  exit 1
fi
echo "$abs_out"
