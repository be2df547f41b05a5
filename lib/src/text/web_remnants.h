// Pieces of a web page that survive copying its text: the breadcrumb trail's
// last crumb, repeated on the next line as the page's column title
// (当前位置: 首页 > 聚焦两会 > 两会热点 / 两会热点).
#pragma once

#include <string_view>

namespace cppcc::text {

/// LINE repeats the last crumb of CRUMBS (a trail of > › ＞ » separated names).
bool echoes_last_crumb(std::string_view crumbs, std::string_view line);

/// LINE is a web page's reading control, cut from its buttons by the copy:
/// 字体大小:【大 中 小】, 字号：【 (at most 20 code points, starting 字体 or 字号, or Traditional 字體 / 字號).
/// Its brackets are the page's, not the author's.
bool is_page_widget(std::string_view line);

}  // namespace cppcc::text
