#!/usr/bin/env bash
# The statistics bars on the hand-made gold (tests/gold/*.quantities.tsv):
# precision and recall ≥ 95% on value and unit, indicator ≥ 85%, every plan
# target flagged, per report (scripts/eval_quantities.py); and every value on
# the whole corpus is its surface's exact decimal (scripts/check_values.py:
# 4.06万亿元 → 4060000000000, not 4059999999999.9995). Needs ../shared.
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

python3 "$CPPCC_SOURCE/scripts/check_values.py" --bin "$bin" "$corpus" >"$tmp/values" 2>&1
rc=$?
tail -20 "$tmp/values"
check_status "every corpus value equals its surface's exact decimal" "$rc"
check "more than 5000 values were checked" '[ "$(sed -n "s/.* \([0-9]*\) values checked.*/\1/p" "$tmp/values")" -gt 5000 ]'
# The checker itself catches a binary-float value.
printf '%s\n' '{"source":{"path":"x"},"quantities":[{"surface":"2.3亿吨","value":229999999.99999997,"value_max":null,"kind":"weight","span":{"line":1}}]}' >"$tmp/fake.jsonl"
printf '#!/bin/sh\ncat %s\n' "$tmp/fake.jsonl" >"$tmp/fake-extract"
chmod +x "$tmp/fake-extract"
python3 "$CPPCC_SOURCE/scripts/check_values.py" --bin "$tmp/fake-extract" x >/dev/null 2>&1
check_eq "the checker rejects 229999999.99999997 for 2.3亿吨" 1 $?
finish
