// Bad input suite, reading: the input limit holds while reading, and a file
// of the wrong kind (a directory, a symlink loop, UTF-16 without a BOM, an
// encrypted Word file, HTML or text named .docx) gets a message that names
// the real cause and what to do.
#include <doctest/doctest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "bad_inputs.h"
#include "cppcc/text.h"
#include "text/decode.h"

namespace fs = std::filesystem;

namespace {

using cppcc::test::repeat;

/// A temporary directory that removes itself.
struct TempDir {
  fs::path path;
  TempDir() {
    path = fs::temp_directory_path() / ("cppcc-input-kind-" + std::to_string(::getpid()) + "-" +
                                        std::to_string(reinterpret_cast<uintptr_t>(this)));
    fs::create_directories(path);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
  std::string write(const std::string& name, const std::string& bytes) const {
    std::ofstream(path / name, std::ios::binary) << bytes;
    return (path / name).string();
  }
};

std::string utf16(const std::string& utf8, bool little_endian) {
  std::string out;
  for (size_t i = 0; i < utf8.size();) {
    size_t len = 0;
    const char32_t cp = cppcc::utf8::decode(utf8, i, &len);
    i += len;
    const auto unit = static_cast<uint16_t>(cp);  // the test texts stay in the BMP
    const char hi = static_cast<char>(unit >> 8), lo = static_cast<char>(unit & 0xFF);
    out += little_endian ? lo : hi;
    out += little_endian ? hi : lo;
  }
  return out;
}

const std::string kReport = "政协某市委员会常务委员会工作报告\n一、2024年工作回顾\n全年共收到提案356件。\n";

bool has(const cppcc::Error& e, const std::string& part) { return e.message.find(part) != std::string::npos; }

}  // namespace

TEST_SUITE("robustness") {
  TEST_CASE("the input limit is checked while reading, and names the option") {
    TempDir dir;
    const std::string path = dir.write("big.txt", repeat("政协委员提出提案。\n", 2000));
    cppcc::DecodeOptions o;
    o.max_bytes = 4096;
    auto over = cppcc::load_file(path, o);
    REQUIRE_FALSE(over);
    CHECK(has(over.error(), "big.txt"));
    CHECK(has(over.error(), "input limit of 4096 bytes"));
    CHECK(has(over.error(), "--max-bytes"));
    o.max_bytes = 1 << 20;
    CHECK(cppcc::load_file(path, o));
    CHECK(cppcc::DecodeOptions{}.max_bytes == cppcc::kDefaultMaxInputBytes);
    CHECK(cppcc::detail::input_limit_message(256u << 20).find("256 MiB (268435456 bytes)") != std::string::npos);
  }

  TEST_CASE("a directory and a symlink loop are named as such") {
    TempDir dir;
    auto d = cppcc::load_file(dir.path.string());
    REQUIRE_FALSE(d);
    CHECK(has(d.error(), "is a directory"));
    CHECK_FALSE(has(d.error(), "empty"));
    const fs::path loop = dir.path / "loop.txt";
    fs::create_symlink(loop, loop);
    auto l = cppcc::load_file(loop.string());
    REQUIRE_FALSE(l);
    CHECK(has(l.error(), "symlink loop"));
    CHECK_FALSE(has(l.error(), "no such file"));
  }

  TEST_CASE("UTF-16 without a byte-order mark is decoded in either byte order") {
    for (bool le : {true, false}) {
      CAPTURE(le);
      auto src = cppcc::SourceText::decode("u16.txt", utf16(kReport, le));
      REQUIRE(src);
      CHECK(src->encoding() == (le ? cppcc::Encoding::kUtf16Le : cppcc::Encoding::kUtf16Be));
      CHECK(src->text() == kReport);
    }
  }

  TEST_CASE("UTF-16 without a BOM that is not clean text gets the --encoding hint") {
    for (bool le : {true, false}) {
      CAPTURE(le);
      // One line without a line break: no byte order can be shown right.
      std::string bytes = utf16("Work report of the committee, 2024", le);
      auto src = cppcc::SourceText::decode("u16.txt", bytes);
      REQUIRE_FALSE(src);
      const std::string name = le ? "utf-16le" : "utf-16be";
      CHECK(has(src.error(), std::string("looks like ") + (le ? "UTF-16LE" : "UTF-16BE") +
                                 " without a byte-order mark; use --encoding " + name));
      cppcc::DecodeOptions o;
      o.encoding = le ? cppcc::Encoding::kUtf16Le : cppcc::Encoding::kUtf16Be;
      CHECK(cppcc::SourceText::decode("u16.txt", bytes, o));
    }
    // A UTF-8 file with a stray NUL after a newline is not taken for UTF-16.
    auto stray = cppcc::SourceText::decode("u8.txt", kReport + std::string("\0", 1) + kReport);
    REQUIRE_FALSE(stray);
    CHECK_FALSE(has(stray.error(), "UTF-16"));
    // NULs on both sides are binary data, as before.
    auto binary = cppcc::SourceText::decode("b.bin", std::string("\0\0ab\0\0cd\0\0", 11));
    REQUIRE_FALSE(binary);
    CHECK(has(binary.error(), "binary data"));
  }

  TEST_CASE("an encrypted Word file is named, as .docx and as text") {
    std::string ole("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    ole += std::string(504, '\0') + utf16("EncryptedPackage", true) + std::string(64, '\0');
    auto why = cppcc::detail::not_a_docx_reason(ole);
    REQUIRE(why);
    CHECK(has(cppcc::Error{cppcc::ErrorCode::kFormat, *why}, "password-protected Word file; remove the password"));
    TempDir dir;
    auto loaded = cppcc::load_file(dir.write("secret.docx", ole));
    REQUIRE_FALSE(loaded);
    CHECK(has(loaded.error(), "secret.docx: is a password-protected Word file"));
    auto as_text = cppcc::load_file(dir.write("secret.txt", ole));
    REQUIRE_FALSE(as_text);
    CHECK(has(as_text.error(), "password-protected"));
    std::string doc("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    doc += std::string(504, '\0') + utf16("WordDocument", true);
    CHECK(has(cppcc::Error{cppcc::ErrorCode::kFormat, *cppcc::detail::not_a_docx_reason(doc)}, "(.doc)"));
  }

  TEST_CASE("HTML, text and other files named .docx say what they are") {
    TempDir dir;
    auto html = cppcc::load_file(dir.write("page.docx", "<!DOCTYPE html>\n<html><body><p>报告</p></body></html>"));
    REQUIRE_FALSE(html);
    CHECK(has(html.error(), "looks like HTML, not a Word file; save it as .html"));
    auto text = cppcc::load_file(dir.write("notes.docx", kReport));
    REQUIRE_FALSE(text);
    CHECK(has(text.error(), "plain text"));
    CHECK(has(text.error(), "rename it to .txt"));
    cppcc::DecodeOptions forced;
    forced.encoding = cppcc::Encoding::kUtf8;
    CHECK(cppcc::load_file(dir.write("notes2.docx", kReport), forced));  // the user said it is text
    auto other = cppcc::load_file(dir.write("image.docx", cppcc::test::png_header()));
    REQUIRE_FALSE(other);
    CHECK(has(other.error(), "a .docx is a zip archive"));
    CHECK_FALSE(cppcc::detail::not_a_docx_reason(std::string("PK\x03\x04", 4)));
  }
}
