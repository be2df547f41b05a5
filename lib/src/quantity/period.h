// The time scope of a figure: what its sentence says (2021—2025年, “十四五”
// 时期, 五年来, 累计, 年底, 截至…, …以来), else the years of its part.
#pragma once

#include <optional>
#include <string_view>

#include "cppcc/report.h"

namespace cppcc::quantity {

/// What the report says about time around a figure, beyond its sentence.
struct PeriodContext {
  PartKind part = PartKind::kOther;
  std::optional<int> part_year;          ///< the single year the part reviews or plans
  std::optional<YearRange> part_years;   ///< every year the part covers
  std::optional<YearRange> review_years; ///< the years of the report's review part (五年来 refers to them)
  std::optional<int> report_year;        ///< of the report's date, for 截至3月5日 without a year
};

/// The context of a figure in PART (nullptr outside any part) of report R,
/// whose metadata and parts are read.
PeriodContext period_context(const Report& r, const Part* part);

/// The year or years the first sentence of PARAGRAPH names (过去的五年极不寻常。,
/// “十四五”时期…, 刚刚过去的2025年…), or nullopt: in a part that reviews both a span and
/// its last year (“十四五”时期和2025年工作回顾) it dates the paragraphs after it.
std::optional<Period> opening_time(std::string_view paragraph, const PeriodContext& ctx);

/// The period of the figure starting at byte BEGIN of PARAGRAPH with STATUS
/// (a threshold defines a class and has none); nullopt when nothing says.
std::optional<Period> figure_period(std::string_view paragraph, size_t begin, std::string_view status,
                                    const PeriodContext& ctx);

}  // namespace cppcc::quantity
