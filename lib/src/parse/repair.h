// Repairs to the reflowed paragraphs where line joining guessed wrong around
// headings: a heading glued to the text after it (short lines taken for a
// hard wrap), or a wrapped heading left in two pieces.
#pragma once

#include <vector>

#include "cppcc/reflow.h"
#include "cppcc/text.h"

namespace cppcc::parse {

/// Splits paragraphs before and after heading lines that are not full
/// wrapped lines, then joins heading paragraphs with their wrapped tail.
std::vector<Paragraph> repair_headings(const SourceText& src, std::vector<Paragraph> paras);

}  // namespace cppcc::parse
