// Bad input suite, text layer: decoding, reflow and sentence splitting give a
// clear error or a correct result on hostile files, in linear time.
#include <doctest/doctest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "bad_inputs.h"
#include "cppcc/reflow.h"
#include "cppcc/sentence.h"
#include "cppcc/text.h"

namespace {

using cppcc::test::repeat;
using cppcc::test::repeat_to;

cppcc::Expected<cppcc::SourceText> decode(std::string bytes, cppcc::DecodeOptions o = {}) {
  return cppcc::SourceText::decode("bad.txt", std::move(bytes), o);
}

/// A temporary file that removes itself.
struct TempFile {
  std::filesystem::path path;
  explicit TempFile(const std::string& bytes) {
    path = std::filesystem::temp_directory_path() /
           ("cppcc-robustness-" + std::to_string(reinterpret_cast<uintptr_t>(this)) + ".txt");
    std::ofstream(path, std::ios::binary) << bytes;
  }
  ~TempFile() { std::filesystem::remove(path); }
};

}  // namespace

TEST_SUITE("robustness") {
  TEST_CASE("an empty file is a clear error; empty text is an empty result") {
    TempFile f("");
    auto loaded = cppcc::load_file(f.path.string());
    REQUIRE_FALSE(loaded);
    CHECK(loaded.error().code == cppcc::ErrorCode::kFormat);
    CHECK(loaded.error().message.find("empty") != std::string::npos);

    auto src = decode("");
    REQUIRE(src);
    CHECK(src->line_count() == 1);
    CHECK(cppcc::reflow(*src).empty());
    CHECK(cppcc::split_sentences("").empty());
    CHECK(src->span(0, 0).line == 1);
  }

  TEST_CASE("a PNG is refused as not text, whatever the options") {
    for (bool lossy : {false, true}) {
      cppcc::DecodeOptions o;
      o.lossy = lossy;
      auto src = decode(cppcc::test::png_header(), o);
      REQUIRE_FALSE(src);
      CHECK(src.error().code == cppcc::ErrorCode::kFormat);
      CHECK(src.error().message.find("PNG") != std::string::npos);
    }
    TempFile f(cppcc::test::png_header());
    auto loaded = cppcc::load_file(f.path.string());
    REQUIRE_FALSE(loaded);
    CHECK(loaded.error().code == cppcc::ErrorCode::kFormat);
  }

  TEST_CASE("invalid UTF-8 names the byte; --lossy substitutes U+FFFD") {
    const std::string text = repeat("政协委员提出提案。", 4) + "\xC3\x28" + "结束。";
    const size_t bad = repeat("政协委员提出提案。", 4).size();
    auto strict = decode(text);
    REQUIRE_FALSE(strict);
    CHECK(strict.error().code == cppcc::ErrorCode::kEncoding);
    CHECK(strict.error().message.find("byte " + std::to_string(bad)) != std::string::npos);

    cppcc::DecodeOptions o;
    o.encoding = cppcc::Encoding::kUtf8;
    o.lossy = true;
    auto lossy = decode(text, o);
    REQUIRE(lossy);
    CHECK(lossy->text().find("\xEF\xBF\xBD") == bad);  // U+FFFD where the bad byte was
    CHECK(lossy->text().substr(lossy->text().size() - 9) == "结束。");
    // Spans after the damage still point at the right original bytes.
    size_t end = lossy->text().find("结束");
    CHECK(lossy->original_offset(end) == text.find("结束"));
  }

  TEST_CASE("truncated GB18030: strict fails clearly, lossy keeps the whole characters") {
    cppcc::DecodeOptions o;
    o.encoding = cppcc::Encoding::kGb18030;
    auto strict = decode(cppcc::test::truncated_gb18030(), o);
    REQUIRE_FALSE(strict);
    CHECK(strict.error().code == cppcc::ErrorCode::kEncoding);
    CHECK_FALSE(strict.error().message.empty());

    auto detected = decode(cppcc::test::truncated_gb18030());
    CHECK_FALSE(detected);  // neither UTF-8 nor GB18030

    o.lossy = true;
    auto lossy = decode(cppcc::test::truncated_gb18030(), o);
    REQUIRE(lossy);
    CHECK(lossy->text().substr(0, 9) == "中文报");
    CHECK(lossy->text().size() > 9);  // the cut character became a replacement
  }

  TEST_CASE("NUL bytes are refused with their offset; as text they pass through") {
    std::string bytes("提案\0\0办理", 14);
    auto src = decode(bytes);
    REQUIRE_FALSE(src);
    CHECK(src.error().code == cppcc::ErrorCode::kFormat);
    CHECK(src.error().message.find("offset 6") != std::string::npos);

    auto text = cppcc::SourceText::from_utf8("nul.txt", std::string("甲。\0乙。\n丙", 17));
    auto paras = cppcc::reflow(text);
    size_t total = 0;
    for (const auto& p : paras) {
      CHECK(p.source.size() == p.text.size());
      total += p.text.size();
    }
    CHECK(total >= 9);  // 甲乙丙 at least; a NUL may be dropped
    CHECK(cppcc::split_sentences(std::string_view("甲。\0乙。", 13)).size() == 2);
  }

  TEST_CASE("a 100 MB file with no newline: one paragraph, linear time") {
    const size_t bytes = 100'000'000 / cppcc::test::kScale;
    std::string big = repeat_to("全年共收到提案三百五十六件，立案三百一十二件。", bytes);
    const size_t size = big.size();
    cppcc::Expected<cppcc::SourceText> src = cppcc::make_error(cppcc::ErrorCode::kInternal, "");
    double t_decode = cppcc::test::seconds([&] { src = decode(std::move(big)); });
    REQUIRE(src);
    CHECK(src->line_count() == 1);
    CHECK(src->location(size).column == cppcc::utf8::length(src->text()) + 1);
    std::vector<cppcc::Paragraph> paras;
    double t_reflow = cppcc::test::seconds([&] { paras = cppcc::reflow(*src); });
    REQUIRE(paras.size() == 1);
    CHECK(paras[0].text.size() == size);
    std::vector<cppcc::SentenceRange> sentences;
    double t_split = cppcc::test::seconds([&] { sentences = cppcc::split_sentences(paras[0].text); });
    CHECK(sentences.size() == (size + 68) / 69);
    MESSAGE("100 MB/" << cppcc::test::kScale << ": decode " << t_decode << " s, reflow " << t_reflow
                      << " s, sentences " << t_split << " s");
    CHECK(t_decode + t_reflow + t_split < 30.0);
  }

  TEST_CASE("a million one-character lines") {
    const size_t lines = 1'000'000 / cppcc::test::kScale;
    auto src = decode(repeat("字\n", lines));
    REQUIRE(src);
    CHECK(src->line_count() == lines + 1);
    CHECK(src->location(src->line_start(lines)).line == lines);
    std::vector<cppcc::Paragraph> paras;
    double t = cppcc::test::seconds([&] { paras = cppcc::reflow(*src); });
    size_t chars = 0;
    for (const auto& p : paras) chars += cppcc::utf8::length(p.text);
    CHECK(chars == lines);
    CHECK(t < 20.0);
  }

  TEST_CASE("a forced utf-8-bom on text without a BOM keeps every byte (fuzz_decode crash)") {
    cppcc::DecodeOptions o;
    o.encoding = cppcc::Encoding::kUtf8Bom;
    for (bool lossy : {false, true}) {
      o.lossy = lossy;
      auto src = decode("m1", o);  // shorter than a BOM: used to throw out_of_range
      REQUIRE(src);
      CHECK(src->text() == "m1");
      auto longer = decode("提案办理", o);
      REQUIRE(longer);
      CHECK(longer->text() == "提案办理");  // the first character is not eaten
      CHECK(longer->original_offset(3) == 3);
    }
    auto with_bom = decode("\xEF\xBB\xBF提案", o);
    REQUIRE(with_bom);
    CHECK(with_bom->text() == "提案");
    CHECK(with_bom->original_offset(0) == 3);
  }

  TEST_CASE("brackets nested 100,000 deep") {
    const size_t depth = 100'000;
    std::string text = repeat("（", depth) + "提案。" + repeat("）", depth) + "。结束。";
    auto sentences = cppcc::split_sentences(text);
    REQUIRE(sentences.size() == 2);  // the 。 inside the brackets ends nothing
    CHECK(text.substr(sentences[1].begin) == "结束。");
    // Unbalanced: all openers, no closers; falls back to plain splitting.
    std::string open = repeat("“（", depth) + "甲。乙。";
    CHECK(cppcc::split_sentences(open).size() == 2);
    auto src = cppcc::SourceText::from_utf8("nested.txt", text);
    auto paras = cppcc::reflow(src);
    REQUIRE(paras.size() == 1);
    CHECK(paras[0].text == text);
  }
}
