#!/usr/bin/env bash
# cppcc-diff on the seed report: itself (no change, exit 0), a copy with one
# figure changed (exactly that change, exit 1), a copy with two sections
# swapped (a move, not a delete and an add), the plan targets, and trouble (exit 2).
set -u
. "$(dirname "$0")/lib.sh"
bin="${CPPCC_BIN:?}/cppcc-diff"
seed="${CPPCC_SHARED:-}/corpus/jiangmen-cppcc-2025.txt"
require_tool "$bin"
require_file "$seed" "seed report"

# 1. Itself: no change.
"$bin" "$seed" "$seed" >"$tmp/self.txt"
check_status "self diff exits 0" $?
grep -q "No differences." "$tmp/self.txt"
check_status "self diff says no differences" $?
"$bin" --format json "$seed" "$seed" >"$tmp/self.json"
check_status "self diff json exits 0" $?
python3 - "$tmp/self.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
assert d["schema"] == "cppcc-diff/1" and d["has_differences"] is False
assert all(s["change"] == "matched" and not s["text_changed"] for s in d["sections"]), "a section changed"
assert len(d["sections"]) >= 10, len(d["sections"])
assert all(f["change"] == "unchanged" for f in d["figures"]), "a figure changed"
assert len(d["figures"]) >= 20, len(d["figures"])
assert not d["keywords"]["rising"] and not d["keywords"]["falling"]
PY
check_status "self diff json has every section matched and every figure unchanged" $?

# 2. One figure changed: 立案交办提案314件 → 315件 (line 61 of the seed).
sed '61s/314件/315件/' "$seed" >"$tmp/one-figure.txt"
"$bin" --format json "$seed" "$tmp/one-figure.txt" >"$tmp/one.json"
check_status "one figure changed exits 1" $(( $? == 1 ? 0 : 1 ))
python3 - "$tmp/one.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
changed = [f for f in d["figures"] if f["change"] != "unchanged"]
assert len(changed) == 1, changed
f = changed[0]
assert f["change"] == "changed" and f["old"]["value"] == 314 and f["new"]["value"] == 315 and f["delta"] == 1, f
assert f["unit"] == "件", f
moved = [s for s in d["sections"] if s["change"] != "matched"]
assert not moved, moved
texts = [s for s in d["sections"] if s["text_changed"]]
assert len(texts) == 1, len(texts)
edits = [e for e in texts[0]["edits"] if e["op"] != "equal"]
assert [e["op"] for e in edits] == ["delete", "insert"], edits
assert "314" in edits[0]["text"] and "315" in edits[1]["text"], edits
assert not d["keywords"]["rising"] and not d["keywords"]["falling"]
assert not d["metadata"] and not d["formulations"]["added"] and not d["formulations"]["dropped"]
PY
check_status "one figure changed shows exactly that change" $?
"$bin" --color never "$seed" "$tmp/one-figure.txt" >"$tmp/one.txt"
grep -q "314件 → 315件" "$tmp/one.txt"
check_status "text output names the changed figure" $?

# 3. Sections 二、 (lines 119-167) and 三、 (168-237) swapped and renumbered,
#    as a later year's report reorders them.
{ sed -n '1,118p' "$seed"; sed -n '168s/^三、/二、/;168,237p' "$seed"; sed -n '119s/^二、/三、/;119,167p' "$seed";
  sed -n '238,$p' "$seed"; } >"$tmp/swapped.txt"
"$bin" --format json "$seed" "$tmp/swapped.txt" >"$tmp/swap.json"
check_status "swapped sections exit 1" $(( $? == 1 ? 0 : 1 ))
python3 - "$tmp/swap.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
kinds = [s["change"] for s in d["sections"]]
assert kinds.count("moved") >= 1, kinds
assert "added" not in kinds and "removed" not in kinds, kinds
moved = [s for s in d["sections"] if s["change"] == "moved"]
assert any(s["new"]["heading"].startswith(("开展庆祝", "围绕粤港澳")) for s in moved), moved
assert not any(f["change"] in ("changed", "added", "dropped") for f in d["figures"])
PY
check_status "swapped sections show a move, not a delete and an add" $?

# 4. The seed's plan targets come out as targets to check.
python3 - "$tmp/self.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
got = {(t["target"]["value"], t["target"]["unit"]) for t in d["targets"]}
for want in [(8, "项"), (16, "项"), (80, "条")]:
    assert want in got, (want, got)
eights = [t for t in d["targets"] if t["target"]["value"] == 8 and t["target"]["unit"] == "项"]
assert len(eights) >= 2, eights
assert all(t["year"] == 2025 for t in d["targets"]), d["targets"]
PY
check_status "seed plan targets 8项 8项 16项 80条 listed" $?

# 4b. A real provincial pair: the target changes come first, a qualifier or
#     range change counts (5%左右 → 4.5%—5%), lines stay short; a CPPCC report
#     against a government report is warned about on stderr and in the JSON.
old_gd="${CPPCC_SHARED:-}/corpus/gov-report-guangdong-2025.txt"
new_gd="${CPPCC_SHARED:-}/corpus/gov-report-guangdong-2026.txt"
require_file "$new_gd" "Guangdong 2026 report"
"$bin" "$old_gd" "$new_gd" >"$tmp/gd.txt" 2>"$tmp/gd.err"
check_status "guangdong pair exits 1" $(( $? == 1 ? 0 : 1 ))
"$bin" --format json "$old_gd" "$new_gd" >"$tmp/gd.json" 2>/dev/null
"$bin" --full "$old_gd" "$new_gd" >"$tmp/gd-full.txt" 2>/dev/null
"$bin" --explain-pairs "$old_gd" "$new_gd" >"$tmp/gd-why.txt" 2>/dev/null
python3 - "$tmp/gd.txt" "$tmp/gd.json" "$tmp/gd.err" "$tmp/gd-full.txt" "$tmp/gd-why.txt" <<'PY'
import json, sys
raw = open(sys.argv[1], encoding="utf-8").read()
text = raw.split("\n")
titles = [l for l in text[2:] if l and not l.startswith(" ")]
# The headline block: target changes, last year's targets, largest changes.
assert titles[0].startswith("Target changes 2025 → 2026:"), titles[:4]
assert titles[1].startswith("Last year's targets (2025):"), titles[:4]
assert titles[2].startswith("Largest changes among comparable figures (10 of "), titles[:4]
assert max(map(len, text)) <= 161, max(map(len, text))
assert len(raw.encode()) < 30000 and len(text) < 300, (len(raw.encode()), len(text))
assert "more, --full shows all" in raw
full = open(sys.argv[4], encoding="utf-8").read()
assert "--full shows all" not in full and len(full) > 2 * len(raw), (len(full), len(raw))
assert max(map(len, full.split("\n"))) <= 161
why = open(sys.argv[5], encoding="utf-8").read().split("\n")
gdp = [i for i, l in enumerate(why) if l.lstrip().startswith("range-changed") and "地区生产总值增长" in l]
assert gdp and why[gdp[0] + 1].strip().startswith("why: same-indicator 1 (地区生产总值增长), unit % (percent), 增长, 2025→2026"), \
    why[gdp[0]:gdp[0] + 2]
d = json.load(open(sys.argv[2]))
gdp = [t for t in d["target_changes"] if t["indicator"] == "地区生产总值增长"]
assert gdp and gdp[0]["change"] == "range-changed", gdp
assert gdp[0]["old"]["value"] == 5 and gdp[0]["new"]["value_max"] == 5, gdp
assert any(t["change"] == "qualifier-changed" for t in d["target_changes"])
assert d["warnings"] == [], d["warnings"]
assert open(sys.argv[3]).read() == ""
# Every pairing says why, in the JSON.
paired = [f for f in d["figures"] if f["old"] and f["new"]]
assert paired and all(f["pairing"]["unit"] == f["unit"] for f in paired)
assert all(f["pairing"] is None for f in d["figures"] if not (f["old"] and f["new"]))
assert all(t["pairing"]["period"] == "2025" for t in d["targets"] if t["outcome"])
PY
check_status "guangdong: headline block first, range and qualifier changes, bounded length, pairings explained" $?
"$bin" --format json "$seed" "$new_gd" >"$tmp/genres.json" 2>"$tmp/genres.err"
grep -q "cppcc-diff: warning: the reports are of different genres" "$tmp/genres.err"
check_status "a CPPCC report against a government report warns on stderr" $?
python3 -c 'import json,sys; w=json.load(open(sys.argv[1]))["warnings"]; assert "genre" in [x["code"] for x in w], w' \
  "$tmp/genres.json"
check_status "the genre warning is in the JSON" $?

# 4c. The HTML page is named after the reports, and no colour says up is good.
"$bin" --format html "$old_gd" "$new_gd" >"$tmp/gd.html" 2>/dev/null
grep -q "<title>2025年广东省政府工作报告 → 2026年广东省政府工作报告 — cppcc-diff</title>" "$tmp/gd.html"
check_status "html page title names the reports" $?
grep -q "▲ " "$tmp/gd.html" && ! grep -q "#2e8b57\|#c0392b\|\.up{color:#0a7a2f}" "$tmp/gd.html"
check_status "html shows direction by arrows, not by green and red" $?

# 5. Every JSON output is valid against the published schema.
# The schema's "$id" is absolute: Debian 12's jsonschema (4.10) cannot resolve
# "#/$defs/..." against a relative one.
python3 - "${CPPCC_SOURCE:-$(dirname "$0")/../..}/scripts/diff/diff.schema.json" "$tmp"/*.json <<'PY'
import json, sys, jsonschema
schema = json.load(open(sys.argv[1]))
validator = jsonschema.Draft202012Validator(schema)
validator.check_schema(schema)
for path in sys.argv[2:]:
    validator.validate(json.load(open(path)))
PY
check_status "json outputs match scripts/diff/diff.schema.json" $?

# 6. Trouble: a missing file, a bad option.
"$bin" "$seed" "$tmp/missing.txt" >/dev/null 2>"$tmp/err.txt"
check_status "missing file exits 2" $(( $? == 2 ? 0 : 1 ))
grep -q "cppcc-diff: error:" "$tmp/err.txt"
check_status "missing file is reported on stderr" $?
"$bin" --format csv "$seed" "$seed" >/dev/null 2>&1
check_status "csv for a pair exits 2" $(( $? == 2 ? 0 : 1 ))
finish
