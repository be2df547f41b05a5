#!/usr/bin/env bash
# The HTML page as a reader sees it: rendered by headless Chromium (skipped,
# exit 77, when chromium or the corpus is absent). See scripts/check_diff_html.sh.
set -u
exec bash "${CPPCC_SOURCE:?}/scripts/check_diff_html.sh" "${CPPCC_BIN:?}"
