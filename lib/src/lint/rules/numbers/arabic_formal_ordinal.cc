// N004 arabic-formal-ordinal: 第14届…委员会, 第5次会议, 20届3中全会, 党的20大 —
// the formal register writes these ordinals in Chinese numerals (GB/T 15835 4.2).
#include "lint/context.h"

namespace cppcc::linter {

namespace {
/// 届 of a party congress, people's congress or CPPCC committee — not of a fair
/// or a games (第135届广交会 is the fair's own style).
bool political_context(const std::vector<CodePoint>& v, size_t b, size_t after) {
  static const std::u32string_view kBodies[] = {U"委员会", U"人民代表大会", U"全国人大", U"中全会", U"常委会",
                                                 U"代表大会", U"政协", U"人大", U"中央"};
  for (size_t k = after; k < v.size() && k < after + 14; ++k) {
    if (is_cjk_punct(v[k].cp) && v[k].cp != U'·') break;
    for (auto w : kBodies)
      if (matches_at(v, k, w)) return true;
  }
  return b >= 2 && ((v[b - 2].cp == U'政' && v[b - 1].cp == U'协') || (v[b - 2].cp == U'中' && v[b - 1].cp == U'共'));
}
}  // namespace

void check_arabic_formal_ordinal(Context& ctx) {
  const auto& paras = ctx.written();
  for (size_t p = 0; p < paras.size(); ++p) {
    const auto& v = ctx.written_cps(p);
    for (size_t i = 0; i < v.size(); ++i) {
      if (!is_digit(v[i].cp) || (i > 0 && is_digit(v[i - 1].cp))) continue;
      size_t j = i;
      while (j < v.size() && is_digit(v[j].cp)) ++j;
      if (j - i > 3) {
        i = j;
        continue;
      }
      const char32_t next = at(v, static_cast<long>(j));
      const bool di = i > 0 && v[i - 1].cp == U'第';
      size_t b = di ? i - 1 : i, e = 0;
      if (next == U'届' && political_context(v, b, j + 1)) {
        e = j + 1;
      } else if (next == U'中' && at(v, static_cast<long>(j) + 1) == U'全' && at(v, static_cast<long>(j) + 2) == U'会') {
        e = j + 3;
      } else if (di && next == U'次') {
        // 第5次会议 / 第5次全体会议 / 第5次代表大会; 第3次全国国土调查 is not a meeting.
        for (size_t k = j + 1; k < v.size() && k <= j + 5; ++k) {
          if ((v[k].cp == U'会' && at(v, static_cast<long>(k) + 1) == U'议') ||
              (v[k].cp == U'全' && at(v, static_cast<long>(k) + 1) == U'会') ||
              (v[k].cp == U'大' && at(v, static_cast<long>(k) + 1) == U'会')) {
            e = j + 1;
            break;
          }
          if (v[k].cp == U'，' || v[k].cp == U'。') break;
        }
      } else if (next == U'大' && i >= 2 &&
                 ((v[i - 2].cp == U'党' && v[i - 1].cp == U'的') || (v[i - 2].cp == U'中' && v[i - 1].cp == U'共'))) {
        e = j + 1;
      }
      if (e) {
        ctx.report_in(paras[p], v[b].pos, v[e - 1].end(),
                      "formal ordinal " + utf8_of(v, paras[p].text, b, e) +
                          " uses Arabic digits; write it in Chinese numerals (第十四届, 第五次会议)");
      }
      i = j;
    }
  }
}

}  // namespace cppcc::linter
