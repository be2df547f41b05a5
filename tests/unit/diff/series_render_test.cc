#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "cppcc/diff.h"
#include "cppcc/diff_render.h"
#include "unit/diff/diff_test_support.h"

namespace cppcc {

using namespace diff_test;

namespace {

Report gov(int year, double gdp_target, double gdp_actual, double jobs_target, const char* jobs_name) {
  Report r;
  r.source.path = "national-" + std::to_string(year) + ".txt";
  r.metadata.review_year = year - 1;
  r.metadata.plan_year = year;
  r.quantities = {
      quantity("国内生产总值增长", gdp_actual, "%", "x", PartKind::kReview, "percent"),
      quantity("国内生产总值增长", gdp_target, "%", "x", PartKind::kPlan, "percent"),
      quantity(jobs_name, jobs_target, "人", "x", PartKind::kPlan, "people"),
      quantity("国防预算", 1, "元", "x", PartKind::kReview, "money"),
  };
  // Seen in one year only: no row.
  r.quantities[3].indicator = year == 2016 ? "港口吞吐" : year == 2017 ? "粮食产量" : "森林覆盖";
  return r;
}

}  // namespace

TEST_SUITE("diff") {
  TEST_CASE("a series aligns indicators across years, targets and outcomes apart") {
    Report a = gov(2018, 6.5, 6.9, 1100e4, "城镇新增就业"), b = gov(2016, 6.5, 6.9, 1000e4, "城镇新增就业人数"),
           c = gov(2017, 6.5, 6.7, 1100e4, "城镇新增就业");
    Series s = build_series({&a, &b, &c});
    CHECK(s.paths.front() == "national-2016.txt");
    REQUIRE(s.years == std::vector<int>{2015, 2016, 2017, 2018});
    REQUIRE(s.rows.size() == 3);
    for (const auto& row : s.rows) CHECK(row.filled() == 3);
    const SeriesRow& gdp_actual = s.rows[0];
    CHECK_FALSE(gdp_actual.target);
    CHECK(gdp_actual.cells[0]->value == 6.9);
    CHECK_FALSE(gdp_actual.cells[3].has_value());
    CHECK(s.rows[2].indicator == "城镇新增就业");
    CHECK(s.rows[2].cells[1]->value == 1000e4);
  }

  TEST_CASE("renderers: text says no differences, JSON has the schema, HTML is self-contained") {
    Report r = sample_report();
    ReportDiff same = diff_reports(r, r, space_tokenizer());
    CHECK(render_diff_text(same).find("No differences.") != std::string::npos);
    auto j = nlohmann::json::parse(render_diff_json(same));
    CHECK(j["schema"] == "cppcc-diff/1");
    CHECK(j["has_differences"] == false);
    CHECK(j["figures"].size() == r.quantities.size());

    Report b = sample_report();
    b.quantities[0].value = 320;
    b.quantities[0].surface = "320件";
    ReportDiff d = diff_reports(r, b, space_tokenizer());
    std::string text = render_diff_text(d);
    CHECK(text.find("314件 → 320件") != std::string::npos);
    CHECK(text.find("\x1b[") == std::string::npos);
    CHECK(render_diff_text(d, {.color = true}).find("\x1b[") != std::string::npos);
    std::string html = render_diff_html(d);
    CHECK(html.find("<svg") != std::string::npos);
    CHECK(html.find("320件") != std::string::npos);
    CHECK(html.find("http") == std::string::npos);
    CHECK(html.find("<script") == std::string::npos);

    Report g1 = gov(2016, 6.5, 6.9, 1000e4, "城镇新增就业"), g2 = gov(2017, 6.5, 6.7, 1100e4, "城镇新增就业");
    Series s = build_series({&g1, &g2});
    std::string csv = render_series_csv(s);
    CHECK(csv.rfind("indicator,type,unit,kind,2015,2016,2017\n", 0) == 0);
    CHECK(csv.find("城镇新增就业,target,人,people,,10000000,11000000") != std::string::npos);
    CHECK(nlohmann::json::parse(render_series_json(s))["rows"].size() == 3);
    CHECK(render_series_html(s).find("<polyline") != std::string::npos);
  }

  TEST_CASE("values are shown in the units the reports use") {
    CHECK(format_quantity_value(quantity("x", 1.46e9, "元", "")) == "14.6亿元");
    CHECK(format_quantity_value(quantity("x", 5992, "件", "")) == "5992件");
    CHECK(format_quantity_value(quantity("x", 1.1e7, "人", "")) == "1100万人");
    Quantity range = quantity("x", 6.5, "%", "");
    range.value_max = 7;
    CHECK(format_quantity_value(range) == "6.5-7%");
    CHECK(format_signed(6) == "+6");
    CHECK(format_signed(-0.5) == "-0.5");
  }
}

}  // namespace cppcc
