// HTML pages: the article of a page among menus comes out as paragraphs, the
// furniture stays out, and every span names the page's own bytes, line and column.
#include <doctest/doctest.h>

#include <string>

#include "cppcc/text.h"
#include "test_paths.h"
#include "text/html.h"
#include "text/pdf.h"

namespace {

const std::string kPage = std::string(CPPCC_TEST_SOURCE_DIR) + "/tests/fixtures/cppcc-city-page.gb2312.html";

std::string utf8_page(const std::string& body) {
  return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>标题</title></head>\n<body>\n" + body +
         "\n</body></html>\n";
}

}  // namespace

TEST_CASE("html: the article of a GB2312 page among menus, without the menus") {
  auto src = cppcc::load_file(kPage);
  REQUIRE(src);
  CHECK(src->encoding() == cppcc::Encoding::kHtml);
  const std::string_view t = src->text();
  CHECK(t.find("政协某市委员会常务委员会工作报告") != std::string_view::npos);
  CHECK(t.find("共收到提案512件") != std::string_view::npos);
  CHECK(t.find("18篇&协商建议") != std::string_view::npos);  // the entity is decoded
  for (std::string_view furniture : {"首页", "栏目导航", "您现在的位置", "发布日期", "分享到", "相关新闻", "版权所有",
                                     "统计代码", "某市政协网"})
    CHECK_MESSAGE(t.find(furniture) == std::string_view::npos, furniture);
  // Table rows are lines, their cells separated by a tab.
  CHECK(t.find("经济建设\t186件\n") != std::string_view::npos);
  // <br> is a line break inside the paragraph.
  CHECK(t.find("办复率达100%。\n全年") != std::string_view::npos);
}

TEST_CASE("html: spans name the page's GB2312 bytes, line and column") {
  auto src = cppcc::load_file(kPage);
  REQUIRE(src);
  const std::string_view t = src->text();
  const size_t at = t.find("512件");
  REQUIRE(at != std::string_view::npos);
  const cppcc::Span s = src->span(at, at + std::string_view("512件").size());
  // The original: line 23 is "<p>　　一年来，全市各级政协组织共收到提案512件，..."
  CHECK(s.line == 23);
  CHECK(s.column == 23);
  CHECK(s.end_column == 27);
  CHECK(src->original().substr(s.offset, s.length) == "512\xBC\xFE");  // 件 in GBK
  const size_t amp = t.find('&');
  REQUIRE(amp != std::string_view::npos);
  const cppcc::Span e = src->span(amp, amp + 1);
  CHECK(src->original().substr(e.offset, e.length) == "&amp;");
}

TEST_CASE("html: a page without report text is an error naming the file") {
  auto src = cppcc::detail::html_to_source(
      utf8_page("<div class=\"nav\"><a href=\"/\">首页</a><a href=\"/a\">政协要闻</a></div><p>Hello</p>"), "index.html",
      {});
  REQUIRE(!src);
  CHECK(src.error().message.find("index.html") != std::string::npos);
  CHECK(src.error().message.find("no report text") != std::string::npos);
}

TEST_CASE("html: the charset from the BOM, the meta tag or detection") {
  using cppcc::detail::html_declared_encoding;
  CHECK(*html_declared_encoding("\xEF\xBB\xBF<html>", "p") == cppcc::Encoding::kUtf8Bom);
  CHECK(*html_declared_encoding("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=GBK\">", "p") ==
        cppcc::Encoding::kGb18030);
  CHECK(*html_declared_encoding("<meta charset='utf-8'>", "p") == cppcc::Encoding::kUtf8);
  CHECK(*html_declared_encoding("<meta charset=gb2312>", "p") == cppcc::Encoding::kGb18030);
  CHECK(*html_declared_encoding("<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=gb2312\">", "p") ==
        cppcc::Encoding::kGb18030);
  CHECK(!*html_declared_encoding("<html><body>charset=gbk</body>", "p"));  // not in a meta tag
  CHECK(!html_declared_encoding("<meta charset=\"big5\">", "p"));          // declared, not read: an error
  // Labelled GB2312 but written in UTF-8 (a common slip): detection reads it.
  const std::string body = "<div class=\"content\"><p>" + std::string(30, ' ') +
                           "一年来，全市政协组织共收到提案五百一十二件，经审查立案四百六十八件。</p></div>";
  std::string page = utf8_page(body);
  page.replace(page.find("charset=\"utf-8\""), 15, "charset=\"gb2312\"");
  auto src = cppcc::detail::html_to_source(page, "mislabelled.html", {});
  REQUIRE(src);
  CHECK(src->text().find("共收到提案五百一十二件") != std::string_view::npos);
}

TEST_CASE("html: a report text file is not taken for a page") {
  CHECK(cppcc::detail::looks_like_html("<!DOCTYPE html><html>"));
  CHECK(cppcc::detail::looks_like_html("\n<html lang=\"zh\"><head>"));
  CHECK_FALSE(cppcc::detail::looks_like_html("政府工作报告\n<html>不是开头"));
}

TEST_CASE("pdf: running headers, footers and page numbers are dropped") {
  const std::vector<std::vector<std::string>> pages = {
      {"2025/1/8 10:00 政府工作报告", "一、工作回顾", "正文第一页。", "file:///tmp/r.html 1/3"},
      {"2025/1/8 10:00 政府工作报告", "正文第二页。", "- 2 -"},
      {"2025/1/8 10:00 政府工作报告", "正文第三页。", "file:///tmp/r.html 3/3"}};
  const auto kept = cppcc::detail::running_lines_kept(pages);
  CHECK(kept[0] == std::vector<bool>{false, true, true, false});
  CHECK(kept[1] == std::vector<bool>{false, true, false});
  CHECK(kept[2] == std::vector<bool>{false, true, false});
}

TEST_CASE("pdf: broken PDFs get clear errors") {
  auto truncated = cppcc::detail::pdf_to_source("%PDF-1.7\n1 0 obj << /Type /Catalog", "cut.pdf");
  REQUIRE(!truncated);
  CHECK(truncated.error().message.find("truncated") != std::string::npos);
  auto garbage = cppcc::detail::pdf_to_source("%PDF-1.7\nnot a pdf at all\n%%EOF\n", "junk.pdf");
  REQUIRE(!garbage);
  CHECK(garbage.error().message.find("junk.pdf") != std::string::npos);
}

namespace {
/// A line of 12-point Han text LEFT..RIGHT, its top at TOP (pitch 17.25 as Chromium sets it).
cppcc::detail::PdfLine pdf_line(std::string text, double top, double right, double left = 33.75) {
  return cppcc::detail::PdfLine{std::move(text), top, top + 31.2, left, right, 12, 12};
}
}  // namespace

TEST_CASE("pdf: wrapped lines join, the document's own breaks and gaps stay") {
  using B = cppcc::detail::PdfBreak;
  const double full = 33.75 + 45 * 12;
  const std::vector<std::vector<cppcc::detail::PdfLine>> pages = {{
      pdf_line("一、2024年工作回顾", 0, 33.75 + 10 * 12),
      pdf_line("过去一年，全省地区生产总值增长百分之五，规模以上工业增加值增长百分之六，", 29.25, full),
      pdf_line("固定资产投资增长百分之四。", 46.5, full),                  // ran to the margin, ends a sentence
      pdf_line("四是深入推进全国文化中心建设，首都文化在保护传承中繁荣发展。", 63.75, full),  // …but a list item follows
      pdf_line("以中轴线申遗带动老城整体保护，社稷坛、太庙恢复原有建筑格局，先农坛神仓", 81, full),
      pdf_line("向社会开放。", 98.25, 33.75 + 6 * 12),                     // short: the paragraph's end
      pdf_line("国内生产总值达到74.4", 115.5, 33.75 + 10 * 12),
      pdf_line("万亿元，增长6.7%。", 150, 33.75 + 8 * 12),                 // an empty line between: two pitches
      pdf_line("二、2025年工作安排", 179.25, 33.75 + 10 * 12),             // a paragraph gap
      pdf_line("一是稳增长。", 196.5, 33.75 + 6 * 12),
      pdf_line("其他工作全面推进，持续深化改革开放，着力扩大国内需求，加快建设现代化产", 213.75, full),
      pdf_line("业体系，推动城乡区域协调发展，持续保障和改善民生，统筹发展和安全，切实", 231, full),
      pdf_line("加强政府自身建设", 248.25, full),
  }};
  const std::vector<std::vector<bool>> kept = {std::vector<bool>(pages[0].size(), true)};
  const auto b = cppcc::detail::pdf_breaks(pages, kept)[0];
  CHECK(b[1] == B::kParagraph);  // after the heading, a gap
  CHECK(b[2] == B::kJoin);
  CHECK(b[3] == B::kLine);
  CHECK(b[4] == B::kJoin);
  CHECK(b[5] == B::kJoin);
  CHECK(b[6] == B::kLine);
  CHECK(b[7] == B::kLine);
  CHECK(b[8] == B::kParagraph);
  CHECK(b[9] == B::kLine);
}

TEST_CASE("pdf: a text wrapped by hand keeps its lines; the reflow decides") {
  using B = cppcc::detail::PdfBreak;
  // Lines of 17 characters on a wide page, and one Han line far past them.
  std::vector<cppcc::detail::PdfLine> page;
  for (int i = 0; i < 12; ++i) page.push_back(pdf_line("民政协成立75周年。这一年，中共中央胜", 17.25 * i, 33.75 + 17 * 12));
  page.push_back(pdf_line("中国人民政治协商会议第十四届江门市委员会常务委员会工作报告", 17.25 * 12, 33.75 + 30 * 12));
  const std::vector<std::vector<cppcc::detail::PdfLine>> pages = {page, page};
  const std::vector<std::vector<bool>> kept(2, std::vector<bool>(page.size(), true));
  const auto b = cppcc::detail::pdf_breaks(pages, kept);
  for (size_t i = 1; i < page.size(); ++i) CHECK(b[0][i] == B::kLine);
  CHECK(b[1][0] == B::kParagraph);  // a page break shows as a blank line, as in a newspaper copy
}

TEST_CASE("pdf: a browser's print header and footer go on a single page too") {
  const std::vector<std::vector<std::string>> pages = {
      {"12/2/26, 8:07 PM 2025年政府工作报告_门户网站", "一、工作回顾", "正文。", "file:///tmp/r.html 1/1"}};
  const auto kept = cppcc::detail::running_lines_kept(pages);
  CHECK(kept[0] == std::vector<bool>{false, true, true, false});
}

TEST_CASE("html: one <p> holding most of the text does not leave out the paragraphs beside it") {
  // A copy with few paragraph breaks, its lines kept by <br>: the body's
  // second <p> holds over 80% of the text; the opening and closing ones stay.
  std::string big;
  for (int i = 0; i < 30; ++i) big += "全省地区生产总值增长百分之三点五，规模以上工业增加值增长百分之四。<br>";
  auto src = cppcc::detail::html_to_source(
      utf8_page("<div class=\"nav\"><a href=\"/\">首页</a></div><div class=\"content\"><p>来源 : 南方日报<br>"
                "——2025年1月15日在广东省第十四届人民代表大会第三次会议上<br>各位代表：</p><p>" +
                big + "</p><p>各位代表！让我们更加紧密地团结在以习近平同志为核心的党中央周围。</p></div>"),
      "big-p.html", {});
  REQUIRE(src);
  CHECK(src->text().find("——2025年1月15日在广东省") != std::string_view::npos);
  CHECK(src->text().find("各位代表！让我们") != std::string_view::npos);
  CHECK(src->text().find("首页") == std::string_view::npos);
}

TEST_CASE("pdf: an indented first line under a line at the margin starts a paragraph") {
  using B = cppcc::detail::PdfBreak;
  const double full = 33.75 + 45 * 12;
  std::vector<cppcc::detail::PdfLine> page;
  for (int i = 0; i < 6; ++i)
    page.push_back(pdf_line("全面推进，持续深化改革开放，着力扩大国内需求，加快建设现代化产业体系推动", 17.25 * i,
                            full, i == 3 ? 33.75 + 24 : 33.75));  // Word's two-character indent
  const std::vector<std::vector<cppcc::detail::PdfLine>> pages = {page};
  const std::vector<std::vector<bool>> kept = {std::vector<bool>(page.size(), true)};
  const auto b = cppcc::detail::pdf_breaks(pages, kept)[0];
  CHECK(b[2] == B::kJoin);
  CHECK(b[3] == B::kParagraph);
  CHECK(b[4] == B::kJoin);  // the indented line ran to the margin: its paragraph goes on
}
