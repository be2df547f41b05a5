// A word list with frequencies in an open-addressing hash table. Every proper
// prefix of a word is stored too (flag kPrefix) so a left-to-right walk over
// the text can stop as soon as no word can start that way.
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
  /// words; entries from a domain/user list get kDomain. NAME is used in errors
  /// ("NAME:LINE: message").
  Status load(std::string_view content, std::string_view name, bool domain,
              double default_freq);

  /// Adds or updates WORD (a later entry replaces the frequency).
  void add(std::string_view word, double freq, bool domain);

  /// Looks up the bytes P[0, LEN) whose hash_bytes() is HASH.
  const Entry* find(uint64_t hash, const char* p, size_t len) const;
  const Entry* find(std::string_view word) const { return find(hash_bytes(word), word.data(), word.size()); }

  /// Sum of the frequencies of all words (the DP normalises by it).
  double total_freq() const { return total_freq_; }
  size_t word_count() const { return words_; }
  /// Calls F(word) for every domain word.
  template <class F>
  void for_each_domain_word(F f) const {
    for (size_t i = 0; i <= mask_; ++i) {
      const Slot& s = slot_data_[i];
      if (s.tag != 0 && (s.entry.flags & kDomain) && (s.entry.flags & kWord)) {
        f(std::string_view(arena_data_ + s.offset, s.length));
      }
    }
  }

  /// The table as bytes (a cache file), and back. from_bytes() keeps KEEPALIVE
  /// (the owner of BYTES, e.g. a memory mapping) and returns null when BYTES
  /// is not a table of this version.
  std::string to_bytes() const;
  static std::shared_ptr<const Lexicon> from_bytes(std::string_view bytes, std::shared_ptr<const void> keepalive);

 private:
  struct Slot {
    uint32_t tag = 0;  ///< high bits of the hash, never 0 when used
    uint32_t offset = 0;
    uint8_t length = 0;
    Entry entry;
  };
  static uint32_t tag_of(uint64_t h) { return static_cast<uint32_t>(h >> 32) | 1u; }
  Slot& insert_slot(uint64_t hash, uint32_t offset, uint8_t length, bool* inserted);
  void grow();

  void sync_views() {
    slot_data_ = slots_.data();
    arena_data_ = arena_.data();
  }

  std::vector<Slot> slots_;
  // Lookups go through these: they point into slots_/arena_ or into a mapping.
  const Slot* slot_data_ = nullptr;
  const char* arena_data_ = nullptr;
  std::shared_ptr<const void> keepalive_;
  size_t mask_ = 0;
  size_t used_ = 0;
  size_t words_ = 0;
  double total_freq_ = 0;
  std::string arena_;  ///< key bytes; prefixes point into their word
};

}  // namespace cppcc::segment
