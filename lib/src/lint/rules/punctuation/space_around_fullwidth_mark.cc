// P012 space-around-fullwidth-mark: 发展 ，改革, 提出 “两个确立” — a space before
// or after a full-width mark between Chinese text. A full-width mark carries its
// own spacing (GB/T 15834), so the space is a stray keystroke or a converter's
// leftover. Not reported: indents at the start of a line, a line break that the
// reflow joined, spaces after a sequence label (（一）　标题, Word numbering) and
// tabs (table layout), the paragraph of the date line (a title block set on
// one line). Signatures (李　强) hold no mark and never match.
#include "lint/context.h"

namespace cppcc::linter {

namespace {

bool is_mark(char32_t c) { return std::u32string_view(U"，。、；：？！“”《》（）").find(c) != std::u32string_view::npos; }

/// Spaces typed between words; tabs lay out tables and are left alone.
bool is_space(char32_t c) { return c == U' ' || c == U'\u3000' || c == U'\u00A0' || c == U'\u2002' || c == U'\u2003'; }

/// Chinese text on the other side of the space: an ideograph, a figure or a Chinese mark.
bool is_chinese_side(char32_t c) { return is_han(c) || is_digit(c) || c == U'%' || is_cjk_punct(c); }

/// V[0, e) is a sequence label at the paragraph start: 一、 （一） （1） 1、
bool is_label(const std::vector<CodePoint>& v, size_t e) {
  if (e < 2) return false;
  const char32_t last = v[e - 1].cp;
  size_t k = v[0].cp == U'（' ? 1 : 0;
  if (last != U'、' && last != U'）') return false;
  if ((k == 1) != (last == U'）')) return false;
  const size_t digits = k;
  while (k < e - 1 && (is_chinese_numeral(v[k].cp) || is_digit(v[k].cp))) ++k;
  return k == e - 1 && k > digits;
}

}  // namespace

void check_space_around_fullwidth_mark(Context& ctx) {
  const auto& paras = ctx.paragraphs();
  const std::string_view text = ctx.text();
  const auto& date_line = ctx.model().date_line;
  for (size_t p = 0; p < paras.size(); ++p) {
    // A title block set on one line (…会议上 （2025年1月14日） 殷勇) is layout.
    if (date_line && date_line->paragraph == p) continue;
    const Paragraph& para = paras[p];
    const auto& v = ctx.cps(p);
    for (size_t i = 1; i < v.size(); ++i) {
      if (!is_space(v[i].cp)) continue;
      size_t j = i;
      while (j < v.size() && is_space(v[j].cp)) ++j;
      if (j == v.size()) break;
      const char32_t before = v[i - 1].cp, after = v[j].cp;
      const bool wrong = (is_mark(before) && is_chinese_side(after)) || (is_mark(after) && is_chinese_side(before));
      // The mark must be full-width in the file too: 来源 : 南方日报 is a half-width
      // colon the canonical view widened (P003's finding, web-menu spacing).
      const size_t m = is_mark(after) ? j : i - 1;
      if (!wrong || is_label(v, i) || !ctx.views().same_as_written(p, v[m].pos, v[m].end())) {
        i = j;
        continue;
      }
      // The spaces must stand between the two characters on one source line:
      // not an indent, nor the end of a line the reflow joined.
      const size_t sb = para.source_end(v[i - 1].end()), se = para.source_begin(v[j].pos);
      const std::string_view between = se >= sb ? text.substr(sb, se - sb) : std::string_view("\n");
      if (between.find_first_of("\r\n\t") != std::string_view::npos) {
        i = j;
        continue;
      }
      // Fixed only where the file writes what the canonical view reads (no
      // half-width mark or Traditional neighbour converted): the fix then
      // deletes exactly the spaces the reader sees.
      const bool certain = ctx.views().same_as_written(p, v[i - 1].pos, v[j].end());
      const std::string mark = utf8_of(v, para.text, m, m + 1);
      ctx.report_in(para, v[i].pos, v[j - 1].end(),
                    std::string(is_mark(after) ? "space before " : "space after ") + mark +
                        "; a full-width mark takes no space",
                    certain ? std::optional<std::string>("") : std::nullopt);
      i = j;
    }
  }
}

}  // namespace cppcc::linter
