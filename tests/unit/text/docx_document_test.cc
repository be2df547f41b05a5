// The streaming reader of word/document.xml: paragraphs, runs, text boxes and
// list labels come out as the .docx reader always gave them, and structure
// Word never writes (deep nesting, floods of elements) is a clear error.
#include <doctest/doctest.h>

#include <string>

#include "text/decode.h"
#include "text/docx_document.h"

namespace {

const std::string kW = R"(xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main")";

std::string document(const std::string& body) {
  return R"(<?xml version="1.0" encoding="UTF-8"?><w:document )" + kW + "><w:body>" + body +
         "</w:body></w:document>";
}

cppcc::Expected<std::string> text_of(const std::string& xml, const std::string& numbering = {},
                                     const std::string& styles = {},
                                     uint64_t max_bytes = cppcc::kDefaultMaxInputBytes) {
  return cppcc::detail::docx_parts_to_text(xml, numbering, styles, "t.docx", max_bytes);
}

std::string repeat(const std::string& s, size_t n) {
  std::string out;
  out.reserve(s.size() * n);
  for (size_t i = 0; i < n; ++i) out += s;
  return out;
}

}  // namespace

TEST_SUITE("text") {
  TEST_CASE("runs, tabs, breaks and text boxes become one line per paragraph") {
    const std::string body =
        "<w:p><w:r><w:t>政协</w:t></w:r><w:r><w:tab/><w:t xml:space=\"preserve\">委员 </w:t><w:br/>"
        "<w:t><![CDATA[提案]]></w:t></w:r></w:p>"
        // A text box: its paragraph follows the paragraph that holds it.
        "<w:p><w:r><w:t>正文</w:t><w:pict><w:txbxContent><w:p><w:r><w:t>框内</w:t></w:r></w:p>"
        "</w:txbxContent></w:pict><w:t>续</w:t></w:r></w:p>"
        "<w:p/>";
    auto text = text_of(document(body));
    REQUIRE(text);
    CHECK(*text == "政协\t委员  提案\n正文续\n框内\n\n");
  }

  TEST_CASE("list labels count in document order, text boxes after their holder") {
    const std::string numbering =
        "<w:numbering " + kW +
        "><w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
        "<w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"%1、\"/></w:lvl></w:abstractNum>"
        "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num></w:numbering>";
    const std::string styles = "<w:styles " + kW +
                               "><w:style w:styleId=\"H\"><w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr>"
                               "</w:pPr></w:style></w:styles>";
    const std::string numbered = "<w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>";
    const std::string body = "<w:p>" + numbered + "<w:r><w:t>甲</w:t><w:txbxContent><w:p>" + numbered +
                             "<w:r><w:t>乙</w:t></w:r></w:p></w:txbxContent></w:r></w:p>"
                             "<w:p><w:pPr><w:pStyle w:val=\"H\"/></w:pPr><w:r><w:t>丙</w:t></w:r></w:p>";
    auto text = text_of(document(body), numbering, styles);
    REQUIRE(text);
    CHECK(*text == "一、甲\n二、乙\n三、丙\n");
  }

  TEST_CASE("XML nested 50,000 deep is an error naming the depth, not a stack overflow") {
    const std::string deep = repeat("<w:x>", 50000) + repeat("</w:x>", 50000);
    auto text = text_of(document("<w:p><w:r><w:t>文</w:t></w:r></w:p>" + deep));
    REQUIRE_FALSE(text);
    CHECK(text.error().code == cppcc::ErrorCode::kFormat);
    CHECK(text.error().message.find("t.docx: word/document.xml: line 1") == 0);
    CHECK(text.error().message.find("nest more than " + std::to_string(cppcc::detail::kMaxDocxXmlDepth)) !=
          std::string::npos);
    // Nesting as deep as Word's deepest (tables in tables) is read.
    const std::string ok = repeat("<w:tbl><w:tr><w:tc>", 20) + "<w:p><w:r><w:t>表</w:t></w:r></w:p>" +
                           repeat("</w:tc></w:tr></w:tbl>", 20);
    auto nested = text_of(document(ok));
    REQUIRE(nested);
    CHECK(*nested == "表\n");
  }

  TEST_CASE("numbering.xml and styles.xml nested 100,000 deep do not overflow the stack") {
    const std::string deep = repeat("<w:x>", 100000) + repeat("</w:x>", 100000);
    auto text = text_of(document("<w:p><w:r><w:t>文</w:t></w:r></w:p>"), "<w:numbering " + kW + ">" + deep +
                        "</w:numbering>", "<w:styles " + kW + ">" + deep + "</w:styles>");
    REQUIRE(text);
    CHECK(*text == "文\n");
  }

  TEST_CASE("a flood of empty elements stops at the element budget of the input limit") {
    const uint64_t limit = 64 << 10;
    const size_t budget = limit / cppcc::detail::kMinDocxBytesPerElement;
    auto flood = text_of(document(repeat("<w:p/>", budget + 10)), {}, {}, limit);
    REQUIRE_FALSE(flood);
    CHECK(flood.error().message.find("more than " + std::to_string(budget) + " XML elements") != std::string::npos);
    CHECK(flood.error().message.find("--max-bytes") != std::string::npos);
    auto within = text_of(document(repeat("<w:p/>", budget / 2)), {}, {}, limit);
    CHECK(within);
  }

  TEST_CASE("malformed XML names the line and says nothing on stderr") {
    auto text = text_of(document("<w:p><w:r><w:t>未闭合</w:r></w:p>\n<w:p>"));
    REQUIRE_FALSE(text);
    CHECK(text.error().message.find("t.docx: word/document.xml: line 1: ") == 0);
    auto empty = text_of(document(""));
    REQUIRE_FALSE(empty);
    CHECK(empty.error().message.find("no text") != std::string::npos);
    auto other_root = text_of("<html><w:p><w:r><w:t>字</w:t></w:r></w:p></html>");
    CHECK_FALSE(other_root);
  }
}
