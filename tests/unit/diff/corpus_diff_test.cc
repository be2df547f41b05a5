// The diff on real reports (skipped when ../shared is absent).
#include <doctest/doctest.h>

#include <algorithm>

#include "cppcc/diff.h"
#include "cppcc/parse.h"
#include "test_support.h"

namespace cppcc {

namespace {

Report parse_path(const std::filesystem::path& p, const Resources& res) {
  auto src = SourceText::decode(p.string(), test::read_file(p));
  REQUIRE(src.ok());
  return parse_report(*src, res);
}

}  // namespace

TEST_SUITE("diff") {
  TEST_CASE("the seed diffed with itself has no differences and lists its plan targets") {
    CPPCC_REQUIRE_SHARED(shared);
    auto res = Resources::load();
    REQUIRE(res.ok());
    Report seed = parse_path(shared / "corpus/jiangmen-cppcc-2025.txt", **res);
    ReportDiff d = diff_reports(seed, seed, segmenter_tokenizer((*res)->segmenter));
    CHECK_FALSE(d.has_differences());
    std::vector<std::pair<double, std::string>> targets;
    for (const TargetCheck& t : plan_targets(seed)) targets.push_back({t.target.value, t.target.unit});
    for (auto want : {std::pair<double, std::string>{8, "项"}, {16, "项"}, {80, "条"}})
      CHECK(std::find(targets.begin(), targets.end(), want) != targets.end());
    CHECK(std::count(targets.begin(), targets.end(), std::pair<double, std::string>{8, "项"}) >= 2);
  }

  TEST_CASE("Beijing 2025 to 2026: GDP growth is matched and last year's GDP target checked") {
    CPPCC_REQUIRE_SHARED(shared);
    auto res = Resources::load();
    REQUIRE(res.ok());
    Report a = parse_path(shared / "corpus/gov-report-beijing-2025.txt", **res);
    Report b = parse_path(shared / "corpus/gov-report-beijing-2026.txt", **res);
    ReportDiff d = diff_reports(a, b, segmenter_tokenizer((*res)->segmenter));
    CHECK(d.has_differences());
    auto gdp = std::find_if(d.targets.begin(), d.targets.end(), [](const TargetCheck& t) {
      return t.target.indicator.find("地区生产总值增长") != std::string::npos;
    });
    REQUIRE(gdp != d.targets.end());
    CHECK(gdp->status == TargetStatus::kMet);
    REQUIRE(gdp->outcome.has_value());
    CHECK(gdp->outcome->value == doctest::Approx(5.4));
    size_t matched = std::count_if(d.sections.begin(), d.sections.end(), [](const SectionAlignment& s) {
      return s.change == SectionChange::kMatched || s.change == SectionChange::kMoved;
    });
    CHECK(matched >= 10);
  }
}

}  // namespace cppcc
