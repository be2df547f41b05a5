// P009 sequence-number-mark: 一、 （一） 1. （1） 第一， are right; （一）、 1、
// 一. and 第一、 are not (GB/T 15834 4.5.3.3, 4.12.3); nor is 三，2026年重点工作, a
// heading line (short, no end mark) whose number takes ， for 、.
#include "cppcc/numeral.h"
#include "lint/context.h"

namespace cppcc::linter {

namespace {

/// What may open a heading after its label: a Chinese character, a year (一．2015年工作回顾)
/// or a quotation (二．“十三五”时期…).
bool label_text_follows(char32_t cp) {
  return is_han(cp) || is_digit(cp) || cp == U'“' || cp == U'《';
}

/// The source line where paragraph P starts reads as a heading: at most 40 characters, not
/// ending as a sentence does (reflow may have joined it with the text below).
bool heading_like(const Context& ctx, const Paragraph& p) {
  const std::string_view text = ctx.text();
  const size_t b = p.source_begin(0);
  size_t e = std::min(text.find('\n', b), text.size());
  while (e > b && (text[e - 1] == '\r' || text[e - 1] == ' ' || text[e - 1] == '\t')) --e;
  const auto line = decode_all(text.substr(b, e - b));
  if (line.empty() || line.size() > 40) return false;
  return std::u32string_view(U"。！？；：，、").find(line.back().cp) == std::u32string_view::npos;
}

}  // namespace

void check_sequence_number_mark(Context& ctx) {
  const auto& paras = ctx.paragraphs();
  // 1、 is reported when the report also writes 1. labels: many texts use 1、
  // throughout, and GB/T 9704 documents vary; the mix is certainly wrong.
  bool dotted_labels = false;
  for (const SectionLabel& l : ctx.model().labels)
    dotted_labels = dotted_labels || (l.level == 2 && (l.form == "." || l.form == "．"));
  for (const GlossaryEntry& g : ctx.model().glossary) {
    const std::string& t = paras[g.paragraph].text;
    dotted_labels = dotted_labels || t[g.label_end - 1] == '.';
  }
  for (size_t p = 0; p < paras.size(); ++p) {
    const auto& v = ctx.cps(p);
    // Bracketed numbers anywhere: （一）、 and （1）、.
    for (size_t i = 0; i + 2 < v.size(); ++i) {
      if (v[i].cp != U'（' && v[i].cp != U'(') continue;
      size_t j = i + 1;
      while (j < v.size() && j - i <= 3 && (is_digit(v[j].cp) || is_chinese_numeral(v[j].cp))) ++j;
      if (j == i + 1 || j + 1 >= v.size() || (v[j].cp != U'）' && v[j].cp != U')')) continue;
      const char32_t mark = v[j + 1].cp;
      if (mark != U'、' && mark != U'.' && mark != U'．') continue;
      if (is_digit(at(v, static_cast<long>(j) + 2))) continue;
      ctx.report_in(paras[p], v[j + 1].pos, v[j + 1].end(),
                    utf8_of(v, paras[p].text, i, j + 2) + ": a bracketed number takes no mark after it", std::string());
    }
    if (v.size() < 3) continue;
    // Labels opening the paragraph: 1、 and 一.
    if (is_digit(v[0].cp)) {
      size_t j = 0;
      while (j < v.size() && j < 2 && is_digit(v[j].cp)) ++j;
      const char32_t next = at(v, static_cast<long>(j) + 1);
      // 1、2月份 lists numbers; a label is followed by words.
      if (dotted_labels && at(v, static_cast<long>(j)) == U'、' && !is_digit(next) && next != 0) {
        ctx.report_in(paras[p], v[j].pos, v[j].end(),
                      utf8_of(v, paras[p].text, 0, j + 1) + ": an Arabic sequence number takes a full stop (1.), not 、",
                      std::string("."));
      }
    } else if (is_chinese_numeral(v[0].cp)) {
      size_t j = 0;
      while (j < v.size() && j < 3 && is_chinese_numeral(v[j].cp)) ++j;
      const char32_t m = at(v, static_cast<long>(j));
      if ((m == U'.' || m == U'．') && small_numeral(utf8_of(v, paras[p].text, 0, j)).value_or(0) > 0 &&
          label_text_follows(at(v, static_cast<long>(j) + 1))) {
        ctx.report_in(paras[p], v[j].pos, v[j].end(),
                      utf8_of(v, paras[p].text, 0, j + 1) + ": a Chinese sequence number takes 、", std::string("、"));
      } else if ((m == U'，' || m == U',') && heading_like(ctx, paras[p]) &&
                 small_numeral(utf8_of(v, paras[p].text, 0, j)).value_or(0) > 0 &&
                 label_text_follows(at(v, static_cast<long>(j) + 1))) {
        ctx.report_in(paras[p], v[j].pos, v[j].end(),
                      utf8_of(v, paras[p].text, 0, j + 1) + ": a Chinese sequence number of a heading takes 、",
                      std::string("、"));
      }
    }
    // 第一、 opening a sentence: ordinals take ，.
    for (size_t i = 0; i + 3 < v.size(); ++i) {
      if (v[i].cp != U'第' || (i > 0 && v[i - 1].cp != U'。' && v[i - 1].cp != U'；' && v[i - 1].cp != U'：'))
        continue;
      size_t j = i + 1;
      while (j < v.size() && j - i <= 2 && is_chinese_numeral(v[j].cp)) ++j;
      if (j == i + 1 || at(v, static_cast<long>(j)) != U'、') continue;
      const char32_t next = at(v, static_cast<long>(j) + 1);
      if (is_chinese_numeral(next) || next == U'第' || !is_han(next)) continue;  // 第一、二季度
      ctx.report_in(paras[p], v[j].pos, v[j].end(),
                    utf8_of(v, paras[p].text, i, j + 1) + ": an ordinal opening a sentence takes ，", std::string("，"));
    }
  }
}

}  // namespace cppcc::linter
