// P010 title-marks-on-non-work: 书名号 mark works (books, papers, laws,
// documents, programmes); meetings, activities, organisations and projects do
// not take them (GB/T 15834 4.15): 《民主监督推进年》活动 → “民主监督推进年”活动,
// 《中国国际进口博览会》 → 中国国际进口博览会.
#include "lint/context.h"

namespace cppcc::linter {

namespace {
const std::u32string_view kEvents[] = {U"活动", U"会议", U"论坛", U"大赛", U"比赛", U"工程", U"行动", U"项目",
                                        U"晚会", U"展览", U"推进年", U"主题年"};
// Meetings, summits and fairs named in full (《二十国集团领导人杭州峰会》,
// 《中国国际进口博览会》) or by their short names (《广交会》): only a name that
// ends with one of these is reported, not one followed by it.
const std::u32string_view kGatherings[] = {U"峰会", U"会晤", U"博览会", U"交易会", U"展览会", U"展销会", U"洽谈会",
                                           U"运动会", U"年会", U"大会", U"两会", U"广交会", U"进博会", U"服贸会",
                                           U"消博会", U"高交会", U"文博会", U"链博会", U"对话会", U"研讨会",
                                           U"座谈会", U"推介会", U"招聘会", U"艺术节", U"文化节", U"旅游节", U"电影节"};
const std::u32string_view kWorks[] = {U"规划", U"方案", U"意见", U"决定", U"通知", U"条例", U"办法", U"纲要",
                                       U"报告", U"规定", U"计划", U"法", U"书", U"集", U"读本", U"纪要", U"指南"};

bool ends_with(std::u32string_view s, std::u32string_view w) {
  return s.size() >= w.size() && s.substr(s.size() - w.size()) == w;
}
}  // namespace

void check_title_marks_on_non_work(Context& ctx) {
  const auto& paras = ctx.paragraphs();
  for (size_t p = 0; p < paras.size(); ++p) {
    const auto& v = ctx.cps(p);
    for (size_t i = 0; i < v.size(); ++i) {
      if (v[i].cp != U'《') continue;
      size_t j = i + 1;
      std::u32string inner;
      while (j < v.size() && v[j].cp != U'》' && v[j].cp != U'《' && inner.size() < 40) inner.push_back(v[j++].cp);
      if (j >= v.size() || v[j].cp != U'》' || inner.empty()) continue;
      bool work = false;
      for (auto w : kWorks) work = work || ends_with(inner, w);
      bool event = false;
      for (auto w : kEvents) event = event || ends_with(inner, w);
      for (auto w : kGatherings) event = event || ends_with(inner, w);
      for (auto w : kEvents) {
        if (w.size() == 2 && matches_at(v, j + 1, w)) event = true;
      }
      if (!event || work) continue;
      ctx.report_in(paras[p], v[i].pos, v[j].end(),
                    utf8_of(v, paras[p].text, i, j + 1) +
                        " names an activity, meeting or project, not a work; use quotation marks or none");
    }
  }
}

}  // namespace cppcc::linter
