// Figure status: threshold, then outcome / forecast / target (see status.h).
#include "quantity/status.h"

#include "quantity/numeral.h"

namespace cppcc::quantity {

namespace {

bool is_han(char32_t c) { return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF); }

bool ends_with(std::string_view s, std::string_view tail) {
  return s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail;
}

/// The figure modifies the noun right after it (60岁以上老年人, 1000万元以上项目,
/// 24小时在线监控) instead of being what the clause states (增长5%以上。).
/// Links and particles (并, 和, 的 …) after it start no noun.
bool modifies_next_word(std::string_view p, size_t end) {
  if (end >= p.size()) return false;
  size_t len = 0;
  char32_t next = code_point_at(p, end, &len);
  if (!is_han(next)) return false;
  static constexpr std::u32string_view kLinks = U"并和或且的为是与及、";
  return kLinks.find(next) == std::u32string_view::npos;
}

/// Q is the A of 从A…到B / 由A…至B: 从 or 由 right before it, and 到 or 至 after
/// it in its clause, before another number.
bool from_end_of_pair(std::string_view p, const QuantityMatch& q) {
  if (!ends_at(p, q.begin, "从") && !ends_at(p, q.begin, "由")) return false;
  for (size_t i = q.end, n = 0; i < p.size() && n < 12; ++n) {
    size_t len = 0;
    const char32_t c = code_point_at(p, i, &len);
    if (c == U'到' || c == U'至') return true;
    if (c == U'，' || c == U'。' || c == U'；' || (c >= U'0' && c <= U'9')) return false;
    i += len ? len : 1;
  }
  return false;
}

}  // namespace

std::string figure_status(std::string_view p, const QuantityMatch& q, size_t clause_begin, bool past, bool in_plan,
                          const Lexicon& lex) {
  // A bounded measure before a noun sets a class (1000万元以上项目); a bounded
  // count or share before its noun is how many of it (80条以上一线声音直达,
  // 50%以上村卫生室). Hours before a noun define a service (24小时在线监控,
  // 240小时过境免签); months and weeks before a verb are spans (连续24个月保持).
  const bool how_many = q.kind == "count" || q.kind == "people" || q.kind == "number" || q.kind == "percent" ||
                        q.kind == "share" || q.kind == "permille" || q.kind == "percentage_point";
  const bool bound = ends_with(q.surface, "以上") || ends_with(q.surface, "以下") || ends_with(q.surface, "以内");
  if (((bound && !how_many) || (q.unit == "小时" && !q.qualifier)) && modifies_next_word(p, q.end))
    return "threshold";
  if (!in_plan || past) return "outcome";
  // 农村自来水普及率从88%提高到92%: the from end is today's level, the to end the target.
  if (from_end_of_pair(p, q)) return "outcome";
  for (size_t i = clause_begin; i < q.begin;) {
    if (lex.forecasts.at(p, i)) return "forecast";
    size_t len = 0;
    code_point_at(p, i, &len);
    i += len;
  }
  return "target";
}

}  // namespace cppcc::quantity
