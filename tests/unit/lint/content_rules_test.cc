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

#include <filesystem>

#include "test_support.h"

TEST_SUITE("lint") {
  TEST_CASE("N013 reads past no paragraph: national 2017's 20\\u200b多万公里 with its 。 dropped") {
    // The figure is split over a line of one U+200B; with the paragraph's 。 gone its surface
    // ran past the paragraph and the lookup after it threw (found by eval_variants.py, seed 17).
    CPPCC_REQUIRE_SHARED(shared);
    const auto path = shared / "corpus" / "gov-report-national-2017.txt";
    if (!std::filesystem::exists(path)) return;
    auto src = cppcc::load_file(path.string());
    REQUIRE(src.ok());
    std::string text(src->text());
    const size_t at = text.find("多万公里。");
    REQUIRE(at != std::string::npos);
    text.erase(at + std::string("多万公里").size(), std::string("。").size());
    const auto edited = cppcc::SourceText::from_utf8("national-2017.txt", text);
    CHECK_NOTHROW(cppcc::lint(edited));
  }
}
