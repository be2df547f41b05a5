// N003 two-digit-year: 24年3月, 24年是… — years are written with four digits.
// A two-digit number with 年 is a year when a month follows, or when it is one
// of the report's own years (date line, part headings) and reads as a time
// point rather than a duration (连续24年, 24年来 are durations), or when a word
// naming a point in time stands before it (力争27年, 到30年) and it is a year near
// the report's own (five back to fifteen on: a plan's horizon).
#include <set>

#include "lint/context.h"

namespace cppcc::linter {

namespace {
bool duration_before(char32_t c) {
  return std::u32string_view(U"近连续历达过了第满逾超约每用干做经").find(c) != std::u32string_view::npos;
}
bool duration_after(char32_t c) {
  return std::u32string_view(U"来间多余以前后里半内期代").find(c) != std::u32string_view::npos;
}
/// The last character of a word that names a point in time: 到, 至, 于, 从, 自, 力争.
bool point_before(char32_t c) {
  return std::u32string_view(U"到至于从自争").find(c) != std::u32string_view::npos;
}
}  // namespace

void check_two_digit_year(Context& ctx) {
  const auto& paras = ctx.paragraphs();
  std::set<int> own_years;  // last two digits of the report's years
  if (const auto& d = ctx.model().date_line) own_years.insert(d->year % 100), own_years.insert((d->year - 1) % 100);
  int near = -1;  // two digits of the report's year, for the plan horizon
  if (const auto& d = ctx.model().date_line) near = d->year % 100;
  for (const Part& h : ctx.model().parts)
    if (h.year) own_years.insert(*h.year % 100), near = near < 0 ? *h.year % 100 : near;
  for (size_t p = 0; p < paras.size(); ++p) {
    const auto& v = ctx.cps(p);
    for (size_t i = 0; i + 2 < v.size(); ++i) {
      if (!is_digit(v[i].cp) || !is_digit(v[i + 1].cp) || v[i + 2].cp != U'年') continue;
      if (i > 0 && (is_digit(v[i - 1].cp) || v[i - 1].cp == U'.')) continue;
      size_t k = i + 3;
      size_t digits = 0;
      while (k < v.size() && is_digit(v[k].cp) && digits < 2) ++k, ++digits;
      bool year = false;
      if (digits > 0 && at(v, static_cast<long>(k)) == U'月') {
        const int month = std::stoi(utf8_of(v, paras[p].text, i + 3, k));
        year = month >= 1 && month <= 12;
      } else if (digits == 0) {
        const int n = static_cast<int>((v[i].cp - '0') * 10 + (v[i + 1].cp - '0'));
        const bool horizon = near >= 0 && n >= near - 5 && n <= near + 15 &&
                             point_before(at(v, static_cast<long>(i) - 1));
        year = (own_years.count(n) || horizon) && !duration_before(at(v, static_cast<long>(i) - 1)) &&
               !duration_after(at(v, static_cast<long>(i) + 3));
      }
      if (!year) continue;
      ctx.report_in(paras[p], v[i].pos, v[i + 2].end(),
                    "two-digit year " + utf8_of(v, paras[p].text, i, i + 3) + "; write the year with four digits");
    }
  }
}

}  // namespace cppcc::linter
