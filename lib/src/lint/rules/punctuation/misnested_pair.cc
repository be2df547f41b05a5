// P002 misnested-pair: “《…”》 — marks must nest, not cross.
#include "lint/pairs.h"

namespace cppcc::linter {

void check_misnested_pair(Context& ctx) {
  for (const PairProblem& pr : find_pair_problems(ctx)) {
    if (pr.kind != PairProblem::kMisnested) continue;
    const Paragraph& p = ctx.paragraphs()[pr.para];
    const CodePoint& c = ctx.cps(pr.para)[pr.index];
    const std::string inner = to_utf8(std::u32string(1, pr.other));
    const std::string inner_close = to_utf8(std::u32string(1, closing_of(pr.other)));
    ctx.report_in(p, c.pos, c.end(),
                  "closing " + to_utf8(std::u32string(1, pr.mark)) + " crosses the " + inner +
                      " opened inside it; close " + inner_close + " first");
  }
}

}  // namespace cppcc::linter
