// S008 date-year-mismatch: a report dated 2025 reviews 2024 and plans 2025;
// a part heading with another year was usually left over from last year's draft.
// Reports delivered in November or December look one year ahead.
#include "lint/context.h"

namespace cppcc::linter {

namespace {

// Byte offset of the first four-digit year followed by 年 in TEXT.
std::optional<size_t> written_year(const std::string& text) {
  for (size_t i = 0; i + 7 <= text.size(); ++i) {
    bool digits = true;
    for (size_t k = 0; k < 4 && digits; ++k) digits = text[i + k] >= '0' && text[i + k] <= '9';
    if (digits && (i == 0 || text[i - 1] < '0' || text[i - 1] > '9') && text.compare(i + 4, 3, "年") == 0 &&
        (text[i] == '1' || text[i] == '2'))
      return i;
  }
  return std::nullopt;
}

}  // namespace

void check_date_year_mismatch(Context& ctx) {
  const std::optional<DateLine>& date = ctx.model().date_line;
  if (!date || date->month < 1 || date->month > 12) return;
  const int date_year = date->year;
  const int shift = date->month >= 11 ? 1 : 0;
  const int review = date_year - 1 + shift, plan = date_year + shift;
  bool seen_review = false;
  for (const Part& h : ctx.model().parts) {
    if (!h.paragraph) continue;
    // The year as written in the heading, not the part's year: the parser infers that
    // from the part's role, and a leftover 2023年 is exactly what this rule is for.
    const Paragraph& para = ctx.paragraphs()[*h.paragraph];
    const std::optional<size_t> year_begin = written_year(para.text);
    if (!year_begin) continue;
    const int year = std::stoi(para.text.substr(*year_begin, 4));
    const size_t year_end = *year_begin + 4 + 3;
    // The heading's own words (2024年工作回顾, 2025年工作安排) say what the year must be, also
    // where the parser's kind is other (a proposal report, a part it could not place).
    const PartKind words = Part::kind_from_heading(para.text);
    PartKind kind = h.kind != PartKind::kOther ? h.kind : words;
    if (kind == PartKind::kOther) kind = seen_review ? PartKind::kPlan : PartKind::kReview;
    if (kind == PartKind::kReview) seen_review = true;
    const int expected = kind == PartKind::kReview ? review : plan;
    if (year == expected) continue;
    // A heading without role words (2024年：同心共庆…) may review the session year itself, and
    // vice versa: only a year outside both is certainly wrong there. A heading that says
    // 回顾 or 安排 names its year: 2025年工作回顾 in a report dated 2025年1月 is last year's draft.
    if (words != kind && (year == review || year == plan)) continue;
    ctx.report_in(para, *year_begin, year_end,
                  "part heading names " + std::to_string(year) + "年 but the report is dated " +
                      std::to_string(date_year) + "年" + std::to_string(date->month) + "月 (expected " +
                      std::to_string(expected) + "年)");
  }
}

}  // namespace cppcc::linter
