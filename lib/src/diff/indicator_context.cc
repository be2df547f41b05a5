// Better names for figures whose extracted indicator is only a verb ("增长",
// "下降") or a fragment ("3.6%和"): the clause before the figure in its
// paragraph names what grew ("全市地区生产总值5.2万亿元、增长").
#include <algorithm>
#include <cmath>

#include "diff/diff_util.h"
#include "cppcc/text.h"

namespace cppcc::diff_detail {

namespace {

// Longest context taken, in code points: enough for a subject and its verb.
constexpr size_t kMaxContext = 20;

std::u32string folded(std::string_view indicator) {
  std::u32string s = utf8::to_u32(normalize_indicator(indicator));
  s.erase(std::remove(s.begin(), s.end(), U'#'), s.end());
  return s;
}

bool is_clause_break(char32_t c) {
  return c == U'，' || c == U'。' || c == U'；' || c == U'：' || c == U'！' || c == U'？' || c == U',' ||
         c == U';' || c == U':' || c == U'\n' || c == U'（' || c == U'(' || c == U'“' || c == U'”';
}

const BodyParagraph* paragraph_of(const Report& r, const Quantity& q) {
  for (const BodyParagraph& p : r.paragraphs)
    if (q.span.offset >= p.span.offset && q.span.offset < p.span.offset + p.span.length) return &p;
  return nullptr;
}

/// Byte offset of Q's surface in P's text, choosing among repeats the one at
/// about the same relative place as in the original file.
std::optional<size_t> surface_offset(const BodyParagraph& p, const Quantity& q) {
  if (q.surface.empty()) return std::nullopt;
  double rel = p.span.length ? static_cast<double>(q.span.offset - p.span.offset) / p.span.length : 0;
  std::optional<size_t> best;
  double best_gap = 2;
  for (size_t at = p.text.find(q.surface); at != std::string::npos; at = p.text.find(q.surface, at + 1)) {
    double gap = std::fabs(static_cast<double>(at) / std::max<size_t>(p.text.size(), 1) - rel);
    if (gap < best_gap) {
      best_gap = gap;
      best = at;
    }
  }
  return best;
}

}  // namespace

std::string measure_of(std::string_view indicator) {
  for (std::string_view w : {"增长", "下降", "比重", "占比", "涨幅", "上涨", "率"})
    if (indicator.find(w) != std::string_view::npos) return w == "上涨" ? "涨幅" : std::string(w);
  return "";
}

bool is_vague_indicator(std::string_view indicator) {
  static const std::vector<std::u32string> vague = {
      U"增长", U"下降", U"提高", U"降低", U"增加", U"减少", U"达到", U"超过", U"突破", U"比", U"和", U"及",
      U"与", U"安排", U"其中", U"分别", U"同比", U"同比增长", U"增速", U"年均增长", U"占比", U"比重", U"提升",
      U"提升至", U"提高到", U"比提升至", U"值增长", U"完成", U"实现", U"累计", U"共", U"新增", U"总量",
      U"规模", U"合计", U"达", U"为", U"是", U"上涨", U"下降到", U"控制在", U"稳定在", U"保持在", U"比稳定在",
      U"增长到", U"增至", U"达到了", U"约", U"占", U"的"};
  std::u32string s = folded(indicator);
  for (const std::u32string& lead : {std::u32string(U"今年"), std::u32string(U"全年"), std::u32string(U"其中")})
    if (s.compare(0, lead.size(), lead) == 0) s = s.substr(lead.size());
  if (s.size() < 2) return true;
  return std::find(vague.begin(), vague.end(), s) != vague.end();
}

std::vector<Quantity> quantities_with_context(const Report& r) {
  std::vector<Quantity> out = r.quantities;
  for (Quantity& q : out) {
    if (!is_vague_indicator(q.indicator)) continue;
    const BodyParagraph* p = paragraph_of(r, q);
    if (!p) continue;
    std::optional<size_t> at = surface_offset(*p, q);
    if (!at) continue;
    std::u32string before = utf8::to_u32(std::string_view(p->text).substr(0, *at));
    size_t start = before.size();
    while (start > 0 && !is_clause_break(before[start - 1]) && before.size() - start < kMaxContext) --start;
    std::string clause;
    for (size_t i = start; i < before.size(); ++i) utf8::append(clause, before[i]);
    if (!is_vague_indicator(clause)) q.indicator = clause;
  }
  return out;
}

}  // namespace cppcc::diff_detail
