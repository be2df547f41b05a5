// The embedded data tables read as rows of TAB-separated fields.
#include "cppcc/data.h"

namespace cppcc {

std::vector<std::vector<std::string>> embedded_tsv(std::string_view name) {
  std::vector<std::vector<std::string>> rows;
  auto data = embedded_data(name);
  if (!data) return rows;
  for (std::string_view line : data_lines(*data)) {
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> cols;
    size_t c = 0;
    while (true) {
      size_t tab = line.find('\t', c);
      cols.emplace_back(line.substr(c, tab == std::string_view::npos ? std::string_view::npos : tab - c));
      if (tab == std::string_view::npos) break;
      c = tab + 1;
    }
    rows.push_back(std::move(cols));
  }
  return rows;
}

}  // namespace cppcc
