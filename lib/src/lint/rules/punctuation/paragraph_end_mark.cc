// P011 paragraph-end-mark: a paragraph that stops on 、 or ， lost its end
// (a deleted item, a cut sentence). Checked on reflowed paragraphs, so the
// line ends of hard-wrapped text, which stop anywhere, do not count; nor does
// a line broken before a fragment of a few characters (web copies break
// around links: 公务演讲，\n不总是\n具有…), which reflow keeps apart.
// Reflow joins a line that stops mid-sentence to the next one (web copies
// break lines around links), so in one-paragraph-per-line text a paragraph
// end lost to 、 is seen as a long line (longer than any wrapped layout)
// ending with 、 or ， before another line; a warning, since copying a web
// page splits a paragraph the same way.
#include <set>
#include <string_view>

#include "lint/context.h"

namespace cppcc::linter {

namespace {

/// No wrapped layout is this wide (newspaper columns hold 15-40 characters).
constexpr size_t kLongLine = 50;

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

/// The byte offset of the 、 or ， that ends line LINE, or npos.
size_t end_mark(const SourceText& src, uint32_t line) {
  const std::string_view t = src.line_text(line);
  size_t e = t.size();
  while (e > 0 && (t[e - 1] == ' ' || t[e - 1] == '\t')) --e;
  for (std::string_view mark : {"、", "，"})
    if (e >= mark.size() && t.substr(e - mark.size(), mark.size()) == mark) return src.line_start(line) + e - mark.size();
  return std::string_view::npos;
}

}  // namespace

void check_paragraph_end_mark(Context& ctx) {
  const SourceText& src = ctx.src();
  std::set<size_t> reported;  // text offsets
  for (uint32_t line = 1; line < src.line_count(); ++line) {
    if (utf8::length(src.line_text(line)) < kLongLine || src.line_text(line + 1).empty()) continue;
    const size_t at = end_mark(src, line);
    if (at == std::string_view::npos) continue;
    const bool dunhao = src.text().substr(at, 3) == "、";
    ctx.report(at, at + 3, std::string("the line ends with ") + (dunhao ? "、" : "，") +
                               ": a sentence or a list item is missing its end, or the paragraph was split");
    // A warning: copying a web page splits its paragraphs like this (Tianjin 2026's
    // 中国电子增资麒麟软件，| 协和天津基地建设顺利推进), so a published text has it.
    ctx.cap_last(Severity::kWarning);
    reported.insert(at);
  }
  const auto& paras = ctx.written();
  for (size_t p = 0; p < paras.size(); ++p) {
    const auto& v = ctx.written_cps(p);
    size_t k = v.size();
    while (k > 0 && (v[k - 1].cp == U' ' || v[k - 1].cp == U'\u3000' || v[k - 1].cp == U'\t')) --k;
    if (k == 0) continue;
    const char32_t last = v[k - 1].cp;
    if (last != U'、' && last != U'，' && last != U',') continue;
    if (p + 1 < paras.size() && is_fragment(ctx.written_cps(p + 1))) continue;
    if (reported.count(paras[p].source_begin(v[k - 1].pos))) continue;
    const std::string mark = last == U'、' ? "、" : last == U'，' ? "，" : ",";
    ctx.report_in(paras[p], v[k - 1].pos, v[k - 1].end(),
                  "the paragraph ends with " + mark + ": a sentence or a list item is missing its end");
  }
}

}  // namespace cppcc::linter
