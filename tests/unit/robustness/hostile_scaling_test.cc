// Hostile shapes that were quadratic (issue 12): deeply nested “…” through the
// parser and the diff, one figure named thousands of times, and thousands of
// distinct indicators in a diff.
// Scaling checks only (4x the input, well under 8x the time, the fastest of three
// runs each); the absolute targets are in scripts/bench.
#include <doctest/doctest.h>

#include <string>

#include "bad_inputs.h"
#include "cppcc/diff.h"
#include "pipeline.h"

namespace {

using cppcc::test::cat;
using cppcc::test::repeat;

cppcc::SourceText utf8(std::string text) { return cppcc::SourceText::from_utf8("hostile.txt", std::move(text)); }

/// A short report whose review part holds BODY as one paragraph.
std::string report_around(const std::string& body) {
  return cat({"政协工作报告\n各位委员：\n一、2024年工作回顾\n全年共收到提案356件，立案312件，落实“十四五”规划重点任务12项。\n",
              body, "\n二、2025年工作任务\n今年要深入学习贯彻“两个确立”，完成重点调研8项。\n"});
}

cppcc::Report parse(const std::string& text) {
  return cppcc::parse_report(utf8(text), cppcc::test::shared_resources());
}

cppcc::ReportDiff diff(const cppcc::Report& a, const cppcc::Report& b, const cppcc::DiffOptions& options = {}) {
  return cppcc::diff_reports(a, b, cppcc::segmenter_tokenizer(cppcc::test::shared_resources().segmenter), options);
}

std::string nested_quotes(size_t depth) { return cat({repeat("“", depth), "中", repeat("”", depth)}); }

}  // namespace

TEST_SUITE("robustness") {
  TEST_CASE("nested quotes: formulations, blocked ranges and indicators stay linear") {
    // Every “ used to search for its ” (and the formulation scan for a “
    // inside it): 50,000 deep took 46 s.
    const size_t small = 2'000 / cppcc::test::kScale;
    const std::string one = report_around(nested_quotes(small));
    const std::string four = report_around(nested_quotes(4 * small));
    double t1 = cppcc::test::fastest_seconds([&] { cppcc::test::run_pipeline(utf8(one), false); });
    double t4 = cppcc::test::fastest_seconds([&] { cppcc::test::run_pipeline(utf8(four), false); });
    MESSAGE("nested “: depth " << small << " in " << t1 << " s, depth " << 4 * small << " in " << t4 << " s");
    CHECK(t4 < 8 * t1 + 0.05);  // linear: 4x the input, well under 8x the time
    // The innermost “中” is still a quotation: no quantity, no crash.
    const cppcc::Report r = parse(four);
    CHECK(r.quantities.size() >= 2);
  }

  TEST_CASE("nested quotes through the diff stay linear") {
    // As cppcc-diff does it: parse, then diff; a figure beside the quotes
    // makes the diff read that paragraph for the figure's context.
    const size_t small = 2'000 / cppcc::test::kScale;
    const cppcc::Report base = parse(report_around(""));
    (void)diff(base, base);  // first use loads what the diff needs: not timed
    auto nested_report = [](size_t depth) { return report_around(cat({nested_quotes(depth), "全年完成调研8项。"})); };
    const std::string one = nested_report(small), four = nested_report(4 * small);
    double t1 = cppcc::test::fastest_seconds([&] { CHECK(diff(base, parse(one)).has_differences()); });
    double t4 = cppcc::test::fastest_seconds([&] { CHECK(diff(base, parse(four)).has_differences()); });
    MESSAGE("diff, nested “: " << t1 << " s, 4x: " << t4 << " s");
    CHECK(t4 < 8 * t1 + 0.05);
  }

  TEST_CASE("one figure named thousands of times: the figure match stays linear") {
    // Each old figure scanned every new figure of its indicator that did not
    // match: 0.5 MB of one repeated sentence took 5.5 s.
    const size_t small = 1'500 / cppcc::test::kScale;
    auto body = [](double growth, size_t times) {
      return repeat(cat({"全市地区生产总值增长", std::to_string(growth).substr(0, 3), "%，城镇新增就业28万人。"}), times);
    };
    const cppcc::Report old1 = parse(report_around(body(5.2, small)));
    const cppcc::Report new1 = parse(report_around(body(5.4, small)));
    const cppcc::Report old4 = parse(report_around(body(5.2, 4 * small)));
    const cppcc::Report new4 = parse(report_around(body(5.4, 4 * small)));
    REQUIRE(old4.quantities.size() >= 4 * small);
    cppcc::DiffOptions figures_only;  // the word diff is quadratic by nature, up to its budget
    figures_only.word_diff = false;
    cppcc::ReportDiff d4 = diff(old1, old1, figures_only);  // first use loads what the diff needs: not timed
    double t1 = cppcc::test::fastest_seconds([&] { (void)diff(old1, new1, figures_only); });
    double t4 = cppcc::test::fastest_seconds([&] { d4 = diff(old4, new4, figures_only); });
    MESSAGE("repeated figure: " << old1.quantities.size() << " in " << t1 << " s, " << old4.quantities.size()
                                << " in " << t4 << " s");
    CHECK(t4 < 8 * t1 + 0.05);
    // Still matched one to one, in document order: every growth figure changed.
    size_t changed = 0;
    for (const cppcc::FigureDiff& f : d4.figures)
      if (f.change == cppcc::FigureChange::kChanged && f.unit == "%") ++changed;
    CHECK(changed >= 4 * small);
  }

  TEST_CASE("thousands of distinct indicators: the fuzzy figure match stays linear") {
    // Every unmatched old figure was compared with every new one of its unit
    // (bigram similarity): 0.25 MB of distinct indicators took 50 s. They all
    // end in 增长, so a plain bigram index would not help either.
    const size_t small = 600 / cppcc::test::kScale;
    auto body = [](uint32_t salt, size_t n) {
      std::string out;
      uint32_t x = salt;
      for (size_t k = 0; k < n; ++k) {
        out += "全市";
        for (int c = 0; c < 6; ++c) {
          x = x * 1103515245u + 12345u;
          cppcc::utf8::append(out, U'\u4E00' + (x >> 8) % 3000);
        }
        out += cat({"增长", std::to_string(1 + k % 9), "%。\n"});
      }
      return out;
    };
    const cppcc::Report old1 = parse(report_around(body(1, small)));
    const cppcc::Report new1 = parse(report_around(body(2, small)));
    const cppcc::Report old4 = parse(report_around(body(1, 4 * small)));
    const cppcc::Report new4 = parse(report_around(body(2, 4 * small)));
    REQUIRE(old4.quantities.size() >= 4 * small);
    cppcc::DiffOptions figures_only;
    figures_only.word_diff = false;
    (void)diff(old1, new1, figures_only);  // first use loads what the diff needs: not timed
    double t1 = cppcc::test::fastest_seconds([&] { (void)diff(old1, new1, figures_only); });
    double t4 = cppcc::test::fastest_seconds([&] { (void)diff(old4, new4, figures_only); });
    MESSAGE("distinct indicators: " << old1.quantities.size() << " in " << t1 << " s, " << old4.quantities.size()
                                    << " in " << t4 << " s");
    CHECK(t4 < 8 * t1 + 0.05);
  }

  TEST_CASE("the fuzzy figure match still pairs indicators worded a little differently") {
    const cppcc::Report a = parse(report_around("全市规模以上工业增加值增长6.1%。"));
    const cppcc::Report b = parse(report_around("全市规模以上工业企业增加值增长6.3%。"));
    bool paired = false;
    for (const cppcc::FigureDiff& f : diff(a, b).figures)
      paired = paired || (f.old_value && f.new_value && f.old_value->value == doctest::Approx(6.1) &&
                          f.new_value->value == doctest::Approx(6.3));
    CHECK(paired);
  }

  TEST_CASE("the word diff's work is bounded: past the budget, one deletion and one insertion") {
    std::vector<cppcc::DiffToken> a, b;
    for (int i = 0; i < 300; ++i) {
      a.push_back({std::to_string(i % 7), true});
      b.push_back({std::to_string(i % 5), true});
    }
    const auto full = cppcc::diff_tokens(a, b);
    CHECK(full.size() > 2);  // 300 x 300 cells: a real LCS with many runs
    const auto capped = cppcc::diff_tokens(a, b, 1000);
    REQUIRE(capped.size() == 3);  // the common prefix 0 1 2 3 4, then the rest replaced
    CHECK(capped[0].op == cppcc::EditOp::kEqual);
    CHECK(capped[1].op == cppcc::EditOp::kDelete);
    CHECK(capped[2].op == cppcc::EditOp::kInsert);
  }
}
