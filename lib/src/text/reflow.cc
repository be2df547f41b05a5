// Reflow: decide which line breaks are hard wraps and join those lines.
//
// Two layouts occur. Newspaper extractions ("wrapped"): most lines have the
// same display width; a line that fills the measure continues on the next
// line, and a blank line after a full line that ends mid-sentence is a page
// break, not a paragraph end. Web and Word texts ("unwrapped"): one paragraph
// per line. In both, a line that starts with closing punctuation or follows
// an opening bracket cannot start a paragraph (GB/T 15834 line-start bans).
#include <algorithm>
#include <array>
#include <map>

#include "cppcc/normalize.h"
#include "cppcc/reflow.h"
#include "text/line_marks.h"
#include "text/web_remnants.h"
#include "cppcc/text.h"

namespace cppcc {

namespace {

struct Line {
  size_t begin = 0, end = 0;  ///< content after trimming indentation and trailing blanks
  uint32_t number = 0;
  int width = 0;              ///< display width of the content
  bool blank = true;
  bool indented = false;      ///< starts with a wide space (U+3000, U+2003 …), a tab or two spaces
  bool invisible = false;     ///< holds only zero-width characters: belongs to no paragraph
  char32_t first = 0, last = 0, before_last = 0;
};


bool cannot_start_line(char32_t c) {
  switch (c) {
    case U'，': case U'。': case U'、': case U'；': case U'：': case U'？': case U'！':
    case U'”': case U'’': case U'）': case U'》': case U'〉': case U'】': case U'」': case U'』':
    case U'〕': case U'…': case U'·':
    case ',': case ';': case ':': case '?': case '!': case ')':  // the same marks in a half-width copy
      return true;
    default:
      return false;
  }
}
bool cannot_end_line(char32_t c) {
  return c == U'“' || c == U'‘' || c == U'（' || c == U'《' || c == U'〈' || c == U'【' || c == U'「' ||
         c == U'『' || c == U'〔';
}
bool is_terminal(char32_t c) {
  return c == U'。' || c == U'！' || c == U'？' || c == U'；' || c == U'：' || c == U'…' || c == '.' ||
         c == '!' || c == '?' || c == ':';
}
/// A line that ends a sentence: 。 or a closing quote/bracket right after one (。” ）).
bool ends_sentence(const Line& l) {
  if (is_terminal(l.last)) return true;
  const bool closer = l.last == U'”' || l.last == U'’' || l.last == U'）' || l.last == ')' || l.last == U'》';
  return closer && is_terminal(l.before_last);
}
/// A line that stops at a comma, an enumeration mark, a particle or
/// preposition (的 和 在 把 …) or a digit cannot end a paragraph.
bool ends_clause(const Line& l) {
  static constexpr std::u32string_view kConnectives = U"，、,的和与及或在对把被将向为从于并而之其";
  // A digit only on a longer line: 附件1 is a label, 收到提案31\n4件 a split number.
  return kConnectives.find(l.last) != std::u32string_view::npos ||
         (l.last >= '0' && l.last <= '9' && l.width >= 16);
}
/// A line with a quotation mark or bracket still open (开展“三会一\n课”).
bool leaves_pair_open(std::string_view t) {
  auto count = [&](std::string_view m) {
    size_t n = 0;
    for (size_t i = t.find(m); i != std::string_view::npos; i = t.find(m, i + m.size())) ++n;
    return n;
  };
  return count("“") > count("”") || count("（") + count("(") > count("）") + count(")") || count("《") > count("》");
}
/// Decorations that open a block in newspaper layouts: ◇张磊, ■ bullets.
bool is_block_mark(char32_t c) { return c == U'◇' || c == U'◆' || c == U'■' || c == U'●' || c == U'□'; }
bool has_sentence_mark(std::string_view t) {
  return t.find("。") != std::string_view::npos || t.find("！") != std::string_view::npos ||
         t.find("？") != std::string_view::npos || t.find("：") != std::string_view::npos;
}

/// A line that is one bracketed unit, like the date line （2025年2月25日）.
bool is_bracketed_line(const Line& l) {
  return (l.first == U'（' && l.last == U'）') || (l.first == '(' && l.last == ')') ||
         (l.first == U'【' && l.last == U'】');
}
bool is_latin_letter(char32_t c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }

bool is_chinese_digit(char32_t c) {
  static constexpr std::u32string_view kDigits = U"一二三四五六七八九十〇零";
  return kDigits.find(c) != std::u32string_view::npos;
}

}  // namespace

namespace detail {

/// Lines that open a heading or a numbered item: 一、 （一） 2024年： 1. 名词解释.
bool starts_heading(std::string_view t) {
  size_t i = 0, len = 0;
  char32_t c = utf8::decode(t, i, &len);
  if (is_chinese_digit(c)) {
    while (i < t.size() && is_chinese_digit(c)) {
      i += len;
      if (i >= t.size()) return false;
      c = utf8::decode(t, i, &len);
    }
    return c == U'、';
  }
  if (c == U'（' || c == '(') {
    i += len;
    size_t digits = 0;
    while (i < t.size()) {
      c = utf8::decode(t, i, &len);
      if (!is_chinese_digit(c) && !(c >= '0' && c <= '9')) break;
      ++digits;
      i += len;
    }
    return digits > 0 && (c == U'）' || c == ')');
  }
  if (c >= '0' && c <= '9') {
    size_t digits = 0;
    while (i < t.size() && t[i] >= '0' && t[i] <= '9') ++i, ++digits;
    if (digits == 4 && t.substr(i, 3) == "年") {
      const std::string_view rest = t.substr(i + 3);
      return rest.substr(0, 3) == "：" || rest.substr(0, 1) == ":" || rest.find("工作") < 24;
    }
    if (digits > 2 || i >= t.size()) return false;
    if (t.substr(i, 3) == "、" || t.substr(i, 3) == "．") return true;
    return t[i] == '.' && (i + 1 >= t.size() || t[i + 1] < '0' || t[i + 1] > '9');  // 1. but not 2.5
  }
  return t.substr(0, 12) == "名词解释" || t.substr(0, 6) == "注释" || t.substr(0, 6) == "附件";
}

bool ends_sentence(std::string_view t) {
  Line l;
  for (size_t i = 0; i < t.size();) {
    size_t len = 0;
    l.before_last = l.last;
    l.last = utf8::decode(t, i, &len);
    i += len;
  }
  return ends_sentence(l);
}

bool starts_enumeration(std::string_view t) {
  if (t.substr(0, 6) == "——") return true;
  size_t i = 0, len = 0, digits = 0;
  while (i < t.size() && is_chinese_digit(utf8::decode(t, i, &len))) i += len, ++digits;
  return digits > 0 && t.substr(i, 3) == "是";
}

}  // namespace detail

namespace {

using detail::starts_heading;


std::vector<Line> split_lines(const SourceText& src) {
  std::vector<Line> lines;
  lines.reserve(src.line_count());
  const std::string_view text = src.text();
  for (size_t n = 1; n <= src.line_count(); ++n) {
    const std::string_view raw = src.line_text(n);
    const size_t base = src.line_start(n);
    Line l;
    l.number = static_cast<uint32_t>(n);
    size_t b = 0, e = raw.size();
    int leading_spaces = 0;
    bool wide_indent = false;
    while (b < e) {
      size_t len = 0;
      const char32_t c = utf8::decode(raw, b, &len);
      // A zero-width space inside the text stays in it (spans keep re-reading
      // what the file holds); a BOM is never text.
      if (!is_blank_cp(c) || (is_zero_width(c) && c != 0xFEFF)) break;
      if (c == ' ') ++leading_spaces;
      else if (!is_zero_width(c)) wide_indent = true;  // U+3000, U+2003, U+00A0, a tab …
      b += len;
    }
    bool only_blank = true, any_zero_width = false;
    for (size_t k = b; k < e && only_blank;) {
      size_t len = 0;
      const char32_t c = utf8::decode(raw, k, &len);
      only_blank = is_blank_cp(c);
      any_zero_width = any_zero_width || is_zero_width(c);
      k += len;
    }
    // A line of nothing but a zero-width space (and spaces) joins no paragraph
    // and splits none.
    l.invisible = b < e && only_blank && any_zero_width;
    while (e > b) {
      size_t k = e - 1;
      while (k > b && (static_cast<unsigned char>(raw[k]) & 0xC0) == 0x80) --k;
      size_t len = 0;
      const char32_t c = utf8::decode(raw, k, &len);
      if (!is_blank_cp(c) || is_zero_width(c)) break;
      e = k;
    }
    l.begin = base + b;
    l.end = base + e;
    l.blank = b >= e;
    l.indented = wide_indent || leading_spaces >= 2;
    if (!l.blank) {
      for (size_t i = l.begin; i < l.end;) {
        size_t len = 0;
        const char32_t c = utf8::decode(text, i, &len);
        if (i == l.begin) l.first = c;
        l.before_last = l.last;
        l.last = c;
        l.width += utf8::width(c);
        i += len;
      }
    }
    lines.push_back(l);
  }
  return lines;
}

/// The measure of a wrapped text, or 0 when lines are paragraphs. In wrapped
/// text the lines that stop mid-sentence are cut at the measure, so they share
/// one display width; in one-paragraph-per-line text the few such lines are
/// headings, titles and web fragments of any width.
int infer_wrap_width(const SourceText& src, const std::vector<Line>& lines) {
  std::map<int, int> histogram;
  int total = 0, mid_sentence = 0;
  for (const Line& l : lines) {
    if (l.blank) continue;
    ++total;
    // Headings stop without a mark in any layout; only body lines tell.
    // Very short lines (a heading's tail, a name) say nothing about the measure.
    if (ends_sentence(l) || l.width < 16 || l.width > 160 ||
        starts_heading(src.text().substr(l.begin, l.end - l.begin)))
      continue;
    ++mid_sentence;
    ++histogram[l.width];
  }
  if (mid_sentence < 5 || mid_sentence * 5 < total) return 0;
  int mode = 0, best = 0;
  for (auto [w, n] : histogram) {
    if (n > best) best = n, mode = w;
  }
  int near = 0;
  for (auto [w, n] : histogram) {
    if (w >= mode - 8 && w <= mode + 6) near += n;
  }
  return near * 10 >= mid_sentence * 7 ? mode : 0;
}

/// A short "label：value" line of a web page (来源：北京日报, 时间：2026-02-02).
bool is_label_line(std::string_view t, const Line& l) {
  if (l.width >= 60) return false;
  const size_t colon = std::min(t.find("："), t.find(':'));  // 来源:北京日报 in a half-width copy too
  return colon != std::string_view::npos && colon <= 12 && colon + 3 < t.size();
}

/// The subtitle under a title: ——在…会议上, ——2017年3月5日在….
bool is_subtitle(std::string_view t) {
  return t.substr(0, 9) == "——在" || (t.substr(0, 6) == "——" && t.size() > 6 && t[6] >= '0' && t[6] <= '9');
}

/// A line made only of dashes (a wiki rendering of —— on its own line).
bool is_dash_line(const Line& l) { return l.first == U'—' && l.last == U'—' && l.width <= 4; }

struct Builder {
  const SourceText& src;
  Paragraph p;
  bool open = false;

  void start(const Line& l) {
    p = Paragraph{};
    p.first_line = p.last_line = l.number;
    append(l);
    open = true;
  }
  void append(const Line& l) {
    const std::string_view t = src.text();
    p.text.append(t.substr(l.begin, l.end - l.begin));
    for (size_t i = l.begin; i < l.end; ++i) p.source.push_back(static_cast<uint32_t>(i));
    p.last_line = l.number;
  }
  void join(const Line& prev, const Line& l) {
    // Latin words wrapped in running Latin text get their space back; CJK and
    // numbers split by a wrap (习近\n平, 12\n项) join directly.
    if (is_latin_letter(prev.last) && is_latin_letter(l.first)) {
      const std::string_view tail = src.text().substr(prev.begin, prev.end - prev.begin);
      if (tail.find(' ') != std::string_view::npos) {
        p.text += ' ';
        p.source.push_back(static_cast<uint32_t>(prev.end));
      }
    }
    append(l);
  }
  void finish(std::vector<Paragraph>& out) {
    if (!open) return;
    open = false;
    if (!is_nfc_stable(p.text)) {  // Chinese text nearly always is: no copy then
      MappedText n = normalize_nfc(p.text);
      if (n.text != p.text) {
        SourceMap composed;
        for (size_t i = 0; i < n.source.size(); ++i) composed.push_back(p.source[n.source[i]]);
        p.text = std::move(n.text);
        p.source = std::move(composed);
      }
    }
    out.push_back(std::move(p));
  }
};

}  // namespace

std::vector<Paragraph> reflow(const SourceText& src, const ReflowOptions& options) {
  const std::vector<Line> lines = split_lines(src);
  const int wrap = options.wrap_width > 0 ? options.wrap_width : infer_wrap_width(src, lines);
  auto full = [&](const Line& l) { return wrap > 0 && l.width >= wrap - 8 && l.width <= wrap + 6; };
  auto page_full = [&](const Line& l) { return wrap > 0 && l.width >= wrap - 4 && l.width <= wrap + 6; };

  std::vector<Paragraph> out;
  Builder b{src, {}, false};
  const Line* prev = nullptr;
  const Line* before_prev = nullptr;  // the non-blank line before PREV
  const Line* first_of_paragraph = nullptr;
  bool blank_between = false;
  for (const Line& l : lines) {
    // A zero-width space alone on a line neither ends the paragraph nor decides
    // how its neighbours join; its bytes stay in the text so spans re-read the file.
    if (l.invisible) {
      if (b.open) b.append(l);
      continue;
    }
    if (l.blank) {
      blank_between = true;
      continue;
    }
    bool join = false;
    if (prev) {
      const std::string_view head = src.text().substr(l.begin, l.end - l.begin);
      const std::string_view para_head =
          src.text().substr(first_of_paragraph->begin, first_of_paragraph->end - first_of_paragraph->begin);
      if (!blank_between) {
        if (wrap > 0) {
          // A full line continues on the next, unless the next line opens a
          // block of its own: a heading, a date line, a ◇ speaker or ■ bullet.
          join = (full(*prev) || ends_clause(*prev)) && !l.indented && !starts_heading(head) &&
                 !is_bracketed_line(l) && !is_block_mark(l.first) && !is_bracketed_line(*prev) &&
                 !is_subtitle(head);
        } else {
          // One paragraph per line, but web copies break lines around links
          // (…党的十八届六中全会\n正式明确\n习近平\n总书记…). Join a line that stops
          // mid-sentence, unless it is a short first line: a heading or title.
          // (Two short fragments in a row are pieces of one line: 政府工作报\n告.)
          // (A line with a comma inside that stops mid-sentence is no heading.)
          const std::string_view prev_line = src.text().substr(prev->begin, prev->end - prev->begin);
          const bool heading_like = prev == first_of_paragraph && prev->width < 60 && !is_dash_line(*prev) &&
                                    (prev_line.find("，") == std::string_view::npos || is_block_mark(prev->first)) &&
                                    (l.width >= 60 || has_sentence_mark(head) || head.find("，") != std::string_view::npos);
          join = !ends_sentence(*prev) && !heading_like && !l.indented && !starts_heading(head) &&
                 !starts_heading(para_head) && head.substr(0, 6) != "——" && !is_label_line(head, l) &&
                 !(prev == first_of_paragraph && is_label_line(para_head, *prev)) &&
                 !((l.last == U'：' || l.last == ':') && l.width < 30) &&  // a salutation: 各位代表：
                 !is_bracketed_line(l) && !is_block_mark(l.first) && !is_bracketed_line(*prev);
          // A line that stops mid-clause or inside quotes continues.
          const std::string_view prev_text = src.text().substr(prev->begin, prev->end - prev->begin);
          if (!join && (ends_clause(*prev) || leaves_pair_open(prev_text)) && !starts_heading(head) &&
              !is_block_mark(l.first) && !is_label_line(prev_text, *prev))
            join = true;
        }
        if (cannot_start_line(l.first) || cannot_end_line(prev->last)) join = true;
        // 当前位置: 首页 > 两会 > 两会热点 / 两会热点 / the title: the crumb's echo is a line of its own.
        if (before_prev && text::echoes_last_crumb(src.text().substr(before_prev->begin, before_prev->end - before_prev->begin),
                                                   src.text().substr(prev->begin, prev->end - prev->begin)))
          join = false;
      } else {
        // A blank line after a full line that stops mid-sentence is a page
        // break — unless a heading, a subtitle (——在…) or a date line is involved.
        join = page_full(*prev) && !ends_sentence(*prev) && !l.indented && !starts_heading(head) &&
               !starts_heading(para_head) && !is_bracketed_line(l) && para_head.substr(0, 6) != "——";
        if (wrap > 0 && (cannot_start_line(l.first) || cannot_end_line(prev->last))) join = true;
      }
    }
    if (join) {
      b.join(*prev, l);
    } else {
      b.finish(out);
      b.start(l);
      first_of_paragraph = &l;
    }
    before_prev = prev;
    prev = &l;
    blank_between = false;
  }
  b.finish(out);
  return out;
}

}  // namespace cppcc
