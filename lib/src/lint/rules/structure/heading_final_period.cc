// S006 heading-final-period: 一、…基础。 — a heading takes no final 。
// Only level-0 headings that stand alone: （一）…。 in government reports is a
// run-in lead sentence, and list items (附件) are followed by more items. When
// every heading of the report ends with 。, they are run-in sentences by design
// (notices, some local reports); the finding is the heading that differs.
#include "lint/context.h"

namespace cppcc::linter {

void check_heading_final_period(Context& ctx) {
  const std::vector<SectionLabel>& labels = ctx.model().labels;
  std::optional<size_t> annex_start;  // 附件 lists: items, not headings
  for (const TailHeading& h : ctx.model().tail_headings)
    if (h.annex && !annex_start) annex_start = h.paragraph;
  const auto& paras = ctx.paragraphs();
  auto candidate = [&](size_t k) {
    const SectionLabel& l = labels[k];
    if (l.level != 0 || !l.standalone) return false;
    if (annex_start && l.paragraph > *annex_start) return false;
    const size_t next = l.paragraph + 1;
    if (next >= paras.size()) return false;
    return !(k + 1 < labels.size() && labels[k + 1].paragraph == next);
  };
  size_t headings = 0, with_period = 0;
  for (size_t k = 0; k < labels.size(); ++k) {
    if (!candidate(k)) continue;
    ++headings;
    const auto& v = ctx.cps(labels[k].paragraph);
    with_period += !v.empty() && v.back().cp == U'。';
  }
  if (with_period == 0 || with_period == headings) return;
  for (size_t k = 0; k < labels.size(); ++k) {
    const SectionLabel& l = labels[k];
    if (l.level != 0 || !l.standalone) continue;
    if (annex_start && l.paragraph > *annex_start) continue;
    const auto& v = ctx.cps(l.paragraph);
    if (v.empty() || v.back().cp != U'。') continue;
    // The next paragraph must be body text, not the next item of a list.
    const size_t next = l.paragraph + 1;
    if (next >= paras.size()) continue;
    if (k + 1 < labels.size() && labels[k + 1].paragraph == next) continue;
    ctx.report_in(paras[l.paragraph], v.back().pos, v.back().end(), "heading ends with 。; headings take no final full stop",
                  std::string());
  }
}

}  // namespace cppcc::linter
