// Matching paired marks across a paragraph (and, for reflow slips, into the
// next one). Shared by P001 unmatched-pair and P002 misnested-pair.
#pragma once

#include <vector>

#include "lint/context.h"

namespace cppcc::linter {

struct PairProblem {
  enum Kind { kUnclosed, kUnopened, kMisnested } kind = kUnclosed;
  size_t para = 0;
  size_t index = 0;        ///< code point of the offending mark
  char32_t mark = 0;
  char32_t other = 0;      ///< for kMisnested: the inner mark still open
  size_t other_para = 0, other_index = 0;
};

std::vector<PairProblem> find_pair_problems(const Context& ctx);

/// The closing mark for OPEN, or 0 if OPEN is not an opening mark.
char32_t closing_of(char32_t open);

}  // namespace cppcc::linter
