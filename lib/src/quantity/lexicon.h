// The word lists the quantity extractor reads from data/ (units.tsv and
// data/quantity/*): units, qualifiers, verbs, and words that are not numbers.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <string_view>
#include <vector>

#include "cppcc/expected.h"

namespace cppcc::quantity {

struct UnitEntry {
  std::string surface;     ///< as written after the number
  std::string kind;        ///< count, money, percent, ...
  std::string unit;        ///< reported unit
  std::u32string not_before;  ///< next characters that veto the unit
  bool arabic_only = false;   ///< a Chinese numeral before it is no count (二期)
};

enum class QualifierPlace { kBefore, kBetween, kAfter, kTotal };

struct QualifierEntry {
  std::string word;
  QualifierPlace place = QualifierPlace::kBefore;
};

/// Word lists, each sorted longest first so the first match is the longest.
struct Lexicon {
  std::vector<UnitEntry> units;
  std::vector<QualifierEntry> qualifiers;
  std::vector<std::string> verbs, adverbs, tails, trims, ordinals, pasts, changes, classes;
  std::vector<std::string> not_numerals;
  /// Indices into not_numerals by first code point (longest first), so a
  /// paragraph is scanned once instead of once per word.
  std::unordered_map<char32_t, std::vector<uint32_t>> not_numerals_by_first;

  static Expected<Lexicon> load();

  /// The longest unit at S[POS] not vetoed by the character after it.
  const UnitEntry* match_unit(std::string_view s, size_t pos) const;
  /// The longest qualifier of PLACE starting at S[POS] / ending at S[POS].
  const QualifierEntry* qualifier_at(std::string_view s, size_t pos, QualifierPlace place) const;
  const QualifierEntry* qualifier_before(std::string_view s, size_t pos, QualifierPlace place) const;
};

/// The longest word of WORDS that starts at S[POS], or nullptr.
const std::string* word_at(const std::vector<std::string>& words, std::string_view s, size_t pos);
/// The longest word of WORDS that ends at S[POS], or nullptr.
const std::string* word_before(const std::vector<std::string>& words, std::string_view s, size_t pos);

}  // namespace cppcc::quantity
