// State shared by the parser's passes: the reflowed paragraphs and what each
// pass has learnt about them (front matter, body, tail, headings).
#pragma once

#include <cstdint>
#include <optional>
#include <utility>
#include <string>
#include <string_view>
#include <vector>

#include "cppcc/canonical.h"
#include "cppcc/reflow.h"
#include "cppcc/report.h"
#include "cppcc/text.h"

namespace cppcc::parse {

/// What a paragraph is, as far as the layout passes can tell.
enum class Role {
  kBody,         ///< report text
  kFrontMatter,  ///< title, subtitle, date line, speaker, source line
  kJunk,         ///< web menus, licence lines, related links, repeated title
  kTail,         ///< after the closing: glossary, appendices
};

struct ParseContext {
  const SourceText& src;
  /// The paragraphs in both views: every pass matches on paras (the
  /// canonical view); what the model shows as written comes from written().
  ParagraphViews views;
  std::vector<Paragraph>& paras = views.canonical;
  std::vector<Role> roles;
  /// Body paragraphs are [body_begin, body_end); the tail (glossary,
  /// appendices) is [body_end, tail_end); junk after that.
  size_t body_begin = 0, body_end = 0, tail_end = 0;
  /// Paragraph index of the first part or section heading, if any.
  std::optional<size_t> first_heading;
  std::optional<size_t> closing;
  /// Text after the end of the report that belongs to no part of it (a second
  /// report concatenated, stray pages): paragraphs [first, last].
  std::optional<std::pair<size_t, size_t>> ignored;
  std::string title;  ///< as found by the front-matter pass (for repeated-title junk)

  explicit ParseContext(const SourceText& s) : src(s) {}
  ParseContext(const ParseContext&) = delete;
  ParseContext& operator=(const ParseContext&) = delete;

  /// Paragraph PARA's canonical bytes [B, E) as the file writes them.
  std::string written(size_t para, size_t b, size_t e) const { return std::string(views.as_written(para, b, e)); }
  /// Paragraph PARA as the file writes it.
  const std::string& written_text(size_t para) const { return views.written[para].text; }

  /// Paragraph PARA's canonical text cut where the file breaks its lines: one
  /// (line number, text) per line, for passes that read the front matter line
  /// by line (speaker, date) on the canonical view.
  std::vector<std::pair<uint32_t, std::string>> canonical_lines(size_t para) const;

  Span span(size_t para, size_t b, size_t e) const { return paragraph_span(src, paras[para], b, e); }
  Span span_of(size_t para) const { return span(para, 0, paras[para].text.size()); }
  /// Span from the start of paragraph FIRST to the end of paragraph LAST.
  Span span_between(size_t first, size_t last) const {
    return src.span(paras[first].source_begin(0), paras[last].source_end(paras[last].text.size()));
  }
};

/// Bytes of leading white space, ideographic spaces and zero-width characters.
size_t leading_space(std::string_view s);
/// S without leading and trailing white space (incl. U+3000 and zero-width).
std::string_view trim(std::string_view s);
/// At most the first BYTES of S, cut at a code point: an anchored pattern of
/// short words (a label, a web footer's 责任编辑) need not convert a paragraph
/// of megabytes to UTF-16.
std::string_view first_bytes(std::string_view s, size_t bytes = 120);
/// Number of code points.
size_t cp_length(std::string_view s);
/// S with every space, U+3000 and zero-width character removed ("工 作 报 告").
std::string squeeze(std::string_view s);
/// True if S contains NEEDLE.
inline bool contains(std::string_view s, std::string_view needle) { return s.find(needle) != std::string_view::npos; }
inline bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }
inline bool ends_with(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}

}  // namespace cppcc::parse
