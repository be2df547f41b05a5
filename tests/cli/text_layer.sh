#!/usr/bin/env bash
# The text layer seen from the command line: encodings, bad input, exit codes.
set -u
. "$(dirname "$0")/lib.sh"
bin="$CPPCC_BIN"

# One invalid byte that is not GB18030 either: exit 2, file name and byte offset.
printf '政协工作\xff报告\n' > "$tmp/bad.txt"
"$bin/cppcc-extract" --format text "$tmp/bad.txt" > /dev/null 2> "$tmp/err"; rc=$?
check "invalid byte exits 2" '[ $rc -eq 2 ]'
check "invalid byte message names file and offset" 'grep -q "bad.txt" "$tmp/err" && grep -q "byte 12" "$tmp/err"'

: > "$tmp/empty.txt"
"$bin/cppcc-extract" "$tmp/empty.txt" > /dev/null 2> "$tmp/err"; rc=$?
check "empty file exits 2 with a message" '[ $rc -eq 2 ] && grep -q "empty" "$tmp/err"'

printf '\x89PNG\r\n\x1a\n\0\0\0\rIHDR' > "$tmp/image.txt"
"$bin/cppcc-extract" "$tmp/image.txt" > /dev/null 2> "$tmp/err"; rc=$?
check "binary file exits 2 with a message" '[ $rc -eq 2 ] && grep -q "PNG" "$tmp/err"'

"$bin/cppcc-extract" --encoding klingon "$CPPCC_SOURCE/data/sample/sample-report.txt" > /dev/null 2> "$tmp/err"; rc=$?
check "unknown encoding is a usage error" '[ $rc -eq 2 ] && grep -q "klingon" "$tmp/err"'

"$bin/cppcc-extract" --version > /dev/null; rc=$?
check "--version exits 0" '[ $rc -eq 0 ]'

corpus="$CPPCC_SHARED/corpus"
if [ -d "$corpus" ]; then
  "$bin/cppcc-extract" --format text "$corpus/gov-report-national-2020.gb18030.txt" > "$tmp/gb.out"
  "$bin/cppcc-extract" --format text "$corpus/gov-report-national-2020.txt" > "$tmp/u8.out"
  # The outlines may name the file; compare everything else.
  check "GB18030 and UTF-8 copies give the same outline" \
    'diff <(grep -v "gov-report-national-2020" "$tmp/gb.out") <(grep -v "gov-report-national-2020" "$tmp/u8.out") > /dev/null'
  "$bin/cppcc-extract" --format json "$corpus/gov-report-beijing-2025.docx" > "$tmp/docx.json"; rc=$?
  check ".docx input is read" '[ $rc -eq 0 ] && grep -q "\"encoding\": *\"docx\"" "$tmp/docx.json"'
else
  echo "skipped: ../shared/corpus not found (GB18030/UTF-8 and .docx comparisons)"
fi
finish
