// S003 numbering-order: 三、 after 四、 — numbering goes backwards without a new part.
#include "lint/context.h"
#include "lint/numbering.h"

namespace cppcc::linter {

void check_numbering_order(Context& ctx) {
  for (const NumberingStep& s : numbering_steps(ctx.model())) {
    const Label& l = *s.label;
    // Back to 1 is a restart (a part the outline could not see), not disorder.
    if (s.previous && l.number < s.previous->number && l.number != 1) {
      ctx.report_in(ctx.paragraphs()[l.paragraph], l.begin, l.end,
                    label_text(l.level, l.number) + " comes after " + label_text(l.level, s.previous->number) +
                        ": sections are out of order");
    }
  }
}

}  // namespace cppcc::linter
