# Shared helpers for tests/cli/*.sh. Source it right after `set -u`:
#   . "$(dirname "$0")/lib.sh"
# ctest sets CPPCC_BIN (built tools), CPPCC_SOURCE (repo root) and
# CPPCC_SHARED (../shared, may be empty). Exit 0 = pass, 77 = skip, else fail.
#
#   $tmp                       fresh temp dir, removed on exit
#   check NAME 'CONDITION'     eval CONDITION; prints "ok: NAME" or "FAIL: NAME"
#   check_status NAME CODE     CODE 0 is ok (usually `check_status NAME $?`)
#   check_eq NAME WANT GOT     ok if the strings are equal, else shows both
#   skip WHY                   exit 77 (skipped); in CI a failure instead (exit 1)
#   require_tool PATH          skip unless PATH is executable
#   require_file PATH WHY      skip unless PATH is a file
#   finish                     exit 1 if any check failed, else 0
# A test's own ad-hoc check may print "FAIL: ..." and set fail=1 itself.
# Safe under `set -u`; installs an EXIT trap (do not install another).
# ctest's cli/*.sh glob also runs this file as cli.lib: run directly, it
# checks that the helpers themselves pass, fail and skip as documented.

fail=0
tmp=$(mktemp -d) || { echo "FAIL: mktemp"; exit 1; }
trap 'rm -rf "$tmp"' EXIT

# No locals here: CONDITION is eval'd in this function and may use any name.
check() {
  if eval "$2"; then echo "ok: $1"; else echo "FAIL: $1"; fail=1; fi
}

check_status() {
  if [ "$2" -eq 0 ]; then echo "ok: $1"; else echo "FAIL: $1 (status $2)"; fail=1; fi
}

check_eq() {
  if [ "$2" = "$3" ]; then echo "ok: $1"; else echo "FAIL: $1: expected [$2] got [$3]"; fail=1; fi
}

# CI (CI=true, or ../shared present as on the project's machines) must run
# every test: a skip there would hide a missing package or a broken set-up.
skips_fail() {
  [ "${CI:-}" = true ] || { [ -n "${CPPCC_SHARED:-}" ] && [ -d "$CPPCC_SHARED" ]; }
}

skip() {
  if skips_fail; then echo "FAIL: cannot skip in CI: $*"; exit 1; fi
  echo "skip: $*"; exit 77
}

require_tool() {
  [ -x "$1" ] || skip "$1 not built"
}

require_file() {
  [ -f "$1" ] || skip "${2:-file} not found ($1)"
}

finish() {
  if [ "$fail" -ne 0 ]; then exit 1; fi
  exit 0
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  expect() {  # NAME WANT-EXIT 'COMMANDS' run in a subshell
    ( fail=0; eval "$3" ) >/dev/null 2>&1
    check_eq "$1" "$2" $?
  }
  expect "check passes" 0 'check t true; finish'
  expect "check fails" 1 'check t false; finish'
  expect "one failure among passes fails" 1 'check t true; check t false; check t true; finish'
  expect "check_status 0 passes" 0 'check_status t 0; finish'
  expect "check_status 3 fails" 1 'check_status t 3; finish'
  expect "check_eq passes" 0 'check_eq t a a; finish'
  expect "check_eq fails" 1 'check_eq t a b; finish'
  expect "check_eq output shows both" 0 '[ "$(check_eq t a b)" = "FAIL: t: expected [a] got [b]" ]'
  expect "require_tool skips" 77 'CI= CPPCC_SHARED= require_tool /nonexistent/tool; exit 0'
  expect "require_file skips" 77 'CI= CPPCC_SHARED= require_file /nonexistent/file why; exit 0'
  expect "skip skips outside CI" 77 'CI= CPPCC_SHARED= skip why; exit 0'
  expect "skip fails with CI=true" 1 'CI=true CPPCC_SHARED= skip why; exit 0'
  expect "skip fails with ../shared present" 1 'CI= CPPCC_SHARED="$tmp" skip why; exit 0'
  expect "require_tool fails in CI" 1 'CI=true require_tool /nonexistent/tool; exit 0'
  expect "require_file passes" 0 'require_file "$0" why; exit 0'
  expect "temp dir exists" 0 '[ -d "$tmp" ]'
  finish
fi
