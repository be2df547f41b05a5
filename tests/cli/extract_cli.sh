#!/usr/bin/env bash
# cppcc-extract on the command line: formats, stdin, directories, --select,
# a bad file in a batch (reported, skipped, exit 2), usage errors.
set -u
. "$(dirname "$0")/lib.sh"
bin="${CPPCC_BIN:?}/cppcc-extract"
src="${CPPCC_SOURCE:?}"
sample="$src/data/sample/sample-report.txt"
golden="$src/tests/golden"
py=/usr/bin/python3
[ -x "$py" ] || py=python3

# text: metadata, the tree with line numbers, the glossary.
"$bin" --format text "$sample" >"$tmp/out.txt"; rc=$?
check "text exit 0" '[ $rc -eq 0 ]'
check "text shows the genre" 'grep -q "cppcc-standing-committee-report" "$tmp/out.txt"'
check "text shows the review part with its line" 'grep -q "L13 .*\[review 2024\] 2024年：同心协力谋发展，凝心聚力开新局" "$tmp/out.txt"'
check "text shows sections" 'grep -q "一、坚持党的领导，筑牢团结奋斗的共同思想政治基础" "$tmp/out.txt"'
check "text shows the glossary" 'grep -q "1. 委员讲堂" "$tmp/out.txt"'

# stdin gives the same report as the file (path aside).
"$bin" --select metadata,parts - <"$sample" >"$tmp/stdin.json"
"$bin" --select metadata,parts "$sample" >"$tmp/file.json"
check "stdin equals file" '"$py" -c "import json,sys; a=json.load(open(sys.argv[1])); b=json.load(open(sys.argv[2])); sys.exit(0 if a[\"parts\"]==b[\"parts\"] and a[\"metadata\"]==b[\"metadata\"] else 1)" "$tmp/stdin.json" "$tmp/file.json"'

# A directory is searched recursively; output keeps input order.
mkdir -p "$tmp/dir/sub"
cp "$golden/scheme-run-in.txt" "$tmp/dir/a.txt"
cp "$golden/scheme-gov-paren.txt" "$tmp/dir/sub/b.txt"
echo "not a report" >"$tmp/dir/ignored.csv"
"$bin" --format jsonl --select metadata --jobs 2 "$tmp/dir" >"$tmp/dir.jsonl"; rc=$?
check "dir exit 0" '[ $rc -eq 0 ]'
check "dir gives 2 lines" '[ "$(wc -l <"$tmp/dir.jsonl")" -eq 2 ]'
check "dir order a then sub/b" '"$py" -c "import json,sys; L=[json.loads(l) for l in open(sys.argv[1])]; sys.exit(0 if L[0][\"source\"][\"path\"].endswith(\"a.txt\") and L[1][\"metadata\"][\"genre\"]==\"government-work-report\" else 1)" "$tmp/dir.jsonl"'

# One bad file: reported on stderr, the others still come out, exit 2.
"$bin" --format jsonl --select metadata "$golden/scheme-run-in.txt" "$tmp/missing.txt" "$sample" >"$tmp/batch.jsonl" 2>"$tmp/batch.err"; rc=$?
check "batch exit 2" '[ $rc -eq 2 ]'
check "batch still prints the good files" '[ "$(wc -l <"$tmp/batch.jsonl")" -eq 2 ]'
check "batch names the missing file" 'grep -q "missing.txt" "$tmp/batch.err"'

# CSV: a header and one row per quantity; --bom starts with EF BB BF.
"$bin" --format csv --bom "$sample" >"$tmp/q.csv"; rc=$?
check "csv exit 0" '[ $rc -eq 0 ]'
check "csv BOM" '[ "$(head -c 3 "$tmp/q.csv" | od -An -tx1 | tr -d " ")" = "efbbbf" ]'
check "csv has rows" '[ "$(wc -l <"$tmp/q.csv")" -gt 5 ]'

# Usage errors exit 2 with a message.
"$bin" --select nonsense "$sample" >/dev/null 2>"$tmp/usage.err"; rc=$?
check "bad --select exits 2" '[ $rc -eq 2 ] && grep -q "nonsense" "$tmp/usage.err"'
"$bin" --format yaml "$sample" >/dev/null 2>&1; rc=$?
check "bad --format exits 2" '[ $rc -eq 2 ]'

# Proposal reports: the genre and its kind in the JSON (the key only for that genre) and the text.
"$bin" --format jsonl --select metadata "$src"/tests/fixtures/proposal/*.txt "$sample" >"$tmp/proposal.jsonl"
check "proposal reports give genre and kind; other genres no proposal_kind" '"$py" -c "
import json, sys
L = [json.loads(l)[\"metadata\"] for l in open(sys.argv[1])]
got = [(m[\"genre\"], m.get(\"proposal_kind\", \"absent\")) for m in L]
want = [(\"cppcc-proposal-report\", k) for k in (\"review\", \"work\", \"work\", \"work\")]
sys.exit(0 if got == want + [(\"cppcc-standing-committee-report\", \"absent\")] else got)" "$tmp/proposal.jsonl"'
"$bin" --format text "$src/tests/fixtures/proposal/city-review.txt" >"$tmp/proposal.txt"
check "text shows the proposal kind" 'grep -q "^  proposal   review$" "$tmp/proposal.txt"'

finish
