// Where the report starts and ends inside the file: web menus and source
// lines at the top, the title block (wherever it stands), the closing, and
// what follows it (glossary, appendices, licence lines, related links).
#pragma once

#include "parse/context.h"

namespace cppcc::parse {

/// Fills CTX.roles, body_begin, body_end, tail_end, first_heading, closing
/// and title from CTX.paras.
void find_layout(ParseContext& ctx);

/// True for a line made only of web-page menu items (下载打印全屏收藏, 【字号：加大还原减小】).
bool menu_item(std::string_view t);

}  // namespace cppcc::parse
