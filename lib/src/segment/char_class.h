// Character classes the segmenter cuts on, and a small UTF-8 decoder that
// never fails (an invalid byte is one code point of its own).
#pragma once

#include "cppcc/text.h"

#include <cstddef>
#include <string_view>

namespace cppcc::segment {

enum class CharClass : unsigned char {
  kHan,    ///< ideograph, incl. 〇 and the ○ used as zero in dates
  kDigit,  ///< 0-9 and full-width ０-９
  kLatin,  ///< ASCII / full-width letters
  kSpace,  ///< whitespace incl. U+3000 ideographic space
  kPunct,  ///< punctuation and symbols
  kOther,  ///< anything else (kana, emoji, invalid bytes)
};

/// Decodes the code point at S[I]; *LEN gets its byte length (1 for a bad byte,
/// which decodes to U+FFFD). The text layer's decoder, under the segmenter's name.
inline char32_t decode_utf8(std::string_view s, size_t i, size_t* len) { return utf8::decode(s, i, len); }

CharClass classify_slow(char32_t cp);
/// The class of CP; the common case (a CJK unified ideograph) is inline.
inline CharClass classify(char32_t cp) {
  return cp >= 0x4E00 && cp <= 0x9FFF ? CharClass::kHan : classify_slow(cp);
}

/// Characters that may join digits inside one number: . ． · , : ： ∶ /
bool is_number_joiner(char32_t cp);

/// Chinese numeral digits and units (零〇○一…九十百千万亿两).
bool is_chinese_numeral(char32_t cp);

}  // namespace cppcc::segment
