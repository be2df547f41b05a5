// T011 formulation-renumbered: “三个维护” for “两个维护” — the count of a
// numbered formulation changed. The counts come from the number column of
// data/rules/formulation_table.tsv; a count that is itself a listed
// formulation (三个务必 beside 两个务必) is a different term, not a mistake.
#include "cppcc/numeral.h"
#include "lint/context.h"
#include "lint/data_tables.h"

namespace cppcc::linter {

void check_formulation_renumbered(Context& ctx) {
  const auto& paras = ctx.paragraphs();
  for (size_t p = 0; p < paras.size(); ++p) {
    const std::string& s = paras[p].text;
    const auto& v = ctx.cps(p);
    for (const NumberedFormulation& f : numbered_formulations()) {
      for (size_t k = s.find(f.body); k != std::string::npos; k = s.find(f.body, k + 1)) {
        // Index of the body's first code point, then the numeral run before it.
        size_t i = 0;
        while (i < v.size() && v[i].pos < k) ++i;
        if (i == v.size() || v[i].pos != k) continue;
        size_t b = i;
        while (b > 0 && is_chinese_numeral(v[b - 1].cp)) --b;
        if (b == i || at(v, static_cast<long>(b) - 1) == U'第') continue;  // no count, or an ordinal
        // A formulation with a head counts only after it: 中央七项规定, not 出台三项规定.
        if (!f.head.empty() && (v[b].pos < f.head.size() ||
                                s.compare(v[b].pos - f.head.size(), f.head.size(), f.head) != 0))
          continue;
        const std::string numeral = s.substr(v[b].pos, k - v[b].pos);
        const auto count = small_numeral(numeral);
        if (!count || *count == f.count || is_listed_formulation(numeral + f.body)) continue;
        ctx.report_in(paras[p], v[b].pos - f.head.size(), k + f.body.size(),
                      "“" + f.head + numeral + f.body + "” miscounts “" + f.head + f.numeral + f.body +
                          "”: the formulation has " +
                          std::to_string(f.count) + " items");
      }
    }
  }
}

}  // namespace cppcc::linter
