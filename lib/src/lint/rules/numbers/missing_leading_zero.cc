// N009 missing-leading-zero: .46 → 0.46 (GB/T 15835 5.1.5).
#include "lint/context.h"

namespace cppcc::linter {

void check_missing_leading_zero(Context& ctx) {
  const auto& paras = ctx.written();
  for (size_t p = 0; p < paras.size(); ++p) {
    const auto& v = ctx.written_cps(p);
    for (size_t i = 0; i + 1 < v.size(); ++i) {
      if (v[i].cp != U'.' || !is_digit(v[i + 1].cp)) continue;
      const char32_t before = at(v, static_cast<long>(i) - 1);
      if (!is_han(before) && !is_cjk_punct(before) && before != 0) continue;
      // 一.2019年… : a dot after a Chinese numeral ends a sequence label (P009's finding),
      // it is no decimal point.
      if (is_chinese_numeral(before)) continue;
      size_t j = i + 1;
      while (j < v.size() && is_digit(v[j].cp)) ++j;
      if (j - i == 5 && at(v, static_cast<long>(j)) == U'年') {  // 回顾.2019年: a year, not .2019
        i = j - 1;
        continue;
      }
      ctx.report_in(paras[p], v[i].pos, v[j - 1].end(),
                    "decimal " + utf8_of(v, paras[p].text, i, j) + " lacks its leading zero; write 0" +
                        utf8_of(v, paras[p].text, i, j),
                    std::string("0").append(utf8_of(v, paras[p].text, i, j)));
      i = j - 1;
    }
  }
}

}  // namespace cppcc::linter
