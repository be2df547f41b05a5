#!/usr/bin/env bash
# Renders cppcc-diff's HTML in headless Chromium and checks what a reader sees:
# the verdict, the summary cards, the changed-figures table and chart, the
# aligned text diff, that nothing is loaded from the network, that the title
# names the reports, that rises and falls share one colour, and that each
# changed figure sits in the group of its part and period.
#
#   scripts/check_diff_html.sh [BIN_DIR] [OLD NEW]   (default: the seed against
#                                                     a copy with one figure changed,
#                                                     then Guangdong 2025 → 2026 and
#                                                     national 2017 → 2018)
# Leaves NAME.html, NAME-dom.html and NAME.png in $CHECK_DIFF_OUT when it is set
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

# --no-sandbox: root and containers without user namespaces; the page has no
# scripts. The network is closed on CI machines, so everything that would call
# home is off (else Chromium waits on it), and a fresh profile per run.
profile=$(mktemp -d)
trap 'rm -rf "$profile"; [ -n "${CHECK_DIFF_OUT:-}" ] || rm -rf "$out"' EXIT
flags=(--headless --no-sandbox --disable-gpu --disable-dev-shm-usage --hide-scrollbars
       --disable-quic --no-first-run --disable-background-networking --disable-component-update
       --disable-sync --user-data-dir="$profile"
       --blink-settings=imagesEnabled=true --virtual-time-budget=2000)

# render NAME OLD NEW [check_dom.py arguments…]: the page of OLD → NEW, in
# Chromium, checked; outputs NAME.html, NAME-dom.html, NAME.png.
render() {
  local name=$1 old=$2 new=$3 rc
  shift 3
  "$bin" --format html -o "$out/$name.html" "$old" "$new"
  rc=$?
  [ $rc -le 1 ] || { echo "FAIL: cppcc-diff exited $rc"; return 1; }
  timeout 120 "$chrome" "${flags[@]}" --dump-dom "file://$out/$name.html" >"$out/$name-dom.html" 2>"$out/chromium.log"
  [ -s "$out/$name-dom.html" ] || { echo "FAIL: chromium produced no DOM (see $out/chromium.log)"; return 1; }
  timeout 120 "$chrome" "${flags[@]}" --window-size=1280,2000 --screenshot="$out/$name.png" \
    "file://$out/$name.html" >>"$out/chromium.log" 2>&1
  [ -s "$out/$name.png" ] || { echo "FAIL: no screenshot (see $out/chromium.log)"; return 1; }
  echo "== $name: $old → $new"
  python3 "$here/diff/check_dom.py" "$out/$name.html" "$out/$name-dom.html" "$out/$name.png" "$@"
}

if [ $# -ge 3 ]; then
  render page "$2" "$3"
  rc=$?
else
  seed="$shared/corpus/jiangmen-cppcc-2025.txt"
  [ -f "$seed" ] || { echo "skip: seed report not found"; exit 77; }
  sed '61s/314件/315件/' "$seed" >"$out/one-figure.txt"
  render page "$seed" "$out/one-figure.txt" "立案交办提案"
  rc=$?
  # A real pair whose review covers 2025 and the five years before: the title
  # names both reports, and annual and five-year, review and plan figures sit
  # in groups of their own.
  old="$shared/corpus/gov-report-guangdong-2025.txt" new="$shared/corpus/gov-report-guangdong-2026.txt"
  if [ -f "$old" ] && [ -f "$new" ]; then
    render guangdong "$old" "$new" --title 2025年广东省政府工作报告 --title 2026年广东省政府工作报告 || rc=1
  fi
  # The national five-year review of 2013–2017: its review and plan figures in groups apart.
  old="$shared/corpus/gov-report-national-2017.txt" new="$shared/corpus/gov-report-national-2018.txt"
  if [ -f "$old" ] && [ -f "$new" ]; then
    render national "$old" "$new" --title 2017年政府工作报告 --title 2018年政府工作报告 --groups 2 || rc=1
  fi
fi
echo "outputs in $out"
exit $rc
