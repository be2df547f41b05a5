// N008 arabic-estimate: 3、4个月, 20几家 — estimates are written in Chinese
// numerals without a 顿号: 三四个月, 二十几家 (GB/T 15835 4.1.2).
#include "lint/context.h"

namespace cppcc::linter {

namespace {
bool is_counter(char32_t c) {
  return std::u32string_view(U"个种项次名人位家条件天倍户所座批").find(c) != std::u32string_view::npos;
}
}  // namespace

void check_arabic_estimate(Context& ctx) {
  const auto& paras = ctx.written();
  for (size_t p = 0; p < paras.size(); ++p) {
    const auto& v = ctx.written_cps(p);
    for (size_t i = 0; i < v.size(); ++i) {
      if (!starts_number(v, i)) continue;
      size_t j = number_end(v, i, /*decimals=*/false);
      // n、n+1 + counter (3、4个月): two neighbouring numbers as an estimate.
      if (j - i == 1 && at(v, static_cast<long>(j)) == U'、' && is_digit(at(v, static_cast<long>(j) + 1)) &&
          !is_digit(at(v, static_cast<long>(j) + 2)) && is_counter(at(v, static_cast<long>(j) + 2)) &&
          at(v, static_cast<long>(j) + 1) == v[i].cp + 1) {
        ctx.report_in(paras[p], v[i].pos, v[j + 2].end(),
                      "estimate " + utf8_of(v, paras[p].text, i, j + 3) +
                          " is written in Arabic digits; write it in Chinese numerals without 、 (三四个)");
      } else if (at(v, static_cast<long>(j)) == U'几' && !(i > 0 && v[i - 1].cp == U'第')) {
        ctx.report_in(paras[p], v[i].pos, v[j].end(),
                      "estimate " + utf8_of(v, paras[p].text, i, j + 1) + " mixes digits with 几; write 二十几");
      }
      i = j;
    }
  }
}

}  // namespace cppcc::linter
