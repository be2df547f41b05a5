// N005 thousands-separator: 624,000 in a report that writes 5992 and 14600
// without grouping. Grouping is optional (GB/T 15835 5.1.3) but must be consistent.
// A grouped four-digit number (3,000) disagrees with any plain number of four digits
// or more (5000万元); a longer one only with plain numbers of five or more, since some
// texts group from five digits on. Four-digit numbers that may be years (1900–2099)
// are not counted.
#include "lint/context.h"

namespace cppcc::linter {

namespace {
struct NumberForm {
  size_t para, b, e;  // code-point range
  size_t digits;
};
}  // namespace

void check_thousands_separator(Context& ctx) {
  const auto& paras = ctx.written();
  std::vector<NumberForm> grouped;
  size_t plain = 0, plain4 = 0;  // plain numbers of five or more digits, and of four
  for (size_t p = 0; p < paras.size(); ++p) {
    const auto& v = ctx.written_cps(p);
    for (size_t i = 0; i < v.size(); ++i) {
      if (!is_digit(v[i].cp) || (i > 0 && (is_digit(v[i - 1].cp) || v[i - 1].cp == U',' || v[i - 1].cp == U'.')))
        continue;
      size_t j = i;
      while (j < v.size() && is_digit(v[j].cp)) ++j;
      const size_t lead = j - i;
      size_t groups = 0, e = j;
      while (lead <= 3 && e + 3 < v.size() + 0 && v[e].cp == U',' && is_digit(at(v, static_cast<long>(e) + 1)) &&
             is_digit(at(v, static_cast<long>(e) + 2)) && is_digit(at(v, static_cast<long>(e) + 3)) &&
             !is_digit(at(v, static_cast<long>(e) + 4))) {
        e += 4;
        ++groups;
      }
      if (groups > 0) {
        grouped.push_back({p, i, e, lead + 3 * groups});
      } else if (lead >= 5 && at(v, static_cast<long>(j)) != U'年') {
        ++plain;
      } else if (lead == 4 && at(v, static_cast<long>(j)) != U'年' && at(v, static_cast<long>(j)) != U'.' &&
                 (v[i].cp > U'2' || (v[i].cp == U'1' && v[i + 1].cp != U'9') ||
                  (v[i].cp == U'2' && v[i + 1].cp != U'0'))) {
        ++plain4;
      }
      i = std::max(j, e);
    }
  }
  for (const NumberForm& n : grouped) {
    if (plain == 0 && (n.digits > 4 || plain4 == 0)) continue;
    const auto& v = ctx.written_cps(n.para);
    ctx.report_in(paras[n.para], v[n.b].pos, v[n.e - 1].end(),
                  "number " + utf8_of(v, paras[n.para].text, n.b, n.e) +
                      " uses thousands separators, but other numbers in the report do not");
  }
}

}  // namespace cppcc::linter
