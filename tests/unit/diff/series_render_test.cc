#include <doctest/doctest.h>

#include <algorithm>
#include <sstream>

#include <nlohmann/json.hpp>

#include "cppcc/data.h"
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

  TEST_CASE("a series keeps one figure a year per row and names an outcome as the target it judged") {
    std::vector<Report> reports;
    for (int year : {2016, 2017, 2018}) {
      Report r = gov(year, 6.5, 6.9, 1000e4, "城镇新增就业");
      r.quantities.push_back(quantity("财政赤字", 2e12, "元", "x", PartKind::kPlan, "money"));
      r.quantities.push_back(quantity("中央财政赤字", 1.4e12, "元", "x", PartKind::kPlan, "money"));
      r.quantities.push_back(quantity("城镇登记失业率", 4.5, "%", "x", PartKind::kPlan, "percent"));
      r.quantities.push_back(quantity("年末城镇登记失业率", 4.0, "%", "x", PartKind::kReview, "percent"));
      for (size_t i = 0; i < r.quantities.size(); ++i) r.quantities[i].span.offset = 10 * i;
      reports.push_back(std::move(r));
    }
    Series s = build_series({&reports[0], &reports[1], &reports[2]});
    auto row = [&s](const char* indicator, bool target) -> const SeriesRow* {
      for (const SeriesRow& r : s.rows)
        if (r.indicator == indicator && r.target == target) return &r;
      return nullptr;
    };
    // 中央财政赤字 is alike 财政赤字 by its bigrams, yet a row of its own.
    REQUIRE(row("中央财政赤字", true));
    CHECK(row("中央财政赤字", true)->filled() == 3);
    CHECK(row("财政赤字", true)->filled() == 3);
    // The review's 年末城镇登记失业率 judged the 城镇登记失业率 target: one name for both rows.
    CHECK_FALSE(row("年末城镇登记失业率", false));
    REQUIRE(row("城镇登记失业率", false));
    CHECK(row("城镇登记失业率", false)->filled() == 3);
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
    std::string csv = render_series_csv(s, {.wide = true});
    CHECK(csv.rfind("indicator,type,unit,kind,2015,2016,2017\r\n", 0) == 0);
    CHECK(csv.find("城镇新增就业,target,人,people,,10000000,11000000\r\n") != std::string::npos);
    auto sj = nlohmann::json::parse(render_series_json(s));
    CHECK(sj["rows"].size() == 3);
    CHECK(sj["report_names"].size() == 2);
    for (const auto& row : sj["rows"])
      for (size_t k = 0; k < row["values"].size(); ++k) CHECK(row["values"][k].is_null() == row["sources"][k].is_null());
    CHECK(render_series_html(s).find("<polyline") != std::string::npos);
  }

  TEST_CASE("series CSV: long by default, numeric ranges, CRLF, BOM, the source of every value") {
    Report g1 = gov(2016, 6.5, 6.9, 1000e4, "城镇新增就业"), g2 = gov(2017, 6, 6.7, 1100e4, "城镇新增就业");
    g1.metadata.title = std::string("政府工作报告");
    g1.metadata.region = std::string("广东省");
    g1.metadata.genre = Genre::kGovernmentWork;
    g1.source.path = "gd-2016.txt";
    g2.quantities[1].value_max = 6.5;  // 6%—6.5%
    g2.quantities[1].qualifier = std::string("左右");
    g2.quantities[1].span.line = 42;
    Series s = build_series({&g2, &g1});
    const std::string csv = render_series_csv(s);
    const std::string head =
        "report,year,region,genre,indicator,kind,period,value,value_max,unit,qualifier,is_target,status,file,line\r\n";
    CHECK(csv.rfind(head, 0) == 0);
    CHECK(csv.find("2016年广东省政府工作报告,2016,广东省,government-work-report,国内生产总值增长,percent,2016,6.5,,%,,true,")
          != std::string::npos);
    CHECK(csv.find(",国内生产总值增长,percent,2017,6,6.5,%,左右,true,,national-2017.txt,42\r\n") != std::string::npos);
    // No title and no genre: the path names the report.
    CHECK(csv.find("\r\nnational-2017.txt,2017,") != std::string::npos);
    ReportSide untitled;
    untitled.path = "x.txt";
    untitled.plan_year = 2016;
    untitled.genre = "government-work-report";
    CHECK(report_name(untitled) == "2016年政府工作报告");
    CHECK(csv.find('~') == std::string::npos);
    // Every line ends in CRLF; one line per filled cell.
    size_t lf = std::count(csv.begin(), csv.end(), '\n'), crlf = 0;
    for (size_t at = csv.find("\r\n"); at != std::string::npos; at = csv.find("\r\n", at + 2)) ++crlf;
    CHECK(lf == crlf);
    size_t filled = 0;
    for (const SeriesRow& r : s.rows) filled += r.filled();
    CHECK(lf == filled + 1);
    CHECK(render_series_csv(s, {.bom = true}) == "\xEF\xBB\xBF" + csv);

    // The wide pivot keeps numbers numeric: a range's upper end in YEAR_max.
    const std::string wide = render_series_csv(s, {.wide = true});
    CHECK(wide.rfind("indicator,type,unit,kind,2015,2016,2017,2017_max\r\n", 0) == 0);
    CHECK(wide.find("国内生产总值增长,target,%,percent,,6.5,6,6.5\r\n") != std::string::npos);
  }

  TEST_CASE("series rows: synonyms merged, comparisons and fragments dropped, spans and other years skipped") {
    CHECK(series_indicator("单位国内生产总值能耗降低") == "单位地区生产总值能耗下降");
    CHECK(series_indicator("单位GDP能耗降低") == "单位地区生产总值能耗下降");
    // 经济增长 is GDP growth as a whole indicator, not inside 数字经济增长.
    CHECK(series_indicator("经济增长") == series_indicator("地区生产总值增长"));
    CHECK(series_indicator("国内生产总值增长") == series_indicator("地区生产总值增长"));
    CHECK(series_indicator("数字经济增长") == "数字经济增长");
    CHECK(series_indicator("规模以上工业增加值增长") == "规上工业增加值增长");
    CHECK(series_indicator("粮食产量") == "粮食产量");
    CHECK(is_series_junk("比去年增加", "元"));
    CHECK(is_series_junk("较上年增长", "%"));
    CHECK(is_series_junk("地市", "%"));
    CHECK(is_series_junk("中国人", "人"));
    CHECK_FALSE(is_series_junk("人口", "人"));
    CHECK_FALSE(is_series_junk("赤字率", "%"));
    CHECK_FALSE(is_series_junk("城镇新增就业", "人"));

    Report a = gov(2016, 6.5, 6.9, 1000e4, "城镇新增就业"), b = gov(2017, 6.5, 6.7, 1100e4, "城镇新增就业");
    a.quantities.push_back(quantity("单位国内生产总值能耗下降", 3.4, "%", "3.4%", PartKind::kPlan, "percent"));
    b.quantities.push_back(quantity("单位国内生产总值能耗降低", 3.4, "%", "3.4%", PartKind::kPlan, "percent"));
    for (Report* r : {&a, &b}) {
      r->quantities.push_back(quantity("比去年增加", 1000, "元", "1000元", PartKind::kPlan, "money"));
      r->quantities.push_back(quantity("地市", 70, "%", "70%", PartKind::kPlan, "percent"));
    }
    // b's review is of 2016; a five-year total and a 2012 "from" value must not fill it.
    Quantity five = quantity("城镇新增就业", 6600e4, "人", "6600万人", PartKind::kReview, "people");
    five.period = Period{2012, 2016, "years"};
    Quantity from = quantity("国内生产总值增长", 7.7, "%", "7.7%", PartKind::kReview, "percent");
    from.period = Period{2012, 2012, "year"};
    b.quantities.insert(b.quantities.begin(), {five, from});
    a.quantities.push_back(quantity("城镇新增就业", 1312e4, "人", "1312万人", PartKind::kReview, "people"));
    b.quantities.push_back(quantity("城镇新增就业", 1314e4, "人", "1314万人", PartKind::kReview, "people"));
    Series s = build_series({&a, &b});
    auto rows = [&s](const std::string& name, bool target) {
      return std::count_if(s.rows.begin(), s.rows.end(),
                           [&](const SeriesRow& r) { return r.indicator.find(name) != std::string::npos && r.target == target; });
    };
    CHECK(rows("能耗", true) == 1);
    CHECK(rows("比去年", true) == 0);
    CHECK(rows("地市", true) == 0);
    auto row = [&s](const std::string& name, bool target) -> const SeriesRow& {
      return *std::find_if(s.rows.begin(), s.rows.end(),
                           [&](const SeriesRow& r) { return r.indicator == name && r.target == target; });
    };
    REQUIRE(rows("城镇新增就业", false) == 1);
    REQUIRE(s.years == std::vector<int>{2015, 2016, 2017});
    CHECK(row("城镇新增就业", false).cells[1]->value == 1314e4);
    CHECK(row("国内生产总值增长", false).cells[1]->value == 6.7);
    CHECK(row("国内生产总值增长", false).sources[1] == 1);
    CHECK(row("国内生产总值增长", false).sources[2] == -1);
  }

  TEST_CASE("data/diff/series_indicators.tsv: every entry is well formed") {
    auto data = embedded_data("diff/series_indicators.tsv");
    REQUIRE(data);
    std::istringstream in{std::string(*data)};
    int entries = 0;
    for (std::string line; std::getline(in, line);) {
      if (line.empty() || line[0] == '#') continue;
      ++entries;
      std::vector<std::string> f;
      std::istringstream fields(line);
      for (std::string x; std::getline(fields, x, '\t');) f.push_back(x);
      CAPTURE(line);
      REQUIRE(!f.empty());
      CHECK((f[0] == "synonym" || f[0] == "whole" || f[0] == "comparison" || f[0] == "keep" || f[0] == "generic"));
      CHECK(f.size() == (f[0] == "synonym" || f[0] == "whole" ? 3u : 2u));
      for (const std::string& x : f) CHECK(!x.empty());
    }
    CHECK(entries > 20);
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
