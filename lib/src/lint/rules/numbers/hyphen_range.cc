// N011 hyphen-range: 15-30%, 2021-2025年 — a hyphen joins numbers only in
// codes, phone numbers and full dates; ranges use ～ (numbers) or — (years, places).
#include "lint/context.h"

namespace cppcc::linter {

void check_hyphen_range(Context& ctx) {
  const auto& paras = ctx.written();
  for (size_t p = 0; p < paras.size(); ++p) {
    const auto& v = ctx.written_cps(p);
    for (size_t i = 0; i < v.size(); ++i) {
      if (!starts_number(v, i)) continue;
      const char32_t before = at(v, static_cast<long>(i) - 1);
      size_t j = number_end(v, i);
      // Codes (GB/T 15834-2011, No.1-2) and chains (2025-02-25, 010-1234-5678) are not ranges.
      const bool code_context = is_latin(before) || before == U' ' || before == U'/' || before == U'-' ||
                                before == U'－' || before == U'.';
      if (code_context || j >= v.size() || (v[j].cp != U'-' && v[j].cp != U'－') ||
          !is_digit(at(v, static_cast<long>(j) + 1))) {
        i = j;
        continue;
      }
      size_t e = j + 1;
      while (e < v.size() && (is_digit(v[e].cp) || v[e].cp == U'.')) ++e;
      const char32_t after = at(v, static_cast<long>(e));
      if (after == U'-' || after == U'－' || is_latin(after)) {
        i = e;
        continue;
      }
      if (is_han(after) || after == U'%' || after == U'％') {
        const bool years = e - (j + 1) == 4 && j - i == 4;
        ctx.report_in(paras[p], v[j].pos, v[j].end(),
                      "range " + utf8_of(v, paras[p].text, i, e) + " uses a hyphen; write " +
                          utf8_of(v, paras[p].text, i, j) + (years ? "—" : "～") + utf8_of(v, paras[p].text, j + 1, e));
      }
      i = e;
    }
  }
}

}  // namespace cppcc::linter
