// P007 ellipsis-form: the ellipsis is …… (two U+2026). ... and 。。。 and a lone
// … are wrong; …… and 等 say the same thing twice (GB/T 15834 4.11).
#include "lint/context.h"

namespace cppcc::linter {

void check_ellipsis_form(Context& ctx) {
  const auto& paras = ctx.written();
  for (size_t p = 0; p < paras.size(); ++p) {
    const auto& v = ctx.written_cps(p);
    for (size_t i = 0; i < v.size(); ++i) {
      const char32_t c = v[i].cp;
      if (c == U'.' || c == U'。' || c == U'·' || c == U'．') {
        size_t j = i;
        while (j < v.size() && v[j].cp == c) ++j;
        const bool chinese = is_cjk_context(at(v, static_cast<long>(i) - 1)) || is_han(at(v, static_cast<long>(j)));
        if (j - i >= 3 && chinese) {
          ctx.report_in(paras[p], v[i].pos, v[j - 1].end(),
                        utf8_of(v, paras[p].text, i, j) + " used as an ellipsis; write ……", std::string("……"));
        }
        i = j - 1;
      } else if (c == U'…') {
        size_t j = i;
        while (j < v.size() && v[j].cp == U'…') ++j;
        if (j - i == 1) {
          ctx.report_in(paras[p], v[i].pos, v[i].end(), "a lone … ; the ellipsis is ……", std::string("……"));
        } else if (at(v, static_cast<long>(j)) == U'等' || at(v, static_cast<long>(i) - 1) == U'等') {
          ctx.report_in(paras[p], v[i].pos, v[j - 1].end(), "…… together with 等; use one of them");
        }
        i = j - 1;
      }
    }
  }
}

}  // namespace cppcc::linter
