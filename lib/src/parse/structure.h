// The report's skeleton: parts, their numbered sections and subsections,
// and where every body paragraph sits in it. Levels are assigned by role:
// unnumbered year headings or 一、 headings that read like parts become parts,
// and the next numbering scheme present inside each part becomes its sections.
#pragma once

#include <optional>
#include <utility>
#include <vector>

#include "cppcc/report.h"
#include "parse/context.h"

namespace cppcc::parse {

/// Where a paragraph sits: part index (-1 before the first part), index of
/// the top-level section in that part (-1 if none), and the index path to
/// the deepest (sub)section holding it.
struct Place {
  int part = -1;
  int section = -1;
  std::vector<int> path;
};

struct Structure {
  std::vector<Part> parts;
  std::vector<Place> place;                          ///< one per paragraph
  std::vector<bool> heading;                         ///< paragraph starts with a heading
  std::vector<std::pair<size_t, size_t>> label;      ///< per paragraph: label bytes (empty if none)
  std::vector<std::pair<size_t, size_t>> heading_text;  ///< per paragraph: label + heading bytes
};

/// Finds parts and sections in the body paragraphs of CTX. REPORT_YEAR is the
/// year the report is given in, when known (to read 今年 / 过去一年 and to tell
/// the five-year review from the five-year plan); MD gives the genre (a
/// proposal report's parts are read with its own words).
Structure build_structure(const ParseContext& ctx, std::optional<int> report_year, const Metadata& md);

/// The section at PATH inside PART (PATH as in Place::path).
Section* section_at(Part& part, const std::vector<int>& path);

}  // namespace cppcc::parse
