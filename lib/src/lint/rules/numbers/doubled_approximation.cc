// N013 doubled-approximation: 约30%左右, 近百余人, 超50多亿元, 500多项左右 — two words of
// approximation on one figure say the same thing twice (GB/T 15835 5.1.2 keeps
// one). The quantity model has already found the figure, its qualifier before
// the number and what follows it, so the rule reads Report::quantities; the
// words and their meanings are the extractor's table (data/quantity/qualifiers.tsv).
#include <algorithm>
#include <initializer_list>

#include "lint/context.h"
#include "lint/data_tables.h"

namespace cppcc::linter {

namespace {
/// The qualifier of MEANING standing at the front of S (before the number), or "".
std::string_view before_word(std::string_view s, std::string_view meaning) {
  for (const QualifierWord& q : qualifier_words())  // longest first: 大约 before 约, 超过 before 超
    if (q.place == "before" && q.meaning == meaning && s.substr(0, q.word.size()) == q.word) return q.word;
  return {};
}

/// A qualifier between the number and its unit or after the unit, inside REST
/// (the surface after the word before), of one of MEANINGS, or "".
std::string_view later_word(std::string_view rest, std::initializer_list<std::string_view> meanings) {
  for (const QualifierWord& q : qualifier_words()) {
    if (q.place != "between" && q.place != "after") continue;
    if (std::find(meanings.begin(), meanings.end(), q.meaning) == meanings.end()) continue;
    if (rest.find(q.word) != std::string_view::npos) return q.word;
  }
  return {};
}
/// 多 and 余 between a number and its unit (500多项, 2000余家): a lower bound already.
bool is_between_lower_bound(std::string_view word) {
  for (const QualifierWord& q : qualifier_words())
    if (q.place == "between" && q.meaning == "lower_bound" && q.word == word) return true;
  return false;
}
}  // namespace

void check_doubled_approximation(Context& ctx) {
  const auto& paras = ctx.paragraphs();
  for (const Quantity& q : ctx.model().quantities) {
    if (q.paragraph >= paras.size()) continue;
    std::string_view s = q.surface;
    // After an approximation (约, 近) any approximation or lower bound doubles it;
    // after a lower bound (超, 逾) only another lower bound: 左右 contradicts
    // rather than doubles and is left to the reader.
    std::string_view before = before_word(s, "approx");
    std::string_view after;
    if (!before.empty()) {
      after = later_word(s.substr(before.size()), {"approx", "lower_bound"});
    } else if (!(before = before_word(s, "lower_bound")).empty()) {
      after = later_word(s.substr(before.size()), {"lower_bound"});
    }
    size_t end = q.offset + s.size();
    if (before.empty() && q.qualifier && is_between_lower_bound(*q.qualifier)) {
      // 500多项左右, 100余人以上: 多/余 already bounds the figure; an approximation or a lower
      // bound after the unit (inside the surface or just after it) says it again.
      const std::string& text = paras[q.paragraph].text;
      // The surface may run past the paragraph's canonical bytes (a zero-width character dropped).
      const std::string_view tail = end <= text.size() ? std::string_view(text).substr(end, 6) : std::string_view();
      after = later_word(s.substr(s.find(*q.qualifier) + q.qualifier->size()), {"approx", "lower_bound"});
      if (after.empty()) {
        for (const QualifierWord& w : qualifier_words())
          if (w.place == "after" && (w.meaning == "approx" || w.word == "以上") && tail.substr(0, w.word.size()) == w.word) {
            after = w.word;
            end += w.word.size();
            break;
          }
      }
      if (!after.empty()) before = *q.qualifier;
    }
    if (after.empty()) continue;
    ctx.report_in(paras[q.paragraph], q.offset, end,
                  "“" + std::string(s) + "” approximates twice (" + std::string(before) + " and " +
                      std::string(after) + "); keep one");
  }
}

}  // namespace cppcc::linter
