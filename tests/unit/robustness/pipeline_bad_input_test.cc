// Bad input suite, whole pipeline: numerals, segmentation, the report parser
// and the rule engine on hostile inputs — a correct result or a clear error,
// never a crash or a hang, in time linear in the input.
#include <doctest/doctest.h>

#include <cmath>
#include <string>

#include "bad_inputs.h"
#include "pipeline.h"
#include "test_support.h"

namespace {

using cppcc::test::cat;
using cppcc::test::repeat;
using cppcc::test::repeat_to;

cppcc::SourceText utf8(std::string text) { return cppcc::SourceText::from_utf8("bad.txt", std::move(text)); }

/// Counts occurrences of NEEDLE in HAY.
size_t count(std::string_view hay, std::string_view needle) {
  size_t n = 0;
  for (size_t p = hay.find(needle); p != std::string_view::npos; p = hay.find(needle, p + needle.size())) ++n;
  return n;
}

}  // namespace

TEST_SUITE("robustness") {
  TEST_CASE("a 500-digit number is no numeral; its neighbours still are") {
    const std::string digits = cat({"1", repeat("0", 499)});
    // 10^499 is beyond a double: refusing is the only correct answer.
    CHECK_FALSE(cppcc::parse_numeral(digits).has_value());
    auto big = cppcc::parse_numeral(cat({"1", repeat("0", 299)}));
    REQUIRE(big.has_value());
    CHECK(*big == doctest::Approx(1e299).epsilon(1e-9));
    CHECK(cppcc::parse_numeral(repeat("九", 500)) == std::nullopt);
    // In a report: no infinite quantity comes out, nothing crashes.
    cppcc::test::run_pipeline(utf8(cat({"一、工作回顾\n全年共收到提案", digits, "件。\n"})));
  }

  TEST_CASE("一千亿亿亿亿亿 is 10^43 or no numeral, never infinite") {
    auto v = cppcc::parse_numeral("一千亿亿亿亿亿");
    if (v) CHECK(*v == doctest::Approx(1e43).epsilon(1e-9));
    auto many = cppcc::parse_numeral(repeat("亿", 1000));
    CHECK((!many || std::isfinite(*many)));
    auto mixed = cppcc::parse_numeral(cat({"1", repeat("亿", 100)}));
    CHECK((!mixed || std::isfinite(*mixed)));
    cppcc::test::run_pipeline(utf8(cat({"全年实现产值一千亿亿亿亿亿元，", repeat("亿", 1000), "元。\n"})));
  }

  TEST_CASE("empty text, NUL bytes and lossy garbage go through every step") {
    cppcc::test::run_pipeline(utf8(""));
    cppcc::test::run_pipeline(utf8(std::string("提案\0\0办理。\n\0", 17)));
    cppcc::DecodeOptions lossy;
    lossy.lossy = true;
    lossy.encoding = cppcc::Encoding::kGb18030;
    auto gb = cppcc::SourceText::decode("gb.txt", cppcc::test::truncated_gb18030(), lossy);
    REQUIRE(gb);
    cppcc::test::run_pipeline(*gb);
    lossy.encoding = cppcc::Encoding::kUtf8;
    auto bad = cppcc::SourceText::decode("bad.txt", "\xFF\xFE\xFD提案\xC3\x28。\n", lossy);
    REQUIRE(bad);
    cppcc::test::run_pipeline(*bad);
  }

  TEST_CASE("no newline at all: segmenter, parser and rules stay linear") {
    const size_t small = 1'000'000 / cppcc::test::kScale;
    // Quantities, a quoted formulation (blocked and excluded ranges) and its
    // occurrences: each once per unit, so any pairwise check among them is
    // quadratic here (it was, in the scanner and in formulations).
    const std::string unit = "全年共收到提案三百五十六件，立案三百一十二件，办复率100%，落实“十四五”规划重点任务12项。";
    auto one = utf8(repeat_to(unit, small));
    auto four = utf8(repeat_to(unit, 4 * small));
    double t1 = cppcc::test::seconds([&] { cppcc::test::run_pipeline(one); });
    double t4 = cppcc::test::seconds([&] { cppcc::test::run_pipeline(four); });
    MESSAGE("no newline: " << small / 1e6 << " MB in " << t1 << " s, " << 4 * small / 1e6 << " MB in " << t4 << " s");
    CHECK(t4 < 8 * t1 + 0.5);  // linear: 4x the input, well under 8x the time
    // One unbroken run of Han characters: no punctuation to chunk on.
    auto han = utf8(repeat("政协", small / 6));
    double th = cppcc::test::seconds([&] { cppcc::test::run_pipeline(han); });
    CHECK(th < 20 * t1 + 1.0);
  }

  TEST_CASE("many findings on one long line render in linear time") {
    // A half-width comma between Chinese words is a finding (P003): one per
    // unit, all on the same line. Each caret line is found by walking from
    // the finding, not from the start of the line.
    const size_t small = 400'000 / cppcc::test::kScale;
    const std::string unit = cat({repeat("政协委员积极履职尽责。", 20), "提案,办理。"});
    auto one = utf8(repeat_to(unit, small));
    auto four = utf8(repeat_to(unit, 4 * small));
    const auto d1 = cppcc::lint(one);
    const auto d4 = cppcc::lint(four);
    REQUIRE(d1.size() > 10);
    double t1 = cppcc::test::seconds([&] { CHECK(!cppcc::render_diagnostics_text(one, d1).empty()); });
    double t4 = cppcc::test::seconds([&] { CHECK(!cppcc::render_diagnostics_text(four, d4).empty()); });
    MESSAGE(d1.size() << " findings in " << t1 << " s, " << d4.size() << " findings in " << t4 << " s");
    CHECK(t4 < 8 * t1 + 0.05);
  }

  TEST_CASE("a million one-character lines through every step") {
    const size_t lines = 1'000'000 / cppcc::test::kScale;
    auto src = utf8(repeat("字\n", lines));
    double t = cppcc::test::seconds([&] { cppcc::test::run_pipeline(src); });
    MESSAGE(lines << " one-character lines: " << t << " s");
    CHECK(t < 30.0);
  }

  TEST_CASE("brackets nested 100,000 deep through every step") {
    const size_t depth = 100'000;
    cppcc::test::run_pipeline(utf8(repeat("（", depth) + "提案。" + repeat("）", depth) + "\n"));
    cppcc::test::run_pipeline(utf8(repeat("“", depth) + "提案。\n"));
    const auto unmatched = utf8(repeat("）", depth) + repeat("《", depth) + "\n");
    cppcc::test::run_pipeline(unmatched);
    // Every one of them is a finding: doubled marks are no link arrows here.
    CHECK(cppcc::lint(unmatched).size() == 2 * depth);
  }

  TEST_CASE("a glossary whose items refer to themselves and each other") {
    const std::string report =
        "政协某市委员会常务委员会工作报告\n"
        "一、2024年工作回顾\n"
        "全年围绕“双岗建功”和“委员作为”开展协商。\n"
        "二、2025年工作建议\n"
        "深化“双岗建功”活动。\n"
        "1.“双岗建功”：即“双岗建功”活动，参见“委员作为”。\n"
        "2.“委员作为”：见“双岗建功”，“委员作为”的“委员作为”。\n"
        "3.“名词解释”：本名词解释解释“名词解释”。\n"
        "名词解释\n";
    auto src = utf8(report);
    cppcc::test::run_pipeline(src);
    cppcc::Report r = cppcc::parse_report(src, cppcc::test::shared_resources());
    for (const auto& g : r.glossary) {
      INFO("term " << g.term);
      CHECK(g.references.size() <= count(report, g.term));
    }
  }

  TEST_CASE("the seed report with a self-referring glossary item") {
    CPPCC_REQUIRE_SHARED(shared);
    std::string seed = cppcc::test::read_file(shared / "corpus" / "jiangmen-cppcc-2025.txt");
    const size_t heading = seed.rfind("名词解释");
    REQUIRE(heading != std::string::npos);
    seed.insert(heading, "8.“改革年”：“改革年”指“改革年”活动，见“改革年”。\n\n");
    auto src = cppcc::SourceText::decode("seed.txt", seed);
    REQUIRE(src);
    cppcc::test::run_pipeline(*src);
    cppcc::Report r = cppcc::parse_report(*src, cppcc::test::shared_resources());
    CHECK(r.glossary.size() >= 7);
    for (const auto& g : r.glossary) CHECK(g.references.size() <= count(seed, g.term));
  }
}
