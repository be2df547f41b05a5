// Finding a literal phrase in reflowed paragraphs, so a use split by a line
// wrap (两个毫不\n动摇) is still one match, mapped back to the source.
#pragma once

#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "util/bmp_set.h"

namespace cppcc::parse {

/// Byte ranges of every occurrence of NEEDLE in TEXT. Phrases made of ASCII
/// digits and letters ("1310", "1+6+3") must not touch another digit or letter.
std::vector<std::pair<size_t, size_t>> find_all(std::string_view text, std::string_view needle);

/// find_all() for many needles in one pass over the text: needles are indexed
/// by their first code point, so the cost does not grow with their number.
class PhraseSet {
 public:
  explicit PhraseSet(std::vector<std::string_view> needles);
  struct Match {
    uint32_t needle;  ///< index into the needles
    size_t begin, end;
  };
  /// Every find_all(text, needles[j]) for every j, in text order (for one
  /// needle, in the order find_all gives them).
  std::vector<Match> find_all(std::string_view text) const;

 private:
  std::vector<std::string_view> needles_;
  std::unordered_map<char32_t, std::vector<uint32_t>> by_first_;
  /// The BMP characters that start a needle: most characters of a report
  /// start none, and skip the map.
  util::BmpSet first_chars_;
};

/// True if TEXT[b, e) stands inside “…” (the quotes right around it).
bool quoted_at(std::string_view text, size_t b, size_t e);

}  // namespace cppcc::parse
