// Each opening mark (“, 《) paired with the first closing mark after it, in
// one pass: the closing mark found for one opening is reused by every opening
// before it, so 50,000 nested “ cost linear time instead of a search each.
#pragma once

#include <string_view>
#include <utility>
#include <vector>

namespace cppcc::util {

/// [open, close) byte offsets: OPEN's position and the first CLOSE after it,
/// for every OPEN in TEXT that has a CLOSE somewhere after it.
inline std::vector<std::pair<size_t, size_t>> mark_pairs(std::string_view text, std::string_view open,
                                                         std::string_view close) {
  std::vector<std::pair<size_t, size_t>> out;
  size_t end = 0;  // the last CLOSE found: still the first one after any OPEN before it
  bool have_end = false;
  for (size_t k = text.find(open); k != std::string_view::npos; k = text.find(open, k + 1)) {
    const size_t start = k + open.size();
    if (!have_end || end < start) {
      end = text.find(close, start);
      have_end = true;
    }
    if (end == std::string_view::npos) break;
    out.emplace_back(k, end);
  }
  return out;
}

}  // namespace cppcc::util
