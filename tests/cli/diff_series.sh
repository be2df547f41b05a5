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
"$bin" --format csv "${files[@]}" >"$tmp/series.csv"
check_status "series csv exits 0" $?
python3 - "$tmp/series.csv" <<'PY'
import csv, sys
rows = list(csv.reader(open(sys.argv[1], encoding="utf-8")))
head, body = rows[0], rows[1:]
years = [int(y) for y in head[4:]]
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
    filled = [c for c in r[4:] if c]
    assert len(filled) >= 4, (words, r)
gdp = find(["国内生产总值"], "target")
by_year = dict(zip(years, gdp[4:]))
assert by_year.get(2017, "").startswith("6.5"), by_year   # 6.5%左右
assert by_year.get(2019, "").startswith("6"), by_year     # 6%-6.5%
jobs = find(["城镇新增就业"], "target")
by_year = dict(zip(years, jobs[4:]))
assert by_year.get(2018) == "11000000", by_year           # 1100万人以上
PY
check_status "GDP, urban jobs and CPI targets matched across the years" $?
"$bin" --format json "${files[@]}" >"$tmp/series.json"
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["schema"]=="cppcc-series/1" and len(d["rows"])>=3' "$tmp/series.json"
check_status "series json" $?
"$bin" --format html -o "$tmp/series.html" "${files[@]}"
check_status "series html exits 0" $?
grep -q "<polyline" "$tmp/series.html"
check_status "series html has charts" $?
finish
