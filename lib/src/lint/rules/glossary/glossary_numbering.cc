// G001 glossary-numbering: 名词解释 items run 1, 2, 3, … with no gap or repeat.
#include "lint/context.h"

namespace cppcc::linter {

void check_glossary_numbering(Context& ctx) {
  int expected = 1;
  int position = 0;
  for (const GlossaryEntry& g : ctx.model().glossary) {
    ++position;
    // After a repeat (1. 2. 2. 4.) an item numbered by its place is right: only the repeat is wrong.
    if (g.number != expected && !(g.number > expected && g.number == position)) {
      std::string why = g.number < expected ? "repeats or goes back" : "skips " + std::to_string(expected);
      ctx.report_in(ctx.paragraphs()[g.paragraph], g.label_begin, g.label_end,
                    "glossary item " + std::to_string(g.number) + " " + why + "; expected " +
                        std::to_string(expected) + ".");
    }
    expected = g.number + 1;
  }
}

}  // namespace cppcc::linter
