#!/usr/bin/env bash
# Every cppcc-extract output validates against docs/schema/cppcc-report-1.schema.json,
# and every span in it re-reads the text it claims (../shared/tools/check-contract.py).
# Inputs: the sample report, the golden fixtures, the proposal-report fixtures,
# and the shared corpus (with its excerpts) when present.
set -u
. "$(dirname "$0")/lib.sh"
bin="${CPPCC_BIN:?}/cppcc-extract"
src="${CPPCC_SOURCE:?}"
shared="${CPPCC_SHARED:-}"
schema="$src/docs/schema/cppcc-report-1.schema.json"
py=/usr/bin/python3
[ -x "$py" ] || py=python3

inputs=("$src/data/sample/sample-report.txt")
for f in "$src"/tests/golden/*.txt "$src"/tests/fixtures/proposal/*.txt; do inputs+=("$f"); done
have_corpus=0
if [ -n "$shared" ] && [ -d "$shared/corpus" ]; then
  have_corpus=1
  for f in "$shared"/corpus/*.txt "$shared"/corpus/*.docx "$shared"/corpus/cppcc-excerpts/*.txt \
           "$shared"/design/example-report.txt; do inputs+=("$f"); done
else
  echo "note: ../shared absent; corpus part skipped"
fi

validate() {  # JSON_FILE
  "$py" - "$schema" "$1" <<'PY'
import json, sys
import jsonschema
schema = json.load(open(sys.argv[1]))
doc = json.load(open(sys.argv[2]))
docs = doc if isinstance(doc, list) else [doc]
v = jsonschema.Draft202012Validator(schema)
bad = 0
for d in docs:
    for e in v.iter_errors(d):
        bad += 1
        print(f"{d.get('source', {}).get('path')}: {'/'.join(map(str, e.absolute_path))}: {e.message[:200]}")
sys.exit(1 if bad else 0)
PY
}

n=0
for f in "${inputs[@]}"; do
  n=$((n + 1))
  out="$tmp/$n.json"
  if ! "$bin" --format json "$f" >"$out" 2>"$tmp/err"; then
    echo "FAIL: cppcc-extract $f exited non-zero: $(cat "$tmp/err")"; fail=1; continue
  fi
  validate "$out"; check_status "schema: $f" $?
  case "$f" in
    *.docx) ;;  # spans of a .docx name the extracted text, not the zip bytes
    *)
      if [ -f "$shared/tools/check-contract.py" ]; then
        "$py" "$shared/tools/check-contract.py" "$f" "$out" >"$tmp/cc" || { echo "FAIL: contract: $f"; head -5 "$tmp/cc"; fail=1; }
      fi ;;
  esac
done

# jsonl: one object per line, each valid; --select keeps only what was asked.
"$bin" --format jsonl --select metadata,parts "${inputs[@]:0:3}" >"$tmp/all.jsonl"; check_status "jsonl run" $?
lines=$(wc -l <"$tmp/all.jsonl")
check "jsonl printed $lines lines for 3 files" '[ "$lines" -eq 3 ]'
while IFS= read -r line; do
  printf '%s' "$line" >"$tmp/one.json"
  validate "$tmp/one.json"; check_status "jsonl line valid" $?
  "$py" -c 'import json,sys; d=json.load(open(sys.argv[1])); sys.exit(0 if set(d)=={"schema","source","metadata","parts"} else 1)' "$tmp/one.json"
  check_status "--select keeps only schema, source, metadata, parts" $?
done <"$tmp/all.jsonl"

# Several files in json: one array.
"$bin" --format json "${inputs[@]:0:2}" >"$tmp/arr.json"; check_status "json for 2 files exits 0" $?
"$py" -c 'import json,sys; d=json.load(open(sys.argv[1])); sys.exit(0 if isinstance(d,list) and len(d)==2 else 1)' "$tmp/arr.json"
check_status "json for 2 files is an array of 2" $?

[ "$fail" -eq 0 ] && echo "ok: $n outputs valid (corpus: $have_corpus)"
finish
