// Series: indicators followed over several years' reports. Targets sit under
// the year they were set for, outcomes under the year they report on.
#include <algorithm>
#include <map>
#include <regex>
#include <set>

#include "cppcc/data.h"
#include "cppcc/text.h"
#include "diff/diff_parts.h"
#include "diff/diff_util.h"

namespace cppcc {

size_t SeriesRow::filled() const {
  return static_cast<size_t>(std::count_if(cells.begin(), cells.end(), [](const auto& c) { return c.has_value(); }));
}

std::optional<int> report_year(const Report& report) {
  if (auto plan = diff_detail::plan_year_of(report)) return plan;
  if (auto review = diff_detail::review_year_of(report)) return *review + 1;
  std::string name = report.source.path;
  if (auto slash = name.find_last_of('/'); slash != std::string::npos) name = name.substr(slash + 1);
  static const std::regex year(R"((19[5-9]\d|20\d\d))");
  std::smatch m;
  if (std::regex_search(name, m, year)) return std::stoi(m.str(1));
  return std::nullopt;
}

namespace {

/// data/diff/series_indicators.tsv: synonyms (longest variant first),
/// comparison words, short indicators to keep.
struct IndicatorTable {
  std::vector<std::pair<std::string, std::string>> synonyms, wholes;
  std::vector<std::string> comparison, keep, generic;
};

const IndicatorTable& indicator_table() {
  static const IndicatorTable table = [] {
    IndicatorTable t;
    for (const auto& f : embedded_tsv("diff/series_indicators.tsv")) {
      if (f[0] == "synonym" && f.size() == 3) t.synonyms.emplace_back(f[1], f[2]);
      if (f[0] == "whole" && f.size() == 3) t.wholes.emplace_back(f[1], f[2]);
      if (f[0] == "comparison" && f.size() == 2) t.comparison.push_back(f[1]);
      if (f[0] == "keep" && f.size() == 2) t.keep.push_back(f[1]);
      if (f[0] == "generic" && f.size() == 2) t.generic.push_back(f[1]);
    }
    std::stable_sort(t.synonyms.begin(), t.synonyms.end(),
                     [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
    std::stable_sort(t.comparison.begin(), t.comparison.end(),
                     [](const auto& a, const auto& b) { return a.size() > b.size(); });
    return t;
  }();
  return table;
}

/// True when S is made only of WORDS (greedy, longest first).
bool made_of(std::string_view s, const std::vector<std::string>& words) {
  while (!s.empty()) {
    auto it = std::find_if(words.begin(), words.end(), [s](const std::string& w) { return s.rfind(w, 0) == 0; });
    if (it == words.end()) return false;
    s.remove_prefix(it->size());
  }
  return true;
}

}  // namespace

std::string series_indicator(std::string_view indicator) {
  std::string out(indicator);
  for (const auto& [variant, canonical] : indicator_table().wholes)
    if (out == variant) out = canonical;
  for (const auto& [variant, canonical] : indicator_table().synonyms)
    for (size_t at = out.find(variant); at != std::string::npos; at = out.find(variant, at + canonical.size()))
      out.replace(at, variant.size(), canonical);
  return out;
}

namespace diff_detail {

bool is_generic_indicator(std::string_view indicator) {
  const std::vector<std::string>& generic = indicator_table().generic;
  return std::find(generic.begin(), generic.end(), normalize_indicator(indicator)) != generic.end();
}

}  // namespace diff_detail

bool is_series_junk(std::string_view indicator, std::string_view unit) {
  const IndicatorTable& t = indicator_table();
  const std::string key = normalize_indicator(indicator);
  if (key.empty() || made_of(key, t.comparison) || diff_detail::is_generic_indicator(key)) return true;
  if (std::find(t.keep.begin(), t.keep.end(), key) != t.keep.end()) return false;
  size_t length = utf8::length(key);
  // 中国人 in 人: the unit written again after two characters.
  if (!unit.empty() && key.size() > unit.size() && key.compare(key.size() - unit.size(), unit.size(), unit) == 0)
    length -= utf8::length(unit);
  return length < 3;
}

namespace {

struct Cluster {
  bool target = false;
  std::string unit, kind, measure;
  std::vector<std::string> keys;            // normalized indicators seen
  std::map<std::string, int> names;         // indicator as written → uses
  std::map<int, Quantity> cells;            // year → value
  std::map<int, int> sources;               // year → index of the report
  size_t first_seen = 0;
};

double cluster_similarity(const Cluster& c, const std::string& key) {
  double best = 0;
  for (const std::string& k : c.keys) best = std::max(best, bigram_similarity(k, key));
  return best;
}

/// The indicator as written most often in C.
std::string best_name(const Cluster& c) {
  return std::max_element(c.names.begin(), c.names.end(), [](const auto& x, const auto& y) {
           return x.second < y.second;
         })->first;
}

/// The cluster whose cell for YEAR is Q of report SOURCE, if any.
Cluster* holding(std::vector<Cluster>& clusters, bool target, int year, int source, const Quantity& q) {
  for (Cluster& c : clusters) {
    auto it = c.cells.find(year);
    if (c.target == target && it != c.cells.end() && c.sources.at(year) == source &&
        it->second.span.offset == q.span.offset)
      return &c;
  }
  return nullptr;
}

/// An outcome that judged a target (check_targets, as in a pair's diff) is the
/// same indicator: its row takes the target row's name, and outcome rows
/// judging one target row over the years become one row when their years do
/// not overlap — so 居民消费价格涨幅 has its target and its outcome under one
/// name (the review writes 居民消费价格上涨, 年末城镇登记失业率).
void link_outcomes(std::vector<Cluster>& clusters, const std::vector<const Report*>& sorted) {
  std::map<const Cluster*, Cluster*> outcome_of;  // target cluster → its outcome cluster
  for (size_t i = 0; i + 1 < sorted.size(); ++i) {
    for (const TargetCheck& t : diff_detail::check_targets(*sorted[i], *sorted[i + 1])) {
      if (!t.outcome || !t.year) continue;
      Cluster* target = holding(clusters, true, *t.year, static_cast<int>(i), t.target);
      Cluster* outcome = holding(clusters, false, *t.year, static_cast<int>(i + 1), *t.outcome);
      if (!target || !outcome) continue;
      Cluster*& into = outcome_of[target];
      if (!into) into = outcome;
      if (into != outcome) {
        bool overlap = std::any_of(outcome->cells.begin(), outcome->cells.end(),
                                   [into](const auto& cell) { return into->cells.count(cell.first) > 0; });
        if (overlap) continue;
        for (auto& [year, q] : outcome->cells) into->cells.emplace(year, q);
        for (auto& [year, source] : outcome->sources) into->sources.emplace(year, source);
        for (const std::string& k : outcome->keys) into->keys.push_back(k);
        into->first_seen = std::min(into->first_seen, outcome->first_seen);
        outcome->cells.clear();
        outcome->sources.clear();
      }
      into->names = {{target->names.empty() ? std::string() : best_name(*target), 1}};
    }
  }
}

}  // namespace

Series build_series(const std::vector<const Report*>& reports, const SeriesOptions& options) {
  std::vector<const Report*> sorted = reports;
  std::stable_sort(sorted.begin(), sorted.end(), [](const Report* a, const Report* b) {
    return report_year(*a).value_or(0) < report_year(*b).value_or(0);
  });
  Series series;
  std::vector<Cluster> clusters;
  std::set<int> years;
  size_t seen = 0;
  for (const Report* r : sorted) {
    const int report_index = static_cast<int>(series.paths.size());
    series.paths.push_back(r->source.path);
    series.reports.push_back(report_side(*r));
    std::optional<int> plan = diff_detail::plan_year_of(*r);
    std::optional<int> review = diff_detail::review_year_of(*r);
    for (const Quantity& q : diff_detail::quantities_with_context(*r)) {
      bool target = q.is_target;
      std::optional<int> year = target ? plan : q.part == PartKind::kReview ? review : std::nullopt;
      if (!year) continue;
      // A span of years (a five-year review's total) is no year's value.
      if (diff_detail::period_scope(q) == "years") continue;
      // Nor is a figure the text dates to another year (the "from" of a from–to pair).
      if (diff_detail::about_another_year(q, *year)) continue;
      if (diff_detail::is_vague_indicator(q.indicator)) continue;  // nothing to follow by
      if (is_series_junk(q.indicator, q.unit)) continue;
      const std::string identity = series_indicator(q.indicator);
      std::string key = normalize_indicator(identity);
      std::string measure = diff_detail::measure_of(identity);
      Cluster* best = nullptr;
      double best_sim = 0;
      bool repeat = false;  // this year's figure of this indicator is in already
      for (Cluster& c : clusters) {
        if (c.target != target || c.unit != q.unit || c.kind != q.kind || c.measure != measure) continue;
        // A row holds one figure a year: a second of another indicator (中央财政赤字
        // beside 财政赤字, alike by their bigrams) is a row of its own, not dropped.
        if (c.cells.count(*year)) {
          repeat = repeat || std::find(c.keys.begin(), c.keys.end(), key) != c.keys.end();
          continue;
        }
        double sim = cluster_similarity(c, key);
        if (sim >= options.min_indicator_similarity && sim > best_sim) {
          best_sim = sim;
          best = &c;
        }
      }
      ++seen;
      if (repeat) continue;  // the first mention in a year is the headline
      if (!best) {
        clusters.push_back({target, q.unit, q.kind, measure, {}, {}, {}, {}, seen});
        best = &clusters.back();
      }
      if (std::find(best->keys.begin(), best->keys.end(), key) == best->keys.end()) best->keys.push_back(key);
      ++best->names[q.indicator];
      best->cells.emplace(*year, q);
      best->sources.emplace(*year, report_index);
      years.insert(*year);
    }
  }
  link_outcomes(clusters, sorted);
  series.years.assign(years.begin(), years.end());
  std::vector<const Cluster*> kept;
  for (const Cluster& c : clusters)
    if (c.cells.size() >= options.min_filled) kept.push_back(&c);
  std::stable_sort(kept.begin(), kept.end(), [](const Cluster* a, const Cluster* b) {
    if (a->cells.size() != b->cells.size()) return a->cells.size() > b->cells.size();
    return a->first_seen < b->first_seen;
  });
  for (const Cluster* c : kept) {
    SeriesRow row;
    row.indicator = best_name(*c);
    row.unit = c->unit;
    row.kind = c->kind;
    row.target = c->target;
    for (int y : series.years) {
      auto it = c->cells.find(y);
      row.cells.push_back(it == c->cells.end() ? std::nullopt : std::optional<Quantity>(it->second));
      row.sources.push_back(it == c->cells.end() ? -1 : c->sources.at(y));
    }
    series.rows.push_back(std::move(row));
  }
  return series;
}

}  // namespace cppcc
