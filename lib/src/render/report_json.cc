// Report → contract JSON ("cppcc-report/1"), keys in the documented order.
#include <algorithm>
#include <cmath>

#include <nlohmann/json.hpp>

#include "cppcc/report_json.h"

namespace cppcc {

namespace {

using Json = nlohmann::ordered_json;

Json span_json(const Span& s) {
  return Json{{"line", s.line},     {"column", s.column},   {"end_line", s.end_line},
              {"end_column", s.end_column}, {"offset", s.offset}, {"length", s.length}};
}

template <class T>
Json opt(const std::optional<T>& v) {
  return v ? Json(*v) : Json(nullptr);
}

// Whole numbers print without a fraction (1460000000, not 1.46e9).
Json number(double v) {
  if (std::isfinite(v) && std::floor(v) == v && std::fabs(v) < 9e15) return Json(static_cast<int64_t>(v));
  return Json(v);
}

Json text_span(const std::optional<TextSpan>& t) {
  if (!t) return nullptr;
  return Json{{"text", t->text}, {"span", span_json(t->span)}};
}

Json section_json(const Section& s) {
  Json leads = Json::array();
  for (const auto& l : s.lead_sentences) leads.push_back({{"text", l.text}, {"span", span_json(l.span)}});
  Json subs = Json::array();
  for (const auto& c : s.subsections) subs.push_back(section_json(c));
  return Json{{"number", s.number}, {"label", s.label},          {"heading", s.heading}, {"run_in", s.run_in},
              {"span", span_json(s.span)}, {"lead_sentences", leads}, {"subsections", subs}};
}

Json metadata_json(const Metadata& m) {
  return Json{{"genre", genre_name(m.genre)},
              {"title", opt(m.title)},
              {"committee", opt(m.committee)},
              {"level", m.level ? Json(level_name(*m.level)) : Json(nullptr)},
              {"region", opt(m.region)},
              {"term", opt(m.term)},
              {"session", opt(m.session)},
              {"date", opt(m.date)},
              {"speaker", opt(m.speaker)},
              {"review_year", opt(m.review_year)},
              {"plan_year", opt(m.plan_year)}};
}

Json value_of(const Report& r, const std::string& key) {
  if (key == "schema") return kReportSchema;
  if (key == "source")
    return Json{{"path", r.source.path}, {"encoding", r.source.encoding}, {"bytes", r.source.bytes},
                {"sha256", r.source.sha256}};
  if (key == "metadata") return metadata_json(r.metadata);
  if (key == "opening") return text_span(r.opening);
  if (key == "parts") {
    Json parts = Json::array();
    for (const auto& p : r.parts) {
      Json secs = Json::array();
      for (const auto& s : p.sections) secs.push_back(section_json(s));
      parts.push_back(Json{{"kind", part_kind_name(p.kind)}, {"year", opt(p.year)}, {"label", opt(p.label)},
                           {"heading", p.heading}, {"span", span_json(p.span)}, {"sections", secs}});
    }
    return parts;
  }
  if (key == "shortcomings") return text_span(r.shortcomings);
  if (key == "closing") return text_span(r.closing);
  if (key == "glossary") {
    Json g = Json::array();
    for (const auto& e : r.glossary) {
      Json refs = Json::array();
      for (const auto& s : e.references) refs.push_back(span_json(s));
      g.push_back(Json{{"number", e.number}, {"term", e.term}, {"written", e.written}, {"definition", e.definition},
                       {"span", span_json(e.span)}, {"references", refs}});
    }
    return g;
  }
  if (key == "formulations") {
    Json f = Json::array();
    for (const auto& x : r.formulations) {
      Json occ = Json::array();
      for (const auto& s : x.occurrences) occ.push_back(span_json(s));
      f.push_back(Json{{"text", x.text}, {"defined", x.defined}, {"known", x.known}, {"occurrences", occ}});
    }
    return f;
  }
  if (key == "quantities") {
    Json q = Json::array();
    for (const auto& x : r.quantities) {
      q.push_back(Json{{"surface", x.surface},
                       {"value", number(x.value)},
                       {"value_max", x.value_max ? number(*x.value_max) : Json(nullptr)},
                       {"unit", x.unit},
                       {"qualifier", opt(x.qualifier)},
                       {"kind", x.kind},
                       {"indicator", x.indicator},
                       {"part", part_kind_name(x.part)},
                       {"is_target", x.is_target},
                       {"section", opt(x.section)},
                       {"span", span_json(x.span)}});
    }
    return q;
  }
  if (key == "anniversaries") {
    Json a = Json::array();
    for (const auto& x : r.anniversaries)
      a.push_back(Json{{"surface", x.surface}, {"years", x.years}, {"subject", x.subject}, {"span", span_json(x.span)}});
    return a;
  }
  if (key == "terms") {
    Json t = Json::array();
    for (const auto& x : r.terms) t.push_back(Json{{"word", x.word}, {"count", x.count}});
    return t;
  }
  return nullptr;
}

}  // namespace

const std::vector<std::string>& report_json_keys() {
  static const std::vector<std::string> keys = {"schema",   "source",       "metadata", "opening",
                                                "parts",    "shortcomings", "closing",  "glossary",
                                                "formulations", "quantities", "anniversaries", "terms"};
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
  Json doc = Json::object();
  for (const auto& key : report_json_keys()) {
    bool keep = options.select.empty() || key == "schema" || key == "source" ||
                std::find(options.select.begin(), options.select.end(), key) != options.select.end();
    if (keep) doc[key] = value_of(report, key);
  }
  return doc.dump(options.indent, ' ', false, Json::error_handler_t::replace);
}

}  // namespace cppcc
