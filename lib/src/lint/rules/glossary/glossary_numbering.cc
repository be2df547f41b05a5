// G001 glossary-numbering: 名词解释 items run 1, 2, 3, … with no gap or repeat.
// A number mistyped in place (9. 10. 9. 12. or 9. 10. 13. 12.) is reported at itself: the next
// item goes on as if it were right, so the next item is not blamed for it.
#include "lint/context.h"

namespace cppcc::linter {

void check_glossary_numbering(Context& ctx) {
  const auto& glossary = ctx.model().glossary;
  int expected = 1;
  for (size_t i = 0; i < glossary.size(); ++i) {
    const GlossaryEntry& g = glossary[i];
    const int position = static_cast<int>(i) + 1;
    const bool mistyped = g.number != expected && i + 1 < glossary.size() && glossary[i + 1].number == expected + 1;
    // After a repeat (1. 2. 2. 4.) an item numbered by its place is right: only the repeat is wrong.
    if (g.number != expected && (mistyped || !(g.number > expected && g.number == position))) {
      std::string why = mistyped              ? "is out of sequence"
                        : g.number < expected ? "repeats or goes back"
                                              : "skips " + std::to_string(expected);
      ctx.report_in(ctx.paragraphs()[g.paragraph], g.label_begin, g.label_end,
                    "glossary item " + std::to_string(g.number) + " " + why + "; expected " +
                        std::to_string(expected) + ".");
    }
    expected = mistyped ? expected + 1 : g.number + 1;
  }
}

}  // namespace cppcc::linter
