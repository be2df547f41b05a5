// Code-point scanning helpers shared by the rules.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "cppcc/text.h"

namespace cppcc::linter {

struct CodePoint {
  char32_t cp = 0;
  uint32_t pos = 0;  ///< byte offset in the scanned string
  uint32_t len = 0;  ///< byte length
  uint32_t end() const { return pos + len; }
};

std::vector<CodePoint> decode_all(std::string_view s);

bool is_han(char32_t cp);             ///< a Han ideograph or 〇
bool is_cjk_punct(char32_t cp);       ///< full-width Chinese punctuation, “”‘’ included
/// Han or Chinese punctuation: the context in which half-width marks are wrong.
inline bool is_cjk_context(char32_t cp) { return is_han(cp) || is_cjk_punct(cp); }
inline bool is_digit(char32_t cp) { return cp >= '0' && cp <= '9'; }
inline bool is_latin(char32_t cp) { return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z'); }
/// 〇一二两三四五六七八九十百千 (零 included).
bool is_chinese_numeral(char32_t cp);

/// Code point at index I, or 0 outside the range.
inline char32_t at(const std::vector<CodePoint>& v, long i) {
  return i >= 0 && static_cast<size_t>(i) < v.size() ? v[static_cast<size_t>(i)].cp : 0;
}
/// True if an Arabic number starts at V[I]: a digit not inside a number
/// (neither after a digit nor after a decimal point).
inline bool starts_number(const std::vector<CodePoint>& v, size_t i) {
  return is_digit(v[i].cp) && !(i > 0 && (is_digit(v[i - 1].cp) || v[i - 1].cp == U'.'));
}
/// End of the number starting at V[I]: its digits, and decimal points too with DECIMALS.
inline size_t number_end(const std::vector<CodePoint>& v, size_t i, bool decimals = true) {
  while (i < v.size() && (is_digit(v[i].cp) || (decimals && v[i].cp == U'.'))) ++i;
  return i;
}
/// True if V[i…] spells WORD.
bool matches_at(const std::vector<CodePoint>& v, size_t i, std::u32string_view word);
/// UTF-8 of V[b, e).
std::string utf8_of(const std::vector<CodePoint>& v, std::string_view text, size_t b, size_t e);
using utf8::to_u32;  // rules write to_u32 / to_utf8; one home in cppcc/text.h
using utf8::to_utf8;

}  // namespace cppcc::linter
