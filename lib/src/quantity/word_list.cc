#include "quantity/word_list.h"

#include <algorithm>

namespace cppcc::quantity {

namespace {

/// Byte length of the UTF-8 sequence led by C (1 for a stray byte).
size_t sequence_length(unsigned char c) {
  return c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 1;
}

/// The raw bytes of S[B, B + N) packed into a key (N ≤ 4). UTF-8 lead bytes
/// tell the length, so the keys of different code points never collide and
/// nothing needs decoding.
uint32_t pack(std::string_view s, size_t b, size_t n) {
  uint32_t key = 0;
  for (size_t k = 0; k < n; ++k) key = key << 8 | static_cast<unsigned char>(s[b + k]);
  return key;
}

/// Key of the code point starting at S[POS]; false past the end.
bool key_at(std::string_view s, size_t pos, uint32_t* key) {
  if (pos >= s.size()) return false;
  size_t n = std::min(sequence_length(static_cast<unsigned char>(s[pos])), s.size() - pos);
  *key = pack(s, pos, n);
  return true;
}

/// Key of the code point ending at S[POS]; false at the start.
bool key_before(std::string_view s, size_t pos, uint32_t* key) {
  if (pos == 0 || pos > s.size()) return false;
  size_t b = pos - 1;
  while (b > 0 && pos - b < 4 && (static_cast<unsigned char>(s[b]) & 0xC0) == 0x80) --b;
  *key = pack(s, b, pos - b);
  return true;
}

const std::vector<uint32_t> kNone;

}  // namespace

WordList::WordList(std::vector<std::string> words) : words_(std::move(words)) {
  std::stable_sort(words_.begin(), words_.end(),
                   [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  for (uint32_t i = 0; i < words_.size(); ++i) {
    const std::string& w = words_[i];
    uint32_t key = 0;
    if (key_at(w, 0, &key)) {
      by_first_[key].push_back(i);
      may_start_.set(filter_slot(key));
    }
    if (key_before(w, w.size(), &key)) {
      by_last_[key].push_back(i);
      may_end_.set(filter_slot(key));
    }
  }
}

const std::vector<uint32_t>& WordList::starting_with(std::string_view s, size_t pos) const {
  uint32_t key = 0;
  if (!key_at(s, pos, &key) || !may_start_.test(filter_slot(key))) return kNone;
  auto it = by_first_.find(key);
  return it == by_first_.end() ? kNone : it->second;
}

const std::vector<uint32_t>& WordList::ending_with(std::string_view s, size_t pos) const {
  uint32_t key = 0;
  if (!key_before(s, pos, &key) || !may_end_.test(filter_slot(key))) return kNone;
  auto it = by_last_.find(key);
  return it == by_last_.end() ? kNone : it->second;
}

const std::string* WordList::at(std::string_view s, size_t pos) const {
  for (uint32_t i : starting_with(s, pos)) {
    const std::string& w = words_[i];
    if (s.size() - pos >= w.size() && s.compare(pos, w.size(), w) == 0) return &w;
  }
  return nullptr;
}

const std::string* WordList::before(std::string_view s, size_t pos) const {
  for (uint32_t i : ending_with(s, pos)) {
    const std::string& w = words_[i];
    if (pos >= w.size() && s.compare(pos - w.size(), w.size(), w) == 0) return &w;
  }
  return nullptr;
}

}  // namespace cppcc::quantity
