// T009 party-secretary-title: 江门市市委书记 → 中共江门市委书记 (Xinhua's list of
// standard usages): the committee is the party's, not the city's.
#include "lint/context.h"

namespace cppcc::linter {

void check_party_secretary_title(Context& ctx) {
  static const std::u32string_view kForms[] = {U"市市委书记", U"县县委书记", U"区区委书记", U"省省委书记", U"州州委书记"};
  const auto& paras = ctx.paragraphs();
  for (size_t p = 0; p < paras.size(); ++p) {
    const auto& v = ctx.cps(p);
    for (size_t i = 0; i < v.size(); ++i) {
      for (auto f : kForms) {
        if (!matches_at(v, i, f)) continue;
        ctx.report_in(paras[p], v[i].pos, v[i + f.size() - 1].end(),
                      "write the title as 中共…" + to_utf8(f.substr(1)) + ", not …" + to_utf8(f));
      }
    }
  }
}

}  // namespace cppcc::linter
