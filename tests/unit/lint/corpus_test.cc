// The published reports in ../shared/corpus have been proofread: they must give
// no errors, and exactly the warnings below, each checked by hand to be real:
//   P003  beijing-2025 开工,“两新”; beijing-2026 新增长点;推动; national-2020 (来源：中国政府网）
//   P008  ”、“ between wholly quoted items (“一国两制”、“港人治港”…), GB/T 15834 4.5.3.5
//   T004  zero-width characters left by the web pages (U+200B/U+200C/U+200D)
//   N001  national-2018 writes 5千多户, 1万6千多户, 1亿3千多万, 2万5千公里
//   G003  Guangdong uses “1310” and “5085” without defining them in its 名词解释
#include <doctest/doctest.h>

#include <map>

#include "lint_test_util.h"
#include "test_support.h"

TEST_SUITE("lint") {
  TEST_CASE("published reports give no errors and only the reviewed warnings") {
    CPPCC_REQUIRE_SHARED(shared);
    const std::map<std::string, std::map<std::string, int>> expected = {
        {"gov-report-beijing-2025.txt", {{"P003", 1}}},
        {"gov-report-beijing-2026.txt", {{"P003", 1}}},
        {"gov-report-guangdong-2025.txt", {{"G003", 2}, {"P008", 13}, {"T004", 1}}},
        {"gov-report-guangdong-2026.txt", {{"G003", 1}, {"P008", 3}}},
        {"gov-report-national-2016.txt", {{"P008", 2}}},
        {"gov-report-national-2017.txt", {{"P008", 2}, {"T004", 33}}},
        {"gov-report-national-2018.txt", {{"N001", 4}, {"P008", 1}}},
        {"gov-report-national-2019.txt", {{"P008", 2}}},
        {"gov-report-national-2020.gb18030.txt", {{"P003", 1}, {"P008", 3}}},
        {"gov-report-national-2020.txt", {{"P003", 1}, {"P008", 3}}},
        {"jiangmen-cppcc-2025.txt", {}},
        {"gov-report-beijing-2025.docx", {{"P003", 1}}},
    };
    for (const auto& [name, want] : expected) {
      CAPTURE(name);
      const auto path = shared / "corpus" / name;
      if (!std::filesystem::exists(path)) continue;
      auto src = cppcc::load_file(path.string());
      REQUIRE(src.ok());
      std::map<std::string, int> got;
      for (const auto& d : cppcc::lint(*src)) {
        CHECK_MESSAGE(d.severity != cppcc::Severity::kError,
                      d.code << " error at line " << src->location(d.begin).line << ": " << d.message);
        ++got[d.code];
      }
      CHECK(got == want);
    }
  }
}
