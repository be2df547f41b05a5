// Segments one chunk: a run of ideographs, digits and letters between spaces
// and punctuation. Domain-lexicon matches, Arabic numbers and Latin runs are
// fixed first (no cut may fall inside them); a max-probability dynamic
// programme over the dictionaries then picks the cuts in between.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "cppcc/segment.h"
#include "segment/lexicon.h"

namespace cppcc::segment {

struct ChunkContext {
  const Lexicon& general;
  const Lexicon& domain;
  double log_total;  ///< ln of the frequency mass that word probabilities divide by
};

/// Reusable buffers so segmenting many chunks does not allocate each time.
struct ChunkScratch {
  std::vector<uint32_t> fixed_end;  ///< >0: a fixed span [i, fixed_end) starts at i
  std::vector<TokenType> fixed_type;
  std::vector<uint8_t> inside;      ///< 1: no cut allowed before this char
  std::vector<double> best;
  std::vector<uint32_t> next;
  std::vector<TokenType> next_type;
  std::vector<uint64_t> prefix_hash;  ///< [i * 3 + k]: hash of the k+1 characters from i
};

/// TEXT is the whole input; CPS its code points from chunk start, and OFFS
/// their byte offsets (OFFS[CPS.size()] is the chunk's end). Appends tokens.
void segment_chunk(const ChunkContext& ctx, std::string_view text, std::u32string_view cps,
                   const uint32_t* offs, ChunkScratch& scratch, std::vector<Token>* out);

}  // namespace cppcc::segment
