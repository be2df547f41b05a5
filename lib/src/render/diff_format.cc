// Formatting shared by the diff renderers.
#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "cppcc/diff_render.h"
#include "cppcc/text.h"
#include "diff/diff_util.h"
#include "render/diff_render_util.h"

namespace cppcc {

namespace render_detail {

std::string trim_number(double v, int max_decimals) {
  // 万/亿 scaling leaves binary noise (2180000000000.000244): whole numbers print whole.
  if (std::fabs(v - std::round(v)) < 1e-9 * std::max(1.0, std::fabs(v))) return fmt::format("{:.0f}", std::round(v));
  std::string s = fmt::format("{:.{}f}", v, max_decimals);
  if (s.find('.') != std::string::npos) {
    while (!s.empty() && s.back() == '0') s.pop_back();
    if (!s.empty() && s.back() == '.') s.pop_back();
  }
  if (s == "-0") s = "0";
  return s;
}

std::string years_covered(const ReportSide& s) {
  std::string out;
  if (s.review_years && s.review_years->first != s.review_years->last)
    out = fmt::format("review {}–{}", s.review_years->first, s.review_years->last);
  else if (s.review_year)
    out = fmt::format("review {}", *s.review_year);
  if (s.plan_year) out += fmt::format("{}plan {}", out.empty() ? "" : ", ", *s.plan_year);
  return out;
}

std::string section_title(const SectionRef& s) {
  std::string out = s.label + s.heading;
  if (out.empty()) out = "(untitled)";
  return clip(out, 40);
}

std::string html_escape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

namespace {
std::string flatten(std::u32string cps) {
  std::string out;
  for (char32_t c : cps) utf8::append(out, c == '\n' || c == '\r' ? U' ' : c);
  return out;
}
}  // namespace

std::string clip(std::string_view s, size_t n) {
  std::u32string cps = utf8::to_u32(s);
  if (cps.size() <= n) return flatten(cps);
  return flatten(cps.substr(0, n)) + "…";
}

std::string tail(std::string_view s, size_t n) {
  std::u32string cps = utf8::to_u32(s);
  if (cps.size() <= n) return flatten(cps);
  return "…" + flatten(cps.substr(cps.size() - n));
}

std::string head(std::string_view s, size_t n) { return clip(s, n); }

size_t code_points(std::string_view s) { return utf8::length(s); }

size_t display_width(std::string_view s) {
  size_t w = 0;
  for (char32_t c : utf8::to_u32(s)) {
    bool wide = utf8::is_cjk(c) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF60) ||
                (c >= 0x2E80 && c <= 0x2FDF) || (c >= 0x3040 && c <= 0x33FF);
    w += wide ? 2 : 1;
  }
  return w;
}

}  // namespace render_detail

namespace {

std::string scaled(double v, const std::string& unit, bool large_units) {
  double a = std::fabs(v);
  // Money and big counts read as 万/亿, the way the reports write them.
  if (large_units && a >= 1e8) return render_detail::trim_number(v / 1e8) + "亿" + unit;
  if (large_units && a >= 1e5) return render_detail::trim_number(v / 1e4) + "万" + unit;
  return render_detail::trim_number(v) + unit;
}

}  // namespace

std::string format_quantity_value(const Quantity& q) {
  if (q.value_max) {
    std::string lo = scaled(q.value, "", true), hi = scaled(*q.value_max, q.unit, true);
    return lo + "-" + hi;
  }
  return scaled(q.value, q.unit, true);
}

std::string format_signed(double v, bool large_units) {
  std::string s = scaled(v, "", large_units);
  return v > 0 ? "+" + s : s;
}

}  // namespace cppcc
