// The change a figure states: 增长6.5% (up, percent), 比上年减少1800亿元
// (base 上年, down, absolute), 提高2个百分点 (points), 退出钢铁产能1.7亿吨
// (a cut verb before its object: down). Levels (达到, 降至, 提高到), flows
// (新增, 安排) and the ends of 由A提高到B state none.
#pragma once

#include <optional>
#include <string_view>

#include "cppcc/quantity.h"
#include "cppcc/report.h"
#include "quantity/lexicon.h"

namespace cppcc::quantity {

/// The change Q (in PARAGRAPH) states, read from the words before it back to
/// CLAUSE_BEGIN; nullopt when it states none.
std::optional<StatedChange> stated_change(std::string_view paragraph, const QuantityMatch& q, size_t clause_begin,
                                          const Lexicon& lex);

/// The change of the report's model: an unstated base is the year before
/// (上年) for annual changes and for one year's figures, and the year before
/// the first of a span's years (2012 for 2013–2017) for a change over it.
std::optional<Change> resolve_change(const std::optional<StatedChange>& stated, const std::optional<Period>& period);

}  // namespace cppcc::quantity
