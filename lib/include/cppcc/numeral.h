/// \file
/// Reading and writing numerals: the one reader every layer asks (parse for
/// headings, ordinals and dates; quantity for figures; lint for labels).
///
///   cppcc::small_numeral("十二")      // 12   (一、 十二、 第十四届 二〇二五年)
///   cppcc::parse_numeral("1.2万")     // 12000 (the quantity reader, quantity.h)
///   cppcc::chinese_numeral(14)        // "十四"
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace cppcc {

/// Parses a whole numeral: Arabic (full-width too, thousands separators,
/// decimals), Chinese (一…九 十百千万亿 两 零〇, financial 壹贰叁…), mixed
/// (1.2万). Returns nullopt if S is not exactly one numeral. (Also declared in quantity.h.)
std::optional<double> parse_numeral(std::string_view s);

/// A whole number as headings, ordinals and dates write it: Arabic (ASCII or
/// full-width, up to 100000), or Chinese up to 千 (一 → 1, 十二 → 12, 两 → 2,
/// 九十九 → 99), read digit by digit when it has no 十百千 (二〇二五 → 2025).
/// nullopt unless S is exactly one such numeral.
std::optional<int> small_numeral(std::string_view s);

/// N in Chinese as labels write it: 一 … 九, 十, 十一, 二十, … 九十九; other
/// numbers in Arabic digits.
std::string chinese_numeral(int n);

}  // namespace cppcc
