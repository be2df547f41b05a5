#!/usr/bin/env bash
# The statistics bars on the hand-made gold (tests/gold/*.quantities.tsv):
# precision and recall ≥ 95% on value and unit, indicator ≥ 85%, every plan
# target flagged, per report (scripts/eval_quantities.py). Needs ../shared.
set -u
. "$(dirname "$0")/lib.sh"
bin="${CPPCC_BIN:?}/cppcc-extract"
corpus="${CPPCC_SHARED:-}/corpus"
require_tool "$bin"
require_file "$corpus/jiangmen-cppcc-2025.txt" "the shared corpus"

python3 "${CPPCC_SOURCE:?}/scripts/eval_quantities.py" --bin "$bin" --corpus "$corpus" -v >"$tmp/score" 2>&1
rc=$?
cat "$tmp/score"
check_status "every gold report meets the bars" "$rc"
check "every gold file was scored" '[ "$(grep -c "%" "$tmp/score")" -ge "$(ls "$CPPCC_SOURCE"/tests/gold/*.quantities.tsv | wc -l)" ]'
finish
