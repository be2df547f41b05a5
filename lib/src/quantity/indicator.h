// The indicator of each quantity (the phrase naming what is counted), the
// total qualifier of its clause (全年共, 累计) and its target flag.
#pragma once

#include <string_view>

#include "cppcc/quantity.h"
#include "quantity/lexicon.h"

namespace cppcc::quantity {

/// Fills indicator, total qualifiers, status and is_target of FOUND (in text order),
/// and the subject of each anniversary.
void annotate_quantities(std::string_view paragraph, bool in_plan, const Lexicon& lex, ParagraphQuantities& found);

}  // namespace cppcc::quantity
