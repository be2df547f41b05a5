// Figure periods: the sentence's time phrase first, then the part's years.
#include <doctest/doctest.h>

#include <string>

#include "quantity/period.h"

namespace {

using cppcc::PartKind;
using cppcc::Period;
using cppcc::quantity::figure_period;
using cppcc::quantity::PeriodContext;

/// "kind:from-to" of the period of the figure FIGURE in TEXT ("-" for none).
std::string period_of(const std::string& text, const std::string& figure, const PeriodContext& ctx,
                      const std::string& status = "outcome") {
  size_t at = text.find(figure);
  REQUIRE(at != std::string::npos);
  std::optional<Period> p = figure_period(text, at, status, ctx);
  if (!p) return "-";
  auto year = [](const std::optional<int>& y) { return y ? std::to_string(*y) : std::string("?"); };
  return p->kind + ":" + year(p->from) + "-" + year(p->to);
}

PeriodContext five_year_review() {
  PeriodContext c;
  c.part = PartKind::kReview;
  c.part_years = cppcc::YearRange{2013, 2017};
  c.review_years = c.part_years;
  c.report_year = 2018;
  return c;
}

/// 2025年和“十四五”时期工作回顾: a review of 2025 that also reviews the plan years 2021-2025.
PeriodContext year_and_plan_review() {
  PeriodContext c = five_year_review();
  c.part_year = 2025;
  c.part_years = cppcc::YearRange{2021, 2025};
  c.review_years = c.part_years;
  c.report_year = 2026;
  return c;
}

PeriodContext plan(int year) {
  PeriodContext c;
  c.part = PartKind::kPlan;
  c.part_year = year;
  c.report_year = year;
  return c;
}

}  // namespace

TEST_CASE("period: a year range or a five-year plan in the sentence gives years") {
  CHECK(period_of("2021—2025年，全市生产总值年均增长5.5%。", "5.5%", plan(2026)) == "years:2021-2025");
  CHECK(period_of("2021-2025年累计新增就业60万人", "60万人", plan(2026)) == "years:2021-2025");
  CHECK(period_of("2016年至2020年新增耕地300万亩", "300万亩", plan(2026)) == "years:2016-2020");
  CHECK(period_of("“十四五”期间，研发投入年均增长8%", "8%", plan(2026)) == "years:2021-2025");
  CHECK(period_of("“十三五”时期建成高标准农田8亿亩", "8亿亩", plan(2026)) == "years:2016-2020");
  // A plan's name is no period: 十四五规划 keeps the plan year.
  CHECK(period_of("落实“十四五”规划，新增就业100万人", "100万人", plan(2024)) == "year:2024-2024");
}

TEST_CASE("period: 五年来 and 累计 take the years of the review part") {
  CHECK(period_of("五年来，城镇新增就业6600万人以上", "6600万人以上", five_year_review()) == "years:2013-2017");
  PeriodContext in_plan = plan(2018);
  in_plan.review_years = cppcc::YearRange{2013, 2017};
  CHECK(period_of("过去五年，累计减税3万亿元。今年再减税8000亿元", "3万亿元", in_plan) == "years:2013-2017");
  // 五年来 says nothing when the review covers one year.
  PeriodContext one_year;
  one_year.part = PartKind::kReview;
  one_year.part_year = 2024;
  one_year.review_years = cppcc::YearRange{2024, 2024};
  CHECK(period_of("五年来，新增企业12万户", "12万户", one_year) == "year:2024-2024");
  // 累计 in a one-year part is that year.
  CHECK(period_of("累计发放贷款500亿元", "500亿元", one_year) == "year:2024-2024");
}

TEST_CASE("period: 年底, 截至 and 以来") {
  CHECK(period_of("到2024年底，常住人口达到1.2亿人", "1.2亿人", plan(2025)) == "as_of:?-2024");
  CHECK(period_of("年末全省常住人口1.2亿人", "1.2亿人", plan(2025)) == "as_of:?-2025");
  CHECK(period_of("去年底贷款余额3万亿元", "3万亿元", plan(2025)) == "as_of:?-2024");
  CHECK(period_of("截至2023年6月，已建成基站300万个", "300万个", plan(2025)) == "as_of:?-2023");
  PeriodContext no_part;
  no_part.report_year = 2024;
  CHECK(period_of("截至3月5日20时，共收到提案5898件", "5898件", no_part) == "as_of:?-2024");
  CHECK(period_of("自2013年以来，脱贫6800多万人", "6800多万人", plan(2018)) == "since:2013-?");
  CHECK(period_of("2012年以来贫困人口减少6800多万", "6800多万", plan(2018)) == "since:2012-?");
}

TEST_CASE("period: the nearest phrase wins; only the figure's sentence counts") {
  CHECK(period_of("2024年底贷款余额3万亿元，2021—2025年年均增长6%", "6%", plan(2025)) == "years:2021-2025");
  CHECK(period_of("五年来成绩显著。2017年底，覆盖9亿多人", "9亿多人", five_year_review()) == "as_of:?-2017");
  CHECK(period_of("“十四五”期间建成5000个。今年新建800个", "800个", plan(2025)) == "year:2025-2025");
}

TEST_CASE("period: without a phrase the part decides; thresholds and other text have none") {
  CHECK(period_of("国内生产总值增长6.9%", "6.9%", five_year_review()) == "years:2013-2017");
  CHECK(period_of("国内生产总值增长6.5%左右", "6.5%左右", plan(2018)) == "year:2018-2018");
  CHECK(period_of("淘汰30万千瓦以下机组", "30万千瓦以下", plan(2018), "threshold") == "-");
  CHECK(period_of("全国有13亿多人口", "13亿多", PeriodContext{}) == "-");
}

TEST_CASE("period: a review part's single year counts only when its heading names it") {
  cppcc::Report r;
  cppcc::Part five;
  five.kind = PartKind::kReview;
  five.year = 2017;  // inferred: the heading names only the five years
  five.years = cppcc::YearRange{2013, 2017};
  five.heading = "过去五年工作回顾";
  r.parts.push_back(five);
  CHECK(period_of("国内生产总值增长6.9%", "6.9%", cppcc::quantity::period_context(r, &r.parts[0])) ==
        "years:2013-2017");
  r.parts[0].year = 2025;
  r.parts[0].years = cppcc::YearRange{2021, 2025};
  r.parts[0].heading = "2025年和“十四五”时期工作回顾";
  CHECK(period_of("国内生产总值增长5%", "5%", cppcc::quantity::period_context(r, &r.parts[0])) == "year:2025-2025");
}

TEST_CASE("period: 这五年 opening a paragraph of a one-year-and-five-year review holds for the paragraph") {
  cppcc::Report r;
  cppcc::Part both;
  both.kind = PartKind::kReview;
  both.year = 2025;
  both.years = cppcc::YearRange{2021, 2025};
  both.heading = "2025年和“十四五”时期工作回顾";
  r.parts.push_back(both);
  const auto ctx = cppcc::quantity::period_context(r, &r.parts[0]);
  const std::string p = "这五年，综合经济实力不断增强。经济总量持续增长。地区生产总值年均增长5.6%。2025年粮食产量增长2%。";
  CHECK(period_of(p, "5.6%", ctx) == "years:2021-2025");
  CHECK(period_of(p, "2%", ctx) == "year:2025-2025");  // a sentence's own year wins
  CHECK(period_of("全年粮食产量增长2%。", "2%", ctx) == "year:2025-2025");
}

TEST_CASE("period: the opening words of a paragraph name the time of the paragraphs after it") {
  PeriodContext ctx;
  ctx.part = PartKind::kReview;
  ctx.part_year = 2025;
  ctx.part_years = cppcc::YearRange{2021, 2025};
  ctx.review_years = ctx.part_years;
  auto opening = [&](const std::string& p) {
    auto o = cppcc::quantity::opening_time(p, ctx);
    return o ? o->kind : std::string("-");
  };
  CHECK(opening("过去的五年极不寻常。在省委坚强领导下…") == "years");
  CHECK(opening("“十四五”时期是我们阔步向前的五年。") == "years");
  CHECK(opening("刚刚过去的2025年很不平凡。") == "year");
  CHECK(opening("过去的一年，极不寻常。") == "-");
  CHECK(opening("一是全力扩大内需，社会消费品零售总额年均增长5%。") == "-");  // a figure's 年均, later on
}

TEST_CASE("period: one year or 去年 in the sentence, or opening the paragraph") {
  CHECK(period_of("刚刚过去的2017年，国内生产总值增长6.9%", "6.9%", five_year_review()) == "year:2017-2017");
  CHECK(period_of("刚刚过去的2017年，目标全面完成。国内生产总值增长6.9%，居民收入增长7.3%", "7.3%",
                  five_year_review()) == "year:2017-2017");
  CHECK(period_of("国有企业效益明显好转，去年利润增长23.5%", "23.5%", five_year_review()) == "year:2017-2017");
  // A base, a from year, a deadline or a range end is no period of the figure.
  CHECK(period_of("贫困人口比2012年减少6800万", "6800万", five_year_review()) == "years:2013-2017");
  CHECK(period_of("比去年增加300亿元", "300亿元", plan(2018)) == "year:2018-2018");
  CHECK(period_of("2021—2025年，年均增长5.5%", "5.5%", plan(2026)) == "years:2021-2025");
  CHECK(period_of("2020年前实现全覆盖，覆盖率达到95%", "95%", plan(2018)) == "year:2018-2018");
  CHECK(period_of("2024年6月，新增就业1200万人", "1200万人", plan(2025)) == "year:2025-2025");
}

TEST_CASE("period: the two ends of 由A提高到B over a span of years") {
  const std::string t = "五年来，国内生产总值从54万亿元增加到82.7万亿元，年均增长7.1%";
  CHECK(period_of(t, "54万亿元", five_year_review()) == "year:2012-2012");
  CHECK(period_of(t, "82.7万亿元", five_year_review()) == "year:2017-2017");
  CHECK(period_of(t, "7.1%", five_year_review()) == "years:2013-2017");
  // In one year the pair keeps the year: both ends are that year's.
  CHECK(period_of("关税总水平由9.8%降至7.5%", "7.5%", plan(2018)) == "year:2018-2018");
}

TEST_CASE("period: a span opening the paragraph, 年均 and 五年 in a review, levels reached at the end") {
  const PeriodContext both = year_and_plan_review();
  CHECK(period_of("“十四五”时期，全省经济较快发展。城乡居民收入增长30%", "30%", both) == "years:2021-2025");
  CHECK(period_of("全省进出口年均增长6%", "6%", both) == "years:2021-2025");
  CHECK(period_of("全省国有企业营业收入五年增长40%", "40%", both) == "years:2021-2025");
  CHECK(period_of("全省进出口增长6%", "6%", both) == "year:2025-2025");
  // 五年 in a plan part, or naming a campaign, is no review span.
  PeriodContext next = plan(2026);
  next.review_years = cppcc::YearRange{2021, 2025};
  CHECK(period_of("今后五年新增就业300万人", "300万人", next) == "year:2026-2026");
  CHECK(period_of("五年行动完成投资800亿元", "800亿元", both) == "year:2025-2025");
  // A level reached over a span is the level at its end.
  CHECK(period_of("五年来，森林覆盖率达到25%", "25%", five_year_review()) == "year:2017-2017");
  CHECK(period_of("五年来，基本养老保险覆盖8亿人", "8亿人", five_year_review()) == "year:2017-2017");
  CHECK(period_of("五年来，研发投入强度提高到2.4%", "2.4%", five_year_review()) == "year:2017-2017");
  CHECK(period_of("五年来，研发投入年均增长9%", "9%", five_year_review()) == "years:2013-2017");
}

TEST_CASE("period: a plan after 比/较 is the base compared with, not the period") {
  const PeriodContext both = year_and_plan_review();
  CHECK(period_of("五年来，发明专利较“十三五”时期增长90%", "90%", both) == "years:2021-2025");
  CHECK(period_of("“十三五”时期，发明专利增长90%", "90%", both) == "years:2016-2020");
}
