// N014 chinese-numeral-percent: 三十%, 百分之三十%, 百分之30% — the % sign goes
// with Arabic digits only; Chinese numerals write 百分之三十 (GB/T 15835 4.1.4).
#include "lint/context.h"

namespace cppcc::linter {

void check_chinese_numeral_percent(Context& ctx) {
  const auto& paras = ctx.paragraphs();
  for (size_t p = 0; p < paras.size(); ++p) {
    const auto& v = ctx.cps(p);
    for (size_t i = 1; i < v.size(); ++i) {
      if (v[i].cp != U'%' && v[i].cp != U'％') continue;
      size_t b = i;
      const bool chinese = is_chinese_numeral(v[i - 1].cp);
      if (chinese) {
        while (b > 0 && is_chinese_numeral(v[b - 1].cp)) --b;
      } else {
        while (b > 0 && (is_digit(v[b - 1].cp) || v[b - 1].cp == U'.')) --b;
        if (b == i) continue;
      }
      const bool spelled = b >= 3 && matches_at(v, b - 3, U"百分之");
      if (!chinese && !spelled) continue;  // 30% is right
      if (spelled) b -= 3;
      ctx.report_in(paras[p], v[b].pos, v[i].end(),
                    "“" + utf8_of(v, paras[p].text, b, i + 1) +
                        "”: % goes with Arabic digits only (30% or 百分之三十, not both)");
    }
  }
}

}  // namespace cppcc::linter
