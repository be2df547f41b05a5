// S005 mixed-numbering-scheme: one level written two ways (1. and 1．, （一） and (一)).
// The labels reported are those whose form is in the minority in their sequence, so the
// finding lands on the odd label even when it is the first one (一．… then 二、 三、).
#include <map>
#include <string>
#include <vector>

#include "lint/context.h"
#include "lint/numbering.h"

namespace cppcc::linter {

void check_mixed_numbering_scheme(Context& ctx) {
  const std::vector<NumberingStep> steps = numbering_steps(ctx.model());
  // How often each form is used at each level in the whole report (a tie-breaker).
  std::map<std::pair<int, std::string>, int> level_count;
  for (const NumberingStep& s : steps) ++level_count[{s.label->level, s.label->form}];
  // Sequences in order of their first label.
  std::map<const Label*, std::vector<const Label*>> sequences;
  std::vector<const Label*> order;
  for (const NumberingStep& s : steps) {
    auto& seq = sequences[s.first];
    if (seq.empty()) order.push_back(s.first);
    seq.push_back(s.label);
  }
  for (const Label* head : order) {
    const std::vector<const Label*>& seq = sequences[head];
    struct FormInfo {
      int count = 0;
      size_t first_index = 0;
    };
    std::map<std::string, FormInfo> forms;
    for (size_t i = 0; i < seq.size(); ++i) {
      FormInfo& f = forms[seq[i]->form];
      if (f.count++ == 0) f.first_index = i;
    }
    if (forms.size() < 2) continue;
    // The usual form: most frequent in the sequence, then in the level, then the earliest
    // (so on a tie the later form is the one reported).
    const std::string* usual = nullptr;
    const FormInfo* best = nullptr;
    int best_level = 0;
    for (const auto& [form, info] : forms) {
      const int lc = level_count[{head->level, form}];
      if (!best || info.count > best->count ||
          (info.count == best->count &&
           (lc > best_level || (lc == best_level && info.first_index < best->first_index)))) {
        usual = &form;
        best = &info;
        best_level = lc;
      }
    }
    // The nearest label written the usual way, preferring one before: one pass
    // each way, so a hostile file with thousands of labels stays linear.
    std::vector<const Label*> ref(seq.size(), nullptr);
    for (size_t i = seq.size(); i-- > 0;)
      if (i + 1 < seq.size()) ref[i] = seq[i + 1]->form == *usual ? seq[i + 1] : ref[i + 1];
    const Label* last_usual = nullptr;
    for (size_t i = 0; i < seq.size(); ++i) {
      if (last_usual) ref[i] = last_usual;
      if (seq[i]->form == *usual) last_usual = seq[i];
    }
    for (size_t i = 0; i < seq.size(); ++i) {
      const Label& l = *seq[i];
      if (l.form == *usual || !ref[i]) continue;
      const Label* const r = ref[i];
      // Labels are quoted as the file writes them: the canonical view folds (一) into （一）.
      const Paragraph& ref_p = ctx.paragraphs()[r->paragraph];
      const std::string ref_label(ctx.views().as_written(r->paragraph, r->begin, r->end));
      const Paragraph& p = ctx.paragraphs()[l.paragraph];
      ctx.report_in(p, l.begin, l.end,
                    "label " + std::string(ctx.views().as_written(l.paragraph, l.begin, l.end)) +
                        " is written differently from " + ref_label + " at line " +
                        std::to_string(ref_p.first_line) + " at the same level");
    }
  }
}

}  // namespace cppcc::linter
