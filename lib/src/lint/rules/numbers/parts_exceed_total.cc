// N016 parts-exceed-total: 共收到提案5898件，其中委员提案5558件、党派提案…
// whose parts add up to more than 5898, or 甲…件、乙…件，合计…件 where the sum
// is not the total — a figure changed in one place of the draft and not in the
// other. Read from the report's quantities (value with 万/亿 applied, unit), so
// nothing is re-read from the text but the words that join them. Conservative:
// every part must share the total's unit and not be approximate (约/近/左右, a range),
// the total no lower bound (超/逾/多), shares (%) and changes (增加200件) are no
// parts, and a part inside brackets is a breakdown of a part.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <initializer_list>
#include <string_view>

#include "lint/context.h"

namespace cppcc::linter {

namespace {

bool has_qualifier(const Quantity& q, std::initializer_list<std::string_view> words) {
  if (!q.qualifier) return false;
  for (auto w : words)
    if (*q.qualifier == w) return true;
  return false;
}

/// A total must be exact: 共/累计… or nothing (超500件 may be 530).
bool inexact_total(const Quantity& q) {
  return q.value_max || (q.qualifier && !has_qualifier(q, {"共", "全年共", "累计", "共计", "合计", "总计"}));
}

/// A part may also be a lower bound (超600公里 is at least 600): only an
/// approximation (约, 近, 左右), an upper bound or a range could be less.
bool inexact_part(const Quantity& q) {
  return q.value_max ||
         (q.qualifier && !has_qualifier(q, {"超过", "超", "逾", "突破", "不少于", "不低于", "至少", "多", "余", "以上",
                                            "有余"}));
}

bool is_share(const Quantity& q) { return q.kind == "percent" || q.kind == "percentage_point" || q.kind == "permille"; }

/// The words just before OFFSET in S (up to 12 bytes) say the figure is a change or a
/// starting value (其中新能源汽车由45万辆增至356万辆), not a part.
bool is_change(std::string_view s, size_t offset) {
  const std::string_view before = s.substr(offset >= 12 ? offset - 12 : 0, offset >= 12 ? 12 : offset);
  static constexpr std::string_view kWords[] = {"增加", "增长", "减少", "下降", "提高", "同比", "较", "比", "多", "由", "从"};
  for (auto w : kWords)
    if (before.size() >= w.size() && before.substr(before.size() - w.size()) == w) return true;
  return false;
}

/// Bracket depth of S at OFFSET (（…）): a figure inside brackets is a note on a part.
bool in_brackets(std::string_view s, size_t from, size_t offset) {
  int depth = 0;
  for (size_t k = from; k < offset && k < s.size(); ++k) {
    if (s.compare(k, 3, "（") == 0) ++depth;
    if (s.compare(k, 3, "）") == 0 && depth > 0) --depth;
  }
  return depth > 0;
}

size_t sentence_end(std::string_view s, size_t from) {
  size_t e = s.size();
  for (std::string_view stop : {"。", "；", "！", "？"}) e = std::min(e, s.find(stop, from) == std::string_view::npos ? s.size() : s.find(stop, from));
  return e;
}

size_t sentence_start(std::string_view s, size_t before) {
  size_t b = 0;
  for (std::string_view stop : {"。", "；", "！", "？"}) {
    const size_t k = s.rfind(stop, before);
    if (k != std::string_view::npos && k < before) b = std::max(b, k + stop.size());
  }
  return b;
}

/// V written as the total writes its figure (5500万亩, not 55000000 亩).
std::string figure(double v, const Quantity& like) {
  const std::string& s = like.surface;
  double scale = 1;
  std::string word;
  if (s.find("万亿") != std::string::npos) scale = 1e12, word = "万亿";
  else if (s.find("亿") != std::string::npos) scale = 1e8, word = "亿";
  else if (s.find("万") != std::string::npos) scale = 1e4, word = "万";
  char buf[48];
  std::snprintf(buf, sizeof buf, "%.10g", v / scale);
  return buf + word + like.unit;
}

/// Rounding the figures as written allows: half a unit of the last digit of each.
double slack(const std::vector<const Quantity*>& qs) {
  double s = 0;
  for (const Quantity* q : qs) {
    const bool whole = q->value == std::floor(q->value) && q->surface.find_first_of(".") == std::string::npos &&
                       q->surface.find("万") == std::string::npos && q->surface.find("亿") == std::string::npos;
    s += whole ? 0 : std::abs(q->value) * 0.005 + 1e-9;
  }
  return s + 1e-9;
}

}  // namespace

void check_parts_exceed_total(Context& ctx) {
  const auto& paras = ctx.paragraphs();
  const auto& qs = ctx.model().quantities;
  for (size_t t = 0; t < qs.size(); ++t) {
    const Quantity& total = qs[t];
    if (total.paragraph >= paras.size() || is_share(total) || inexact_total(total)) continue;
    const std::string_view s = paras[total.paragraph].text;
    const size_t end = sentence_end(s, total.offset);
    // 共X件，其中A件、B件 / 共X件，分别为A件、B件: the parts follow the total.
    size_t next = t + 1;
    const size_t gap_end = next < qs.size() && qs[next].paragraph == total.paragraph ? std::min(qs[next].offset, end) : end;
    const std::string_view gap = s.substr(total.offset, gap_end - total.offset);
    // 分别 only after a stated total that opens its sentence: 共收到A件、B件，分别办结C件、D件 lists no parts.
    const bool first = t == 0 || qs[t - 1].paragraph != total.paragraph || qs[t - 1].offset < sentence_start(s, total.offset);
    const size_t joint = std::min(gap.find("其中"), total.qualifier && first ? gap.find("分别") : std::string_view::npos);
    std::vector<const Quantity*> parts;
    bool clean = joint != std::string_view::npos;
    // The parts are the list after 其中 (A件、B件和C件); the clause ends at the
    // next ，, which starts another item (新增148万亩、其中43万亩，修复517万亩).
    const size_t list_end = [&] {
      if (!clean) return end;
      size_t from = total.offset + joint + 6;
      if (s.compare(from, 3, "，") == 0 || s.compare(from, 3, "：") == 0) from += 3;  // 其中，A件、B件 / 其中：
      return std::min(end, s.find("，", from));
    }();
    for (size_t k = next; clean && k < qs.size() && qs[k].paragraph == total.paragraph && qs[k].offset < list_end; ++k) {
      const Quantity& q = qs[k];
      if (is_share(q) || is_change(s, q.offset) || in_brackets(s, total.offset, q.offset)) continue;
      if (s.substr(total.offset, q.offset - total.offset).find("其中", joint + 6) != std::string_view::npos) break;
      if (q.unit != total.unit || inexact_part(q)) clean = false;
      else parts.push_back(&q);
    }
    if (clean && !parts.empty()) {
      double sum = 0;
      for (const Quantity* q : parts) sum += q->value;
      std::vector<const Quantity*> all = parts;
      all.push_back(&total);
      if (sum > total.value + slack(all)) {
        const Quantity& last = *parts.back();
        ctx.report_in(paras[total.paragraph], total.offset, last.offset + std::min(last.surface.size(), s.size() - last.offset),
                      "the parts after “" + total.surface +
                          "” add up to " + figure(sum, total) + ", more than the total");
      }
      continue;
    }
    // A件、B件、C件，合计X件: the parts come first and the total word says they are all.
    if (!total.qualifier || (*total.qualifier != "合计" && *total.qualifier != "共计" && *total.qualifier != "总计")) continue;
    const size_t start = sentence_start(s, total.offset);
    parts.clear();
    clean = true;
    for (size_t k = t; clean && k-- > 0 && qs[k].paragraph == total.paragraph && qs[k].offset >= start;) {
      const Quantity& q = qs[k];
      if (is_share(q) || is_change(s, q.offset) || in_brackets(s, start, q.offset)) continue;
      if (q.unit != total.unit || inexact_total(q)) clean = false;
      else parts.push_back(&q);
    }
    if (!clean || parts.size() < 2) continue;
    double sum = 0;
    for (const Quantity* q : parts) sum += q->value;
    std::vector<const Quantity*> all = parts;
    all.push_back(&total);
    if (std::abs(sum - total.value) <= slack(all)) continue;
    ctx.report_in(paras[total.paragraph], total.offset, total.offset + std::min(total.surface.size(), s.size() - total.offset),
                  "the parts before “" + total.surface + "” add up to " + figure(sum, total) + ", not to the total");
  }
}

}  // namespace cppcc::linter
