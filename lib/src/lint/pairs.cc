#include "lint/pairs.h"

#include <algorithm>

namespace cppcc::linter {

char32_t closing_of(char32_t c) {
  switch (c) {
    case U'“': return U'”';
    case U'‘': return U'’';
    case U'（': return U'）';
    case U'(': return U')';
    case U'《': return U'》';
    case U'〈': return U'〉';
    case U'【': return U'】';
    case U'〔': return U'〕';
    case U'「': return U'」';
    case U'『': return U'』';
    default: return 0;
  }
}

namespace {

bool is_closing(char32_t c) {
  return c == U'”' || c == U'’' || c == U'）' || c == U')' || c == U'》' || c == U'〉' || c == U'】' || c == U'〕' ||
         c == U'」' || c == U'』';
}

/// Half- and full-width parentheses close each other (the width itself is P003's business).
bool closes(char32_t open, char32_t close) {
  if ((open == U'（' || open == U'(') && (close == U'）' || close == U')')) return true;
  if ((open == U'《' || open == U'<') && (close == U'》' || close == U'>')) return true;
  return closing_of(open) == close;
}

/// ’ inside a Latin word is an apostrophe (China’s), not a quote.
bool apostrophe(const std::vector<CodePoint>& v, size_t i) {
  return (v[i].cp == U'’' || v[i].cp == U'‘') && is_latin(at(v, static_cast<long>(i) - 1)) &&
         is_latin(at(v, static_cast<long>(i) + 1));
}

/// "1）", "a）", "一）" opening an item: a closer used as a list label.
bool label_closer(const std::vector<CodePoint>& v, size_t i) {
  if (v[i].cp != U'）' && v[i].cp != U')') return false;
  size_t k = i;
  while (k > 0 && i - k < 2 && (is_digit(v[k - 1].cp) || is_latin(v[k - 1].cp) || is_chinese_numeral(v[k - 1].cp))) --k;
  if (k == i) return false;
  const char32_t before = at(v, static_cast<long>(k) - 1);
  return k == 0 || before == U'；' || before == U'：' || before == U'。' || before == U'，' || before == U' ';
}

struct Open {
  char32_t cp;
  size_t para, index;
};

}  // namespace

std::vector<PairProblem> find_pair_problems(const Context& ctx) {
  std::vector<PairProblem> out;
  std::vector<Open> pending;  // left open at the end of the previous paragraph
  const size_t n = ctx.written().size();
  for (size_t p = 0; p < n; ++p) {
    const auto& v = ctx.written_cps(p);
    std::vector<Open> stack;
    for (size_t i = 0; i < v.size(); ++i) {
      char32_t c = v[i].cp;
      // < and > next to Chinese text stand for 《 and 》 (P003 reports the width);
      // a > with no < or 《 open is a web page's breadcrumb separator (首页>政府信息公开).
      const bool title_open =
          std::any_of(stack.begin(), stack.end(), [](const Open& o) { return o.cp == U'《'; });
      if (c == U'<' && is_han(at(v, static_cast<long>(i) + 1))) c = U'《';
      else if (c == U'>' && is_han(at(v, static_cast<long>(i) - 1))) c = title_open ? U'》' : 0;
      // 》》点击进入专题《《: doubled marks are a link's arrows, not a title.
      if ((c == U'》' || c == U'《') && (at(v, static_cast<long>(i) + 1) == c || at(v, static_cast<long>(i) - 1) == c))
        continue;
      if (c == 0) continue;
      if (closing_of(c)) {
        if (!apostrophe(v, i)) stack.push_back({c, p, i});
        continue;
      }
      if (!is_closing(c) || apostrophe(v, i) || label_closer(v, i)) continue;
      if (!stack.empty() && closes(stack.back().cp, c)) {
        stack.pop_back();
        continue;
      }
      bool done = false;
      for (size_t k = stack.size(); k-- > 0;) {
        if (closes(stack[k].cp, c)) {
          const Open& inner = stack.back();
          out.push_back({PairProblem::kMisnested, p, i, c, inner.cp, inner.para, inner.index});
          stack.erase(stack.begin() + static_cast<long>(k));
          done = true;
          break;
        }
      }
      if (done) continue;
      for (size_t k = pending.size(); k-- > 0;) {
        if (closes(pending[k].cp, c)) {
          pending.erase(pending.begin() + static_cast<long>(k));
          done = true;
          break;
        }
      }
      if (!done) out.push_back({PairProblem::kUnopened, p, i, c, 0, 0, 0});
    }
    for (const Open& o : pending) out.push_back({PairProblem::kUnclosed, o.para, o.index, o.cp, 0, 0, 0});
    pending.clear();
    // A quotation of several paragraphs opens each with “ and closes only the last.
    const auto* next = p + 1 < n ? &ctx.written_cps(p + 1) : nullptr;
    for (const Open& o : stack) {
      if (o.cp == U'“' && next && !next->empty() && (*next)[0].cp == U'“') continue;
      pending.push_back(o);
    }
  }
  for (const Open& o : pending) out.push_back({PairProblem::kUnclosed, o.para, o.index, o.cp, 0, 0, 0});
  return out;
}

}  // namespace cppcc::linter
