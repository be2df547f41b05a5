#include <doctest/doctest.h>

#include "cppcc/diff.h"
#include "unit/diff/diff_test_support.h"

namespace cppcc {

using namespace diff_test;

namespace {

Report next_year(std::vector<Quantity> review) {
  Report r = sample_report();
  r.metadata.review_year = 2025;
  r.metadata.plan_year = 2026;
  r.quantities = std::move(review);
  return r;
}

}  // namespace

TEST_SUITE("diff") {
  TEST_CASE("plan targets are listed as targets to check") {
    Report r = sample_report();
    r.quantities.push_back(quantity("专题民主监督", 8, "项", "8项", PartKind::kPlan));
    auto t = plan_targets(r);
    REQUIRE(t.size() == 2);
    CHECK(t[0].target.indicator == "专题重点调研");
    CHECK(*t[0].year == 2025);
    CHECK(t[0].status == TargetStatus::kPending);
  }

  TEST_CASE("targets are met, missed or not reported in the next year's review") {
    Report old_report = sample_report();
    old_report.quantities.push_back(quantity("专题民主监督", 8, "项", "8项", PartKind::kPlan));
    old_report.quantities.push_back(quantity("重点提案督办", 16, "项", "16项", PartKind::kPlan));
    Report new_report = next_year({
        quantity("开展专题重点调研", 9, "项", "9项"),
        quantity("专题民主监督", 6, "项", "6项"),
        quantity("重点提案督办", 16, "件", "16件"),  // another unit: not the outcome
    });
    ReportDiff d = diff_reports(old_report, new_report, space_tokenizer());
    REQUIRE(d.targets.size() == 3);
    CHECK(d.targets[0].status == TargetStatus::kMet);
    CHECK(d.targets[0].outcome->value == 9);
    CHECK(d.targets[1].status == TargetStatus::kMissed);
    CHECK(d.targets[2].status == TargetStatus::kNotReported);
  }

  TEST_CASE("a ceiling target is met when the outcome stays under it") {
    Report old_report = sample_report();
    old_report.quantities = {quantity("居民消费价格涨幅", 3, "%", "3%左右", PartKind::kPlan, "percent")};
    old_report.quantities[0].qualifier = std::string("左右");
    Report new_report = next_year({quantity("居民消费价格上涨", 2.0, "%", "2%", PartKind::kReview, "percent")});
    ReportDiff d = diff_reports(old_report, new_report, space_tokenizer());
    REQUIRE(d.targets.size() == 1);
    CHECK(d.targets[0].lower_is_better);
    CHECK(d.targets[0].status == TargetStatus::kMet);
  }

  TEST_CASE("a growth target is never checked against a share") {
    Report old_report = sample_report();
    old_report.quantities = {quantity("规模以上工业增加值增长", 6, "%", "6%左右", PartKind::kPlan, "percent")};
    Report new_report = next_year({
        quantity("规模以上工业增加值比重", 34.7, "%", "34.7%", PartKind::kReview, "percent"),
        quantity("工业增加值增长", 3, "%", "3%", PartKind::kReview, "percent"),
    });
    ReportDiff d = diff_reports(old_report, new_report, space_tokenizer());
    REQUIRE(d.targets.size() == 1);
    REQUIRE(d.targets[0].outcome.has_value());
    CHECK(d.targets[0].outcome->value == 3);
    CHECK(d.targets[0].status == TargetStatus::kMissed);
  }

  TEST_CASE("an economic growth target is judged by GDP growth, and its change is a cut") {
    Report old_report = sample_report();
    old_report.quantities = {qualified(quantity("经济增长", 6, "%", "6%左右", PartKind::kPlan, "percent"), "左右")};
    Report new_report = next_year({quantity("地区生产总值增长", 5.9, "%", "5.9%", PartKind::kReview, "percent"),
                                   quantity("数字经济增长", 12, "%", "12%", PartKind::kReview, "percent")});
    new_report.quantities.push_back(
        qualified(quantity("地区生产总值增长", 5.5, "%", "5.5%左右", PartKind::kPlan, "percent"), "左右"));
    ReportDiff d = diff_reports(old_report, new_report, space_tokenizer());
    REQUIRE(d.targets.size() == 1);
    REQUIRE(d.targets[0].outcome.has_value());
    CHECK(d.targets[0].outcome->value == 5.9);
    CHECK(d.targets[0].status == TargetStatus::kMet);  // 5.9 within 3 % of 6左右
    CHECK(d.targets[0].pairing->match == "same-indicator");
    REQUIRE(d.target_changes.size() == 1);
    CHECK(d.target_changes[0].change == TargetChangeKind::kCut);
  }

  TEST_CASE("a target naming two things is not judged by an outcome of one of them") {
    Report old_report = sample_report();
    old_report.quantities = {quantity("二氧化硫、氮氧化物排放量下降", 3, "%", "3%", PartKind::kPlan, "percent")};
    Report both = next_year({quantity("二氧化硫、氮氧化物排放量下降", 4, "%", "4%", PartKind::kReview, "percent")});
    Report one = next_year({quantity("二氧化硫排放量下降", 5.6, "%", "5.6%", PartKind::kReview, "percent")});
    ReportDiff d = diff_reports(old_report, one, space_tokenizer());
    REQUIRE(d.targets.size() == 1);
    CHECK(d.targets[0].status == TargetStatus::kNotReported);
    CHECK_FALSE(d.targets[0].outcome.has_value());
    d = diff_reports(old_report, both, space_tokenizer());
    CHECK(d.targets[0].status == TargetStatus::kMet);
  }

  TEST_CASE("a target stated as a change is judged only by an outcome stating that change") {
    // 城镇新增就业预期目标比去年多100万人 (2017) is no level: the 2018 report's 1351万人
    // says nothing of it; a 下降 target is not judged by a growth.
    Report old_report = sample_report();
    Quantity more = quantity("城镇新增就业预期目标比去年多", 1e6, "人", "100万人", PartKind::kPlan, "people");
    more.change = Change{"去年", "up", "absolute"};
    Quantity cut = quantity("能耗下降", 3.4, "%", "3.4%以上", PartKind::kPlan, "percent");
    cut.change = Change{"上年", "down", "percent"};
    Quantity level = quantity("城镇新增就业", 1.1e7, "人", "1100万人以上", PartKind::kPlan, "people");
    old_report.quantities = {more, cut, level};
    Quantity jobs = quantity("城镇新增就业", 1.351e7, "人", "1351万人", PartKind::kReview, "people");
    Quantity rise = quantity("能耗下降", 3.7, "%", "3.7%", PartKind::kReview, "percent");
    rise.change = Change{"上年", "up", "percent"};  // read as a rise: no judge of a 下降 target
    ReportDiff d = diff_reports(old_report, next_year({jobs, rise}), space_tokenizer());
    REQUIRE(d.targets.size() == 3);
    CHECK(d.targets[0].status == TargetStatus::kNotReported);
    CHECK(d.targets[1].status == TargetStatus::kNotReported);
    CHECK(d.targets[2].status == TargetStatus::kMet);
    rise.change->direction = "down";
    d = diff_reports(old_report, next_year({jobs, rise}), space_tokenizer());
    CHECK(d.targets[1].status == TargetStatus::kMet);
  }

  TEST_CASE("a five-year review is judged on its last year, and its side names the span") {
    Report old_report = sample_report();
    old_report.metadata.review_year = 2016;
    old_report.metadata.plan_year = 2017;
    old_report.quantities = {quantity("城镇新增就业", 1.1e7, "人", "1100万人以上", PartKind::kPlan, "people")};
    Report five = sample_report();
    five.metadata.review_year = 2017;
    five.metadata.plan_year = 2018;
    five.parts[0].years = YearRange{2013, 2017};
    Quantity total = quantity("城镇新增就业", 6.6e7, "人", "6600万人以上", PartKind::kReview, "people");
    total.period = Period{2013, 2017, "years"};
    Quantity last = quantity("城镇新增就业", 1.351e7, "人", "1351万人", PartKind::kReview, "people");
    last.period = Period{2017, 2017, "year"};
    five.quantities = {total, last};
    ReportDiff d = diff_reports(old_report, five, space_tokenizer());
    REQUIRE(d.new_report.review_years.has_value());
    CHECK(d.new_report.review_years->first == 2013);
    CHECK(d.new_report.review_years->last == 2017);
    REQUIRE(d.targets.size() == 1);
    CHECK(d.targets[0].status == TargetStatus::kMet);
    CHECK(d.targets[0].outcome->value == 1.351e7);
    five.quantities = {total};  // the five years' total alone says nothing of 2017
    d = diff_reports(old_report, five, space_tokenizer());
    CHECK(d.targets[0].status == TargetStatus::kNotReported);
  }

  TEST_CASE("targets stay pending when the newer report reviews another year") {
    Report r = sample_report();
    ReportDiff d = diff_reports(r, r, space_tokenizer());
    REQUIRE(d.targets.size() == 1);
    CHECK(d.targets[0].status == TargetStatus::kPending);
    CHECK_FALSE(d.has_differences());
  }

  TEST_CASE("keyword shifts: a word that appears often only in the newer report rises") {
    Report a = sample_report(), b = sample_report();
    std::string extra;
    for (int i = 0; i < 30; ++i) extra += " 新质生产力";
    b.parts[0].sections[1].body += extra;
    ReportDiff d = diff_reports(a, b, space_tokenizer());
    REQUIRE_FALSE(d.rising.empty());
    CHECK(d.rising[0].word == "新质生产力");
    CHECK(d.rising[0].old_count == 0);
    CHECK(d.rising[0].new_count == 30);
    CHECK(d.rising[0].z > 1.96);
    for (const auto& k : d.falling) CHECK(k.z < 0);
    // Reversed, it falls.
    ReportDiff r = diff_reports(b, a, space_tokenizer());
    REQUIRE_FALSE(r.falling.empty());
    CHECK(r.falling[0].word == "新质生产力");
    CHECK(r.falling[0].z == doctest::Approx(-d.rising[0].z));
  }

  TEST_CASE("a small wobble in a common word is not a keyword shift") {
    Report a = sample_report(), b = sample_report();
    b.parts[0].sections[0].body += " 学习";
    ReportDiff d = diff_reports(a, b, space_tokenizer());
    CHECK(d.rising.empty());
    CHECK(d.falling.empty());
  }
}

}  // namespace cppcc
