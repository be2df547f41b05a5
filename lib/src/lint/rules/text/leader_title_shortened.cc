// T013 leader-title-shortened: 习总书记, 以习近平为核心的党中央 — a leader's title
// in a form official texts never write (data/rules/leader_titles.tsv). A
// shortened form inside a right one (近平总书记 in 习近平总书记) is no finding.
#include "lint/context.h"
#include "lint/data_tables.h"

namespace cppcc::linter {

void check_leader_title_shortened(Context& ctx) {
  for (const Paragraph& p : ctx.paragraphs()) {
    const std::string& s = p.text;
    std::vector<std::pair<size_t, size_t>> right;
    for (const LeaderTitle& t : leader_titles())
      for (size_t k = s.find(t.form); k != std::string::npos; k = s.find(t.form, k + 1))
        right.emplace_back(k, k + t.form.size());
    for (const LeaderTitle& t : leader_titles()) {
      for (const std::string& wrong : t.shortened) {
        for (size_t k = s.find(wrong); k != std::string::npos; k = s.find(wrong, k + 1)) {
          const size_t e = k + wrong.size();
          bool inside_right = false;
          for (const auto& [rb, re] : right) inside_right = inside_right || (rb <= k && e <= re);
          if (inside_right) continue;
          ctx.report_in(p, k, e, "“" + wrong + "” shortens a leader's title; official texts write " + t.form);
        }
      }
    }
  }
}

}  // namespace cppcc::linter
