/// \file
/// Numerals and quantities: "14.6亿元" → 1460000000 元, "近六千件" → 6000 件
/// (qualifier 近), with the phrase that names what is counted.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cppcc/decimal.h"
#include "cppcc/expected.h"

namespace cppcc {

/// Parses a whole numeral: Arabic (full-width too, thousands separators,
/// decimals), Chinese (一…九 十百千万亿 两 零〇, financial 壹贰叁…), mixed
/// (1.2万). Returns nullopt if S is not exactly one numeral.
std::optional<double> parse_numeral(std::string_view s);

/// A change the words before a number state (增长6.5%, 比上年减少1800亿元,
/// 退出钢铁产能1.7亿吨). The report's parse resolves an unstated base.
struct StatedChange {
  std::string base;         ///< as written after 比/较 (上年, 去年预算, 2012年 → 2012); "" when unstated
  bool annual = false;      ///< 年均, 平均每年: against the year before
  std::string direction;    ///< up or down
  std::string measure;      ///< percent, points (个百分点), times (倍) or absolute
};

/// One quantity found in a paragraph; offsets are bytes into that paragraph.
struct QuantityMatch {
  size_t begin = 0, end = 0;  ///< the surface, qualifiers included
  std::string surface;
  double value = 0;
  std::optional<double> value_max;
  /// VALUE and VALUE_MAX exactly as the surface writes them (4.06万亿 →
  /// 4060000000000); nullopt for fractions (三分之一, 1/4), which no decimal holds.
  std::optional<Decimal> exact, exact_max;
  std::string unit;
  std::optional<std::string> qualifier;
  std::string kind;
  std::string indicator;
  bool is_target = false;  ///< a commitment (only set when in_plan)
  /// outcome (a result; every figure outside the plan part), target (a
  /// commitment: is_target), forecast (预计…), threshold (60岁以上老年人).
  std::string status;
  std::optional<StatedChange> change;  ///< nullopt for levels, flows and from–to ends
};

struct AnniversaryMatch {
  size_t begin = 0, end = 0;
  std::string surface;
  int years = 0;
  std::string subject;
};

struct ParagraphQuantities {
  std::vector<QuantityMatch> quantities;
  std::vector<AnniversaryMatch> anniversaries;
};

class QuantityExtractor {
 public:
  /// Loads the unit table (data/units.tsv) and qualifier lists.
  static Expected<QuantityExtractor> create();
  /// Finds the quantities in one reflowed paragraph. EXCLUDED byte ranges
  /// (numbered formulations, section labels) yield nothing. IN_PLAN marks the
  /// plan part, where commitments are targets.
  ParagraphQuantities extract(std::string_view paragraph,
                              const std::vector<std::pair<size_t, size_t>>& excluded,
                              bool in_plan) const;

  QuantityExtractor(QuantityExtractor&&) noexcept;
  QuantityExtractor& operator=(QuantityExtractor&&) noexcept;
  ~QuantityExtractor();

 private:
  struct Impl;
  explicit QuantityExtractor(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace cppcc
