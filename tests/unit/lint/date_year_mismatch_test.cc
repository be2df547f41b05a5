// S008 date-year-mismatch on headings whose words name their role: 2025年工作回顾 in a report
// dated February 2025 is last year's draft, though 2025 is the plan year.
#include <doctest/doctest.h>

#include <string>

#include "lint_test_util.h"

namespace {

std::vector<std::pair<uint32_t, uint32_t>> s008(const std::string& text) {
  const auto src = cppcc::SourceText::from_utf8("draft.txt", text);
  return cppcc::test::positions_of(src, cppcc::lint(src), "S008");
}

using Positions = std::vector<std::pair<uint32_t, uint32_t>>;

}  // namespace

TEST_SUITE("lint") {
  TEST_CASE("S008: a review or plan heading names the other year of the report") {
    const std::string right = "（2025年2月25日）\n\n一、2024年工作回顾\n这一年，我们履职尽责。\n\n"
                              "二、2025年工作安排\n新的一年，我们继续努力。\n";
    CHECK(s008(right).empty());
    // The review names the plan year, the plan the review year: both are leftovers.
    const std::string review = "（2025年2月25日）\n\n一、2025年工作回顾\n这一年，我们履职尽责。\n\n"
                               "二、2025年工作安排\n新的一年，我们继续努力。\n";
    CHECK(s008(review) == Positions{{3, 3}});
    const std::string plan = "（2025年2月25日）\n\n一、2024年工作回顾\n这一年，我们履职尽责。\n\n"
                             "二、2024年工作安排\n新的一年，我们继续努力。\n";
    CHECK(s008(plan) == Positions{{6, 3}});
    // A heading without role words may name either year (a report can review the session year).
    const std::string bare = "（2025年2月25日）\n\n2025年：同心共庆75载光辉历程\n这一年，我们履职尽责。\n\n"
                             "2025年：守正创新再出发\n新的一年，我们继续努力。\n";
    CHECK(s008(bare).empty());
    // A report delivered in December looks one year ahead: it reviews its own year.
    const std::string december = "（2025年12月20日）\n\n一、2025年工作回顾\n这一年，我们履职尽责。\n\n"
                                 "二、2026年工作安排\n新的一年，我们继续努力。\n";
    CHECK(s008(december).empty());
  }
}
