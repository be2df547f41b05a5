#!/usr/bin/env bash
# cppcc-validate end to end: exit codes, formats, config, --fix / --diff, batch, .docx.
set -u
. "$(dirname "$0")/lib.sh"
V="$CPPCC_BIN/cppcc-validate"
require_tool "$V"
T=$tmp

printf '各位委员：\n推动中国式现代化的的实践,取得成效。\n' > "$T/draft.txt"
printf '各位委员：\n推动中国式现代化的实践，取得成效。\n' > "$T/clean.txt"

"$V" "$T/clean.txt" >/dev/null 2>&1; check_eq "clean file exits 0" 0 $?
"$V" "$T/draft.txt" > "$T/out" 2>/dev/null; check_eq "errors exit 1" 1 $?
grep -q "draft.txt:2:9: error: repeated 的的; delete one 的 \[T001 repeated-character\]" "$T/out"; check_eq "text line" 0 $?
"$V" --disable T001 "$T/draft.txt" >/dev/null 2>&1; check_eq "warnings only: exit 0" 0 $?
"$V" --disable T001 --fail-on warning "$T/draft.txt" >/dev/null 2>&1; check_eq "--fail-on warning" 1 $?
"$V" --severity T001=info "$T/draft.txt" >/dev/null 2>&1; check_eq "--severity lowers" 0 $?
"$V" --severity T001=loud "$T/draft.txt" >/dev/null 2>&1; check_eq "bad --severity is a usage error" 2 $?
"$V" --disable X999 "$T/draft.txt" >/dev/null 2>&1; check_eq "unknown rule is a usage error" 2 $?
"$V" >/dev/null 2>&1; check_eq "no input is a usage error" 2 $?
"$V" --list-rules | grep -q "^P001  unmatched-pair"; check_eq "--list-rules" 0 $?
[ "$("$V" --list-rules | wc -l)" -ge 30 ]; check_eq "at least 30 rules" 0 $?
"$V" --explain unmatched-pair | grep -q "docs/rules/unmatched-pair.md"; check_eq "--explain by name" 0 $?
"$V" --explain p001 >/dev/null; check_eq "--explain by code" 0 $?
"$V" --explain nope >/dev/null 2>&1; check_eq "--explain unknown" 2 $?

# Config file found by walking up.
mkdir -p "$T/proj/sub"
cp "$T/draft.txt" "$T/proj/sub/d.txt"
printf '# project rules\n[rules]\nrepeated-character = "off"\nP003 = "off"\n' > "$T/proj/.cppcc-validate.toml"
"$V" "$T/proj/sub/d.txt" >/dev/null 2>&1; check_eq "config disables rules" 0 $?
"$V" --no-config "$T/proj/sub/d.txt" >/dev/null 2>&1; check_eq "--no-config" 1 $?
printf 'fail-on = "warning"\n[rules]\nT001 = "off"\n' > "$T/proj/.cppcc-validate.toml"
"$V" "$T/proj/sub/d.txt" >/dev/null 2>&1; check_eq "config fail-on" 1 $?
printf '[rules]\nT001 = maybe\n' > "$T/proj/.cppcc-validate.toml"
"$V" "$T/proj/sub/d.txt" >/dev/null 2> "$T/err"; check_eq "bad config exits 2" 2 $?
grep -q ".cppcc-validate.toml:2:" "$T/err"; check_eq "bad config names its line" 0 $?

# Formats.
"$V" --format github "$T/draft.txt" > "$T/gh" 2>/dev/null
grep -q "^::error file=$T/draft.txt,line=2,col=9,endLine=2,endColumn=11,title=T001 repeated-character::" "$T/gh"; check_eq "github" 0 $?
grep -q "^::warning .*P003" "$T/gh"; check_eq "github warning" 0 $?
"$V" --format json "$T/draft.txt" | python3 -c 'import json,sys; d=json.load(sys.stdin); assert d["summary"]["errors"]==1 and d["files"][0]["diagnostics"][0]["code"]=="T001"'
check_eq "json" 0 $?

# --diff prints and changes nothing; --fix writes atomically and keeps CRLF.
printf '各位委员：\r\n推动中国式现代化的的实践,取得成效。\r\n' > "$T/crlf.txt"
cp "$T/crlf.txt" "$T/crlf.orig"
"$V" --diff "$T/crlf.txt" > "$T/diff"; check_eq "--diff exit (a fix is pending)" 1 $?
grep -q "^+推动中国式现代化的实践，取得成效。" "$T/diff"; check_eq "--diff content" 0 $?
cmp -s "$T/crlf.txt" "$T/crlf.orig"; check_eq "--diff leaves the file" 0 $?
"$V" --fix "$T/crlf.txt" >/dev/null 2>&1; check_eq "--fix leaves nothing to report" 0 $?
printf '各位委员：\r\n推动中国式现代化的实践，取得成效。\r\n' > "$T/crlf.want"
cmp -s "$T/crlf.txt" "$T/crlf.want"; check_eq "--fix result keeps CRLF" 0 $?
[ -z "$(ls -A "$T" | grep -F .tmp)" ]; check_eq "no temporary file left" 0 $?

# GB18030 stays GB18030.
if command -v iconv >/dev/null; then
  printf '委员们认为,报告很好。\n' | iconv -f UTF-8 -t GB18030 > "$T/gb.txt"
  "$V" --fix "$T/gb.txt" >/dev/null 2>&1
  printf '委员们认为，报告很好。\n' | iconv -f UTF-8 -t GB18030 > "$T/gb.want"
  cmp -s "$T/gb.txt" "$T/gb.want"; check_eq "--fix keeps GB18030" 0 $?
fi

# Batch: a missing file is reported, the rest still checked, exit 2.
"$V" "$T/clean.txt" "$T/missing.txt" "$T/draft.txt" > "$T/out" 2> "$T/err"; check_eq "batch with a bad file" 2 $?
grep -q "missing.txt" "$T/err"; check_eq "bad file reported" 0 $?
grep -q "draft.txt:2:9" "$T/out"; check_eq "other files still checked" 0 $?
printf '\x89PNG\r\n\x1a\n\0\0' > "$T/img.txt"
"$V" "$T/img.txt" >/dev/null 2>&1; check_eq "binary input exits 2" 2 $?

# .docx: read through the library loader; --fix refuses, --diff works.
DOCX="${CPPCC_SHARED:-}/corpus/gov-report-beijing-2025.docx"
if [ -f "$DOCX" ]; then
  cp "$DOCX" "$T/b.docx"
  "$V" "$T/b.docx" > "$T/out" 2>&1; check_eq "docx lints (warnings only)" 0 $?
  grep -q "b.docx:14:93: warning: half-width ," "$T/out"; check_eq "docx position (paragraph:column)" 0 $?
  "$V" --fix "$T/b.docx" > /dev/null 2> "$T/err"; check_eq "--fix refuses docx" 2 $?
  grep -q "does not write .docx" "$T/err"; check_eq "--fix docx message" 0 $?
  cmp -s "$DOCX" "$T/b.docx"; check_eq "docx untouched" 0 $?
  "$V" --diff "$T/b.docx" | grep -q "^+.*全部开工，“两新”"; check_eq "--diff shows docx changes" 0 $?
fi

# The seed report: no findings, fast.
SEED="${CPPCC_SHARED:-}/corpus/jiangmen-cppcc-2025.txt"
if [ -f "$SEED" ]; then
  "$V" "$SEED" >/dev/null 2>&1; check_eq "seed is clean" 0 $?
fi
finish
