#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>

#include "cppcc/reflow.h"
#include "test_support.h"

using cppcc::SourceText;

namespace {
std::vector<std::string> texts(const std::vector<cppcc::Paragraph>& ps) {
  std::vector<std::string> out;
  for (const auto& p : ps) out.push_back(p.text);
  return out;
}
std::string wrapped_sample() {
  // Twelve lines at the measure (17 CJK characters) make the file "wrapped".
  std::string s;
  const char* line = "这是一段用于测试重排功能的示例文字内";
  for (int i = 0; i < 12; ++i) s += std::string(line) + "\n";
  return s;
}
}  // namespace

TEST_SUITE("text") {
  TEST_CASE("wrapped lines join without spaces; words and numbers split by a wrap rejoin") {
    std::string text = wrapped_sample() + "容。\n\n一、加强理论学习\n\n全年开展专题学习共计十二次活动总计12\n项。\n";
    auto src = SourceText::from_utf8("t", text);
    auto ps = cppcc::reflow(src);
    REQUIRE(ps.size() == 3);
    CHECK(ps[1].text == "一、加强理论学习");
    CHECK(ps[2].text == "全年开展专题学习共计十二次活动总计12项。");
  }

  TEST_CASE("a breadcrumb's last crumb repeated on the next line stays a line of its own") {
    auto src = SourceText::from_utf8("t", "当前位置: 首页 > 聚焦2023全国两会 > 两会热点\n两会热点\n政协全国委员会常务委员会工作报告\n");
    const auto echo = texts(cppcc::reflow(src));
    CHECK(std::find(echo.begin(), echo.end(), "两会热点") != echo.end());
    // Without the crumb the two short lines are one title broken in two.
    auto joined = SourceText::from_utf8("t", "当前位置: 首页 > 两会\n两会热点\n政协全国委员会常务委员会工作报告\n");
    const auto one = texts(cppcc::reflow(joined));
    CHECK(std::find(one.begin(), one.end(), "两会热点") == one.end());
  }

  TEST_CASE("a blank line after a full line that stops mid-sentence is a page break") {
    std::string text = wrapped_sample() + "\n接下来的内容。\n";
    auto ps = cppcc::reflow(SourceText::from_utf8("t", text));
    REQUIRE(ps.size() == 1);
    CHECK(ps[0].text.find("内接下来") != std::string::npos);
  }

  TEST_CASE("headings never merge with the paragraph after a page break") {
    std::string text = wrapped_sample() + "。\n\n一、坚持以党的政治建设为统领巩固团\n\n我们坚持把党的领导贯穿政协工作。\n";
    auto ps = cppcc::reflow(SourceText::from_utf8("t", text));
    REQUIRE(ps.size() == 3);
    CHECK(ps[2].text == "我们坚持把党的领导贯穿政协工作。");
  }

  TEST_CASE("one paragraph per line stays that way; Latin words keep one space") {
    std::string text = "各位代表：\n现在，我代表国务院向大会报告工作。\n一、2024年工作回顾\n过去一年。\n";
    auto ps = cppcc::reflow(SourceText::from_utf8("t", text));
    CHECK(texts(ps) == std::vector<std::string>{"各位代表：", "现在，我代表国务院向大会报告工作。", "一、2024年工作回顾",
                                                 "过去一年。"});
    auto latin = cppcc::reflow(SourceText::from_utf8("t", "the quick brown\nfox jumps over the lazy dog and runs away from here.\n"));
    REQUIRE(latin.size() == 1);
    CHECK(latin[0].text == "the quick brown fox jumps over the lazy dog and runs away from here.");
  }

  TEST_CASE("every paragraph byte maps back to the source byte it came from") {
    std::string text = "\xE3\x80\x80\xE3\x80\x80" + wrapped_sample() + "容。\r\n";
    auto src = SourceText::from_utf8("t", text);
    auto ps = cppcc::reflow(src);
    for (const auto& p : ps) {
      REQUIRE(p.source.size() == p.text.size());
      for (size_t i = 0; i < p.text.size(); ++i) CHECK(src.text()[p.source[i]] == p.text[i]);
    }
    auto span = cppcc::paragraph_span(src, ps[0], 0, 3);
    CHECK(span.line == 1);
    CHECK(span.column == 3);  // after the two U+3000 indents
  }

  TEST_CASE("every corpus file reflows and maps back to its original bytes exactly") {
    CPPCC_REQUIRE_SHARED(shared);
    for (const auto& entry : std::filesystem::directory_iterator(shared / "corpus")) {
      const auto ext = entry.path().extension();
      if (ext != ".txt" && ext != ".docx") continue;
      CAPTURE(entry.path().string());
      auto src = cppcc::load_file(entry.path().string());
      REQUIRE(src.ok());
      auto ps = cppcc::reflow(*src);
      CHECK(ps.size() > 10);
      for (const auto& p : ps) {
        REQUIRE(p.source.size() == p.text.size());
        // Each character, mapped back, is the same character in the original file.
        for (size_t i = 0; i < p.text.size();) {
          size_t len = 0;
          cppcc::utf8::decode(p.text, i, &len);
          const size_t s = p.source[i];
          const std::string_view orig = src->text().substr(s, len);
          if (orig != std::string_view(p.text).substr(i, len)) {
            // Only an inserted joining space may differ (it maps to the line break).
            CHECK(p.text[i] == ' ');
          }
          auto sp = src->span(s, s + len);
          CHECK(sp.offset + sp.length <= src->original().size());
          if (src->encoding() == cppcc::Encoding::kUtf8 || src->encoding() == cppcc::Encoding::kUtf8Bom) {
            CHECK(src->original().substr(sp.offset, sp.length) == orig);
          }
          i += len;
        }
      }
    }
  }

  TEST_CASE("the GB18030 and UTF-8 copies of the 2020 report give identical paragraphs") {
    CPPCC_REQUIRE_SHARED(shared);
    auto gb = cppcc::load_file((shared / "corpus/gov-report-national-2020.gb18030.txt").string());
    auto u8 = cppcc::load_file((shared / "corpus/gov-report-national-2020.txt").string());
    REQUIRE(gb.ok());
    REQUIRE(u8.ok());
    CHECK(gb->encoding() == cppcc::Encoding::kGb18030);
    CHECK(texts(cppcc::reflow(*gb)) == texts(cppcc::reflow(*u8)));
    // A span in the GB file re-reads as the same text once decoded.
    auto ps = cppcc::reflow(*gb);
    auto sp = cppcc::paragraph_span(*gb, ps[5], 0, ps[5].text.size());
    auto again = cppcc::SourceText::decode("x", std::string(gb->original().substr(sp.offset, sp.length)),
                                           {cppcc::Encoding::kGb18030, false});
    REQUIRE(again.ok());
    CHECK(again->text().substr(0, 30) == std::string_view(ps[5].text).substr(0, 30));
  }

  TEST_CASE("the seed reflows into its real paragraphs") {
    CPPCC_REQUIRE_SHARED(shared);
    auto src = cppcc::load_file((shared / "corpus/jiangmen-cppcc-2025.txt").string());
    REQUIRE(src.ok());
    auto ps = cppcc::reflow(*src);
    auto t = texts(ps);
    auto has = [&](std::string_view s) {
      return std::find(t.begin(), t.end(), std::string(s)) != t.end();
    };
    CHECK(has("各位委员、同志们："));
    CHECK(has("（2025年2月25日）"));
    CHECK(has("2024年：同心共庆75载光辉历程，携手开创政协工作新局面"));
    CHECK(has("一、坚持以党的政治建设为统领，巩固团结奋斗的共同思想政治基础"));
    CHECK(has("2025年：奋进全面深化改革新征程，共谱江门现代化建设新篇章"));
    // Page breaks inside paragraphs (lines 129/131, 154/156, 176/178) are joined.
    bool page_break_joined = false;
    for (const auto& p : t) {
      if (p.find("成立75周年大会上的重要讲话精神") != std::string::npos) page_break_joined = true;
      CHECK(p.find("习近\n") == std::string::npos);
    }
    CHECK(page_break_joined);
    // No heading is merged with the body that follows it.
    for (const auto& p : t) {
      if (p.rfind("一、", 0) == 0 || p.rfind("二、", 0) == 0) CHECK(p.find("。") == std::string::npos);
    }
    CHECK(ps.size() == 65);
  }
}
