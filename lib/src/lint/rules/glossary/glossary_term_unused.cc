// G002 glossary-term-unused: a 名词解释 entry whose term the body never uses
// (the sentence that used it was cut from the draft). The body is searched in
// its reflowed form, so a term split by a line break still counts.
#include "lint/context.h"

namespace cppcc::linter {

void check_glossary_term_unused(Context& ctx) {
  const auto& paras = ctx.paragraphs();
  for (const GlossaryEntry& g : ctx.model().glossary) {
    if (!g.references.empty()) continue;
    ctx.report_in(paras[g.paragraph], g.term_begin, g.term_end,
                  "glossary term " + g.written + " is not used in the body of the report");
  }
}

}  // namespace cppcc::linter
