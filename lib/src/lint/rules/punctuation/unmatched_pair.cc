// P001 unmatched-pair: a “ ‘ （ 《 〈 【 〔 never closed, or a closing mark with
// no opening one. Matched on reflowed paragraphs, so pairs across hard wraps count.
#include "lint/pairs.h"

namespace cppcc::linter {

void check_unmatched_pair(Context& ctx) {
  for (const PairProblem& pr : find_pair_problems(ctx)) {
    if (pr.kind == PairProblem::kMisnested) continue;
    const Paragraph& p = ctx.paragraphs()[pr.para];
    const CodePoint& c = ctx.cps(pr.para)[pr.index];
    const std::string mark = to_utf8(std::u32string(1, pr.mark));
    if (pr.kind == PairProblem::kUnclosed) {
      const std::string close = to_utf8(std::u32string(1, closing_of(pr.mark)));
      ctx.report_in(p, c.pos, c.end(), "opening " + mark + " is never closed (no matching " + close + ")");
    } else {
      ctx.report_in(p, c.pos, c.end(), "closing " + mark + " has no opening mark");
    }
  }
}

}  // namespace cppcc::linter
