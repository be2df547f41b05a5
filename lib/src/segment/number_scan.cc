#include "segment/number_scan.h"

#include "segment/char_class.h"

namespace cppcc::segment {
namespace {

bool is_digit(char32_t c) { return (c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19); }

bool is_date_suffix(char32_t c) {
  return c == U'年' || c == U'月' || c == U'日' || c == U'时' || c == U'分';
}

bool is_percent(char32_t c) { return c == '%' || c == 0xFF05 || c == 0x2030; }

// 万 and 亿 (and 万亿) scale a number and stay in its token.
size_t scale_suffix(std::u32string_view cps, size_t j) {
  size_t k = j;
  while (k < cps.size() && k - j < 2 && (cps[k] == U'万' || cps[k] == U'亿')) ++k;
  return k;
}

}  // namespace

size_t scan_arabic_number(std::u32string_view cps, size_t i) {
  if (i >= cps.size() || !is_digit(cps[i])) return 0;
  size_t j = i;
  while (j < cps.size()) {
    if (is_digit(cps[j])) {
      ++j;
    } else if (is_number_joiner(cps[j]) && j + 1 < cps.size() && is_digit(cps[j + 1])) {
      j += 2;
    } else {
      break;
    }
  }
  // Digits glued to letters (5G, G20) are a Latin run, not a number.
  if (j < cps.size() && classify(cps[j]) == CharClass::kLatin) return 0;
  j = scale_suffix(cps, j);
  if (j < cps.size() && (is_percent(cps[j]) || is_date_suffix(cps[j]))) ++j;
  return j - i;
}

size_t scan_chinese_number(std::u32string_view cps, size_t i) {
  size_t j = i;
  bool ordinal = false;
  if (j < cps.size() && cps[j] == U'第') {
    ordinal = true;
    ++j;
  }
  const size_t start = j;
  if (j >= cps.size() || !is_chinese_numeral(cps[j])) return 0;
  const char32_t first = cps[j];
  if (first == U'万' || first == U'亿' || first == U'千' || first == U'百') return 0;
  while (j < cps.size() && is_chinese_numeral(cps[j])) ++j;
  size_t digits = j - start;
  if (ordinal) return j - i;
  if (j < cps.size() && is_date_suffix(cps[j]) && (digits >= 2 || cps[j] == U'月')) {
    return j + 1 - i;
  }
  if (digits >= 2) return j - i;
  return 0;
}

}  // namespace cppcc::segment
