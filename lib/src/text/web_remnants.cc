// Web remnants (see web_remnants.h).
#include "text/web_remnants.h"

#include <algorithm>
#include <array>

namespace cppcc::text {

namespace {

std::string_view trim_spaces(std::string_view s) {
  auto space_at_front = [&] {
    if (s.empty()) return size_t{0};
    if (s[0] == ' ' || s[0] == '\t') return size_t{1};
    if (s.substr(0, 3) == "\u3000") return size_t{3};
    return size_t{0};
  };
  while (size_t n = space_at_front()) s.remove_prefix(n);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  while (s.size() >= 3 && s.substr(s.size() - 3) == "\u3000") s.remove_suffix(3);
  return s;
}

}  // namespace

bool echoes_last_crumb(std::string_view crumbs, std::string_view line) {
  static constexpr std::array<std::string_view, 4> kSeparators = {">", "\u203A", "\uFF1E", "\u00BB"};
  // Tested from the ends, so a long paragraph before a short line costs nothing:
  // LINE is the crumb after the last separator of CRUMBS.
  const std::string_view l = trim_spaces(line);
  if (l.empty() || l.size() > 60) return false;
  for (std::string_view sep : kSeparators)
    if (l.find(sep) != std::string_view::npos) return false;
  const std::string_view c = trim_spaces(crumbs);
  if (c.size() < l.size() || c.substr(c.size() - l.size()) != l) return false;
  std::string_view before = c.substr(0, c.size() - l.size());
  for (bool more = true; more;) {  // the spaces between the separator and the crumb
    more = false;
    if (!before.empty() && (before.back() == ' ' || before.back() == '\t')) before.remove_suffix(1), more = true;
    if (before.size() >= 3 && before.substr(before.size() - 3) == "\u3000") before.remove_suffix(3), more = true;
  }
  for (std::string_view sep : kSeparators)
    if (before.size() >= sep.size() && before.substr(before.size() - sep.size()) == sep) return true;
  return false;
}

bool is_page_widget(std::string_view line) {
  const std::string_view l = trim_spaces(line);
  // The lint rules pass the line as written: a Traditional page writes 字體 / 字號.
  static constexpr std::array<std::string_view, 4> kStarts = {"字体", "字号", "字體", "字號"};
  if (std::find(kStarts.begin(), kStarts.end(), l.substr(0, 6)) == kStarts.end()) return false;
  size_t code_points = 0;
  for (unsigned char c : l) code_points += (c & 0xC0) != 0x80;
  return code_points <= 20;
}

}  // namespace cppcc::text
