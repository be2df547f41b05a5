// Pieces of a web page that survive copying its text: the breadcrumb trail's
// last crumb, repeated on the next line as the page's column title
// (当前位置: 首页 > 聚焦两会 > 两会热点 / 两会热点).
#pragma once

#include <string_view>

namespace cppcc::text {

/// LINE repeats the last crumb of CRUMBS (a trail of > › ＞ » separated names).
bool echoes_last_crumb(std::string_view crumbs, std::string_view line);

}  // namespace cppcc::text
