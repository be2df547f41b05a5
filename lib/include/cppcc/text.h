/// \file
/// The text layer: decoding a report file and pointing back into it.
///
///   auto src = cppcc::load_file("report.txt", {});
///   if (!src) return report(src.error());
///   std::string_view utf8 = src->text();        // decoded, BOM stripped
///   cppcc::Span s = src->span(begin, end);       // line/column + original bytes
///
/// Invariant: every position the library reports is computed from offsets
/// into text(), and converted to the ORIGINAL file's line, column (code
/// points) and byte offset only here.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cppcc/expected.h"

namespace cppcc {

enum class Encoding { kUtf8, kUtf8Bom, kUtf16Le, kUtf16Be, kGb18030, kDocx, kHtml, kPdf };

/// "utf-8", "utf-8-bom", "utf-16le", "utf-16be", "gb18030", "docx", "html", "pdf".
std::string_view encoding_name(Encoding e);
/// Accepts the names above and common aliases (utf8, gbk, gb2312, ...).
std::optional<Encoding> parse_encoding_name(std::string_view name);

/// The default input limit (256 MiB): reports are under 1 MB, so no real
/// input comes near it, while endless input (/dev/zero, a zip bomb) stops
/// after a fraction of a second and a bounded amount of memory.
inline constexpr uint64_t kDefaultMaxInputBytes = uint64_t{256} << 20;
/// The largest limit that can be asked for: offsets into a file are 32-bit.
inline constexpr uint64_t kLargestMaxInputBytes = 0xFFFFFFF0u;

struct DecodeOptions {
  std::optional<Encoding> encoding;  ///< force an encoding instead of detecting
  bool lossy = false;                ///< substitute U+FFFD for bad bytes instead of failing
  /// Input limit, checked while reading: a file, standard input and each
  /// decompressed part of a .docx may not hold more bytes than this.
  uint64_t max_bytes = kDefaultMaxInputBytes;
};

/// A position in the original file: 1-based line, 1-based column in code points.
struct Location {
  uint32_t line = 1;
  uint32_t column = 1;
};

/// A range of the original file, as in the output contract.
struct Span {
  uint32_t line = 0, column = 0, end_line = 0, end_column = 0;
  uint64_t offset = 0, length = 0;  ///< bytes in the original file
};

/// Where one code point of text extracted from markup (an HTML page) came
/// from: its bytes in the file and the file's line/column before and after it.
struct Origin {
  uint32_t text_offset = 0;  ///< in SourceText::text()
  uint32_t begin = 0, end = 0;  ///< bytes in SourceText::original()
  Location at, after;
};

/// A decoded file with a line index. Cheap to move, not to copy.
class SourceText {
 public:
  /// Decodes BYTES read from PATH (PATH is only used in messages).
  static Expected<SourceText> decode(std::string path, std::string bytes,
                                     const DecodeOptions& options = {});
  /// Wraps UTF-8 text that needs no decoding (tests, stdin already decoded).
  static SourceText from_utf8(std::string path, std::string utf8);
  /// Text extracted from ORIGINAL (an HTML page, a PDF's text layer): lines
  /// are the extracted paragraphs, but span() names ORIGINAL's bytes, lines and
  /// columns through ORIGINS (one per code point of UTF8, in text order).
  /// FILE_BYTES: the file's size when ORIGINAL is not the file (a PDF).
  static SourceText from_extracted(std::string path, Encoding kind, std::string utf8, std::string original,
                                   std::vector<Origin> origins, uint64_t file_bytes = 0);
  /// Marks text extracted from a .docx of FILE_BYTES bytes (lines are paragraphs).
  void mark_docx(uint64_t file_bytes) {
    encoding_ = Encoding::kDocx;
    file_bytes_ = file_bytes;
  }
  /// Size of the file on disk (differs from original() only for .docx and .pdf).
  uint64_t file_bytes() const { return file_bytes_ ? file_bytes_ : original_.size(); }

  const std::string& path() const { return path_; }
  Encoding encoding() const { return encoding_; }
  /// The file's bytes as read.
  std::string_view original() const { return original_; }
  /// The decoded UTF-8 text (BOM removed). All library offsets index this.
  std::string_view text() const { return text_; }

  /// Number of lines (a final line without terminator counts; an empty file has 1).
  size_t line_count() const { return line_starts_.size(); }
  /// Offset in text() where 1-based LINE starts.
  size_t line_start(size_t line) const { return line_starts_[line - 1]; }
  /// The text of LINE without its terminator.
  std::string_view line_text(size_t line) const;
  /// 1-based line containing text offset OFFSET.
  size_t line_of(size_t offset) const;
  /// Line and code-point column of a text offset.
  Location location(size_t offset) const;
  /// 1-based display column (East Asian wide characters count two).
  size_t display_column(size_t offset) const;
  /// Byte offset in original() of text offset OFFSET.
  size_t original_offset(size_t offset) const;
  /// The contract span of text range [begin, end).
  Span span(size_t begin, size_t end) const;

 private:
  void index_lines();
  size_t code_points_before(size_t offset) const;
  static constexpr size_t kStride = 256;
  std::string path_;
  Encoding encoding_ = Encoding::kUtf8;
  std::string original_;
  std::string text_;
  std::vector<uint32_t> line_starts_;
  /// For encodings other than UTF-8: (text offset, original offset) at every
  /// code point, so spans can name original bytes. Empty for UTF-8.
  std::vector<std::pair<uint32_t, uint32_t>> offset_map_;
  std::vector<Origin> origins_;  ///< set by from_extracted only
  uint32_t bom_bytes_ = 0;
  uint64_t file_bytes_ = 0;
  std::vector<uint32_t> cp_checkpoints_;  ///< code points before each kStride-byte block
};

/// Reads PATH ("-" is standard input) and decodes it. A .docx file is read
/// from its word/document.xml, one line per paragraph; an .html page from its
/// article, a .pdf from its text layer (docs/input-formats.md). Input beyond
/// OPTIONS.max_bytes is an error, found while reading (endless input stops).
Expected<SourceText> load_file(const std::string& path, const DecodeOptions& options = {});

/// Code-point helpers shared by the whole library.
namespace utf8 {
/// Decodes the code point at S[I]; sets LEN to its byte length (1 for an invalid byte).
/// Inline: every pass of the library walks text with it (a sixth of extract's time as a call).
inline char32_t decode(std::string_view s, size_t i, size_t* len) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  auto cont = [&](size_t k) -> int {
    if (i + k >= s.size()) return -1;
    const auto b = static_cast<unsigned char>(s[i + k]);
    return (b & 0xC0) == 0x80 ? (b & 0x3F) : -1;
  };
  if (b0 < 0x80) {
    *len = 1;
    return b0;
  }
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    int c1 = cont(1);
    if (c1 >= 0) {
      *len = 2;
      return static_cast<char32_t>(((b0 & 0x1F) << 6) | c1);
    }
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    int c1 = cont(1), c2 = cont(2);
    if (c1 >= 0 && c2 >= 0) {
      char32_t cp = static_cast<char32_t>(((b0 & 0x0F) << 12) | (c1 << 6) | c2);
      if (cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF)) {
        *len = 3;
        return cp;
      }
    }
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    int c1 = cont(1), c2 = cont(2), c3 = cont(3);
    if (c1 >= 0 && c2 >= 0 && c3 >= 0) {
      char32_t cp = static_cast<char32_t>(((b0 & 0x07) << 18) | (c1 << 12) | (c2 << 6) | c3);
      if (cp >= 0x10000 && cp <= 0x10FFFF) {
        *len = 4;
        return cp;
      }
    }
  }
  *len = 1;
  return 0xFFFD;
}
void append(std::string& out, char32_t cp);
/// Number of code points in S.
size_t length(std::string_view s);
/// Display width of CP: 2 for East Asian wide/full-width, 0 for combining/zero-width, else 1.
int width(char32_t cp);
bool is_cjk(char32_t cp);  ///< a Han ideograph (incl. extensions) or 〇
/// S as code points (an invalid byte decodes to U+FFFD, one per byte).
std::u32string to_u32(std::string_view s);
/// CPS encoded as UTF-8.
std::string to_utf8(std::u32string_view cps);
}  // namespace utf8

}  // namespace cppcc
