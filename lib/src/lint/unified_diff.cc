// A unified diff for --diff. Fixes never add or remove line breaks, so lines
// correspond one to one; if they do not, the whole file is one hunk.
#include <algorithm>
#include <string>
#include <vector>

#include "cppcc/data.h"
#include "cppcc/lint.h"

namespace cppcc {

namespace {

std::vector<std::string_view> split_lines(std::string_view s) {
  std::vector<std::string_view> out = data_lines(s);
  for (std::string_view& line : out)
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return out;
}

}  // namespace

std::string unified_diff(const std::string& path, std::string_view old_text, std::string_view new_text) {
  if (old_text == new_text) return {};
  const auto a = split_lines(old_text), b = split_lines(new_text);
  std::string out = "--- " + path + "\n+++ " + path + " (fixed)\n";
  if (a.size() != b.size()) {
    out += "@@ -1," + std::to_string(a.size()) + " +1," + std::to_string(b.size()) + " @@\n";
    for (auto l : a) out.append("-").append(l).append("\n");
    for (auto l : b) out.append("+").append(l).append("\n");
    return out;
  }
  std::vector<size_t> changed;
  for (size_t i = 0; i < a.size(); ++i)
    if (a[i] != b[i]) changed.push_back(i);
  constexpr size_t kContext = 3;
  size_t k = 0;
  while (k < changed.size()) {
    size_t first = changed[k] >= kContext ? changed[k] - kContext : 0;
    size_t last = changed[k];
    size_t j = k;
    while (j + 1 < changed.size() && changed[j + 1] <= last + 2 * kContext + 1) last = changed[++j];
    last = std::min(a.size() - 1, last + kContext);
    const size_t n = last - first + 1;
    out += "@@ -" + std::to_string(first + 1) + "," + std::to_string(n) + " +" + std::to_string(first + 1) + "," +
           std::to_string(n) + " @@\n";
    for (size_t i = first; i <= last; ++i) {
      if (a[i] == b[i]) {
        out.append(" ").append(a[i]).append("\n");
      } else {
        out.append("-").append(a[i]).append("\n").append("+").append(b[i]).append("\n");
      }
    }
    k = j + 1;
  }
  return out;
}

}  // namespace cppcc
