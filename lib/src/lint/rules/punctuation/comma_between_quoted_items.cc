// P008 comma-between-quoted-items: 《人民政协报》、《南方日报》 → 《人民政协报》《南方日报》.
// Items that are wholly quoted or titled need no 顿号 (GB/T 15834 4.5.3.5); when
// the next item goes on after its closing mark (“6·30”助力…), the 顿号 stays.
#include "lint/context.h"

namespace cppcc::linter {

namespace {
bool ends_item(char32_t c) {
  return c == 0 || c == U'、' || c == U'，' || c == U'。' || c == U'；' || c == U'：' || c == U'）' || c == U'“' ||
         c == U'《' || c == U'等' || c == U'和' || c == U'及' || c == U'与' || c == U'！' || c == U'？';
}
}  // namespace

void check_comma_between_quoted_items(Context& ctx) {
  const auto& paras = ctx.written();
  for (size_t p = 0; p < paras.size(); ++p) {
    const auto& v = ctx.written_cps(p);
    for (size_t i = 1; i + 1 < v.size(); ++i) {
      if (v[i].cp != U'、') continue;
      const char32_t before = v[i - 1].cp, after = v[i + 1].cp;
      const bool quotes = before == U'”' && after == U'“';
      const bool titles = before == U'》' && after == U'《';
      if (!quotes && !titles) continue;
      const char32_t close = quotes ? U'”' : U'》';
      size_t k = i + 2;
      int depth = 1;
      while (k < v.size() && depth > 0) {
        if (v[k].cp == after) ++depth;
        if (v[k].cp == close) --depth;
        if (depth > 0) ++k;
      }
      if (k >= v.size() || !ends_item(at(v, static_cast<long>(k) + 1))) continue;
      ctx.report_in(paras[p], v[i].pos, v[i].end(),
                    std::string("顿号 between wholly ") + (quotes ? "quoted" : "titled") + " items; " +
                        (quotes ? "”“" : "》《") + " need no mark between them");
    }
  }
}

}  // namespace cppcc::linter
