/// \file
/// Reflow: hard-wrapped lines → paragraphs, each byte mapped back to the source.
///
/// Newspaper extractions wrap every ~17 characters and put page breaks (blank
/// lines) inside paragraphs; web texts have one paragraph per line. reflow()
/// handles both: wrapped lines are joined without spaces between CJK
/// characters, headings stay paragraphs of their own, and every byte of a
/// paragraph's text keeps the offset of the source byte it came from.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "cppcc/source_map.h"
#include "cppcc/text.h"

namespace cppcc {

struct Paragraph {
  std::string text;  ///< reflowed UTF-8, NFC, without indentation or line breaks
  /// source[i] = offset in SourceText::text() of the byte text[i] came from.
  /// Inserted bytes (a space joining two Latin words) map to the line break.
  SourceMap source;
  uint32_t first_line = 0;  ///< 1-based original line range
  uint32_t last_line = 0;

  /// Source text range [begin, end) of paragraph bytes [b, e).
  size_t source_begin(size_t b) const { return b < source.size() ? source[b] : source_end_of_text(); }
  size_t source_end(size_t e) const { return e == 0 ? source_begin(0) : source[e - 1] + 1; }
  size_t source_end_of_text() const { return source.empty() ? 0 : source.back() + 1; }
};

struct ReflowOptions {
  /// Lines at least this long (code points) that end without closing
  /// punctuation are treated as wrapped; 0 = infer from the file.
  int wrap_width = 0;
};

std::vector<Paragraph> reflow(const SourceText& src, const ReflowOptions& options = {});

/// Span of paragraph bytes [b, e) in the original file.
inline Span paragraph_span(const SourceText& src, const Paragraph& p, size_t b, size_t e) {
  return src.span(p.source_begin(b), p.source_end(e));
}

}  // namespace cppcc
