// Word's automatic numbering in .docx drafts: the labels Word draws from
// word/numbering.xml come out in front of their paragraphs, so headings keep
// their numbers (tests/fixtures/word-numbering.docx, written by
// scripts/make_docx_fixtures.py).
#include <doctest/doctest.h>

#include <string>

#include "cppcc/parse.h"
#include "cppcc/text.h"
#include "test_paths.h"
#include "text/docx_numbering.h"

TEST_SUITE("text") {
  TEST_CASE("list numbers in Word's formats") {
    using cppcc::detail::format_list_number;
    CHECK(format_list_number(1, "chineseCounting") == "一");
    CHECK(format_list_number(10, "chineseCounting") == "十");
    CHECK(format_list_number(11, "chineseCounting") == "十一");
    CHECK(format_list_number(20, "chineseCountingThousand") == "二十");
    CHECK(format_list_number(105, "chineseCounting") == "一百零五");
    CHECK(format_list_number(1010, "chineseCounting") == "一千零一十");
    CHECK(format_list_number(3, "decimal") == "3");
    CHECK(format_list_number(4, "upperRoman") == "IV");
    CHECK(format_list_number(27, "lowerLetter") == "aa");
    CHECK(format_list_number(2, "decimalEnclosedCircle") == "②");
    CHECK(format_list_number(7, "unknownFormat") == "7");
  }

  TEST_CASE("labels numbered by Word are drawn in front of their paragraphs") {
    auto src = cppcc::load_file(std::string(CPPCC_TEST_SOURCE_DIR) + "/tests/fixtures/word-numbering.docx");
    REQUIRE(src);
    CHECK(src->line_text(4) == "一、2024年工作回顾");               // through the paragraph style
    CHECK(src->line_text(6) == "（一）坚持党的领导，筑牢共同思想政治基础。");  // directly on the paragraph
    CHECK(src->line_text(8) == "（二）服务发展大局，积极建言资政。");
    CHECK(src->line_text(10) == "重点调研");                         // a bullet draws no label
    CHECK(src->line_text(12) == "1.完成调研课题15项。");
    CHECK(src->line_text(14) == "二、2025年工作安排");
    CHECK(src->line_text(15) == "（一）加强思想政治引领。");         // a deeper level restarts
    CHECK(src->line_text(16) == "拟安排重点协商议题8个。");

    auto res = cppcc::Resources::load();
    REQUIRE(res);
    const cppcc::Report r = cppcc::parse_report(*src, **res);
    REQUIRE(r.parts.size() == 2);
    CHECK(r.parts[0].sections.size() == 2);
    CHECK(r.parts[1].sections.size() == 1);
    CHECK(r.parts[1].sections[0].label == "（一）");
  }
}
