#include "parse/numerals.h"

#include <string>

namespace cppcc::parse {

namespace {

// Value of one Chinese digit character at S[I] (3 UTF-8 bytes), or -1.
int cn_digit(std::string_view ch) {
  static constexpr std::string_view kDigits[] = {"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
  for (int d = 0; d < 10; ++d)
    if (ch == kDigits[d]) return d;
  if (ch == "零") return 0;
  if (ch == "两") return 2;
  return -1;
}

}  // namespace

std::optional<int> small_number(std::string_view s) {
  if (s.empty()) return std::nullopt;
  // Arabic, ASCII or full-width (０-９ are EF BC 90..99).
  {
    int v = 0;
    size_t i = 0;
    bool any = false;
    while (i < s.size()) {
      unsigned char c = static_cast<unsigned char>(s[i]);
      if (c >= '0' && c <= '9') {
        v = v * 10 + (c - '0');
        ++i;
      } else if (c == 0xEF && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xBC &&
                 static_cast<unsigned char>(s[i + 2]) >= 0x90 && static_cast<unsigned char>(s[i + 2]) <= 0x99) {
        v = v * 10 + (static_cast<unsigned char>(s[i + 2]) - 0x90);
        i += 3;
      } else {
        break;
      }
      any = true;
      if (v > 100000) return std::nullopt;
    }
    if (any) return i == s.size() ? std::optional<int>(v) : std::nullopt;
  }
  // Chinese: up to 千 is plenty for headings and ordinals.
  if (s.size() % 3 != 0) return std::nullopt;
  int total = 0, digit = -1;
  bool any = false;
  for (size_t i = 0; i < s.size(); i += 3) {
    std::string_view ch = s.substr(i, 3);
    int d = cn_digit(ch);
    if (d >= 0) {
      if (digit >= 0) {
        // 二〇二五: positional digits.
        digit = digit * 10 + d;
      } else {
        digit = d;
      }
      any = true;
      continue;
    }
    int mult = ch == "十" ? 10 : ch == "百" ? 100 : ch == "千" ? 1000 : 0;
    if (mult == 0) return std::nullopt;
    total += (digit < 0 ? 1 : digit) * mult;
    digit = -1;
    any = true;
  }
  if (!any) return std::nullopt;
  if (digit > 0) total += digit;
  return total;
}

}  // namespace cppcc::parse
