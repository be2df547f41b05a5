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

// A sentence is looked for within kReach bytes (about 200 characters) of a
// figure: a report on one line without a 。 must not make every figure walk
// to the paragraph's ends (time stays linear, docs/ARCHITECTURE.md).
constexpr size_t kReach = 600;

size_t sentence_end(std::string_view s, size_t from) {
  const std::string_view window = s.substr(from, kReach);
  size_t e = window.size();
  for (std::string_view stop : {"。", "；", "！", "？"}) e = std::min(e, window.find(stop));
  return from + e;
}

size_t sentence_start(std::string_view s, size_t before) {
  const size_t low = before > kReach ? before - kReach : 0;
  const std::string_view window = s.substr(low, before - low);
  size_t b = 0;
  for (std::string_view stop : {"。", "；", "！", "？"}) {
    const size_t k = window.rfind(stop);
    if (k != std::string_view::npos) b = std::max(b, k + stop.size());
  }
  return low + b;
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

double sum_of(const std::vector<const Quantity*>& qs) {
  double sum = 0;
  for (const Quantity* q : qs) sum += q->value;
  return sum;
}

/// Paragraph bytes past the surface of Q (clamped to the paragraph).
size_t end_of(const Quantity& q, std::string_view s) { return q.offset + std::min(q.surface.size(), s.size() - q.offset); }

/// The quantities of one paragraph, read around a candidate total QS[T].
class Figures {
 public:
  Figures(const std::vector<Quantity>& qs, size_t t, std::string_view s) : qs_(qs), t_(t), total_(qs[t]), s_(s) {}

  /// 共X件，其中A件、B件 / 共X件，分别为A件、B件: the parts follow the total. Empty when
  /// no 其中 joins them or a figure in the list cannot be a part.
  std::vector<const Quantity*> parts_after() const {
    const size_t end = sentence_end(s_, total_.offset);
    const size_t next = t_ + 1;
    const size_t gap_end = same_paragraph(next) ? std::min(qs_[next].offset, end) : end;
    const std::string_view gap = s_.substr(total_.offset, gap_end - total_.offset);
    // 分别 only after a stated total that opens its sentence: 共收到A件、B件，分别办结C件、D件 lists no parts.
    const bool first = t_ == 0 || !same_paragraph(t_ - 1) || qs_[t_ - 1].offset < sentence_start(s_, total_.offset);
    const size_t joint = std::min(gap.find("其中"), total_.qualifier && first ? gap.find("分别") : std::string_view::npos);
    if (joint == std::string_view::npos) return {};
    // The parts are the list after 其中 (A件、B件和C件); the clause ends at the
    // next ，, which starts another item (新增148万亩、其中43万亩，修复517万亩).
    size_t from = total_.offset + joint + 6;
    if (s_.compare(from, 3, "，") == 0 || s_.compare(from, 3, "：") == 0) from += 3;  // 其中，A件 / 其中：A件
    const size_t list_end = std::min(end, s_.find("，", from));
    std::vector<const Quantity*> parts;
    for (size_t k = next; same_paragraph(k) && qs_[k].offset < list_end; ++k) {
      const Quantity& q = qs_[k];
      if (is_share(q) || is_change(s_, q.offset) || in_brackets(s_, total_.offset, q.offset)) continue;
      if (s_.substr(from, q.offset - std::min(from, q.offset)).find("其中") != std::string_view::npos) break;
      if (q.unit != total_.unit || inexact_part(q)) return {};
      parts.push_back(&q);
    }
    return parts;
  }

  /// A件、B件、C件，合计X件: the parts come first and the total word says they
  /// are all. Empty unless there are two or more exact ones.
  std::vector<const Quantity*> parts_before() const {
    if (!has_qualifier(total_, {"合计", "共计", "总计"})) return {};
    const size_t start = sentence_start(s_, total_.offset);
    std::vector<const Quantity*> parts;
    for (size_t k = t_; k-- > 0 && same_paragraph(k) && qs_[k].offset >= start;) {
      const Quantity& q = qs_[k];
      if (is_share(q) || is_change(s_, q.offset) || in_brackets(s_, start, q.offset)) continue;
      if (q.unit != total_.unit || inexact_total(q)) return {};
      parts.push_back(&q);
    }
    return parts.size() >= 2 ? parts : std::vector<const Quantity*>{};
  }

 private:
  bool same_paragraph(size_t k) const { return k < qs_.size() && qs_[k].paragraph == total_.paragraph; }

  const std::vector<Quantity>& qs_;
  size_t t_;
  const Quantity& total_;
  std::string_view s_;
};

}  // namespace

void check_parts_exceed_total(Context& ctx) {
  const auto& paras = ctx.paragraphs();
  const auto& qs = ctx.model().quantities;
  for (size_t t = 0; t < qs.size(); ++t) {
    const Quantity& total = qs[t];
    if (total.paragraph >= paras.size() || is_share(total) || inexact_total(total)) continue;
    const Paragraph& para = paras[total.paragraph];
    const Figures figures(qs, t, para.text);
    if (std::vector<const Quantity*> parts = figures.parts_after(); !parts.empty()) {
      const double sum = sum_of(parts);
      parts.push_back(&total);
      if (sum > total.value + slack(parts))
        ctx.report_in(para, total.offset, end_of(*parts[parts.size() - 2], para.text),
                      "the parts after “" + total.surface + "” add up to " + figure(sum, total) + ", more than the total");
      continue;
    }
    if (std::vector<const Quantity*> parts = figures.parts_before(); !parts.empty()) {
      const double sum = sum_of(parts);
      parts.push_back(&total);
      if (std::abs(sum - total.value) > slack(parts))
        ctx.report_in(para, total.offset, end_of(total, para.text),
                      "the parts before “" + total.surface + "” add up to " + figure(sum, total) + ", not to the total");
    }
  }
}

}  // namespace cppcc::linter
