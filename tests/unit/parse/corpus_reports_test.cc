// Every government report in ../shared/corpus: genre, level, years, a review
// and a plan part, numbered sections in order, trailing junk left out.
#include <doctest/doctest.h>

#include <functional>

#include "parse_support.h"
#include "test_support.h"

namespace {

void check_numbering(const std::vector<cppcc::Section>& secs, const std::string& where) {
  for (size_t i = 0; i < secs.size(); ++i) {
    CHECK_MESSAGE(secs[i].number == static_cast<int>(i + 1), where, " section ", i, " is ", secs[i].label);
    check_numbering(secs[i].subsections, where + "/" + secs[i].label);
  }
}

}  // namespace

TEST_SUITE("parse") {
  TEST_CASE("government reports in the corpus parse with both parts and ordered sections") {
    CPPCC_REQUIRE_SHARED(shared);
    struct Expect {
      const char* file;
      cppcc::Level level;
      std::optional<int> review, plan;
      size_t plan_sections;
    };
    const Expect expects[] = {
        {"gov-report-beijing-2025.txt", cppcc::Level::kProvincial, 2024, 2025, 11},
        {"gov-report-beijing-2026.txt", cppcc::Level::kProvincial, 2025, 2026, 10},
        {"gov-report-guangdong-2025.txt", cppcc::Level::kProvincial, 2024, 2025, 12},
        {"gov-report-guangdong-2026.txt", cppcc::Level::kProvincial, 2025, 2026, 14},
        {"gov-report-national-2016.txt", cppcc::Level::kNational, 2015, 2016, 8},
        {"gov-report-national-2017.txt", cppcc::Level::kNational, 2016, 2017, 0},
        {"gov-report-national-2018.txt", cppcc::Level::kNational, 2017, 2018, 0},  // 过去五年: 2013-2017
        {"gov-report-national-2019.txt", cppcc::Level::kNational, 2018, 2019, 0},
        {"gov-report-national-2020.txt", cppcc::Level::kNational, 2019, 2020, 0},
        {"gov-report-national-2020.gb18030.txt", cppcc::Level::kNational, 2019, 2020, 0},
    };
    for (const auto& e : expects) {
      CAPTURE(e.file);
      auto [src, r] = cppcc::test::parse_path(shared / "corpus" / e.file);
      CHECK(r.metadata.genre == cppcc::Genre::kGovernmentWork);
      CHECK(r.metadata.level == e.level);
      CHECK(r.metadata.review_year == e.review);
      CHECK(r.metadata.plan_year == e.plan);
      bool review = false, plan = false;
      for (const auto& p : r.parts) {
        review |= p.kind == cppcc::PartKind::kReview;
        plan |= p.kind == cppcc::PartKind::kPlan;
        check_numbering(p.sections, std::string(e.file) + ":" + p.heading);
      }
      CHECK(review);
      CHECK(plan);
      if (e.plan_sections) {
        const cppcc::Part* last_plan = nullptr;
        for (const auto& p : r.parts)
          if (p.kind == cppcc::PartKind::kPlan) last_plan = &p;
        REQUIRE(last_plan);
        CHECK(last_plan->sections.size() == e.plan_sections);
      }
      CHECK(r.closing.has_value());
      // Licence lines, related links and page menus stay out of the body.
      for (const auto& bp : r.paragraphs) {
        CHECK_MESSAGE(bp.text.find("Public domain") == std::string::npos, bp.text.substr(0, 60));
        CHECK_MESSAGE(bp.text.find("本作品") != 0, bp.text.substr(0, 60));
        CHECK_MESSAGE(bp.text.find("相关报道") != 0, bp.text.substr(0, 60));
        CHECK_MESSAGE(bp.text.find("下载") != 0, bp.text);
        CHECK_MESSAGE(bp.text.find("【字号") != 0, bp.text);
      }
      for (const auto& g : r.glossary) CHECK(!g.term.empty());
    }
  }

  TEST_CASE("the Guangdong glossaries are read after the appendix, not the appendix items") {
    CPPCC_REQUIRE_SHARED(shared);
    auto a = cppcc::test::parse_path(shared / "corpus" / "gov-report-guangdong-2025.txt");
    CHECK(a.report.glossary.size() == 18);
    auto b = cppcc::test::parse_path(shared / "corpus" / "gov-report-guangdong-2026.txt");
    REQUIRE(b.report.glossary.size() == 13);
    CHECK(b.report.glossary[0].term == "四上");
    CHECK(b.report.glossary[0].definition.find("现阶段") == 0);  // definition on the line after the term
  }
}
