// G003 formulation-undefined: a report with a glossary explains its local
// numbered slogans (“1310”, “1+6+3”, “百千万工程”-style counts); one used in the
// body but missing from the glossary was probably dropped by mistake.
// National formulations everyone knows (data/rules/known_formulations.txt) are exempt.
#include <set>

#include "cppcc/data.h"
#include "lint/context.h"

namespace cppcc::lint {

namespace {

const std::set<std::string>& known_formulations() {
  static const std::set<std::string> known = [] {
    std::set<std::string> s;
    auto data = embedded_data("rules/known_formulations.txt");
    if (!data) return s;
    std::string_view t = *data;
    size_t pos = 0;
    while (pos < t.size()) {
      size_t nl = t.find('\n', pos);
      if (nl == std::string_view::npos) nl = t.size();
      std::string_view line = t.substr(pos, nl - pos);
      pos = nl + 1;
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      if (line.empty() || line[0] == '#') continue;
      s.insert(std::string(line));
    }
    return s;
  }();
  return known;
}

/// A local numbered formulation: digits with + · - (1310, 1+6+3), or a count
/// word like 三个 / 十大 / 五项 opening the quote.
bool numbered_shape(const std::u32string& q) {
  if (q.empty() || q.size() > 12) return false;
  bool digits = false, other = false;
  for (char32_t c : q) {
    if (is_digit(c)) digits = true;
    else if (c != U'+' && c != U'＋') other = true;
  }
  if (digits && !other) return q.size() >= 3;
  if (q.size() >= 3 && is_chinese_numeral(q[0]) && q[0] != U'〇' && q[0] != U'零' &&
      (q[1] == U'个' || q[1] == U'大' || q[1] == U'项' || q[1] == U'张' || q[1] == U'条'))
    return true;
  return false;
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

}  // namespace cppcc::lint
