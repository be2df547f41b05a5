// Content rules on the variants of issue 16's kinds that eval_content.py did not inject
// (scripts/lint/eval_variants.py): a plenum the table does not list yet, a plenum named as
// if ahead, 多/余 doubled by 左右 or 以上.
#include <doctest/doctest.h>

#include <string>

#include "lint_test_util.h"

namespace {

std::vector<std::pair<uint32_t, uint32_t>> found(const std::string& text, const std::string& code) {
  const auto src = cppcc::SourceText::from_utf8("draft.txt", text);
  return cppcc::test::positions_of(src, cppcc::lint(src), code);
}

}  // namespace

TEST_SUITE("lint") {
  TEST_CASE("T015: a plenum data/rules/ordinals.tsv lacks had not met by the table's newest month") {
    // The table lists 二十届四中全会 (2025-10) and sessions to 2026-03: no 五中 before a report of 2026-01.
    const std::string head = "工作报告\n（2026年1月20日）\n一、2025年工作回顾\n";
    CHECK(found(head + "我们认真贯彻党的二十届五中全会精神。\n", "T015") == std::vector<std::pair<uint32_t, uint32_t>>{{4, 9}});
    CHECK(found(head + "我们按照党的二十届五中全会部署推进工作。\n", "T015").size() == 1);
    CHECK(found(head + "我们认真贯彻党的二十届四中全会精神。\n", "T015").empty());
    // A plenum is never named ahead: 四中全会胜利召开 in a report of 2025-01 is the 三中 mistyped.
    const std::string early = "工作报告\n（2025年1月14日）\n一、2024年工作回顾\n";
    CHECK(found(early + "党的二十届四中全会胜利召开，极大振奋了信心。\n", "T015").size() == 1);
    CHECK(found(early + "党的二十届三中全会胜利召开，极大振奋了信心。\n", "T015").empty());
    // A congress still may be: 迎接党的二十一大胜利召开.
    CHECK(found(early + "以优异成绩迎接党的二十一大胜利召开。\n", "T015").empty());
  }

  TEST_CASE("N013: 多 and 余 are bounds already; 左右 or 以上 after the unit doubles them") {
    CHECK(found("完成500多项左右具体改革举措。\n", "N013").size() == 1);
    CHECK(found("帮扶2000余家以上企业。\n", "N013").size() == 1);
    CHECK(found("完成500多项具体改革举措，2000余家企业左右逢源。\n", "N013").empty());
  }
}
