// The parser's small building blocks: numerals, heading labels, part words, SHA-256.
#include <doctest/doctest.h>

#include <string>

#include "cppcc/report.h"
#include "parse/headings.h"
#include "cppcc/numeral.h"
#include "parse/sha256.h"

using cppcc::parse::detect_heading;
using cppcc::parse::Scheme;
using cppcc::small_numeral;

TEST_SUITE("parse") {
  TEST_CASE("small numerals read headings and ordinals") {
    CHECK(small_numeral("一") == 1);
    CHECK(small_numeral("十") == 10);
    CHECK(small_numeral("十二") == 12);
    CHECK(small_numeral("二十") == 20);
    CHECK(small_numeral("九十九") == 99);
    CHECK(small_numeral("两") == 2);
    CHECK(small_numeral("14") == 14);
    CHECK(small_numeral("１４") == 14);
    CHECK(small_numeral("二〇二五") == 2025);
    CHECK_FALSE(small_numeral("十a").has_value());
    CHECK_FALSE(small_numeral("").has_value());
  }

  TEST_CASE("heading labels of every scheme are recognised") {
    struct Case {
      const char* text;
      Scheme scheme;
      int number;
      bool own_line;
    };
    const Case cases[] = {
        {"一、坚持党的领导", Scheme::kCn, 1, true},
        {"十二、加强自身建设", Scheme::kCn, 12, true},
        {"（三）深化改革开放", Scheme::kCnParen, 3, true},
        {"(三)深化改革开放", Scheme::kCnParen, 3, true},
        {"（二）深入推进供给侧结构性改革。坚持把发展经济着力点放在实体经济上。", Scheme::kCnParen, 2, false},
        {"2.服务中心大局", Scheme::kArabic, 2, true},
        {"（1）抓实集中学习。举办读书班2期。", Scheme::kArabicParen, 1, false},
        {"三是聚焦提质增效，推动产业创新升级。制定实施行动计划。", Scheme::kInline, 3, false},
        {"2024年：同心共庆75载光辉历程，携手开创政协工作新局面", Scheme::kPart, 0, true},
        {"2024年工作回顾", Scheme::kPart, 0, true},
        {"过去五年工作回顾", Scheme::kPart, 0, true},
    };
    for (const auto& c : cases) {
      CAPTURE(c.text);
      auto h = detect_heading(c.text, 0);
      REQUIRE(h.has_value());
      CHECK(h->scheme == c.scheme);
      CHECK(h->number == c.number);
      CHECK(h->own_line == c.own_line);
    }
  }

  TEST_CASE("text that merely starts with a numeral is not a heading") {
    CHECK_FALSE(detect_heading("二、三产业协调发展，增速较快。", 0).has_value());
    CHECK_FALSE(detect_heading("2.5", 0).has_value());
    CHECK_FALSE(detect_heading("2024年是新中国成立75周年，是人民政协成立75周年。这一年，意义重大。", 0).has_value());
    CHECK_FALSE(detect_heading("我们坚持把党的领导贯穿政协工作全过程各方面。", 0).has_value());
  }

  TEST_CASE("part-like headings name a year, a review or the tasks ahead") {
    CHECK(cppcc::parse::part_like_heading("2025年工作安排"));
    CHECK(cppcc::parse::part_like_heading("过去一年工作回顾"));
    CHECK(cppcc::parse::part_like_heading("“十五五”时期的主要目标和重点任务"));
    CHECK_FALSE(cppcc::parse::part_like_heading("坚持党的领导，筑牢共同思想政治基础"));
  }

  TEST_CASE("sha256 matches the FIPS 180-4 test vectors") {
    CHECK(cppcc::parse::sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(cppcc::parse::sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(cppcc::parse::sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
          "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    CHECK(cppcc::parse::sha256_hex(std::string(1000, 'a')).size() == 64);
  }
}

TEST_SUITE("parse") {
  TEST_CASE("a part heading's words tell review from plan (Part::kind_from_heading)") {
    using cppcc::Part;
    using cppcc::PartKind;
    CHECK(Part::kind_from_heading("一、2024年工作回顾") == PartKind::kReview);
    CHECK(Part::kind_from_heading("2024 年 工作 回顾") == PartKind::kReview);  // spaces ignored
    CHECK(Part::kind_from_heading("过去五年工作回顾") == PartKind::kReview);
    CHECK(Part::kind_from_heading("二、2025年工作安排") == PartKind::kPlan);
    CHECK(Part::kind_from_heading("2025年主要任务") == PartKind::kPlan);
    // Both words: the plan unless it says 回顾.
    CHECK(Part::kind_from_heading("2025年主要工作安排") == PartKind::kPlan);
    CHECK(Part::kind_from_heading("2024年工作回顾和2025年工作安排") == PartKind::kReview);
    // Neither: the words give no kind (the parser then reads the opening or the year).
    CHECK(Part::kind_from_heading("2024年：同心共庆75载光辉历程") == PartKind::kOther);
    CHECK(Part::kind_from_heading("") == PartKind::kOther);
  }
}
