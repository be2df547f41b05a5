// Stated changes (see change.h): the words right before a number, and a cut
// verb at the start of its clause.
#include "quantity/change.h"

#include <array>
#include <string>

#include "quantity/numeral.h"

namespace cppcc::quantity {

namespace {

/// Words that may stand between a change verb and its number: 增长了5%,
/// 分别下降3%和2%, 均下降20%以上, 再增加40元, 增长约8%.
size_t skip_fillers_before(std::string_view p, size_t pos, size_t floor) {
  static constexpr std::array<std::string_view, 5> kFillers = {"分别", "了", "均", "约", "再"};
  for (bool moved = true; moved;) {
    moved = false;
    for (std::string_view f : kFillers)
      if (pos >= floor + f.size() && ends_at(p, pos, f)) {
        pos -= f.size();
        moved = true;
      }
  }
  return pos;
}

std::string measure_of(const QuantityMatch& q) {
  if (q.kind == "percentage_point") return "points";
  if (q.unit == "%") return "percent";
  if (q.unit == "倍") return "times";
  return "absolute";
}

bool is_falling(const Lexicon& lex, const std::string& word) {
  const std::string* w = lex.falls.at(word, 0);
  return w && w->size() == word.size();
}

/// 比上年 / 较去年 / 比去年预算 / 比2012年 before the verb, within the clause:
/// the base as written (a year without its 年). 占比, 对比 and 比重 compare nothing.
std::string written_base(std::string_view p, size_t clause_begin, size_t verb_begin) {
  std::string_view before = p.substr(clause_begin, verb_begin - clause_begin);
  if (before.size() >= 6 && before.substr(before.size() - 6) == "同比") return "上年同期";
  for (std::string_view mark : {"比", "较"}) {
    size_t k = before.rfind(mark);
    if (k == std::string_view::npos) continue;
    if (k >= 3) {
      char32_t prev = code_point_before(before, k);
      if (prev == U'占' || prev == U'对' || prev == U'评' || prev == U'排' || prev == U'类') continue;
    }
    std::string_view base = before.substr(k + mark.size());
    if (base.empty() || base.size() > 30 || base.find("，") != std::string_view::npos) continue;
    if (base.substr(0, 3) == "重" || base.substr(0, 3) == "例") continue;
    std::string text(base);
    // 比2012年 → 2012: a year is the base the model writes as a number.
    if (text.size() == 7 && text.substr(4) == "年" && text.find_first_not_of("0123456789") == 4) text.resize(4);
    return text;
  }
  return "";
}

bool annual_before(std::string_view p, size_t clause_begin, size_t verb_begin) {
  for (std::string_view w : {"年均", "平均每年", "每年"})
    if (verb_begin >= clause_begin + w.size() && ends_at(p, verb_begin, w)) return true;
  return false;
}

/// A cut verb opening the clause (今年再压减钢铁产能3000万吨左右; 退出钢铁产能
/// 1.7亿吨以上、煤炭产能8亿吨): the position after it, or npos.
size_t cut_verb_end(std::string_view p, size_t clause_begin, size_t number_begin, const Lexicon& lex) {
  size_t i = clause_begin;
  for (int guard = 0; guard < 6 && i < number_begin; ++guard) {
    if (const std::string* a = lex.adverbs.at(p, i)) {
      i += a->size();
      continue;
    }
    break;
  }
  const std::string* cut = lex.cuts.at(p, i);
  if (!cut) return std::string_view::npos;
  size_t end = i + cut->size();
  // The object and its number follow; no second verb of change in between. A burden
  // cut (减少企业税负3500亿元) is relief given, a flow, not a level that changes.
  for (size_t k = end; k < number_begin;) {
    if (lex.changes.at(p, k) || lex.cuts.at(p, k) || lex.burdens.at(p, k)) return std::string_view::npos;
    size_t len = 0;
    code_point_at(p, k, &len);
    k += len ? len : 1;
  }
  return end;
}

}  // namespace

std::optional<StatedChange> stated_change(std::string_view p, const QuantityMatch& q, size_t clause_begin,
                                          const Lexicon& lex) {
  if (q.status == "threshold" || q.begin > p.size() || clause_begin > q.begin) return std::nullopt;
  const size_t pos = skip_fillers_before(p, q.begin, clause_begin);
  StatedChange c;
  c.measure = measure_of(q);
  // 林分优化提升200万亩: the end of an action verb (优化提升, 整治提升) names work done, no change.
  const std::string* action = lex.verbs.before(p, pos);
  if (const std::string* verb = lex.changes.before(p, pos);
      verb && pos - verb->size() >= clause_begin && !(action && action->size() > verb->size())) {
    const size_t verb_begin = pos - verb->size();
    c.direction = is_falling(lex, *verb) ? "down" : "up";
    c.annual = annual_before(p, clause_begin, verb_begin);
    c.base = written_base(p, clause_begin, verb_begin);
    return c;
  }
  // 比去年预算低0.4个百分点, 较上年多3件: a comparative after a written base.
  for (std::string_view adj : {"高", "低", "多", "少"}) {
    if (!ends_at(p, pos, adj) || pos < clause_begin + adj.size()) continue;
    c.base = written_base(p, clause_begin, pos - adj.size());
    if (c.base.empty()) break;
    c.direction = adj == "高" || adj == "多" ? "up" : "down";
    return c;
  }
  // 居民消费价格涨幅3%左右, 增速为6%: a rate noun before a percent.
  size_t rate_end = pos;
  for (std::string_view link : {"保持在", "控制在", "为", "在", "达"})
    if (ends_at(p, rate_end, link) && rate_end >= clause_begin + link.size()) {
      rate_end -= link.size();
      break;
    }
  // 收入增长快于经济增速1个百分点 compares two rates, not a rate with its year before.
  const bool compares_rates = p.substr(clause_begin, pos - clause_begin).find("于") != std::string_view::npos;
  if (const std::string* rate = lex.rates.before(p, rate_end);
      rate && !compares_rates && rate_end - rate->size() >= clause_begin &&
      (c.measure == "percent" || c.measure == "points")) {
    c.direction = is_falling(lex, *rate) ? "down" : "up";
    c.annual = annual_before(p, clause_begin, rate_end - rate->size());  // 年均增速
    c.base = written_base(p, clause_begin, rate_end - rate->size());
    return c;
  }
  if (cut_verb_end(p, clause_begin, q.begin, lex) != std::string_view::npos) {
    c.direction = "down";
    return c;
  }
  return std::nullopt;
}

std::optional<Change> resolve_change(const std::optional<StatedChange>& stated, const std::optional<Period>& period) {
  if (!stated) return std::nullopt;
  Change c{stated->base, stated->direction, stated->measure};
  if (!c.base.empty()) return c;
  c.base = "上年";
  if (stated->annual || !period || !period->from) return c;
  const bool span = (period->kind == "years" && period->to && *period->to > *period->from) || period->kind == "since";
  if (span) c.base = std::to_string(*period->from - 1);
  return c;
}

}  // namespace cppcc::quantity
