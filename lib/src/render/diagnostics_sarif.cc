// SARIF 2.1.0 output for code-scanning services: one run, every rule in the
// driver, columns counted in code points as in the text output.
#include <cctype>

#include <nlohmann/json.hpp>

#include "cppcc/lint.h"
#include "cppcc/lint_render.h"
#include "cppcc/version.h"

namespace cppcc {

namespace {

std::string sarif_level(Severity s) {
  return s == Severity::kError ? "error" : s == Severity::kWarning ? "warning" : "note";
}

/// A relative URI reference: path separators kept, everything unusual percent-encoded.
std::string to_uri(std::string_view path) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : path) {
    if (std::isalnum(c) || c == '/' || c == '.' || c == '-' || c == '_' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

nlohmann::json region(const SourceText& src, size_t begin, size_t end) {
  const Location b = src.location(begin), e = src.location(end);
  return {{"startLine", b.line}, {"startColumn", b.column}, {"endLine", e.line}, {"endColumn", e.column}};
}

}  // namespace

std::string render_diagnostics_sarif(const std::vector<FileDiagnostics>& files) {
  using nlohmann::json;
  json rules = json::array();
  const auto all = lint_rules();
  for (const RuleInfo& r : all) {
    rules.push_back({{"id", std::string(r.code)},
                     {"name", std::string(r.name)},
                     {"shortDescription", {{"text", std::string(r.summary)}}},
                     {"help", {{"text", "See " + lint_rule_doc_path(r)}}},
                     {"helpUri", std::string(CPPCC_HOMEPAGE_URL) + "/blob/main/" + lint_rule_doc_path(r)},
                     {"defaultConfiguration", {{"level", sarif_level(r.default_severity)}}},
                     {"properties", {{"category", std::string(rule_category_name(r.category))}}}});
  }
  json results = json::array();
  json artifacts = json::array();
  for (const FileDiagnostics& f : files) {
    const SourceText& src = *f.source;
    const std::string uri = to_uri(src.path());
    artifacts.push_back({{"location", {{"uri", uri}}}, {"encoding", std::string(encoding_name(src.encoding()))}});
    for (const Diagnostic& d : f.diagnostics) {
      size_t index = 0;
      while (index < all.size() && all[index].code != d.code) ++index;
      json res = {{"ruleId", d.code},
                  {"ruleIndex", index},
                  {"level", sarif_level(d.severity)},
                  {"message", {{"text", d.message}}},
                  {"locations",
                   json::array({{{"physicalLocation",
                                  {{"artifactLocation", {{"uri", uri}}}, {"region", region(src, d.begin, d.end)}}}}})}};
      if (!d.fix.empty()) {
        json replacements = json::array();
        for (const Edit& e : d.fix)
          replacements.push_back({{"deletedRegion", region(src, e.begin, e.end)}, {"insertedContent", {{"text", e.replacement}}}});
        res["fixes"] = json::array({{{"description", {{"text", "cppcc-validate --fix"}}},
                                     {"artifactChanges", json::array({{{"artifactLocation", {{"uri", uri}}},
                                                                      {"replacements", replacements}}})}}});
      }
      results.push_back(std::move(res));
    }
  }
  json log = {{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
              {"version", "2.1.0"},
              {"runs", json::array({{{"tool",
                                      {{"driver",
                                        {{"name", "cppcc-validate"},
                                         {"version", CPPCC_VERSION_STRING},
                                         {"informationUri", CPPCC_HOMEPAGE_URL},
                                         {"rules", rules}}}}},
                                     {"columnKind", "unicodeCodePoints"},
                                     {"artifacts", artifacts},
                                     {"results", results}}})}};
  return log.dump(2) + "\n";
}

}  // namespace cppcc
