// One driver for tests/rules/<name>/: fail.txt must give exactly the findings
// of expected.txt (line:column) for that rule, pass.txt none; where fixed.txt
// stands beside them, the rule's own fixes turn fail.txt into it.
#include <doctest/doctest.h>

#include <filesystem>
#include <set>
#include <sstream>

#include "lint_test_util.h"
#include "test_support.h"

namespace fs = std::filesystem;

namespace {

std::vector<std::pair<uint32_t, uint32_t>> read_expected(const fs::path& p) {
  std::vector<std::pair<uint32_t, uint32_t>> out;
  std::istringstream in(cppcc::test::read_file(p));
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    const size_t colon = line.find(':');
    out.emplace_back(std::stoul(line.substr(0, colon)), std::stoul(line.substr(colon + 1)));
  }
  return out;
}

std::string show(const std::vector<std::pair<uint32_t, uint32_t>>& v) {
  std::string s;
  for (auto [l, c] : v) s += std::to_string(l) + ":" + std::to_string(c) + " ";
  return s;
}

}  // namespace

TEST_SUITE("lint") {
  TEST_CASE("every rule folder under tests/rules fails and passes as recorded") {
    const fs::path root = fs::path(CPPCC_TEST_SOURCE_DIR) / "tests" / "rules";
    REQUIRE(fs::is_directory(root));
    std::set<std::string> seen;
    for (const auto& entry : fs::directory_iterator(root)) {
      if (!entry.is_directory()) continue;
      const std::string name = entry.path().filename().string();
      const cppcc::RuleInfo* rule = cppcc::find_lint_rule(name);
      CAPTURE(name);
      REQUIRE_MESSAGE(rule != nullptr, "folder names no rule");
      seen.insert(name);
      const std::string code(rule->code);
      {
        const auto src = cppcc::SourceText::from_utf8("fail.txt", cppcc::test::read_file(entry.path() / "fail.txt"));
        const auto got = cppcc::test::positions_of(src, cppcc::lint(src), code);
        const auto want = read_expected(entry.path() / "expected.txt");
        CHECK_MESSAGE(got == want, "fail.txt: got " << show(got) << " want " << show(want));
        CHECK_FALSE(want.empty());
        if (fs::exists(entry.path() / "fixed.txt")) {
          std::vector<cppcc::Diagnostic> own;
          for (const auto& d : cppcc::lint(src))
            if (d.code == code) own.push_back(d);
          const auto fixed = cppcc::apply_fixes(src, own);
          REQUIRE(fixed);
          CHECK_MESSAGE(fixed->text == cppcc::test::read_file(entry.path() / "fixed.txt"),
                        "fail.txt fixed by the rule:\n" << fixed->text);
        }
      }
      {
        const auto src = cppcc::SourceText::from_utf8("pass.txt", cppcc::test::read_file(entry.path() / "pass.txt"));
        const auto got = cppcc::test::positions_of(src, cppcc::lint(src), code);
        CHECK_MESSAGE(got.empty(), "pass.txt: unexpected findings at " << show(got));
      }
    }
    for (const cppcc::RuleInfo& r : cppcc::lint_rules()) {
      CHECK_MESSAGE(seen.count(std::string(r.name)), "no tests/rules folder for " << r.code << " " << r.name);
    }
  }
}
