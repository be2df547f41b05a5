// Per-character script facts shared by the script detector, the canonical
// view and rule T005 (internal to the library).
#pragma once

#include <unordered_map>

namespace cppcc::text {

/// True for a Traditional form Simplified text never uses (國 會 員, not 著
/// 乾 於), per data/text/traditional_simplified.tsv.
bool is_traditional_form(char32_t c);
/// That table: Traditional form → its Simplified form.
const std::unordered_map<char32_t, char32_t>& traditional_to_simplified();
/// ICU's Simplified form of C, character by character (C when none or
/// several): the fallback when OpenCC cannot be opened.
char32_t icu_simplified(char32_t c);

}  // namespace cppcc::text
