// A set of code points of the Basic Multilingual Plane as one bit each (8 KB):
// for the scans that ask of every character of a report whether it can start
// something (a numeral, a known phrase) and almost never get a yes.
// constexpr, so a fixed set can be built at compile time.
#pragma once

#include <array>
#include <cstdint>

namespace cppcc::util {

class BmpSet {
 public:
  /// Adds C; a code point outside the BMP is not kept.
  constexpr void add(char32_t c) {
    if (c < kSize) words_[c >> 6] |= uint64_t{1} << (c & 63);
  }
  /// False for every code point outside the BMP.
  constexpr bool contains(char32_t c) const { return c < kSize && ((words_[c >> 6] >> (c & 63)) & 1); }

 private:
  static constexpr char32_t kSize = 0x10000;
  std::array<uint64_t, kSize / 64> words_{};
};

}  // namespace cppcc::util
