// The words and patterns that tell a report's shape (part roles, unnumbered
// part headings, date lines), read once from data/structure/*.tsv so the
// parser and the linter share one home for them.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "parse/uregex.h"

namespace cppcc::parse {

/// Part words (data/structure/part_words.tsv), one compiled pattern per role.
struct PartWords {
  Regex review, plan, five_year, conduct, reflective;
  Regex review_opening, year_opening, five_year_opening;
  Regex part_like;   ///< a numbered heading that names a part
  Regex unnumbered;  ///< a whole paragraph that is a part heading
  /// The words of a glossary heading (名词解释|注释 …), as a pattern to embed.
  std::string glossary_heading;
};

/// Date-line patterns (data/structure/date_lines.tsv).
struct DateLines {
  Regex date;       ///< groups 1-3: year, month, day
  Regex date_line;  ///< a paragraph that is only a date
};

const PartWords& part_words();
const DateLines& date_lines();

/// The non-empty, non-comment lines of a data file (CR stripped).
std::vector<std::string_view> data_lines(std::string_view file_content);

/// The patterns of ROLE in a ROLE<TAB>PATTERN file, joined with |.
std::string role_pattern(std::string_view file_content, std::string_view role);

}  // namespace cppcc::parse
