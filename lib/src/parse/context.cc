#include "parse/context.h"

#include "cppcc/normalize.h"

namespace cppcc::parse {

namespace {

// Length of the space-like character at S[I], or 0. What counts as a space
// is decided once, by is_blank_cp (the reflow's indents use it too).
size_t space_at(std::string_view s, size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c == '\r' || c == '\n') return 1;
  if (c < 0x80) return is_blank_cp(c) ? 1 : 0;
  size_t len = 0;
  char32_t cp = utf8::decode(s, i, &len);
  return is_blank_cp(cp) ? len : 0;
}

}  // namespace

std::vector<std::pair<uint32_t, std::string>> ParseContext::canonical_lines(size_t para) const {
  const Paragraph& p = paras[para];
  std::vector<std::pair<uint32_t, std::string>> out;
  for (size_t i = 0; i < p.text.size();) {
    size_t len = 0;
    utf8::decode(p.text, i, &len);
    const uint32_t line = i < p.source.size() ? src.location(p.source[i]).line : p.last_line;
    if (out.empty() || out.back().first != line) out.emplace_back(line, std::string());
    out.back().second.append(p.text, i, len);
    i += len;
  }
  return out;
}

size_t leading_space(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    size_t n = space_at(s, i);
    if (n == 0) break;
    i += n;
  }
  return i;
}

std::string_view trim(std::string_view s) {
  s.remove_prefix(leading_space(s));
  // Trailing: walk back from the end (a paragraph may be megabytes; its end is a few bytes).
  size_t end = s.size();
  while (end > 0) {
    size_t start = end - 1;
    while (start > 0 && end - start < 4 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
    if (space_at(s, start) != end - start) break;
    end = start;
  }
  return s.substr(0, end);
}

std::string_view first_bytes(std::string_view s, size_t bytes) {
  if (s.size() <= bytes) return s;
  while (bytes > 0 && (static_cast<unsigned char>(s[bytes]) & 0xC0) == 0x80) --bytes;
  return s.substr(0, bytes);
}

size_t cp_length(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

std::string squeeze(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    size_t n = space_at(s, i);
    if (n) {
      i += n;
      continue;
    }
    out.push_back(s[i]);
    ++i;
  }
  return out;
}

}  // namespace cppcc::parse
