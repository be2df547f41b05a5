// Finds the numbers of a paragraph that are quantities (number + unit, with
// qualifiers and ranges) or anniversaries, and rejects the rest: dates,
// ordinals, codes, numbered formulations, numerals inside words.
#pragma once

#include <string_view>
#include <utility>
#include <vector>

#include "cppcc/quantity.h"
#include "quantity/lexicon.h"

namespace cppcc::quantity {

using ByteRanges = std::vector<std::pair<size_t, size_t>>;

/// Quantities (without indicator, total qualifier or target flag) and
/// anniversaries (without subject) of PARAGRAPH, in text order.
ParagraphQuantities scan_quantities(std::string_view paragraph, const ByteRanges& excluded,
                                    const Lexicon& lex);

}  // namespace cppcc::quantity
