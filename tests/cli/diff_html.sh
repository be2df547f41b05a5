#!/usr/bin/env bash
# The HTML page as a reader sees it: rendered by headless Chromium (see
# scripts/check_diff_html.sh). Skipped when chromium or the corpus is absent,
# except in CI, where that is a failure (lib.sh's skip).
set -u
. "$(dirname "$0")/lib.sh"
bash "${CPPCC_SOURCE:?}/scripts/check_diff_html.sh" "${CPPCC_BIN:?}"
rc=$?
[ "$rc" -eq 77 ] && skip "scripts/check_diff_html.sh could not run (see above)"
exit "$rc"
