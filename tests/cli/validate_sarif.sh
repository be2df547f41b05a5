#!/usr/bin/env bash
# --format sarif validates against the official SARIF 2.1.0 schema (skips without it).
set -u
. "$(dirname "$0")/lib.sh"
V="$CPPCC_BIN/cppcc-validate"
SCHEMA="${CPPCC_SHARED:-}/testdata/sarif/sarif-schema-2.1.0.json"
require_tool "$V"
require_file "$SCHEMA" "SARIF 2.1.0 schema"
python3 -c 'import jsonschema' 2>/dev/null || skip "python3 jsonschema missing (apt-get install python3-jsonschema)"
T=$tmp
printf '各位委员：\n推动中国式现代化的的实践,取得成效“二O二五年。\n' > "$T/draft with space.txt"
"$V" --format sarif "$T/draft with space.txt" "$CPPCC_SOURCE/tests/drafts/base/qingchuan-cppcc-2025.txt" > "$T/out.sarif"
check_eq "sarif run exit" 1 $?
[ "$fail" -eq 0 ] || finish  # no SARIF worth checking: stop here, as before
python3 - "$SCHEMA" "$T/out.sarif" <<'PY'
import json, sys, jsonschema
schema = json.load(open(sys.argv[1]))
log = json.load(open(sys.argv[2]))
jsonschema.validate(log, schema)
run = log["runs"][0]
results = run["results"]
assert run["tool"]["driver"]["name"] == "cppcc-validate"
assert len(run["tool"]["driver"]["rules"]) >= 30
assert {r["ruleId"] for r in results} >= {"T001", "P003", "P001", "N010"}, results
t001 = next(r for r in results if r["ruleId"] == "T001")
assert t001["locations"][0]["physicalLocation"]["region"]["startLine"] == 2
assert t001["locations"][0]["physicalLocation"]["region"]["startColumn"] == 9
assert "fixes" in t001
assert run["tool"]["driver"]["rules"][t001["ruleIndex"]]["id"] == "T001"
print(len(results), "results")
PY
check_status "SARIF 2.1.0 valid, with the expected results" $?
finish
