#!/usr/bin/env bash
# Several reports concatenated in one file (issue 12, part 8): extract returns
# the first, warns on stderr with the line where the rest begins, and records
# the ignored range under "ignored"; a single report has none.
set -u
. "$(dirname "$0")/lib.sh"
bin="${CPPCC_BIN:?}/cppcc-extract"
src="${CPPCC_SOURCE:?}"
sample="$src/data/sample/sample-report.txt"
other="$src/tests/golden/scheme-gov-paren.txt"
py=/usr/bin/python3
[ -x "$py" ] || py=python3

first_lines=$(wc -l <"$sample")
cat "$sample" "$other" >"$tmp/two.txt"
"$bin" --select metadata,parts,ignored "$tmp/two.txt" >"$tmp/two.json" 2>"$tmp/two.err"; rc=$?
check "two reports: exit 0" '[ $rc -eq 0 ]'
want_line=$((first_lines + 1))
check "warning names the file and the line where the second report begins" \
  'grep -q "two.txt:$want_line: warning: text after the end of the report ([0-9]* lines) ignored; is it a second report?" "$tmp/two.err"'
check "ignored range starts at that line and runs to the end" \
  '"$py" -c "import json,sys; r=json.load(open(sys.argv[1])); ig=r[\"ignored\"]; sys.exit(0 if len(ig)==1 and ig[0][\"reason\"]==\"after-end\" and ig[0][\"span\"][\"line\"]==int(sys.argv[2]) and ig[0][\"span\"][\"end_line\"]==int(sys.argv[3]) else 1)" "$tmp/two.json" "$want_line" "$(wc -l <"$tmp/two.txt")"'
"$bin" --select metadata,parts "$sample" >"$tmp/one.json" 2>"$tmp/one.err"
check "the first report's parts and metadata are unchanged by what follows" \
  '"$py" -c "import json,sys; a=json.load(open(sys.argv[1])); b=json.load(open(sys.argv[2])); sys.exit(0 if a[\"parts\"]==b[\"parts\"] and a[\"metadata\"]==b[\"metadata\"] else 1)" "$tmp/one.json" "$tmp/two.json"'
check "a single report: no warning" '[ ! -s "$tmp/one.err" ]'
"$bin" --select ignored "$sample" >"$tmp/one-ig.json"
check "a single report: ignored is empty" '"$py" -c "import json,sys; sys.exit(0 if json.load(open(sys.argv[1]))[\"ignored\"]==[] else 1)" "$tmp/one-ig.json"'

# The text outline names the ignored lines.
"$bin" --format text "$tmp/two.txt" >"$tmp/two.out" 2>/dev/null
check "text outline shows the ignored range" 'grep -q "^Ignored  L$want_line-[0-9]*: text after the end of the report" "$tmp/two.out"'

# Three reports: one warning, the range covers both that follow.
cat "$sample" "$other" "$sample" >"$tmp/three.txt"
"$bin" --select ignored "$tmp/three.txt" >"$tmp/three.json" 2>"$tmp/three.err"
check "three reports: one warning" '[ "$(grep -c "warning: text after the end" "$tmp/three.err")" -eq 1 ]'
check "three reports: the range reaches the last line" \
  '"$py" -c "import json,sys; ig=json.load(open(sys.argv[1]))[\"ignored\"]; sys.exit(0 if ig and ig[0][\"span\"][\"end_line\"]==int(sys.argv[2]) else 1)" "$tmp/three.json" "$(wc -l <"$tmp/three.txt")"'
finish
