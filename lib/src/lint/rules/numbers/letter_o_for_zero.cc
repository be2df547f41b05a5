// N010 letter-o-for-zero: 二O二五年, 二0二五年 — the zero of a Chinese-numeral
// year is 〇 (U+3007), not the letter O or the digit 0; and 2O24年 has a letter
// where the digit 0 belongs.
#include "lint/context.h"

namespace cppcc::linter {

namespace {
bool is_fake_zero(char32_t c) {
  // ○ (U+25CB) is left alone: GB2312-era documents type it for 〇 and readers cannot tell them apart.
  return c == U'O' || c == U'o' || c == U'0' || c == U'０' || c == U'Ｏ';
}
bool is_year_digit(char32_t c) { return std::u32string_view(U"〇一二三四五六七八九").find(c) != std::u32string_view::npos; }
}  // namespace

void check_letter_o_for_zero(Context& ctx) {
  const auto& paras = ctx.written();
  for (size_t p = 0; p < paras.size(); ++p) {
    const auto& v = ctx.written_cps(p);
    for (size_t i = 0; i < v.size(); ++i) {
      if (!is_year_digit(v[i].cp) && !is_fake_zero(v[i].cp)) continue;
      size_t j = i;
      bool fake = false;
      while (j < v.size() && (is_year_digit(v[j].cp) || is_fake_zero(v[j].cp))) fake |= is_fake_zero(v[j++].cp);
      // Four numerals and 年: a year such as 二〇二五年.
      if (fake && j - i == 4 && at(v, static_cast<long>(j)) == U'年' && is_year_digit(v[i].cp)) {
        for (size_t k = i; k < j; ++k) {
          if (!is_fake_zero(v[k].cp)) continue;
          ctx.report_in(paras[p], v[k].pos, v[k].end(),
                        "year " + utf8_of(v, paras[p].text, i, j + 1) + " uses " +
                            utf8_of(v, paras[p].text, k, k + 1) + " for zero; write 〇",
                        std::string("〇"));
        }
      }
      i = j == i ? i : j - 1;
    }
    // Arabic numbers with a letter O: 2O24年, 1O%.
    for (size_t i = 0; i < v.size(); ++i) {
      if (!is_digit(v[i].cp) || (i > 0 && (is_latin(v[i - 1].cp) || is_digit(v[i - 1].cp)))) continue;
      size_t j = i;
      size_t digits = 0, letters = 0;
      while (j < v.size() && (is_digit(v[j].cp) || v[j].cp == U'O' || v[j].cp == U'o')) {
        (is_digit(v[j].cp) ? digits : letters) += 1;
        ++j;
      }
      const char32_t after = at(v, static_cast<long>(j));
      if (letters > 0 && digits >= 1 && (is_han(after) || after == U'%' || after == U'％')) {
        for (size_t k = i; k < j; ++k) {
          if (is_digit(v[k].cp)) continue;
          ctx.report_in(paras[p], v[k].pos, v[k].end(),
                        "number " + utf8_of(v, paras[p].text, i, j) + " has the letter O for the digit 0",
                        std::string("0"));
        }
      }
      i = j == i ? i : j - 1;
    }
  }
}

}  // namespace cppcc::linter
