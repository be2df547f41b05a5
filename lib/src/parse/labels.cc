#include "parse/labels.h"

#include <algorithm>
#include <string>

#include "cppcc/normalize.h"
#include "cppcc/numeral.h"

namespace cppcc::parse {

namespace {

constexpr size_t kMaxStandaloneHeading = 40;  // code points after the label

struct Cp {
  char32_t cp = 0;
  size_t pos = 0, end = 0;
};

/// The first MAX code points of S (a label is short: a long paragraph is not decoded whole).
std::vector<Cp> decode_head(std::string_view s, size_t max) {
  std::vector<Cp> v;
  for (size_t i = 0; i < s.size() && v.size() < max;) {
    size_t len = 1;
    const char32_t c = utf8::decode(s, i, &len);
    v.push_back({c, i, i + len});
    i += len;
  }
  return v;
}

bool is_digit(char32_t c) { return c >= U'0' && c <= U'9'; }
bool is_open_paren(char32_t c) { return c == U'（' || c == U'('; }
bool is_close_paren(char32_t c) { return c == U'）' || c == U')'; }
bool is_label_mark(char32_t c) { return c == U'、' || c == U'.' || c == U'．'; }
bool is_cn_digit(char32_t c) { return std::u32string_view(U"〇零一二两三四五六七八九十百千").find(c) != std::u32string_view::npos; }
char32_t at(const std::vector<Cp>& v, size_t i) { return i < v.size() ? v[i].cp : 0; }

std::string utf8_of(std::string_view text, const std::vector<Cp>& v, size_t b, size_t e) {
  return b < e ? std::string(text.substr(v[b].pos, v[e - 1].end - v[b].pos)) : std::string();
}

/// Past one or two spaces (ASCII or U+3000) typed between a label's number and
/// its mark (三 、): the label is still this one, written wrongly (P012 reports
/// the space); without this, S001 took the next label for the skip. I when
/// no mark follows the spaces.
size_t skip_typed_space(const std::vector<Cp>& v, size_t i) {
  size_t k = i;
  while (k < v.size() && k < i + 2 && (v[k].cp == U' ' || v[k].cp == U'\u3000')) ++k;
  return k < v.size() && is_label_mark(v[k].cp) ? k : i;
}

/// No sentence ends before the last code point: the rest is one heading.
bool one_sentence(const std::vector<Cp>& v, size_t from) {
  for (size_t i = from; i + 1 < v.size(); ++i)
    if (v[i].cp == U'。' || v[i].cp == U'！' || v[i].cp == U'？' || v[i].cp == U'；') return false;
  return true;
}

/// The marks of a label as the file writes them (its number left out): the
/// label is read on the canonical view, where (一) and （一） are one form, but
/// S005 asks whether the file writes one level two ways.
std::string written_form(std::string_view label) {
  std::string form;
  for (size_t i = 0; i < label.size();) {
    size_t len = 0;
    const char32_t c = utf8::decode(label, i, &len);
    const bool number = is_digit(c) || is_cn_digit(c) || (c >= 0xFF10 && c <= 0xFF19);
    if (!number && !is_blank_cp(c)) form.append(label.substr(i, len));
    i += len;
  }
  return form;
}

}  // namespace

std::optional<SectionLabel> read_label(std::string_view text, size_t para) {
  // The label, and enough after it to tell a standalone heading from text.
  const std::vector<Cp> v = decode_head(text, 8 + kMaxStandaloneHeading + 2);
  const bool whole = v.empty() || v.back().end == text.size();
  if (v.size() < 2) return std::nullopt;
  SectionLabel l;
  l.paragraph = para;
  size_t i = 0;
  std::string form;
  auto take_form = [&](size_t k) { form += text.substr(v[k].pos, v[k].end - v[k].pos); };
  if (is_open_paren(v[0].cp)) {
    take_form(0);
    i = 1;
    const size_t num_begin = i;
    while (i < v.size() && i < 4 && (is_digit(v[i].cp) || is_cn_digit(v[i].cp))) ++i;
    if (i == num_begin || i >= v.size() || !is_close_paren(v[i].cp)) return std::nullopt;
    take_form(i);
    const std::string num = utf8_of(text, v, num_begin, i);
    if (is_digit(v[num_begin].cp)) {
      if (i - num_begin > 2 || !std::all_of(v.begin() + num_begin, v.begin() + i, [](const Cp& c) { return is_digit(c.cp); }))
        return std::nullopt;
      l.level = 3;
    } else {
      l.level = 1;
    }
    auto n = small_numeral(num);
    if (!n || *n < 1) return std::nullopt;
    l.number = *n;
    ++i;
    // （一）、 and （一）， are labels too, written wrongly (P009 reports the mark).
    if (i < v.size() && (is_label_mark(v[i].cp) || v[i].cp == U'，')) take_form(i++);
  } else if (is_cn_digit(v[0].cp)) {
    while (i < v.size() && i < 3 && is_cn_digit(v[i].cp)) ++i;
    const size_t num_end = i;
    i = skip_typed_space(v, i);
    if (i >= v.size() || !is_label_mark(v[i].cp)) return std::nullopt;
    auto n = small_numeral(utf8_of(text, v, 0, num_end));
    if (!n || *n < 1) return std::nullopt;
    l.level = 0;
    l.number = *n;
    take_form(i++);
  } else if (is_digit(v[0].cp)) {
    int n = 0;
    while (i < v.size() && i < 2 && is_digit(v[i].cp)) n = n * 10 + static_cast<int>(v[i++].cp - U'0');
    const size_t num_end = i;
    i = skip_typed_space(v, i);
    // "2.5" or "3.1%": a number, not a label; "2025." neither; "3 . 5" neither.
    if (i >= v.size() || !is_label_mark(v[i].cp) || is_digit(at(v, i + 1)) || n == 0) return std::nullopt;
    if (i > num_end && v[i].cp != U'、' && v[i].cp != U'．') return std::nullopt;  // "3 .": too weak alone
    l.level = 2;
    l.number = n;
    take_form(i++);
  } else {
    return std::nullopt;
  }
  if (i >= v.size()) return std::nullopt;  // a bare label is not a heading
  l.begin = 0;
  l.end = v[i - 1].end;
  l.form = std::move(form);
  l.standalone = whole && v.size() - i <= kMaxStandaloneHeading && one_sentence(v, i);
  return l;
}

std::vector<SectionLabel> read_labels(const ParseContext& ctx, const std::vector<GlossaryEntry>& glossary) {
  std::vector<SectionLabel> out;
  size_t g = 0;
  for (size_t p = 0; p < ctx.paras.size(); ++p) {
    while (g < glossary.size() && glossary[g].paragraph < p) ++g;
    auto l = read_label(ctx.paras[p].text, p);
    if (!l) continue;
    if (l->level == 2 && g < glossary.size() && glossary[g].paragraph == p) continue;  // a glossary item
    l->span = ctx.span(p, l->begin, l->end);
    l->form = written_form(ctx.written(p, l->begin, l->end));
    out.push_back(std::move(*l));
  }
  return out;
}

}  // namespace cppcc::parse
