#include <doctest/doctest.h>

#include "cppcc/canonical.h"

namespace {

cppcc::ParagraphViews views_of(const cppcc::SourceText& src) { return cppcc::read_paragraphs(src); }
cppcc::ParagraphViews views_of(const std::string& text) {
  return views_of(cppcc::SourceText::from_utf8("t.txt", text));
}

std::string canonical(const std::string& text) {
  auto v = views_of(text);
  REQUIRE(v.canonical.size() == 1);
  return v.canonical[0].text;
}

}  // namespace

TEST_SUITE("text") {
  TEST_CASE("the canonical view: Traditional characters in their Simplified forms") {
    CHECK(canonical("堅持「兩個確立」，做到「兩個維護」。") == "坚持「两个确立」，做到「两个维护」。");
    CHECK(canonical("全國政協十四屆四次會議提案1279件。") == "全国政协十四届四次会议提案1279件。");
    // Hong Kong and Taiwan variants: 衞 and 著 as the phrase needs.
    CHECK(canonical("保衞國家安全，著力推動發展。") == "保卫国家安全，着力推动发展。");
  }

  TEST_CASE("the canonical view leaves Simplified text alone, 著 and 么 included") {
    const std::string s = "取得显著成效，为什么要这样做？";
    CHECK(canonical(s) == s);
    auto v = views_of(s);
    CHECK(v.to_written[0].empty());
  }

  TEST_CASE("the canonical view: widths, spaces and invisible characters") {
    CHECK(canonical("增长５．２％，完成1,000项") == "增长5.2%，完成1,000项");
    CHECK(canonical("委员们认为,报告(草案)很好;是吗?") == "委员们认为，报告（草案）很好；是吗？");
    CHECK(canonical("方案 88 件，增长 5 %") == "方案88件，增长5%");
    CHECK(canonical("工 作 报 告") == "工作报告");
    CHECK(canonical("省长 李乐成") == "省长 李乐成");  // a byline keeps its space
    CHECK(canonical("政\xE2\x80\x8B协") == "政协");
    CHECK(canonical("\xE2\xBC\xAF作报告") == "工作报告");  // ⼯ (a Kangxi radical from a PDF)
    CHECK(canonical("1+6+3") == "1+6+3");
    CHECK(canonical("“１＋６＋３”") == "“1+6+3”");
  }

  TEST_CASE("every canonical range reads back as written and spans the original bytes") {
    const std::string text = "全國政協收到提案 ５８件，增長１２％。";
    const cppcc::SourceText src = cppcc::SourceText::from_utf8("t.txt", text);
    auto v = views_of(src);
    REQUIRE(v.canonical.size() == 1);
    const auto& c = v.canonical[0];
    const size_t b = c.text.find("58件");
    REQUIRE(b != std::string::npos);
    const size_t e = b + std::string("58件").size();
    CHECK(v.as_written(0, b, e) == "５８件");
    CHECK_FALSE(v.same_as_written(0, b, e));
    const size_t gb = c.text.find("增长");
    CHECK(v.as_written(0, gb, gb + 6) == "增長");
    // The span of the canonical range names the original bytes.
    const cppcc::Span sp = cppcc::paragraph_span(src, c, b, e);
    CHECK(text.substr(sp.offset, sp.length) == "５８件");
    CHECK(v.as_written(0, 0, c.text.size()) == text);
  }
}
