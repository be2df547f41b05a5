#include <doctest/doctest.h>

#include "cppcc/text.h"

using cppcc::SourceText;

TEST_SUITE("text") {
  TEST_CASE("line index handles LF, CRLF, CR, U+2028 and a last line without newline") {
    auto s = SourceText::from_utf8("t", "a\nb\r\nc\rd\xE2\x80\xA8" "e");
    CHECK(s.line_count() == 5);
    CHECK(s.line_text(1) == "a");
    CHECK(s.line_text(2) == "b");
    CHECK(s.line_text(3) == "c");
    CHECK(s.line_text(4) == "d");
    CHECK(s.line_text(5) == "e");
    CHECK(s.location(s.line_start(5)).line == 5);
  }

  TEST_CASE("columns count code points and display columns count wide characters twice") {
    auto s = SourceText::from_utf8("t", "ab\n政协a，b");
    const size_t b_offset = std::string_view("ab\n政协a，").size();
    auto loc = s.location(b_offset);
    CHECK(loc.line == 2);
    CHECK(loc.column == 5);
    CHECK(s.display_column(b_offset) == 8);
  }

  TEST_CASE("spans name original bytes after a BOM") {
    auto s = SourceText::decode("t", "\xEF\xBB\xBF政协\n", {});
    REQUIRE(s.ok());
    CHECK(s->encoding() == cppcc::Encoding::kUtf8Bom);
    CHECK(s->text() == "政协\n");
    auto sp = s->span(3, 6);
    CHECK(sp.offset == 6);
    CHECK(sp.length == 3);
    CHECK(sp.column == 2);
    CHECK(sp.end_column == 3);
  }

  TEST_CASE("GB18030 is detected and spans point at the GB bytes") {
    // 政协 in GB18030: D5FE D0AD
    auto s = SourceText::decode("t", "a\xD5\xFE\xD0\xAD", {});
    REQUIRE(s.ok());
    CHECK(s->encoding() == cppcc::Encoding::kGb18030);
    CHECK(s->text() == "a政协");
    auto sp = s->span(4, 7);  // 协
    CHECK(sp.offset == 3);
    CHECK(sp.length == 2);
    CHECK(sp.column == 3);
  }

  TEST_CASE("UTF-16 with a BOM is decoded") {
    std::string le("\xFF\xFE" "a\0" "\x3F\x65", 6);  // a政
    auto s = SourceText::decode("t", le, {});
    REQUIRE(s.ok());
    CHECK(s->encoding() == cppcc::Encoding::kUtf16Le);
    CHECK(s->text() == "a政");
    CHECK(s->span(1, 4).offset == 4);
  }

  TEST_CASE("an invalid byte that is not GB18030 either is an error with its offset") {
    auto s = SourceText::decode("draft.txt", "政协\xFF工作", {});
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().code == cppcc::ErrorCode::kEncoding);
    CHECK(s.error().message.find("draft.txt") != std::string::npos);
    CHECK(s.error().message.find("byte 6") != std::string::npos);
  }

  TEST_CASE("lossy mode substitutes U+FFFD and keeps going") {
    cppcc::DecodeOptions o;
    o.lossy = true;
    o.encoding = cppcc::Encoding::kUtf8;
    auto s = SourceText::decode("t", "政协\xFF工作", o);
    REQUIRE(s.ok());
    CHECK(s->text() == "政协\xEF\xBF\xBD工作");
    CHECK(s->span(9, 12).offset == 7);  // 工 after the one bad byte
  }

  TEST_CASE("binary input is refused with a reason") {
    auto png = SourceText::decode("x.png", std::string("\x89PNG\r\n\x1a\n\0\0", 10), {});
    REQUIRE_FALSE(png.ok());
    CHECK(png.error().message.find("PNG") != std::string::npos);
    auto nul = SourceText::decode("x", std::string("ab\0cd", 5), {});
    REQUIRE_FALSE(nul.ok());
    CHECK(nul.error().message.find("offset 2") != std::string::npos);
  }

  TEST_CASE("truncated GB18030 is an error, not garbage") {
    cppcc::DecodeOptions o;
    o.encoding = cppcc::Encoding::kGb18030;
    auto s = SourceText::decode("t", "\xD5\xFE\xD0", o);
    CHECK_FALSE(s.ok());
  }

  TEST_CASE("encoding names round-trip and aliases resolve") {
    CHECK(cppcc::parse_encoding_name("GBK") == cppcc::Encoding::kGb18030);
    CHECK(cppcc::parse_encoding_name("utf8") == cppcc::Encoding::kUtf8);
    CHECK_FALSE(cppcc::parse_encoding_name("latin9").has_value());
    CHECK(cppcc::encoding_name(cppcc::Encoding::kUtf16Be) == "utf-16be");
  }

  TEST_CASE("load_file reports a missing file and an empty file clearly") {
    auto missing = cppcc::load_file("/nonexistent/report.txt");
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == cppcc::ErrorCode::kIo);
    CHECK(missing.error().message.find("/nonexistent/report.txt") != std::string::npos);
  }
}
