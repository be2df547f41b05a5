#include "segment/lexicon.h"

#include <charconv>
#include <cmath>
#include <cstring>

#include "segment/char_class.h"

namespace cppcc::segment {

Lexicon::Lexicon(size_t expected_words) {
  size_t cap = 1024;
  // Words plus their prefixes, at most half full.
  while (cap < expected_words * 2) cap <<= 1;
  slots_.resize(cap);
  mask_ = cap - 1;
  sync_views();
}

Lexicon::Slot& Lexicon::insert_slot(uint64_t hash, uint32_t offset, uint8_t length, bool* inserted) {
  const uint32_t tag = tag_of(hash);
  size_t i = hash & mask_;
  while (true) {
    Slot& s = slots_[i];
    if (s.tag == 0) {
      s.tag = tag;
      s.offset = offset;
      s.length = length;
      ++used_;
      *inserted = true;
      return s;
    }
    if (s.tag == tag && s.length == length &&
        std::memcmp(arena_.data() + s.offset, arena_.data() + offset, length) == 0) {
      *inserted = false;
      return s;
    }
    i = (i + 1) & mask_;
  }
}

namespace {
struct BlobHeader {
  char magic[8];
  uint64_t slots, arena, words;
  double total_freq;
};
constexpr char kMagic[8] = {'C', 'P', 'L', 'E', 'X', '0', '0', '1'};
}  // namespace

std::string Lexicon::to_bytes() const {
  BlobHeader h{};
  std::memcpy(h.magic, kMagic, sizeof kMagic);
  h.slots = mask_ + 1;
  h.arena = arena_.size();
  h.words = words_;
  h.total_freq = total_freq_;
  std::string out(reinterpret_cast<const char*>(&h), sizeof h);
  out.append(reinterpret_cast<const char*>(slot_data_), (mask_ + 1) * sizeof(Slot));
  out.append(arena_);
  return out;
}

std::shared_ptr<const Lexicon> Lexicon::from_bytes(std::string_view bytes,
                                                   std::shared_ptr<const void> keepalive) {
  BlobHeader h{};
  if (bytes.size() < sizeof h) return nullptr;
  std::memcpy(&h, bytes.data(), sizeof h);
  if (std::memcmp(h.magic, kMagic, sizeof kMagic) != 0 || h.slots == 0 || (h.slots & (h.slots - 1)) != 0 ||
      bytes.size() != sizeof h + h.slots * sizeof(Slot) + h.arena) {
    return nullptr;
  }
  auto lex = std::make_shared<Lexicon>(0);
  lex->slots_.clear();
  lex->slots_.shrink_to_fit();
  lex->slot_data_ = reinterpret_cast<const Slot*>(bytes.data() + sizeof h);
  lex->arena_data_ = bytes.data() + sizeof h + h.slots * sizeof(Slot);
  lex->mask_ = h.slots - 1;
  lex->used_ = 0;
  lex->words_ = h.words;
  lex->total_freq_ = h.total_freq;
  lex->keepalive_ = std::move(keepalive);
  return lex;
}

void Lexicon::grow() {
  std::vector<Slot> old;
  old.swap(slots_);
  slots_.assign(old.size() * 2, Slot{});
  mask_ = slots_.size() - 1;
  for (const Slot& s : old) {
    if (s.tag == 0) continue;
    uint64_t h = hash_bytes(std::string_view(arena_.data() + s.offset, s.length));
    size_t i = h & mask_;
    while (slots_[i].tag != 0) i = (i + 1) & mask_;
    slots_[i] = s;
  }
  sync_views();
}

void Lexicon::add(std::string_view word, double freq, bool domain) {
  if (word.empty() || word.size() > 255) return;
  const auto offset = static_cast<uint32_t>(arena_.size());
  arena_.append(word);
  arena_data_ = arena_.data();
  uint64_t h = kHashSeed;
  size_t i = 0;
  while (i < word.size()) {
    size_t len = 1;
    decode_utf8(word, i, &len);
    for (size_t k = 0; k < len; ++k) h = hash_extend(h, static_cast<unsigned char>(word[i + k]));
    i += len;
    if ((used_ + 1) * 10 > slots_.size() * 7) grow();
    bool inserted = false;
    Slot& s = insert_slot(h, offset, static_cast<uint8_t>(i), &inserted);
    if (i < word.size()) {
      s.entry.flags |= kPrefix;
    } else {
      if (s.entry.flags & kWord) {
        total_freq_ -= std::exp(static_cast<double>(s.entry.log_freq));
      } else {
        ++words_;
      }
      s.entry.flags |= kWord;
      if (domain) s.entry.flags |= kDomain;
      s.entry.log_freq = static_cast<float>(std::log(freq));
      total_freq_ += freq;
    }
  }
}

const Lexicon::Entry* Lexicon::find(uint64_t hash, const char* p, size_t len) const {
  if (len > 255) return nullptr;
  const uint32_t tag = tag_of(hash);
  size_t i = hash & mask_;
  while (true) {
    const Slot& s = slot_data_[i];
    if (s.tag == 0) return nullptr;
    if (s.tag == tag && s.length == len && std::memcmp(arena_data_ + s.offset, p, len) == 0) {
      return &s.entry;
    }
    i = (i + 1) & mask_;
  }
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
  size_t pos = 0;
  arena_.reserve(arena_.size() + content.size() / 2);
  while (pos < content.size()) {
    size_t nl = content.find('\n', pos);
    if (nl == std::string_view::npos) nl = content.size();
    std::string_view line = content.substr(pos, nl - pos);
    pos = nl + 1;
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
