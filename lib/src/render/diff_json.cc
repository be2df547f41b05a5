// JSON output of a diff ("cppcc-diff/1") and of a series ("cppcc-series/1");
// the fields are documented in docs/diff.md.
#include <nlohmann/json.hpp>

#include "cppcc/diff_render.h"
#include "render/json_writer.h"

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

}  // namespace

// The diff is written straight into the output (render/json_writer.h): a
// tree of two 10 MB reports' figures and word diffs took 550 MB more than
// the diff itself. Keys in the order nlohmann's object (a std::map) gave them.
namespace {

using render::JsonWriter;

void write_span(JsonWriter& w, const Span& s) {
  w.begin_object();
  w.key("column"); w.unsigned_integer(s.column);
  w.key("end_column"); w.unsigned_integer(s.end_column);
  w.key("end_line"); w.unsigned_integer(s.end_line);
  w.key("length"); w.unsigned_integer(s.length);
  w.key("line"); w.unsigned_integer(s.line);
  w.key("offset"); w.unsigned_integer(s.offset);
  w.end_object();
}

void write_optional_number(JsonWriter& w, const std::optional<double>& v) {
  if (v) w.number(*v); else w.null();
}

void write_quantity(JsonWriter& w, const std::optional<Quantity>& q) {
  if (!q) return w.null();
  w.begin_object();
  w.key("indicator"); w.string(q->indicator);
  w.key("is_target"); w.boolean(q->is_target);
  w.key("kind"); w.string(q->kind);
  w.key("part"); w.string(part_kind_name(q->part));
  w.key("qualifier"); w.optional_string(q->qualifier);
  w.key("section"); w.optional_integer(q->section);
  w.key("span"); write_span(w, q->span);
  w.key("surface"); w.string(q->surface);
  w.key("unit"); w.string(q->unit);
  w.key("value"); w.number(q->value);
  w.key("value_max"); write_optional_number(w, q->value_max);
  w.end_object();
}

void write_pairing(JsonWriter& w, const std::optional<Pairing>& p) {
  if (!p) return w.null();
  w.begin_object();
  w.key("indicator_similarity"); w.number(p->indicator_similarity);
  w.key("kind"); w.string(p->kind);
  w.key("match"); w.string(p->match);
  w.key("measure"); w.string(p->measure);
  w.key("new_indicator"); w.string(p->new_indicator);
  w.key("old_indicator"); w.string(p->old_indicator);
  w.key("period"); w.string(p->period);
  w.key("rule"); w.string(p->rule);
  w.key("unit"); w.string(p->unit);
  w.end_object();
}

void write_section(JsonWriter& w, const std::optional<SectionRef>& s) {
  if (!s) return w.null();
  w.begin_object();
  w.key("heading"); w.string(s->heading);
  w.key("label"); w.string(s->label);
  w.key("order"); w.integer(s->order);
  w.key("part"); w.integer(s->part);
  w.key("part_kind"); w.string(part_kind_name(s->part_kind));
  w.key("section"); if (s->section < 0) w.null(); else w.integer(s->section);
  w.end_object();
}

void write_side(JsonWriter& w, const ReportSide& s) {
  w.begin_object();
  w.key("path"); w.string(s.path);
  w.key("plan_year"); w.optional_integer(s.plan_year);
  w.key("review_year"); w.optional_integer(s.review_year);
  w.key("review_years");
  if (s.review_years) {
    w.begin_object();
    w.key("first"); w.integer(s.review_years->first);
    w.key("last"); w.integer(s.review_years->last);
    w.end_object();
  } else {
    w.null();
  }
  w.key("title"); w.optional_string(s.title);
  w.key("words"); w.unsigned_integer(s.words);
  w.end_object();
}

void write_set(JsonWriter& w, const SetDiff& d) {
  auto items = [&w](const std::vector<SetItem>& v) {
    w.begin_array();
    for (const SetItem& i : v) {
      w.begin_object();
      w.key("new_count"); w.integer(i.new_count);
      w.key("old_count"); w.integer(i.old_count);
      w.key("text"); w.string(i.text);
      w.end_object();
    }
    w.end_array();
  };
  w.begin_object();
  w.key("added"); items(d.added);
  w.key("dropped"); items(d.dropped);
  w.key("kept"); items(d.kept);
  w.end_object();
}

void write_keywords(JsonWriter& w, const std::vector<KeywordShift>& v) {
  w.begin_array();
  for (const KeywordShift& k : v) {
    w.begin_object();
    w.key("log_odds"); w.number(k.log_odds);
    w.key("new_count"); w.integer(k.new_count);
    w.key("new_per_10k"); w.number(k.new_per_10k);
    w.key("old_count"); w.integer(k.old_count);
    w.key("old_per_10k"); w.number(k.old_per_10k);
    w.key("word"); w.string(k.word);
    w.key("z"); w.number(k.z);
    w.end_object();
  }
  w.end_array();
}

}  // namespace

std::string render_diff_json(const ReportDiff& d) {
  JsonWriter w(2);
  w.begin_object();
  w.key("figures");
  w.begin_array();
  for (const auto& f : d.figures) {
    w.begin_object();
    w.key("change"); w.string(figure_change_name(f.change));
    w.key("delta"); write_optional_number(w, f.delta);
    w.key("indicator"); w.string(f.indicator);
    w.key("kind"); w.string(f.kind);
    w.key("new"); write_quantity(w, f.new_value);
    w.key("old"); write_quantity(w, f.old_value);
    w.key("pairing"); write_pairing(w, f.pairing);
    w.key("part"); w.string(part_kind_name(f.part));
    w.key("percent"); write_optional_number(w, f.percent);
    w.key("unit"); w.string(f.unit);
    w.end_object();
  }
  w.end_array();
  w.key("formulations"); write_set(w, d.formulations);
  w.key("glossary"); write_set(w, d.glossary);
  w.key("has_differences"); w.boolean(d.has_differences());
  w.key("keywords");
  w.begin_object();
  w.key("falling"); write_keywords(w, d.falling);
  w.key("method"); w.string("log-odds ratio, informative Dirichlet prior (Monroe et al. 2008)");
  w.key("rising"); write_keywords(w, d.rising);
  w.end_object();
  w.key("metadata");
  w.begin_array();
  for (const auto& m : d.metadata) {
    w.begin_object();
    w.key("field"); w.string(m.field);
    w.key("new"); w.optional_string(m.new_value);
    w.key("old"); w.optional_string(m.old_value);
    w.end_object();
  }
  w.end_array();
  w.key("new"); write_side(w, d.new_report);
  w.key("old"); write_side(w, d.old_report);
  w.key("schema"); w.string("cppcc-diff/1");
  w.key("sections");
  w.begin_array();
  for (const auto& s : d.sections) {
    w.begin_object();
    w.key("change"); w.string(section_change_name(s.change));
    w.key("content_similarity"); w.number(s.content_similarity);
    w.key("edits");
    w.begin_array();
    for (const auto& e : s.edits) {
      w.begin_object();
      w.key("op"); w.string(edit_op_name(e.op));
      w.key("text"); w.string(e.text);
      w.end_object();
    }
    w.end_array();
    w.key("heading_similarity"); w.number(s.heading_similarity);
    w.key("new"); write_section(w, s.new_section);
    w.key("old"); write_section(w, s.old_section);
    w.key("related"); write_section(w, s.related);
    w.key("text_changed"); w.boolean(s.text_changed);
    w.end_object();
  }
  w.end_array();
  w.key("target_changes");
  w.begin_array();
  for (const auto& t : d.target_changes) {
    w.begin_object();
    w.key("change"); w.string(target_change_name(t.change));
    w.key("delta"); write_optional_number(w, t.delta);
    w.key("indicator"); w.string(t.indicator);
    w.key("new"); write_quantity(w, t.new_target);
    w.key("old"); write_quantity(w, t.old_target);
    w.key("pairing"); write_pairing(w, t.pairing);
    w.key("qualifier_changed"); w.boolean(t.qualifier_changed);
    w.end_object();
  }
  w.end_array();
  w.key("targets");
  w.begin_array();
  for (const auto& t : d.targets) {
    w.begin_object();
    w.key("lower_is_better"); w.boolean(t.lower_is_better);
    w.key("outcome"); write_quantity(w, t.outcome);
    w.key("pairing"); write_pairing(w, t.pairing);
    w.key("status"); w.string(target_status_name(t.status));
    w.key("target"); write_quantity(w, t.target);
    w.key("year"); w.optional_integer(t.year);
    w.end_object();
  }
  w.end_array();
  w.key("warnings");
  w.begin_array();
  for (const auto& x : d.warnings) {
    w.begin_object();
    w.key("code"); w.string(x.code);
    w.key("message"); w.string(x.message);
    w.end_object();
  }
  w.end_array();
  w.end_object();
  return w.take() + "\n";
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
