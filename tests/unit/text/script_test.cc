// detect_script: a consistently Traditional copy is "traditional", one stray
// Traditional character in Simplified text makes it "mixed" (T005 then fires).
#include <doctest/doctest.h>

#include "cppcc/normalize.h"

TEST_SUITE("text") {
  TEST_CASE("detect_script tells Simplified, Traditional and mixed text apart") {
    CHECK(cppcc::detect_script("深刻领悟两个确立的决定性意义。") == cppcc::Script::kSimplified);
    CHECK(cppcc::detect_script("深刻領悟兩個確立的決定性意義。") == cppcc::Script::kTraditional);
    CHECK(cppcc::detect_script("深刻领悟两个确立的决定性意義。") == cppcc::Script::kMixed);
    CHECK(cppcc::script_name(cppcc::Script::kTraditional) == "traditional");
  }
}
