// A list of words looked up at a byte position, longest match first. The
// scanner asks "which word starts (or ends) here?" at nearly every character
// of a report, so words are indexed by their first and last code point and a
// lookup compares only the few words that can match there.
#pragma once

#include <bitset>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace cppcc::quantity {

class WordList {
 public:
  WordList() = default;
  /// Keeps WORDS sorted longest first (stable, so equal lengths keep their order).
  explicit WordList(std::vector<std::string> words);

  /// The longest word that starts at S[POS], or nullptr.
  const std::string* at(std::string_view s, size_t pos) const;
  /// The longest word that ends at S[POS] (exclusive), or nullptr.
  const std::string* before(std::string_view s, size_t pos) const;

  /// Indices into words() of those whose first code point is the one at
  /// S[POS], longest first; empty when none.
  const std::vector<uint32_t>& starting_with(std::string_view s, size_t pos) const;
  /// Indices of those whose last code point is the one ending at S[POS].
  const std::vector<uint32_t>& ending_with(std::string_view s, size_t pos) const;

  const std::vector<std::string>& words() const { return words_; }
  auto begin() const { return words_.begin(); }
  auto end() const { return words_.end(); }

 private:
  // Most characters start and end no word: a bit per hashed key answers that
  // before the map is asked.
  static constexpr size_t kFilterBits = 1024;
  static size_t filter_slot(uint32_t key) { return (key * 2654435761u) >> 22; }

  std::vector<std::string> words_;
  std::unordered_map<uint32_t, std::vector<uint32_t>> by_first_, by_last_;
  std::bitset<kFilterBits> may_start_, may_end_;
};

}  // namespace cppcc::quantity
