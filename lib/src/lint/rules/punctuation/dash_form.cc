// P006 dash-form: the Chinese dash is —— (two em dashes). A lone — opening a
// line (—在…会议上) or next to punctuation, and -- or －－, are wrong. A lone —
// between numbers or names is a range mark (2021—2025年, 广州—深圳) and stays.
#include "lint/context.h"

namespace cppcc::linter {

void check_dash_form(Context& ctx) {
  const auto& paras = ctx.paragraphs();
  for (size_t p = 0; p < paras.size(); ++p) {
    const auto& v = ctx.cps(p);
    for (size_t i = 0; i < v.size(); ++i) {
      const char32_t c = v[i].cp;
      const char32_t prev = at(v, static_cast<long>(i) - 1), next = at(v, static_cast<long>(i) + 1);
      if (c == U'—' && prev != U'—' && next != U'—') {
        // At the start of a line (a subtitle —在…会议上), even when reflow joined it to the title.
        const size_t src_off = paras[p].source_begin(v[i].pos);
        const SourceText& src = ctx.src();
        const size_t line_begin = src.line_start(src.line_of(src_off));
        std::string_view lead = src.text().substr(line_begin, src_off - line_begin);
        while (!lead.empty() && (lead.front() == ' ' || lead.front() == '\t')) lead.remove_prefix(1);
        while (lead.size() >= 3 && lead.substr(0, 3) == "\u3000") lead.remove_prefix(3);
        const bool line_start = (i == 0 || lead.empty()) && is_han(next);
        const bool by_punct = is_cjk_punct(prev) && prev != U'—' && is_han(next);
        // Inside a quoted or titled name, a lone — after a phrase of five or more
        // characters is a subtitle dash (“我和我的祖国—江门市政协委员…”), not a range.
        bool titled = false;
        if (is_han(prev) && is_han(next)) {
          size_t k = i, run = 0;
          while (k > 0 && is_han(v[k - 1].cp)) --k, ++run;
          const char32_t opener = at(v, static_cast<long>(k) - 1);
          titled = run >= 5 && (opener == U'“' || opener == U'《');
        }
        if (line_start || by_punct || titled) {
          ctx.report_in(paras[p], v[i].pos, v[i].end(), "a lone — used as a dash; the dash is ——", std::string("——"));
        }
      } else if ((c == U'-' && next == U'-') || (c == U'－' && next == U'－')) {
        if (at(v, static_cast<long>(i) + 2) == c || prev == c) continue;  // ---- rules and separators
        if (!is_cjk_context(prev) && !is_han(at(v, static_cast<long>(i) + 2))) continue;
        ctx.report_in(paras[p], v[i].pos, v[i + 1].end(),
                      utf8_of(v, paras[p].text, i, i + 2) + " used as a dash; the dash is ——", std::string("——"));
        ++i;
      }
    }
  }
}

}  // namespace cppcc::linter
