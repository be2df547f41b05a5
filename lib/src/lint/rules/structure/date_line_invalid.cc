// S007 date-line-invalid: （2025年2月30日） names a day that does not exist.
#include "lint/context.h"

namespace cppcc::linter {

namespace {
int days_in_month(int year, int month) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2 && ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0)) return 29;
  return kDays[month - 1];
}
}  // namespace

void check_date_line_invalid(Context& ctx) {
  if (!ctx.model().date_line) return;
  const DateLine& d = *ctx.model().date_line;
  const Paragraph& p = ctx.paragraphs()[d.paragraph];
  if (d.month < 1 || d.month > 12) {
    ctx.report_in(p, d.begin, d.end, "the date line has month " + std::to_string(d.month) + ", which does not exist");
  } else if (d.day < 1 || d.day > days_in_month(d.year, d.month)) {
    ctx.report_in(p, d.begin, d.end,
                  "the date line has day " + std::to_string(d.day) + ", but " + std::to_string(d.year) + "年" +
                      std::to_string(d.month) + "月 has " + std::to_string(days_in_month(d.year, d.month)) + " days");
  } else if (d.year < 1949 || d.year > 2100) {
    ctx.report_in(p, d.begin, d.end, "the date line's year " + std::to_string(d.year) + " is implausible");
  }
}

}  // namespace cppcc::linter
