// T003 space-between-cjk: 市长 殷勇 — a space (ASCII or U+3000) between two
// Chinese characters. Checked on the original lines: a line break is not a
// space. Letter-spaced short lines (工 作 报 告, 俞 志 平) are typesetting and pass.
#include "lint/context.h"

namespace cppcc::linter {

void check_space_between_cjk(Context& ctx) {
  const SourceText& src = ctx.src();
  for (size_t line = 1; line <= src.line_count(); ++line) {
    const std::string_view t = src.line_text(line);
    const auto v = decode_all(t);
    size_t gaps = 0, han = 0;
    std::vector<std::pair<size_t, size_t>> found;
    for (size_t i = 0; i < v.size(); ++i) {
      if (is_han(v[i].cp)) ++han;
      if (v[i].cp != U' ' && v[i].cp != U'\u3000') continue;
      size_t j = i;
      while (j < v.size() && (v[j].cp == U' ' || v[j].cp == U'\u3000')) ++j;
      // A space between a title and a name is typesetting: 北京市市长 殷勇, 本报记者 戴冰.
      const char32_t before = i > 0 ? v[i - 1].cp : 0;
      const bool title = before == U'长' || before == U'理' || before == U'席' || before == U'任' ||
                         (before == U'记' && i > 1 && (v[i - 2].cp == U'书' || v[i - 2].cp == U'者')) ||
                         before == U'者';
      if (i > 0 && j < v.size() && is_han(before) && is_han(v[j].cp) && !title) {
        ++gaps;
        found.emplace_back(i, j);
      }
      i = j - 1;
    }
    if (found.empty() || (gaps >= 2 && han <= gaps + 8)) continue;
    const size_t base = src.line_start(line);
    for (auto [b, e] : found) {
      ctx.report(base + v[b].pos, base + v[e - 1].end(), "space between Chinese characters");
    }
  }
}

}  // namespace cppcc::linter
