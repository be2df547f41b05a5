// A word list with frequencies in an open-addressing hash table. Every proper
// prefix of a word is stored too (flag kPrefix) so a left-to-right walk over
// the text can stop as soon as no word can start that way.
//
// Keys are 64-bit FNV-1a fingerprints (no key bytes are stored or compared):
// one memory access per lookup, which is what makes the segmenter fast. With
// ~10^6 keys the chance of any false match is about 10^-7.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "cppcc/expected.h"

namespace cppcc::segment {

/// FNV-1a, extended one byte at a time during a walk.
inline constexpr uint64_t kHashSeed = 1469598103934665603ULL;
inline uint64_t hash_extend(uint64_t h, unsigned char byte) {
  return (h ^ byte) * 1099511628211ULL;
}
inline uint64_t hash_bytes(std::string_view s, uint64_t h = kHashSeed) {
  for (char c : s) h = hash_extend(h, static_cast<unsigned char>(c));
  return h;
}

class Lexicon {
 public:
  enum Flag : uint8_t { kWord = 1, kPrefix = 2, kDomain = 4 };
  /// Longest word in code points; longer entries are rejected as malformed.
  static constexpr size_t kMaxWordChars = 32;

  struct Entry {
    float log_freq = 0;  ///< ln(frequency) for words, 0 for pure prefixes
    uint8_t flags = 0;
  };

  explicit Lexicon(size_t expected_words = 1024);

  /// Parses CONTENT ("WORD [FREQ] [TAG]" per line, '#' comments) and adds its
  /// words; entries of a domain/user list get kDomain and are remembered for
  /// words(). NAME is used in errors ("NAME:LINE: message").
  Status load(std::string_view content, std::string_view name, bool domain, double default_freq);

  /// Adds or updates WORD (a later entry replaces the frequency).
  void add(std::string_view word, double freq, bool domain);

  /// Entry of the one-character key CP (a Basic Multilingual Plane character
  /// is found without hashing); flags 0 when absent.
  Entry find_char(char32_t cp, uint64_t hash) const {
    return cp < kDenseChars ? unpack(dense_data_[cp]) : find(hash);
  }
  /// Entry of the key whose hash_bytes() is HASH; flags 0 when absent.
  Entry find(uint64_t hash) const {
    const uint64_t fp = fingerprint(hash);
    size_t i = hash & mask_;
    while (true) {
      const uint64_t s = slot_data_[i];
      if ((s & ~kPayloadMask) == fp) return unpack(static_cast<uint32_t>(s & kPayloadMask));
      if (s == 0) return Entry{};
      i = (i + 1) & mask_;
    }
  }
  /// False when no key starts with CP (a small bitmap; true if unknown).
  bool may_start(char32_t cp) const {
    if (first_bits_.empty()) return true;
    const uint32_t b = cp & 0xFFFF;
    return (first_bits_[b >> 6] >> (b & 63)) & 1;
  }
  /// Starts loading the slot of HASH into the cache (a later find() is cheap).
  void prefetch(uint64_t hash) const { __builtin_prefetch(&slot_data_[hash & mask_]); }
  /// Entry of WORD; flags 0 when absent.
  Entry find(std::string_view word) const;

  /// Sum of the frequencies of all words (the DP normalises by it).
  double total_freq() const { return total_freq_; }
  size_t word_count() const { return words_; }
  /// The domain words, in the order they were added (duplicates removed).
  const std::vector<std::string>& domain_words() const { return domain_words_; }

  /// The table as bytes (a cache file), and back. from_bytes() keeps KEEPALIVE
  /// (the owner of BYTES, e.g. a memory mapping) alive and returns null when
  /// BYTES is not a table of this version. Domain words are not saved.
  std::string to_bytes() const;
  static std::shared_ptr<const Lexicon> from_bytes(std::string_view bytes,
                                                   std::shared_ptr<const void> keepalive);

 private:
  static constexpr char32_t kDenseChars = 0x10000;
  // A slot is one 64-bit word: a 40-bit fingerprint (high hash bits; the low
  // bits pick the slot) and a 24-bit payload: ln(freq) in 1/2048 steps and the
  // flags. Eight bytes a key keep the table small enough to stay in cache.
  static constexpr uint64_t kPayloadMask = 0xFFFFFF;
  static uint64_t fingerprint(uint64_t hash) { return (hash & ~kPayloadMask) | (uint64_t{1} << 24); }
  static uint32_t pack(Entry e) {
    const float q = e.log_freq < 0 ? 0 : e.log_freq * 2048.0f + 0.5f;
    return (static_cast<uint32_t>(q > 65535.0f ? 65535.0f : q) << 8) | e.flags;
  }
  static Entry unpack(uint32_t p) {
    return Entry{static_cast<float>(p >> 8) * (1.0f / 2048.0f), static_cast<uint8_t>(p & 0xFF)};
  }
  /// The slot of HASH, claimed if new.
  uint64_t& slot_for_insert(uint64_t hash);
  Entry get(uint64_t hash, char32_t first_cp, bool one_char) const {
    return one_char && first_cp < kDenseChars ? unpack(dense_[first_cp]) : find(hash);
  }
  void put(uint64_t hash, char32_t first_cp, bool one_char, Entry e);
  void grow();
  void sync_views() {
    slot_data_ = slots_.data();
    dense_data_ = dense_.data();
  }

  std::vector<uint64_t> slots_;
  std::vector<uint32_t> dense_;  ///< one-character keys of the BMP, by code point
  // Lookups go through these: they point into slots_/dense_ or into a mapping.
  const uint64_t* slot_data_ = nullptr;
  const uint32_t* dense_data_ = nullptr;
  std::shared_ptr<const void> keepalive_;
  size_t mask_ = 0;
  size_t used_ = 0;
  size_t words_ = 0;
  double total_freq_ = 0;
  std::vector<std::string> domain_words_;
  std::vector<uint64_t> hashes_;
  std::vector<uint64_t> first_bits_;  ///< first code points of keys (low 16 bits)  ///< full hash of every slot key, to grow the table
};

}  // namespace cppcc::segment
