#include "lint/pairs.h"

#include <algorithm>

#include "text/web_remnants.h"

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

/// V[I] is one of the arrows of 》》label《《 (a label of at most 16 characters).
bool link_arrows(const std::vector<CodePoint>& v, size_t i) {
  auto doubled = [&](size_t k, char32_t m) { return k + 1 < v.size() && v[k].cp == m && v[k + 1].cp == m; };
  constexpr size_t kLabel = 16;
  // The first 》 of 》》 at J, the first 《 of 《《 at K, J + 2 <= K <= J + 2 + kLabel.
  auto closes_label = [&](size_t j) {
    for (size_t k = j + 2; k < v.size() && k <= j + 2 + kLabel; ++k)
      if (doubled(k, U'《')) return true;
    return false;
  };
  auto opens_label = [&](size_t k) {
    for (size_t j = k >= 2 + kLabel ? k - 2 - kLabel : 0; j + 2 <= k; ++j)
      if (doubled(j, U'》')) return true;
    return false;
  };
  if (v[i].cp == U'》') {
    const size_t j = doubled(i, U'》') ? i : (i > 0 && doubled(i - 1, U'》') ? i - 1 : v.size());
    return j < v.size() && closes_label(j);
  }
  const size_t k = doubled(i, U'《') ? i : (i > 0 && doubled(i - 1, U'《') ? i - 1 : v.size());
  return k < v.size() && opens_label(k);
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
    // 字体大小:【 — a web page's font-size buttons, cut by the copy (Hubei CPPCC 2014);
    // reflow may join the line to the page's date line before it.
    if (!v.empty() && text::is_page_widget(ctx.src().line_text(
                         ctx.src().line_of(ctx.written()[p].source_begin(v.back().pos)))))
      continue;
    std::vector<Open> stack;
    size_t open_titles = 0;  // 《 on the stack: a > then closes one
    for (size_t i = 0; i < v.size(); ++i) {
      char32_t c = v[i].cp;
      // < and > next to Chinese text stand for 《 and 》 (P003 reports the width);
      // a > with no < or 《 open is a web page's breadcrumb separator (首页>政府信息公开).
      if (c == U'<' && is_han(at(v, static_cast<long>(i) + 1))) c = U'《';
      else if (c == U'>' && is_han(at(v, static_cast<long>(i) - 1))) c = open_titles > 0 ? U'》' : 0;
      // 》》点击进入专题《《: a link's label between doubled arrows, not a title.
      if ((c == U'》' || c == U'《') && link_arrows(v, i)) continue;
      if (c == 0) continue;
      if (closing_of(c)) {
        if (!apostrophe(v, i)) {
          stack.push_back({c, p, i});
          if (c == U'《') ++open_titles;
        }
        continue;
      }
      if (!is_closing(c) || apostrophe(v, i) || label_closer(v, i)) continue;
      if (!stack.empty() && closes(stack.back().cp, c)) {
        if (stack.back().cp == U'《') --open_titles;
        stack.pop_back();
        continue;
      }
      bool done = false;
      for (size_t k = stack.size(); k-- > 0;) {
        if (closes(stack[k].cp, c)) {
          const Open& inner = stack.back();
          out.push_back({PairProblem::kMisnested, p, i, c, inner.cp, inner.para, inner.index});
          if (stack[k].cp == U'《') --open_titles;
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
