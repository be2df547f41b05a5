// P004 straight-quote: "…" or '…' in Chinese text; GB/T 15834 uses “…” and ‘…’.
// Straight double quotes pair up in order; a pair around Chinese text is fixed
// to “”, and a leftover one is reported without a fix.
#include "lint/context.h"

namespace cppcc::linter {

void check_straight_quote(Context& ctx) {
  const auto& paras = ctx.written();
  for (size_t p = 0; p < paras.size(); ++p) {
    const auto& v = ctx.written_cps(p);
    std::vector<size_t> dq;
    for (size_t i = 0; i < v.size(); ++i) {
      if (v[i].cp == U'"') dq.push_back(i);
      if (v[i].cp == U'\'') {
        if (is_cjk_context(at(v, static_cast<long>(i) - 1)) || is_han(at(v, static_cast<long>(i) + 1)))
          ctx.report_in(paras[p], v[i].pos, v[i].end(), "straight ' in Chinese text; use ‘ or ’");
      }
    }
    for (size_t k = 0; k < dq.size(); k += 2) {
      const size_t a = dq[k];
      if (k + 1 >= dq.size()) {
        if (is_cjk_context(at(v, static_cast<long>(a) - 1)) || is_han(at(v, static_cast<long>(a) + 1)))
          ctx.report_in(paras[p], v[a].pos, v[a].end(), "straight \" in Chinese text; use “ or ”");
        break;
      }
      const size_t b = dq[k + 1];
      bool chinese = is_cjk_context(at(v, static_cast<long>(a) - 1)) || is_cjk_context(at(v, static_cast<long>(b) + 1));
      for (size_t i = a + 1; i < b && !chinese; ++i) chinese = is_han(v[i].cp);
      if (!chinese) continue;
      std::vector<Edit> fix;
      auto e1 = ctx.edit_in(paras[p], v[a].pos, v[a].end(), "“");
      auto e2 = ctx.edit_in(paras[p], v[b].pos, v[b].end(), "”");
      if (e1 && e2) fix = {*e1, *e2};
      const size_t sb = paras[p].source_begin(v[a].pos);
      ctx.report(sb, paras[p].source_end(v[a].end()), "straight quotes \"…\" around Chinese text; use “…”",
                 std::move(fix));
    }
  }
}

}  // namespace cppcc::linter
