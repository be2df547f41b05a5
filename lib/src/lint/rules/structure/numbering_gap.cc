// S001 numbering-gap: 一、二、四、 — a number skipped at one level.
#include <map>
#include <set>

#include "lint/context.h"
#include "lint/numbering.h"

namespace cppcc::linter {

void check_numbering_gap(Context& ctx) {

  // Per sequence: labels seen so far, and where counting starts (its first label, or the
  // last return to 1, which S003 takes for a restart).
  struct Count {
    int seen = 0, base_index = 0, base_number = 1;
  };
  std::map<const Label*, Count> counts;
  std::set<const Label*> stray_ones;  // S003 reports them; the label after one is at its place
  for (const NumberingStep& s : numbering_steps(ctx.model())) {
    const Label& l = *s.label;
    if (s.stray_one) stray_ones.insert(&l);
    const Paragraph& p = ctx.paragraphs()[l.paragraph];
    Count& c = counts[s.first];
    const int index = c.seen++;
    if (!s.previous || (l.number == 1 && s.previous->number > 1 && !s.stray_one)) {
      c.base_index = index;
      c.base_number = l.number;
    }
    if (s.stray_one || (s.previous && stray_ones.count(s.previous))) continue;
    // After a repeated number (（一）（二）（二）（四）) a label numbered by its place in the
    // sequence is right; the repeat is S002's finding, not a gap here.
    const bool at_its_place = l.number == c.base_number + (index - c.base_index);
    if (s.previous && l.number > s.previous->number + 1 && !at_its_place) {
      std::string missing = label_text(l.level, s.previous->number + 1);
      if (l.number > s.previous->number + 2) missing += "…" + label_text(l.level, l.number - 1);
      ctx.report_in(p, l.begin, l.end,
                    label_text(l.level, l.number) + " follows " + label_text(l.level, s.previous->number) +
                        ": " + missing + " is missing");
    } else if (!s.previous && l.number > 1 && !s.first_after_part && (l.level == 0 || s.parent_level >= 0)) {
      ctx.report_in(p, l.begin, l.end,
                    "numbering starts at " + label_text(l.level, l.number) + " instead of " + label_text(l.level, 1));
    }
  }
}

}  // namespace cppcc::linter
