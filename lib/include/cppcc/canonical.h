/// \file
/// The canonical matching view: a report's paragraphs in one form, whatever
/// the copy — Simplified characters, full-width Chinese punctuation, ASCII
/// digits, no invisible characters, no space inside 88 件 or 工 作 报 告.
///
///   cppcc::ParagraphViews v = cppcc::read_paragraphs(src);
///   v.canonical[i].text         // matched on: 两个确立 also in 兩個確立
///   v.as_written(i, b, e)       // the same bytes as the file writes them
///   paragraph_span(src, v.canonical[i], b, e)   // a span of the original
///
/// Every parser matches on canonical; what the model shows as written
/// (surfaces, headings, paragraph text) is sliced from written through the
/// map, and every span still names the original bytes. Rules about form
/// (punctuation width, script mixing) read written (docs/ARCHITECTURE.md).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "cppcc/normalize.h"
#include "cppcc/reflow.h"
#include "cppcc/source_map.h"
#include "cppcc/text.h"

namespace cppcc {

/// A report's paragraphs in both views; the same paragraphs in the same order.
struct ParagraphViews {
  /// As reflow() gives them: the file's characters (NFC), indentation and line breaks gone.
  std::vector<Paragraph> written;
  /// The canonical view of each; source maps straight to SourceText::text().
  std::vector<Paragraph> canonical;
  /// Per paragraph: to_written[i][k] = byte of written[i] that canonical byte k
  /// came from (byte k of a character to byte k of its original, or to its
  /// last byte). Empty when the two views of the paragraph are the same.
  std::vector<SourceMap> to_written;
  /// The script of the whole text's ideographs (detect_script), read once here:
  /// a Traditional text is converted paragraph by paragraph, and the metadata says it.
  Script script = Script::kSimplified;

  /// Byte of written[I] where canonical byte B starts (B ≤ size).
  size_t written_begin(size_t i, size_t b) const;
  /// Byte of written[I] just after canonical byte E - 1 (E ≤ size).
  size_t written_end(size_t i, size_t e) const;
  /// written[I]'s text for canonical bytes [B, E): what the file writes there,
  /// invisible characters between them included.
  std::string_view as_written(size_t i, size_t b, size_t e) const;
  /// True when canonical bytes [B, E) of paragraph I read the same in both views.
  bool same_as_written(size_t i, size_t b, size_t e) const;
};

/// The canonical view of one written paragraph; TO_WRITTEN as in ParagraphViews.
/// A paragraph is converted to Simplified when it holds a Traditional form, or
/// always when TRADITIONAL_TEXT (the whole report is Traditional).
Paragraph canonical_paragraph(const Paragraph& written, SourceMap* to_written, bool traditional_text = false);

/// reflow() and the canonical view of every paragraph.
ParagraphViews read_paragraphs(const SourceText& src, const ReflowOptions& options = {});

}  // namespace cppcc
