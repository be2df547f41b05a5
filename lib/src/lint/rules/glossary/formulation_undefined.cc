// G003 formulation-undefined: a report with a glossary explains its local code
// slogans (“1310”, “1+6+3”); one used in the body but missing from the glossary
// was probably dropped by mistake. Codes every reader knows (SCOPE empty in
// data/formulations.txt, the one formulation table) are exempt.
#include <set>

#include "lint/context.h"

namespace cppcc::linter {

namespace {

/// A local code formulation: an Arabic code (“1310”, “1+6+3”, “1+3+N”). Such
/// codes mean nothing to a reader without the glossary; count words
/// (“四个第一线”) are usually national formulations and explain themselves, and
/// “6·30” names a day (广东扶贫济困日).
bool code_shape(std::string_view f) {
  return !f.empty() && f[0] >= '0' && f[0] <= '9' && f.find("·") == std::string_view::npos;
}

}  // namespace

void check_formulation_undefined(Context& ctx) {
  const Report& r = ctx.model();
  if (r.glossary.empty()) return;
  std::set<size_t> glossary_paragraphs;
  for (const GlossaryEntry& g : r.glossary) glossary_paragraphs.insert(g.paragraph);
  const auto& paras = ctx.paragraphs();
  for (const Formulation& f : r.formulations) {
    // The formulation table says which codes every reader knows (1+N) and which are local (1310).
    if (f.defined || !f.needs_glossary || !code_shape(f.text)) continue;
    // The first quoted use in the text (the model's occurrences name file bytes).
    const std::string quoted = "“" + f.text + "”";
    for (size_t p = 0; p < paras.size(); ++p) {
      if (glossary_paragraphs.count(p)) continue;
      const size_t at = paras[p].text.find(quoted);
      if (at == std::string::npos) continue;
      ctx.report_in(paras[p], at, at + quoted.size(),
                    "formulation " + quoted + " is used but the glossary (名词解释) does not define it");
      break;
    }
  }
}

}  // namespace cppcc::linter
