// P003's fixes on copies of published reports (issue 16: --fix never harms correct text):
// a web page's breadcrumb > is no title mark, a ? after 、 is a character the copy lost,
// and a matched ( ) pair is converted as one mark, never into the mixed (…）.
#include <doctest/doctest.h>

#include <string>

#include "lint_test_util.h"

namespace {

/// The text --fix makes of TEXT.
std::string fixed(const std::string& text) {
  const auto src = cppcc::SourceText::from_utf8("draft.txt", text);
  const auto result = cppcc::apply_fixes(src, cppcc::lint(src));
  REQUIRE(result.ok());
  return result->text;
}

}  // namespace

TEST_SUITE("lint") {
  TEST_CASE("P003: a breadcrumb > with no 《 open is left alone; <…> around a title still becomes 《…》") {
    const std::string crumbs = "首页 > 要闻 > 政府工作报告\n";
    const auto src = cppcc::SourceText::from_utf8("draft.txt", crumbs);
    CHECK(cppcc::test::positions_of(src, cppcc::lint(src), "P003").empty());
    CHECK(fixed(crumbs) == crumbs);
    CHECK(fixed("认真学习<政府工作报告>精神。\n") == "认真学习《政府工作报告》精神。\n");
  }

  TEST_CASE("P003: a ? after 、 is reported as a lost character, without a fix") {
    const std::string lost = "推进引调水工程、?水灌区建设。\n";
    const auto src = cppcc::SourceText::from_utf8("draft.txt", lost);
    const auto found = cppcc::lint(src);
    CHECK(cppcc::test::positions_of(src, found, "P003") == std::vector<std::pair<uint32_t, uint32_t>>{{1, 9}});
    for (const cppcc::Diagnostic& d : found)
      if (d.code == "P003") CHECK(d.fix.empty());
    CHECK(fixed(lost) == lost);
    // A real question after Chinese text is still fixed.
    CHECK(fixed("怎样推进改革?\n") == "怎样推进改革？\n");
  }

  TEST_CASE("P003: a matched ( ) pair is converted as one mark") {
    // The ( after a line start and before a digit is not wrong by itself; its partner is.
    CHECK(fixed("(2014年1月16日在政协会议上)\n") == "（2014年1月16日在政协会议上）\n");
    CHECK(fixed("会议(2024年1月)召开。\n") == "会议（2024年1月）召开。\n");
    // Half-width marks inside Latin text stay: (GDP) is English.
    CHECK(fixed("The report (GDP) grew.\n") == "The report (GDP) grew.\n");
  }
}
