#!/usr/bin/env bash
# The model's structure against the hand-made table (tests/gold/structure/,
# format in FORMAT.md there): every report of ../shared/corpus it lists.
set -u
. "$(dirname "$0")/lib.sh"
src="${CPPCC_SOURCE:?}"
corpus="${CPPCC_SHARED:-}/corpus"
if [ -z "${CPPCC_SHARED:-}" ] || [ ! -d "$corpus" ]; then
  echo "skip: ../shared/corpus not found"
  [ "${CI:-}" = true ] && exit 1
  exit 77
fi
py=/usr/bin/python3
[ -x "$py" ] || py=python3
"$py" "$src/tests/cli/structure_table.py" "${CPPCC_BIN:?}/cppcc-extract" "$corpus" "$src/tests/gold/structure"
check_status "structure agrees with tests/gold/structure" $?
finish
