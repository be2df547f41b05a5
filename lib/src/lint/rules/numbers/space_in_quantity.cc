// N012 space-in-quantity: 51 %, 14.6 亿元, 36 项 — Chinese typesetting puts no
// space between a number and its unit (the spacing AutoCorrect and zhlint add is
// not used in official documents). 附件2 名词解释-style labels are not quantities.
#include "lint/context.h"
#include "lint/data_tables.h"

namespace cppcc::linter {

namespace {
/// A unit of the quantity extractor's table starts at V[J], or a magnitude
/// (万, 亿: 14.6 亿元) or a date part (2024 年), which the table does not list.
bool unit_starts(const std::vector<CodePoint>& v, size_t j) {
  if (std::u32string_view(U"万亿年月日").find(v[j].cp) != std::u32string_view::npos) return true;
  for (const std::u32string& u : unit_surfaces())
    if (matches_at(v, j, u)) return true;
  return false;
}
}  // namespace

void check_space_in_quantity(Context& ctx) {
  const SourceText& src = ctx.src();
  for (size_t line = 1; line <= src.line_count(); ++line) {
    const std::string_view t = src.line_text(line);
    const auto v = decode_all(t);
    for (size_t i = 1; i + 1 < v.size(); ++i) {
      if (v[i].cp != U' ' && v[i].cp != U'\u3000') continue;
      size_t j = i;
      while (j < v.size() && (v[j].cp == U' ' || v[j].cp == U'\u3000')) ++j;
      if (j >= v.size() || !is_digit(v[i - 1].cp) || !unit_starts(v, j)) {
        i = j - 1;
        continue;
      }
      // The number must stand in Chinese text, not in English (GDP growth 5 %).
      size_t b = i;
      while (b > 0 && (is_digit(v[b - 1].cp) || v[b - 1].cp == U'.')) --b;
      const char32_t before = b > 0 ? v[b - 1].cp : 0;
      if (before == 0 || before == U' ' || is_latin(before) || before == U'(' || before == U',') {
        i = j - 1;
        continue;
      }
      // 附件2 名词解释, 图1 …, 表3 …: a label, not a quantity.
      if (b >= 2 && ((v[b - 2].cp == U'附' && (before == U'件' || before == U'表')))) continue;
      if (before == U'图' || before == U'表') continue;
      const size_t base = src.line_start(line);
      ctx.report(base + v[i].pos, base + v[j - 1].end(),
                 "space between the number and " + std::string(t.substr(v[j].pos, v[j].len)) + "; write them together",
                 {Edit{base + v[i].pos, base + v[j - 1].end(), ""}});
      i = j - 1;
    }
  }
}

}  // namespace cppcc::linter
