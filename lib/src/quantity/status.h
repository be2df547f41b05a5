// What a figure is: an outcome, a target (a commitment of the plan), a
// forecast (预计今年高校毕业生超过1170万人) or a threshold that defines or
// bounds who or what is meant (60岁以上老年人, 30万千瓦以下机组, 24小时在线监控).
#pragma once

#include <string>
#include <string_view>

#include "cppcc/quantity.h"
#include "quantity/lexicon.h"

namespace cppcc::quantity {

/// The status of Q in PARAGRAPH. CLAUSE_BEGIN starts Q's clause; PAST says the
/// clause has a past marker (去年, 已); IN_PLAN that the paragraph is in the plan part.
std::string figure_status(std::string_view paragraph, const QuantityMatch& q, size_t clause_begin, bool past,
                          bool in_plan, const Lexicon& lex);

}  // namespace cppcc::quantity
