// S008 date-year-mismatch: a report dated 2025 reviews 2024 and plans 2025;
// a part heading with another year was usually left over from last year's draft.
// Reports delivered in November or December look one year ahead.
#include "lint/context.h"

namespace cppcc::linter {

void check_date_year_mismatch(Context& ctx) {
  const Outline& o = ctx.outline();
  if (!o.date || o.date->month < 1 || o.date->month > 12) return;
  const int date_year = o.date->year;
  const int shift = o.date->month >= 11 ? 1 : 0;
  const int review = date_year - 1 + shift, plan = date_year + shift;
  bool seen_review = false;
  for (const PartHeading& h : o.parts) {
    if (!h.year) continue;
    PartHeading::Kind kind = h.kind;
    if (kind == PartHeading::kUnknown) kind = seen_review ? PartHeading::kPlan : PartHeading::kReview;
    if (kind == PartHeading::kReview) seen_review = true;
    const int expected = kind == PartHeading::kReview ? review : plan;
    if (*h.year == expected) continue;
    // A review heading may name the plan year when it reviews the session year itself, and vice versa;
    // only a year outside both is certainly wrong.
    if (*h.year == review || *h.year == plan) continue;
    ctx.report_in(ctx.paragraphs()[h.paragraph], h.year_begin, h.year_end,
                  "part heading names " + std::to_string(*h.year) + "年 but the report is dated " +
                      std::to_string(date_year) + "年" + std::to_string(o.date->month) + "月 (expected " +
                      std::to_string(expected) + "年)");
  }
}

}  // namespace cppcc::linter
