// S001 numbering-gap: 一、二、四、 — a number skipped at one level.
#include "lint/context.h"
#include "lint/numbering.h"

namespace cppcc::linter {

void check_numbering_gap(Context& ctx) {
  const Outline& o = ctx.outline();
  for (const NumberingStep& s : numbering_steps(o)) {
    const Label& l = *s.label;
    const Paragraph& p = ctx.paragraphs()[l.paragraph];
    if (s.previous && l.number > s.previous->number + 1) {
      std::string missing = label_text(l.level, s.previous->number + 1);
      if (l.number > s.previous->number + 2) missing += "…" + label_text(l.level, l.number - 1);
      ctx.report_in(p, l.begin, l.end,
                    label_text(l.level, l.number) + " follows " + label_text(l.level, s.previous->number) +
                        ": " + missing + " is missing");
    } else if (!s.previous && l.number > 1 && !s.first_after_part && (l.level == 0 || s.parent_level >= 0)) {
      ctx.report_in(p, l.begin, l.end,
                    "numbering starts at " + label_text(l.level, l.number) + " instead of " + label_text(l.level, 1));
    }
  }
}

}  // namespace cppcc::linter
