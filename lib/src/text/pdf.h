// Internal: reading a PDF's text layer (docs/input-formats.md).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "cppcc/expected.h"
#include "cppcc/text.h"

namespace cppcc::detail {

/// Reads the text layer of the PDF BYTES read from PATH, page by page in
/// reading order, without running headers, footers and page numbers.
Expected<SourceText> pdf_to_source(std::string bytes, const std::string& path);

/// One line of a page's text layer and where it sits (PDF points, y grows downward).
struct PdfLine {
  std::string text;
  double top = 0, bottom = 0, left = 0, right = 0;
  /// Width of what cannot be split off the start of the line: one character
  /// with the closing marks after it (地，), an opening mark with the character
  /// after it, or a run of Latin letters and digits (2.5%). A line that wrapped
  /// had no room for it at its end.
  double first_unit = 0;
  /// Width of the first character when it is a Han character (the page's em), else 0.
  double first_han = 0;
};

/// How a kept line follows the kept line before it.
enum class PdfBreak {
  kJoin,       ///< the previous line wrapped: the two are one line of the document
  kLine,       ///< a line break the document has (a <br>, a short last line)
  kParagraph,  ///< a paragraph gap (vertical space) or a paragraph's indented first line
};

/// Decides, for each line of PAGES that KEPT keeps, how it follows the kept
/// line before it (the first kept line: kLine). A line wrapped when the first
/// unit of the next line would not have fitted on it: its right edge plus that
/// unit passes the right margin of the text (estimated from the lines'
/// right edges; for centred lines, their width against the text's width). A
/// gap wider than 1.3 line pitches, or a first line indented by 1.5 em under a
/// line at the margin, starts a paragraph. Without geometry to go on (too few
/// lines) every break is kLine and the reflow decides.
std::vector<std::vector<PdfBreak>> pdf_breaks(const std::vector<std::vector<PdfLine>>& pages,
                                              const std::vector<std::vector<bool>>& kept);

/// Drops the running headers and footers from PAGES (each a list of lines):
/// lines at the top or bottom of a page that repeat, digits aside, on most
/// pages, and lone page numbers ("3", "- 3 -", "第3页", "3/12").
/// Returns, per page, which lines are kept.
std::vector<std::vector<bool>> running_lines_kept(const std::vector<std::vector<std::string>>& pages);

}  // namespace cppcc::detail
