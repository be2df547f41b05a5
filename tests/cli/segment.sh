#!/usr/bin/env bash
# cppcc-segment from the command line: words, one line per line, JSON offsets,
# user dictionaries, errors and exit codes.
set -u
. "$(dirname "$0")/lib.sh"
bin="$CPPCC_BIN"

printf '江门市政协收集社情民意\n\n2001年增长20％，推进百千万工程\n' > "$tmp/in.txt"
"$bin/cppcc-segment" "$tmp/in.txt" > "$tmp/out"; rc=$?
check "exit 0" '[ $rc -eq 0 ]'
check "one output line per input line" '[ "$(wc -l < "$tmp/out")" -eq 3 ]'
check "empty line stays empty" '[ -z "$(sed -n 2p "$tmp/out")" ]'
check "domain terms whole" 'grep -q "社情民意" "$tmp/out" && grep -q " 百千万工程$" "$tmp/out"'
check "PKU numbers" 'sed -n 3p "$tmp/out" | grep -q "^2001年 .* 20％ ，"'
check "words joined gives the input back" '[ "$(tr -d " " < "$tmp/out")" = "$(cat "$tmp/in.txt")" ]'

printf '江门市政协收集社情民意' | "$bin/cppcc-segment" - > "$tmp/stdin.out"; rc=$?
check "stdin" '[ $rc -eq 0 ] && [ "$(cat "$tmp/stdin.out")" = "$(head -1 "$tmp/out")" ]'

"$bin/cppcc-segment" --format json "$tmp/in.txt" > "$tmp/out.json"; rc=$?
check "json exit 0" '[ $rc -eq 0 ]'
check "json offsets slice the input" '/usr/bin/python3 - "$tmp/in.txt" "$tmp/out.json" <<PY
import json, sys
text = open(sys.argv[1], "rb").read()
doc = json.loads(open(sys.argv[2], encoding="utf-8").read())
toks = doc["tokens"]
assert all(text[t["begin"]:t["end"]].decode() == t["text"] for t in toks), "offsets"
assert {"word", "number", "punct"} <= {t["type"] for t in toks}, "types"
assert any(t["text"] == "社情民意" and t["line"] == 1 for t in toks)
PY'

printf '# user terms\n邑商侨韵行动 100 nz\n' > "$tmp/user.dict"
printf '推进邑商侨韵行动计划\n' | "$bin/cppcc-segment" --dict "$tmp/user.dict" > "$tmp/user.out"; rc=$?
check "user dictionary term whole" '[ $rc -eq 0 ] && grep -q "邑商侨韵行动" "$tmp/user.out"'

printf '好词 10\n坏词 1x\n' > "$tmp/bad.dict"
printf '江门\n' | "$bin/cppcc-segment" --dict "$tmp/bad.dict" > /dev/null 2> "$tmp/err"; rc=$?
check "bad dictionary exits 2 naming file:line" '[ $rc -eq 2 ] && grep -q "bad.dict:2" "$tmp/err"'

"$bin/cppcc-segment" "$tmp/missing.txt" > /dev/null 2> "$tmp/err"; rc=$?
check "missing input exits 2" '[ $rc -eq 2 ] && grep -q "missing.txt" "$tmp/err"'

"$bin/cppcc-segment" --format xml "$tmp/in.txt" > /dev/null 2>&1; rc=$?
check "bad --format is a usage error" '[ $rc -eq 2 ]'

printf '\xd5\xfe\xd0\xad\xce\xaf\xd4\xb1\xc9\xe7\xc7\xe9\xc3\xf1\xd2\xe2\n' > "$tmp/gbk.txt"  # 政协委员社情民意 in GB18030
"$bin/cppcc-segment" --encoding gb18030 "$tmp/gbk.txt" > "$tmp/gbk.out"; rc=$?
check "--encoding gb18030" '[ $rc -eq 0 ] && grep -q "^政协委员 社情民意$" "$tmp/gbk.out"'

printf '推进社情民意工作，社情\n民意收集和民主监督。\n' > "$tmp/wrapped.txt"
"$bin/cppcc-segment" --keywords 2 "$tmp/wrapped.txt" > "$tmp/kw.out"; rc=$?
check "--keywords counts over reflowed lines" '[ $rc -eq 0 ] && [ "$(head -1 "$tmp/kw.out")" = "$(printf "社情民意\t2")" ] && [ "$(wc -l < "$tmp/kw.out")" -eq 2 ]'

finish
