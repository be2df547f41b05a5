// Where the report starts and ends inside the file: web menus and source
// lines at the top, the title block (wherever it stands), the closing, and
// what follows it (glossary, appendices, licence lines, related links).
#pragma once

#include "parse/context.h"

namespace cppcc::parse {

/// Fills CTX.roles, body_begin, body_end, tail_end, first_heading, closing
/// and title from CTX.paras.
void find_layout(ParseContext& ctx);

}  // namespace cppcc::parse
