#include "parse/headings.h"

#include "parse/context.h"
#include "parse/labels.h"
#include "cppcc/numeral.h"
#include "parse/shape_words.h"
#include "parse/uregex.h"

namespace cppcc::parse {

namespace {

constexpr size_t kMaxOwnLineHeading = 64;  // code points; longer paragraphs are text
constexpr size_t kMaxRunInHeading = 80;

// 一是 / 二是 open a run-in point inside a paragraph: not a section label
// (labels.cc reads those), but the inline heading scheme of many reports.
const Regex& inline_label_re() {
  static const Regex re("^([一二三四五六七八九十]{1,2})是(?![否的])\\S");
  return re;
}

const Regex& year_re() {
  static const Regex re("(?<![0-9])(20[0-9]{2})(?![0-9])");
  return re;
}

// A label followed by another numeral and 、 or 中全会 starts a list ("二、三产业"), not a heading.
const Regex& list_not_heading_re() {
  static const Regex re("^[一二三四五六七八九十]{1,3}(?:、|中全会|产业|届)");
  return re;
}

}  // namespace

bool part_like_heading(std::string_view heading) {
  heading = trim(heading);
  if (cp_length(heading) > kMaxOwnLineHeading) return false;
  return part_words().part_like.search(squeeze(heading)).has_value();
}

std::optional<HeadingCandidate> detect_heading(std::string_view text, size_t para) {
  size_t lead = leading_space(text);
  std::string_view body = text.substr(lead);
  std::string_view whole = trim(body);
  HeadingCandidate c;
  c.para = para;
  c.label_begin = lead;

  // Newspaper bullets (■ ● ◆) head short sections in some outlets.
  static const Regex bullet("^[■●◆][\\s\\x{3000}]*");
  if (auto m = bullet.prefix(first_bytes(body))) {
    std::string_view rest = trim(body.substr(m->end()));
    if (rest.empty() || cp_length(rest) > kMaxOwnLineHeading || contains(rest, "。") || contains(rest, "附件"))
      return std::nullopt;
    c.scheme = Scheme::kBullet;
    c.label_end = lead + 3;  // the bullet itself; the spaces after it belong to nobody
    c.heading_end = static_cast<size_t>(rest.data() - text.data()) + rest.size();
    c.own_line = true;
    return c;
  }

  size_t label_len = 0;
  if (auto l = read_label(body, para)) {
    // One reader of 一、 （一） 1. （1） for the outline and the lint rules (labels.cc).
    static constexpr Scheme kByLevel[] = {Scheme::kCn, Scheme::kCnParen, Scheme::kArabic, Scheme::kArabicParen};
    c.scheme = kByLevel[l->level];
    c.number = l->number;
    label_len = l->end;
  } else if (auto m = inline_label_re().prefix(first_bytes(body))) {
    c.scheme = Scheme::kInline;
    auto n = small_numeral(m->str(1));
    if (!n || *n <= 0) return std::nullopt;
    c.number = *n;
    label_len = m->end(1) + 3;  // the numeral and its 是; the match swallowed one more character
  }
  if (label_len > 0) {
    c.label_end = lead + label_len;
    std::string_view rest = body.substr(label_len);
    if (c.scheme == Scheme::kCn && list_not_heading_re().prefix(first_bytes(rest))) return std::nullopt;
    std::string_view rest_trim = trim(rest);
    if (rest_trim.empty()) return std::nullopt;
    size_t inner = rest_trim.find("。");
    bool one_sentence = inner == std::string_view::npos || inner + 3 == rest_trim.size();
    if (c.scheme != Scheme::kInline && one_sentence && cp_length(rest_trim) <= kMaxOwnLineHeading) {
      // Own line: no sentence ends before the paragraph does.
      c.own_line = true;
      c.heading_end = c.label_end + static_cast<size_t>(rest_trim.data() - rest.data()) + rest_trim.size();
    } else {
      size_t stop = rest.find("。");
      if (stop == std::string_view::npos) {
        if (c.scheme != Scheme::kInline) return std::nullopt;
        stop = rest.find("；");
        if (stop == std::string_view::npos) return std::nullopt;
      }
      if (cp_length(rest.substr(0, stop)) > kMaxRunInHeading) return std::nullopt;
      c.heading_end = c.label_end + stop + 3;
    }
    std::string_view heading = text.substr(c.label_end, c.heading_end - c.label_end);
    c.part_like = c.own_line && c.scheme == Scheme::kCn && part_like_heading(heading);
    if (auto y = year_re().search(heading)) c.year = std::stoi(y->str(1));
    return c;
  }

  // Unnumbered part heading: short, one line, no sentence inside.
  if (cp_length(whole) > 48 || contains(whole.substr(0, whole.size() >= 3 ? whole.size() - 3 : 0), "。"))
    return std::nullopt;
  if (!part_words().unnumbered.prefix(squeeze(whole))) return std::nullopt;
  c.scheme = Scheme::kPart;
  c.label_end = lead;
  c.heading_end = lead + whole.size();
  c.own_line = true;
  c.part_like = true;
  if (auto y = year_re().search(whole)) c.year = std::stoi(y->str(1));
  return c;
}

}  // namespace cppcc::parse
