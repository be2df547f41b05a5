// T001 repeated-character: 的的, 了了, 在在 — a function word typed twice, often
// across a line break. Function words are not reduplicated, but a word ending
// in the same character may precede them (目的的, 为了了解, 现在在, 可以以), so
// the character before the pair and after it are checked against such words.
#include "lint/context.h"

namespace cppcc::linter {

namespace {

struct Doubled {
  char32_t c;
  std::u32string_view word_end_before;  ///< X such that X+c is a word (目的 → 目)
  std::u32string_view word_start_after;  ///< Y such that c+Y is a word (了解 → 解)
};

const Doubled kDoubles[] = {
    {U'的', U"目标端有", U"确士"},
    {U'了', U"为除到极完罢好来", U"解结却如然"},
    {U'在', U"现正存所实自内外潜旨意贵重难好健不", U""},
    {U'是', U"但就还总只可要凡正于倒硬而便老若即或求", U"非"},  // 实事求是 是
    {U'和', U"温柔缓谐平总饱调祥", U"谐睦美气平解"},
    {U'与', U"参给赋授", U""},
    {U'及', U"以涉普危波企顾提论", U"时早格"},
    {U'对', U"针绝相面应核比反派", U"象话手策照比接应"},
    {U'把', U"", U"握关"},
    {U'被', U"", U"子"},
    {U'将', U"即必大", U"军领士"},
    {U'从', U"", U"事严"},
    {U'于', U"由对关属至基终处位等鉴善勇敢乐便易难过", U""},
    {U'也', U"", U""},
    {U'都', U"首古", U"市"},
    {U'就', U"成造迁", U"业"},
    {U'并', U"合兼吞", U""},
    {U'其', U"尤极及", U"他中实次余"},
    {U'以', U"可所予加难足得借用赖", U"来后前上下内外及"},
    {U'为', U"作认行成因以称视较更", U"主止"},
    {U'所', U"场处住研派诊会厕事", U"有以在谓属长"},
    {U'而', U"进继从然因", U"言"},
    {U'又', U"", U""},
    {U'但', U"", U"凡"},
    {U'之', U"总换加", U"间后前中一"},
};

}  // namespace

void check_repeated_character(Context& ctx) {
  const auto& paras = ctx.paragraphs();
  for (size_t p = 0; p < paras.size(); ++p) {
    const auto& v = ctx.cps(p);
    for (size_t i = 0; i + 1 < v.size(); ++i) {
      if (v[i].cp != v[i + 1].cp || !is_han(v[i].cp)) continue;
      const Doubled* d = nullptr;
      for (const Doubled& k : kDoubles)
        if (k.c == v[i].cp) d = &k;
      if (!d) continue;
      const char32_t before = at(v, static_cast<long>(i) - 1), after = at(v, static_cast<long>(i) + 2);
      if (before == v[i].cp || after == v[i].cp) continue;  // 的的确确-style AABB needs more than two
      if (before && d->word_end_before.find(before) != std::u32string_view::npos) continue;
      if (after && d->word_start_after.find(after) != std::u32string_view::npos) continue;
      // AABB idioms: 的的确确, 是是非非, 和和美美.
      if (after && at(v, static_cast<long>(i) + 3) == after) continue;
      ctx.report_in(paras[p], v[i].pos, v[i + 1].end(),
                    "repeated " + utf8_of(v, paras[p].text, i, i + 2) + "; delete one " +
                        utf8_of(v, paras[p].text, i, i + 1),
                    utf8_of(v, paras[p].text, i, i + 1));
      ++i;
    }
  }
}

}  // namespace cppcc::linter
