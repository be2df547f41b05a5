// N003 two-digit-year: 24年3月 — years are written with four digits.
#include "lint/context.h"

namespace cppcc::linter {

void check_two_digit_year(Context& ctx) {
  const auto& paras = ctx.paragraphs();
  for (size_t p = 0; p < paras.size(); ++p) {
    const auto& v = ctx.cps(p);
    for (size_t i = 0; i + 4 < v.size(); ++i) {
      if (!is_digit(v[i].cp) || !is_digit(v[i + 1].cp) || v[i + 2].cp != U'年') continue;
      if (i > 0 && (is_digit(v[i - 1].cp) || v[i - 1].cp == U'.')) continue;
      // A year only when a month follows: "连续24年" is a duration.
      size_t k = i + 3;
      size_t digits = 0;
      while (k < v.size() && is_digit(v[k].cp) && digits < 2) ++k, ++digits;
      if (digits == 0 || at(v, static_cast<long>(k)) != U'月') continue;
      const int month = std::stoi(utf8_of(v, paras[p].text, i + 3, k));
      if (month < 1 || month > 12) continue;
      ctx.report_in(paras[p], v[i].pos, v[i + 2].end(),
                    "two-digit year " + utf8_of(v, paras[p].text, i, i + 3) + "; write the year with four digits");
    }
  }
}

}  // namespace cppcc::linter
