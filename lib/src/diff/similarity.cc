// Matching helpers: indicator folding, bigram similarity, rounded restatements.
#include <algorithm>
#include <cmath>
#include <map>

#include "cppcc/diff.h"
#include "cppcc/text.h"
#include "diff/diff_util.h"

namespace cppcc {


using diff_detail::is_digit_like;

std::string normalize_indicator(std::string_view indicator) {
  std::string out;
  bool last_digit = false;
  for (char32_t cp : utf8::to_u32(indicator)) {
    if (cp >= 0xFF01 && cp <= 0xFF5E) cp -= 0xFEE0;  // full width → ASCII
    if (is_digit_like(cp)) {
      // Years and counts inside a name ("2024年工作") must not block a match.
      if (!last_digit) out += '#';
      last_digit = true;
      continue;
    }
    last_digit = false;
    bool letter = utf8::is_cjk(cp) || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
    if (!letter) continue;  // quotes, spaces, punctuation, zero-width marks
    if (cp >= 'A' && cp <= 'Z') cp += 'a' - 'A';
    utf8::append(out, cp);
  }
  // "今年城镇新增就业" and "城镇新增就业" are the same indicator.
  for (std::string_view lead : {"今年", "全年", "明年", "去年"})
    if (out.size() > lead.size() && out.compare(0, lead.size(), lead) == 0) out.erase(0, lead.size());
  return out;
}

double bigram_similarity(std::string_view a, std::string_view b) {
  std::u32string x = utf8::to_u32(a), y = utf8::to_u32(b);
  if (x.empty() && y.empty()) return 1.0;
  if (x.empty() || y.empty()) return 0.0;
  if (x == y) return 1.0;
  if (x.size() < 2 || y.size() < 2) {
    // A one-character name: similar only when the other contains it.
    const std::u32string& shorter = x.size() < 2 ? x : y;
    const std::u32string& longer = x.size() < 2 ? y : x;
    return longer.find(shorter) != std::u32string::npos ? 1.0 / static_cast<double>(longer.size())
                                                         : 0.0;
  }
  std::map<std::u32string, int> grams;
  for (size_t i = 0; i + 1 < x.size(); ++i) ++grams[x.substr(i, 2)];
  int common = 0;
  for (size_t i = 0; i + 1 < y.size(); ++i) {
    auto it = grams.find(y.substr(i, 2));
    if (it != grams.end() && it->second > 0) {
      --it->second;
      ++common;
    }
  }
  return 2.0 * common / static_cast<double>(x.size() - 1 + y.size() - 1);
}

namespace diff_detail {

bool subjects_apart(std::string_view a, std::string_view b) {
  std::u32string x = utf8::to_u32(a), y = utf8::to_u32(b);
  size_t tail = 0;
  while (tail < x.size() && tail < y.size() && x[x.size() - 1 - tail] == y[y.size() - 1 - tail]) ++tail;
  if (tail == 0 || tail == x.size() || tail == y.size()) return false;
  std::string px = utf8::to_utf8(x.substr(0, x.size() - tail)), py = utf8::to_utf8(y.substr(0, y.size() - tail));
  return bigram_similarity(px, py) == 0.0;
}

}  // namespace diff_detail

namespace {

enum class Direction { kNone, kBelow, kAbove, kAround };

/// What an approximating qualifier says about the true value.
Direction qualifier_direction(const std::optional<std::string>& q) {
  if (!q) return Direction::kNone;
  static const std::vector<std::string> below = {"近", "将近", "接近", "不到", "不足"};
  static const std::vector<std::string> above = {"超", "超过", "逾", "多", "余", "以上", "超出", "过"};
  static const std::vector<std::string> around = {"约", "左右", "大约", "上下", "近乎"};
  for (const auto& s : below)
    if (*q == s) return Direction::kBelow;
  for (const auto& s : above)
    if (*q == s) return Direction::kAbove;
  for (const auto& s : around)
    if (*q == s) return Direction::kAround;
  // Compound qualifiers ("共近", "累计超过"): look for a known word inside.
  for (const auto& s : around)
    if (q->find(s) != std::string::npos) return Direction::kAround;
  for (const auto& s : below)
    if (q->find(s) != std::string::npos) return Direction::kBelow;
  for (const auto& s : above)
    if (q->find(s) != std::string::npos) return Direction::kAbove;
  return Direction::kNone;
}

/// The place value of V's last non-zero digit (6000 → 1000, 5.5 → 0.1).
double rounding_unit(double v) {
  v = std::fabs(v);
  if (v == 0) return 0;
  double unit = std::pow(10.0, std::floor(std::log10(v)));
  for (int i = 0; i < 12; ++i) {
    double q = v / unit;
    if (std::fabs(q - std::round(q)) < 1e-9 * std::max(1.0, q)) return unit;
    unit /= 10;
  }
  return unit;
}

}  // namespace

bool is_restatement(const Quantity& a, const Quantity& b) {
  if (a.unit != b.unit) return false;
  if (a.value == b.value) return false;  // the same value: unchanged, not restated
  Direction da = qualifier_direction(a.qualifier), db = qualifier_direction(b.qualifier);
  if (da == Direction::kNone && db == Direction::kNone) return false;
  // The approximate side is the one with the qualifier (the rounder one if both).
  bool a_approx = da != Direction::kNone &&
                  (db == Direction::kNone || rounding_unit(a.value) >= rounding_unit(b.value));
  const Quantity& approx = a_approx ? a : b;
  const Quantity& exact = a_approx ? b : a;
  Direction dir = a_approx ? da : db;
  double tolerance = std::min(rounding_unit(approx.value), 0.1 * std::fabs(approx.value));
  double diff = exact.value - approx.value;
  switch (dir) {
    case Direction::kBelow: return diff <= 0 && -diff <= tolerance;
    case Direction::kAbove: return diff >= 0 && diff <= tolerance;
    case Direction::kAround: return std::fabs(diff) <= tolerance;
    case Direction::kNone: break;
  }
  return false;
}

}  // namespace cppcc
