#include "segment/lexicon.h"

#include <charconv>
#include <cmath>
#include <cstring>

#include "cppcc/data.h"
#include "segment/char_class.h"

namespace cppcc::segment {

Lexicon::Lexicon(size_t expected_words) : dense_(kDenseChars), first_bits_(0x10000 / 64) {
  size_t cap = 1024;
  // Words plus their prefixes (about 1.6 keys a word), at most 70% full.
  while (cap < expected_words * 2) cap <<= 1;
  slots_.resize(cap);
  mask_ = cap - 1;
  sync_views();
}

uint64_t& Lexicon::slot_for_insert(uint64_t hash) {
  if ((used_ + 1) * 10 > slots_.size() * 7) grow();
  const uint64_t fp = fingerprint(hash);
  size_t i = hash & mask_;
  while (slots_[i] != 0 && (slots_[i] & ~kPayloadMask) != fp) i = (i + 1) & mask_;
  if (slots_[i] == 0) {
    slots_[i] = fp;
    hashes_.push_back(hash);
    ++used_;
  }
  return slots_[i];
}

void Lexicon::put(uint64_t hash, char32_t first_cp, bool one_char, Entry e) {
  if (one_char && first_cp < kDenseChars) {
    dense_[first_cp] = pack(e);
  } else {
    uint64_t& slot = slot_for_insert(hash);
    slot = (slot & ~kPayloadMask) | pack(e);
  }
}

void Lexicon::grow() {
  // A slot keeps only part of its hash, so the full hashes are kept aside.
  std::vector<uint64_t> old;
  old.swap(slots_);
  const size_t old_mask = mask_;
  slots_.assign(old.size() * 2, 0);
  mask_ = slots_.size() - 1;
  for (uint64_t h : hashes_) {
    const uint64_t fp = fingerprint(h);
    size_t j = h & old_mask;
    while ((old[j] & ~kPayloadMask) != fp) j = (j + 1) & old_mask;
    size_t i = h & mask_;
    while (slots_[i] != 0) i = (i + 1) & mask_;
    slots_[i] = old[j];
  }
  sync_views();
}

void Lexicon::add(std::string_view word, double freq, bool domain) {
  if (word.empty()) return;
  uint64_t h = kHashSeed;
  size_t i = 0;
  char32_t first = 0;
  while (i < word.size()) {
    size_t len = 1;
    const char32_t cp = decode_utf8(word, i, &len);
    if (i == 0) {
      first = cp;
      first_bits_[(cp & 0xFFFF) >> 6] |= uint64_t{1} << (cp & 63);
    }
    const bool one_char = i == 0;
    for (size_t k = 0; k < len; ++k) h = hash_extend(h, static_cast<unsigned char>(word[i + k]));
    i += len;
    Entry e = get(h, first, one_char);
    if (i < word.size()) {
      e.flags |= kPrefix;
    } else {
      if (e.flags & kWord) {
        total_freq_ -= std::exp(static_cast<double>(e.log_freq));
      } else {
        ++words_;
        if (domain) domain_words_.emplace_back(word);
      }
      e.flags |= kWord;
      if (domain) e.flags |= kDomain;
      e.log_freq = static_cast<float>(std::log(freq));
      total_freq_ += freq;
    }
    put(h, first, one_char, e);
  }
}

Lexicon::Entry Lexicon::find(std::string_view word) const {
  if (word.empty()) return Entry{};
  size_t len = 1;
  const char32_t cp = decode_utf8(word, 0, &len);
  return get(hash_bytes(word), cp, len == word.size());
}

namespace {
struct BlobHeader {
  char magic[8];
  uint64_t slots, words;
  double total_freq;
};
constexpr char kMagic[8] = {'C', 'P', 'L', 'E', 'X', '0', '0', '3'};
}  // namespace

std::string Lexicon::to_bytes() const {
  BlobHeader h{};
  std::memcpy(h.magic, kMagic, sizeof kMagic);
  h.slots = mask_ + 1;
  h.words = words_;
  h.total_freq = total_freq_;
  std::string out(reinterpret_cast<const char*>(&h), sizeof h);
  out.append(reinterpret_cast<const char*>(dense_data_), kDenseChars * sizeof(uint32_t));
  out.append(reinterpret_cast<const char*>(slot_data_), (mask_ + 1) * sizeof(uint64_t));
  return out;
}

std::shared_ptr<const Lexicon> Lexicon::from_bytes(std::string_view bytes,
                                                   std::shared_ptr<const void> keepalive) {
  BlobHeader h{};
  if (bytes.size() < sizeof h) return nullptr;
  std::memcpy(&h, bytes.data(), sizeof h);
  if (std::memcmp(h.magic, kMagic, sizeof kMagic) != 0 || h.slots == 0 || (h.slots & (h.slots - 1)) != 0 ||
      bytes.size() != sizeof h + kDenseChars * sizeof(uint32_t) + h.slots * sizeof(uint64_t)) {
    return nullptr;
  }
  auto lex = std::make_shared<Lexicon>(0);
  lex->slots_ = {};
  lex->dense_ = {};
  lex->first_bits_ = {};
  lex->dense_data_ = reinterpret_cast<const uint32_t*>(bytes.data() + sizeof h);
  lex->slot_data_ = reinterpret_cast<const uint64_t*>(bytes.data() + sizeof h + kDenseChars * sizeof(uint32_t));
  lex->mask_ = h.slots - 1;
  lex->words_ = h.words;
  lex->total_freq_ = h.total_freq;
  lex->keepalive_ = std::move(keepalive);
  return lex;
}

namespace {

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

std::string_view next_field(std::string_view line, size_t* pos) {
  while (*pos < line.size() && is_blank(line[*pos])) ++*pos;
  size_t start = *pos;
  while (*pos < line.size() && !is_blank(line[*pos])) ++*pos;
  return line.substr(start, *pos - start);
}

// Checks a word is valid UTF-8, has no control characters and is not too long.
const char* word_problem(std::string_view w) {
  size_t i = 0, chars = 0;
  while (i < w.size()) {
    size_t len = 1;
    char32_t cp = decode_utf8(w, i, &len);
    if (cp == 0xFFFD && len == 1) return "invalid UTF-8 in word";
    if (cp < 0x20 || cp == 0x7F) return "control character in word";
    i += len;
    ++chars;
  }
  if (chars > Lexicon::kMaxWordChars) return "word longer than 32 characters";
  return nullptr;
}

}  // namespace

Status Lexicon::load(std::string_view content, std::string_view name, bool domain,
                     double default_freq) {
  if (content.size() >= 3 && content.substr(0, 3) == "\xEF\xBB\xBF") content.remove_prefix(3);
  size_t line_no = 0;
  for (std::string_view line : data_lines(content)) {
    ++line_no;
    size_t f = 0;
    std::string_view word = next_field(line, &f);
    if (word.empty() || word[0] == '#') continue;
    auto fail = [&](const std::string& why) {
      return make_error(ErrorCode::kData, std::string(name) + ":" + std::to_string(line_no) + ": " + why);
    };
    if (const char* problem = word_problem(word)) return fail(std::string(problem) + " '" + std::string(word) + "'");
    double freq = default_freq;
    std::string_view freq_field = next_field(line, &f);
    if (!freq_field.empty() && freq_field[0] != '#') {
      uint64_t n = 0;
      auto [end, ec] = std::from_chars(freq_field.data(), freq_field.data() + freq_field.size(), n);
      if (ec != std::errc() || end != freq_field.data() + freq_field.size()) {
        // The frequency may be left out and a tag given directly ("江门 ns").
        bool is_tag = true;
        for (char c : freq_field) {
          if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_')) is_tag = false;
        }
        if (!is_tag) return fail("frequency '" + std::string(freq_field) + "' is not a whole number");
      } else if (n == 0) {
        return fail("frequency must be at least 1");
      } else {
        freq = static_cast<double>(n);
      }
    }
    add(word, freq, domain);
  }
  return Ok{};
}

}  // namespace cppcc::segment
