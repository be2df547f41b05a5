// tests/lint/legitimate-doubles.txt: text that repeats a character or a word on
// purpose (实事求是是, 很紧很紧, 研究研究). --fix must leave every phrase as it
// is, and neither T001 nor T002 may report it.
#include <doctest/doctest.h>

#include <filesystem>
#include <sstream>

#include "lint_test_util.h"
#include "test_support.h"

namespace fs = std::filesystem;

TEST_SUITE("lint") {
  TEST_CASE("--fix changes no legitimate doubling and T001/T002 stay silent on it") {
    std::istringstream in(
        cppcc::test::read_file(fs::path(CPPCC_TEST_SOURCE_DIR) / "tests" / "lint" / "legitimate-doubles.txt"));
    std::string line;
    size_t phrases = 0;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == '#') continue;
      const std::string phrase = line.substr(0, line.find('\t'));
      CAPTURE(phrase);
      ++phrases;
      const auto src = cppcc::SourceText::from_utf8("doubles.txt", phrase + "\n");
      const auto found = cppcc::lint(src);
      CHECK(cppcc::test::positions_of(src, found, "T001").empty());
      CHECK(cppcc::test::positions_of(src, found, "T002").empty());
      const auto fixed = cppcc::apply_fixes(src, found);
      REQUIRE(fixed.ok());
      CHECK(fixed->text == phrase + "\n");
    }
    CHECK(phrases >= 20);
  }
}
