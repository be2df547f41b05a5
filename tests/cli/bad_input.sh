#!/usr/bin/env bash
# Bad input through the tools: files that are not reports give exit code 2 and
# one clear line on stderr (never a crash), and in a batch one bad file is
# reported and skipped while the others still come out.
set -u
. "$(dirname "$0")/lib.sh"
BIN=${CPPCC_BIN:?}
tools=()
for t in cppcc-extract cppcc-validate cppcc-segment; do
  [ -x "$BIN/$t" ] && tools+=("$t")
done
[ ${#tools[@]} -eq 0 ] && { echo "skip: no tools built"; exit 77; }

printf '\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0' >"$tmp/image.txt"
: >"$tmp/empty.txt"
printf '提案\0\0办理\n' >"$tmp/nul.txt"
printf '\xd6\xd0\xce\xc4\xb1\xa8\xb8' >"$tmp/truncated-gb18030.txt"
printf '政协某市委员会常务委员会工作报告\n一、2024年工作回顾\n全年共收到提案356件，立案312件。\n' >"$tmp/good.txt"
# A readable report with one finding (an unmatched quote), so validate prints something for it.
printf '政协某市委员会常务委员会工作报告\n一、2024年工作回顾\n全年共收到“提案356件，立案312件。\n' >"$tmp/finding.txt"

# expect_trouble TOOL FILE: exit 2, a message on stderr naming the file, no crash.
expect_trouble() {
  local tool=$1 file=$2 rc
  "$BIN/$tool" "$file" >"$tmp/out" 2>"$tmp/err"
  rc=$?
  if [ "$rc" -ne 2 ]; then
    echo "FAIL: $tool $(basename "$file"): exit $rc, want 2"; fail=1
  elif ! grep -q "$(basename "$file")" "$tmp/err"; then
    echo "FAIL: $tool $(basename "$file"): stderr does not name the file: $(head -c 200 "$tmp/err")"; fail=1
  elif [ "$(wc -l <"$tmp/err")" -gt 3 ]; then
    echo "FAIL: $tool $(basename "$file"): more than a short message on stderr"; fail=1
  fi
}

for t in "${tools[@]}"; do
  for f in image empty nul truncated-gb18030; do expect_trouble "$t" "$tmp/$f.txt"; done
  expect_trouble "$t" "$tmp/does-not-exist.txt"
  # --lossy turns the truncated GB18030 file into text: no longer trouble.
  "$BIN/$t" --lossy --encoding gb18030 "$tmp/truncated-gb18030.txt" >/dev/null 2>"$tmp/err"
  rc=$?
  if [ "$rc" -ge 2 ]; then echo "FAIL: $t --lossy on truncated GB18030: exit $rc: $(head -c 200 "$tmp/err")"; fail=1; fi
done

# Batches: the bad file is reported, the good one still comes out.
for t in cppcc-extract cppcc-validate; do
  [ -x "$BIN/$t" ] || continue
  good=good.txt
  [ "$t" = cppcc-validate ] && good=finding.txt
  "$BIN/$t" "$tmp/image.txt" "$tmp/$good" >"$tmp/out" 2>"$tmp/err"
  rc=$?
  check_eq "$t batch with a bad file: exit" 2 "$rc"
  check "$t batch: the bad file is reported" 'grep -q image.txt "$tmp/err"'
  check "$t batch: the output for $good is there" 'grep -q "$good" "$tmp/out"'
done

# expect_message TOOL FILE TEXT [OPTIONS...]: exit 2 and TEXT (a grep -F pattern) on stderr.
expect_message() {
  local tool=$1 file=$2 text=$3 rc
  shift 3
  "$BIN/$tool" "$@" "$file" >"$tmp/out" 2>"$tmp/err"
  rc=$?
  if [ "$rc" -ne 2 ]; then
    echo "FAIL: $tool $* $(basename "$file"): exit $rc, want 2: $(head -c 300 "$tmp/err")"; fail=1
  elif ! grep -qF -- "$text" "$tmp/err"; then
    echo "FAIL: $tool $* $(basename "$file"): stderr lacks [$text]: $(head -c 300 "$tmp/err")"; fail=1
  fi
}

# Hostile .docx files, made now (scripts/make_docx_fixtures.py --hostile), never committed.
/usr/bin/env python3 "$CPPCC_SOURCE/scripts/make_docx_fixtures.py" --hostile "$tmp/docx" --big-mb 60 >/dev/null ||
  { echo "FAIL: cannot make the hostile .docx files"; fail=1; }
# A memory cap for the big ones, except under AddressSanitizer (it reserves terabytes of address space).
cap_kb=1048576
grep -q __asan_init "$BIN/cppcc-extract" 2>/dev/null && cap_kb=unlimited
for t in "${tools[@]}"; do
  expect_message "$t" "$tmp/docx/deep.docx" "elements nest more than 200 deep"
  expect_message "$t" "$tmp/docx/duplicate.docx" "two entries named word/document.xml"
  expect_message "$t" "$tmp/docx/no-document.docx" "not a Word document: no word/document.xml"
  expect_message "$t" "$tmp/docx/encrypted.docx" "is a password-protected Word file; remove the password"
  expect_message "$t" "$tmp/docx/zip-encrypted.docx" "is a password-protected Word file; remove the password"
  expect_message "$t" "$tmp/docx/webpage.docx" "looks like HTML, not a Word file; save it as .html"
  expect_message "$t" "$tmp/docx/plain.docx" "is plain text, not a Word file; rename it to .txt"
  expect_message "$t" "$tmp/docx/bomb.docx" "decompresses to more than the input limit of 8 MiB" --max-bytes 8M
  # Endless standard input stops at the limit, fast, naming the option.
  start=$(date +%s)
  timeout 20 "$BIN/$t" --max-bytes 64M - </dev/zero >/dev/null 2>"$tmp/err"
  rc=$?
  check_eq "$t - < /dev/zero: exit" 2 "$rc"
  check "$t - < /dev/zero: names the limit and --max-bytes" 'grep -q "input limit of 64 MiB.*--max-bytes" "$tmp/err"'
  check "$t - < /dev/zero: stops within 10 s" '[ $(( $(date +%s) - start )) -le 10 ]'
  expect_message "$t" "$tmp/good.txt" "--max-bytes 12X: expected a size" --max-bytes 12X
  # A directory, a symlink loop and UTF-16 without a BOM name their cause.
  ln -sf loop.txt "$tmp/loop.txt"
  expect_message "$t" "$tmp/loop.txt" "symlink loop"
done
"$BIN/cppcc-extract" --max-bytes 100 "$tmp/good.txt" >/dev/null 2>"$tmp/err"
check "a file over --max-bytes 100 is refused" 'grep -q "input limit of 100 bytes" "$tmp/err"'
if [ -x "$BIN/cppcc-diff" ]; then
  mkdir -p "$tmp/reports"
  expect_message cppcc-diff "$tmp/reports" "is a directory, not a report file" "$tmp/good.txt"
fi
for order in utf-16le utf-16be; do
  iconv -f utf-8 -t "$order" "$tmp/good.txt" >"$tmp/$order.txt"
  "$BIN/cppcc-extract" "$tmp/$order.txt" >"$tmp/out" 2>"$tmp/err"
  check "$order without a BOM is read" 'grep -q "\"encoding\": \"$order\"" "$tmp/out"'
  printf 'Work report' | iconv -f utf-8 -t "$order" >"$tmp/$order-line.txt"
  expect_message cppcc-extract "$tmp/$order-line.txt" "without a byte-order mark; use --encoding $order"
done

# A batch with the deep and the 60 MB-of-paragraphs .docx still outputs every other file,
# in bounded memory and time.
for t in cppcc-extract cppcc-validate; do
  [ -x "$BIN/$t" ] || continue
  good=good.txt
  [ "$t" = cppcc-validate ] && good=finding.txt
  start=$(date +%s)
  (ulimit -v "$cap_kb"; "$BIN/$t" "$tmp/docx/deep.docx" "$tmp/docx/paragraphs.docx" "$tmp/$good") >"$tmp/out" 2>"$tmp/err"
  rc=$?
  check_eq "$t batch with hostile .docx: exit" 2 "$rc"
  check "$t batch: both hostile files are reported" 'grep -q deep.docx "$tmp/err" && grep -q "paragraphs.docx.*XML elements" "$tmp/err"'
  check "$t batch: the output for $good is there" 'grep -q "$good" "$tmp/out"'
  check "$t batch: within 20 s" '[ $(( $(date +%s) - start )) -le 20 ]'
done

[ "$fail" -eq 0 ] && echo "ok: ${tools[*]}"
finish
