#!/usr/bin/env bash
# Installs the Debian packages the build needs (with --tests, also those of the
# tests), then builds.
#   scripts/setup.sh            # Release build in build/
#   scripts/setup.sh --tests    # also what only the tests need (scripts/test.sh does this)
#   BUILD_DIR=b CMAKE_ARGS="-DCPPCC_SANITIZE=ON" scripts/setup.sh
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(
  cmake g++ make pkg-config ccache
  libicu-dev libutf8proc-dev libfmt-dev libcli11-dev doctest-dev nlohmann-json3-dev
  libzip-dev libpugixml-dev       # .docx input: unzip word/document.xml and parse it
  libxml2-dev                     # .docx input: stream word/document.xml (xmlTextReader), bounded memory and depth
  libgumbo-dev                    # .html input: HTML5 parser that keeps each text node's source offset
  libpoppler-cpp-dev              # .pdf input: the text layer of each page
  libopencc-dev                   # canonical view: Traditional → Simplified, phrase-level with HK/TW variants (lib/src/text/simplified.cc)
  libssl-dev                      # SHA-256 of each input (OpenSSL libcrypto, uses the CPU's SHA instructions)
  python3 python3-jsonschema      # contract and SARIF schema checks in the tests
  python3-jieba                   # its dict.txt becomes the segmenter's general vocabulary at build time
  libtomlplusplus-dev             # .cppcc-validate.toml read by a real TOML parser (toml++ v3, used header-only)
  libsqlite3-dev                  # cppcc-extract --format sqlite: the corpus database (lib/src/store)
  help2man                        # man pages of the tools, written from their --help at build time
  sqlite3                         # tests: query the corpus database as a user would
  pre-commit git python3-yaml     # tests: run .pre-commit-hooks.yaml with pre-commit try-repo (offline)
)
# Only the tests use these: the HTML diff page is rendered in a browser with CJK fonts.
TEST_PACKAGES=(chromium fonts-noto-cjk opencc)  # opencc: scripts/equivalence.py writes Traditional copies
[ "${1:-}" = --tests ] && PACKAGES+=("${TEST_PACKAGES[@]}")
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

BUILD_DIR=${BUILD_DIR:-build}
cmake -S . -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=${BUILD_TYPE:-Release} ${CMAKE_ARGS:-} >/dev/null
cmake --build "$BUILD_DIR" -j"$(nproc)"
