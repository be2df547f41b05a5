// T014 confusable-word: 布署 for 部署, 十四界 for 十四届 — a homophone or a
// look-alike typed for a word of political vocabulary. data/rules/confusables.tsv
// keeps only misspellings that are never words themselves (权利/权力 need the sense).
#include "lint/context.h"
#include "lint/data_tables.h"

namespace cppcc::linter {

void check_confusable_word(Context& ctx) {
  for (const Paragraph& p : ctx.paragraphs()) {
    const std::string& s = p.text;
    for (const Confusable& c : confusables())
      for (size_t k = s.find(c.wrong); k != std::string::npos; k = s.find(c.wrong, k + c.wrong.size()))
        ctx.report_in(p, k, k + c.wrong.size(), "“" + c.wrong + "” is a misspelling of “" + c.right + "”");
  }
}

}  // namespace cppcc::linter
