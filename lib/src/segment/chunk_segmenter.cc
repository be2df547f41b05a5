#include "segment/chunk_segmenter.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "segment/char_class.h"
#include "segment/number_scan.h"

namespace cppcc::segment {
namespace {

// Fixed spans (numbers, Latin runs) and numerals score like a common word,
// so a longer dictionary word that contains them can still win.
constexpr double kNumberLogFreq = 8.0;

// Keys of 2..kPrefetchChars characters are prefetched (see segment_chunk).
constexpr size_t kPrefetchChars = 3;

// Calls F(end, entry) for every word of LEX that starts at char I of the chunk.
// The hashes of the first kPrefetchChars characters come from the scratch
// (segment_chunk computed them once for its prefetch); longer keys go on from there.
template <class F>
void walk(const Lexicon& lex, const ChunkScratch& s, std::string_view text, std::u32string_view cps,
          const uint32_t* offs, size_t i, F f) {
  uint64_t h = kHashSeed;
  for (size_t j = i; j < cps.size() && j - i < Lexicon::kMaxWordChars; ++j) {
    const size_t k = j - i;
    if (k < kPrefetchChars) {
      h = s.prefix_hash[i * kPrefetchChars + k];
    } else {
      for (uint32_t b = offs[j]; b < offs[j + 1]; ++b) h = hash_extend(h, static_cast<unsigned char>(text[b]));
    }
    const Lexicon::Entry e = k == 0 ? lex.find_char(cps[j], h) : lex.find(h);
    if (e.flags == 0) return;
    if (e.flags & Lexicon::kWord) f(j + 1, e);
  }
}

void mark_fixed(ChunkScratch& s, size_t begin, size_t end, TokenType type) {
  s.fixed_end[begin] = static_cast<uint32_t>(end);
  s.fixed_type[begin] = type;
  for (size_t k = begin + 1; k < end; ++k) s.inside[k] = 1;
}

bool is_free(const ChunkScratch& s, size_t begin, size_t end) {
  for (size_t k = begin; k < end; ++k) {
    if (s.fixed_end[k] != 0 || s.inside[k]) return false;
  }
  return true;
}

}  // namespace

void segment_chunk(const ChunkContext& ctx, std::string_view text, std::u32string_view cps,
                   const uint32_t* offs, ChunkScratch& s, std::vector<Token>* out) {
  const size_t n = cps.size();
  s.fixed_end.assign(n + 1, 0);
  s.fixed_type.assign(n + 1, TokenType::kWord);
  s.inside.assign(n + 1, 0);

  // The general dictionary is large and its lookups miss the cache: ask for
  // the slot of every two- and three-character key now, so those memory
  // accesses run in parallel with the passes below instead of one after
  // another in the DP. The hashes are kept for the walks.
  s.prefix_hash.resize(n * kPrefetchChars);
  for (size_t i = 0; i < n; ++i) {
    uint64_t h = kHashSeed;
    for (size_t j = i; j < n && j < i + kPrefetchChars; ++j) {
      for (uint32_t b = offs[j]; b < offs[j + 1]; ++b) h = hash_extend(h, static_cast<unsigned char>(text[b]));
      s.prefix_hash[i * kPrefetchChars + (j - i)] = h;
      if (j > i) ctx.general.prefetch(h);
    }
  }

  // 1. Domain terms win: no cut may fall inside any occurrence of one.
  // Overlapping occurrences (江门市 + 市政协) merge into one fixed span, so
  // every domain term in the text comes out whole.
  size_t span_begin = 0, span_end = 0;
  for (size_t i = 0; i < n; ++i) {
    if (!ctx.domain.may_start(cps[i])) continue;
    size_t longest = 0;
    walk(ctx.domain, s, text, cps, offs, i, [&](size_t end, const Lexicon::Entry& e) {
      if (e.flags & Lexicon::kDomain) longest = end;
    });
    if (longest <= i + 1) continue;
    if (i < span_end) {
      span_end = std::max(span_end, longest);
    } else {
      if (span_end > span_begin) mark_fixed(s, span_begin, span_end, TokenType::kWord);
      span_begin = i;
      span_end = longest;
    }
  }
  if (span_end > span_begin) mark_fixed(s, span_begin, span_end, TokenType::kWord);
  // 2. Arabic numbers and Latin runs, where no domain term sits.
  for (size_t i = 0; i < n;) {
    if (s.fixed_end[i] != 0) {
      i = s.fixed_end[i];
      continue;
    }
    CharClass c = classify(cps[i]);
    size_t end = i;
    TokenType type = TokenType::kNumber;
    if (c == CharClass::kLatin || c == CharClass::kDigit) {
      size_t num = scan_arabic_number(cps, i);
      if (num > 0) {
        end = i + num;
      } else {
        type = TokenType::kLatin;
        end = i;
        while (end < n && (classify(cps[end]) == CharClass::kLatin || classify(cps[end]) == CharClass::kDigit)) ++end;
      }
    } else if (c != CharClass::kHan) {
      // A joiner or % that is not part of a number, or anything else: alone.
      end = i + 1;
      type = classify(cps[i]) == CharClass::kPunct ? TokenType::kPunct : TokenType::kOther;
    }
    if (end > i) {
      // Shorten at the first domain term so the domain term stays whole.
      size_t stop = i;
      while (stop < end && s.fixed_end[stop] == 0 && !s.inside[stop]) ++stop;
      if (stop > i) mark_fixed(s, i, stop, type);
      i = std::max(stop, i + 1);
    } else {
      ++i;
    }
  }

  // 3. Max-probability path, right to left.
  s.best.assign(n + 1, -std::numeric_limits<double>::infinity());
  s.next.assign(n + 1, 0);
  s.next_type.assign(n + 1, TokenType::kWord);
  s.best[n] = 0;
  const double oov = -ctx.log_total;
  for (size_t ii = n; ii-- > 0;) {
    if (s.inside[ii]) continue;
    const size_t i = ii;
    double best = -std::numeric_limits<double>::infinity();
    uint32_t best_end = 0;
    TokenType best_type = TokenType::kWord;
    auto consider = [&](size_t end, double logp, TokenType type) {
      if (end > n || s.inside[end]) return;
      double score = logp + s.best[end];
      if (score > best) {
        best = score;
        best_end = static_cast<uint32_t>(end);
        best_type = type;
      }
    };
    if (s.fixed_end[i] != 0) {
      consider(s.fixed_end[i], kNumberLogFreq - ctx.log_total, s.fixed_type[i]);
    } else {
      consider(i + 1, oov, classify(cps[i]) == CharClass::kHan ? TokenType::kWord : TokenType::kOther);
    }
    walk(ctx.general, s, text, cps, offs, i, [&](size_t end, const Lexicon::Entry& e) {
      consider(end, e.log_freq - ctx.log_total, TokenType::kWord);
    });
    if (size_t num = scan_chinese_number(cps, i); num > 0 && is_free(s, i + 1, i + num)) {
      consider(i + num, kNumberLogFreq - ctx.log_total, TokenType::kNumber);
    }
    s.best[i] = best;
    s.next[i] = best_end;
    s.next_type[i] = best_type;
  }
  for (size_t i = 0; i < n;) {
    size_t end = s.next[i];
    if (end <= i) end = i + 1;  // unreachable: a path always exists
    out->push_back(Token{offs[i], offs[end], s.next_type[i]});
    i = end;
  }
}

}  // namespace cppcc::segment
