#include "parse/shape_words.h"

#include <string>

#include "cppcc/data.h"

namespace cppcc::parse {

std::vector<std::string_view> data_lines(std::string_view content) {
  std::vector<std::string_view> out;
  size_t pos = 0;
  while (pos < content.size()) {
    size_t nl = content.find('\n', pos);
    std::string_view line = content.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    pos = nl == std::string_view::npos ? content.size() : nl + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    out.push_back(line);
  }
  return out;
}

std::string role_pattern(std::string_view content, std::string_view role) {
  std::string joined;
  for (std::string_view line : data_lines(content)) {
    size_t tab = line.find('\t');
    if (tab == std::string_view::npos || line.substr(0, tab) != role) continue;
    if (!joined.empty()) joined += '|';
    joined += "(?:";
    joined += line.substr(tab + 1);
    joined += ')';
  }
  // A role with no pattern matches nothing (an empty pattern would match everywhere).
  return joined.empty() ? std::string("(?!)") : joined;
}

namespace {

std::string_view file(std::string_view name) { return embedded_data(name).value_or(std::string_view()); }

}  // namespace

const PartWords& part_words() {
  static const std::string_view f = file("structure/part_words.tsv");
  static const PartWords w{Regex(role_pattern(f, "review")),         Regex(role_pattern(f, "plan")),
                           Regex(role_pattern(f, "five_year")),      Regex(role_pattern(f, "conduct")),
                           Regex(role_pattern(f, "reflective")),     Regex(role_pattern(f, "review_opening")),
                           Regex(role_pattern(f, "year_opening")),   Regex(role_pattern(f, "five_year_opening")),
                           Regex(role_pattern(f, "part_like")),      Regex(role_pattern(f, "unnumbered")),
                           role_pattern(f, "glossary_heading")};
  return w;
}

const DateLines& date_lines() {
  static const std::string_view f = file("structure/date_lines.tsv");
  static const DateLines d{Regex(role_pattern(f, "date")), Regex(role_pattern(f, "date_line"))};
  return d;
}

}  // namespace cppcc::parse
