#!/usr/bin/env bash
# Compares cppcc-validate with AutoCorrect (npm autocorrect-node) and zhlint (npm zhlint)
# on the drafts with injected mistakes of tests/drafts/injections.tsv, and prints caught /
# missed / false findings for each.
#
#   scripts/compare_linters.sh [BUILD_DIR]     # default build/
#
# The npm packages are installed into $CPPCC_LINTERS_PREFIX (default
# ${TMPDIR:-/tmp}/cppcc-linters), never into the repository. Needs node/npm and python3.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${1:-$ROOT/build}
V="$BUILD/bin/cppcc-validate"
SHARED=${CPPCC_SHARED:-$(dirname "$ROOT")/shared}
PREFIX=${CPPCC_LINTERS_PREFIX:-${TMPDIR:-/tmp}/cppcc-linters}
[ -x "$V" ] || { echo "build cppcc-validate first ($V)" >&2; exit 2; }
command -v npm >/dev/null || { echo "npm not found" >&2; exit 2; }

if [ ! -d "$PREFIX/node_modules/autocorrect-node" ] || [ ! -d "$PREFIX/node_modules/zhlint" ]; then
  echo "installing autocorrect-node and zhlint into $PREFIX" >&2
  mkdir -p "$PREFIX"
  npm install --silent --no-audit --no-fund --prefix "$PREFIX" autocorrect-node zhlint >&2
fi

WORK=$(mktemp -d)
[ -n "${KEEP_WORK:-}" ] && echo "work dir: $WORK" >&2 || trap 'rm -rf "$WORK"' EXIT
python3 "$ROOT/scripts/lint/make_drafts.py" "$WORK/drafts" --shared "$SHARED"
# The clean base texts, to count findings that are not mistakes.
mkdir -p "$WORK/drafts/clean"
: > "$WORK/drafts/bases.tsv"
while IFS=$'\t' read -r id base _; do
  case "$id" in \#*|id|"") continue ;; esac
  kind=${base%%:*}; name=${base#*:}
  if [ "$kind" = draft ]; then src="$ROOT/tests/drafts/base/$name"; else src="$SHARED/corpus/$name"; fi
  [ -f "$src" ] || continue
  [ -f "$WORK/drafts/clean/$name" ] || cp "$src" "$WORK/drafts/clean/$name"
  printf '%s\t%s\n' "$id" "$WORK/drafts/clean/$name" >> "$WORK/drafts/bases.tsv"
done < "$ROOT/tests/drafts/injections.tsv"

FINDINGS="$WORK/findings.jsonl"
files=("$WORK"/drafts/*.txt "$WORK"/drafts/clean/*.txt)
"$V" --no-config --format json "${files[@]}" | python3 -c '
import json, sys
for f in json.load(sys.stdin)["files"]:
    for d in f["diagnostics"]:
        print(json.dumps({"tool": "cppcc-validate", "file": f["path"], "line": d["line"], "column": d["column"],
                          "message": d["code"] + " " + d["message"]}, ensure_ascii=False))
' > "$FINDINGS" || true
NODE_PATH="$PREFIX/node_modules" node "$ROOT/scripts/lint/run_js_linters.js" "${files[@]}" >> "$FINDINGS"
python3 "$ROOT/scripts/lint/score_linters.py" "$WORK/drafts" "$FINDINGS"
