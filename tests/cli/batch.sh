#!/usr/bin/env bash
# Batch mode: --jobs never changes the output, and one bad file is reported
# and skipped while the others still come out.
set -u
. "$(dirname "$0")/lib.sh"
bin="$CPPCC_BIN"

mkdir -p "$tmp/in/sub"
cp "$CPPCC_SOURCE/data/sample/sample-report.txt" "$tmp/in/a.txt"
printf '\x89PNG\r\n\x1a\n\0\0' > "$tmp/in/b.txt"
cp "$CPPCC_SOURCE/data/sample/sample-report.txt" "$tmp/in/sub/c.txt"
if [ -d "$CPPCC_SHARED/corpus" ]; then cp "$CPPCC_SHARED"/corpus/*.txt "$tmp/in/sub/"; fi

for tool in cppcc-extract cppcc-validate; do
  "$bin/$tool" --jobs 1 "$tmp/in" > "$tmp/$tool.1" 2> "$tmp/$tool.1.err"; rc1=$?
  "$bin/$tool" --jobs 3 "$tmp/in" > "$tmp/$tool.3" 2> "$tmp/$tool.3.err"; rc3=$?
  check "$tool: --jobs 1 and --jobs 3 print the same" 'cmp -s "$tmp/$tool.1" "$tmp/$tool.3"'
  check "$tool: the bad file is reported and the run exits 2" \
    '[ $rc1 -eq 2 ] && [ $rc3 -eq 2 ] && grep -q "b.txt" "$tmp/$tool.1.err"'
done
check "cppcc-extract: the files after the bad one still come out" \
  '[ "$(grep -c "\"schema\": \"cppcc-report/1\"" "$tmp/cppcc-extract.1")" -ge 2 ]'
check "cppcc-validate: the files after the bad one are still checked" 'grep -q "sub/c.txt\|file(s)" "$tmp/cppcc-validate.1.err"'
finish
