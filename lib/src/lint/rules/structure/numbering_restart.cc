// S004 numbering-restart: after a new part heading, sections start again at 一、.
#include "lint/context.h"
#include "lint/numbering.h"

namespace cppcc::linter {

void check_numbering_restart(Context& ctx) {
  for (const NumberingStep& s : numbering_steps(ctx.model())) {
    const Label& l = *s.label;
    if (s.first_after_part && l.number != 1) {
      ctx.report_in(ctx.paragraphs()[l.paragraph], l.begin, l.end,
                    "the first section of a new part is numbered " + label_text(l.level, l.number) +
                        "; numbering restarts at " + label_text(l.level, 1) + " in each part");
    }
  }
}

}  // namespace cppcc::linter
