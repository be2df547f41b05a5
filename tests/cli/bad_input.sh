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

[ "$fail" -eq 0 ] && echo "ok: ${tools[*]}"
finish
