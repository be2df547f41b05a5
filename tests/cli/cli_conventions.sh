#!/usr/bin/env bash
# What users expect of every command-line tool: NO_COLOR and --color on a
# terminal (script(1) gives one), --version naming the tool, usage errors
# naming the program, --quiet, and cppcc-validate's --diff / --fix - filters.
set -u
. "$(dirname "$0")/lib.sh"
bin="${CPPCC_BIN:?}"
for t in cppcc-extract cppcc-validate cppcc-diff cppcc-segment; do require_tool "$bin/$t"; done
command -v script >/dev/null || skip "script (util-linux) not installed"
sample="$CPPCC_SOURCE/data/sample/sample-report.txt"
require_file "$sample" "sample report"

printf '各位委员：\n推动中国式现代化的的实践,取得成效。\n' > "$tmp/draft.txt"
printf '各位委员：\n推动中国式现代化的实践，取得成效。\n' > "$tmp/clean.txt"
sed 's/[0-9]/7/' "$sample" > "$tmp/changed.txt"  # one figure changed: the diff has something to colour
esc=$(printf '\033')

# Runs "$@" on a pseudo-terminal with extra environment ENV (e.g. NO_COLOR=1);
# its output (stdout and stderr, as a terminal shows them) goes to stdout.
on_tty() {
  local env=$1; shift
  local cmd; printf -v cmd '%q ' "$@"
  script -qec "env $env $cmd" /dev/null </dev/null
}
has_escape() { grep -q "$esc" "$1"; }

runs=(
  "validate|$bin/cppcc-validate --no-config $tmp/draft.txt"
  "diff|$bin/cppcc-diff $sample $tmp/changed.txt"
  "extract|$bin/cppcc-extract --format text $sample"
  "segment|$bin/cppcc-segment $sample"
)
for run in "${runs[@]}"; do
  name=${run%%|*}; read -ra cmd <<< "${run#*|}"
  on_tty NO_COLOR=1 "${cmd[@]}" > "$tmp/$name.nocolor"
  check "$name: NO_COLOR=1 on a terminal prints no escape codes" '[ -s "$tmp/$name.nocolor" ] && ! has_escape "$tmp/$name.nocolor"'
done
on_tty NO_COLOR= "$bin/cppcc-validate" --no-config --color never "$tmp/draft.txt" > "$tmp/v.never"
check "validate --color never on a terminal: no escape codes" '[ -s "$tmp/v.never" ] && ! has_escape "$tmp/v.never"'
on_tty NO_COLOR= "$bin/cppcc-diff" --color never "$sample" "$tmp/changed.txt" > "$tmp/d.never"
check "diff --color never on a terminal: no escape codes" '[ -s "$tmp/d.never" ] && ! has_escape "$tmp/d.never"'

# Colour by default on a terminal (an empty NO_COLOR does not count), and
# with --color always even into a file; NO_COLOR does not override --color always.
on_tty NO_COLOR= "$bin/cppcc-validate" --no-config "$tmp/draft.txt" > "$tmp/v.tty"
check "validate colours severities on a terminal" 'grep -q "${esc}\[1;31merror${esc}\[0m" "$tmp/v.tty"'
check "validate colours the carets" 'grep -q "${esc}\[1;32m^" "$tmp/v.tty"'
"$bin/cppcc-validate" --no-config "$tmp/draft.txt" > "$tmp/v.pipe" 2>&1
check "validate: no colour into a pipe" '! has_escape "$tmp/v.pipe"'
NO_COLOR=1 "$bin/cppcc-validate" --no-config --color always "$tmp/draft.txt" > "$tmp/v.always" 2>&1
check "validate --color always" 'has_escape "$tmp/v.always"'
NO_COLOR=1 "$bin/cppcc-diff" --color always "$sample" "$tmp/changed.txt" > "$tmp/d.always"
check "diff --color always" 'has_escape "$tmp/d.always"'
on_tty NO_COLOR= "$bin/cppcc-diff" "$sample" "$tmp/changed.txt" > "$tmp/d.tty"
check "diff colours a terminal" 'has_escape "$tmp/d.tty"'

# --version and usage errors name the tool.
for t in cppcc-extract cppcc-validate cppcc-diff cppcc-segment; do
  v=$("$bin/$t" --version)
  check "$t --version names the tool" '[[ "$v" =~ ^$t\ [0-9]+\.[0-9]+\.[0-9]+$ ]]'
  "$bin/$t" --no-such-option x > /dev/null 2> "$tmp/err"; rc=$?
  check "$t: a CLI11 error exits 2" '[ $rc -eq 2 ]'
  check "$t: a CLI11 error names the program" 'grep -q "^$t: .*no-such-option.*; see --help" "$tmp/err"'
done

# --quiet: no summary line; errors still shown.
"$bin/cppcc-validate" --no-config "$tmp/draft.txt" > /dev/null 2> "$tmp/err"
check "validate prints a summary" 'grep -q "1 file(s): 1 error(s)" "$tmp/err"'
"$bin/cppcc-validate" --no-config --quiet "$tmp/draft.txt" > "$tmp/out" 2> "$tmp/err"; rc=$?
check "validate --quiet: no summary, findings and exit code kept" '[ ! -s "$tmp/err" ] && [ $rc -eq 1 ] && grep -q T001 "$tmp/out"'
"$bin/cppcc-validate" --quiet "$tmp/missing.txt" > /dev/null 2> "$tmp/err"; rc=$?
check "validate --quiet still shows errors" '[ $rc -eq 2 ] && grep -q "^cppcc-validate: error: .*missing.txt" "$tmp/err"'
"$bin/cppcc-extract" -q -f sqlite -o "$tmp/c.db" "$sample" 2> "$tmp/err"; rc=$?
check "extract --quiet: no database summary" '[ $rc -eq 0 ] && [ ! -s "$tmp/err" ]'

# --diff is a CI gate: 1 when a fix is pending, 0 when none.
"$bin/cppcc-validate" --no-config --diff "$tmp/draft.txt" > /dev/null 2>&1; rc=$?
check "--diff exits 1 with a pending fix" '[ $rc -eq 1 ]'
"$bin/cppcc-validate" --no-config --diff "$tmp/clean.txt" > "$tmp/out" 2>&1; rc=$?
check "--diff exits 0 with nothing to fix" '[ $rc -eq 0 ] && [ ! -s "$tmp/out" ]'

# --fix - is an editor filter: fixed text on stdout, findings on stderr.
cat "$tmp/draft.txt" | "$bin/cppcc-validate" --no-config --fix - > "$tmp/fixed" 2> "$tmp/err"; rc=$?
check "--fix - prints the fixed text" 'cmp -s "$tmp/fixed" "$tmp/clean.txt"'
check "--fix - exits 0 when everything was fixed" '[ $rc -eq 0 ]'
printf '推动中国式现代化的的实践（取得成效。\n' | "$bin/cppcc-validate" --no-config --fix - > "$tmp/fixed" 2> "$tmp/err"
check "--fix - reports what is left on stderr" 'grep -q "P001" "$tmp/err" && ! grep -q P001 "$tmp/fixed" && grep -q "的实践（" "$tmp/fixed"'
"$bin/cppcc-validate" --fix - "$tmp/draft.txt" < /dev/null > /dev/null 2> "$tmp/err"; rc=$?
check "--fix - with another input is a usage error" '[ $rc -eq 2 ] && grep -q "only input" "$tmp/err"'

# SARIF names the tool's version and home, and each rule's page.
"$bin/cppcc-validate" --no-config --format sarif "$tmp/draft.txt" > "$tmp/sarif" 2>/dev/null
python3 - "$tmp/sarif" "$("$bin/cppcc-validate" --version)" <<'PY' && sarif=0 || sarif=1
import json, sys
driver = json.load(open(sys.argv[1]))["runs"][0]["tool"]["driver"]
assert "cppcc-validate " + driver["version"] == sys.argv[2], driver["version"]
assert driver["informationUri"].startswith("https://"), driver["informationUri"]
rule = next(r for r in driver["rules"] if r["id"] == "T001")
assert rule["helpUri"] == driver["informationUri"] + "/blob/main/docs/rules/repeated-character.md", rule["helpUri"]
PY
check_status "SARIF driver version, informationUri, helpUri" $sarif

finish
