// Numbers with their unit-like suffixes, following the PKU convention:
// 2001年, 12月, 20％, 3.5万, 二○○一年, 十二月, 三十一日 are one token each.
#pragma once

#include <cstddef>
#include <string_view>

namespace cppcc::segment {

/// Length in code points of the Arabic-digit number starting at CPS[I]
/// (digits, inner . · , : joiners, then 万/亿 and one of 年月日时分 % ‰),
/// or 0 when CPS[I] is not a digit.
size_t scan_arabic_number(std::u32string_view cps, size_t i);

/// Length of a Chinese-numeral number starting at CPS[I] (二十三, 一九九八年,
/// 十二月, 第三), or 0 when there is none worth a token of its own. A single
/// numeral only counts with 月 after it (五月); 万/亿/千/百 cannot start one.
size_t scan_chinese_number(std::u32string_view cps, size_t i);

}  // namespace cppcc::segment
