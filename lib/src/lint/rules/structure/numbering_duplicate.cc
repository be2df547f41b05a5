// S002 numbering-duplicate: 二、 … 二、 — the same number twice in a row.
#include "lint/context.h"
#include "lint/numbering.h"

namespace cppcc::linter {

void check_numbering_duplicate(Context& ctx) {
  for (const NumberingStep& s : numbering_steps(ctx.model())) {
    const Label& l = *s.label;
    if (s.previous && l.number == s.previous->number) {
      const size_t line = ctx.paragraphs()[s.previous->paragraph].first_line;
      ctx.report_in(ctx.paragraphs()[l.paragraph], l.begin, l.end,
                    label_text(l.level, l.number) + " repeats the number of the section at line " +
                        std::to_string(line) + "; expected " + label_text(l.level, l.number + 1));
    }
  }
}

}  // namespace cppcc::linter
