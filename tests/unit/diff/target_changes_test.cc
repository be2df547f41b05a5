#include <doctest/doctest.h>

#include <algorithm>

#include "cppcc/diff.h"
#include "unit/diff/diff_test_support.h"

namespace cppcc {

using namespace diff_test;

namespace {

Report with_targets(int plan_year, std::vector<Quantity> targets) {
  Report r = sample_report();
  r.metadata.review_year = plan_year - 1;
  r.metadata.plan_year = plan_year;
  r.quantities = std::move(targets);
  return r;
}

Quantity target(std::string indicator, double value, std::string unit, std::string surface,
                std::string qualifier = "", std::string kind = "count") {
  Quantity q = quantity(std::move(indicator), value, std::move(unit), std::move(surface), PartKind::kPlan,
                        std::move(kind));
  if (!qualifier.empty()) q.qualifier = qualifier;
  return q;
}

const TargetChange* find(const ReportDiff& d, std::string_view indicator) {
  auto it = std::find_if(d.target_changes.begin(), d.target_changes.end(),
                         [&](const TargetChange& t) { return t.indicator == indicator; });
  return it == d.target_changes.end() ? nullptr : &*it;
}

}  // namespace

TEST_SUITE("diff") {
  TEST_CASE("target changes: raised, cut, qualifier, range, new, dropped, unchanged") {
    Quantity range = target("地区生产总值增长", 4.5, "%", "4.5%—5%", "", "percent");
    range.value_max = 5;
    Report old_report = with_targets(2025, {
        target("地区生产总值增长", 5, "%", "5%左右", "左右", "percent"),
        target("研发投入增长", 5.5, "%", "5.5%以上", "以上", "percent"),
        target("粮食产量", 1.3e12, "斤", "1.3万亿斤以上", "以上"),
        target("新增城镇就业", 1200, "万人", "1200万人以上", "以上"),
        target("专题重点调研", 8, "项", "8项"),
        target("专题民主监督", 6, "项", "6项"),
    });
    Report new_report = with_targets(2026, {
        range,
        target("研发投入增长", 5.5, "%", "5.5%左右", "左右", "percent"),
        target("粮食产量", 1.4e12, "斤", "1.4万亿斤左右", "左右"),
        target("新增城镇就业", 1100, "万人", "1100万人以上", "以上"),
        target("专题重点调研", 8, "项", "8项"),
        target("重点提案督办", 16, "件", "16件"),
    });
    ReportDiff d = diff_reports(old_report, new_report, space_tokenizer());
    REQUIRE(d.target_changes.size() == 7);
    CHECK(find(d, "地区生产总值增长")->change == TargetChangeKind::kRangeChanged);
    CHECK(*find(d, "地区生产总值增长")->delta == doctest::Approx(-0.25));
    CHECK(find(d, "研发投入增长")->change == TargetChangeKind::kQualifierChanged);
    const TargetChange* grain = find(d, "粮食产量");
    CHECK(grain->change == TargetChangeKind::kRaised);
    CHECK(grain->qualifier_changed);
    CHECK(find(d, "新增城镇就业")->change == TargetChangeKind::kCut);
    CHECK(find(d, "专题重点调研")->change == TargetChangeKind::kUnchanged);
    CHECK(find(d, "重点提案督办")->change == TargetChangeKind::kNew);
    CHECK(find(d, "专题民主监督")->change == TargetChangeKind::kDropped);
    // Changes first, unchanged last.
    CHECK(d.target_changes.back().change == TargetChangeKind::kUnchanged);
    CHECK(d.has_differences());
  }

  TEST_CASE("a generic name (五个方面, 项目15个) pairs with no other year's target and judges nothing") {
    Report a = with_targets(2025, {target("方面", 5, "个", "五个"), target("项目", 15, "个", "15个")});
    Report b = with_targets(2026, {target("方面", 4, "个", "四个"), target("项目", 5, "个", "5个")});
    b.quantities.push_back(quantity("项目", 20, "个", "20个"));  // the review's
    ReportDiff d = diff_reports(a, b, space_tokenizer());
    for (const TargetChange& t : d.target_changes)
      CHECK((t.change == TargetChangeKind::kNew || t.change == TargetChangeKind::kDropped));
    for (const TargetCheck& t : d.targets) {
      CHECK(t.status == TargetStatus::kNotReported);
      CHECK_FALSE(t.outcome.has_value());
    }
    CHECK(is_series_junk("方面", "个"));
  }

  TEST_CASE("one year's target is not paired with a five-year plan's") {
    Report a = with_targets(2025, {target("城镇新增就业", 110e4, "人", "110万人以上", "以上", "people")});
    Quantity five = target("城镇新增就业", 500e4, "人", "500万人以上", "以上", "people");
    five.period = Period{2026, 2030, "years"};
    Quantity one = target("城镇新增就业", 110e4, "人", "110万人以上", "以上", "people");
    one.period = Period{2026, 2026, "year"};
    Report b = with_targets(2026, {five});
    ReportDiff d = diff_reports(a, b, space_tokenizer());
    for (const TargetChange& t : d.target_changes) CHECK(t.change != TargetChangeKind::kRaised);
    b.quantities.push_back(one);
    d = diff_reports(a, b, space_tokenizer());
    size_t unchanged = 0;
    for (const TargetChange& t : d.target_changes)
      if (t.change == TargetChangeKind::kUnchanged) {
        ++unchanged;
        CHECK(t.new_target->value == 110e4);
      }
    CHECK(unchanged == 1);
  }

  TEST_CASE("targets of other units or measures are not paired") {
    Report old_report = with_targets(2025, {target("居民消费价格涨幅", 2, "%", "2%左右", "左右", "percent")});
    Report new_report = with_targets(2026, {target("居民消费价格涨幅", 2, "件", "2件")});
    ReportDiff d = diff_reports(old_report, new_report, space_tokenizer());
    REQUIRE(d.target_changes.size() == 2);
    CHECK(d.target_changes[0].change == TargetChangeKind::kNew);
    CHECK(d.target_changes[1].change == TargetChangeKind::kDropped);
  }

  TEST_CASE("pairs that do not follow are warned about") {
    Report a = with_targets(2025, {});
    Report b = with_targets(2027, {});
    a.metadata.genre = Genre::kCppccStandingCommittee;
    b.metadata.genre = Genre::kGovernmentWork;
    a.metadata.region = std::string("北京市");
    b.metadata.region = std::string("广东省");
    ReportDiff d = diff_reports(a, b, space_tokenizer());
    REQUIRE(d.warnings.size() == 3);
    CHECK(d.warnings[0].code == "genre");
    CHECK(d.warnings[1].code == "region");
    CHECK(d.warnings[2].code == "years");
    CHECK(d.warnings[2].message.find("2025 then 2027") != std::string::npos);

    Report c = with_targets(2026, {});
    c.metadata = a.metadata;
    c.metadata.review_year = 2025;
    c.metadata.plan_year = 2026;
    CHECK(diff_reports(a, c, space_tokenizer()).warnings.empty());
  }

  TEST_CASE("a proposal work report against a proposal review report is warned about, and its kind is a change") {
    Report a = with_targets(2025, {});
    a.metadata.genre = Genre::kCppccProposal;
    a.metadata.proposal_kind = ProposalKind::kWork;
    Report b = with_targets(2026, {});
    b.metadata.genre = Genre::kCppccProposal;
    b.metadata.proposal_kind = ProposalKind::kReview;
    ReportDiff d = diff_reports(a, b, space_tokenizer());
    REQUIRE(d.warnings.size() == 1);
    CHECK(d.warnings[0].code == "genre");
    CHECK(d.warnings[0].message.find("work vs review") != std::string::npos);
    CHECK(std::any_of(d.metadata.begin(), d.metadata.end(),
                      [](const MetadataChange& c) { return c.field == "proposal_kind"; }));
    b.metadata.proposal_kind = ProposalKind::kWork;
    CHECK(diff_reports(a, b, space_tokenizer()).warnings.empty());
  }
}

}  // namespace cppcc
