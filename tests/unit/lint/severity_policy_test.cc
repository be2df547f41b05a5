// The severity policy (docs/validate.md): a defect that copying a published text
// creates is a warning, so that a published report gives no error; the same rule
// still gives an error where no published text writes the mistake.
#include <doctest/doctest.h>

#include <string>

#include "lint_test_util.h"

namespace {

/// Severity of the one finding of CODE at LINE:COLUMN, or "none".
std::string severity_at(const std::string& text, const std::string& code, uint32_t line, uint32_t column) {
  const auto src = cppcc::SourceText::from_utf8("draft.txt", text);
  for (const cppcc::Diagnostic& d : cppcc::lint(src)) {
    const cppcc::Location at = src.location(d.begin);
    if (d.code == code && at.line == line && at.column == column) return std::string(cppcc::severity_name(d.severity));
  }
  return "none";
}

}  // namespace

TEST_SUITE("lint") {
  TEST_CASE("a space typed inside a label (三 、): S001 reports no gap at the next label, P012 the space") {
    const std::string text = "一、工作回顾\n推进发展。\n二、主要任务\n推进改革。\n三 、工作安排\n推进开放。\n四、自身建设\n加强学习。\n";
    const auto src = cppcc::SourceText::from_utf8("draft.txt", text);
    const auto found = cppcc::lint(src);
    CHECK(cppcc::test::positions_of(src, found, "S001").empty());
    CHECK(cppcc::test::positions_of(src, found, "S003").empty());
    CHECK(cppcc::test::positions_of(src, found, "P012") == std::vector<std::pair<uint32_t, uint32_t>>{{5, 2}});
    // A label really skipped is still reported at itself, with the space typed or not.
    const std::string gap = "一、工作回顾\n推进发展。\n三 、工作安排\n推进开放。\n四、自身建设\n加强学习。\n";
    const auto gap_src = cppcc::SourceText::from_utf8("draft.txt", gap);
    CHECK(cppcc::test::positions_of(gap_src, cppcc::lint(gap_src), "S001") ==
          std::vector<std::pair<uint32_t, uint32_t>>{{3, 1}});
    // A number with a space before a full stop is not a label: 3 . 5 and "2 ." stay text.
    const std::string numbers = "1.工作回顾\n推进发展。\n2 .主要任务\n推进改革。\n";
    const auto num_src = cppcc::SourceText::from_utf8("draft.txt", numbers);
    CHECK(cppcc::test::positions_of(num_src, cppcc::lint(num_src), "S001").empty());
  }

  TEST_CASE("copying defects of published reports are warnings; the same mistakes elsewhere stay errors") {
    // Changning CPPCC 2025's subtitle with one —; a lone — after a mark is still an error.
    CHECK(severity_at("工作报告\n—在政协常宁市第十一届委员会第五次会议上\n", "P006", 2, 1) == "warning");
    CHECK(severity_at("我们坚持发展，—推进改革。\n", "P006", 1, 8) == "error");
    // Tianjin 2026: a web line split mid-sentence after ，; a reflowed paragraph ending with ， stays an error.
    const std::string web = "全年新建改建农村公路一千二百公里，完成老旧小区综合整治一百二十个，新增城市绿地三百公顷，建成口袋公园五十个，\n"
                            "推进城市更新行动。\n";
    CHECK(severity_at(web, "P011", 1, 54) == "warning");
    CHECK(severity_at("一、工作回顾\n大力推动绿色发展、\n二、工作安排\n", "P011", 2, 9) == "error");
    // Henan 2025: “ left open while the paragraph quotes again in pairs; a “ left open alone stays an error.
    CHECK(severity_at("培育专精特新“小巨人企业414家，制造业“单项冠军”企业51家。\n", "P001", 1, 7) == "warning");
    CHECK(severity_at("培育专精特新“小巨人企业414家。\n", "P001", 1, 7) == "error");
    // Hubei CPPCC 2014: the web page's font-size buttons are not the author's brackets.
    CHECK(severity_at("2014-01-27 19:52:22\n字体大小:【\n\n（2014年1月16日）\n", "P001", 2, 6) == "none");
    CHECK(severity_at("推进【重点工作。\n", "P001", 1, 3) == "error");
  }
}
