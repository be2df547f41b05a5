// JSON output of a diff ("cppcc-diff/1") and of a series ("cppcc-series/1");
// the fields are documented in docs/diff.md.
#include <nlohmann/json.hpp>

#include "cppcc/diff_render.h"

namespace cppcc {

namespace {

using nlohmann::json;

template <class T>
json opt(const std::optional<T>& v) {
  return v ? json(*v) : json(nullptr);
}

json span_json(const Span& s) {
  return {{"line", s.line}, {"column", s.column}, {"end_line", s.end_line}, {"end_column", s.end_column},
          {"offset", s.offset}, {"length", s.length}};
}

json quantity_json(const Quantity& q) {
  return {{"surface", q.surface},     {"value", q.value},
          {"value_max", opt(q.value_max)}, {"unit", q.unit},
          {"qualifier", opt(q.qualifier)}, {"kind", q.kind},
          {"indicator", q.indicator}, {"part", std::string(part_kind_name(q.part))},
          {"is_target", q.is_target}, {"section", opt(q.section)},
          {"span", span_json(q.span)}};
}

json opt_quantity(const std::optional<Quantity>& q) { return q ? quantity_json(*q) : json(nullptr); }

json pairing_json(const std::optional<Pairing>& p) {
  if (!p) return nullptr;
  return {{"match", p->match},
          {"rule", p->rule},
          {"indicator_similarity", p->indicator_similarity},
          {"old_indicator", p->old_indicator},
          {"new_indicator", p->new_indicator},
          {"unit", p->unit},
          {"kind", p->kind},
          {"measure", p->measure},
          {"period", p->period}};
}

json section_json(const std::optional<SectionRef>& s) {
  if (!s) return nullptr;
  return {{"part", s->part},
          {"section", s->section < 0 ? json(nullptr) : json(s->section)},
          {"order", s->order},
          {"part_kind", std::string(part_kind_name(s->part_kind))},
          {"label", s->label},
          {"heading", s->heading}};
}

json side_json(const ReportSide& s) {
  json years = nullptr;
  if (s.review_years) years = {{"first", s.review_years->first}, {"last", s.review_years->last}};
  return {{"path", s.path}, {"review_year", opt(s.review_year)}, {"review_years", years},
          {"plan_year", opt(s.plan_year)}, {"title", opt(s.title)}, {"words", s.words}};
}

json set_json(const SetDiff& d) {
  auto items = [](const std::vector<SetItem>& v) {
    json a = json::array();
    for (const SetItem& i : v) a.push_back({{"text", i.text}, {"old_count", i.old_count}, {"new_count", i.new_count}});
    return a;
  };
  return {{"added", items(d.added)}, {"dropped", items(d.dropped)}, {"kept", items(d.kept)}};
}

json keywords_json(const std::vector<KeywordShift>& v) {
  json a = json::array();
  for (const KeywordShift& k : v)
    a.push_back({{"word", k.word}, {"old_count", k.old_count}, {"new_count", k.new_count},
                 {"old_per_10k", k.old_per_10k}, {"new_per_10k", k.new_per_10k}, {"log_odds", k.log_odds},
                 {"z", k.z}});
  return a;
}

}  // namespace

std::string render_diff_json(const ReportDiff& d) {
  json out;
  out["schema"] = "cppcc-diff/1";
  out["old"] = side_json(d.old_report);
  out["new"] = side_json(d.new_report);
  out["has_differences"] = d.has_differences();
  json meta = json::array();
  for (const auto& m : d.metadata) meta.push_back({{"field", m.field}, {"old", opt(m.old_value)}, {"new", opt(m.new_value)}});
  out["metadata"] = meta;
  json sections = json::array();
  for (const auto& s : d.sections) {
    json edits = json::array();
    for (const auto& e : s.edits) edits.push_back({{"op", std::string(edit_op_name(e.op))}, {"text", e.text}});
    sections.push_back({{"change", std::string(section_change_name(s.change))},
                        {"old", section_json(s.old_section)},
                        {"new", section_json(s.new_section)},
                        {"related", section_json(s.related)},
                        {"heading_similarity", s.heading_similarity},
                        {"content_similarity", s.content_similarity},
                        {"text_changed", s.text_changed},
                        {"edits", edits}});
  }
  out["sections"] = sections;
  json figures = json::array();
  for (const auto& f : d.figures)
    figures.push_back({{"change", std::string(figure_change_name(f.change))},
                       {"indicator", f.indicator},
                       {"unit", f.unit},
                       {"kind", f.kind},
                       {"part", std::string(part_kind_name(f.part))},
                       {"old", opt_quantity(f.old_value)},
                       {"new", opt_quantity(f.new_value)},
                       {"delta", opt(f.delta)},
                       {"percent", opt(f.percent)},
                       {"pairing", pairing_json(f.pairing)}});
  out["figures"] = figures;
  json targets = json::array();
  for (const auto& t : d.targets)
    targets.push_back({{"status", std::string(target_status_name(t.status))},
                       {"year", opt(t.year)},
                       {"lower_is_better", t.lower_is_better},
                       {"target", quantity_json(t.target)},
                       {"outcome", opt_quantity(t.outcome)},
                       {"pairing", pairing_json(t.pairing)}});
  out["targets"] = targets;
  json changes = json::array();
  for (const auto& t : d.target_changes)
    changes.push_back({{"change", std::string(target_change_name(t.change))},
                       {"indicator", t.indicator},
                       {"old", opt_quantity(t.old_target)},
                       {"new", opt_quantity(t.new_target)},
                       {"qualifier_changed", t.qualifier_changed},
                       {"delta", opt(t.delta)},
                       {"pairing", pairing_json(t.pairing)}});
  out["target_changes"] = changes;
  json warnings = json::array();
  for (const auto& w : d.warnings) warnings.push_back({{"code", w.code}, {"message", w.message}});
  out["warnings"] = warnings;
  out["formulations"] = set_json(d.formulations);
  out["glossary"] = set_json(d.glossary);
  out["keywords"] = {{"method", "log-odds ratio, informative Dirichlet prior (Monroe et al. 2008)"},
                     {"rising", keywords_json(d.rising)},
                     {"falling", keywords_json(d.falling)}};
  return out.dump(2) + "\n";
}

std::string render_series_json(const Series& s) {
  json out;
  out["schema"] = "cppcc-series/1";
  out["reports"] = s.paths;
  json names = json::array();
  for (const ReportSide& r : s.reports) names.push_back(report_name(r));
  out["report_names"] = names;
  out["years"] = s.years;
  json rows = json::array();
  for (const SeriesRow& r : s.rows) {
    json cells = json::array();
    json sources = json::array();
    for (const auto& c : r.cells) cells.push_back(opt_quantity(c));
    for (int i : r.sources) sources.push_back(i < 0 ? json(nullptr) : json(i));
    rows.push_back({{"indicator", r.indicator}, {"unit", r.unit}, {"kind", r.kind},
                    {"type", r.target ? "target" : "outcome"}, {"values", cells}, {"sources", sources}});
  }
  out["rows"] = rows;
  return out.dump(2) + "\n";
}

}  // namespace cppcc
