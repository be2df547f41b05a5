// Numerals: Arabic (full-width, separators, decimals), Chinese (simple and
// financial), mixed (1.2万), fractions and percentages written out.
#include "quantity/numeral.h"

#include <charconv>
#include <cmath>
#include <vector>

#include "cppcc/quantity.h"

namespace cppcc::quantity {

char32_t code_point_at(std::string_view s, size_t i, size_t* len) {
  const auto b = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = b(i);
  size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
  if (n == 0 || i + n > s.size()) {
    *len = 1;
    return 0xFFFD;
  }
  char32_t cp = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
  for (size_t k = 1; k < n; ++k) {
    if ((b(i + k) & 0xC0) != 0x80) {
      *len = 1;
      return 0xFFFD;
    }
    cp = (cp << 6) | (b(i + k) & 0x3F);
  }
  *len = n;
  return cp;
}

size_t previous_code_point(std::string_view s, size_t i) {
  if (i == 0) return 0;
  size_t j = i - 1;
  while (j > 0 && (static_cast<unsigned char>(s[j]) & 0xC0) == 0x80 && i - j < 4) --j;
  return j;
}

char32_t code_point_before(std::string_view s, size_t i) {
  if (i == 0) return 0;
  size_t len = 0;
  return code_point_at(s, previous_code_point(s, i), &len);
}

int arabic_digit(char32_t c) {
  if (c >= U'0' && c <= U'9') return static_cast<int>(c - U'0');
  if (c >= U'０' && c <= U'９') return static_cast<int>(c - U'０');
  return -1;
}

int chinese_digit(char32_t c) {
  switch (c) {
    case U'零': case U'〇': return 0;
    case U'一': case U'壹': case U'幺': return 1;
    case U'二': case U'贰': case U'貳': case U'两': case U'兩': return 2;
    case U'三': case U'叁': case U'參': return 3;
    case U'四': case U'肆': return 4;
    case U'五': case U'伍': return 5;
    case U'六': case U'陆': case U'陸': return 6;
    case U'七': case U'柒': return 7;
    case U'八': case U'捌': return 8;
    case U'九': case U'玖': return 9;
    default: return -1;
  }
}

int chinese_power(char32_t c) {
  switch (c) {
    case U'十': case U'拾': return 1;
    case U'百': case U'佰': return 2;
    case U'千': case U'仟': return 3;
    case U'万': case U'萬': return 4;
    case U'亿': case U'億': return 8;
    default: return -1;
  }
}

namespace {

std::u32string to_u32(std::string_view s) {
  std::u32string out;
  for (size_t i = 0; i < s.size();) {
    size_t len = 0;
    out.push_back(code_point_at(s, i, &len));
    i += len;
  }
  return out;
}

bool finite_value(double v) { return std::isfinite(v) && std::fabs(v) < 1e300; }

/// Integer Chinese numeral (no 点). Digit-by-digit when it has no power
/// character (二〇二五 → 2025).
std::optional<double> chinese_integer(std::u32string_view s) {
  if (s.empty()) return std::nullopt;
  bool any_power = false;
  for (char32_t c : s) {
    if (!is_chinese_numeral_char(c)) return std::nullopt;
    if (chinese_power(c) >= 0) any_power = true;
  }
  if (!any_power) {
    if (s.size() > 18) return std::nullopt;
    double v = 0;
    for (char32_t c : s) v = v * 10 + chinese_digit(c);
    return v;
  }
  double yi_part = 0, wan_part = 0, section = 0;
  double pending = 0;
  bool has_pending = false;
  int last_power = -1;     // power of the character just before, -1 after a digit
  bool prev_digit = false;  // the previous character was a non-zero digit
  for (char32_t c : s) {
    int d = chinese_digit(c);
    if (d >= 0) {
      if (prev_digit && d != 0) return std::nullopt;  // 一二百: not one numeral
      if (d == 0) {
        last_power = -1;
        prev_digit = false;
        continue;
      }
      pending = d;
      has_pending = true;
      prev_digit = true;
      continue;
    }
    int p = chinese_power(c);
    prev_digit = false;
    if (p <= 3) {
      double digit = has_pending ? pending : 1;  // 十五: a bare 十 is 一十
      section += digit * std::pow(10.0, p);
    } else if (p == 4) {
      double cur = section + (has_pending ? pending : 0);
      if (cur == 0 && wan_part == 0 && yi_part == 0) return std::nullopt;  // 万 alone
      if (cur == 0) wan_part *= 1e4;  // 万万
      else wan_part += cur * 1e4;
      section = 0;
    } else {
      double cur = wan_part + section + (has_pending ? pending : 0);
      if (cur == 0 && yi_part == 0) return std::nullopt;
      if (cur == 0) yi_part *= 1e8;  // 亿亿
      else yi_part = (yi_part + cur) * 1e8;
      wan_part = 0;
      section = 0;
    }
    pending = 0;
    has_pending = false;
    last_power = p;
    if (!finite_value(yi_part) || !finite_value(wan_part)) return std::nullopt;
  }
  if (has_pending) {
    // 一万二 / 三百五: a last digit right after 百千万 counts in the next lower place.
    if (last_power >= 2 && s.size() >= 2 && chinese_power(s[s.size() - 2]) == last_power)
      pending *= std::pow(10.0, last_power == 8 ? 7 : last_power == 4 ? 3 : last_power - 1);
    section += pending;
  }
  double v = yi_part + wan_part + section;
  if (!finite_value(v)) return std::nullopt;
  return v;
}

/// Chinese numeral with an optional 点 decimal part and 万/亿 after it.
std::optional<double> chinese_number(std::u32string_view s) {
  size_t dot = s.find(U'点');
  if (dot == std::u32string_view::npos) return chinese_integer(s);
  auto whole = chinese_integer(s.substr(0, dot));
  if (!whole) return std::nullopt;
  std::u32string_view rest = s.substr(dot + 1);
  double frac = 0, scale = 0.1;
  size_t k = 0;
  for (; k < rest.size() && chinese_digit(rest[k]) >= 0; ++k) {
    frac += chinese_digit(rest[k]) * scale;
    scale /= 10;
  }
  if (k == 0) return std::nullopt;
  double mult = 1;
  for (; k < rest.size(); ++k) {
    int p = chinese_power(rest[k]);
    if (p < 4) return std::nullopt;
    mult *= std::pow(10.0, p);
  }
  double v = (*whole + frac) * mult;
  if (!finite_value(v)) return std::nullopt;
  return v;
}

}  // namespace

std::optional<double> chinese_value(std::string_view s) { return chinese_number(to_u32(s)); }

std::optional<Numeral> scan_arabic(std::string_view s, size_t i) {
  std::string digits;
  size_t pos = i;
  size_t run = 0;  // digits since the last separator
  bool decimal = false, grouped = false;
  while (pos < s.size()) {
    size_t len = 0;
    char32_t c = code_point_at(s, pos, &len);
    int d = arabic_digit(c);
    if (d >= 0) {
      digits.push_back(static_cast<char>('0' + d));
      ++run;
      pos += len;
      continue;
    }
    if (c == U',' && !decimal && run >= 1 && (grouped ? run == 3 : run <= 3)) {
      // A thousands separator only when exactly three digits follow.
      size_t k = pos + 1, n = 0;
      while (n < 4 && k < s.size() && arabic_digit(static_cast<unsigned char>(s[k])) >= 0) ++k, ++n;
      if (n == 3) {
        grouped = true;
        run = 0;
        pos += 1;
        continue;
      }
      break;
    }
    if ((c == U'.' || c == U'．') && !decimal && run > 0 && pos + len < s.size()) {
      size_t l2 = 0;
      if (arabic_digit(code_point_at(s, pos + len, &l2)) >= 0) {
        digits.push_back('.');
        decimal = true;
        run = 0;
        pos += len;
        continue;
      }
    }
    break;
  }
  if (digits.empty()) return std::nullopt;
  if (grouped && !decimal && run != 3) return std::nullopt;
  double v = 0;
  auto [p, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), v);
  if (ec != std::errc() || p != digits.data() + digits.size() || !finite_value(v)) return std::nullopt;
  Numeral n;
  n.begin = i;
  n.end = pos;
  n.value = v;
  n.decimal = decimal;
  return n;
}

std::optional<Numeral> scan_chinese(std::string_view s, size_t i) {
  std::vector<size_t> ends;  // byte end after each code point of the run
  std::u32string run;
  size_t pos = i;
  while (pos < s.size() && run.size() < 64) {
    size_t len = 0;
    char32_t c = code_point_at(s, pos, &len);
    bool ok = is_chinese_numeral_char(c);
    if (!ok && c == U'点' && !run.empty() && pos + len < s.size()) {
      size_t l2 = 0;
      ok = chinese_digit(code_point_at(s, pos + len, &l2)) >= 0;
    }
    if (!ok) break;
    run.push_back(c);
    pos += len;
    ends.push_back(pos);
  }
  for (size_t n = run.size(); n > 0; --n) {
    std::u32string_view head(run.data(), n);
    if (head.back() == U'点') continue;
    auto v = chinese_number(head);
    if (!v) continue;
    Numeral out;
    out.begin = i;
    out.end = ends[n - 1];
    out.value = *v;
    out.chinese = true;
    out.decimal = head.find(U'点') != std::u32string_view::npos;
    for (char32_t c : head) out.has_power = out.has_power || chinese_power(c) >= 0;
    return out;
  }
  return std::nullopt;
}

std::pair<double, size_t> scan_multiplier(std::string_view s, size_t i) {
  double mult = 1;
  size_t pos = i;
  int count = 0;
  while (pos < s.size() && count < 3) {
    size_t len = 0;
    char32_t c = code_point_at(s, pos, &len);
    int p = chinese_power(c);
    if (p < 2) break;
    mult *= std::pow(10.0, p);
    pos += len;
    ++count;
  }
  return {mult, pos - i};
}

}  // namespace cppcc::quantity

namespace cppcc {

namespace {

std::string_view trim_spaces(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

bool consume(std::string_view& s, std::string_view prefix) {
  if (s.substr(0, prefix.size()) != prefix) return false;
  s.remove_prefix(prefix.size());
  return true;
}

}  // namespace

std::optional<double> parse_numeral(std::string_view s) {
  s = trim_spaces(s);
  if (s.empty() || s.size() > 4096) return std::nullopt;
  double sign = 1;
  if (consume(s, "负") || consume(s, "-") || consume(s, "－")) sign = -1;
  if (s.empty()) return std::nullopt;
  // 三分之一, 百分之五十 (as a fraction: 0.5)
  if (size_t k = s.find("分之"); k != std::string_view::npos && k > 0) {
    auto den = parse_numeral(s.substr(0, k));
    auto num = parse_numeral(s.substr(k + 6));
    if (s.substr(0, k) == "百") den = 100;
    if (s.substr(0, k) == "千") den = 1000;
    if (s.substr(0, k) == "万") den = 10000;
    if (!den || !num || *den == 0 || *den < 0 || *num < 0) return std::nullopt;
    double v = *num / *den;
    if (!std::isfinite(v)) return std::nullopt;
    return sign * v;
  }
  size_t len = 0;
  char32_t first = quantity::code_point_at(s, 0, &len);
  if (quantity::arabic_digit(first) >= 0) {
    auto n = quantity::scan_arabic(s, 0);
    if (!n) return std::nullopt;
    auto [mult, mlen] = quantity::scan_multiplier(s, n->end);
    if (n->end + mlen != s.size()) return std::nullopt;
    double v = n->value * mult;
    if (!std::isfinite(v)) return std::nullopt;
    return sign * v;
  }
  auto v = quantity::chinese_value(s);
  if (!v) return std::nullopt;
  return sign * *v;
}

}  // namespace cppcc
