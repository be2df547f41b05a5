// Recognising a PDF page's running headers, footers and page numbers.
#include <algorithm>
#include <map>
#include <string_view>

#include "text/pdf.h"

namespace cppcc::detail {

namespace {

constexpr size_t kEdgeLines = 3;  // headers and footers live in the first and last lines of a page

/// The line with runs of digits folded to one '#' and spaces removed: "第 3 页" and "第 12 页" agree.
std::string shape(std::string_view line) {
  std::string s;
  for (size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (c == ' ' || c == '\t') continue;
    if (c >= '0' && c <= '9') {
      if (s.empty() || s.back() != '#') s += '#';
      continue;
    }
    s += c;
  }
  return s;
}

bool is_page_number(std::string_view line) {
  const std::string s = shape(line);
  static const char* const kForms[] = {"#", "-#-", "—#—", "–#–", "第#页", "#/#", "第#页共#页", "第#页/共#页", "page#", "Page#",
                                       "#of#", "Page#of#", "·#·", "(#)", "（#）"};
  for (const char* f : kForms)
    if (s == f) return true;
  return false;
}

/// What a browser prints at the top and bottom of each page, recognisable on
/// a single page too: the date and time the page was printed (12/2/26, 8:07 PM
/// 标题; 2025-01-08 10:00) and its address (file:///…/r.html 1/3, https://…).
bool is_print_stamp(std::string_view line) {
  const std::string s = shape(line);
  for (std::string_view date : {"#/#/#,#:#", "#/#/##:#", "#-#-#,#:#", "#-#-##:#", "#/#/#,上午#:#", "#/#/#,下午#:#"})
    if (s.compare(0, date.size(), date) == 0) return true;
  return s.find("://") != std::string::npos;
}

}  // namespace

std::vector<std::vector<bool>> running_lines_kept(const std::vector<std::vector<std::string>>& pages) {
  std::vector<std::vector<bool>> kept;
  // How many pages carry each shape at the top, and at the bottom.
  std::map<std::string, size_t> top, bottom;
  for (const auto& lines : pages) {
    std::map<std::string, bool> seen_top, seen_bottom;
    for (size_t l = 0; l < lines.size() && l < kEdgeLines; ++l) seen_top[shape(lines[l])] = true;
    for (size_t l = lines.size() > kEdgeLines ? lines.size() - kEdgeLines : 0; l < lines.size(); ++l)
      seen_bottom[shape(lines[l])] = true;
    for (const auto& [s, _] : seen_top) ++top[s];
    for (const auto& [s, _] : seen_bottom) ++bottom[s];
  }
  const size_t need = std::max<size_t>(2, (pages.size() + 1) / 2);
  for (const auto& lines : pages) {
    std::vector<bool> keep(lines.size(), true);
    for (size_t l = 0; l < lines.size(); ++l) {
      const bool at_top = l < kEdgeLines, at_bottom = l + kEdgeLines >= lines.size();
      if (!at_top && !at_bottom) continue;
      const std::string s = shape(lines[l]);
      if (s.empty()) continue;
      if (is_page_number(lines[l]) || is_print_stamp(lines[l]) || (at_top && top[s] >= need) || (at_bottom && bottom[s] >= need)) keep[l] = false;
    }
    kept.push_back(std::move(keep));
  }
  return kept;
}

}  // namespace cppcc::detail
