// The outline a linter needs, found by pattern on the reflowed paragraphs:
// numbered labels per level, part headings, the glossary, the date line.
// Lint sees the labels as written (the parser normalises them away).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "cppcc/reflow.h"
#include "lint/scan.h"

namespace cppcc::linter {

class Context;

/// 0 = 一、  1 = （一）  2 = 1.  3 = （1）
struct Label {
  size_t paragraph = 0;
  int level = 0;
  int number = 0;
  size_t begin = 0, end = 0;  ///< paragraph bytes of the label (mark after it included)
  std::string form;           ///< the label's shape without its number, e.g. "、", "（）", "．"
  bool standalone = false;    ///< the paragraph is the label and one short heading only
};

struct PartHeading {
  size_t paragraph = 0;
  std::optional<int> year;
  size_t year_begin = 0, year_end = 0;  ///< paragraph bytes of "2024年"
  enum Kind { kReview, kPlan, kUnknown } kind = kUnknown;
  bool numbered = false;  ///< carries an 一、 label (parts are level 0)
};

struct GlossaryItem {
  size_t paragraph = 0;
  int number = 0;
  size_t label_begin = 0, label_end = 0;  ///< paragraph bytes of "1."
  size_t term_begin = 0, term_end = 0;    ///< paragraph bytes of the term
  std::string key;                        ///< what must appear in the body (quoted part of the term)
};

struct DateLine {
  size_t begin = 0, end = 0;  ///< text() bytes of "2025年2月25日" (found on the source lines)
  int year = 0, month = 0, day = 0;
};

struct Outline {
  std::vector<Label> labels;              ///< in order; glossary items excluded
  std::vector<PartHeading> parts;         ///< in order
  /// Paragraphs where numbering of level 0 starts afresh (parts, 附件, 名词解释).
  std::vector<size_t> boundaries;
  std::vector<GlossaryItem> glossary;
  size_t glossary_first = 0, glossary_last = 0;  ///< paragraph range [first, last] when glossary non-empty
  std::optional<size_t> glossary_heading;
  std::optional<DateLine> date;
  std::optional<size_t> annex_start;  ///< first 附件 heading: annexes are lists, not the report
};

Outline build_outline(const Context& ctx);

/// Parses a label at the start of paragraph code points; nullopt if none.
std::optional<Label> parse_label(const std::vector<CodePoint>& cps);

}  // namespace cppcc::linter
