// Helpers shared by the diff renderers (text, JSON, HTML, CSV).
#pragma once

#include <string>
#include <string_view>

#include "cppcc/diff.h"

namespace cppcc::render_detail {

/// "一、加强理论学习" / "2024年工作回顾" / "(untitled)".
std::string section_title(const SectionRef& s);
/// "review 2013–2017, plan 2018" / "review 2024, plan 2025" / "" (what the side covers).
std::string years_covered(const ReportSide& s);
/// A number without trailing zeros: 6.50 → "6.5", 314 → "314".
std::string trim_number(double v, int max_decimals = 2);
std::string html_escape(std::string_view s);
/// First N code points of S, with "…" when cut; newlines become spaces.
std::string clip(std::string_view s, size_t n);
/// The last / first N code points of S (for word-diff context).
std::string tail(std::string_view s, size_t n);
std::string head(std::string_view s, size_t n);
size_t code_points(std::string_view s);
/// Terminal columns of S: CJK and full-width characters take two.
size_t display_width(std::string_view s);

}  // namespace cppcc::render_detail
