// The glossary (名词解释 / 注释): numbered items N.“term”：definition after the
// closing, its heading before or after the items, each term linked to its
// uses in the body.
#pragma once

#include <vector>

#include "cppcc/report.h"
#include "parse/context.h"
#include "parse/uregex.h"

namespace cppcc::parse {

std::vector<GlossaryEntry> read_glossary(const ParseContext& ctx);

/// Headings of annexes (附件…) and glossaries (名词解释, 名词注释, 注释) in any paragraph.
std::vector<TailHeading> read_tail_headings(const ParseContext& ctx);

/// The start of a tail heading: an annex (group 1: 附件, 附件1：…名单) or a
/// glossary (名词解释; the words of data/structure/part_words.tsv "glossary_heading").
const Regex& tail_heading_re();

/// The phrases to look for in the body for ENTRY: each quoted piece of what
/// is written before the colon, else the whole term.
std::vector<std::string> glossary_keys(const GlossaryEntry& entry);

}  // namespace cppcc::parse
