#include <doctest/doctest.h>

#include "diff/diff_util.h"
#include "unit/diff/diff_test_support.h"

namespace cppcc {

using namespace diff_test;

TEST_SUITE("diff") {
  TEST_CASE("verbs and fragments are vague indicators, names are not") {
    CHECK(diff_detail::is_vague_indicator("增长"));
    CHECK(diff_detail::is_vague_indicator("3.6%和"));
    CHECK(diff_detail::is_vague_indicator("今年增长"));
    CHECK(diff_detail::is_vague_indicator(""));
    CHECK_FALSE(diff_detail::is_vague_indicator("城镇新增就业"));
    CHECK_FALSE(diff_detail::is_vague_indicator("就业"));
  }

  TEST_CASE("a vague indicator is replaced by the clause before the figure") {
    Report r;
    BodyParagraph p;
    p.text = "过去一年，全市地区生产总值5.2万亿元、增长5.4%，城镇调查失业率4.1%。";
    p.span.offset = 100;
    p.span.length = p.text.size();
    r.paragraphs.push_back(p);
    Quantity q = quantity("增长", 5.4, "%", "5.4%", PartKind::kReview, "percent");
    q.span.offset = 100 + p.text.find("5.4%");
    Quantity named = quantity("城镇调查失业率", 4.1, "%", "4.1%", PartKind::kReview, "percent");
    named.span.offset = 100 + p.text.find("4.1%");
    r.quantities = {q, named};
    auto out = diff_detail::quantities_with_context(r);
    CHECK(out[0].indicator == "全市地区生产总值5.2万亿元、增长");
    CHECK(out[1].indicator == "城镇调查失业率");
    CHECK(bigram_similarity(normalize_indicator(out[0].indicator), normalize_indicator("地区生产总值增长")) > 0.5);
  }

  TEST_CASE("vague indicators are not paired across years unless the value is equal") {
    Report a = sample_report(), b = sample_report();
    a.quantities = {quantity("增长", 5.2, "%", "5.2%", PartKind::kReview, "percent")};
    b.quantities = {quantity("增长", 6.0, "%", "6%", PartKind::kReview, "percent")};
    ReportDiff d = diff_reports(a, b, space_tokenizer());
    REQUIRE(d.figures.size() == 2);
    CHECK(d.figures[0].change == FigureChange::kAdded);
    CHECK(d.figures[1].change == FigureChange::kDropped);
  }
}

}  // namespace cppcc
