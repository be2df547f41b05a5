// P011 paragraph-end-mark: a paragraph that stops on 、 or ， lost its end
// (a deleted item, a cut sentence). Checked on reflowed paragraphs, so the
// line ends of hard-wrapped text, which stop anywhere, do not count; nor does
// a line broken before a fragment of a few characters (web copies break
// around links: 公务演讲，\n不总是\n具有…), which reflow keeps apart.
// Reflow joins a line that stops mid-sentence to the next one (web copies
// break lines around links), so in one-paragraph-per-line text a paragraph
// end lost to 、 is seen as a long line (longer than any wrapped layout)
// ending with 、 or ， before another line; a warning, since copying a web
// page splits a paragraph the same way.
// A paragraph (or a long line before another) that holds a full sentence, 。 inside, and
// stops on a character that ends no sentence (…取得长足进步 with its 。 dropped) lost its end
// mark; headings hold no 。 inside, so they are not read. A warning, as above.
#include <set>
#include <string_view>

#include "lint/context.h"

namespace cppcc::linter {

namespace {

/// No wrapped layout is this wide (newspaper columns hold 15-40 characters).
constexpr size_t kLongLine = 50;

/// A few characters that end no sentence and open no heading (二、工作安排):
/// the rest of a broken line.
bool is_fragment(const std::vector<CodePoint>& v) {
  if (v.empty() || v.size() >= 8) return false;
  const char32_t first = v.front().cp;
  if (first == U'（' || first == U'(' || (first >= U'0' && first <= U'9') ||
      std::u32string_view(U"一二三四五六七八九十").find(first) != std::u32string_view::npos)
    return false;
  const char32_t last = v.back().cp;
  return last != U'。' && last != U'！' && last != U'？' && last != U'：' && last != U'；';
}

/// The byte offset of the 、 or ， that ends line LINE, or npos.
size_t end_mark(const SourceText& src, uint32_t line) {
  const std::string_view t = src.line_text(line);
  size_t e = t.size();
  while (e > 0 && (t[e - 1] == ' ' || t[e - 1] == '\t')) --e;
  for (std::string_view mark : {"、", "，"})
    if (e >= mark.size() && t.substr(e - mark.size(), mark.size()) == mark) return src.line_start(line) + e - mark.size();
  return std::string_view::npos;
}

/// A character that ends text without ending a sentence: an ideograph, a digit, ”, ）, %.
bool ends_unfinished(char32_t c) {
  return is_han(c) || (c >= U'0' && c <= U'9') || c == U'”' || c == U'）' || c == U'%' || c == U'％';
}

/// V[0, K) holds a 。 before its last few characters: a sentence ended inside it.
bool holds_sentence(const std::vector<CodePoint>& v, size_t k) {
  for (size_t i = 0; i + 2 < k; ++i)
    if (v[i].cp == U'。') return true;
  return false;
}

/// A line of nothing but spaces and invisible characters (national 2017 splits paragraphs
/// with lines of one U+200B): no text follows there.
bool is_blank(std::string_view line) {
  for (const CodePoint& c : decode_all(line))
    if (std::u32string_view(U" \t\r\u3000\u200b\u200c\u200d\ufeff\u00a0").find(c.cp) == std::u32string_view::npos) return false;
  return true;
}

/// A photo credit ends a web page's caption (湖南日报全媒体记者 刘尚文 摄), not a sentence.
bool is_photo_credit(const std::vector<CodePoint>& v, size_t k, std::string_view text) {
  if (v[k - 1].cp != U'摄') return false;
  const size_t from = k >= 16 ? v[k - 16].pos : 0;
  const std::string_view tail = text.substr(from, v[k - 1].pos - from);
  return tail.find("记者") != std::string_view::npos || tail.find("摄影") != std::string_view::npos;
}

/// Index after the last character of V that is not a space, or 0.
size_t trimmed_end(const std::vector<CodePoint>& v) {
  size_t k = v.size();
  while (k > 0 && (v[k - 1].cp == U' ' || v[k - 1].cp == U'\u3000' || v[k - 1].cp == U'\t' || v[k - 1].cp == U'\r')) --k;
  return k;
}

}  // namespace

void check_paragraph_end_mark(Context& ctx) {
  const SourceText& src = ctx.src();
  std::set<size_t> reported;  // text offsets
  for (uint32_t line = 1; line < src.line_count(); ++line) {
    if (utf8::length(src.line_text(line)) < kLongLine || src.line_text(line + 1).empty()) continue;
    const size_t at = end_mark(src, line);
    if (at == std::string_view::npos) continue;
    const bool dunhao = src.text().substr(at, 3) == "、";
    ctx.report(at, at + 3, std::string("the line ends with ") + (dunhao ? "、" : "，") +
                               ": a sentence or a list item is missing its end, or the paragraph was split");
    // A warning: copying a web page splits its paragraphs like this (Tianjin 2026's
    // 中国电子增资麒麟软件，| 协和天津基地建设顺利推进), so a published text has it.
    ctx.cap_last(Severity::kWarning);
    reported.insert(at);
  }
  // Long lines before another line: a paragraph of one-paragraph-per-line text whose 。 was lost
  // (reflow joins it to the next, so the paragraph check below would not see its end).
  for (uint32_t line = 1; line < src.line_count(); ++line) {
    const std::string_view t = src.line_text(line);
    if (utf8::length(t) < kLongLine || is_blank(src.line_text(line + 1))) continue;
    const auto v = decode_all(t);
    const size_t k = trimmed_end(v);
    if (k == 0 || !ends_unfinished(v[k - 1].cp) || !holds_sentence(v, k) || is_photo_credit(v, k, t)) continue;
    const size_t at = src.line_start(line) + v[k - 1].pos;
    ctx.report(at, at + v[k - 1].len, "the line ends without an end mark after a full sentence: the paragraph's 。 is missing, or the paragraph was split");
    ctx.cap_last(Severity::kWarning);
    reported.insert(at);
  }
  const auto& paras = ctx.written();
  for (size_t p = 0; p < paras.size(); ++p) {
    {
      const auto& v = ctx.written_cps(p);
      const size_t k = trimmed_end(v);
      // Not the text's last paragraph: an excerpt stops anywhere (the corpus's CPPCC excerpts).
      if (p + 1 < paras.size() && k >= 40 && ends_unfinished(v[k - 1].cp) && holds_sentence(v, k) &&
          !is_photo_credit(v, k, paras[p].text) &&
          !reported.count(paras[p].source_begin(v[k - 1].pos))) {
        ctx.report_in(paras[p], v[k - 1].pos, v[k - 1].end(),
                      "the paragraph ends without an end mark after a full sentence: its 。 is missing");
        ctx.cap_last(Severity::kWarning);
        continue;
      }
    }
    const auto& v = ctx.written_cps(p);
    size_t k = v.size();
    while (k > 0 && (v[k - 1].cp == U' ' || v[k - 1].cp == U'\u3000' || v[k - 1].cp == U'\t')) --k;
    if (k == 0) continue;
    const char32_t last = v[k - 1].cp;
    if (last != U'、' && last != U'，' && last != U',') continue;
    if (p + 1 < paras.size() && is_fragment(ctx.written_cps(p + 1))) continue;
    if (reported.count(paras[p].source_begin(v[k - 1].pos))) continue;
    const std::string mark = last == U'、' ? "、" : last == U'，' ? "，" : ",";
    ctx.report_in(paras[p], v[k - 1].pos, v[k - 1].end(),
                  "the paragraph ends with " + mark + ": a sentence or a list item is missing its end");
  }
}

}  // namespace cppcc::linter
