// T010 formulation-near-miss: 铸牢中华民族共同意识 is one character off
// 铸牢中华民族共同体意识. T006 knows the wrong variants people have made;
// this catches the ones nobody has listed yet: a span one edit away from a
// formulation of data/rules/canonical_formulations.txt.
#include <map>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "lint/context.h"
#include "lint/data_tables.h"
#include "util/sorted_spans.h"

namespace cppcc::linter {

namespace {

/// An edit this close to either end is more likely a different phrase that
/// shares most words (推进高质量发展, 中国特色社会主义的) than a slip.
constexpr size_t kEdge = 2;

enum class Miss { kNone, kInterior, kAtEnd };

/// Whether W is C with one edit — a character changed, added or dropped, or
/// two neighbours swapped — at least kEdge characters from both ends
/// (kInterior), or a character changed or swapped, or (in formulations of
/// nine or more characters) the last one dropped, near the end (kAtEnd:
/// 人类命运共同休, 社会主义核心价值): those count only where the phrase
/// ends, since 社会主义核心价值体系 is a term of its own. An added 的 is a
/// slip (中国特色的社会主义) unless the formulation TAKES_DE (中华民族的伟大复兴).
Miss near_miss(std::u32string_view w, std::u32string_view c, bool takes_de) {
  if (w == c) return Miss::kNone;
  const size_t n = c.size(), m = w.size();
  size_t pre = 0;
  while (pre < n && pre < m && w[pre] == c[pre]) ++pre;
  size_t suf = 0;
  while (suf < n - pre && suf < m - pre && w[m - 1 - suf] == c[n - 1 - suf]) ++suf;
  const size_t in_w = m - pre - suf, in_c = n - pre - suf;  // the differing middles
  const bool swapped = in_w == 2 && in_c == 2 && w[pre] == c[pre + 1] && w[pre + 1] == c[pre];
  const bool changed = in_w == 1 && in_c == 1;
  const bool one_edit = (in_w <= 1 && in_c <= 1) || swapped;
  if (!one_edit || pre < kEdge) return Miss::kNone;
  if (in_w == 1 && in_c == 0 && w[pre] == U'的' && takes_de) return Miss::kNone;
  if (suf >= kEdge) return Miss::kInterior;
  const bool last_dropped = in_w == 0 && in_c == 1 && suf == 0 && n >= 9;
  return changed || swapped || last_dropped ? Miss::kAtEnd : Miss::kNone;
}

/// Each formulation is found from its first half or its second half: one
/// edit leaves at least one of them intact.
struct Anchor {
  uint32_t formulation;
  bool from_start;  ///< the first half (else the second half)
};

struct Table {
  const std::vector<CanonicalFormulation>& list = canonical_formulations();
  std::unordered_set<std::u32string> exact;
  std::unordered_map<char32_t, std::vector<Anchor>> by_first_char;

  Table() {
    for (uint32_t k = 0; k < list.size(); ++k) {
      const std::u32string& f = list[k].text;
      exact.insert(f);
      by_first_char[f[0]].push_back({k, true});
      by_first_char[f[f.size() - half(f)]].push_back({k, false});
    }
  }
  static size_t half(const std::u32string& f) { return f.size() / 2; }
};

}  // namespace

void check_formulation_near_miss(Context& ctx) {
  static const Table table;
  const auto& paras = ctx.paragraphs();
  for (size_t p = 0; p < paras.size(); ++p) {
    const auto& v = ctx.cps(p);
    std::map<std::pair<size_t, size_t>, uint32_t> found;  // code point range → formulation
    for (size_t i = 0; i < v.size(); ++i) {
      auto it = table.by_first_char.find(v[i].cp);
      if (it == table.by_first_char.end()) continue;
      for (const Anchor& a : it->second) {
        const std::u32string& c = table.list[a.formulation].text;
        const size_t h = Table::half(c);
        const std::u32string_view anchor = a.from_start ? std::u32string_view(c).substr(0, h)
                                                        : std::u32string_view(c).substr(c.size() - h);
        if (!matches_at(v, i, anchor)) continue;
        for (size_t len = c.size() - 1; len <= c.size() + 1; ++len) {
          // The window starts at the first half, or ends with the second.
          if (!a.from_start && i + h < len) continue;
          const size_t b = a.from_start ? i : i + h - len;
          const size_t e = b + len;
          if (e > v.size() || found.count({b, e})) continue;
          std::u32string w;
          for (size_t k = b; k < e; ++k) w.push_back(v[k].cp);
          if (table.exact.count(w)) continue;
          const Miss miss = near_miss(w, c, table.list[a.formulation].takes_de);
          if (miss == Miss::kNone) continue;
          if (miss == Miss::kAtEnd && e < v.size() && is_han(v[e].cp)) continue;  // the phrase goes on
          found[{b, e}] = a.formulation;
        }
      }
    }
    // One slip inside a long name also makes its shorter parts near misses
    // (中国特色的社会主义 in …中国特色的社会主义思想): report the longest only.
    std::vector<util::SortedSpans::Range> ranges;
    for (const auto& [range, k] : found) ranges.emplace_back(range.first, range.second);
    const util::SortedSpans spans(std::move(ranges));
    for (const auto& [range, k] : found) {
      const auto [b, e] = range;
      if (spans.inside_longer(b, e)) continue;
      const std::string_view w = std::string_view(paras[p].text).substr(v[b].pos, v[e - 1].end() - v[b].pos);
      ctx.report_in(paras[p], v[b].pos, v[e - 1].end(),
                    std::string(w) + " is one character off the standard formulation " + to_utf8(table.list[k].text));
    }
  }
}

}  // namespace cppcc::linter
