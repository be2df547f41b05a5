#!/usr/bin/env bash
# Every lint rule has its source, doc page, tests and an injected mistake.
set -u
python3 "$CPPCC_SOURCE/scripts/check_rules.py" "$CPPCC_SOURCE"
