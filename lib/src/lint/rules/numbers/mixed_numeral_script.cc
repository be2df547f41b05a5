// N001 mixed-numeral-script: 3万5千, 4千, 1百零8 — Arabic digits with Chinese
// 千/百 inside one number (GB/T 15835-2011 4.1.2; 万 and 亿 as units are fine).
#include "lint/context.h"

namespace cppcc::linter {

namespace {
/// 千 and 百 that start a unit word, not a digit place: 千米 千克 千瓦 百分点.
bool unit_word_follows(char32_t scale, char32_t next) {
  if (scale == U'千') return std::u32string_view(U"米克瓦伏帕焦卡字赫兆").find(next) != std::u32string_view::npos;
  return next == U'分';
}
}  // namespace

void check_mixed_numeral_script(Context& ctx) {
  const auto& paras = ctx.written();
  for (size_t p = 0; p < paras.size(); ++p) {
    const auto& v = ctx.written_cps(p);
    for (size_t i = 0; i < v.size(); ++i) {
      if (!starts_number(v, i)) continue;
      size_t j = number_end(v, i);
      // Allow "3万5千": digits, 万/亿, digits, then 千/百.
      size_t k = j;
      if (k < v.size() && (v[k].cp == U'万' || v[k].cp == U'亿') && is_digit(at(v, static_cast<long>(k) + 1))) {
        ++k;
        while (k < v.size() && is_digit(v[k].cp)) ++k;
      }
      const char32_t scale = at(v, static_cast<long>(k));
      if ((scale == U'千' || scale == U'百') && !unit_word_follows(scale, at(v, static_cast<long>(k) + 1))) {
        size_t e = k + 1;
        while (e < v.size() && (is_digit(v[e].cp) || v[e].cp == U'零' || v[e].cp == U'百' || v[e].cp == U'十' ||
                                v[e].cp == U'万' || v[e].cp == U'亿' || v[e].cp == U'千'))
          ++e;
        ctx.report_in(paras[p], v[i].pos, v[e - 1].end(),
                      "number " + utf8_of(v, paras[p].text, i, e) +
                          " mixes Arabic digits with Chinese 千/百; write it in digits (万 and 亿 may stay as units)");
        j = e;
      }
      i = j;
    }
  }
}

}  // namespace cppcc::linter
