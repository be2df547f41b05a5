// This year's plan targets against last year's: raised, cut, new, dropped,
// and the quieter changes a journalist must not miss (qualifier, range).
#include <algorithm>
#include <map>

#include "diff/diff_parts.h"
#include "diff/diff_util.h"

namespace cppcc {

std::string_view target_change_name(TargetChangeKind k) {
  switch (k) {
    case TargetChangeKind::kUnchanged: return "unchanged";
    case TargetChangeKind::kRaised: return "raised";
    case TargetChangeKind::kCut: return "cut";
    case TargetChangeKind::kRangeChanged: return "range-changed";
    case TargetChangeKind::kQualifierChanged: return "qualifier-changed";
    case TargetChangeKind::kNew: return "new";
    case TargetChangeKind::kDropped: return "dropped";
  }
  return "unchanged";
}

namespace {

// Target indicators this alike name the same commitment (as figures.cc's
// fuzzy pass: 粮食产量 / 粮食总产量).
constexpr double kSameTarget = 0.7;

double midpoint(const Quantity& q) { return q.value_max ? (q.value + *q.value_max) / 2 : q.value; }

bool comparable(const Quantity& a, const Quantity& b) {
  if (a.unit != b.unit || a.kind != b.kind) return false;
  // One year's target is never another's for five years: 城镇新增就业110万人以上
  // (2025) is not "raised" to the 十五五 plan's 500万人以上 (2026–2030).
  if (diff_detail::period_scope(a) != diff_detail::period_scope(b)) return false;
  // A growth target is never paired with a share or a price rise.
  return diff_detail::measure_of(a.indicator) == diff_detail::measure_of(b.indicator);
}

TargetChange classify(const TargetCheck& old_target, const TargetCheck& new_target) {
  const Quantity &o = old_target.target, &n = new_target.target;
  TargetChange c;
  const std::string measure = diff_detail::measure_of(n.indicator);
  auto year = [](const TargetCheck& t) { return t.year ? std::to_string(*t.year) : std::string("?"); };
  c.pairing = diff_detail::make_pairing(o, n, "most-alike", measure.empty() ? "level" : measure,
                                        year(old_target) + "→" + year(new_target), true);
  c.indicator = n.indicator;
  c.old_target = o;
  c.new_target = n;
  c.qualifier_changed = o.qualifier.value_or("") != n.qualifier.value_or("");
  c.delta = midpoint(n) - midpoint(o);
  if (o.value_max.has_value() != n.value_max.has_value() || (o.value_max && *o.value_max != *n.value_max) ||
      (o.value_max && o.value != n.value))
    c.change = TargetChangeKind::kRangeChanged;
  else if (n.value > o.value)
    c.change = TargetChangeKind::kRaised;
  else if (n.value < o.value)
    c.change = TargetChangeKind::kCut;
  else if (c.qualifier_changed)
    c.change = TargetChangeKind::kQualifierChanged;
  return c;
}

int rank(TargetChangeKind k) {
  switch (k) {
    case TargetChangeKind::kCut:
    case TargetChangeKind::kRaised:
    case TargetChangeKind::kRangeChanged:
    case TargetChangeKind::kQualifierChanged: return 0;
    case TargetChangeKind::kNew: return 1;
    case TargetChangeKind::kDropped: return 2;
    case TargetChangeKind::kUnchanged: return 3;
  }
  return 3;
}

}  // namespace

std::vector<TargetChange> diff_targets(const Report& old_report, const Report& new_report) {
  const std::vector<TargetCheck> olds = plan_targets(old_report), news = plan_targets(new_report);
  std::vector<std::string> old_names, new_names;
  // Compared as their identity (data/diff/series_indicators.tsv): 经济增长 → 地区生产总值增长.
  for (const TargetCheck& t : olds) old_names.push_back(normalize_indicator(series_indicator(t.target.indicator)));
  for (const TargetCheck& t : news) new_names.push_back(normalize_indicator(series_indicator(t.target.indicator)));
  std::vector<int> old_match(olds.size(), -1), new_match(news.size(), -1);

  // Equal names first, then the most alike; a vague indicator (names nothing)
  // pairs only with an equal name, never by likeness.
  struct Pair {
    size_t i, j;
    double sim;
  };
  std::vector<Pair> pairs;
  // Likeness is tried only where there are few candidates: a 10 MB report
  // must not compare every target with every other (real reports set dozens).
  constexpr size_t kMaxFuzzyPairs = 1'000'000;
  const bool fuzzy = olds.size() * news.size() <= kMaxFuzzyPairs;
  std::map<std::string, std::vector<size_t>> new_by_name;
  for (size_t j = 0; j < news.size(); ++j) new_by_name[new_names[j]].push_back(j);
  for (size_t i = 0; i < olds.size(); ++i) {
    // 五个方面 → 四个方面 are no one target set twice: a generic name pairs with nothing.
    if (diff_detail::is_generic_indicator(olds[i].target.indicator)) continue;
    if (auto it = new_by_name.find(old_names[i]); it != new_by_name.end())
      for (size_t j : it->second)
        if (comparable(olds[i].target, news[j].target)) pairs.push_back({i, j, 1.0});
    if (!fuzzy || diff_detail::is_vague_indicator(olds[i].target.indicator)) continue;
    for (size_t j = 0; j < news.size(); ++j) {
      if (old_names[i] == new_names[j] || !comparable(olds[i].target, news[j].target) ||
          diff_detail::is_vague_indicator(news[j].target.indicator) ||
          diff_detail::is_generic_indicator(news[j].target.indicator))
        continue;
      double sim = bigram_similarity(old_names[i], new_names[j]);
      if (sim >= kSameTarget && !diff_detail::subjects_apart(old_names[i], new_names[j])) pairs.push_back({i, j, sim});
    }
  }
  // Stable: among equally alike pairs the earlier ones in the text go first.
  std::stable_sort(pairs.begin(), pairs.end(), [](const Pair& x, const Pair& y) { return x.sim > y.sim; });
  for (const Pair& p : pairs) {
    if (old_match[p.i] >= 0 || new_match[p.j] >= 0) continue;
    old_match[p.i] = static_cast<int>(p.j);
    new_match[p.j] = static_cast<int>(p.i);
  }

  std::vector<TargetChange> out;
  for (size_t j = 0; j < news.size(); ++j) {
    if (new_match[j] >= 0) {
      out.push_back(classify(olds[new_match[j]], news[j]));
      continue;
    }
    TargetChange c;
    c.change = TargetChangeKind::kNew;
    c.indicator = news[j].target.indicator;
    c.new_target = news[j].target;
    out.push_back(std::move(c));
  }
  for (size_t i = 0; i < olds.size(); ++i) {
    if (old_match[i] >= 0) continue;
    TargetChange c;
    c.change = TargetChangeKind::kDropped;
    c.indicator = olds[i].target.indicator;
    c.old_target = olds[i].target;
    out.push_back(std::move(c));
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const TargetChange& a, const TargetChange& b) { return rank(a.change) < rank(b.change); });
  return out;
}

}  // namespace cppcc
