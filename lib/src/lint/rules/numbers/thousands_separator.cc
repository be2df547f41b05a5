// N005 thousands-separator: 624,000 in a report that writes 5992 and 14600
// without grouping. Grouping is optional (GB/T 15835 5.1.3) but must be consistent.
#include "lint/context.h"

namespace cppcc::linter {

namespace {
struct NumberForm {
  size_t para, b, e;  // code-point range
};
}  // namespace

void check_thousands_separator(Context& ctx) {
  const auto& paras = ctx.written();
  std::vector<NumberForm> grouped;
  size_t plain = 0;
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
        grouped.push_back({p, i, e});
      } else if (lead >= 5 && at(v, static_cast<long>(j)) != U'年') {
        ++plain;
      }
      i = std::max(j, e);
    }
  }
  if (grouped.empty() || plain == 0) return;
  for (const NumberForm& n : grouped) {
    const auto& v = ctx.written_cps(n.para);
    ctx.report_in(paras[n.para], v[n.b].pos, v[n.e - 1].end(),
                  "number " + utf8_of(v, paras[n.para].text, n.b, n.e) +
                      " uses thousands separators, but other numbers in the report do not");
  }
}

}  // namespace cppcc::linter
