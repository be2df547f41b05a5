/// \file
/// SourceMap: where each byte of a derived text (a reflowed paragraph, an NFC
/// view) came from in its source. Stored as runs of consecutive offsets, so a
/// paragraph copied from one stretch of the file costs one run, not four
/// bytes per byte: a report of 100 MB on a single line maps in a few bytes.
///
///   SourceMap m;
///   m.push_back(10); m.push_back(11); m.push_back(40);   // two runs
///   m[1] == 11; m.size() == 3;
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <vector>

namespace cppcc {

class SourceMap {
 public:
  /// Appends the source offset of the next byte.
  void push_back(uint32_t offset) {
    if (runs_.empty() || offset != runs_.back().from + (size_ - runs_.back().at)) runs_.push_back({size_, offset});
    ++size_;
  }
  /// Source offset of byte I (I < size()).
  uint32_t operator[](size_t i) const {
    auto it = std::upper_bound(runs_.begin(), runs_.end(), i, [](size_t v, const Run& r) { return v < r.at; });
    const Run& r = *std::prev(it);
    return r.from + static_cast<uint32_t>(i - r.at);
  }
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  uint32_t back() const { return (*this)[size_ - 1]; }
  /// Keeps the first N bytes' offsets (N ≤ size(); a larger N changes nothing).
  void truncate(size_t n) {
    if (n >= size_) return;
    while (!runs_.empty() && runs_.back().at >= n) runs_.pop_back();
    size_ = static_cast<uint32_t>(n);
  }
  /// Number of runs (for tests and memory accounting).
  size_t runs() const { return runs_.size(); }

  class const_iterator {
   public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = uint32_t;
    using difference_type = std::ptrdiff_t;
    using pointer = void;
    using reference = uint32_t;
    const_iterator(const SourceMap* m, size_t i) : m_(m), i_(i) {}
    uint32_t operator*() const { return (*m_)[i_]; }
    const_iterator& operator++() {
      ++i_;
      return *this;
    }
    bool operator==(const const_iterator& o) const { return i_ == o.i_; }
    bool operator!=(const const_iterator& o) const { return i_ != o.i_; }

   private:
    const SourceMap* m_;
    size_t i_;
  };
  const_iterator begin() const { return {this, 0}; }
  const_iterator end() const { return {this, size_}; }

 private:
  struct Run {
    uint32_t at;    ///< first byte of the run in the derived text
    uint32_t from;  ///< its source offset; the run's bytes follow on from it
  };
  std::vector<Run> runs_;
  uint32_t size_ = 0;
};

}  // namespace cppcc
