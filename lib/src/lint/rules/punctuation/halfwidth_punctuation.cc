// P003 halfwidth-punctuation: 委员们认为,报告 — half-width , . : ; ? ! ( ) next
// to Chinese text are replaced by their full-width forms (GB/T 15834); < and >
// around Chinese text are title marks typed on an English keyboard (《 》).
// A pair of parentheses is one mark: where either of a matched ( ) is wrong both
// are fixed, so (2014年1月16日在…会议上) never becomes the mixed (…）. A > with no <
// or 《 open is a web page's breadcrumb separator (首页 > 政府信息公开), not 》; a ?
// after 、，；：“《（ is no question mark but a character the copy could not encode
// (加固二期、?水灌区), reported without a fix.
#include <vector>

#include "lint/context.h"

namespace cppcc::linter {

namespace {
const char* fullwidth_of(char32_t c) {
  switch (c) {
    case U',': return "，";
    case U'.': return "。";
    case U':': return "：";
    case U';': return "；";
    case U'?': return "？";
    case U'!': return "！";
    case U'(': return "（";
    case U')': return "）";
    case U'<': return "《";
    case U'>': return "》";
    default: return nullptr;
  }
}

/// Index of the matching half-width ) for each half-width ( of V and back (npos when unmatched).
std::vector<size_t> paren_partners(const std::vector<CodePoint>& v) {
  std::vector<size_t> partner(v.size(), std::string::npos), open;
  for (size_t i = 0; i < v.size(); ++i) {
    if (v[i].cp == U'(') open.push_back(i);
    if (v[i].cp == U')' && !open.empty()) {
      partner[i] = open.back();
      partner[open.back()] = i;
      open.pop_back();
    }
  }
  return partner;
}

/// A mark before which a ? cannot ask a question: the ? stands for a lost character.
bool opens_or_separates(char32_t c) {
  return std::u32string_view(U"、，；：“‘《（【").find(c) != std::u32string_view::npos;
}

}  // namespace

void check_halfwidth_punctuation(Context& ctx) {
  const auto& paras = ctx.written();
  for (size_t p = 0; p < paras.size(); ++p) {
    const auto& v = ctx.written_cps(p);
    // Whether the mark at I is wrong by its own neighbours.
    auto wrong_at = [&](size_t i) {
      const char32_t c = v[i].cp;
      const char32_t prev = at(v, static_cast<long>(i) - 1), next = at(v, static_cast<long>(i) + 1);
      switch (c) {
        case U'.':
          // 1. labels and decimals follow a digit; ... is an ellipsis (P007).
          return (is_han(prev) || prev == U')' || is_cjk_punct(prev)) && (is_han(prev) || next == 0 || is_han(next)) &&
                 next != U'.' && !is_digit(next) && !is_latin(next) && at(v, static_cast<long>(i) - 2) != U'.';
        case U'(': return is_han(next) || is_han(prev);
        case U')': return is_han(prev) || is_han(next) || is_cjk_punct(next);
        case U'<': return is_han(next) && !is_digit(prev);  // <人民政协报》: a title mark typed as less-than
        case U'>': return is_han(prev) && !is_digit(next);
        default:
          if (is_digit(prev) && is_digit(next)) return false;  // 1,000 and 10:30
          return is_cjk_context(prev) || is_han(next);
      }
    };
    const std::vector<size_t> partner = paren_partners(v);
    int titles_open = 0;  // 《 or < before the mark at hand
    for (size_t i = 0; i < v.size(); ++i) {
      const char32_t c = v[i].cp;
      if (c == U'《' || (c == U'<' && wrong_at(i))) ++titles_open;
      const char* full = fullwidth_of(c);
      if (!full) {
        if (c == U'》' && titles_open > 0) --titles_open;
        continue;
      }
      bool wrong = wrong_at(i);
      if ((c == U'(' || c == U')') && partner[i] != std::string::npos) wrong = wrong || wrong_at(partner[i]);
      if (c == U'>') {
        if (titles_open == 0) continue;  // 首页 > 政府信息公开
        --titles_open;
      }
      if (!wrong) continue;
      if (c == U'?' && opens_or_separates(at(v, static_cast<long>(i) - 1))) {
        ctx.report_in(paras[p], v[i].pos, v[i].end(),
                      "? after " + utf8_of(v, paras[p].text, i - 1, i) +
                          " asks no question: a character the copy could not encode was replaced by ?; restore it");
        ctx.cap_last(Severity::kWarning);
        continue;
      }
      ctx.report_in(paras[p], v[i].pos, v[i].end(),
                    "half-width " + utf8_of(v, paras[p].text, i, i + 1) + " in Chinese text; use " + full,
                    std::string(full));
    }
  }
}

}  // namespace cppcc::linter
