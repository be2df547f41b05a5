#!/usr/bin/env bash
# One model in every script, width and layout (issue 13): each corpus report
# rewritten as real copies circulate — Traditional (opencc s2hk and s2tw),
# half-width punctuation, em-space indents, a space inside 88 件, a line of
# only a zero-width space — gives the model of its original: metadata, parts,
# sections, glossary, >= 98% of quantities, >= 95% of formulations, and no new
# validate error (scripts/equivalence.py; it prints what differs).
set -u
. "$(dirname "$0")/lib.sh"
py=/usr/bin/python3
require_tool "$py"
require_tool /usr/bin/opencc
corpus="${CPPCC_SHARED:-}/corpus"
[ -d "$corpus" ] || skip "no ../shared/corpus"
limit=0
# Under the sanitizers every tool runs several times slower: the first files only.
[ "${CPPCC_SANITIZED:-OFF}" = ON ] && limit=6
"$py" "$CPPCC_SOURCE/scripts/equivalence.py" --bin "$CPPCC_BIN" --corpus "$corpus" --opencc /usr/bin/opencc \
  --limit "$limit" > "$tmp/equivalence.txt" 2>&1
status=$?
grep -E "files equivalent" "$tmp/equivalence.txt"
[ $status -eq 0 ] || grep -B1 "^    " "$tmp/equivalence.txt" | head -40
check_status "every copy gives the model of its original" $status
# The synthetic proposal reports too (they hold no real text, so they are not in ../shared).
"$py" "$CPPCC_SOURCE/scripts/equivalence.py" --bin "$CPPCC_BIN" --corpus "$CPPCC_SOURCE/tests/fixtures/proposal" \
  --opencc /usr/bin/opencc > "$tmp/proposal.txt" 2>&1
status=$?
grep -E "files equivalent" "$tmp/proposal.txt"
[ $status -eq 0 ] || grep -B1 "^    " "$tmp/proposal.txt" | head -40
check_status "every copy of a proposal fixture gives the model of its original" $status
finish
