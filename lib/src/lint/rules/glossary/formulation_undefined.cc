// G003 formulation-undefined: a report with a glossary explains its local code
// slogans (“1310”, “1+6+3”); one used in the body but missing from the glossary
// was probably dropped by mistake. Known codes (data/rules/known_formulations.txt) are exempt.
#include <set>

#include "cppcc/data.h"
#include "lint/context.h"
#include "lint/data_tables.h"

namespace cppcc::linter {

namespace {

const std::set<std::string>& known_formulations() {
  static const std::set<std::string> known = [] {
    std::set<std::string> s;
    // One phrase a line: read_tsv's first column.
    for (const auto& row : read_tsv("rules/known_formulations.txt"))
      if (!row.empty() && !row[0].empty()) s.insert(row[0]);
    return s;
  }();
  return known;
}

/// A local code formulation: digits joined by + (“1310”, “1+6+3”). Such codes
/// mean nothing to a reader without the glossary; count words (“四个第一线”)
/// are usually national formulations and explain themselves.
bool numbered_shape(const std::u32string& q) {
  if (q.empty() || q.size() > 12) return false;
  bool digits = false, other = false;
  for (char32_t c : q) {
    if (is_digit(c)) digits = true;
    else if (c != U'+' && c != U'＋') other = true;
  }
  return digits && !other && q.size() >= 3;
}

}  // namespace

void check_formulation_undefined(Context& ctx) {
  const Outline& o = ctx.outline();
  if (o.glossary.empty()) return;
  std::set<std::string> defined;
  for (const GlossaryItem& g : o.glossary) defined.insert(g.key);
  std::set<std::string> reported;
  const auto& paras = ctx.paragraphs();
  for (size_t p = 0; p < paras.size(); ++p) {
    if (p >= o.glossary_first && p <= o.glossary_last) continue;
    const auto& v = ctx.cps(p);
    for (size_t i = 0; i < v.size(); ++i) {
      if (v[i].cp != U'“') continue;
      size_t j = i + 1;
      std::u32string q;
      while (j < v.size() && v[j].cp != U'”' && v[j].cp != U'“' && q.size() <= 12) q.push_back(v[j++].cp);
      if (j >= v.size() || v[j].cp != U'”' || !numbered_shape(q)) continue;
      const std::string key = to_utf8(q);
      if (defined.count(key) || known_formulations().count(key) || reported.count(key)) continue;
      reported.insert(key);
      ctx.report_in(paras[p], v[i].pos, v[j].end(),
                    "formulation “" + key + "” is used but the glossary (名词解释) does not define it");
    }
  }
}

}  // namespace cppcc::linter
