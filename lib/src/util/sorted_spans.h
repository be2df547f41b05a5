// Half-open ranges [begin, end) sorted by start with the running maximum of
// their ends: "does any range overlap / contain this one?" in O(log n), for
// the places that ask it once per candidate over a whole paragraph (a report
// put on one line has thousands of each).
#pragma once

#include <algorithm>
#include <cstdint>
#include <utility>
#include <vector>

namespace cppcc::util {

class SortedSpans {
 public:
  using Range = std::pair<uint64_t, uint64_t>;  ///< [begin, end)

  explicit SortedSpans(std::vector<Range> ranges) : ranges_(std::move(ranges)) {
    std::sort(ranges_.begin(), ranges_.end());
    max_end_.reserve(ranges_.size());
    uint64_t m = 0;
    for (const Range& r : ranges_) max_end_.push_back(m = std::max(m, r.second));
  }

  /// True if a range overlaps [b, e): one starting before E ends after B.
  bool overlaps(uint64_t b, uint64_t e) const { return max_end_before(e) > b; }

  /// True if a longer range contains [b, e): one starting before B reaches
  /// E, or one starting at B ends after E.
  bool inside_longer(uint64_t b, uint64_t e) const {
    if (max_end_before(b) >= e && starts_before(b)) return true;
    const auto first = std::lower_bound(ranges_.begin(), ranges_.end(), Range(b, 0));
    const auto last = std::upper_bound(ranges_.begin(), ranges_.end(), Range(b, UINT64_MAX));
    return last != first && std::prev(last)->second > e;  // sorted: the last one at B ends furthest
  }

 private:
  /// The furthest end among ranges starting before X (0 when none).
  uint64_t max_end_before(uint64_t x) const {
    const auto k = std::lower_bound(ranges_.begin(), ranges_.end(), Range(x, 0)) - ranges_.begin();
    return k == 0 ? 0 : max_end_[static_cast<size_t>(k) - 1];
  }
  bool starts_before(uint64_t x) const { return !ranges_.empty() && ranges_.front().first < x; }

  std::vector<Range> ranges_;
  std::vector<uint64_t> max_end_;
};

}  // namespace cppcc::util
