// The canonical matching view (cppcc/canonical.h). Each written paragraph is
// rewritten code point by code point, so every canonical character keeps the
// written character it came from; nothing is reordered, characters are only
// replaced or dropped.
#include "cppcc/canonical.h"

#include <utf8proc.h>

#include <cstdlib>

#include "cppcc/normalize.h"
#include "text/script.h"
#include "text/simplified.h"

namespace cppcc {

namespace {

struct Cp {
  char32_t c;
  uint32_t at;   ///< first byte in the written paragraph
  uint32_t len;  ///< bytes in the written paragraph
};

bool is_digit(char32_t c) { return (c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19); }
bool is_ascii_alnum(char32_t c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_fullwidth_alnum(char32_t c) {
  return (c >= 0xFF10 && c <= 0xFF19) || (c >= 0xFF21 && c <= 0xFF3A) || (c >= 0xFF41 && c <= 0xFF5A);
}
bool is_halfwidth_mark(char32_t c) {
  return c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '(' || c == ')';
}
bool is_radical(char32_t c) { return c >= 0x2E80 && c <= 0x2FDF; }  // PDF text layers write 工 as ⼯
bool is_invisible(char32_t c) { return is_zero_width(c) || c == 0xAD; }
bool is_space(char32_t c) { return is_blank_cp(c) && !is_zero_width(c); }

/// A code point the view may rewrite: everything else is copied unread.
bool may_change(char32_t c) {
  if (c < 0x80) return is_halfwidth_mark(c) || is_blank_cp(c);
  return is_blank_cp(c) || is_invisible(c) || is_fullwidth_alnum(c) || c == 0xFF05 || c == 0xFF0B || c == 0xFF0E ||
         is_radical(c) || text::is_traditional_form(c);
}

char32_t full_width_of(char32_t c) {
  switch (c) {
    case ',': return U'，';
    case ';': return U'；';
    case ':': return U'：';
    case '!': return U'！';
    case '?': return U'？';
    case '(': return U'（';
    case ')': return U'）';
  }
  return c;
}

char32_t unified_of_radical(char32_t c) {
  std::string s;
  utf8::append(s, c);
  utf8proc_uint8_t* out = utf8proc_NFKC(reinterpret_cast<const utf8proc_uint8_t*>(s.c_str()));
  if (!out) return c;
  const std::string_view v(reinterpret_cast<const char*>(out));
  size_t len = 0;
  const char32_t r = v.empty() ? c : utf8::decode(v, 0, &len);
  const bool single = len == v.size();
  std::free(out);
  return single ? r : c;
}

/// 工 作 报 告, 段　鸣: ideographs each standing alone between spaces.
bool is_spaced_out(const std::vector<Cp>& cps) {
  size_t ideographs = 0;
  for (size_t i = 0; i < cps.size(); ++i) {
    if (is_space(cps[i].c) || is_invisible(cps[i].c)) continue;
    if (!utf8::is_cjk(cps[i].c)) return false;
    if (i + 1 < cps.size() && !is_space(cps[i + 1].c) && !is_invisible(cps[i + 1].c)) return false;
    ++ideographs;
  }
  return ideographs >= 2;
}

/// The nearest code point before I / from J on that is not a space or invisible.
char32_t visible_before(const std::vector<Cp>& cps, size_t i) {
  while (i > 0) {
    const char32_t c = cps[--i].c;
    if (!is_space(c) && !is_invisible(c)) return c;
  }
  return 0;
}
char32_t visible_from(const std::vector<Cp>& cps, size_t j) {
  for (; j < cps.size(); ++j)
    if (!is_space(cps[j].c) && !is_invisible(cps[j].c)) return cps[j].c;
  return 0;
}

/// A space between a number and what it counts (方案 88 件, 增长 5 %): dropped.
bool is_number_space(char32_t before, char32_t after) {
  const bool num_before = is_digit(before) || before == '%' || before == 0xFF05;
  const bool num_after = is_digit(after);
  const bool cjk_after = utf8::is_cjk(after) || after == '%' || after == 0xFF05;
  return (num_before && cjk_after) || (utf8::is_cjk(before) && num_after);
}

}  // namespace

Paragraph canonical_paragraph(const Paragraph& written, SourceMap* to_written, bool traditional_text) {
  const std::string& w = written.text;
  bool changes = false, traditional = false;
  for (size_t i = 0; i < w.size() && !traditional;) {
    size_t len = 0;
    const char32_t c = utf8::decode(w, i, &len);
    i += len;
    // In a Traditional text every paragraph is converted: 段鳴 holds no
    // character of the table, and only OpenCC knows 鳴.
    if (c >= 0x3400 && (traditional_text || text::is_traditional_form(c))) {
      traditional = changes = true;
      continue;
    }
    if (c >= 0x3400 && c <= 0x9FFF) continue;  // any other ideograph stays as it is
    if (!changes && may_change(c)) changes = true;
  }
  if (to_written) *to_written = SourceMap{};
  if (!changes) return written;  // most paragraphs: nothing decoded twice, nothing copied
  std::vector<Cp> cps;
  cps.reserve(w.size() / 3 + 1);
  for (size_t i = 0; i < w.size();) {
    size_t len = 0;
    const char32_t c = utf8::decode(w, i, &len);
    cps.push_back({c, static_cast<uint32_t>(i), static_cast<uint32_t>(len)});
    i += len;
  }

  std::u32string simplified;
  if (traditional) {
    std::u32string all;
    all.reserve(cps.size());
    for (const Cp& c : cps) all.push_back(c.c);
    simplified = text::to_simplified(all);
  }
  const bool spaced_out = is_spaced_out(cps);

  Paragraph out;
  out.first_line = written.first_line;
  out.last_line = written.last_line;
  out.text.reserve(w.size());
  SourceMap map;
  for (size_t i = 0; i < cps.size(); ++i) {
    const char32_t c = cps[i].c;
    char32_t r = simplified.empty() ? c : simplified[i];
    if (is_invisible(c)) continue;
    if (is_space(c)) {
      if (spaced_out || is_number_space(visible_before(cps, i), visible_from(cps, i + 1))) continue;
    } else if (is_fullwidth_alnum(c) || c == 0xFF05 || c == 0xFF0B) {
      r = c - 0xFEE0;
    } else if (c == 0xFF0E) {
      if (i > 0 && i + 1 < cps.size() && is_digit(cps[i - 1].c) && is_digit(cps[i + 1].c)) r = '.';
    } else if (is_halfwidth_mark(c)) {
      const bool between_latin = i > 0 && i + 1 < cps.size() && is_ascii_alnum(cps[i - 1].c) && is_ascii_alnum(cps[i + 1].c);
      if (!between_latin) r = full_width_of(c);
    } else if (is_radical(c)) {
      r = unified_of_radical(c);
    }
    const size_t before = out.text.size();
    utf8::append(out.text, r);
    const size_t n = out.text.size() - before;
    // Byte k of the canonical character to byte k of the written one (its
    // last byte when the written one is shorter): a begin maps to the start
    // of a character, and ends are moved to the end of the written character
    // (written_end, SourceText::span).
    for (size_t k = 0; k < n; ++k) {
      const uint32_t wb = cps[i].at + std::min<uint32_t>(static_cast<uint32_t>(k), cps[i].len - 1);
      map.push_back(wb);
      out.source.push_back(written.source[wb]);
    }
  }
  if (out.text == w) return written;
  if (to_written) *to_written = std::move(map);
  return out;
}

ParagraphViews read_paragraphs(const SourceText& src, const ReflowOptions& options) {
  ParagraphViews v;
  v.written = reflow(src, options);
  v.canonical.reserve(v.written.size());
  v.to_written.resize(v.written.size());
  v.script = detect_script(src.text());
  const bool traditional = v.script == Script::kTraditional;
  for (size_t i = 0; i < v.written.size(); ++i)
    v.canonical.push_back(canonical_paragraph(v.written[i], &v.to_written[i], traditional));
  return v;
}

size_t ParagraphViews::written_begin(size_t i, size_t b) const {
  const SourceMap& m = to_written[i];
  if (m.empty()) return b;
  return b < m.size() ? m[b] : written[i].text.size();
}

size_t ParagraphViews::written_end(size_t i, size_t e) const {
  const SourceMap& m = to_written[i];
  if (m.empty()) return e;
  if (e == 0) return written_begin(i, 0);
  const std::string& w = written[i].text;
  size_t end = m[std::min(e, m.size()) - 1] + 1;
  while (end < w.size() && (static_cast<unsigned char>(w[end]) & 0xC0) == 0x80) ++end;
  return end;
}

std::string_view ParagraphViews::as_written(size_t i, size_t b, size_t e) const {
  const size_t wb = written_begin(i, b), we = std::max(wb, written_end(i, e));
  return std::string_view(written[i].text).substr(wb, we - wb);
}

bool ParagraphViews::same_as_written(size_t i, size_t b, size_t e) const {
  if (to_written[i].empty()) return true;
  return as_written(i, b, e) == std::string_view(canonical[i].text).substr(b, e - b);
}

}  // namespace cppcc
