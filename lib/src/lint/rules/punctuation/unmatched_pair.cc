// P001 unmatched-pair: a “ ‘ （ 《 〈 【 〔 never closed, or a closing mark with
// no opening one. Matched on reflowed paragraphs, so pairs across hard wraps count.
#include "lint/pairs.h"

namespace cppcc::linter {

namespace {
/// After the “ at I, V opens and closes another quotation: the paragraph quotes
/// in pairs, and only this “ lost its ”.
bool lost_one_close(const std::vector<CodePoint>& v, size_t i) {
  bool reopened = false;
  for (size_t k = i + 1; k < v.size(); ++k) {
    if (v[k].cp == U'“') reopened = true;
    if (v[k].cp == U'”' && reopened) return true;
  }
  return false;
}
}  // namespace

void check_unmatched_pair(Context& ctx) {
  for (const PairProblem& pr : find_pair_problems(ctx)) {
    if (pr.kind == PairProblem::kMisnested) continue;
    const Paragraph& p = ctx.paragraphs()[pr.para];
    const CodePoint& c = ctx.cps(pr.para)[pr.index];
    const std::string mark = to_utf8(std::u32string(1, pr.mark));
    if (pr.kind == PairProblem::kUnclosed) {
      const std::string close = to_utf8(std::u32string(1, closing_of(pr.mark)));
      ctx.report_in(p, c.pos, c.end(), "opening " + mark + " is never closed (no matching " + close + ")");
      // A “ whose paragraph goes on to quote again (专精特新“小巨人企业414家，制造业“单项冠军”企业):
      // one ” lost, as in a published report (Henan 2025), so likely rather than certain.
      if (pr.mark == U'“' && lost_one_close(ctx.cps(pr.para), pr.index)) ctx.cap_last(Severity::kWarning);
    } else {
      ctx.report_in(p, c.pos, c.end(), "closing " + mark + " has no opening mark");
    }
  }
}

}  // namespace cppcc::linter
