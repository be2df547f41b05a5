// N015 ordinal-without-di: 十三届全国人大5次会议, 省委12届六次全会 — a session or
// plenum ordinal in Arabic digits with its 第 dropped. N004 needs the 第 (第5次会议)
// or a named body after 届; here the 届 … 次会议 frame itself says it is an ordinal,
// so a count of meetings (召开5次会议) is not taken for one.
#include "cppcc/numeral.h"
#include "lint/context.h"

namespace cppcc::linter {

namespace {
/// After 次: 会议, 全会, 全体会议, 大会 within a few characters.
bool session_after(const std::vector<CodePoint>& v, size_t k) {
  for (size_t m = k; m < v.size() && m <= k + 4; ++m) {
    if (matches_at(v, m, U"会议") || matches_at(v, m, U"全会") || matches_at(v, m, U"大会")) return true;
    if (is_cjk_punct(v[m].cp)) break;
  }
  return false;
}

/// Where the ordinal number ending before I starts (Arabic or Chinese), or I.
size_t number_start(const std::vector<CodePoint>& v, size_t i) {
  size_t b = i;
  if (b > 0 && is_digit(v[b - 1].cp)) {
    while (b > 0 && is_digit(v[b - 1].cp)) --b;
  } else {
    while (b > 0 && is_chinese_numeral(v[b - 1].cp)) --b;
  }
  return b;
}

/// Words between 届 and the session that make it a count of meetings, not an ordinal.
bool counts_meetings(const std::vector<CodePoint>& v, size_t b, size_t e) {
  static const std::u32string_view kVerbs[] = {U"召开", U"举行", U"共", U"开", U"了", U"次", U"第"};
  for (size_t k = b; k < e; ++k)
    for (auto w : kVerbs)
      if (matches_at(v, k, w)) return true;
  return false;
}

/// 第十二届 for 12 or 十二 in the text (the number as it should be written).
std::string with_di(const std::vector<CodePoint>& v, const std::string& text, size_t b, size_t e) {
  const std::string n = utf8_of(v, text, b, e);
  std::optional<int> value;
  if (is_digit(v[b].cp)) {
    if (n.size() <= 3) value = std::stoi(n);
  } else {
    value = small_numeral(n);
  }
  return "第" + (value && *value > 0 && *value < 100 ? chinese_numeral(*value) : n);
}
}  // namespace

void check_ordinal_without_di(Context& ctx) {
  const auto& paras = ctx.paragraphs();
  for (size_t p = 0; p < paras.size(); ++p) {
    const auto& v = ctx.cps(p);
    for (size_t j = 1; j < v.size(); ++j) {
      if (v[j].cp != U'届') continue;
      const size_t tb = number_start(v, j);
      if (tb == j || (tb > 0 && v[tb - 1].cp == U'第')) continue;
      // The session: a number + 次 within 14 characters, nothing but the body between.
      for (size_t k = j + 1; k < v.size() && k <= j + 15; ++k) {
        if (is_cjk_punct(v[k].cp)) break;
        if (v[k].cp != U'次' || !session_after(v, k + 1)) continue;
        const size_t sb = number_start(v, k);
        if (sb == k || (sb > 0 && v[sb - 1].cp == U'第') || counts_meetings(v, j + 1, sb)) break;
        const bool arabic = is_digit(v[tb].cp) || is_digit(v[sb].cp);
        if (arabic)
          ctx.report_in(paras[p], v[tb].pos, v[k].end(),
                        "ordinal “" + utf8_of(v, paras[p].text, tb, k + 1) +
                            "” lacks 第 and uses Arabic digits; write " + with_di(v, paras[p].text, tb, j) +
                            "届…" + with_di(v, paras[p].text, sb, k) + "次");
        break;
      }
    }
  }
}

}  // namespace cppcc::linter
