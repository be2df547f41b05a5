// N007 share-over-hundred-percent: 占全市总量的120% — a share or a rate
// cannot pass 100% (growth can: 增长120% is fine).
#include <cstdlib>

#include "lint/context.h"

namespace cppcc::linter {

namespace {
const std::u32string_view kShareWords[] = {U"占", U"比重", U"占比", U"比例", U"覆盖率", U"普及率", U"达标率",
                                            U"办复率", U"办结率", U"满意率", U"参保率", U"入学率", U"合格率",
                                            U"优良率", U"采纳率", U"完成率", U"落实率"};
const std::u32string_view kChangeWords[] = {U"增长", U"增加", U"提高", U"提升", U"增速", U"上涨", U"下降",
                                             U"同比", U"倍", U"较", U"超过", U"超", U"高于"};

bool clause_has(const std::vector<CodePoint>& v, size_t from, size_t to, std::u32string_view w) {
  for (size_t k = from; k + w.size() <= to; ++k)
    if (matches_at(v, k, w)) return true;
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
        for (auto w : kChangeWords) change = change || clause_has(v, share_at, i, w);
      if (share && !change) {
        ctx.report_in(paras[p], v[i].pos, v[j].end(),
                      "share " + utf8_of(v, paras[p].text, i, j + 1) + " is over 100%");
      }
      i = j;
    }
  }
}

}  // namespace cppcc::linter
