#!/usr/bin/env bash
# cppcc-diff against the blind truth table of the national targets 2016-2020
# (tests/gold/diff): the numbers reached are lower bounds, no false outcome.
set -u
. "$(dirname "$0")/lib.sh"
bin="${CPPCC_BIN:?}"
require_tool "$bin/cppcc-diff"
require_file "${CPPCC_SHARED:-}/corpus/gov-report-national-2016.txt" "corpus"

/usr/bin/python3 "$CPPCC_SOURCE/scripts/diff/score_series.py" "$bin" --shared "$CPPCC_SHARED" --quiet \
  --min series.targets=124 --min series.main_targets=27 --min series.outcome_right=21 \
  --max series.outcome_false=0 \
  --min judgement.targets=158 --min judgement.main_targets=23 --min judgement.outcome_right=26 \
  --max judgement.outcome_false=0 --min judgement.status_right=147
check_status "truth table: bounds reached, no false outcome" $?
# --all: the series keeps the indicators of one year too (most one-off targets).
/usr/bin/python3 "$CPPCC_SOURCE/scripts/diff/score_series.py" "$bin" --shared "$CPPCC_SHARED" --quiet --all \
  --min series.targets=170 --min series.outcome_right=26 --max series.outcome_false=0
check_status "truth table, series --all: bounds reached, no false outcome" $?
finish
