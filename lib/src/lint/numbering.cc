#include "lint/numbering.h"

#include <algorithm>
#include <array>
#include <map>

#include "cppcc/numeral.h"

namespace cppcc::linter {

std::string label_text(int level, int number) {
  const std::string cn = number >= 1 && number < 100 ? chinese_numeral(number) : std::to_string(number);
  switch (level) {
    case 0: return cn + "、";
    case 1: return "（" + cn + "）";
    case 2: return std::to_string(number) + ".";
    default: return "（" + std::to_string(number) + "）";
  }
}

std::vector<size_t> numbering_boundaries(const Report& report) {
  std::vector<size_t> out;
  for (const Part& p : report.parts)
    if (p.paragraph && !p.label) out.push_back(*p.paragraph);
  for (const TailHeading& h : report.tail_headings) out.push_back(h.paragraph);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::vector<NumberingStep> numbering_steps(const Report& report) {
  const std::vector<size_t> boundaries = numbering_boundaries(report);
  std::vector<NumberingStep> out;
  std::array<const Label*, 4> last{}, first{};
  bool after_part = false, seen_level0 = false;
  size_t b = 0;
  for (const Label& l : report.labels) {
    while (b < boundaries.size() && boundaries[b] <= l.paragraph) {
      last.fill(nullptr);
      first.fill(nullptr);
      after_part = true;
      ++b;
    }
    for (int k = l.level + 1; k < 4; ++k) last[k] = first[k] = nullptr;
    NumberingStep s;
    s.label = &l;
    s.previous = last[l.level];
    if (!s.previous) first[l.level] = &l;
    s.first = first[l.level];
    if (l.level == 0) {
      s.first_after_part = after_part && seen_level0 && !s.previous;
      after_part = false;
      seen_level0 = true;
    }
    for (int k = l.level - 1; k >= 0; --k) {
      if (last[k]) {
        s.parent_level = k;
        break;
      }
    }
    last[l.level] = &l;
    out.push_back(s);
  }
  std::map<const Label*, size_t> index;
  for (size_t i = 0; i < out.size(); ++i) {
    index[out[i].label] = i;
    if (out[i].previous) out[index[out[i].previous]].next = out[i].label;
  }
  for (NumberingStep& s : out) {
    const Label& l = *s.label;
    if (l.number != 1 || !s.previous || s.previous->number < 2) continue;
    s.stray_one = s.next ? s.next->number == s.previous->number + 2 : l.level == 0;
  }
  return out;
}

}  // namespace cppcc::linter
