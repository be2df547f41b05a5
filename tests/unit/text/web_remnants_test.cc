// echoes_last_crumb: a page repeats the last crumb of its breadcrumb on the
// next line (當前位置: 首頁 > 兩會 > 兩會熱點 / 兩會熱點); that line is junk.
#include <doctest/doctest.h>

#include <string>

#include "text/web_remnants.h"

using cppcc::text::echoes_last_crumb;
using cppcc::text::is_page_widget;

TEST_SUITE("text") {
  TEST_CASE("a line that repeats the breadcrumb's last crumb echoes it; nothing else does") {
    CHECK(echoes_last_crumb("当前位置: 首页 > 聚焦2023全国两会 > 两会热点", "两会热点"));
    CHECK(echoes_last_crumb("首页 › 要闻 ›　 两会热点　", "  两会热点"));  // spaces either side
    CHECK(echoes_last_crumb("首页 ＞ 重要报告", "重要报告"));
    CHECK_FALSE(echoes_last_crumb("首页 > 聚焦两会 > 两会热点", "聚焦两会"));   // not the last crumb
    CHECK_FALSE(echoes_last_crumb("首页 > 两会 > 热点", "两会 > 热点"));       // two crumbs
    CHECK_FALSE(echoes_last_crumb("首页两会热点", "两会热点"));                // no separator
    CHECK_FALSE(echoes_last_crumb("首页 > 两会热点", ""));
    CHECK_FALSE(echoes_last_crumb("首页 > 大会热点", "热点"));                 // a tail of the crumb only
    const std::string long_line(70, 'x');
    CHECK_FALSE(echoes_last_crumb("首页 > " + long_line, long_line));        // a crumb is short
  }

  TEST_CASE("a page's font-size control is a widget in either script; text about fonts is not") {
    CHECK(is_page_widget("字体大小:【"));
    CHECK(is_page_widget("　字號：【大 中 小】"));
    CHECK(is_page_widget("字體大小:【"));
    CHECK_FALSE(is_page_widget("字体设计产业园区建设取得新进展，吸引了一大批优秀设计企业入驻。"));
    CHECK_FALSE(is_page_widget("【字体大小】"));
  }
}
