// Internal: what the first and last characters of a line say about where a
// paragraph starts (shared by the reflow and the PDF reader).
#pragma once

#include <string_view>

namespace cppcc::detail {

/// Lines that open a heading or a numbered item: 一、 （一） 2024年： 1. 名词解释.
bool starts_heading(std::string_view line);
/// Lines that open an item of a run-in list: 一是… 二是… ——我们….
bool starts_enumeration(std::string_view line);
/// A line that ends a sentence: 。！？；：… or a closing quote or bracket right after one.
bool ends_sentence(std::string_view line);

}  // namespace cppcc::detail
