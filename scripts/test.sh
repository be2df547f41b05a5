#!/usr/bin/env bash
# Sets up (with the test-only packages), builds and runs every test (unit +
# command-line). Exit 0 = all passed.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --tests
BUILD_DIR=${BUILD_DIR:-build}
ctest --test-dir "$BUILD_DIR" --output-on-failure -j"$(nproc)"
