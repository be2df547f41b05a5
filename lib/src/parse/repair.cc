#include "parse/repair.h"

#include <algorithm>

#include "parse/context.h"
#include "parse/headings.h"
#include "parse/uregex.h"

namespace cppcc::parse {

namespace {

// A line that opens a heading, a date line or a decorated speaker line.
bool opens_block(std::string_view line) {
  static const Regex extra("^(?:[◇◆■●]|[（(][0-9〇一二三四五六七八九]{4}年)");
  line = trim(line);
  if (line.empty()) return false;
  if (extra.prefix(line)) return true;
  auto c = detect_heading(line, 0);
  return c && c->scheme != Scheme::kInline && (c->own_line || c->scheme != Scheme::kArabic);
}

bool ends_clause(std::string_view s) {
  s = trim(s);
  return ends_with(s, "，") || ends_with(s, "、");
}

bool has_sentence_end(std::string_view s) {
  return contains(s, "。") || contains(s, "！") || contains(s, "？") || contains(s, "：");
}

// Byte index in P.text of the first byte that comes from source line LINE.
size_t text_index_of_line(const SourceText& src, const Paragraph& p, uint32_t line) {
  size_t start = src.line_start(line);
  auto it = std::lower_bound(p.source.begin(), p.source.end(), static_cast<uint32_t>(start));
  return static_cast<size_t>(it - p.source.begin());
}

Paragraph slice(const SourceText& src, const Paragraph& p, size_t b, size_t e) {
  Paragraph q;
  q.text = p.text.substr(b, e - b);
  q.source.assign(p.source.begin() + static_cast<long>(b), p.source.begin() + static_cast<long>(e));
  q.first_line = static_cast<uint32_t>(src.line_of(q.source.front()));
  q.last_line = static_cast<uint32_t>(src.line_of(q.source.back()));
  return q;
}

}  // namespace

std::vector<Paragraph> repair_headings(const SourceText& src, std::vector<Paragraph> paras) {
  // The usual length of a wrapped line: the longest line of multi-line paragraphs, per paragraph.
  std::vector<Paragraph> split;
  for (Paragraph& p : paras) {
    if (p.first_line == p.last_line || p.text.empty() || p.last_line > src.line_count()) {
      split.push_back(std::move(p));
      continue;
    }
    size_t longest = 0;
    for (uint32_t l = p.first_line; l <= p.last_line; ++l)
      longest = std::max(longest, cp_length(trim(src.line_text(l))));
    auto full = [&](uint32_t l) {
      size_t n = cp_length(trim(src.line_text(l)));
      return n + 3 >= longest && longest >= 12;
    };
    size_t from = 0;
    for (uint32_t l = p.first_line; l < p.last_line; ++l) {
      std::string_view here = src.line_text(l), next = src.line_text(l + 1);
      if (trim(next).empty()) continue;
      bool cut = (!full(l) && opens_block(next)) || (!full(l) && opens_block(here) && !ends_clause(here));
      if (!cut) continue;
      size_t at = text_index_of_line(src, p, l + 1);
      if (at <= from || at >= p.text.size()) continue;
      split.push_back(slice(src, p, from, at));
      from = at;
    }
    if (from == 0) split.push_back(std::move(p));
    else split.push_back(slice(src, p, from, p.text.size()));
  }

  // Join a one-line heading with the rest of it wrapped onto the next paragraph.
  std::vector<Paragraph> out;
  for (size_t i = 0; i < split.size(); ++i) {
    Paragraph p = std::move(split[i]);
    while (i + 1 < split.size()) {
      const Paragraph& q = split[i + 1];
      std::string_view head = trim(p.text), tail = trim(q.text);
      bool heading = opens_block(head) && !contains(head, "。") && !contains(head, "！") && cp_length(head) <= 40;
      bool continues = ends_clause(head) || (cp_length(head) >= 12 && !opens_block(tail));
      if (!heading || !continues || tail.empty() || has_sentence_end(tail) || cp_length(tail) > 24 ||
          opens_block(tail) || p.first_line != p.last_line)
        break;
      p.text += q.text;
      p.source.insert(p.source.end(), q.source.begin(), q.source.end());
      p.last_line = q.last_line;
      ++i;
    }
    out.push_back(std::move(p));
  }
  return out;
}

}  // namespace cppcc::parse
