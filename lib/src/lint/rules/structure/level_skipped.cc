// S009 level-skipped: the hierarchy 一、→（一）→1.→（1） skips a level, e.g.
// （1） directly under 一、 (GB/T 9704-2012 7.3.3).
#include "lint/context.h"
#include "lint/numbering.h"

namespace cppcc::linter {

void check_level_skipped(Context& ctx) {
  for (const NumberingStep& s : numbering_steps(ctx.model())) {
    const Label& l = *s.label;
    // Only the first label of a sequence: its siblings share the finding.
    if (s.previous || s.parent_level < 0 || l.level - s.parent_level < 2) continue;
    // 1. directly under 一、 is common in government reports; flag only skips of two levels,
    // and （1） under （一）.
    if (l.level == 2 && s.parent_level == 0) continue;
    ctx.report_in(ctx.paragraphs()[l.paragraph], l.begin, l.end,
                  label_text(l.level, l.number) + " sits directly under a " + label_text(s.parent_level, 1) +
                      " level; expected " + label_text(l.level - 1, 1) + " first");
  }
}

}  // namespace cppcc::linter
