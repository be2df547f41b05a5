// N013 doubled-approximation: 约30%左右, 近百余人, 超50多亿元 — two words of
// approximation on one figure say the same thing twice (GB/T 15835 5.1.2 keeps
// one). The quantity model has already found the figure, its qualifier before
// the number and what follows it, so the rule reads Report::quantities.
#include "lint/context.h"

namespace cppcc::linter {

namespace {
// Longest first, so 大约 is not read as 约 and 超过 not as 超.
constexpr std::string_view kApproxBefore[] = {"大约", "将近", "接近", "约", "近"};
constexpr std::string_view kBoundBefore[] = {"超过", "超", "逾"};
// After an approximation (约/近) every one of these doubles it; after a lower
// bound (超/逾) 左右 contradicts rather than doubles and is left to the reader.
constexpr std::string_view kApproxAfter[] = {"左右", "多", "余", "以上"};
constexpr std::string_view kBoundAfter[] = {"多", "余", "以上"};

template <size_t N>
std::string_view prefix_of(std::string_view s, const std::string_view (&words)[N]) {
  for (std::string_view w : words)
    if (s.substr(0, w.size()) == w) return w;
  return {};
}

template <size_t N>
std::string_view found_in(std::string_view s, const std::string_view (&words)[N]) {
  for (std::string_view w : words)
    if (s.find(w) != std::string_view::npos) return w;
  return {};
}
}  // namespace

void check_doubled_approximation(Context& ctx) {
  const auto& paras = ctx.paragraphs();
  for (const Quantity& q : ctx.model().quantities) {
    if (q.paragraph >= paras.size()) continue;
    std::string_view s = q.surface;
    std::string_view before = prefix_of(s, kApproxBefore);
    std::string_view after = before.empty() ? std::string_view{} : found_in(s.substr(before.size()), kApproxAfter);
    if (before.empty()) {
      before = prefix_of(s, kBoundBefore);
      if (!before.empty()) after = found_in(s.substr(before.size()), kBoundAfter);
    }
    if (after.empty()) continue;
    ctx.report_in(paras[q.paragraph], q.offset, q.offset + s.size(),
                  "“" + std::string(s) + "” approximates twice (" + std::string(before) + " and " +
                      std::string(after) + "); keep one");
  }
}

}  // namespace cppcc::linter
