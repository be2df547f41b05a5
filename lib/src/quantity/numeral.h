// Numeral scanning shared by parse_numeral and the in-text extractor.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "cppcc/decimal.h"
#include "cppcc/text.h"
#include "util/bmp_set.h"

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
inline int arabic_digit(char32_t c) {
  if (c >= U'0' && c <= U'9') return static_cast<int>(c - U'0');
  if (c >= U'０' && c <= U'９') return static_cast<int>(c - U'０');
  return -1;
}

/// The Chinese numeral characters: a digit (零〇一…九 两, financial 壹贰叁…) or a
/// power of ten (十百千万亿, 拾佰仟萬億); the other field is -1.
struct ChineseNumeralChar {
  char32_t c;
  int8_t digit;
  int8_t power;
};
inline constexpr ChineseNumeralChar kChineseNumeralChars[] = {
    {U'零', 0, -1}, {U'〇', 0, -1}, {U'一', 1, -1}, {U'壹', 1, -1}, {U'幺', 1, -1}, {U'二', 2, -1},
    {U'贰', 2, -1}, {U'貳', 2, -1}, {U'两', 2, -1}, {U'兩', 2, -1}, {U'倆', 2, -1}, {U'三', 3, -1},
    {U'叁', 3, -1}, {U'參', 3, -1}, {U'四', 4, -1}, {U'肆', 4, -1}, {U'五', 5, -1}, {U'伍', 5, -1},
    {U'六', 6, -1}, {U'陆', 6, -1}, {U'陸', 6, -1}, {U'七', 7, -1}, {U'柒', 7, -1}, {U'八', 8, -1},
    {U'捌', 8, -1}, {U'九', 9, -1}, {U'玖', 9, -1}, {U'十', -1, 1}, {U'拾', -1, 1}, {U'百', -1, 2},
    {U'佰', -1, 2}, {U'千', -1, 3}, {U'仟', -1, 3}, {U'万', -1, 4}, {U'萬', -1, 4}, {U'亿', -1, 8},
    {U'億', -1, 8},
};
namespace detail {
// The scanner asks of every character of a report whether it is a numeral,
// and almost none is.
constexpr util::BmpSet make_numeral_set() {
  util::BmpSet set;
  for (const ChineseNumeralChar& e : kChineseNumeralChars) set.add(e.c);
  return set;
}
inline constexpr util::BmpSet kNumeralSet = make_numeral_set();
inline const ChineseNumeralChar* chinese_numeral_entry(char32_t c) {
  if (!kNumeralSet.contains(c)) return nullptr;
  for (const ChineseNumeralChar& e : kChineseNumeralChars)
    if (e.c == c) return &e;
  return nullptr;
}
}  // namespace detail

inline bool is_chinese_numeral_char(char32_t c) { return detail::kNumeralSet.contains(c); }
/// 0–9 for 零〇一…九 两 and financial 壹贰叁…, else -1.
inline int chinese_digit(char32_t c) {
  const ChineseNumeralChar* e = detail::chinese_numeral_entry(c);
  return e ? e->digit : -1;
}
/// Power of ten of 十百千万亿 (and 拾佰仟萬億), else -1.
inline int chinese_power(char32_t c) {
  const ChineseNumeralChar* e = detail::chinese_numeral_entry(c);
  return e ? e->power : -1;
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
