#include "parse/search.h"

#include <cctype>

#include "cppcc/text.h"

namespace cppcc::parse {

namespace {
bool ascii_word(unsigned char c) { return std::isalnum(c) || c == '+'; }

/// An ASCII-edged needle ("1310", "1+6+3") must not touch another digit or letter.
bool edges_ok(std::string_view text, std::string_view needle, size_t pos) {
  const bool ascii_edges = ascii_word(static_cast<unsigned char>(needle.front())) ||
                           ascii_word(static_cast<unsigned char>(needle.back()));
  if (!ascii_edges) return true;
  const size_t end = pos + needle.size();
  if (pos > 0 && ascii_word(static_cast<unsigned char>(text[pos - 1]))) return false;
  return !(end < text.size() && ascii_word(static_cast<unsigned char>(text[end])));
}
}  // namespace

std::vector<std::pair<size_t, size_t>> find_all(std::string_view text, std::string_view needle) {
  std::vector<std::pair<size_t, size_t>> out;
  if (needle.empty()) return out;
  size_t pos = 0;
  while ((pos = text.find(needle, pos)) != std::string_view::npos) {
    const bool ok = edges_ok(text, needle, pos);
    if (ok) out.emplace_back(pos, pos + needle.size());
    pos = ok ? pos + needle.size() : pos + 1;
  }
  return out;
}

PhraseSet::PhraseSet(std::vector<std::string_view> needles)
    : needles_(std::move(needles)) {
  for (size_t j = 0; j < needles_.size(); ++j) {
    if (needles_[j].empty()) continue;
    size_t len = 0;
    const char32_t c = utf8::decode(needles_[j], 0, &len);
    by_first_[c].push_back(static_cast<uint32_t>(j));
    first_chars_.add(c);
  }
}

std::vector<PhraseSet::Match> PhraseSet::find_all(std::string_view text) const {
  std::vector<Match> out;
  std::vector<size_t> next;  // matches of one needle never overlap; sized at the first candidate
  for (size_t k = 0; k < text.size();) {
    size_t len = 0;
    const char32_t c = utf8::decode(text, k, &len);
    if (c >= 0x10000 || first_chars_.contains(c)) {  // a needle may start outside the BMP: ask the map
      if (auto it = by_first_.find(c); it != by_first_.end()) {
        if (next.empty()) next.assign(needles_.size(), 0);
        for (uint32_t j : it->second) {
          const std::string_view n = needles_[j];
          if (k < next[j] || text.compare(k, n.size(), n) != 0 || !edges_ok(text, n, k)) continue;
          out.push_back({j, k, k + n.size()});
          next[j] = k + n.size();
        }
      }
    }
    k += len;
  }
  return out;
}

bool quoted_at(std::string_view text, size_t b, size_t e) {
  constexpr std::string_view kOpen = "“", kClose = "”";
  return b >= kOpen.size() && text.substr(b - kOpen.size(), kOpen.size()) == kOpen &&
         text.substr(e, kClose.size()) == kClose;
}

}  // namespace cppcc::parse
