// The form misses issue 16 names, each at its line with a message that says what to write:
// 省委12届六次全会 (N015 names 第十二届…第六次, not a fixed example), 一、 二、 一、 四、 (the
// stray 一、 is reported, not the 四、 after it), 三，2026年重点工作 (P009).
#include <doctest/doctest.h>

#include <string>

#include "lint_test_util.h"

namespace {

/// Message of the one finding of CODE in TEXT, or "" when there is none.
std::string message_of(const std::string& text, const std::string& code) {
  std::string out;
  for (const cppcc::Diagnostic& d : cppcc::test::lint_string(text))
    if (d.code == code) out += d.message;
  return out;
}

}  // namespace

TEST_SUITE("lint") {
  TEST_CASE("N015 writes the ordinal the text meant") {
    CHECK(message_of("学习省委12届六次全会精神。\n", "N015").find("第十二届…第六次") != std::string::npos);
    CHECK(message_of("贯彻十四届全国人大3次会议精神。\n", "N015").find("第十四届…第三次") != std::string::npos);
  }

  TEST_CASE("a stray 一、 in a numbering is reported at itself, with the number expected") {
    const std::string text = "一、工作回顾\n推进发展。\n二、主要任务\n推进改革。\n一、工作安排\n推进开放。\n四、自身建设\n加强学习。\n";
    const auto src = cppcc::SourceText::from_utf8("draft.txt", text);
    const auto found = cppcc::lint(src);
    CHECK(cppcc::test::positions_of(src, found, "S003") == std::vector<std::pair<uint32_t, uint32_t>>{{5, 1}});
    CHECK(cppcc::test::positions_of(src, found, "S001").empty());
    CHECK(message_of(text, "S003").find("expected 三、") != std::string::npos);
    // 一、 二、 一、 二、: a restart the outline could not see (a part heading lost), no finding.
    const std::string restart = "一、工作回顾\n推进发展。\n二、主要任务\n推进改革。\n一、工作安排\n推进开放。\n二、自身建设\n加强学习。\n";
    CHECK(message_of(restart, "S003").empty());
    CHECK(message_of(restart, "S001").empty());
  }

  TEST_CASE("三，2026年重点工作 as a heading line takes 、; 一，要… inside a sentence does not") {
    CHECK(message_of("三，2026年重点工作\n我们开展监督。\n", "P009").find("takes 、") != std::string::npos);
    CHECK(message_of("一，要坚持学习，二，要坚持实践。\n", "P009").empty());
  }

  TEST_CASE("G001: a glossary number mistyped in place is reported at itself, not at the item after it") {
    const std::string text =
        "我们推进“四网融合”“三旧”改造和“百千万工程”，开展“三会一课”。\n\n名词解释\n"
        "1.“四网融合”：干线铁路、城际铁路、市域铁路、城市轨道交通融合发展。\n"
        "2.“三旧”改造：旧城镇、旧厂房、旧村庄改造。\n"
        "5.“百千万工程”：百县千镇万村高质量发展工程。\n"
        "4.“三会一课”：支部党员大会、支部委员会、党小组会和党课。\n";
    const auto src = cppcc::SourceText::from_utf8("draft.txt", text);
    CHECK(cppcc::test::positions_of(src, cppcc::lint(src), "G001") == std::vector<std::pair<uint32_t, uint32_t>>{{6, 1}});
  }
}
