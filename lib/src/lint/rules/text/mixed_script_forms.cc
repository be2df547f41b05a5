// T005 mixed-script-forms: 國 in a simplified text (or 国 in a traditional one).
// The script of the file is the majority of characters that exist in only one
// script (data/text/traditional_simplified.tsv); the minority is reported.
// Traditional → simplified is certain (many to one), so that direction has a fix.
// The rule is about mixing: a text the parser found consistently Simplified or
// Traditional (metadata.script) is left alone, so a Hong Kong or Taiwan copy
// is not a stream of errors on correct characters.
#include "lint/context.h"
#include "lint/data_tables.h"

namespace cppcc::linter {

void check_mixed_script_forms(Context& ctx) {
  if (ctx.model().metadata.script != Script::kMixed) return;
  const auto& t2s = traditional_to_simplified();
  const auto& s2t = simplified_to_traditional();
  const std::string_view t = ctx.text();
  const auto v = decode_all(t);
  size_t trad = 0, simp = 0;
  for (const CodePoint& c : v) {
    if (t2s.count(c.cp)) ++trad;
    else if (s2t.count(c.cp)) ++simp;
  }
  if (trad == 0 || simp == 0) return;
  const bool simplified_text = simp >= trad;
  for (const CodePoint& c : v) {
    if (simplified_text) {
      auto it = t2s.find(c.cp);
      if (it == t2s.end()) continue;
      const std::string s = to_utf8(std::u32string(1, it->second));
      ctx.report(c.pos, c.end(), "traditional " + to_utf8(std::u32string(1, c.cp)) + " in simplified text; write " + s,
                 {Edit{c.pos, c.end(), s}});
    } else {
      auto it = s2t.find(c.cp);
      if (it == s2t.end()) continue;
      std::string msg = "simplified " + to_utf8(std::u32string(1, c.cp)) + " in traditional text";
      if (it->second) msg += "; write " + to_utf8(std::u32string(1, it->second));
      ctx.report(c.pos, c.end(), msg);
    }
  }
}

}  // namespace cppcc::linter
