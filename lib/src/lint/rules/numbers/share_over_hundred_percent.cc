// N007 share-over-hundred-percent: 占全市总量的120% — a share or a rate
// cannot pass 100% (growth can: 增长120% is fine; 提升至120% is a level and is not).
#include <cstdlib>

#include "lint/context.h"

namespace cppcc::linter {

namespace {
// Shares and rates of a whole, which cannot pass 100%. Not rates that can
// (完成率, 贡献率, 增长率, 自给率, 毛入学率 of a year group).
const std::u32string_view kShareWords[] = {
    U"占", U"比重", U"占比", U"比例", U"比率", U"占有率", U"覆盖率", U"普及率", U"达标率", U"办复率", U"办结率",
    U"满意率", U"参保率", U"入学率", U"入园率", U"合格率", U"优良率", U"采纳率", U"落实率", U"绿地率", U"交付率",
    U"知晓率", U"城镇化率", U"处理率", U"利用率", U"接种率", U"签约率", U"就业率", U"失业率", U"到位率",
    U"贫困发生率", U"审结率", U"结案率", U"及时率", U"开工率", U"联网率", U"通达率", U"建成率"};
const std::u32string_view kChangeWords[] = {U"增长", U"增加", U"提高", U"提升", U"增速", U"上涨", U"下降",
                                             U"同比", U"倍", U"较", U"超过", U"超", U"高于"};

// True if a change word W at K, before the number at NUM, gives the level the
// share reached, not a change: 提升至70.6%, 提高到, 超98.5%, 超过, 高于.
bool level_not_change(const std::vector<CodePoint>& v, size_t k, size_t num, std::u32string_view w) {
  size_t e = k + w.size();
  while (e < num && (v[e].cp == U'过' || v[e].cp == U'了')) ++e;
  if (e == num) return w == U"超" || w == U"超过" || w == U"高于";
  return e + 1 == num && (v[e].cp == U'至' || v[e].cp == U'到');
}

bool clause_has_change(const std::vector<CodePoint>& v, size_t from, size_t to, std::u32string_view w) {
  for (size_t k = from; k + w.size() <= to; ++k)
    if (matches_at(v, k, w) && !level_not_change(v, k, to, w)) return true;
  return false;
}
}  // namespace

void check_share_over_hundred_percent(Context& ctx) {
  const auto& paras = ctx.paragraphs();
  for (size_t p = 0; p < paras.size(); ++p) {
    const auto& v = ctx.cps(p);
    for (size_t i = 0; i < v.size(); ++i) {
      if (!starts_number(v, i)) continue;
      size_t j = number_end(v, i);
      if (j >= v.size() || (v[j].cp != U'%' && v[j].cp != U'％')) {
        i = j;
        continue;
      }
      const double value = std::strtod(utf8_of(v, paras[p].text, i, j).c_str(), nullptr);
      if (value <= 100) {
        i = j;
        continue;
      }
      size_t from = i;
      while (from > 0 && i - from < 16 && v[from - 1].cp != U'，' && v[from - 1].cp != U'。' &&
             v[from - 1].cp != U'；' && v[from - 1].cp != U'、')
        --from;
      // The share word, then no change word between it and the number
      // (增加值占…120% is a share; 占比…比上年增长120% is growth).
      size_t share_at = 0;
      bool share = false, change = false;
      for (size_t k = from; k < i; ++k)
        for (auto w : kShareWords)
          if (matches_at(v, k, w)) share = true, share_at = k + w.size();
      if (share)
        for (auto w : kChangeWords) change = change || clause_has_change(v, share_at, i, w);
      if (share && !change) {
        ctx.report_in(paras[p], v[i].pos, v[j].end(),
                      "share " + utf8_of(v, paras[p].text, i, j + 1) + " is over 100%");
      }
      i = j;
    }
  }
}

}  // namespace cppcc::linter
