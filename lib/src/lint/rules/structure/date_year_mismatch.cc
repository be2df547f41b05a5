// S008 date-year-mismatch: a report dated 2025 reviews 2024 and plans 2025;
// a part heading with another year was usually left over from last year's draft.
// Reports delivered in November or December look one year ahead.
#include "lint/context.h"

namespace cppcc::linter {

void check_date_year_mismatch(Context& ctx) {
  const std::optional<DateLine>& date = ctx.model().date_line;
  if (!date || date->month < 1 || date->month > 12) return;
  const int date_year = date->year;
  const int shift = date->month >= 11 ? 1 : 0;
  const int review = date_year - 1 + shift, plan = date_year + shift;
  bool seen_review = false;
  for (const Part& h : ctx.model().parts) {
    if (!h.year || !h.paragraph) continue;
    // The year as written in the heading (a year read from 今年 has no digits to point at).
    const Paragraph& para = ctx.paragraphs()[*h.paragraph];
    const std::string digits = std::to_string(*h.year);
    const size_t year_begin = para.text.find(digits);
    if (year_begin == std::string::npos) continue;
    const size_t year_end = year_begin + digits.size() + (para.text.compare(year_begin + 4, 3, "年") == 0 ? 3 : 0);
    PartKind kind = h.kind;
    if (kind == PartKind::kOther) kind = seen_review ? PartKind::kPlan : PartKind::kReview;
    if (kind == PartKind::kReview) seen_review = true;
    const int expected = kind == PartKind::kReview ? review : plan;
    if (*h.year == expected) continue;
    // A review heading may name the plan year when it reviews the session year itself, and vice versa;
    // only a year outside both is certainly wrong.
    if (*h.year == review || *h.year == plan) continue;
    ctx.report_in(para, year_begin, year_end,
                  "part heading names " + std::to_string(*h.year) + "年 but the report is dated " +
                      std::to_string(date_year) + "年" + std::to_string(date->month) + "月 (expected " +
                      std::to_string(expected) + "年)");
  }
}

}  // namespace cppcc::linter
