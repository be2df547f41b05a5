#!/usr/bin/env bash
# Installs the build in CPPCC_BUILD into a fresh prefix, then builds
# tests/consumer/ against it twice, with find_package(cppcc) and with
# pkg-config, and runs both on data/sample/sample-report.txt. Also checks what
# the install holds: headers, cppcc.pc, man pages and completions.
set -u
here=$(cd "$(dirname "$0")" && pwd)
. "$here/../cli/lib.sh"
build=${CPPCC_BUILD:?set CPPCC_BUILD to the build directory}
source_dir=${CPPCC_SOURCE:-$here/../..}
sample="$source_dir/data/sample/sample-report.txt"
prefix="$tmp/prefix"

cmake --install "$build" --prefix "$prefix" >"$tmp/install.log" 2>&1
check_status "cmake --install into a fresh prefix" $?
libdir=$(dirname "$(find "$prefix" -name cppcc.pc -print -quit)")/..
check "version.h installed" '[ -f "$prefix/include/cppcc/version.h" ]'
check "report.h installed" '[ -f "$prefix/include/cppcc/report.h" ]'
check "cppccConfig.cmake installed" '[ -n "$(find "$prefix" -name cppccConfig.cmake)" ]'
check "cppccConfigVersion.cmake installed" '[ -n "$(find "$prefix" -name cppccConfigVersion.cmake)" ]'
check "libcppcc installed" '[ -n "$(find "$prefix" -name "libcppcc.*")" ]'
for tool in cppcc-extract cppcc-validate cppcc-diff cppcc-segment; do
  check "$tool installed" '[ -x "$prefix/bin/$tool" ]'
  check "$tool.1 installed" '[ -f "$prefix/share/man/man1/$tool.1" ]'
  check "$tool completion installed" '[ -f "$prefix/share/bash-completion/completions/$tool" ]'
done
check "data installed" '[ -f "$prefix/share/cppcc/data/README.md" ]'
check "docs installed" '[ -f "$prefix/share/doc/cppcc/library.md" ]'

want=$("$build/bin/cppcc-extract" --select metadata,quantities --format jsonl "$sample" |
       /usr/bin/python3 -c 'import json,sys; r=json.load(sys.stdin); print("genre: %s\nquantities: %d" % (r["metadata"]["genre"], len(r["quantities"])))')

# 1. CMake: find_package(cppcc) from the prefix, in a project outside the tree.
# A sanitized libcppcc (CPPCC_SANITIZE) needs its consumer linked with the sanitizer runtime.
flags=${CPPCC_CONSUMER_FLAGS:-}
cmake -S "$here" -B "$tmp/cmake-build" -DCMAKE_PREFIX_PATH="$prefix" -DCMAKE_BUILD_TYPE=Release \
  -DCMAKE_CXX_FLAGS="$flags" -DCMAKE_EXE_LINKER_FLAGS="$flags" \
  >"$tmp/cmake.log" 2>&1 && cmake --build "$tmp/cmake-build" >>"$tmp/cmake.log" 2>&1
status=$?
[ $status -eq 0 ] || cat "$tmp/cmake.log"
check_status "consumer builds with find_package(cppcc)" $status
got=$("$tmp/cmake-build/consumer" "$sample" "$sample" 2>&1)
check_eq "find_package consumer prints genre and quantities" "$want" "$(head -n 2 <<<"$got")"
check "find_package consumer lints" 'grep -q "^findings: [0-9]" <<<"$got"'
check "find_package consumer renders JSON" 'grep -q "^{\"schema\":\"cppcc-report/1\"" <<<"$got"'
check "find_package consumer diffs" 'grep -q "^differences: no" <<<"$got"'
check "find_package consumer reports the library version" 'grep -q "^library [0-9.]*, header [0-9.]*$" <<<"$got"'

# 2. pkg-config: the same program, compiled by hand.
export PKG_CONFIG_PATH="$libdir/pkgconfig"
cflags=$(pkg-config --cflags cppcc) && libs=$(pkg-config --libs cppcc)
check_status "pkg-config knows cppcc" $?
${CXX:-c++} -std=c++20 -O1 $flags $cflags "$here/main.cc" -o "$tmp/pc-consumer" $libs >"$tmp/pc.log" 2>&1
status=$?
[ $status -eq 0 ] || cat "$tmp/pc.log"
check_status "consumer builds with pkg-config --cflags --libs cppcc" $status
got=$(LD_LIBRARY_PATH="$libdir${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" "$tmp/pc-consumer" "$sample" 2>&1)
check_eq "pkg-config consumer prints genre and quantities" "$want" "$(head -n 2 <<<"$got")"

# 3. add_subdirectory: nothing forced on the parent (configure only: building
#    would compile the library a second time).
cmake -S "$here/parent" -B "$tmp/parent-build" -DCPPCC_SOURCE_DIR="$source_dir" >"$tmp/parent.log" 2>&1
status=$?
[ $status -eq 0 ] || cat "$tmp/parent.log"
check_status "a parent project configures with add_subdirectory" $status
check "the parent's build type and launcher are left alone, no install rules" \
  'grep -q "parent: CMAKE_BUILD_TYPE=\[\] CMAKE_CXX_COMPILER_LAUNCHER=\[\] CPPCC_INSTALL=\[OFF\]" "$tmp/parent.log"'

# docs/library.md shows this very program, so its example compiles and runs.
doc_example=$(sed -n '/^```cpp$/,/^```$/p' "$source_dir/docs/library.md" | sed '1d;$d' |
              awk '/^```/{exit} {print}')
check_eq "docs/library.md's example is tests/consumer/main.cc" "$(cat "$here/main.cc")" "$doc_example"
finish
