// Sequence labels as written (一、 （一） 1. （1）) at the start of every
// paragraph, and the tail headings after which numbering starts afresh. The
// outline (structure.cc) keeps only labels that continue a sequence; the lint
// rules need every label, including the ones that break it.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "cppcc/report.h"
#include "parse/context.h"

namespace cppcc::parse {

/// The label opening TEXT (paragraph PARA), if any; SPAN is left empty.
std::optional<SectionLabel> read_label(std::string_view text, size_t para);

/// Every label of every paragraph of CTX, in order, except the items of GLOSSARY.
std::vector<SectionLabel> read_labels(const ParseContext& ctx, const std::vector<GlossaryEntry>& glossary);

}  // namespace cppcc::parse
