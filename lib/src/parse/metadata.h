// Metadata from the title block and the opening sentence: genre, committee,
// level, region, term (届), session (第N次会议), date, speaker. Nothing is
// guessed: a field stays empty unless the text states it.
#pragma once

#include "cppcc/report.h"
#include "parse/context.h"

namespace cppcc::parse {

/// Reads what the front matter and opening paragraphs of CTX say. The years
/// (review_year, plan_year) are filled later from the parts.
Metadata read_metadata(const ParseContext& ctx);

/// The date line of the front matter, as written (for lint: also an impossible day).
std::optional<DateLine> read_date_line(const ParseContext& ctx);

/// The paragraph that says 我代表…向大会报告工作 (the opening), if any.
std::optional<size_t> representation_paragraph(const ParseContext& ctx);

}  // namespace cppcc::parse
