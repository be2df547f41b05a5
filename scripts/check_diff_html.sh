#!/usr/bin/env bash
# Renders cppcc-diff's HTML in headless Chromium and checks what a reader sees:
# the verdict, the summary cards, the changed-figures table and chart, the
# aligned text diff, and that nothing is loaded from the network.
#
#   scripts/check_diff_html.sh [BIN_DIR] [OLD NEW]   (default: the seed against
#                                                     a copy with one figure changed)
# Leaves page.html, dom.html and page.png in $CHECK_DIFF_OUT when it is set
# (to look at them); otherwise works in a temp dir removed on exit.
# Exit 0 ok, 1 a check failed, 77 skipped (no chromium, no corpus, no binary).
set -u
here=$(cd "$(dirname "$0")" && pwd)
bin_dir="${1:-${CPPCC_BIN:-$here/../build/bin}}"
shared="${CPPCC_SHARED:-$here/../../shared}"
bin="$bin_dir/cppcc-diff"
chrome=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
[ -n "$chrome" ] || { echo "skip: chromium not installed (apt-get install chromium)"; exit 77; }
[ -x "$bin" ] || { echo "skip: $bin not built"; exit 77; }
if [ -n "${CHECK_DIFF_OUT:-}" ]; then
  out="$CHECK_DIFF_OUT"
else
  out=$(mktemp -d)
  trap 'rm -rf "$out"' EXIT
fi
mkdir -p "$out"

if [ $# -ge 3 ]; then
  old="$2"; new="$3"; expect_change=""
else
  seed="$shared/corpus/jiangmen-cppcc-2025.txt"
  [ -f "$seed" ] || { echo "skip: seed report not found"; exit 77; }
  old="$seed"; new="$out/one-figure.txt"; expect_change="立案交办提案"
  sed '61s/314件/315件/' "$seed" >"$new"
fi

"$bin" --format html -o "$out/page.html" "$old" "$new"
rc=$?
[ $rc -le 1 ] || { echo "FAIL: cppcc-diff exited $rc"; exit 1; }

# --no-sandbox: root and containers without user namespaces; the page has no
# scripts. The network is closed on CI machines, so everything that would call
# home is off (else Chromium waits on it), and a fresh profile per run.
profile=$(mktemp -d)
trap 'rm -rf "$profile"; [ -n "${CHECK_DIFF_OUT:-}" ] || rm -rf "$out"' EXIT
flags=(--headless --no-sandbox --disable-gpu --disable-dev-shm-usage --hide-scrollbars
       --disable-quic --no-first-run --disable-background-networking --disable-component-update
       --disable-sync --user-data-dir="$profile"
       --blink-settings=imagesEnabled=true --virtual-time-budget=2000)
timeout 120 "$chrome" "${flags[@]}" --dump-dom "file://$out/page.html" >"$out/dom.html" 2>"$out/chromium.log"
[ -s "$out/dom.html" ] || { echo "FAIL: chromium produced no DOM (see $out/chromium.log)"; exit 1; }
timeout 120 "$chrome" "${flags[@]}" --window-size=1280,2000 --screenshot="$out/page.png" \
  "file://$out/page.html" >>"$out/chromium.log" 2>&1
[ -s "$out/page.png" ] || { echo "FAIL: no screenshot (see $out/chromium.log)"; exit 1; }

python3 "$here/diff/check_dom.py" "$out/page.html" "$out/dom.html" "$out/page.png" "$expect_change"
rc=$?
echo "outputs in $out"
exit $rc
