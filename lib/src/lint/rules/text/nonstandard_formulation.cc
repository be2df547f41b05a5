// T006 nonstandard-formulation: 习近平思想 → 习近平新时代中国特色社会主义思想.
// Rows of data/rules/formulations.tsv name a wrong variant, its canonical form
// and the months in which the row applies (roles and names change over time).
// A variant inside an occurrence of its canonical form is not a finding.
#include "lint/context.h"
#include "lint/data_tables.h"

namespace cppcc::linter {

void check_nonstandard_formulation(Context& ctx) {
  const auto& rules = formulation_rules();
  const std::optional<int> when = ctx.report_year_month();
  const auto& paras = ctx.paragraphs();
  for (const FormulationRule& r : rules) {
    if (r.from || r.to) {
      if (!when) continue;
      if (r.from && *when < r.from) continue;
      if (r.to && *when > r.to) continue;
    }
    for (const Paragraph& p : paras) {
      const std::string& s = p.text;
      for (size_t at_ = s.find(r.wrong); at_ != std::string::npos; at_ = s.find(r.wrong, at_ + 1)) {
        // Inside the canonical form?  Look for the canonical text covering this match.
        bool inside = false;
        const size_t look = at_ >= r.canonical.size() ? at_ - r.canonical.size() : 0;
        for (size_t c = s.find(r.canonical, look); c != std::string::npos && c <= at_; c = s.find(r.canonical, c + 1)) {
          if (c + r.canonical.size() >= at_ + r.wrong.size()) inside = true;
        }
        if (inside) continue;
        std::string msg = r.wrong + " is not the standard formulation; write " + r.canonical;
        if (!r.note.empty()) msg += " (" + r.note + ")";
        ctx.report_in(p, at_, at_ + r.wrong.size(), msg, r.fix ? std::optional<std::string>(r.canonical) : std::nullopt);
      }
    }
  }
}

}  // namespace cppcc::linter
