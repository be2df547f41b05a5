#!/usr/bin/env bash
# The committed examples/ are what the tools print today: fails when they are
# stale (scripts/update_examples.sh rewrites them), and catches a script that
# would call stale examples fresh.
set -u
. "$(dirname "$0")/lib.sh"
src="${CPPCC_SOURCE:?}"
shared="${CPPCC_SHARED:-}"
require_tool "${CPPCC_BIN:?}/cppcc-diff"
if [ -z "$shared" ] || [ ! -d "$shared/corpus" ]; then
  [ "${CI:-}" = true ] && { echo "FAIL: ../shared/corpus missing in CI"; exit 1; }
  echo "skip: no shared corpus"; exit 77
fi
export CPPCC_SHARED="$shared"

"$src/scripts/update_examples.sh" --check >"$tmp/out" 2>&1; rc=$?
[ $rc -eq 0 ] || cat "$tmp/out"
check_eq "examples/ is up to date (scripts/update_examples.sh)" 0 "$rc"

# The check must notice a stale example: run it on a copy with one line changed.
mkdir -p "$tmp/copy/scripts"
cp -r "$src/examples" "$tmp/copy/"
cp "$src/scripts/update_examples.sh" "$tmp/copy/scripts/"
sed -i '1s/$/ (stale)/' "$tmp/copy/examples/beijing-2025-2026.txt"
"$tmp/copy/scripts/update_examples.sh" --check >"$tmp/stale.out" 2>&1; rc=$?
check_eq "a stale example fails the check" 1 "$rc"
check "the check shows the stale line" 'grep -q "(stale)" "$tmp/stale.out"'
check "the copy was not rewritten by --check" 'grep -q "(stale)" "$tmp/copy/examples/beijing-2025-2026.txt"'
finish
