// Figures matched by indicator, unit, kind and scope (level or change, one year
// or a span); never across units (次 ≠ 人次).
#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>
#include <unordered_map>

#include "diff/diff_parts.h"
#include "cppcc/text.h"
#include "diff/diff_util.h"

namespace cppcc {

std::string_view figure_change_name(FigureChange c) {
  switch (c) {
    case FigureChange::kUnchanged: return "unchanged";
    case FigureChange::kRestated: return "restated";
    case FigureChange::kChanged: return "changed";
    case FigureChange::kAdded: return "added";
    case FigureChange::kDropped: return "dropped";
  }
  return "unchanged";
}

namespace diff_detail {
namespace {

// Indicators this alike are the same statistic worded differently.
constexpr double kFuzzyIndicator = 0.7;

struct Candidate {
  const Quantity* q;
  std::string indicator;  // normalized
  bool vague = false;     // names nothing: matched only to an equal value
  std::string scope;      // scope_of, and the year when the text dates it to another
  int match = -1;         // index on the other side
  FigureChange change = FigureChange::kUnchanged;
  const char* rule = "";  // how the match was chosen (Pairing::rule)
};

bool same_value(const Quantity& a, const Quantity& b) {
  return a.value == b.value && a.value_max == b.value_max;
}

bool is_percent(const Quantity& q) { return q.kind == "percent" || q.unit == "%"; }

/// What a figure measures beyond its indicator and unit: a level or a change
/// (增长6.5% never pairs with a level of 6.5%; 比去年增加2000亿元 with no 财政赤字
/// of 2.38万亿元), over one year or a span of years (a five-year total never
/// pairs with one year's figure).
std::string scope_of(const Quantity& q) { return period_scope(q) + "/" + change_scope(q); }

/// scope_of, and for a figure the text dates to a year other than its part's
/// (the 54万亿元 of 从54万亿元增加到82.7万亿元 is 2012's in a review of 2017) that
/// year: it pairs only with a figure of that same year, never with last
/// year's figure of its own year (74.4万亿元 of 2016).
std::string dated_scope(const Quantity& q, const Report& r) {
  std::optional<int> own = q.part == PartKind::kReview ? review_year_of(r)
                           : q.part == PartKind::kPlan ? plan_year_of(r)
                                                       : std::nullopt;
  std::string scope = scope_of(q);
  if (own && about_another_year(q, *own)) {
    scope += '/';  // two appends: GCC 12 warns (-Wrestrict, a false alarm) on "/" + std::to_string
    scope += std::to_string(*q.period->to);
  }
  return scope;
}

using Key = std::tuple<PartKind, std::string, std::string, std::string, std::string>;

Key key_of(const Candidate& c) { return {c.q->part, c.indicator, c.q->unit, c.q->kind, c.scope}; }

void link(std::vector<Candidate>& olds, size_t i, std::vector<Candidate>& news, size_t j, const char* rule) {
  olds[i].match = static_cast<int>(j);
  news[j].match = static_cast<int>(i);
  news[j].rule = rule;
  FigureChange c = same_value(*olds[i].q, *news[j].q)          ? FigureChange::kUnchanged
                   : is_restatement(*olds[i].q, *news[j].q) ? FigureChange::kRestated
                                                                : FigureChange::kChanged;
  olds[i].change = news[j].change = c;
}

FigureDiff make_diff(const Candidate* o, const Candidate* n) {
  FigureDiff d;
  const Quantity& ref = n ? *n->q : *o->q;
  d.indicator = ref.indicator;
  d.unit = ref.unit;
  d.kind = ref.kind;
  d.part = ref.part;
  if (o) d.old_value = *o->q;
  if (n) d.new_value = *n->q;
  if (o && n) {
    d.change = n->change;
    d.delta = n->q->value - o->q->value;
    if (!is_percent(ref) && o->q->value != 0) d.percent = 100.0 * *d.delta / std::fabs(o->q->value);
    d.pairing = make_pairing(*o->q, *n->q, n->rule, change_scope(ref), period_scope(ref));
  } else {
    d.change = n ? FigureChange::kAdded : FigureChange::kDropped;
  }
  return d;
}

}  // namespace

std::vector<FigureDiff> diff_figures(const Report& old_report, const Report& new_report) {
  const std::vector<Quantity> old_qs = quantities_with_context(old_report);
  const std::vector<Quantity> new_qs = quantities_with_context(new_report);
  std::vector<Candidate> olds, news;
  for (const Quantity& q : old_qs)
    olds.push_back({&q, normalize_indicator(q.indicator), is_vague_indicator(q.indicator), dated_scope(q, old_report)});
  for (const Quantity& q : new_qs)
    news.push_back({&q, normalize_indicator(q.indicator), is_vague_indicator(q.indicator), dated_scope(q, new_report)});

  // The new figures of each key in document order; `first` skips those
  // already matched at the front.
  struct Group {
    std::vector<size_t> news;
    size_t first = 0;
  };
  std::map<Key, Group> new_groups;
  for (size_t j = 0; j < news.size(); ++j) new_groups[key_of(news[j])].news.push_back(j);

  // 1. Same indicator, unit and kind: equal values first, then rounded
  //    restatements, then the rest in document order (named indicators only).
  //    Each old figure looks at no more than kMaxLook new ones of its key: a
  //    report repeating one sentence 100,000 times must not take quadratic
  //    time, and real reports name one indicator a few times only.
  constexpr size_t kMaxLook = 64;
  auto pass = [&](const char* rule, auto accept) {
    for (size_t i = 0; i < olds.size(); ++i) {
      if (olds[i].match >= 0) continue;
      auto it = new_groups.find(key_of(olds[i]));
      if (it == new_groups.end()) continue;
      Group& g = it->second;
      while (g.first < g.news.size() && news[g.news[g.first]].match >= 0) ++g.first;
      const size_t end = std::min(g.news.size(), g.first + kMaxLook);
      for (size_t k = g.first; k < end; ++k) {
        const size_t j = g.news[k];
        if (news[j].match >= 0 || !accept(olds[i], news[j])) continue;
        link(olds, i, news, j, rule);
        break;
      }
    }
  };
  pass("equal-value", [](const Candidate& a, const Candidate& b) { return same_value(*a.q, *b.q); });
  pass("rounded", [](const Candidate& a, const Candidate& b) { return is_restatement(*a.q, *b.q); });
  pass("document-order", [](const Candidate& a, const Candidate&) { return !a.vague; });

  // 2. Indicators worded a little differently (same part, unit and kind).
  struct Fuzzy {
    size_t i, j;
    double sim;
  };
  std::vector<Fuzzy> fuzzy;
  // Candidates by prefix filtering instead of comparing every pair (0.25 MB of
  // distinct indicators took 50 s). The similarity is the Dice coefficient of
  // the bigram multisets: 2c / (nx + ny) >= t needs c >= t * nx / (2 - t)
  // shared bigrams, so two alike indicators share one among the rarest
  // nx - that + 1 bigrams of each (rarest first in one global order). Common
  // bigrams such as 增长 thus never make everything a candidate. An indicator
  // of under two characters has no bigram and is compared with all.
  using Gram = uint64_t;  // two code points (21 bits each) and which occurrence of them
  auto grams_of = [](const std::string& indicator) {
    const std::u32string cps = utf8::to_u32(indicator);
    std::vector<Gram> out;
    std::unordered_map<Gram, Gram> seen;
    for (size_t k = 0; k + 1 < cps.size(); ++k) {
      const Gram pair = Gram{cps[k]} << 21 | cps[k + 1];
      out.push_back(pair << 22 | seen[pair]++);
    }
    return out;
  };
  std::vector<std::vector<Gram>> old_grams(olds.size()), new_grams(news.size());
  std::unordered_map<Gram, size_t> frequency;
  for (size_t i = 0; i < olds.size(); ++i)
    if (olds[i].match < 0 && !olds[i].vague)
      for (Gram g : old_grams[i] = grams_of(olds[i].indicator)) ++frequency[g];
  for (size_t j = 0; j < news.size(); ++j)
    if (news[j].match < 0 && !news[j].vague)
      for (Gram g : new_grams[j] = grams_of(news[j].indicator)) ++frequency[g];
  auto prefix = [&](std::vector<Gram>& grams) {
    if (grams.empty()) return;
    std::sort(grams.begin(), grams.end(), [&](Gram a, Gram b) {
      const size_t fa = frequency[a], fb = frequency[b];
      return fa != fb ? fa < fb : a < b;
    });
    const double n = static_cast<double>(grams.size());
    const auto needed = static_cast<size_t>(std::ceil(kFuzzyIndicator * n / (2 - kFuzzyIndicator) - 1e-9));
    grams.resize(grams.size() + 1 - std::clamp<size_t>(needed, 1, grams.size()));
  };
  std::unordered_map<Gram, std::vector<size_t>> by_gram;
  std::vector<size_t> short_news;
  for (size_t j = 0; j < news.size(); ++j) {
    if (news[j].match >= 0 || news[j].vague) continue;
    if (new_grams[j].empty()) short_news.push_back(j);
    prefix(new_grams[j]);
    for (Gram g : new_grams[j]) by_gram[g].push_back(j);
  }
  std::vector<size_t> seen_by(news.size(), SIZE_MAX), candidates;
  for (size_t i = 0; i < olds.size(); ++i) {
    if (olds[i].match >= 0 || olds[i].vague) continue;
    candidates = short_news;
    prefix(old_grams[i]);
    for (Gram g : old_grams[i]) {
      auto it = by_gram.find(g);
      if (it == by_gram.end()) continue;
      for (size_t j : it->second)
        if (seen_by[j] != i) {
          seen_by[j] = i;
          candidates.push_back(j);
        }
    }
    std::sort(candidates.begin(), candidates.end());  // document order, as the full scan had
    for (size_t j : candidates) {
      const Candidate &a = olds[i], &b = news[j];
      if (a.q->part != b.q->part || a.q->unit != b.q->unit || a.q->kind != b.q->kind ||
          a.scope != b.scope)
        continue;
      double sim = bigram_similarity(a.indicator, b.indicator);
      if (sim >= kFuzzyIndicator) fuzzy.push_back({i, j, sim});
    }
  }
  std::stable_sort(fuzzy.begin(), fuzzy.end(), [](const Fuzzy& x, const Fuzzy& y) { return x.sim > y.sim; });
  for (const Fuzzy& f : fuzzy)
    if (olds[f.i].match < 0 && news[f.j].match < 0) link(olds, f.i, news, f.j, "most-alike");

  std::vector<FigureDiff> out;
  for (const Candidate& n : news) out.push_back(make_diff(n.match >= 0 ? &olds[n.match] : nullptr, &n));
  for (const Candidate& o : olds)
    if (o.match < 0) out.push_back(make_diff(&o, nullptr));
  return out;
}

}  // namespace diff_detail
}  // namespace cppcc
