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
