#!/usr/bin/env bash
# Regenerates the committed examples in examples/ from the shared corpus, or
# with --check says whether they are stale (exit 1 and a diff) without
# touching them (the ctest examples.fresh runs --check).
#   scripts/update_examples.sh            # rewrite examples/
#   scripts/update_examples.sh --check    # exit 0 fresh, 1 stale, 2 trouble
# CPPCC_BIN: the built tools (default build/bin); CPPCC_SHARED: the shared
# folder (default ../shared). The examples name their inputs as
# ../shared/corpus/..., so the tools run from a folder where that path leads
# to CPPCC_SHARED, wherever it is.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bin=$(cd "${CPPCC_BIN:-$root/build/bin}" && pwd)
shared=$(cd "${CPPCC_SHARED:-$root/../shared}" 2>/dev/null && pwd) || {
  echo "update_examples: no shared folder (${CPPCC_SHARED:-$root/../shared})" >&2; exit 2; }
check=false
case "${1:-}" in
  --check) check=true ;;
  "") ;;
  *) echo "usage: $0 [--check]" >&2; exit 2 ;;
esac

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/repo" "$work/out"
ln -s "$shared" "$work/shared"
cd "$work/repo"
corpus=../shared/corpus

# cppcc-diff exits 1 when the reports differ: that is the expected answer here.
diff_ok() { "$@" || [ $? -eq 1 ]; }
diff_ok "$bin/cppcc-diff" --color never "$corpus/gov-report-beijing-2025.txt" "$corpus/gov-report-beijing-2026.txt" \
  >"$work/out/beijing-2025-2026.txt"
diff_ok "$bin/cppcc-diff" --format html "$corpus/gov-report-beijing-2025.txt" "$corpus/gov-report-beijing-2026.txt" \
  -o "$work/out/beijing-2025-2026.html"
"$bin/cppcc-diff" --format csv "$corpus"/gov-report-national-201[6-9].txt "$corpus/gov-report-national-2020.txt" \
  >"$work/out/national-2016-2020-series.csv"

if $check; then
  if diff -ru "$root/examples" "$work/out" >"$work/diff"; then
    echo "examples/ is up to date"
    exit 0
  fi
  echo "examples/ is stale: run scripts/update_examples.sh and commit the result" >&2
  head -n 60 "$work/diff" >&2
  exit 1
fi
for f in "$work/out"/*; do
  cp "$f" "$root/examples/$(basename "$f")"
done
echo "examples/ regenerated: $(cd "$work/out" && echo *)"
