// Parts by role on the layouts of provincial reports (issue 19): the 2026
// pattern, unnumbered part headings, headings without role words, every
// indent character, bylines and date lines.
#include <doctest/doctest.h>

#include <string>

#include "cppcc/parse.h"
#include "parse_support.h"

namespace {

using cppcc::test::parse_text;

std::string replace_all(std::string s, const std::string& from, const std::string& to) {
  for (size_t p = s.find(from); p != std::string::npos; p = s.find(from, p + to.size())) s.replace(p, from.size(), to);
  return s;
}

// A 2026 report: five-year review and last year, the five-year plan, the
// year's tasks, then an unnumbered part on the government's own conduct.
const std::string k2026 =
    "2026年某某省政府工作报告\n"
    "——2026年1月16日在某某省第十四届人民代表大会第五次会议上\n"
    "省长 李乐成\n"
    "各位代表：\n"
    "　　现在，我代表省人民政府，向大会报告工作，请予审议。\n"
    "　　一、2025年和“十四五”时期工作回顾\n"
    "　　2025年是“十四五”收官之年。一年来，我们扎实做好各项工作。\n"
    "　　（一）经济运行稳中有进。地区生产总值增长5%。\n"
    "　　（二）改革开放持续深化。新设外资企业120家。\n"
    "　　二、“十五五”时期主要目标任务\n"
    "　　“十五五”时期是基本实现现代化的关键时期。\n"
    "　　三、2026年重点工作\n"
    "　　今年经济社会发展的主要预期目标是：地区生产总值增长5%左右，城镇新增就业50万人。\n"
    "　　（一）扩大内需。社会消费品零售总额增长5%。\n"
    "　　（二）科技创新。研发投入增长8%。\n"
    "　　（三）乡村振兴。粮食产量稳定在500万吨以上。\n"
    "　　加强政府自身建设\n"
    "　　（一）坚持依法行政。自觉接受人大监督。\n"
    "　　（二）建设廉洁政府。严格落实中央八项规定。\n"
    "　　各位代表！让我们更加紧密地团结在以习近平同志为核心的党中央周围，奋勇前进！\n";

}  // namespace

TEST_SUITE("parse") {
  TEST_CASE("the 2026 pattern: five-year review, five-year plan, the year's tasks, the government's conduct") {
    cppcc::Report r = parse_text(k2026);
    REQUIRE(r.parts.size() == 4);
    CHECK(r.parts[0].kind == cppcc::PartKind::kReview);
    CHECK(r.parts[0].year == 2025);
    REQUIRE(r.parts[0].years);
    CHECK(r.parts[0].years->first == 2021);
    CHECK(r.parts[0].years->last == 2025);
    CHECK(r.parts[1].kind == cppcc::PartKind::kPlan);
    REQUIRE(r.parts[1].years);
    CHECK(r.parts[1].years->first == 2026);
    CHECK(r.parts[1].years->last == 2030);
    CHECK(r.parts[2].kind == cppcc::PartKind::kPlan);
    CHECK(r.parts[2].year == 2026);
    CHECK(r.parts[2].sections.size() == 3);
    // The unnumbered heading is a part of its own, not swallowed by （三）.
    CHECK(r.parts[3].kind == cppcc::PartKind::kOther);
    CHECK(r.parts[3].heading == "加强政府自身建设");
    CHECK(r.parts[3].sections.size() == 2);
    CHECK(r.metadata.review_year == 2025);
    CHECK(r.metadata.plan_year == 2026);
    CHECK(r.metadata.speaker == "李乐成");
    CHECK(r.metadata.date == "2026-01-16");
    bool target = false;
    for (const auto& q : r.quantities) target = target || (q.is_target && q.part == cppcc::PartKind::kPlan);
    CHECK(target);
  }

  TEST_CASE("every indent character is an indent: EM SPACE, EN SPACE, NBSP, tabs give the same parts") {
    const size_t want = parse_text(k2026).parts.size();
    for (const char* indent : {"\u2003", "\u2002", "\u00A0", "\t", "\u200B\u3000"}) {
      CAPTURE(indent);
      cppcc::Report r = parse_text(replace_all(k2026, "\u3000", indent));
      CHECK(r.parts.size() == want);
      CHECK(r.metadata.plan_year == 2026);
    }
  }

  TEST_CASE("a line holding only a zero-width space does not break a paragraph") {
    std::string t = replace_all(k2026, "一年来，我们扎实", "一年来，\n\u200B\n我们扎实");
    cppcc::Report r = parse_text(t);
    bool whole = false;
    for (const auto& p : r.paragraphs) whole = whole || (p.text.find("我们扎实做好") != std::string::npos &&
                                                            p.text.find("收官之年") != std::string::npos);
    CHECK(whole);
  }

  TEST_CASE("headings without role words: parts by their openings (一、一年接着一年干…)") {
    std::string t = k2026;
    t = replace_all(t, "一、2025年和“十四五”时期工作回顾", "一、一年接着一年干，建设持续取得新进展");
    t = replace_all(t, "二、“十五五”时期主要目标任务", "二、一张蓝图绘到底，奋力谱写新篇章");
    t = replace_all(t, "三、2026年重点工作", "三、一鼓作气勇争先，全力推动“十五五”开好局");
    t = replace_all(t, "　　今年经济社会", "　　2026年是“十五五”开局之年。今年经济社会");
    t = replace_all(t, "　　加强政府自身建设\n", "　　四、一以贯之转作风，努力建设人民满意的服务型政府\n");
    cppcc::Report r = parse_text(t);
    REQUIRE(r.parts.size() == 4);
    CHECK(r.parts[0].kind == cppcc::PartKind::kReview);
    CHECK(r.parts[1].kind == cppcc::PartKind::kPlan);
    REQUIRE(r.parts[1].years);
    CHECK(r.parts[1].years->first == 2026);
    CHECK(r.parts[1].years->last == 2030);
    CHECK(r.parts[2].kind == cppcc::PartKind::kPlan);
    CHECK(r.parts[2].year == 2026);
    CHECK(r.parts[3].kind == cppcc::PartKind::kOther);
    CHECK(r.metadata.review_year == 2025);
    CHECK(r.metadata.plan_year == 2026);
  }

  TEST_CASE("unnumbered “十四五” part headings carry numbered sections") {
    std::string t = k2026;
    t = replace_all(t, "一、2025年和“十四五”时期工作回顾", "“十四五”时期发展成就和2025年工作回顾");
    t = replace_all(t, "　　二、“十五五”时期主要目标任务\n", "");
    t = replace_all(t, "三、2026年重点工作", "“十五五”时期主要目标和2026年重点工作");
    t = replace_all(t, "　　加强政府自身建设\n", "");
    cppcc::Report r = parse_text(t);
    REQUIRE(r.parts.size() == 2);
    CHECK(r.parts[0].kind == cppcc::PartKind::kReview);
    CHECK(r.parts[1].kind == cppcc::PartKind::kPlan);
    CHECK(r.parts[1].year == 2026);
    CHECK(r.metadata.plan_year == 2026);
  }

  TEST_CASE("bylines: title before or after the name, spaced names, acting titles") {
    struct Case {
      const char* from;
      const char* to;
      const char* speaker;
    };
    const Case cases[] = {
        {"省长 李乐成\n", "代省长 刘捷\n", "刘捷"},
        {"省长 李乐成\n", "省长　段　鸣\n", "段鸣"},
        {"省长 李乐成\n", "自治区代理主席 嘎玛泽登\n", "嘎玛泽登"},
        {"——2026年1月16日在某某省第十四届人民代表大会第五次会议上\n省长 李乐成\n",
         "——2026年1月16日省长 李乐成在某某省第十四届人民代表大会第五次会议上的讲话\n", "李乐成"},
        {"——2026年1月16日在某某省第十四届人民代表大会第五次会议上\n省长 李乐成\n",
         "----2026年1月16日龚正市长在某某市第十六届人民代表大会第三次会议的政府工作报告\n", "龚正"},
        {"2026年某某省政府工作报告\n", "工 作 报 告\n", "李乐成"},
    };
    for (const auto& c : cases) {
      CAPTURE(c.to);
      cppcc::Report r = parse_text(replace_all(k2026, c.from, c.to));
      CHECK(r.metadata.speaker == std::string(c.speaker));
      CHECK(r.metadata.date == "2026-01-16");
    }
  }

  TEST_CASE("a date line that is not on the calendar gives no date, but keeps its line") {
    std::string t = replace_all(k2026, "——2026年1月16日在某某省第十四届人民代表大会第五次会议上\n",
                                "——在某某省第十四届人民代表大会第五次会议上\n（二〇二五年二月三十日）\n");
    cppcc::Report r = parse_text(t);
    CHECK_FALSE(r.metadata.date.has_value());
    REQUIRE(r.date_line.has_value());
    CHECK(r.date_line->month == 2);
    CHECK(r.date_line->day == 30);
    CHECK(r.date_line->span.line == 3);
    cppcc::Report ok = parse_text(replace_all(t, "二月三十日", "二月二十八日"));
    CHECK(ok.metadata.date == "2025-02-28");
  }

  TEST_CASE("a body sentence that starts with 过去 is not a part heading") {
    std::string t = replace_all(k2026, "　　“十五五”时期是基本实现现代化的关键时期。\n",
                                "　　“十五五”时期是基本实现现代化的关键时期。\n　　过去五年工作的经验弥足珍贵，我们倍加珍惜。\n");
    CHECK(parse_text(t).parts.size() == 4);
  }

  TEST_CASE("a web page's short page title gives way to the article's full title above its subtitle") {
    const std::string page = "某某省政府工作报告\n发布时间：2026-01-20 来源：新华社\n";
    const std::string full = "2026年某某省人民政府工作报告";
    // The short title first, then a dateline run into the full title the subtitle follows.
    std::string t = page + replace_all(k2026, "2026年某某省政府工作报告\n", "新华社某某1月16日电 " + full + "\n");
    CHECK(parse_text(t).metadata.title == full);
    // A shorter line above the subtitle (工 作 报 告 ending a title split over lines) does not replace it.
    std::string split = replace_all(k2026, "2026年某某省政府工作报告\n", "2026年某某省政府工作报告\n政府工作报告\n");
    CHECK(parse_text(split).metadata.title == "2026年某某省政府工作报告");
  }
}
