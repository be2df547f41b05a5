#include "lint/outline.h"

#include <algorithm>

#include "lint/context.h"

namespace cppcc::linter {

namespace {

bool is_open_paren(char32_t c) { return c == U'（' || c == U'('; }
bool is_close_paren(char32_t c) { return c == U'）' || c == U')'; }
bool is_label_mark(char32_t c) { return c == U'、' || c == U'.' || c == U'．'; }

std::u32string range(const std::vector<CodePoint>& v, size_t b, size_t e) {
  std::u32string s;
  for (size_t i = b; i < e && i < v.size(); ++i) s.push_back(v[i].cp);
  return s;
}

bool contains(std::u32string_view s, std::u32string_view w) { return s.find(w) != std::u32string_view::npos; }

/// Sentence-ending marks before the last code point: a heading has none.
bool one_sentence(const std::vector<CodePoint>& v, size_t from) {
  for (size_t i = from; i + 1 < v.size(); ++i) {
    const char32_t c = v[i].cp;
    if (c == U'。' || c == U'！' || c == U'？' || c == U'；') return false;
  }
  return true;
}

std::optional<PartHeading> parse_part(const std::vector<CodePoint>& v, const std::optional<Label>& label) {
  if (v.size() > 48) return std::nullopt;
  size_t i = label && label->level == 0 ? 0 : 0;
  if (label) {
    if (label->level != 0) return std::nullopt;
    while (i < v.size() && v[i].pos < label->end) ++i;
  }
  PartHeading h;
  h.numbered = label.has_value();
  const std::u32string rest = range(v, i, v.size());
  if (!one_sentence(v, i)) return std::nullopt;
  size_t y = 0;
  if (rest.rfind(U"回望", 0) == 0) y = 2;
  if (y + 5 <= rest.size() && is_digit(rest[y]) && is_digit(rest[y + 1]) && is_digit(rest[y + 2]) &&
      is_digit(rest[y + 3]) && (rest[y + 4] == U'年' || y == 2)) {
    h.year = (rest[y] - '0') * 1000 + (rest[y + 1] - '0') * 100 + (rest[y + 2] - '0') * 10 + (rest[y + 3] - '0');
    h.year_begin = v[i + y].pos;
    h.year_end = v[i + y + (rest[y + 4] == U'年' ? 4 : 3)].end();
  }
  const bool review = contains(rest, U"回顾") || contains(rest, U"主要工作") || contains(rest, U"工作总结") ||
                      rest.rfind(U"过去", 0) == 0 || y == 2;
  const bool plan = contains(rest, U"任务") || contains(rest, U"工作安排") || contains(rest, U"工作建议") ||
                    contains(rest, U"总体要求") || rest.rfind(U"今后", 0) == 0;
  const bool colon_theme = h.year && y + 5 < rest.size() && (rest[y + 5] == U'：' || rest[y + 5] == U':');
  if (!review && !plan && !colon_theme) return std::nullopt;
  if (!h.year && !(rest.rfind(U"过去", 0) == 0 || rest.rfind(U"今后", 0) == 0)) return std::nullopt;
  h.kind = review && !plan ? PartHeading::kReview : plan && !review ? PartHeading::kPlan : PartHeading::kUnknown;
  return h;
}

bool is_boundary_heading(std::u32string_view s) {
  if (s.size() > 20) return false;
  return s.rfind(U"附件", 0) == 0 || s.rfind(U"名词解释", 0) == 0 || s.rfind(U"注释", 0) == 0 ||
         s.rfind(U"■附件", 0) == 0;
}

std::optional<GlossaryItem> parse_glossary_item(const std::vector<CodePoint>& v, std::string_view text) {
  size_t i = 0;
  int n = 0;
  while (i < v.size() && i < 2 && is_digit(v[i].cp)) n = n * 10 + static_cast<int>(v[i++].cp - '0');
  if (i == 0 || i >= v.size() || !is_label_mark(v[i].cp) || is_digit(at(v, static_cast<long>(i) + 1)))
    return std::nullopt;
  GlossaryItem g;
  g.number = n;
  g.label_begin = 0;
  g.label_end = v[i].end();
  const size_t t0 = i + 1;
  for (size_t k = t0; k < v.size() && k < t0 + 40; ++k) {
    const char32_t c = v[k].cp;
    if (c == U'，' || c == U'。' || c == U'；') return std::nullopt;
    if (c == U'：' || c == U':') {
      if (k == t0) return std::nullopt;
      g.term_begin = v[t0].pos;
      g.term_end = v[k].pos;
      std::string_view term = text.substr(g.term_begin, g.term_end - g.term_begin);
      const size_t q = term.find("“");
      const size_t qe = q == std::string_view::npos ? q : term.find("”", q);
      g.key = std::string(qe == std::string_view::npos ? term : term.substr(q + 3, qe - q - 3));
      return g;
    }
  }
  return std::nullopt;
}

std::optional<DateLine> parse_date_line(const std::vector<CodePoint>& v) {
  if (v.empty() || v.size() > 60) return std::nullopt;
  const char32_t first = v[0].cp;
  if (!(is_open_paren(first) || first == U'—' || first == U'―' || is_digit(first))) return std::nullopt;
  for (size_t i = 0; i + 4 < v.size(); ++i) {
    if (!(is_digit(v[i].cp) && is_digit(at(v, i + 1)) && is_digit(at(v, i + 2)) && is_digit(at(v, i + 3)) &&
          at(v, i + 4) == U'年'))
      continue;
    if (i > 0 && is_digit(v[i - 1].cp)) continue;
    DateLine d;
    d.year = static_cast<int>((v[i].cp - '0') * 1000 + (v[i + 1].cp - '0') * 100 + (v[i + 2].cp - '0') * 10 +
                              (v[i + 3].cp - '0'));
    size_t k = i + 5;
    int month = 0, day = 0, digits = 0;
    while (k < v.size() && is_digit(v[k].cp) && digits < 2) month = month * 10 + static_cast<int>(v[k++].cp - '0'), ++digits;
    if (digits == 0 || at(v, static_cast<long>(k)) != U'月') return std::nullopt;
    ++k;
    digits = 0;
    while (k < v.size() && is_digit(v[k].cp) && digits < 2) day = day * 10 + static_cast<int>(v[k++].cp - '0'), ++digits;
    if (digits == 0 || at(v, static_cast<long>(k)) != U'日') return std::nullopt;
    d.month = month;
    d.day = day;
    d.begin = v[i].pos;
    d.end = v[k].end();
    return d;
  }
  return std::nullopt;
}

}  // namespace

std::optional<Label> parse_label(const std::vector<CodePoint>& v) {
  if (v.size() < 2) return std::nullopt;
  Label l;
  size_t i = 0;
  std::u32string form;
  if (is_open_paren(v[0].cp)) {
    form.push_back(v[0].cp);
    i = 1;
    std::u32string num;
    while (i < v.size() && i < 4 && (is_digit(v[i].cp) || is_chinese_numeral(v[i].cp))) num.push_back(v[i++].cp);
    if (num.empty() || i >= v.size() || !is_close_paren(v[i].cp)) return std::nullopt;
    form.push_back(v[i].cp);
    if (is_digit(num[0])) {
      if (num.size() > 2 || !std::all_of(num.begin(), num.end(), is_digit)) return std::nullopt;
      l.level = 3;
      l.number = static_cast<int>(num[0] - '0');
      if (num.size() == 2) l.number = l.number * 10 + static_cast<int>(num[1] - '0');
    } else {
      l.level = 1;
      l.number = chinese_number(num);
      if (l.number < 1) return std::nullopt;
    }
    ++i;
    if (i < v.size() && (is_label_mark(v[i].cp) || v[i].cp == U'，')) form.push_back(v[i++].cp);
  } else if (is_chinese_numeral(v[0].cp)) {
    std::u32string num;
    while (i < v.size() && i < 3 && is_chinese_numeral(v[i].cp)) num.push_back(v[i++].cp);
    if (i >= v.size() || !is_label_mark(v[i].cp)) return std::nullopt;
    l.level = 0;
    l.number = chinese_number(num);
    if (l.number < 1) return std::nullopt;
    form.push_back(v[i++].cp);
  } else if (is_digit(v[0].cp)) {
    int n = 0;
    while (i < v.size() && i < 2 && is_digit(v[i].cp)) n = n * 10 + static_cast<int>(v[i++].cp - '0');
    if (i >= v.size() || !is_label_mark(v[i].cp) || is_digit(at(v, static_cast<long>(i) + 1))) return std::nullopt;
    // "2.5" or "3.1%": a number, not a label; "2025." neither.
    if (n == 0) return std::nullopt;
    l.level = 2;
    l.number = n;
    form.push_back(v[i++].cp);
  } else {
    return std::nullopt;
  }
  if (i >= v.size()) return std::nullopt;  // a bare label is not a heading
  l.begin = 0;
  l.end = v[i - 1].end();
  l.form = to_utf8(form);
  l.standalone = v.size() - i <= 40 && one_sentence(v, i);
  return l;
}

Outline build_outline(const Context& ctx) {
  Outline o;
  const auto& paras = ctx.paragraphs();
  std::vector<GlossaryItem> items;
  for (size_t p = 0; p < paras.size(); ++p) {
    const auto& v = ctx.cps(p);
    if (v.empty()) continue;
    std::optional<Label> label = parse_label(v);
    if (auto part = parse_part(v, label)) {
      part->paragraph = p;
      if (!part->numbered) o.boundaries.push_back(p);
      o.parts.push_back(*part);
    }
    if (is_boundary_heading(range(v, 0, std::min<size_t>(v.size(), 21)).substr(0, 21)) && v.size() <= 20) {
      o.boundaries.push_back(p);
      const std::u32string s = range(v, 0, v.size());
      if (contains(s, U"名词解释") || s == U"注释" || s == U"注解") o.glossary_heading = p;
      if (!o.annex_start && (s.rfind(U"附件", 0) == 0 || s.rfind(U"■附件", 0) == 0)) o.annex_start = p;
    }
    if (auto g = parse_glossary_item(v, paras[p].text)) {
      g->paragraph = p;
      items.push_back(*g);
    }
    if (label) {
      label->paragraph = p;
      o.labels.push_back(*label);
    }
  }
  // The glossary: a run of "N.term：" items next to a 名词解释 heading (before
  // or after it: newspaper pages put the heading below its items).
  if (o.glossary_heading && !items.empty()) {
    const size_t h = *o.glossary_heading;
    std::vector<std::vector<GlossaryItem>> groups;
    for (const auto& it : items) {
      if (groups.empty() || it.paragraph > groups.back().back().paragraph + 4) groups.emplace_back();
      groups.back().push_back(it);
    }
    for (const auto& g : groups) {
      const size_t first = g.front().paragraph, last = g.back().paragraph;
      const bool near_before = h < first && first - h <= 4;
      const bool near_after = h > last && h - last <= 4;
      if ((near_before || near_after) && g.size() >= 2) {
        o.glossary = g;
        o.glossary_first = std::min(first, h);
        o.glossary_last = std::max(last, h);
        // Definitions that follow the last item belong to the glossary too.
        if (near_before) {
          size_t e = last + 1;
          while (e < paras.size() && e <= last + 3 && !parse_label(ctx.cps(e))) ++e;
          o.glossary_last = std::max(o.glossary_last, e - 1);
        }
      }
    }
    if (!o.glossary.empty()) {
      std::vector<Label> kept;
      for (const auto& l : o.labels) {
        const bool in_glossary = l.paragraph >= o.glossary.front().paragraph && l.paragraph <= o.glossary.back().paragraph &&
                                 l.level == 2;
        if (!in_glossary) kept.push_back(l);
      }
      o.labels = std::move(kept);
    }
  }
  // The date line is a line of its own near the top (reflow may join it to the title).
  const SourceText& src = ctx.src();
  for (size_t line = 1; line <= src.line_count() && line <= 60 && !o.date; ++line) {
    std::string_view t = src.line_text(line);
    size_t lead = 0;
    while (lead < t.size() && (t[lead] == ' ' || t[lead] == '\t')) ++lead;
    while (t.substr(lead, 3) == "\u3000") lead += 3;
    if (auto d = parse_date_line(decode_all(t.substr(lead)))) {
      const size_t base = src.line_start(line) + lead;
      d->begin += base;
      d->end += base;
      o.date = *d;
    }
  }
  std::sort(o.boundaries.begin(), o.boundaries.end());
  o.boundaries.erase(std::unique(o.boundaries.begin(), o.boundaries.end()), o.boundaries.end());
  return o;
}

}  // namespace cppcc::linter
