// Traditional → Simplified for the canonical matching view (text/canonical.cc).
#pragma once

#include <string>
#include <string_view>

namespace cppcc::text {

/// CPS with Traditional characters in their Simplified forms, code point for
/// code point (so the view keeps a map back to every character). OpenCC's
/// phrase-level conversion with the Hong Kong and Taiwan variant tables
/// (data/text/opencc_t2s.json: 著→着, 衞→卫 as the phrase needs); where OpenCC
/// is missing or changes the number of code points, ICU character by character.
std::u32string to_simplified(std::u32string_view cps);

}  // namespace cppcc::text
