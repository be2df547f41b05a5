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
