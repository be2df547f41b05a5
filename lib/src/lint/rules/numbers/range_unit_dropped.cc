// N002 range-unit-dropped: 15～30% reads as "15 to 30 percent" or "15 (units)
// to 30 percent"; GB/T 15835 wants 15%～30%, and 9亿～16亿 for scales.
#include "lint/context.h"

namespace cppcc::linter {

namespace {
bool is_range_mark(char32_t c) {
  return c == U'～' || c == U'~' || c == U'〜' || c == U'至' || c == U'到' || c == U'—' || c == U'-' || c == U'－';
}
bool is_scale(char32_t c) { return c == U'%' || c == U'％' || c == U'万' || c == U'亿'; }
}  // namespace

void check_range_unit_dropped(Context& ctx) {
  const auto& paras = ctx.paragraphs();
  for (size_t p = 0; p < paras.size(); ++p) {
    const auto& v = ctx.cps(p);
    for (size_t i = 0; i < v.size(); ++i) {
      if (!starts_number(v, i)) continue;
      size_t j = number_end(v, i);
      if (j >= v.size() || !is_range_mark(v[j].cp)) {
        i = j;
        continue;
      }
      size_t k = j + 1;
      if (k < v.size() && v[k].cp == U'—' && v[j].cp == U'—') ++k;  // ——
      if (k >= v.size() || !is_digit(v[k].cp)) continue;
      size_t e = k;
      while (e < v.size() && (is_digit(v[e].cp) || v[e].cp == U'.')) ++e;
      if (e < v.size() && is_scale(v[e].cp)) {
        const std::string unit = utf8_of(v, paras[p].text, e, e + 1);
        const std::string first = utf8_of(v, paras[p].text, i, j);
        ctx.report_in(paras[p], v[i].pos, v[e].end(),
                      "range " + utf8_of(v, paras[p].text, i, e + 1) + " drops the " + unit +
                          " of its first number; write " + first + unit + utf8_of(v, paras[p].text, j, e + 1));
      }
      i = e;
    }
  }
}

}  // namespace cppcc::linter
