#!/usr/bin/env bash
# cppcc-diff over the national government reports 2016-2020: a table of
# indicators by year with the targets a reader looks for (GDP growth, urban
# jobs, CPI) matched across the years, in CSV, JSON and HTML.
set -u
. "$(dirname "$0")/lib.sh"
bin="${CPPCC_BIN:?}/cppcc-diff"
corpus="${CPPCC_SHARED:-}/corpus"
require_tool "$bin"
require_file "$corpus/gov-report-national-2016.txt" "corpus"

# Given out of order on purpose: the series is sorted by report year.
files=("$corpus/gov-report-national-2018.txt" "$corpus/gov-report-national-2016.txt"
       "$corpus/gov-report-national-2017.txt" "$corpus/gov-report-national-2020.txt"
       "$corpus/gov-report-national-2019.txt")
"$bin" --format csv --wide "${files[@]}" >"$tmp/series.csv"
check_status "series csv --wide exits 0" $?
python3 - "$tmp/series.csv" <<'PY'
import csv, sys
rows = list(csv.reader(open(sys.argv[1], encoding="utf-8", newline="")))
head, body = rows[0], rows[1:]
cols = {h: i for i, h in enumerate(head)}
years = [int(y) for y in head[4:] if not y.endswith("_max")]
assert years == sorted(years) and 2016 in years and 2020 in years, years
def find(words, kind):
    for r in body:
        if r[1] == kind and all(w in r[0] for w in words):
            return r
    return None
for words, unit in [(["国内生产总值"], "%"), (["城镇新增就业"], "人"), (["居民消费价格"], "%")]:
    r = find(words, "target")
    assert r is not None, ("no target row", words)
    assert r[2] == unit, (words, r)
    filled = [r[cols[str(y)]] for y in years if r[cols[str(y)]]]
    assert len(filled) >= 4, (words, r)
    for c in r[4:]:
        if c: float(c)   # numeric cells only: a range is YEAR and YEAR_max
gdp = find(["国内生产总值"], "target")
assert gdp[cols["2017"]] == "6.5", gdp                      # 6.5%左右
assert (gdp[cols["2019"]], gdp[cols["2019_max"]]) == ("6", "6.5"), gdp   # 6%-6.5%
jobs = find(["城镇新增就业"], "target")
assert jobs[cols["2018"]] == "11000000", jobs              # 1100万人以上
PY
check_status "wide: GDP, urban jobs and CPI targets matched across the years, numeric cells" $?

# The long (tidy) table, the default: one row per indicator and year, numeric
# value columns, CRLF line ends (RFC 4180), --bom for Excel.
"$bin" --format csv "${files[@]}" >"$tmp/long.csv"
check_status "series csv (long) exits 0" $?
"$bin" --format csv --bom "${files[@]}" >"$tmp/long-bom.csv"
check_status "series csv --bom exits 0" $?
python3 - "$tmp/long.csv" "$tmp/long-bom.csv" <<'PY'
import csv, sys
raw = open(sys.argv[1], "rb").read()
assert raw.count(b"\n") == raw.count(b"\r\n") > 10, "CRLF line ends"
assert open(sys.argv[2], "rb").read() == b"\xef\xbb\xbf" + raw, "--bom adds the byte-order mark"
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8", newline="")))
assert list(rows[0].keys()) == ["report", "year", "region", "genre", "indicator", "kind", "period", "value",
                                "value_max", "unit", "qualifier", "is_target", "status", "file", "line"], rows[0].keys()
for r in rows:
    float(r["value"])
    if r["value_max"]: assert float(r["value_max"]) > float(r["value"]), r
    int(r["year"]); int(r["line"])
    assert r["is_target"] in ("true", "false") and r["file"].endswith(".txt"), r
    assert r["genre"] == "government-work-report", r
# No junk rows: a comparison, a fragment.
names = {r["indicator"] for r in rows}
for junk in ["比去年增加", "比上年增加", "中国人", "地市"]:
    assert junk not in names, junk
# One row per indicator identity and year.
keys = [(r["indicator"], r["unit"], r["kind"], r["is_target"], r["year"]) for r in rows]
dup = {k for k in keys if keys.count(k) > 1}
# The same name may head two rows of different measures (a rate and a growth),
# never two values of one identity in one year of one kind.
assert not dup, dup
gdp = [r for r in rows if r["indicator"] == "国内生产总值增长" and r["is_target"] == "true"]
g2019 = [r for r in gdp if r["year"] == "2019"]
assert g2019 and (g2019[0]["value"], g2019[0]["value_max"]) == ("6", "6.5"), g2019
assert g2019[0]["file"].endswith("gov-report-national-2019.txt") and int(g2019[0]["line"]) > 1
# 2017's urban jobs outcome is the year's 1351万, not the five-year total of the 2018 review.
jobs = [r for r in rows if r["indicator"] == "城镇新增就业" and r["is_target"] == "false" and r["year"] == "2017"]
assert jobs and jobs[0]["value"] == "13510000", jobs
PY
check_status "long csv: columns, numeric values, CRLF, BOM, no junk rows, one row per identity and year" $?
"$bin" --format json "${files[@]}" >"$tmp/series.json"
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["schema"]=="cppcc-series/1" and len(d["rows"])>=3' "$tmp/series.json"
check_status "series json" $?
"$bin" --format html -o "$tmp/series.html" "${files[@]}"
check_status "series html exits 0" $?
grep -q "<polyline" "$tmp/series.html"
check_status "series html has charts" $?
finish
