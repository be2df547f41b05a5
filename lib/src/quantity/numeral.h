// Numeral scanning shared by parse_numeral and the in-text extractor.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "cppcc/decimal.h"
#include "cppcc/text.h"

namespace cppcc::quantity {

/// Code point at S[I] (U+FFFD for a bad byte); LEN gets its byte length (≥ 1).
/// Inline, like utf8::decode: the extractor walks every paragraph with it.
inline char32_t code_point_at(std::string_view s, size_t i, size_t* len) { return utf8::decode(s, i, len); }
/// Byte offset where the code point ending just before I starts (0 at 0).
inline size_t previous_code_point(std::string_view s, size_t i) {
  if (i == 0) return 0;
  size_t j = i - 1;
  while (j > 0 && (static_cast<unsigned char>(s[j]) & 0xC0) == 0x80 && i - j < 4) --j;
  return j;
}
/// The code point just before I, or 0 at the start.
inline char32_t code_point_before(std::string_view s, size_t i) {
  if (i == 0) return 0;
  size_t len = 0;
  return code_point_at(s, previous_code_point(s, i), &len);
}
/// W ends at byte POS of S (POS ≤ S.size()).
bool ends_at(std::string_view s, size_t pos, std::string_view w);

/// 0–9 for ASCII and full-width digits, else -1.
int arabic_digit(char32_t c);
/// 0–9 for 零〇一…九 两 and financial 壹贰叁…, else -1.
int chinese_digit(char32_t c);
/// Power of ten of 十百千万亿 (and 拾佰仟萬億), else -1.
int chinese_power(char32_t c);
inline bool is_chinese_numeral_char(char32_t c) {
  return chinese_digit(c) >= 0 || chinese_power(c) >= 0;
}

/// A numeral found in text: [begin, end) bytes.
struct Numeral {
  size_t begin = 0, end = 0;
  double value = 0;
  bool chinese = false;
  bool decimal = false;   ///< has a decimal point
  bool has_power = false; ///< Chinese with 十百千万亿
};

/// Arabic digits at S[I] (full-width too, "1,234" separators, decimals).
/// No 万/亿 suffix. nullopt when there is no digit or the value is not finite.
std::optional<Numeral> scan_arabic(std::string_view s, size_t i);
/// The longest run of Chinese numeral characters at S[I] that has a value.
std::optional<Numeral> scan_chinese(std::string_view s, size_t i);
/// The exact value of N, a numeral scan_arabic or scan_chinese found in S.
/// Asked only of the numerals that make a quantity: most numerals scanned do not.
Decimal exact_value(std::string_view s, const Numeral& n);
/// Value of a whole Chinese numeral (UTF-8), with 点 decimals; nullopt if malformed.
std::optional<double> chinese_value(std::string_view s);

/// Multiplier suffixes after a number (万, 亿, 千万, 百万, 万亿 …): their
/// product and byte length at S[I]; {1, 0} when none.
std::pair<double, size_t> scan_multiplier(std::string_view s, size_t i);
/// The power of ten of a multiplier product from scan_multiplier (1e12 → 12).
int power_of_ten(double multiplier);

}  // namespace cppcc::quantity
