// Report → contract JSON ("cppcc-report/1"), keys in the documented order.
#include <algorithm>

#include "cppcc/report_json.h"
#include "render/json_writer.h"

namespace cppcc {

namespace {

using render::JsonWriter;

void write_span(JsonWriter& w, const Span& s) {
  w.begin_object();
  w.key("line"); w.unsigned_integer(s.line);
  w.key("column"); w.unsigned_integer(s.column);
  w.key("end_line"); w.unsigned_integer(s.end_line);
  w.key("end_column"); w.unsigned_integer(s.end_column);
  w.key("offset"); w.unsigned_integer(s.offset);
  w.key("length"); w.unsigned_integer(s.length);
  w.end_object();
}

void write_text_span(JsonWriter& w, const std::string& text, const Span& span) {
  w.begin_object();
  w.key("text"); w.string(text);
  w.key("span"); write_span(w, span);
  w.end_object();
}

void write_optional_text_span(JsonWriter& w, const std::optional<TextSpan>& t) {
  if (t) write_text_span(w, t->text, t->span); else w.null();
}

void write_spans(JsonWriter& w, const std::vector<Span>& spans) {
  w.begin_array();
  for (const auto& s : spans) write_span(w, s);
  w.end_array();
}

void write_section(JsonWriter& w, const Section& s) {
  w.begin_object();
  w.key("number"); w.integer(s.number);
  w.key("label"); w.string(s.label);
  w.key("heading"); w.string(s.heading);
  w.key("run_in"); w.boolean(s.run_in);
  w.key("span"); write_span(w, s.span);
  w.key("lead_sentences");
  w.begin_array();
  for (const auto& l : s.lead_sentences) write_text_span(w, l.text, l.span);
  w.end_array();
  w.key("subsections");
  w.begin_array();
  for (const auto& c : s.subsections) write_section(w, c);
  w.end_array();
  w.end_object();
}

void write_metadata(JsonWriter& w, const Metadata& m) {
  w.begin_object();
  w.key("genre"); w.string(genre_name(m.genre));
  w.key("title"); w.optional_string(m.title);
  w.key("committee"); w.optional_string(m.committee);
  w.key("level");
  if (m.level) w.string(level_name(*m.level)); else w.null();
  w.key("region"); w.optional_string(m.region);
  w.key("term"); w.optional_integer(m.term);
  w.key("session"); w.optional_integer(m.session);
  w.key("date"); w.optional_string(m.date);
  w.key("speaker"); w.optional_string(m.speaker);
  w.key("review_year"); w.optional_integer(m.review_year);
  w.key("plan_year"); w.optional_integer(m.plan_year);
  w.key("script"); w.string(script_name(m.script));
  // Only this genre has the key: the other genres' output stays as it was.
  if (m.genre == Genre::kCppccProposal) {
    w.key("proposal_kind");
    if (m.proposal_kind) w.string(proposal_kind_name(*m.proposal_kind)); else w.null();
  }
  w.end_object();
}

/// The exact decimal when the surface gives one (4.06万亿 → 4060000000000,
/// never 4059999999999.9995), else the double (三分之一).
void write_value_number(JsonWriter& w, double v, const std::optional<Decimal>& exact) {
  if (exact) w.number_text(exact->to_string());
  else w.number(v);
}

void write_quantity(JsonWriter& w, const Quantity& x) {
  w.begin_object();
  w.key("surface"); w.string(x.surface);
  w.key("value"); write_value_number(w, x.value, x.exact);
  w.key("value_max");
  if (x.value_max) write_value_number(w, *x.value_max, x.exact_max); else w.null();
  w.key("unit"); w.string(x.unit);
  w.key("qualifier"); w.optional_string(x.qualifier);
  w.key("kind"); w.string(x.kind);
  w.key("indicator"); w.string(x.indicator);
  w.key("part"); w.string(part_kind_name(x.part));
  w.key("is_target"); w.boolean(x.is_target);
  w.key("status"); w.string(x.status);
  w.key("period");
  if (x.period) {
    w.begin_object();
    w.key("from"); w.optional_integer(x.period->from);
    w.key("to"); w.optional_integer(x.period->to);
    w.key("kind"); w.string(x.period->kind);
    w.end_object();
  } else {
    w.null();
  }
  w.key("change");
  if (x.change) {
    w.begin_object();
    w.key("base"); w.string(x.change->base);
    w.key("direction"); w.string(x.change->direction);
    w.key("measure"); w.string(x.change->measure);
    w.end_object();
  } else {
    w.null();
  }
  w.key("section"); w.optional_integer(x.section);
  w.key("span"); write_span(w, x.span);
  w.end_object();
}

/// Writes the value of the top-level KEY (one of report_json_keys()).
void write_value(JsonWriter& w, const Report& r, const std::string& key) {
  if (key == "schema") {
    w.string(kReportSchema);
  } else if (key == "source") {
    w.begin_object();
    w.key("path"); w.string(r.source.path);
    w.key("encoding"); w.string(r.source.encoding);
    w.key("bytes"); w.unsigned_integer(r.source.bytes);
    w.key("sha256"); w.string(r.source.sha256);
    w.end_object();
  } else if (key == "metadata") {
    write_metadata(w, r.metadata);
  } else if (key == "opening") {
    write_optional_text_span(w, r.opening);
  } else if (key == "parts") {
    w.begin_array();
    for (const auto& p : r.parts) {
      w.begin_object();
      w.key("kind"); w.string(part_kind_name(p.kind));
      w.key("year"); w.optional_integer(p.year);
      w.key("years");
      if (p.years) {
        w.begin_object();
        w.key("first"); w.integer(p.years->first);
        w.key("last"); w.integer(p.years->last);
        w.end_object();
      } else {
        w.null();
      }
      w.key("label"); w.optional_string(p.label);
      w.key("heading"); w.string(p.heading);
      w.key("span"); write_span(w, p.span);
      w.key("sections");
      w.begin_array();
      for (const auto& s : p.sections) write_section(w, s);
      w.end_array();
      w.end_object();
    }
    w.end_array();
  } else if (key == "shortcomings") {
    write_optional_text_span(w, r.shortcomings);
  } else if (key == "closing") {
    write_optional_text_span(w, r.closing);
  } else if (key == "glossary") {
    w.begin_array();
    for (const auto& e : r.glossary) {
      w.begin_object();
      w.key("number"); w.integer(e.number);
      w.key("term"); w.string(e.term);
      w.key("written"); w.string(e.written);
      w.key("definition"); w.string(e.definition);
      w.key("span"); write_span(w, e.span);
      w.key("references"); write_spans(w, e.references);
      w.end_object();
    }
    w.end_array();
  } else if (key == "formulations") {
    w.begin_array();
    for (const auto& x : r.formulations) {
      w.begin_object();
      w.key("text"); w.string(x.text);
      w.key("defined"); w.boolean(x.defined);
      w.key("known"); w.boolean(x.known);
      w.key("occurrences"); write_spans(w, x.occurrences);
      w.end_object();
    }
    w.end_array();
  } else if (key == "quantities") {
    w.begin_array();
    for (const auto& x : r.quantities) write_quantity(w, x);
    w.end_array();
  } else if (key == "anniversaries") {
    w.begin_array();
    for (const auto& x : r.anniversaries) {
      w.begin_object();
      w.key("surface"); w.string(x.surface);
      w.key("years"); w.integer(x.years);
      w.key("subject"); w.string(x.subject);
      w.key("span"); write_span(w, x.span);
      w.end_object();
    }
    w.end_array();
  } else if (key == "ignored") {
    w.begin_array();
    for (const auto& x : r.ignored) {
      w.begin_object();
      w.key("reason"); w.string(x.reason);
      w.key("lines"); w.unsigned_integer(x.lines);
      w.key("span"); write_span(w, x.span);
      w.end_object();
    }
    w.end_array();
  } else if (key == "terms") {
    w.begin_array();
    for (const auto& x : r.terms) {
      w.begin_object();
      w.key("word"); w.string(x.word);
      w.key("count"); w.integer(x.count);
      w.end_object();
    }
    w.end_array();
  } else {
    w.null();
  }
}

}  // namespace

const std::vector<std::string>& report_json_keys() {
  static const std::vector<std::string> keys = {"schema",   "source",       "metadata", "opening",
                                                "parts",    "shortcomings", "closing",  "glossary",
                                                "formulations", "quantities", "anniversaries", "terms",
                                                "ignored"};
  return keys;
}

Status check_report_selection(const std::vector<std::string>& select) {
  for (const auto& s : select) {
    const auto& keys = report_json_keys();
    if (std::find(keys.begin(), keys.end(), s) == keys.end()) {
      std::string all;
      for (const auto& k : keys) all += (all.empty() ? "" : ", ") + k;
      return make_error(ErrorCode::kUsage, "unknown key '" + s + "' in --select (expected: " + all + ")");
    }
  }
  return Ok{};
}

std::string report_to_json(const Report& report, const ReportJsonOptions& options) {
  JsonWriter w(options.indent);
  w.begin_object();
  for (const auto& key : report_json_keys()) {
    bool keep = options.select.empty() || key == "schema" || key == "source" ||
                std::find(options.select.begin(), options.select.end(), key) != options.select.end();
    if (!keep) continue;
    w.key(key);
    write_value(w, report, key);
  }
  w.end_object();
  return w.take();
}

}  // namespace cppcc
