// Numbered formulations (“两个确立”, “1+6+3”, 三会一课): the known ones from
// data/formulations.txt and unseen ones recognised by their shape.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "cppcc/report.h"
#include "parse/context.h"

namespace cppcc::parse {

/// One row of data/formulations.txt, the one formulation table.
struct KnownFormulation {
  std::string text;
  bool quoted_only = false;  ///< short or ambiguous: count only inside “” (MATCH = quoted)
  bool local = false;        ///< a local code a glossary should define (SCOPE = local)
};

/// Parses data/formulations.txt: TEXT [TAB MATCH [TAB SCOPE]], '#' comments.
std::vector<KnownFormulation> parse_formulation_list(std::string_view content);

struct FormulationResult {
  std::vector<Formulation> formulations;
  /// Per paragraph: byte ranges (quotes included) that quantities must skip.
  std::vector<std::vector<std::pair<size_t, size_t>>> excluded;
};

/// Finds formulations in the body and tail paragraphs of CTX; GLOSSARY says
/// which are defined.
FormulationResult find_formulations(const ParseContext& ctx, const std::vector<KnownFormulation>& known,
                                    const std::vector<GlossaryEntry>& glossary);

}  // namespace cppcc::parse
