#include <doctest/doctest.h>

#include <algorithm>

#include "cppcc/diff.h"
#include "unit/diff/diff_test_support.h"

namespace cppcc {

using namespace diff_test;

namespace {

size_t count_sections(const ReportDiff& d, SectionChange c) {
  return static_cast<size_t>(std::count_if(d.sections.begin(), d.sections.end(),
                                           [c](const SectionAlignment& s) { return s.change == c; }));
}

size_t count_figures(const ReportDiff& d, FigureChange c) {
  return static_cast<size_t>(
      std::count_if(d.figures.begin(), d.figures.end(), [c](const FigureDiff& f) { return f.change == c; }));
}

}  // namespace

TEST_SUITE("diff") {
  TEST_CASE("a report diffed with itself shows no change") {
    Report r = sample_report();
    ReportDiff d = diff_reports(r, r, space_tokenizer());
    CHECK_FALSE(d.has_differences());
    CHECK(d.metadata.empty());
    CHECK(count_sections(d, SectionChange::kMatched) == d.sections.size());
    CHECK(d.sections.size() == 8);
    for (const auto& s : d.sections) CHECK_FALSE(s.text_changed);
    CHECK(count_figures(d, FigureChange::kUnchanged) == r.quantities.size());
    CHECK(d.rising.empty());
    CHECK(d.falling.empty());
    CHECK(d.formulations.kept.size() == 1);
    CHECK(d.glossary.kept.size() == 1);
  }

  TEST_CASE("one figure changed shows exactly that change") {
    Report a = sample_report(), b = sample_report();
    b.quantities[0].value = 320;
    b.quantities[0].surface = "320件";
    b.parts[0].sections[2].body += " 320件";
    a.parts[0].sections[2].body += " 314件";
    ReportDiff d = diff_reports(a, b, space_tokenizer());
    CHECK(d.has_differences());
    REQUIRE(count_figures(d, FigureChange::kChanged) == 1);
    CHECK(count_figures(d, FigureChange::kUnchanged) == a.quantities.size() - 1);
    const FigureDiff& f = *std::find_if(d.figures.begin(), d.figures.end(),
                                        [](const FigureDiff& x) { return x.change == FigureChange::kChanged; });
    CHECK(f.indicator == "立案交办提案");
    CHECK(*f.delta == doctest::Approx(6));
    CHECK(*f.percent == doctest::Approx(100.0 * 6 / 314));
    size_t changed_sections = 0;
    for (const auto& s : d.sections) {
      CHECK(s.change == SectionChange::kMatched);
      if (!s.text_changed) continue;
      ++changed_sections;
      REQUIRE(s.edits.size() == 3);
      CHECK(s.edits[1].text == "314件");
      CHECK(s.edits[2].text == "320件");
    }
    CHECK(changed_sections == 1);
    CHECK(d.rising.empty());
    CHECK(d.falling.empty());
  }

  TEST_CASE("two sections swapped show a move, not a delete and an add") {
    Report a = sample_report(), b = sample_report();
    std::swap(b.parts[0].sections[1], b.parts[0].sections[2]);
    ReportDiff d = diff_reports(a, b, space_tokenizer());
    CHECK(d.has_differences());
    CHECK(count_sections(d, SectionChange::kMoved) == 1);
    CHECK(count_sections(d, SectionChange::kAdded) == 0);
    CHECK(count_sections(d, SectionChange::kRemoved) == 0);
    CHECK(count_figures(d, FigureChange::kChanged) == 0);
    for (const auto& s : d.sections) CHECK_FALSE(s.text_changed);
  }

  TEST_CASE("sections are matched by content even when renumbered and retitled") {
    Report a = sample_report(), b = sample_report();
    auto& secs = b.parts[0].sections;
    secs.erase(secs.begin());  // 加强理论学习 removed
    for (size_t i = 0; i < secs.size(); ++i) secs[i].label = std::string("一二三四五六").substr(3 * i, 3) + "、";
    secs[0].heading = "紧扣中心大局";  // retitled, same content
    secs.push_back(section("六、", "数字政协建设", "数字 平台 网络 信息化 智慧 系统 数据 在线 远程 视频 终端 软件"));
    ReportDiff d = diff_reports(a, b, space_tokenizer());
    CHECK(count_sections(d, SectionChange::kRemoved) == 1);
    CHECK(count_sections(d, SectionChange::kAdded) == 1);
    CHECK(count_sections(d, SectionChange::kMoved) == 0);
    for (const auto& s : d.sections) {
      if (s.change != SectionChange::kMatched) continue;
      if (s.old_section->heading == "聚焦中心工作") CHECK(s.new_section->heading == "紧扣中心大局");
      else CHECK(s.old_section->heading == s.new_section->heading);
    }
  }

  TEST_CASE("a section rewritten between two kept in order pairs with its counterpart") {
    // Below the bar on its own (few words in common), but it stands where the
    // old section stood: between 二 and 四, which are kept.
    Report a = sample_report(), b = sample_report();
    b.parts[0].sections[2] = section("三、", "提升履职质效", "提案 办理 质量 建言 资政 机制 规范 流程 闭环 台账 清单 考评");
    ReportDiff d = diff_reports(a, b, space_tokenizer());
    const SectionAlignment* rewritten = nullptr;
    for (const auto& s : d.sections)
      if (s.new_section && s.new_section->heading == "提升履职质效") rewritten = &s;
    REQUIRE(rewritten != nullptr);
    CHECK(rewritten->change == SectionChange::kMatched);
    REQUIRE(rewritten->old_section.has_value());
    CHECK(rewritten->old_section->heading == "做好提案工作");
    const double score = 0.35 * rewritten->heading_similarity + 0.65 * rewritten->content_similarity + 0.05;
    CHECK(score < DiffOptions{}.min_section_score);  // the gap, not the score, paired it
    CHECK(count_sections(d, SectionChange::kAdded) == 0);
    CHECK(count_sections(d, SectionChange::kRemoved) == 0);
  }

  TEST_CASE("a review section is never aligned with a plan section") {
    // 推进民主监督 was reviewed last year and is planned this year: two
    // different things, however alike the words.
    Report a = sample_report(), b = sample_report();
    Section s = b.parts[0].sections.back();
    b.parts[0].sections.pop_back();
    s.label = "三、";
    b.parts[1].sections.push_back(s);
    ReportDiff d = diff_reports(a, b, space_tokenizer());
    CHECK(count_sections(d, SectionChange::kRemoved) == 1);
    CHECK(count_sections(d, SectionChange::kAdded) == 1);
    for (const auto& x : d.sections)
      if (x.old_section && x.new_section) CHECK(x.old_section->part_kind == x.new_section->part_kind);
  }

  TEST_CASE("a section split in two and two merged into one are recognised") {
    Report a = sample_report(), b = sample_report();
    auto& secs = b.parts[0].sections;
    // 三 split: its second half becomes a section of its own.
    secs[2].body = "提案 立案 交办 督办 办理 质量";
    secs.insert(secs.begin() + 3, section("四、", "提案办理协商", "承办 单位 答复 满意 重点 提案"));
    ReportDiff d = diff_reports(a, b, space_tokenizer());
    CHECK(count_sections(d, SectionChange::kSplit) == 1);
    CHECK(count_sections(d, SectionChange::kAdded) == 0);

    Report c = sample_report();
    auto& merged = c.parts[0].sections;
    merged[3].body += " " + merged[4].body;
    merged.erase(merged.begin() + 4);
    ReportDiff m = diff_reports(a, c, space_tokenizer());
    CHECK(count_sections(m, SectionChange::kMerged) == 1);
    CHECK(count_sections(m, SectionChange::kRemoved) == 0);
    // The unit it went into is named by place and heading; its text is in its own alignment.
    for (const ReportDiff* x : {&d, &m})
      for (const SectionAlignment& s : x->sections)
        if (s.change == SectionChange::kSplit || s.change == SectionChange::kMerged) {
          REQUIRE(s.related.has_value());
          CHECK(!s.related->heading.empty());
          CHECK(s.related->text.empty());
        }
  }

  TEST_CASE("figures are never compared across units") {
    Report a = sample_report(), b = sample_report();
    b.quantities.erase(b.quantities.begin() + 1);  // 87次 gone; 67件次 stays
    ReportDiff d = diff_reports(a, b, space_tokenizer());
    CHECK(count_figures(d, FigureChange::kDropped) == 1);
    CHECK(count_figures(d, FigureChange::kChanged) == 0);
    for (const auto& f : d.figures)
      if (f.old_value && f.new_value) CHECK(f.old_value->unit == f.new_value->unit);
  }

  TEST_CASE("a five-year total, a change and a level of one indicator never pair") {
    Report a, b;
    a.quantities = {quantity("省政协提案", 1047, "件", "1047件")};
    a.quantities[0].period = Period{2024, 2024, "year"};
    Quantity five = quantity("省政协提案", 4408, "件", "4408件");
    five.period = Period{2021, 2025, "years"};
    Quantity more = quantity("省政协提案", 30, "件", "30件");
    more.period = Period{2025, 2025, "year"};
    more.change = Change{"上年", "up", "absolute"};
    b.quantities = {five, more};
    ReportDiff d = diff_reports(a, b, space_tokenizer());
    CHECK(count_figures(d, FigureChange::kChanged) == 0);
    CHECK(count_figures(d, FigureChange::kAdded) == 2);
    // One year against one year pairs.
    Quantity one = quantity("省政协提案", 1100, "件", "1100件");
    one.period = Period{2025, 2025, "year"};
    b.quantities.push_back(one);
    CHECK(count_figures(diff_reports(a, b, space_tokenizer()), FigureChange::kChanged) == 1);
  }

  TEST_CASE("a figure the text dates to another year pairs only with a figure of that year") {
    Report a, b;
    a.metadata.review_year = 2016;
    b.metadata.review_year = 2017;
    a.quantities = {quantity("国内生产总值", 74.4e12, "元", "74.4万亿元", PartKind::kReview, "money")};
    a.quantities[0].period = Period{2016, 2016, "year"};
    // 从54万亿元增加到82.7万亿元 in a review of 2013-2017: the from end is 2012's.
    Quantity from = quantity("国内生产总值", 54e12, "元", "54万亿元", PartKind::kReview, "money");
    from.period = Period{2012, 2012, "year"};
    b.quantities = {from};
    ReportDiff d = diff_reports(a, b, space_tokenizer());
    CHECK(count_figures(d, FigureChange::kChanged) == 0);
    CHECK(count_figures(d, FigureChange::kAdded) == 1);
    Quantity to = quantity("国内生产总值", 82.7e12, "元", "82.7万亿元", PartKind::kReview, "money");
    to.period = Period{2017, 2017, "year"};
    b.quantities.push_back(to);
    d = diff_reports(a, b, space_tokenizer());
    REQUIRE(count_figures(d, FigureChange::kChanged) == 1);
    for (const FigureDiff& f : d.figures)
      if (f.change == FigureChange::kChanged) CHECK(f.new_value->value == 82.7e12);
  }

  TEST_CASE("a rounded restatement between years is listed but is no difference") {
    Report a = sample_report(), b = sample_report();
    b.quantities[0] = qualified(quantity("立案交办提案", 300, "件", "超300件"), "超");
    ReportDiff d = diff_reports(a, b, space_tokenizer());
    CHECK(count_figures(d, FigureChange::kRestated) == 1);
    CHECK_FALSE(d.has_differences());
  }

  TEST_CASE("slogans and glossary terms added, dropped and kept with counts") {
    Report a = sample_report(), b = sample_report();
    Formulation f;
    f.text = "“两个确立”";
    f.occurrences.resize(4);
    b.formulations = {f};
    b.glossary[0].references.resize(5);
    ReportDiff d = diff_reports(a, b, space_tokenizer());
    REQUIRE(d.formulations.added.size() == 1);
    CHECK(d.formulations.added[0].new_count == 4);
    REQUIRE(d.formulations.dropped.size() == 1);
    CHECK(d.formulations.dropped[0].old_count == 2);
    REQUIRE(d.glossary.kept.size() == 1);
    CHECK(d.glossary.kept[0].old_count == 3);
    CHECK(d.glossary.kept[0].new_count == 5);
  }

  TEST_CASE("metadata changes are listed") {
    Report a = sample_report(), b = sample_report();
    b.metadata.title = std::string("新报告");
    ReportDiff d = diff_reports(a, b, space_tokenizer());
    REQUIRE(d.metadata.size() == 1);
    CHECK(d.metadata[0].field == "title");
  }
}

}  // namespace cppcc
