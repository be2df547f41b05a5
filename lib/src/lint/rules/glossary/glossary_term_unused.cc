// G002 glossary-term-unused: a 名词解释 entry whose term the body never uses
// (the sentence that used it was cut from the draft). The body is searched in
// its reflowed form, so a term split by a line break still counts.
#include "lint/context.h"

namespace cppcc::linter {

void check_glossary_term_unused(Context& ctx) {
  const Outline& o = ctx.outline();
  if (o.glossary.empty()) return;
  std::string body;
  const auto& paras = ctx.paragraphs();
  for (size_t p = 0; p < paras.size(); ++p) {
    if (p >= o.glossary_first && p <= o.glossary_last) continue;
    body += paras[p].text;
    body += '\n';
  }
  for (const GlossaryItem& g : o.glossary) {
    if (g.key.empty() || body.find(g.key) != std::string::npos) continue;
    ctx.report_in(paras[g.paragraph], g.term_begin, g.term_end,
                  "glossary term " + g.key + " is not used in the body of the report");
  }
}

}  // namespace cppcc::linter
