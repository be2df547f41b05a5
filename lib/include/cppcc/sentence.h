/// \file
/// Sentence splitting on 。！？； (and half-width .!?; after CJK), aware of
/// quotes and brackets: a 。 inside “…” does not end the outer sentence.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace cppcc {

struct SentenceRange {
  size_t begin = 0, end = 0;  ///< byte range, end includes the final mark
};

std::vector<SentenceRange> split_sentences(std::string_view text);

}  // namespace cppcc
