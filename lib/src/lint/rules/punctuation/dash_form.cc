// P006 dash-form: the Chinese dash is —— (two em dashes). A lone — opening a
// line (—在…会议上) or next to punctuation, and a doubled look-alike (-- －－
// ―― –– ── ﹣﹣), are wrong. A lone — between numbers or names is a range mark
// (2021—2025年, 广州—深圳, 中国（河南）—东盟) and stays.
#include "lint/context.h"

namespace cppcc::linter {

namespace {
// Characters typed for — when the em dash is not at hand: ASCII and full-width
// hyphen-minus, horizontal bar U+2015 (GBK-era converters), en dash, box
// drawing U+2500 and the small hyphen-minus U+FE63.
bool dash_lookalike(char32_t c) {
  return c == U'-' || c == U'－' || c == U'\u2015' || c == U'\u2013' || c == U'\u2500' || c == U'\uFE63';
}

// What may follow a dash: a Chinese character or an opening quote or title mark.
bool dash_follower(char32_t c) { return is_han(c) || c == U'“' || c == U'‘' || c == U'《'; }

// True if V[I] is the first character of its source line (after spaces, tabs
// and ideographic spaces), even when reflow joined the line to the one before.
bool at_line_start(Context& ctx, const Paragraph& para, const std::vector<CodePoint>& v, size_t i) {
  if (i == 0) return true;
  const size_t src_off = para.source_begin(v[i].pos);
  const SourceText& src = ctx.src();
  const size_t line_begin = src.line_start(src.line_of(src_off));
  std::string_view lead = src.text().substr(line_begin, src_off - line_begin);
  while (!lead.empty() && (lead.front() == ' ' || lead.front() == '\t')) lead.remove_prefix(1);
  while (lead.size() >= 3 && lead.substr(0, 3) == "\u3000") lead.remove_prefix(3);
  return lead.empty();
}
}  // namespace

void check_dash_form(Context& ctx) {
  const auto& paras = ctx.written();
  for (size_t p = 0; p < paras.size(); ++p) {
    const auto& v = ctx.written_cps(p);
    for (size_t i = 0; i < v.size(); ++i) {
      const char32_t c = v[i].cp;
      const char32_t prev = at(v, static_cast<long>(i) - 1), next = at(v, static_cast<long>(i) + 1);
      if (c == U'—' && prev != U'—' && next != U'—') {
        // At the start of a line (a subtitle —在…会议上), even when reflow joined it to the title.
        const bool line_start = is_han(next) && at_line_start(ctx, paras[p], v, i);
        // After a closing bracket or quote it connects (中国（河南）—东盟: the 连接号).
        const bool closer = prev == U'）' || prev == U'”' || prev == U'》' || prev == U'」' || prev == U'』';
        const bool by_punct = is_cjk_punct(prev) && prev != U'—' && !closer && is_han(next);
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
          // A subtitle —在…会议上 with one —: published pages write it (Changning 2025;
          // web pages and converters collapse —— to one), so it is likely, not certain.
          if (line_start && next == U'在') ctx.cap_last(Severity::kWarning);
        }
      } else if (dash_lookalike(c) && next == c) {
        // Exactly two: longer runs (----, ────) are rules and separators.
        if (at(v, static_cast<long>(i) + 2) == c || prev == c) continue;
        const char32_t after = at(v, static_cast<long>(i) + 2);
        if (!(is_cjk_context(prev) || ((prev == 0 || at_line_start(ctx, paras[p], v, i)) && dash_follower(after)) ||
              is_han(after)))
          continue;
        ctx.report_in(paras[p], v[i].pos, v[i + 1].end(),
                      utf8_of(v, paras[p].text, i, i + 2) + " used as a dash; the dash is ——", std::string("——"));
        ++i;
      } else if (dash_lookalike(c) && prev != c && next != c && dash_follower(next) && next != U'《' &&
                 at_line_start(ctx, paras[p], v, i)) {
        // A single look-alike opening a line before Chinese text (-我们…, ―面对…):
        // a ——item whose dash lost a character. Not a range (its line starts with it).
        ctx.report_in(paras[p], v[i].pos, v[i].end(),
                      utf8_of(v, paras[p].text, i, i + 1) + " used as a dash; the dash is ——", std::string("——"));
      }
    }
  }
}

}  // namespace cppcc::linter
