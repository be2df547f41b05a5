// Small Chinese and Arabic numerals as used in headings, titles and dates
// (一、 十二、 第十四届 第五次 2025年). Quantities have their own, fuller parser.
#pragma once

#include <optional>
#include <string_view>

namespace cppcc::parse {

/// 一 → 1, 十二 → 12, 二十 → 20, 九十九 → 99, 两 → 2, 〇/零 → 0; also ASCII
/// and full-width digits. nullopt unless S is exactly one such numeral.
std::optional<int> small_number(std::string_view s);

}  // namespace cppcc::parse
