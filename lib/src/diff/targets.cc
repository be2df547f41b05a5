// Plan against outcome: last year's targets checked against this year's review.
#include <algorithm>
#include <cmath>

#include "diff/diff_parts.h"
#include "diff/diff_util.h"

namespace cppcc {

std::string_view target_status_name(TargetStatus s) {
  switch (s) {
    case TargetStatus::kMet: return "met";
    case TargetStatus::kMissed: return "missed";
    case TargetStatus::kNotReported: return "not-reported";
    case TargetStatus::kPending: return "pending";
  }
  return "pending";
}

namespace {

// An outcome's indicator this close to the target's names the same thing.
constexpr double kOutcomeIndicator = 0.5;

bool contains_any(const std::string& s, std::initializer_list<const char*> words) {
  return std::any_of(words.begin(), words.end(),
                     [&s](const char* w) { return s.find(w) != std::string::npos; });
}

/// A target that is a ceiling: prices, unemployment, deficits, "以内".
bool is_ceiling(const Quantity& q) {
  if (q.qualifier && contains_any(*q.qualifier, {"以内", "以下", "不超过", "不高于", "控制在"})) return true;
  return contains_any(q.indicator, {"涨幅", "失业率", "赤字", "控制在", "以内"}) ||
         contains_any(q.surface, {"以内", "以下"});
}

bool is_approximate(const Quantity& q) {
  return q.qualifier && contains_any(*q.qualifier, {"左右", "约", "上下"});
}

TargetStatus judge(const TargetCheck& t, const Quantity& outcome) {
  const Quantity& q = t.target;
  double slack = is_approximate(q) ? 0.03 * std::fabs(q.value) : 0.0;
  if (t.lower_is_better) {
    double ceiling = q.value_max.value_or(q.value);
    return outcome.value <= ceiling + slack ? TargetStatus::kMet : TargetStatus::kMissed;
  }
  return outcome.value >= q.value - slack ? TargetStatus::kMet : TargetStatus::kMissed;
}

/// An outcome can judge the target: a target that states a change (against
/// last year, in a measure and a direction) is judged only by an outcome
/// stating the same change — 城镇新增就业预期目标比去年多100万人 is no level to
/// hold 1351万人 against, a 下降 target no growth. Read from the quantities'
/// change, not from a verb in the indicator. A target stating none is taken as
/// it is: the extractor leaves some verb-first targets (减少农村贫困人口1000万以上)
/// without a change while their outcome (农村贫困人口减少1240万) has one.
bool same_change(const Quantity& target, const Quantity& outcome) {
  if (!target.change) return true;
  return outcome.change && outcome.change->measure == target.change->measure &&
         outcome.change->direction == target.change->direction;
}

/// A target naming several things at once (二氧化硫、氮氧化物排放量下降3%) is not
/// judged by an outcome naming fewer (二氧化硫排放量下降5.6%): it says nothing of
/// the others, and "met" would claim it does.
bool names_fewer(const Quantity& target, const Quantity& outcome) {
  auto items = [](const std::string& s) {
    size_t n = 1;
    for (size_t at = s.find("、"); at != std::string::npos; at = s.find("、", at + 1)) ++n;
    return n;
  };
  return items(outcome.indicator) < items(target.indicator);
}

}  // namespace

std::vector<TargetCheck> plan_targets(const Report& report) {
  std::vector<TargetCheck> out;
  std::optional<int> year = diff_detail::plan_year_of(report);
  for (const Quantity& q : diff_detail::quantities_with_context(report)) {
    if (!q.is_target) continue;
    TargetCheck t;
    t.target = q;
    t.year = year;
    t.lower_is_better = is_ceiling(q);
    out.push_back(std::move(t));
  }
  return out;
}

namespace diff_detail {

std::vector<TargetCheck> check_targets(const Report& old_report, const Report& new_report) {
  std::vector<TargetCheck> targets = plan_targets(old_report);
  std::optional<int> reviewed = review_year_of(new_report);
  const std::vector<Quantity> outcomes = quantities_with_context(new_report);
  // Each outcome's identity once, not once per target (a 10 MB report has thousands of each).
  std::vector<std::string> names;
  std::vector<bool> generic;
  names.reserve(outcomes.size());
  for (const Quantity& q : outcomes) {
    names.push_back(normalize_indicator(series_indicator(q.indicator)));
    generic.push_back(diff_detail::is_generic_indicator(q.indicator));
  }
  for (TargetCheck& t : targets) {
    // Only a review of the plan's own year can say whether it was kept.
    if (!t.year || !reviewed || *t.year != *reviewed) continue;
    // A target for a plan's five years (“十三五”时期…下降23%) is pending after one year's review.
    if (diff_detail::period_scope(t.target) == "years") continue;
    // 五个方面, 项目15个: nothing says which outcome would be this one's.
    if (diff_detail::is_generic_indicator(t.target.indicator)) {
      t.status = TargetStatus::kNotReported;
      continue;
    }
    // Compared as their identity (data/diff/series_indicators.tsv): 经济增长 is 地区生产总值增长.
    std::string want = normalize_indicator(series_indicator(t.target.indicator));
    const Quantity* best = nullptr;
    double best_sim = 0;
    for (size_t k = 0; k < outcomes.size(); ++k) {
      const Quantity& q = outcomes[k];
      if (q.part != PartKind::kReview || q.unit != t.target.unit || q.kind != t.target.kind) continue;
      // Another year's figure (the "from" of 从75%提高到100%, a five-year total) judges no target of this one.
      if (diff_detail::about_another_year(q, *reviewed) || diff_detail::period_scope(q) == "years") continue;
      if (generic[k] || !same_change(t.target, q) || names_fewer(t.target, q)) continue;
      if (t.target.kind == "percent" && diff_detail::measure_of(t.target.indicator) != diff_detail::measure_of(q.indicator)) continue;
      double sim = bigram_similarity(want, names[k]);
      if (sim >= kOutcomeIndicator && sim > best_sim && !diff_detail::subjects_apart(want, names[k])) {
        best_sim = sim;
        best = &q;
      }
    }
    if (!best) {
      t.status = TargetStatus::kNotReported;
      continue;
    }
    t.outcome = *best;
    t.status = judge(t, *best);
    std::string measure = diff_detail::measure_of(t.target.indicator);
    t.pairing = diff_detail::make_pairing(t.target, *best, "most-alike", measure.empty() ? "level" : measure,
                                          std::to_string(*t.year), true);
  }
  return targets;
}

}  // namespace diff_detail
}  // namespace cppcc
