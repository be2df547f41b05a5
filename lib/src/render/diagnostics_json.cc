// JSON output for scripts: one object with every file's findings.
#include <nlohmann/json.hpp>

#include "cppcc/lint.h"
#include "cppcc/lint_render.h"

namespace cppcc {

std::string render_diagnostics_json(const std::vector<FileDiagnostics>& files) {
  using nlohmann::json;
  json out = {{"version", 1}, {"tool", "cppcc-validate"}};
  json jfiles = json::array();
  size_t counts[3] = {0, 0, 0};
  for (const FileDiagnostics& f : files) {
    const SourceText& src = *f.source;
    json list = json::array();
    for (const Diagnostic& d : f.diagnostics) {
      ++counts[static_cast<int>(d.severity)];
      const Location b = src.location(d.begin), e = src.location(d.end);
      const size_t ob = src.original_offset(d.begin), oe = src.original_offset(d.end);
      json j = {{"code", d.code},
                {"name", d.name},
                {"severity", severity_name(d.severity)},
                {"message", d.message},
                {"line", b.line},
                {"column", b.column},
                {"end_line", e.line},
                {"end_column", e.column},
                {"offset", ob},
                {"length", oe - ob},
                {"text", std::string(src.text().substr(d.begin, d.end - d.begin))}};
      if (const RuleInfo* r = find_lint_rule(d.code)) j["doc"] = lint_rule_doc_path(*r);
      if (d.fix.empty()) {
        j["fix"] = nullptr;
      } else {
        json edits = json::array();
        for (const Edit& ed : d.fix) {
          const Location eb = src.location(ed.begin), ee = src.location(ed.end);
          edits.push_back({{"line", eb.line},
                           {"column", eb.column},
                           {"end_line", ee.line},
                           {"end_column", ee.column},
                           {"replacement", ed.replacement}});
        }
        j["fix"] = {{"edits", edits}};
      }
      list.push_back(std::move(j));
    }
    jfiles.push_back({{"path", src.path()}, {"encoding", encoding_name(src.encoding())}, {"diagnostics", list}});
  }
  out["files"] = jfiles;
  out["summary"] = {{"files", files.size()}, {"errors", counts[2]}, {"warnings", counts[1]}, {"infos", counts[0]}};
  return out.dump(2) + "\n";
}

}  // namespace cppcc
