// P005 doubled-punctuation: ，， 。。 、， ，。 — two marks where one belongs.
// Three or more 。 are an ellipsis written wrong (P007); ？！ is allowed.
#include "lint/context.h"

namespace cppcc::linter {

namespace {
bool is_pause(char32_t c) { return c == U'，' || c == U'。' || c == U'、' || c == U'；' || c == U'：'; }
}  // namespace

void check_doubled_punctuation(Context& ctx) {
  const auto& paras = ctx.written();
  for (size_t p = 0; p < paras.size(); ++p) {
    const auto& v = ctx.written_cps(p);
    for (size_t i = 0; i + 1 < v.size(); ++i) {
      const char32_t a = v[i].cp, b = v[i + 1].cp;
      if (!is_pause(a) || !is_pause(b)) continue;
      if (a == U'。' && b == U'。' && (at(v, static_cast<long>(i) + 2) == U'。' || at(v, static_cast<long>(i) - 1) == U'。'))
        continue;
      const std::string pair = utf8_of(v, paras[p].text, i, i + 2);
      if (a == b) {
        ctx.report_in(paras[p], v[i].pos, v[i + 1].end(), "doubled " + pair + "; keep one mark",
                      utf8_of(v, paras[p].text, i, i + 1));
      } else {
        ctx.report_in(paras[p], v[i].pos, v[i + 1].end(), "two marks " + pair + " in a row; keep the one that belongs");
      }
      ++i;
    }
  }
}

}  // namespace cppcc::linter
