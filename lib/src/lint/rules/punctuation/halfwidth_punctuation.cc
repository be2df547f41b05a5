// P003 halfwidth-punctuation: 委员们认为,报告 — half-width , . : ; ? ! ( ) next
// to Chinese text are replaced by their full-width forms (GB/T 15834); < and >
// around Chinese text are title marks typed on an English keyboard (《 》).
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
}  // namespace

void check_halfwidth_punctuation(Context& ctx) {
  const auto& paras = ctx.written();
  for (size_t p = 0; p < paras.size(); ++p) {
    const auto& v = ctx.written_cps(p);
    for (size_t i = 0; i < v.size(); ++i) {
      const char32_t c = v[i].cp;
      const char* full = fullwidth_of(c);
      if (!full) continue;
      const char32_t prev = at(v, static_cast<long>(i) - 1), next = at(v, static_cast<long>(i) + 1);
      bool wrong = false;
      switch (c) {
        case U'.':
          // 1. labels and decimals follow a digit; ... is an ellipsis (P007).
          wrong = (is_han(prev) || prev == U')' || is_cjk_punct(prev)) && (is_han(prev) || next == 0 || is_han(next)) &&
                  next != U'.' && !is_digit(next) && !is_latin(next) && at(v, static_cast<long>(i) - 2) != U'.';
          break;
        case U'(':
          wrong = is_han(next) || is_han(prev);
          break;
        case U')':
          wrong = is_han(prev) || is_han(next) || is_cjk_punct(next);
          break;
        case U'<':  // <人民政协报》: a title mark typed as less-than
          wrong = is_han(next) && !is_digit(prev);
          break;
        case U'>':
          wrong = is_han(prev) && !is_digit(next);
          break;
        default:
          if (is_digit(prev) && is_digit(next)) break;  // 1,000 and 10:30
          wrong = is_cjk_context(prev) || is_han(next);
          break;
      }
      if (!wrong) continue;
      ctx.report_in(paras[p], v[i].pos, v[i].end(),
                    "half-width " + utf8_of(v, paras[p].text, i, i + 1) + " in Chinese text; use " + full,
                    std::string(full));
    }
  }
}

}  // namespace cppcc::linter
