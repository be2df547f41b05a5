// P011 paragraph-end-mark: a paragraph that stops on 、 or ， lost its end
// (a deleted item, a cut sentence). Checked on reflowed paragraphs, so the
// line ends of hard-wrapped text, which stop anywhere, do not count; nor does
// a line broken before a fragment of a few characters (web copies break
// around links: 公务演讲，\n不总是\n具有…), which reflow keeps apart.
#include <string_view>

#include "lint/context.h"

namespace cppcc::linter {

namespace {

/// A few characters that end no sentence and open no heading (二、工作安排):
/// the rest of a broken line.
bool is_fragment(const std::vector<CodePoint>& v) {
  if (v.empty() || v.size() >= 8) return false;
  const char32_t first = v.front().cp;
  if (first == U'（' || first == U'(' || (first >= U'0' && first <= U'9') ||
      std::u32string_view(U"一二三四五六七八九十").find(first) != std::u32string_view::npos)
    return false;
  const char32_t last = v.back().cp;
  return last != U'。' && last != U'！' && last != U'？' && last != U'：' && last != U'；';
}

}  // namespace

void check_paragraph_end_mark(Context& ctx) {
  const auto& paras = ctx.paragraphs();
  for (size_t p = 0; p < paras.size(); ++p) {
    const auto& v = ctx.cps(p);
    size_t k = v.size();
    while (k > 0 && (v[k - 1].cp == U' ' || v[k - 1].cp == U'\u3000' || v[k - 1].cp == U'\t')) --k;
    if (k == 0) continue;
    const char32_t last = v[k - 1].cp;
    if (last != U'、' && last != U'，' && last != U',') continue;
    if (p + 1 < paras.size() && is_fragment(ctx.cps(p + 1))) continue;
    const std::string mark = last == U'、' ? "、" : last == U'，' ? "，" : ",";
    ctx.report_in(paras[p], v[k - 1].pos, v[k - 1].end(),
                  "the paragraph ends with " + mark + ": a sentence or a list item is missing its end");
  }
}

}  // namespace cppcc::linter
