// N012 space-in-quantity: 51 %, 14.6 亿元, 36 项 — Chinese typesetting puts no
// space between a number and its unit (the spacing AutoCorrect and zhlint add is
// not used in official documents). 附件2 名词解释-style labels are not quantities.
#include "lint/context.h"

namespace cppcc::linter {

namespace {
bool is_unit_start(char32_t c) {
  return std::u32string_view(U"%％‰万亿元个项件次人名家年月日篇条场所户米吨亩倍位座期批台辆套张份").find(c) !=
         std::u32string_view::npos;
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
      if (j >= v.size() || !is_digit(v[i - 1].cp) || !is_unit_start(v[j].cp)) {
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
