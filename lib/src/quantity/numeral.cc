// Numerals: Arabic (full-width, separators, decimals), Chinese (simple and
// financial), mixed (1.2万), fractions and percentages written out.
#include "quantity/numeral.h"

#include <charconv>
#include <cmath>
#include <vector>

#include "cppcc/numeral.h"
#include "cppcc/quantity.h"
#include "cppcc/text.h"

namespace cppcc::quantity {

bool ends_at(std::string_view s, size_t pos, std::string_view w) {
  return pos <= s.size() && pos >= w.size() && s.substr(pos - w.size(), w.size()) == w;
}

namespace {


bool finite_value(double v) { return std::isfinite(v) && std::fabs(v) < 1e300; }

/// A numeral as tokens: numbers (a Chinese digit or an Arabic run) and
/// powers (十百千万亿); 零 is a zero number.
struct Token {
  bool power = false;
  int p = 0;         ///< the power of ten when POWER
  double value = 0;  ///< the number otherwise
  bool single_digit = false;  ///< one Chinese digit (一万二 reads 12000)
};

/// Integer value of TOKENS. Digit by digit when there is no power (二〇二五).
std::optional<double> evaluate(const std::vector<Token>& tokens) {
  if (tokens.empty()) return std::nullopt;
  bool any_power = false;
  for (const auto& t : tokens) any_power = any_power || t.power;
  if (!any_power) {
    if (tokens.size() == 1) return tokens[0].value;
    if (tokens.size() > 18) return std::nullopt;
    double v = 0;
    for (const auto& t : tokens) {
      if (!t.single_digit) return std::nullopt;
      v = v * 10 + t.value;
    }
    return v;
  }
  double yi_part = 0, wan_part = 0, section = 0;
  double pending = 0;
  bool has_pending = false, pending_single = false;
  int last_power = -1;     // power of the token just before, -1 after a number
  int section_power = 99;  // smallest 十百千 used in this section: they must fall
  for (size_t k = 0; k < tokens.size(); ++k) {
    const Token& t = tokens[k];
    if (!t.power) {
      if (has_pending && t.value != 0) return std::nullopt;  // 一二百: not one numeral
      if (t.value == 0) {  // 零 keeps the place empty
        last_power = -1;
        continue;
      }
      pending = t.value;
      has_pending = true;
      pending_single = t.single_digit;
      continue;
    }
    const int p = t.p;
    if (p <= 3) {
      if (p >= section_power) return std::nullopt;  // 十一十二
      section_power = p;
      section += (has_pending ? pending : 1) * std::pow(10.0, p);  // 十五: a bare 十 is 一十
    } else if (p == 4) {
      double cur = section + (has_pending ? pending : 0);
      // 万 alone is no numeral (万众); 万亿 is a trillion (突破万亿元).
      const bool leading_wan_yi = k == 0 && k + 1 < tokens.size() && tokens[k + 1].power && tokens[k + 1].p == 8;
      if (leading_wan_yi) cur = 1;
      if (cur == 0 && wan_part == 0 && yi_part == 0) return std::nullopt;
      if (cur == 0) wan_part *= 1e4;  // 万万
      else if (wan_part != 0) return std::nullopt;  // 一万三千万
      else wan_part = cur * 1e4;
      section = 0;
      section_power = 99;
    } else {
      double cur = wan_part + section + (has_pending ? pending : 0);
      if (cur == 0 && yi_part == 0) return std::nullopt;
      if (cur == 0) yi_part *= 1e8;  // 亿亿
      else yi_part = (yi_part + cur) * 1e8;
      wan_part = 0;
      section = 0;
      section_power = 99;
    }
    pending = 0;
    has_pending = false;
    last_power = p;
    if (!finite_value(yi_part) || !finite_value(wan_part)) return std::nullopt;
  }
  if (has_pending) {
    // 一万二 / 三百五: one last digit right after 百千万 counts in the next lower place.
    bool right_after = tokens.size() >= 2 && tokens[tokens.size() - 2].power;
    if (pending_single && right_after && last_power >= 2)
      pending *= std::pow(10.0, last_power == 8 ? 7 : last_power == 4 ? 3 : last_power - 1);
    section += pending;
  }
  double v = yi_part + wan_part + section;
  if (!finite_value(v)) return std::nullopt;
  return v;
}

/// Tokens of a Chinese (or mixed: 7万5千4百, 1千零20) integer numeral.
std::optional<std::vector<Token>> tokenize(std::u32string_view s) {
  std::vector<Token> out;
  for (size_t i = 0; i < s.size();) {
    char32_t c = s[i];
    if (int d = chinese_digit(c); d >= 0) {
      out.push_back({false, 0, static_cast<double>(d), true});
      ++i;
    } else if (int p = chinese_power(c); p >= 0) {
      out.push_back({true, p, 0, false});
      ++i;
    } else if (c == U'廿' || c == U'卅') {  // 廿二 = 二十二
      out.push_back({false, 0, c == U'廿' ? 2.0 : 3.0, true});
      out.push_back({true, 1, 0, false});
      ++i;
    } else if (arabic_digit(c) >= 0) {
      std::string digits;
      while (i < s.size() && (arabic_digit(s[i]) >= 0 || s[i] == U'.' || s[i] == U'．')) {
        digits.push_back(arabic_digit(s[i]) >= 0 ? static_cast<char>('0' + arabic_digit(s[i])) : '.');
        ++i;
      }
      double v = 0;
      auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), v);
      if (ec != std::errc() || ptr != digits.data() + digits.size() || !finite_value(v)) return std::nullopt;
      out.push_back({false, 0, v, false});
    } else {
      return std::nullopt;
    }
  }
  return out;
}

std::optional<double> chinese_integer(std::u32string_view s) {
  auto tokens = tokenize(s);
  if (!tokens) return std::nullopt;
  return evaluate(*tokens);
}

/// Chinese numeral with an optional 点 decimal part and 万/亿 after it.
std::optional<double> chinese_number(std::u32string_view s) {
  size_t dot = s.find_first_of(U"点點");
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

/// The same numeral as an exact decimal: 三点五万 is 35000 without rounding.
std::optional<Decimal> chinese_exact(std::u32string_view s) {
  size_t dot = s.find_first_of(U"点點");
  auto whole = chinese_integer(s.substr(0, dot));
  if (!whole) return std::nullopt;
  auto exact = Decimal::from_double(*whole);  // integers from evaluate() are exact below 2^53
  if (!exact || dot == std::u32string_view::npos) return exact;
  std::u32string_view rest = s.substr(dot + 1);
  std::string frac = ".";
  size_t k = 0;
  for (; k < rest.size() && chinese_digit(rest[k]) >= 0; ++k) frac.push_back(static_cast<char>('0' + chinese_digit(rest[k])));
  if (k == 0) return std::nullopt;
  int places = 0;
  for (; k < rest.size(); ++k) {
    int p = chinese_power(rest[k]);
    if (p < 4) return std::nullopt;
    places += p;
  }
  return exact->plus(*Decimal::parse(frac)).shifted(places);
}

}  // namespace

std::optional<double> chinese_value(std::string_view s) {
  auto exact = chinese_exact(utf8::to_u32(s));
  if (!exact) return std::nullopt;
  double v = exact->to_double();
  if (!finite_value(v)) return std::nullopt;
  return v;
}

Decimal exact_value(std::string_view s, const Numeral& n) {
  std::string_view text = s.substr(n.begin, n.end - n.begin);
  if (n.chinese) return chinese_exact(utf8::to_u32(text)).value_or(Decimal::from_double(n.value).value_or(Decimal()));
  std::string digits;
  for (size_t i = 0; i < text.size();) {
    size_t len = 0;
    char32_t c = code_point_at(text, i, &len);
    if (int d = arabic_digit(c); d >= 0) digits.push_back(static_cast<char>('0' + d));
    else if (c == U'.' || c == U'．') digits.push_back('.');
    i += len;  // ',' separators carry nothing
  }
  return Decimal::parse(digits).value_or(Decimal());
}

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
    if (!ok && (c == U'点' || c == U'點') && !run.empty() && pos + len < s.size()) {
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
    if (head.back() == U'点' || head.back() == U'點') continue;
    auto v = chinese_number(head);
    if (!v) continue;
    Numeral out;
    out.begin = i;
    out.end = ends[n - 1];
    out.value = *v;
    out.chinese = true;
    out.decimal = head.find_first_of(U"点點") != std::u32string_view::npos;
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

int power_of_ten(double multiplier) { return static_cast<int>(std::lround(std::log10(multiplier))); }

}  // namespace cppcc::quantity

namespace cppcc {

namespace {

bool consume_at(std::string_view s, size_t& pos, std::string_view w) {
  if (s.substr(pos, w.size()) != w) return false;
  pos += w.size();
  return true;
}

bool consume(std::string_view& s, std::string_view prefix) {
  if (s.substr(0, prefix.size()) != prefix) return false;
  s.remove_prefix(prefix.size());
  return true;
}

}  // namespace

std::optional<double> parse_numeral(std::string_view input) {
  if (input.empty() || input.size() > 4096) return std::nullopt;
  // Spaces inside a numeral (一百 五 十 二) carry nothing.
  std::string buf;
  for (size_t i = 0; i < input.size();) {
    size_t len = 0;
    char32_t c = quantity::code_point_at(input, i, &len);
    if (c != U' ' && c != U'\t' && c != U'　') buf.append(input.substr(i, len));
    i += len;
  }
  std::string_view s = buf;
  double sign = 1;
  if (consume(s, "负") || consume(s, "負") || consume(s, "-") || consume(s, "－")) sign = -1;
  if (s.empty()) return std::nullopt;
  // 三百五又三分之一: a whole and a fraction
  if (size_t k = s.find("又"); k != std::string_view::npos && k > 0) {
    auto whole = parse_numeral(s.substr(0, k));
    auto frac = parse_numeral(s.substr(k + 3));
    if (!whole || !frac || *whole < 0 || *frac < 0 || *frac >= 1) return std::nullopt;
    return sign * (*whole + *frac);
  }
  // 三分之一, 百分之五十 (as a fraction: 0.5)
  if (size_t k = s.find("分之"); k != std::string_view::npos && k > 0) {
    std::string_view d = s.substr(0, k);
    auto den = d == "百" ? std::optional<double>(100) : d == "千" ? std::optional<double>(1000)
               : d == "万" ? std::optional<double>(10000) : parse_numeral(d);
    auto num = parse_numeral(s.substr(k + 6));
    if (!den || !num || *den <= 0 || *num < 0) return std::nullopt;
    double v = *num / *den;
    if (!std::isfinite(v)) return std::nullopt;
    return sign * v;
  }
  std::string lead;  // .5 → 0.5
  if (!s.empty() && (s.front() == '.')) {
    lead.assign(1, '0');
    lead.append(s);
    s = lead;
  }
  size_t len = 0;
  char32_t first = quantity::code_point_at(s, 0, &len);
  if (quantity::arabic_digit(first) >= 0) {
    auto n = quantity::scan_arabic(s, 0);
    if (!n) return std::nullopt;
    size_t pos = n->end;
    // 500余万, 十多万: the approximation is the caller's business; the value is 500万.
    if (consume_at(s, pos, "余") || consume_at(s, pos, "多")) {}
    auto [mult, mlen] = quantity::scan_multiplier(s, pos);
    if (pos + mlen == s.size() && (mlen > 0 || pos == n->end)) {
      // Scaled exactly, then rounded once: 4.06万亿 is 4060000000000, not …9999.9995.
      double v = quantity::exact_value(s, *n).shifted(quantity::power_of_ten(mult)).to_double();
      if (!std::isfinite(v)) return std::nullopt;
      return sign * v;
    }
  }
  // Chinese, or mixed (7万5千4百, 1千零20).
  std::string plain(s);
  for (std::string_view approx : {"余", "多"}) {
    size_t k = plain.find(approx);
    if (k != std::string::npos && k > 0 && k + approx.size() < plain.size()) {
      size_t l2 = 0;
      if (quantity::chinese_power(quantity::code_point_at(plain, k + approx.size(), &l2)) >= 4)
        plain.erase(k, approx.size());
    }
  }
  auto v = quantity::chinese_value(plain);
  if (!v) return std::nullopt;
  return sign * *v;
}

std::optional<int> small_numeral(std::string_view s) {
  if (s.empty()) return std::nullopt;
  constexpr int kMaxArabic = 100000;
  int arabic = 0, digit = -1, total = 0;
  bool is_arabic = false, is_chinese = false;
  for (size_t i = 0; i < s.size();) {
    size_t len = 1;
    const char32_t c = quantity::code_point_at(s, i, &len);
    i += len;
    if (const int a = quantity::arabic_digit(c); a >= 0 && !is_chinese) {
      is_arabic = true;
      arabic = arabic * 10 + a;
      if (arabic > kMaxArabic) return std::nullopt;
      continue;
    }
    if (is_arabic) return std::nullopt;
    is_chinese = true;
    if (const int d = quantity::chinese_digit(c); d >= 0) {
      digit = digit >= 0 ? digit * 10 + d : d;  // 二〇二五: positional digits
      continue;
    }
    const int power = quantity::chinese_power(c);
    if (power < 1 || power > 3) return std::nullopt;  // up to 千 is plenty for headings and ordinals
    total += (digit < 0 ? 1 : digit) * (power == 1 ? 10 : power == 2 ? 100 : 1000);
    digit = -1;
  }
  if (is_arabic) return arabic;
  if (digit > 0) total += digit;
  return total;
}

std::string chinese_numeral(int n) {
  static constexpr const char* kDigits[] = {"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
  if (n >= 0 && n < 10) return kDigits[n];
  if (n >= 10 && n < 100)
    return (n / 10 == 1 ? std::string() : std::string(kDigits[n / 10])) + "十" + (n % 10 ? kDigits[n % 10] : "");
  return std::to_string(n);
}

}  // namespace cppcc
