// Per-character script facts shared by the script detector, the canonical
// view and rule T005 (internal to the library).
#pragma once

#include <cstdint>
#include <unordered_map>

namespace cppcc::text {

inline constexpr char32_t kScriptFirst = 0x3400, kScriptLast = 0x9FFF;
/// Per ideograph of U+3400..U+9FFF (index c - kScriptFirst): 1 a Traditional
/// form, 2 its Simplified form, 0 neither.
const uint8_t* script_kinds();

/// True for a Traditional form Simplified text never uses (國 會 員, not 著
/// 乾 於), per data/text/traditional_simplified.tsv. Inline: the canonical view
/// asks it of every character.
inline bool is_traditional_form(char32_t c) {
  if (c < kScriptFirst || c > kScriptLast) return false;
  static const uint8_t* const kinds = script_kinds();
  return kinds[c - kScriptFirst] == 1;
}
/// That table: Traditional form → its Simplified form.
const std::unordered_map<char32_t, char32_t>& traditional_to_simplified();
/// ICU's Simplified form of C, character by character (C when none or
/// several): the fallback when OpenCC cannot be opened.
char32_t icu_simplified(char32_t c);

}  // namespace cppcc::text
