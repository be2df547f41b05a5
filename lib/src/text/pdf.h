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

/// Drops the running headers and footers from PAGES (each a list of lines):
/// lines at the top or bottom of a page that repeat, digits aside, on most
/// pages, and lone page numbers ("3", "- 3 -", "第3页", "3/12").
/// Returns, per page, which lines are kept.
std::vector<std::vector<bool>> running_lines_kept(const std::vector<std::vector<std::string>>& pages);

}  // namespace cppcc::detail
