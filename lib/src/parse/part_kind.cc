// Part::kind_from_heading: the one reading of a part heading's role words, shared by
// the parser (structure.cc) and the linter (S008 date-year-mismatch).
#include "cppcc/report.h"
#include "parse/context.h"
#include "parse/shape_words.h"

namespace cppcc {

PartKind Part::kind_from_heading(std::string_view text) {
  const parse::PartWords& w = parse::part_words();
  const std::string h = parse::squeeze(text);
  const bool review = w.review.search(h).has_value();
  const bool plan = w.plan.search(h).has_value();
  // A heading with words of both is the plan unless it says 回顾: 2025年主要工作安排 plans,
  // 2024年工作回顾和2025年工作安排 reviews first.
  if (review && !(plan && !parse::contains(h, "回顾"))) return PartKind::kReview;
  if (plan) return PartKind::kPlan;
  return PartKind::kOther;
}

}  // namespace cppcc
