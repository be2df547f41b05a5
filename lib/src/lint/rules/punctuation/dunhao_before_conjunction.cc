// P014 dunhao-before-conjunction: 甲、乙、和丙, 甲、乙、等 — a 顿号 before the word that
// joins the last item of a list (和, 及, 以及, 或) or closes it (等): the word already
// separates, so the 顿号 goes (GB/T 15834-2011 4.5). The words are data/rules/conjunctions.tsv,
// with the words that start like them and are items of their own (民主、和谐; 主动、及时).
// 和 also starts names (和田, 和平区), so 、和 is a warning without a fix; the others are errors
// whose fix deletes the 顿号. A label's 、 (三、和美乡村建设) is no 顿号 between items.
#include <algorithm>

#include "cppcc/numeral.h"
#include "lint/context.h"
#include "lint/data_tables.h"

namespace cppcc::linter {

namespace {

struct Word {
  std::string text;
  enum class Role { kConjunction, kNameProne, kItem } role;
};

/// The table's rows, longest first (以及 before 及, 和谐 before 和).
const std::vector<Word>& words() {
  static const std::vector<Word> rows = [] {
    std::vector<Word> out;
    for (const auto& r : read_tsv("rules/conjunctions.tsv")) {
      if (r.size() < 2 || r[0] == "word") continue;
      const Word::Role role = r[1] == "conjunction" ? Word::Role::kConjunction
                              : r[1] == "name-prone" ? Word::Role::kNameProne
                                                     : Word::Role::kItem;
      out.push_back({r[0], role});
    }
    std::stable_sort(out.begin(), out.end(), [](const Word& a, const Word& b) { return a.text.size() > b.text.size(); });
    return out;
  }();
  return rows;
}

/// The 、 at index I of V ends a section label (三、 一、 第一、 at the paragraph's start).
bool ends_label(const std::vector<CodePoint>& v, size_t i) {
  if (i == 0 || i > 4) return false;
  for (size_t k = 0; k < i; ++k)
    if (!is_chinese_numeral(v[k].cp) && !is_digit(v[k].cp) && v[k].cp != U'第') return false;
  return true;
}

}  // namespace

void check_dunhao_before_conjunction(Context& ctx) {
  const auto& paras = ctx.paragraphs();
  for (size_t p = 0; p < paras.size(); ++p) {
    const std::string& s = paras[p].text;
    const auto& v = ctx.cps(p);
    for (size_t i = 0; i + 1 < v.size(); ++i) {
      if (v[i].cp != U'、' || ends_label(v, i)) continue;
      const size_t k = v[i].end();
      const Word* found = nullptr;
      for (const Word& w : words())
        if (s.compare(k, w.text.size(), w.text) == 0) {
          found = &w;
          break;
        }
      if (!found || found->role == Word::Role::kItem) continue;
      const std::string message = "、 before " + found->text + ": " + found->text +
                                  " joins or closes the list itself; delete the 、";
      if (found->role == Word::Role::kConjunction) {
        ctx.report_in(paras[p], v[i].pos, v[i].end(), message, std::string());
      } else {
        ctx.report_in(paras[p], v[i].pos, v[i].end(), message + " (unless " + found->text + " starts a name)");
        ctx.cap_last(Severity::kWarning);
      }
    }
  }
}

}  // namespace cppcc::linter
