#include "parse/search.h"

#include <cctype>

namespace cppcc::parse {

namespace {
bool ascii_word(unsigned char c) { return std::isalnum(c) || c == '+'; }
}  // namespace

std::vector<std::pair<size_t, size_t>> find_all(std::string_view text, std::string_view needle) {
  std::vector<std::pair<size_t, size_t>> out;
  if (needle.empty()) return out;
  bool ascii_edges = ascii_word(static_cast<unsigned char>(needle.front())) ||
                     ascii_word(static_cast<unsigned char>(needle.back()));
  size_t pos = 0;
  while ((pos = text.find(needle, pos)) != std::string_view::npos) {
    size_t end = pos + needle.size();
    bool ok = true;
    if (ascii_edges) {
      if (pos > 0 && ascii_word(static_cast<unsigned char>(text[pos - 1]))) ok = false;
      if (end < text.size() && ascii_word(static_cast<unsigned char>(text[end]))) ok = false;
    }
    if (ok) out.emplace_back(pos, end);
    pos = ok ? end : pos + 1;
  }
  return out;
}

bool quoted_at(std::string_view text, size_t b, size_t e) {
  constexpr std::string_view kOpen = "“", kClose = "”";
  return b >= kOpen.size() && text.substr(b - kOpen.size(), kOpen.size()) == kOpen &&
         text.substr(e, kClose.size()) == kClose;
}

}  // namespace cppcc::parse
