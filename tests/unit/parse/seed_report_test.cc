// The seed report (jiangmen-cppcc-2025.txt): the "done when" of issue 3.
#include <doctest/doctest.h>

#include "parse_support.h"
#include "test_support.h"

TEST_SUITE("parse") {
  TEST_CASE("the seed report parses into the model the issue asks for") {
    CPPCC_REQUIRE_SHARED(shared);
    auto [src, r] = cppcc::test::parse_path(shared / "corpus" / "jiangmen-cppcc-2025.txt");
    const auto& m = r.metadata;
    CHECK(m.genre == cppcc::Genre::kCppccStandingCommittee);
    CHECK(m.level == cppcc::Level::kCity);
    CHECK(m.region == "江门市");
    CHECK(m.term == 14);
    CHECK(m.session == 5);
    CHECK(m.date == "2025-02-25");
    CHECK(m.speaker == "张磊");
    CHECK(m.review_year == 2024);
    CHECK(m.plan_year == 2025);
    CHECK(m.title == "中国人民政治协商会议第十四届江门市委员会常务委员会工作报告");

    REQUIRE(r.parts.size() == 2);
    CHECK(r.parts[0].kind == cppcc::PartKind::kReview);
    CHECK(r.parts[0].year == 2024);
    CHECK(r.parts[0].heading == "2024年：同心共庆75载光辉历程，携手开创政协工作新局面");
    CHECK(r.parts[1].kind == cppcc::PartKind::kPlan);
    CHECK(r.parts[1].year == 2025);
    CHECK(r.parts[1].heading == "2025年：奋进全面深化改革新征程，共谱江门现代化建设新篇章");
    const char* labels[] = {"一、", "二、", "三、", "四、", "五、", "六、"};
    REQUIRE(r.parts[0].sections.size() == 6);
    REQUIRE(r.parts[1].sections.size() == 5);
    for (size_t p = 0; p < 2; ++p)
      for (size_t i = 0; i < r.parts[p].sections.size(); ++i) {
        CHECK(r.parts[p].sections[i].number == static_cast<int>(i + 1));
        CHECK(r.parts[p].sections[i].label == labels[i]);
      }
    CHECK(r.parts[0].sections[0].heading == "坚持以党的政治建设为统领，巩固团结奋斗的共同思想政治基础");
    CHECK(r.parts[1].sections[4].heading == "奋楫争先练内功，锻造高素质善作为政协队伍");
    // Lead sentences open the paragraphs of the review sections.
    const auto& leads = r.parts[0].sections[0].lead_sentences;
    REQUIRE_FALSE(leads.empty());
    CHECK(leads[0].text == "党的创新理论武装走深走实。");

    REQUIRE(r.glossary.size() == 7);
    const char* terms[] = {"十个坚持", "两个毫不动摇", "七个聚焦", "1310", "1+6+3", "两个全覆盖", "政协协商工作改革年"};
    for (size_t i = 0; i < 7; ++i) {
      CHECK(r.glossary[i].number == static_cast<int>(i + 1));
      CHECK(r.glossary[i].term == terms[i]);
      CHECK_MESSAGE(!r.glossary[i].references.empty(), terms[i]);
    }
    CHECK(r.glossary[3].written == "广东省委“1310”具体部署");
    // 两个毫不动摇 is used once in the body, split by a line wrap (两个毫不\n动摇).
    REQUIRE(r.glossary[1].references.size() == 1);
    CHECK(r.glossary[1].references[0].end_line == r.glossary[1].references[0].line + 1);

    REQUIRE(r.shortcomings.has_value());
    CHECK(r.shortcomings->text.find("仍存在许多不足") != std::string::npos);
    CHECK(r.shortcomings->span.line == 474);
    REQUIRE(r.closing.has_value());
    CHECK(r.closing->span.line == 644);

    // Formulations: known ones, unseen ones by shape, glossary-defined ones.
    auto find = [&](const std::string& t) -> const cppcc::Formulation* {
      for (const auto& f : r.formulations)
        if (f.text == t) return &f;
      return nullptr;
    };
    for (const char* t : {"两个确立", "两个维护", "十个坚持", "1310", "1+6+3", "三会一课", "一老一小", "百千万工程", "十四五"})
      CHECK_MESSAGE(find(t) != nullptr, t);
    REQUIRE(find("1310"));
    CHECK(find("1310")->defined);
    CHECK_FALSE(find("两个确立")->defined);
    REQUIRE(find("十大新突破"));  // not in the list: found by its shape
    CHECK_FALSE(find("十大新突破")->known);
  }
}
