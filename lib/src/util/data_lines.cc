// Data files read line by line (no embedded data needed: the dictionary
// builder links this alone).
#include "cppcc/data.h"

namespace cppcc {

std::vector<std::string_view> data_lines(std::string_view content) {
  std::vector<std::string_view> lines;
  size_t pos = 0;
  while (pos < content.size()) {
    size_t nl = content.find('\n', pos);
    if (nl == std::string_view::npos) nl = content.size();
    lines.push_back(content.substr(pos, nl - pos));
    pos = nl + 1;
  }
  return lines;
}

}  // namespace cppcc
