// The rule data of data/rules/, parsed once (embedded in the library).
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

namespace cppcc::linter {

/// data/rules/formulations.tsv: a wrong variant and its canonical form, with
/// the months (YYYYMM, 0 = open) between which the row applies.
struct FormulationRule {
  std::string wrong, canonical;
  int from = 0, to = 0;
  bool fix = false;
  std::string note;
};
const std::vector<FormulationRule>& formulation_rules();

/// data/rules/quoted_slogans.tsv: slogans that take quotation marks (quote = true) or none.
struct SloganRule {
  std::string slogan;
  bool quote = true;
};
const std::vector<SloganRule>& slogan_rules();

/// data/rules/traditional_simplified.tsv: traditional → simplified, one character each.
const std::unordered_map<char32_t, char32_t>& traditional_to_simplified();
const std::unordered_map<char32_t, char32_t>& simplified_to_traditional();

/// data/rules/canonical_formulations.txt: a standard formulation of at least
/// seven characters, as code points, and whether usage puts a 的 inside it
/// (中华民族的伟大复兴) without making it wrong.
struct CanonicalFormulation {
  std::u32string text;
  bool takes_de = false;
};
const std::vector<CanonicalFormulation>& canonical_formulations();

/// Lines of data/NAME split on tabs, skipping blanks and # comments.
std::vector<std::vector<std::string>> read_tsv(std::string_view name);

/// The surfaces of the unit table data/units.tsv (the quantity extractor's), as code points.
const std::vector<std::u32string>& unit_surfaces();

}  // namespace cppcc::linter
