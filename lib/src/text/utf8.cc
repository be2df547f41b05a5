// Code-point helpers used everywhere; the text is always UTF-8 inside the library.
#include <utf8proc.h>

#include "cppcc/text.h"

namespace cppcc::utf8 {

void append(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

size_t length(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

int width(char32_t cp) {
  if (cp < 0x20) return 0;
  if (cp < 0x7F) return 1;
  // The common case of a report, without the table look-up: unified ideographs
  // and full-width forms (U+FF01..U+FF60) are wide.
  if ((cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xFF01 && cp <= 0xFF60)) return 2;
  int w = utf8proc_charwidth(static_cast<utf8proc_int32_t>(cp));
  // utf8proc gives 1 for "ambiguous" East Asian punctuation (“”‘’…—·); in
  // Chinese typesetting they occupy a full cell.
  if (w == 1 && ((cp >= 0x2010 && cp <= 0x2027) || cp == 0x00B7 || cp == 0x2236)) return 2;
  return w < 0 ? 0 : w;
}

bool is_cjk(char32_t cp) {
  return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
         (cp >= 0x20000 && cp <= 0x3134F) || (cp >= 0xF900 && cp <= 0xFAFF) || cp == 0x3007;
}

std::u32string to_u32(std::string_view s) {
  std::u32string out;
  out.reserve(s.size() / 3 + 1);
  for (size_t i = 0; i < s.size();) {
    size_t len = 1;
    out.push_back(decode(s, i, &len));
    i += len;
  }
  return out;
}

std::string to_utf8(std::u32string_view cps) {
  std::string out;
  out.reserve(cps.size() * 3);
  for (char32_t c : cps) append(out, c);
  return out;
}

}  // namespace cppcc::utf8
