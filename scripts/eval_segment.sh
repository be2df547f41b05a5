#!/usr/bin/env bash
# Measures cppcc-segment against jieba (python3-jieba, precise mode) and ICU's
# word break iterator on the SIGHAN 2005 PKU and MSR test sets: word
# precision, recall, F1 and OOV recall (the icwb2 `score` definition), MB/s,
# and cppcc-segment's startup time. Prints one table.
#
#   scripts/eval_segment.sh [BUILD_DIR]     (default: build/ in the checkout)
# Env: CPPCC_SHARED (default ../shared beside the checkout), RUNS (timing runs, default 3).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
build="${1:-$root/build}"
shared="${CPPCC_SHARED:-$root/../shared}"
icwb2="$shared/testdata/icwb2"
if [[ ! -d "$icwb2/gold" ]]; then
  echo "eval_segment: $icwb2 not found (set CPPCC_SHARED)" >&2
  exit 2
fi

work="$build/eval-segment"
mkdir -p "$work"
if ! { [[ -f "$build/CMakeCache.txt" ]] || cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release; } \
     >"$work/build.log" 2>&1 ||
   ! cmake --build "$build" --target cppcc-segment -j2 >>"$work/build.log" 2>&1; then
  tail -20 "$work/build.log" >&2
  echo "eval_segment: building cppcc-segment failed (log: $work/build.log)" >&2
  exit 2
fi
icu="$work/icu_wordbreak"
if [[ ! -x "$icu" || "$here/segment/icu_wordbreak.cc" -nt "$icu" ]]; then
  # shellcheck disable=SC2046
  g++ -std=c++17 -O2 "$here/segment/icu_wordbreak.cc" -o "$icu" $(pkg-config --cflags --libs icu-uc icu-i18n)
fi

exec /usr/bin/python3 "$here/segment/eval.py" --segment "$build/bin/cppcc-segment" --icu "$icu" \
  --jieba "$here/segment/jieba_segment.py" --scorer "$here/segment/score.py" --icwb2 "$icwb2" \
  --work "$work" --runs "${RUNS:-3}"
