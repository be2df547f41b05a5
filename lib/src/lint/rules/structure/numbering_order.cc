// S003 numbering-order: 三、 after 四、 — numbering goes backwards without a new part;
// 一、 二、 一、 四、 — a 1 typed for the number its neighbours ask for, reported at the 1
// (S001 then sees no gap at 四、).
#include "lint/context.h"
#include "lint/numbering.h"

namespace cppcc::linter {

void check_numbering_order(Context& ctx) {
  for (const NumberingStep& s : numbering_steps(ctx.model())) {
    const Label& l = *s.label;
    // Back to 1 is a restart (a part the outline could not see), not disorder.
    if (s.stray_one) {
      std::string around = label_text(l.level, l.number) + " comes after " + label_text(l.level, s.previous->number);
      if (s.next) around += " and before " + label_text(l.level, s.next->number);
      ctx.report_in(ctx.paragraphs()[l.paragraph], l.begin, l.end,
                    around + " with no part heading between: expected " +
                        label_text(l.level, s.previous->number + 1));
    } else if (s.previous && l.number < s.previous->number && l.number != 1) {
      ctx.report_in(ctx.paragraphs()[l.paragraph], l.begin, l.end,
                    label_text(l.level, l.number) + " comes after " + label_text(l.level, s.previous->number) +
                        ": sections are out of order");
    }
  }
}

}  // namespace cppcc::linter
