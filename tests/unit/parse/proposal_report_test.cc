// The genre cppcc-proposal-report (issue 18 item 3): the synthetic proposal
// reports of tests/fixtures/proposal/ — a provincial work report with 一、
// parts, a city review report, a county work report in Traditional
// characters — and the real national review excerpt of ../shared/corpus come
// out with their genre, kind, title, level, term, session and parts, and
// only the plan part's figures are targets.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "parse/proposal.h"
#include "parse_support.h"
#include "test_support.h"

namespace {

struct PartExpect {
  cppcc::PartKind kind;
  std::optional<int> year;
  const char* label;
};

struct Expect {
  const char* file;
  cppcc::ProposalKind kind;
  const char* title;
  cppcc::Level level;
  const char* region;
  int term, session;
  const char* date;
  std::optional<std::string> speaker;
  std::vector<PartExpect> parts;
};

void check_targets(const cppcc::Report& r) {
  int targets = 0;
  for (const auto& q : r.quantities) {
    CAPTURE(q.surface);
    if (q.is_target) ++targets;
    if (q.part != cppcc::PartKind::kPlan) CHECK_FALSE(q.is_target);
  }
  bool has_plan = false;
  for (const auto& p : r.parts) has_plan |= p.kind == cppcc::PartKind::kPlan;
  if (has_plan) CHECK(targets > 0);
}

// TEXT parsed, checked to be a proposal report of KIND.
cppcc::Report proposal_of(const std::string& text, cppcc::ProposalKind kind) {
  cppcc::Report r = cppcc::test::parse_text(text);
  CHECK(r.metadata.genre == cppcc::Genre::kCppccProposal);
  CHECK(r.metadata.proposal_kind == kind);
  return r;
}

}  // namespace

TEST_SUITE("parse") {
  TEST_CASE("synthetic proposal reports: genre, kind, title, level, term, session and parts") {
    using cppcc::PartKind;
    const Expect expects[] = {
        {"provincial-work.txt", cppcc::ProposalKind::kWork,
         "关于政协第十三届江南省委员会第二次会议以来提案工作情况的报告", cppcc::Level::kProvincial, "江南省", 13, 3,
         "2025-01-14", "林志远",
         {{PartKind::kReview, 2024, "一、"},
          {PartKind::kReview, 2024, "二、"},  // no role word: the year's work goes on until the plan
          {PartKind::kOther, std::nullopt, "三、"},  // 体会
          {PartKind::kPlan, 2025, "四、"}}},
        {"city-review.txt", cppcc::ProposalKind::kReview, "关于政协第九届云溪市委员会第四次会议提案审查情况的报告",
         cppcc::Level::kCity, "云溪市", 9, 4, "2025-01-16", std::nullopt,
         {{PartKind::kReview, 2025, "一、"}, {PartKind::kReview, 2025, "二、"}, {PartKind::kPlan, 2025, "三、"}}},
        // Matched on the canonical view: the title and names come out Simplified.
        {"county-work-traditional.txt", cppcc::ProposalKind::kWork,
         "关于政协桐岭县第十届委员会第三次会议以来提案工作情况的报告", cppcc::Level::kCounty, "桐岭县", 10, 4,
         "2025-02-20", "陈明华",
         {{PartKind::kReview, 2024, "一、"}, {PartKind::kReview, 2024, "二、"}, {PartKind::kPlan, 2025, "三、"}}},
    };
    const auto dir = std::filesystem::path(CPPCC_TEST_SOURCE_DIR) / "tests" / "fixtures" / "proposal";
    for (const auto& e : expects) {
      CAPTURE(e.file);
      auto [src, r] = cppcc::test::parse_path(dir / e.file);
      const auto& m = r.metadata;
      CHECK(m.genre == cppcc::Genre::kCppccProposal);
      CHECK(m.proposal_kind == e.kind);
      CHECK(m.title == std::string(e.title));
      CHECK(m.level == e.level);
      CHECK(m.region == std::string(e.region));
      CHECK(m.term == e.term);
      CHECK(m.session == e.session);  // the session it is given at, not 第N次会议以来
      CHECK(m.date == std::string(e.date));
      CHECK(m.speaker == e.speaker);
      REQUIRE(r.parts.size() == e.parts.size());
      for (size_t i = 0; i < e.parts.size(); ++i) {
        CAPTURE(i);
        CHECK(r.parts[i].kind == e.parts[i].kind);
        CHECK(r.parts[i].year == e.parts[i].year);
        CHECK(r.parts[i].label == std::string(e.parts[i].label));
      }
      check_targets(r);
    }
  }

  TEST_CASE("the standing committee's own report that mentions proposal work stays its genre") {
    const std::string text =
        "政协第九届云溪市委员会常务委员会工作报告\n"
        "——在政协第九届云溪市委员会第四次会议上\n"
        "各位委员：\n"
        "我代表政协第九届云溪市委员会常务委员会，向大会报告工作，请予审议。\n"
        "一、2024年主要工作\n"
        "会议听取了关于提案工作情况的报告，共收到提案356件。\n"
        "二、2025年工作任务\n"
        "开展专题调研8项。\n";
    cppcc::Report r = cppcc::test::parse_text(text);
    CHECK(r.metadata.genre == cppcc::Genre::kCppccStandingCommittee);
    CHECK_FALSE(r.metadata.proposal_kind);
  }

  TEST_CASE("web copies: the column name before the title is dropped, the half-width colon too") {
    for (const char* head : {"两会受权发布|", "要闻｜", "受权发布：", "授权发布:"}) {
      CAPTURE(head);
      const std::string text = std::string(head) +
                               "关于政协第九届云溪市委员会第四次会议提案审查情况的报告\n"
                               "（2025年1月16日政协第九届云溪市委员会第四次会议通过）\n"
                               "各位委员：\n"
                               "大会共收到提案356件。\n";
      cppcc::Report r = proposal_of(text, cppcc::ProposalKind::kReview);
      CHECK(r.metadata.title == std::string("关于政协第九届云溪市委员会第四次会议提案审查情况的报告"));
      CHECK(r.metadata.session == 4);
    }
  }

  TEST_CASE("numbered topics under no part heading are the proposal work: one review part") {
    cppcc::Report r = proposal_of(
        "关于政协桐岭县第十届委员会第三次会议以来提案工作情况的报告\n"
        "（2025年2月20日）\n"
        "各位委员：\n"
        "一、坚持正确方向\n"
        "全年召开提案协商会12次。\n"
        "二、加强自身建设\n"
        "举办培训班2期。\n",
        cppcc::ProposalKind::kWork);
    REQUIRE(r.parts.size() == 1);
    CHECK(r.parts[0].kind == cppcc::PartKind::kReview);
    CHECK(r.parts[0].year == 2024);
    CHECK(r.parts[0].sections.size() == 2);
    CHECK(r.metadata.review_year == 2024);
  }

  TEST_CASE("a newspaper page: the title and subtitle wrapped every 17 characters") {
    cppcc::Report r = proposal_of(
        "关于政协第十三届江南省委员会第二次\n会议以来提案工作情况的报告\n\n"
        "——在政协第十三届江南省委员会第三\n次会议上\n\n"  // 次会议上 is no speaker
        "政协江南省委员会副主席　林志远\n\n（2025年1月14日）\n\n各位委员：\n\n"
        "我受政协第十三届江南省委员会常务委\n员会委托，向大会报告提案工作情况。\n",
        cppcc::ProposalKind::kWork);
    CHECK(r.metadata.title == std::string("关于政协第十三届江南省委员会第二次会议以来提案工作情况的报告"));
    CHECK(r.metadata.session == 3);
    CHECK(r.metadata.speaker == std::string("林志远"));
  }

  TEST_CASE("a proposal report without a title is told by its opening") {
    const std::string text =
        "各位委员：\n"
        "我受政协桐岭县第十届委员会常务委员会委托，向大会报告十届三次会议以来的提案工作情况，请予审议。\n"
        "一年来，县政协共收到提案186件。\n";
    cppcc::Report r = proposal_of(text, cppcc::ProposalKind::kWork);
    CHECK(r.metadata.term == 10);
    CHECK_FALSE(r.metadata.title);
    proposal_of("各位委员：\n我受全国政协常务委员会委托，向大会报告十四届二次会议以来的提案工作，请予审议。\n",
                cppcc::ProposalKind::kWork);
    // A review report speaks for nobody: 现将…提案审查情况报告如下.
    proposal_of("各位委员：\n政协第九届云溪市委员会第四次会议期间，共收到提案356件。现将提案审查情况报告如下。\n",
                cppcc::ProposalKind::kReview);
  }

  TEST_CASE("the national proposal review of 2024 is a proposal report, not a standing-committee report") {
    CPPCC_REQUIRE_SHARED(shared);
    auto [src, r] =
        cppcc::test::parse_path(shared / "corpus" / "cppcc-excerpts" / "cppcc-national-2024-proposal-review.txt");
    const auto& m = r.metadata;
    CHECK(m.genre == cppcc::Genre::kCppccProposal);
    CHECK(m.proposal_kind == cppcc::ProposalKind::kReview);
    // The clean title line, not the web headline 两会受权发布|… above it.
    CHECK(m.title == std::string("中国人民政治协商会议第十四届全国委员会提案委员会关于政协十四届二次会议提案审查情况的报告"));
    CHECK(m.committee == std::string("中国人民政治协商会议第十四届全国委员会提案委员会"));
    CHECK(m.level == cppcc::Level::kNational);
    CHECK(m.term == 14);
    CHECK(m.session == 2);
    CHECK(m.date == std::string("2024-03-10"));
    CHECK_FALSE(m.speaker);
    CHECK(r.parts.empty());  // the excerpt has no part headings
    CHECK(r.quantities.size() >= 19);
    check_targets(r);
  }

  TEST_CASE("an unnumbered 下一步工作打算 line opens the plan part; the summary before the first part is the review") {
    const auto path = std::filesystem::path(CPPCC_TEST_SOURCE_DIR) / "tests" / "fixtures" / "proposal" /
                      "city-work-next-steps.txt";
    auto [src, r] = cppcc::test::parse_path(path);
    CHECK(r.metadata.genre == cppcc::Genre::kCppccProposal);
    REQUIRE(r.parts.size() == 3);
    CHECK(r.parts[0].kind == cppcc::PartKind::kReview);
    CHECK(r.parts[1].kind == cppcc::PartKind::kReview);
    CHECK(r.parts[2].kind == cppcc::PartKind::kPlan);
    CHECK(r.parts[2].heading == "下一步工作打算");
    CHECK(r.parts[2].year == 2025);
    int summary = 0, targets = 0;
    for (const auto& q : r.quantities) {
      CAPTURE(q.surface);
      if (q.paragraph < *r.parts[0].paragraph) {
        ++summary;
        CHECK(q.part == cppcc::PartKind::kReview);  // 共收到提案386件，立案352件 …
      }
      targets += q.is_target;
    }
    CHECK(summary == 5);
    CHECK(targets == 3);  // 12件左右, 4次, 100% under 下一步工作打算
    check_targets(r);
  }

  TEST_CASE("今后工作 and 下一步工作 are plan headings of a proposal report only; a sentence is not") {
    CHECK(cppcc::parse::is_proposal_plan_heading("今后工作"));
    CHECK(cppcc::parse::is_proposal_plan_heading("下一步工作"));
    CHECK(cppcc::parse::is_proposal_plan_heading("下一步工作打算："));
    CHECK(cppcc::parse::is_proposal_plan_heading("新的一年提案工作思路"));
    CHECK_FALSE(cppcc::parse::is_proposal_plan_heading("下一步工作要更加注重提案质量"));
    CHECK_FALSE(cppcc::parse::is_proposal_plan_heading("今后工作中还存在一些不足"));
    // A standing-committee report with a 下一步工作 line keeps its own parts.
    const std::string text =
        "中国人民政治协商会议第十届青川市委员会常务委员会工作报告\n各位委员：\n"
        "2024年工作回顾\n一年来，召开常委会会议6次。\n下一步工作\n继续开展调研。\n2025年工作任务\n"
        "组织开展8项专题重点调研。\n";
    cppcc::Report r = cppcc::test::parse_text(text);
    CHECK(r.metadata.genre != cppcc::Genre::kCppccProposal);
    for (const auto& p : r.parts) CHECK(p.heading != "下一步工作");
  }
}
