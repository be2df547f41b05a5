// T008 fullwidth-alphanumeric: ２０２４年, ＧＤＰ — digits and Latin letters are
// half-width in Chinese text (GB/T 15835); the full-width forms break search and sums.
// So is the decimal point of an Arabic number: 6．9% → 6.9%.
#include <unordered_set>

#include "cppcc/text.h"
#include "lint/context.h"

namespace cppcc::linter {

namespace {
bool fullwidth_alnum(char32_t c) {
  return (c >= 0xFF10 && c <= 0xFF19) || (c >= 0xFF21 && c <= 0xFF3A) || (c >= 0xFF41 && c <= 0xFF5A);
}
// True if the line before the one starting at OFFSET is a full line of a
// hard-wrapped paragraph: it ends with a Chinese character, has twelve or more
// code points, and the line before it is as wide (a heading line is not).
bool hard_wrapped_before(const SourceText& src, size_t offset) {
  const size_t line = src.line_of(offset);
  if (line < 3) return false;
  const auto trimmed = [&](size_t l) {
    std::string_view t = src.line_text(l);
    while (!t.empty() && (t.back() == '\r' || t.back() == '\n' || t.back() == ' ')) t.remove_suffix(1);
    return t;
  };
  const std::string_view prev = trimmed(line - 1), before = trimmed(line - 2);
  const auto pv = decode_all(prev);
  if (pv.size() < 12 || !is_han(pv.back().cp)) return false;
  const auto width = [](std::string_view t) {  // display columns, as the diagnostics count them
    size_t w = 0;
    for (const CodePoint& c : decode_all(t)) w += static_cast<size_t>(utf8::width(c.cp));
    return w;
  };
  const size_t a = width(prev), b = width(before);
  return a + 2 >= b && b + 2 >= a;
}
}  // namespace

void check_fullwidth_alphanumeric(Context& ctx) {
  const std::string_view t = ctx.text();
  const auto v = decode_all(t);
  // Source offsets where a paragraph's text begins (after its indentation).
  std::unordered_set<size_t> paragraph_starts;
  for (size_t p = 0; p < ctx.written().size(); ++p) {
    const auto& pv = ctx.written_cps(p);
    size_t k = 0;
    while (k < pv.size() && (pv[k].cp == U' ' || pv[k].cp == U'\t' || pv[k].cp == U'\u3000')) ++k;
    if (k < pv.size()) paragraph_starts.insert(ctx.written()[p].source_begin(pv[k].pos));
  }
  for (size_t i = 0; i < v.size(); ++i) {
    if (v[i].cp == U'．' && i > 0 && is_digit(v[i - 1].cp) && i + 1 < v.size() && is_digit(v[i + 1].cp)) {
      // A full-width point inside an ASCII number (6．9%, 8．8万户). Not after a
      // sequence label that opens a paragraph (1．2024年…), where ． is the label's mark;
      // a number that opens a hard-wrapped line (…融资\n14．6亿元) is reported even
      // where reflow took it for a label.
      size_t b = i;
      while (b > 0 && is_digit(v[b - 1].cp)) --b;
      if (!paragraph_starts.count(v[b].pos) || hard_wrapped_before(ctx.src(), v[b].pos))
        ctx.report(v[i].pos, v[i].end(), "full-width decimal point ．; write .", {Edit{v[i].pos, v[i].end(), "."}});
      continue;
    }
    if (!fullwidth_alnum(v[i].cp)) continue;
    size_t j = i;
    std::string half;
    while (j < v.size() && fullwidth_alnum(v[j].cp)) half.push_back(static_cast<char>(v[j++].cp - 0xFEE0));
    ctx.report(v[i].pos, v[j - 1].end(),
               "full-width " + std::string(t.substr(v[i].pos, v[j - 1].end() - v[i].pos)) + "; write " + half,
               {Edit{v[i].pos, v[j - 1].end(), half}});
    i = j - 1;
  }
}

}  // namespace cppcc::linter
