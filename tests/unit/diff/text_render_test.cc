// The journalist-first text of a diff (lib/src/render/diff_text.cc) and the
// pairing reasons behind it (figures.cc, targets.cc, target_changes.cc).
#include <doctest/doctest.h>

#include <algorithm>
#include <sstream>

#include <nlohmann/json.hpp>

#include "cppcc/diff.h"
#include "cppcc/diff_render.h"
#include "cppcc/text.h"
#include "unit/diff/diff_test_support.h"

namespace cppcc {

using namespace diff_test;

namespace {

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

/// Lines that open a topic (not indented), after the two header lines.
std::vector<std::string> titles_of(const std::string& text) {
  std::vector<std::string> out;
  auto lines = lines_of(text);
  for (size_t i = 2; i < lines.size(); ++i)
    if (!lines[i].empty() && lines[i][0] != ' ') out.push_back(lines[i]);
  return out;
}

/// Two reports with N review figures each, the i-th grown by i %, plus a
/// target changed and one met.
std::pair<Report, Report> pair_with_figures(int n) {
  Report a = sample_report(), b = sample_report();
  a.quantities.clear();
  b.quantities.clear();
  for (int i = 1; i <= n; ++i) {
    std::string name = "指标" + std::to_string(i) + "号项目";
    a.quantities.push_back(quantity(name, 100, "个", "100个"));
    b.quantities.push_back(quantity(name, 100 + i, "个", std::to_string(100 + i) + "个"));
  }
  a.quantities.push_back(qualified(quantity("地区生产总值增长", 5, "%", "5%左右", PartKind::kPlan, "percent"), "左右"));
  Quantity range = quantity("地区生产总值增长", 4.5, "%", "4.5%—5%", PartKind::kPlan, "percent");
  range.value_max = 5;
  b.quantities.push_back(range);
  b.quantities.push_back(quantity("地区生产总值增长", 5.2, "%", "5.2%", PartKind::kReview, "percent"));
  b.metadata.review_year = 2025;
  b.metadata.plan_year = 2026;
  b.source.path = "sample-2026.txt";
  return {a, b};
}

}  // namespace

TEST_SUITE("diff") {
  TEST_CASE("text opens with the headline block: target changes, last year's targets, largest changes") {
    auto [a, b] = pair_with_figures(30);
    ReportDiff d = diff_reports(a, b, space_tokenizer());
    std::string text = render_diff_text(d);
    auto titles = titles_of(text);
    REQUIRE(titles.size() >= 4);
    CHECK(titles[0].rfind("Target changes 2025 → 2026: 0 raised, 0 cut, 1 range changed", 0) == 0);
    CHECK(titles[1].rfind("Last year's targets (2025): 1 met, 0 missed", 0) == 0);
    CHECK(titles[2] == "Largest changes among comparable figures (10 of 30)");
    CHECK(titles[3] == "Summary");
    // The largest first: 30 % … 21 %; the 20th figure (+20 %) is left out.
    auto lines = lines_of(text);
    auto at = std::find(lines.begin(), lines.end(), titles[2]) - lines.begin();
    CHECK(lines[at + 1] == "  [review] 指标30号项目  100个 → 130个  +30个 (+30%)");
    CHECK(lines[at + 10] == "  [review] 指标21号项目  100个 → 121个  +21个 (+21%)");
    CHECK(lines[at + 11] == "  … 20 more, --full shows all");
    CHECK(text.find("指标20号项目  100个") == std::string::npos);

    DiffRenderOptions full;
    full.full = true;
    std::string all = render_diff_text(d, full);
    CHECK(all.find("Changed figures (30), largest first") != std::string::npos);
    for (int i = 1; i <= 30; ++i) CHECK(all.find("指标" + std::to_string(i) + "号项目  100个") != std::string::npos);
    CHECK(all.find("--full shows all") == std::string::npos);
  }

  TEST_CASE("text topics are bounded: about a screen each, and no line past max_line") {
    Report a = sample_report(), b = sample_report();
    a.quantities.clear();
    b.quantities.clear();
    for (int i = 0; i < 50; ++i)
      b.quantities.push_back(quantity("新增指标" + std::to_string(i) + std::string(200, 'x'), i + 1, "个", "1个"));
    ReportDiff d = diff_reports(a, b, space_tokenizer());
    DiffRenderOptions o;
    o.topic_lines = 7;
    o.max_line = 40;
    std::string text = render_diff_text(d, o);
    CHECK(text.find("New figures (50)") != std::string::npos);
    CHECK(text.find("  … 43 more, --full shows all") != std::string::npos);
    for (const std::string& l : lines_of(text)) CHECK(utf8::length(l) <= 41);
    CHECK(text.find("x…\n") != std::string::npos);
    // Colour codes do not count, and a cut coloured line is reset.
    o.color = true;
    std::string coloured = render_diff_text(d, o);
    CHECK(coloured.find("x…\x1b[0m\n") != std::string::npos);
  }

  TEST_CASE("every pairing records why: indicator match, rule, unit, measure, period") {
    auto [a, b] = pair_with_figures(2);
    // One indicator worded differently: paired by likeness.
    a.quantities.push_back(quantity("新建保障性住房", 100, "套", "100套"));
    b.quantities.push_back(quantity("新建保障性住房项目", 200, "套", "200套"));
    ReportDiff d = diff_reports(a, b, space_tokenizer());
    for (const FigureDiff& f : d.figures) CHECK(f.pairing.has_value() == (f.old_value && f.new_value));
    auto figure = [&d](const std::string& name) {
      auto it = std::find_if(d.figures.begin(), d.figures.end(), [&](const FigureDiff& f) { return f.indicator == name; });
      REQUIRE(it != d.figures.end());
      return *it;
    };
    const Pairing same = *figure("指标1号项目").pairing;
    CHECK(same.match == "same-indicator");
    CHECK(same.indicator_similarity == 1);
    CHECK(same.rule == "document-order");
    CHECK(same.unit == "个");
    CHECK(same.measure == "level");
    CHECK(same.period == "year");
    const Pairing alike = *figure("新建保障性住房项目").pairing;
    CHECK(alike.match == "similar-indicator");
    CHECK(alike.rule == "most-alike");
    CHECK(alike.old_indicator == "新建保障性住房");
    CHECK(alike.indicator_similarity >= 0.7);
    CHECK(alike.indicator_similarity < 1);

    REQUIRE(d.target_changes.size() == 1);
    REQUIRE(d.target_changes[0].pairing);
    CHECK(d.target_changes[0].pairing->measure == "增长");
    CHECK(d.target_changes[0].pairing->period == "2025→2026");
    REQUIRE(d.targets.size() == 1);
    REQUIRE(d.targets[0].pairing);
    CHECK(d.targets[0].pairing->period == "2025");

    auto j = nlohmann::json::parse(render_diff_json(d));
    for (const auto& f : j["figures"])
      if (!f["old"].is_null() && !f["new"].is_null()) CHECK(f["pairing"]["match"].is_string());
    CHECK(j["target_changes"][0]["pairing"]["measure"] == "增长");

    DiffRenderOptions o;
    CHECK(render_diff_text(d, o).find("why:") == std::string::npos);
    o.explain_pairs = true;
    std::string text = render_diff_text(d, o);
    CHECK(text.find("      why: similar-indicator") != std::string::npos);
    CHECK(text.find("(新建保障性住房 ↔ 新建保障性住房项目), unit 套 (count), level, year, most-alike") !=
          std::string::npos);
  }
}

}  // namespace cppcc
