// S005 mixed-numbering-scheme: one level written two ways (1. and 1．, （一） and (一)).
#include "lint/context.h"
#include "lint/numbering.h"

namespace cppcc::linter {

void check_mixed_numbering_scheme(Context& ctx) {
  for (const NumberingStep& s : numbering_steps(ctx.outline())) {
    const Label& l = *s.label;
    if (s.previous && s.first && s.first != &l && l.form != s.first->form) {
      const Paragraph& first_p = ctx.paragraphs()[s.first->paragraph];
      const std::string first_label = first_p.text.substr(s.first->begin, s.first->end - s.first->begin);
      const Paragraph& p = ctx.paragraphs()[l.paragraph];
      ctx.report_in(p, l.begin, l.end,
                    "label " + p.text.substr(l.begin, l.end - l.begin) + " is written differently from " +
                        first_label + " at line " + std::to_string(first_p.first_line) + " at the same level");
    }
  }
}

}  // namespace cppcc::linter
