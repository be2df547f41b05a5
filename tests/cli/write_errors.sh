#!/usr/bin/env bash
# Output that cannot be written is never a success: every tool and format on
# a full device (/dev/full) and on a closed stdout exits 2 with
# "TOOL: cannot write standard output: REASON"; a closed pipe (| head -c1)
# ends quietly with 141; cppcc-diff -o keeps the previous file when the new
# one cannot be written (a file-size limit stands in for a full disk: it
# needs neither root nor a mount) and leaves no temporary file behind.
set -u
. "$(dirname "$0")/lib.sh"
bin="${CPPCC_BIN:?}"
src="${CPPCC_SOURCE:?}"
sample="$src/data/sample/sample-report.txt"
old="$src/tests/golden/scheme-gov-paren.txt"
new="$src/tests/golden/scheme-arabic.txt"
for t in cppcc-extract cppcc-validate cppcc-diff cppcc-segment; do require_tool "$bin/$t"; done

# A draft with many findings, so that every validate format writes well over
# a pipe's 64 KiB buffer (the closed-pipe case then really hits the pipe).
for i in $(seq 3000); do echo "委员们认为,报告很好。"; done >"$tmp/many.txt"

# full NAME TOOL ARGS...: stdout is /dev/full -> exit 2 and the message.
full() {
  local name=$1 tool=$2
  shift 2
  "$bin/$tool" "$@" >/dev/full 2>"$tmp/err"
  local rc=$?
  check_eq "$name on /dev/full exits 2" 2 "$rc"
  check "$name on /dev/full says why" \
    'grep -qx "$tool: cannot write standard output: No space left on device" "$tmp/err"'
}
# closed_pipe NAME TOOL ARGS...: the reader leaves after one byte -> 141, nothing on stderr.
closed_pipe() {
  local name=$1 tool=$2
  shift 2
  "$bin/$tool" "$@" 2>"$tmp/err" | head -c1 >"$tmp/one"
  local rc=${PIPESTATUS[0]}
  check_eq "$name into a closed pipe exits 141" 141 "$rc"
  # Warnings about the input (cppcc-diff: a pair that does not follow) are not write errors.
  check "$name into a closed pipe prints nothing on stderr" '! grep -v ": warning: " "$tmp/err" | grep -q .'
  check "$name into a closed pipe: the reader got its byte" '[ "$(wc -c <"$tmp/one")" -eq 1 ]'
}

for f in json jsonl csv text; do full "extract -f $f" cppcc-extract -f "$f" "$sample"; done
full "extract -f jsonl (batch)" cppcc-extract -f jsonl "$src/tests/golden"
for f in text json sarif github; do full "validate --format $f" cppcc-validate --format "$f" "$sample"; done
full "validate --diff" cppcc-validate --diff "$tmp/many.txt"
full "validate --list-rules" cppcc-validate --list-rules
for f in text json html; do full "diff -f $f" cppcc-diff -f "$f" "$old" "$new"; done
full "diff --series -f csv" cppcc-diff --series -f csv "$old" "$new"
full "segment" cppcc-segment "$sample"
full "segment --format json" cppcc-segment --format json "$sample"
full "segment --keywords" cppcc-segment --keywords 10 "$sample"
full "extract --help" cppcc-extract --help

# The run's own status gives way: findings (1) or differences (1) become 2.
"$bin/cppcc-validate" --format json "$tmp/many.txt" --fail-on warning >/dev/full 2>/dev/null
check_eq "validate with findings on /dev/full exits 2, not 1" 2 $?

# A closed stdout (>&-) is a write error too.
"$bin/cppcc-extract" "$sample" >&- 2>"$tmp/err"
check_eq "extract with stdout closed exits 2" 2 $?
check "extract with stdout closed says why" 'grep -q "^cppcc-extract: cannot write standard output: " "$tmp/err"'

# Each case writes far more than the pipe holds, so the write that finds the
# reader gone comes whatever the timing.
for i in 1 2 3 4 5; do mkdir -p "$tmp/batch/$i" && cp "$src"/tests/golden/*.txt "$tmp/batch/$i/"; done
for f in json jsonl; do closed_pipe "extract -f $f" cppcc-extract -f "$f" "$tmp/batch"; done
closed_pipe "validate" cppcc-validate "$tmp/many.txt"
closed_pipe "validate --format sarif" cppcc-validate --format sarif "$tmp/many.txt"
closed_pipe "diff -f json" cppcc-diff -f json "$sample" "$src/examples/beijing-2025-2026.txt"
closed_pipe "segment --format json" cppcc-segment --format json "$tmp/many.txt"

# -o: a write that fails half-way keeps the previous file, and no temporary is left.
mkdir "$tmp/out"
echo "previous page" >"$tmp/out/page.html"
(ulimit -f 4; trap '' XFSZ; exec "$bin/cppcc-diff" -f html -o "$tmp/out/page.html" "$old" "$new") 2>"$tmp/err"
check_eq "diff -o past the file-size limit exits 2" 2 $?
check "diff -o past the file-size limit says why" \
  'grep -qx "cppcc-diff: cannot write $tmp/out/page.html: File too large ($tmp/out/page.html is unchanged)" "$tmp/err"'
check_eq "diff -o past the file-size limit keeps the previous file" "previous page" "$(cat "$tmp/out/page.html")"
check_eq "diff -o past the file-size limit leaves no temporary" "page.html" "$(ls -A "$tmp/out")"

"$bin/cppcc-diff" -f html -o "$tmp/out/page.html" "$old" "$new"
check_eq "diff -o replaces the file (exit 1: differences)" 1 $?
check "diff -o wrote the page" 'grep -q "</html>" "$tmp/out/page.html"'
check_eq "diff -o leaves no temporary" "page.html" "$(ls -A "$tmp/out")"

"$bin/cppcc-diff" -o "$tmp/missing/page.html" "$old" "$new" 2>"$tmp/err"
check_eq "diff -o into a missing folder exits 2" 2 $?
check "diff -o into a missing folder names the folder" 'grep -q "cannot create a temporary file in $tmp/missing" "$tmp/err"'

# A directory without write permission: the rename cannot happen (root may write anywhere).
if [ "$(id -u)" -ne 0 ]; then
  mkdir "$tmp/locked" && echo "previous page" >"$tmp/locked/page.html" && chmod a-w "$tmp/locked"
  "$bin/cppcc-diff" -o "$tmp/locked/page.html" "$old" "$new" 2>"$tmp/err"
  check_eq "diff -o into a read-only folder exits 2" 2 $?
  check_eq "diff -o into a read-only folder keeps the previous file" "previous page" "$(cat "$tmp/locked/page.html")"
  chmod u+w "$tmp/locked"
fi

finish
