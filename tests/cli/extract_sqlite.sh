#!/usr/bin/env bash
# cppcc-extract --format sqlite: the corpus database holds what the JSONL
# holds (same counts per table), a second run parses only the changed files,
# the schema is versioned, and bad databases and usage get clear errors.
set -u
. "$(dirname "$0")/lib.sh"
bin="${CPPCC_BIN:?}/cppcc-extract"
src="${CPPCC_SOURCE:?}"
py=/usr/bin/python3
[ -x "$py" ] || py=python3
require_tool "$bin"
if ! command -v sqlite3 >/dev/null; then
  [ "${CI:-}" = true ] && { echo "FAIL: sqlite3 missing (scripts/setup.sh installs it)"; exit 1; }
  echo "skip: sqlite3 not installed"; exit 77
fi

mkdir -p "$tmp/in/sub"
cp "$src/data/sample/sample-report.txt" "$tmp/in/a.txt"
cp "$src/tests/golden/scheme-run-in.txt" "$tmp/in/sub/b.txt"
cp "$src/tests/golden/scheme-gov-paren.txt" "$tmp/in/c.txt"
corpus="$tmp/in"
[ -n "${CPPCC_SHARED:-}" ] && [ -d "$CPPCC_SHARED/corpus" ] && corpus="$tmp/in $CPPCC_SHARED/corpus"
db="$tmp/corpus.db"

# shellcheck disable=SC2086  # corpus is a list of folders
"$bin" --format sqlite -o "$db" $corpus 2>"$tmp/first.err"; rc=$?
check_eq "first run exits 0" 0 "$rc"
# shellcheck disable=SC2086
n=$("$bin" --format jsonl $corpus | wc -l)
check "first run parses every file" 'grep -q ": $n parsed, 0 unchanged" "$tmp/first.err"'
check_eq "schema version" 2 "$(sqlite3 "$db" 'PRAGMA user_version')"
check_eq "one row per report" "$n" "$(sqlite3 "$db" 'select count(*) from reports')"

# Every table has as many rows as the JSONL has items.
# shellcheck disable=SC2086
"$bin" --format jsonl $corpus >"$tmp/all.jsonl"
counts=$("$py" -c '
import json, sys
n = {"parts": 0, "sections": 0, "quantities": 0, "formulations": 0, "glossary": 0}
def walk(sections):
    for s in sections:
        n["sections"] += 1
        walk(s["subsections"])
for line in open(sys.argv[1], encoding="utf-8"):
    r = json.loads(line)
    n["parts"] += len(r["parts"])
    for p in r["parts"]:
        walk(p["sections"])
    for k in ("quantities", "formulations", "glossary"):
        n[k] += len(r[k])
print(" ".join("%s=%d" % kv for kv in sorted(n.items())))
' "$tmp/all.jsonl")
got=""
for t in formulations glossary parts quantities sections; do
  got="$got $t=$(sqlite3 "$db" "select count(*) from $t")"
done
check_eq "table counts equal the JSONL" "$counts" "${got# }"
check "some quantities" '[ "$(sqlite3 "$db" "select count(*) from quantities")" -gt 0 ]'
check_eq "sample report's genre and review year" "cppcc-standing-committee-report|2024" \
  "$(sqlite3 "$db" "select genre, review_year from reports where path like '%/in/a.txt'")"
check "quantities are joined to their report" \
  '[ "$(sqlite3 "$db" "select count(*) from quantities q left join reports r on r.id = q.report_id where r.id is null")" = 0 ]'
check "indices on the lookup columns" \
  'sqlite3 "$db" "select name from sqlite_master where type = '\''index'\''" | grep -q quantities_indicator'

# Second run: nothing changed, nothing parsed; one changed file is parsed again.
# shellcheck disable=SC2086
"$bin" --format sqlite -o "$db" $corpus 2>"$tmp/second.err"
check "unchanged files are not parsed again" 'grep -q ": 0 parsed, $n unchanged" "$tmp/second.err"'
printf '\n附件：第二次运行\n' >>"$tmp/in/c.txt"
# shellcheck disable=SC2086
"$bin" --format sqlite -o "$db" $corpus 2>"$tmp/third.err"
check "a changed file is parsed again" 'grep -q ": 1 parsed, $((n - 1)) unchanged" "$tmp/third.err"'
check_eq "its old rows are replaced, not duplicated" "$n" "$(sqlite3 "$db" 'select count(*) from reports')"
check_eq "its sha256 is the new one" "$(sha256sum "$tmp/in/c.txt" | cut -c1-64)" \
  "$(sqlite3 "$db" "select sha256 from reports where path like '%/in/c.txt'")"

# Bad databases and usage.
echo "not a database at all, just some text that is long enough" >"$tmp/text.db"
"$bin" --format sqlite -o "$tmp/text.db" "$tmp/in/a.txt" 2>"$tmp/err"; rc=$?
check_eq "a text file as database: exit 2" 2 "$rc"
check "names the file" 'grep -q "text.db" "$tmp/err"'
sqlite3 "$tmp/other.db" 'create table t(x)'
"$bin" --format sqlite -o "$tmp/other.db" "$tmp/in/a.txt" 2>"$tmp/err"; rc=$?
check_eq "someone else's database: exit 2" 2 "$rc"
check "says it is not a corpus database" 'grep -q "not a cppcc corpus database" "$tmp/err"'
sqlite3 "$tmp/future.db" 'PRAGMA user_version = 99'
"$bin" --format sqlite -o "$tmp/future.db" "$tmp/in/a.txt" 2>"$tmp/err"; rc=$?
check_eq "another schema version: exit 2" 2 "$rc"
check "names the version" 'grep -q "schema version 99" "$tmp/err"'
"$bin" --format sqlite "$tmp/in/a.txt" 2>"$tmp/err"; rc=$?
check_eq "sqlite without -o: exit 2" 2 "$rc"
"$bin" -o "$tmp/x.db" "$tmp/in/a.txt" >/dev/null 2>"$tmp/err"; rc=$?
check_eq "-o with json: exit 2" 2 "$rc"
"$bin" --format sqlite -o "$tmp/d2.db" "$tmp/in/a.txt" "$tmp/missing.txt" 2>"$tmp/err"; rc=$?
check_eq "a missing input: exit 2" 2 "$rc"
check_eq "the other inputs are still stored" 1 "$(sqlite3 "$tmp/d2.db" 'select count(*) from reports')"
finish
