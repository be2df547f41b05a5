// Series: indicators followed over several years' reports. Targets sit under
// the year they were set for, outcomes under the year they report on.
#include <algorithm>
#include <map>
#include <regex>
#include <set>

#include "cppcc/data.h"
#include "cppcc/text.h"
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
  std::vector<std::pair<std::string, std::string>> synonyms;
  std::vector<std::string> comparison, keep;
};

const IndicatorTable& indicator_table() {
  static const IndicatorTable table = [] {
    IndicatorTable t;
    for (const auto& f : embedded_tsv("diff/series_indicators.tsv")) {
      if (f[0] == "synonym" && f.size() == 3) t.synonyms.emplace_back(f[1], f[2]);
      if (f[0] == "comparison" && f.size() == 2) t.comparison.push_back(f[1]);
      if (f[0] == "keep" && f.size() == 2) t.keep.push_back(f[1]);
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
  for (const auto& [variant, canonical] : indicator_table().synonyms)
    for (size_t at = out.find(variant); at != std::string::npos; at = out.find(variant, at + canonical.size()))
      out.replace(at, variant.size(), canonical);
  return out;
}

bool is_series_junk(std::string_view indicator, std::string_view unit) {
  const IndicatorTable& t = indicator_table();
  const std::string key = normalize_indicator(indicator);
  if (key.empty() || made_of(key, t.comparison)) return true;
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
      for (Cluster& c : clusters) {
        if (c.target != target || c.unit != q.unit || c.kind != q.kind || c.measure != measure) continue;
        double sim = cluster_similarity(c, key);
        if (sim >= options.min_indicator_similarity && sim > best_sim) {
          best_sim = sim;
          best = &c;
        }
      }
      ++seen;
      if (best && best->cells.count(*year)) continue;  // the first mention in a year is the headline
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
    row.indicator = std::max_element(c->names.begin(), c->names.end(), [](const auto& x, const auto& y) {
                      return x.second < y.second;
                    })->first;
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
