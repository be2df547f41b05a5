// Exact decimals for quantity values (see cppcc/decimal.h).
#include "cppcc/decimal.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>

namespace cppcc {

namespace {

// Plain text with more zeros than this would be a pathological numeral
// (亿亿亿…); it keeps its digits but the shift stops growing the text.
constexpr int kMaxExponent = 4096;

}  // namespace

Decimal::Decimal(std::string digits, int exponent, bool negative)
    : digits_(std::move(digits)), exponent_(exponent), negative_(negative) {
  normalize();
}

void Decimal::normalize() {
  size_t lead = digits_.find_first_not_of('0');
  if (lead == std::string::npos) {
    digits_.clear();
    exponent_ = 0;
    negative_ = false;
    return;
  }
  digits_.erase(0, lead);
  size_t last = digits_.find_last_not_of('0');
  exponent_ += static_cast<int>(digits_.size() - 1 - last);
  digits_.resize(last + 1);
}

std::optional<Decimal> Decimal::parse(std::string_view text) {
  if (text.empty() || text.size() > 4096) return std::nullopt;
  bool negative = false;
  if (text.front() == '-') {
    negative = true;
    text.remove_prefix(1);
  }
  std::string digits;
  int exponent = 0;
  bool point = false, any = false;
  for (char c : text) {
    if (c == '.' && !point) {
      point = true;
    } else if (c >= '0' && c <= '9') {
      digits.push_back(c);
      any = true;
      if (point) --exponent;
    } else {
      return std::nullopt;
    }
  }
  if (!any) return std::nullopt;
  return Decimal(std::move(digits), exponent, negative);
}

std::optional<Decimal> Decimal::from_double(double v) {
  if (!std::isfinite(v)) return std::nullopt;
  char buf[64];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed);
  if (ec != std::errc()) return std::nullopt;
  // fixed gives the shortest digits that round-trip, in plain notation.
  return parse(std::string_view(buf, static_cast<size_t>(end - buf)));
}

Decimal Decimal::shifted(int places) const {
  if (is_zero()) return *this;
  Decimal out = *this;
  out.exponent_ = std::clamp(exponent_ + places, -kMaxExponent, kMaxExponent);
  return out;
}

Decimal Decimal::negated() const {
  Decimal out = *this;
  if (!is_zero()) out.negative_ = !negative_;
  return out;
}

namespace {

/// Digits of A and B at the common exponent E (the smaller one).
std::pair<std::string, std::string> aligned(const std::string& a, int ea, const std::string& b, int eb, int* e) {
  *e = std::min(ea, eb);
  std::string x = a + std::string(static_cast<size_t>(ea - *e), '0');
  std::string y = b + std::string(static_cast<size_t>(eb - *e), '0');
  size_t n = std::max(x.size(), y.size());
  x.insert(0, n - x.size(), '0');
  y.insert(0, n - y.size(), '0');
  return {x, y};
}

std::string add_digits(const std::string& x, const std::string& y) {
  std::string out(x.size() + 1, '0');
  int carry = 0;
  for (size_t k = x.size(); k-- > 0;) {
    int s = (x[k] - '0') + (y[k] - '0') + carry;
    out[k + 1] = static_cast<char>('0' + s % 10);
    carry = s / 10;
  }
  out[0] = static_cast<char>('0' + carry);
  return out;
}

/// X − Y for X ≥ Y (same length).
std::string subtract_digits(const std::string& x, const std::string& y) {
  std::string out(x.size(), '0');
  int borrow = 0;
  for (size_t k = x.size(); k-- > 0;) {
    int d = (x[k] - '0') - (y[k] - '0') - borrow;
    borrow = d < 0;
    out[k] = static_cast<char>('0' + (d + 10) % 10);
  }
  return out;
}

}  // namespace

Decimal Decimal::plus(const Decimal& other) const {
  if (other.is_zero()) return *this;
  if (is_zero()) return other;
  // Far-apart exponents would make huge strings; such sums do not come from numerals.
  if (std::abs(exponent_ - other.exponent_) > kMaxExponent) return *this;
  int e = 0;
  auto [x, y] = aligned(digits_, exponent_, other.digits_, other.exponent_, &e);
  if (negative_ == other.negative_) return Decimal(add_digits(x, y), e, negative_);
  if (x >= y) return Decimal(subtract_digits(x, y), e, negative_);
  return Decimal(subtract_digits(y, x), e, other.negative_);
}

int Decimal::compare(const Decimal& other) const {
  if (negative_ != other.negative_) return negative_ ? -1 : 1;
  const int sign = negative_ ? -1 : 1;
  if (is_zero() || other.is_zero()) return is_zero() == other.is_zero() ? 0 : (is_zero() ? -sign : sign);
  // Magnitude by the position of the leading digit, then digit by digit.
  long top = static_cast<long>(digits_.size()) + exponent_;
  long other_top = static_cast<long>(other.digits_.size()) + other.exponent_;
  if (top != other_top) return top < other_top ? -sign : sign;
  size_t n = std::max(digits_.size(), other.digits_.size());
  for (size_t k = 0; k < n; ++k) {
    char a = k < digits_.size() ? digits_[k] : '0';
    char b = k < other.digits_.size() ? other.digits_[k] : '0';
    if (a != b) return a < b ? -sign : sign;
  }
  return 0;
}

std::string Decimal::to_string() const {
  if (is_zero()) return "0";
  std::string out = negative_ ? "-" : "";
  if (exponent_ >= 0) {
    out += digits_;
    out.append(static_cast<size_t>(exponent_), '0');
    return out;
  }
  const size_t frac = static_cast<size_t>(-exponent_);
  if (frac >= digits_.size()) {
    out += "0.";
    out.append(frac - digits_.size(), '0');
    out += digits_;
  } else {
    out.append(digits_, 0, digits_.size() - frac);
    out += '.';
    out.append(digits_, digits_.size() - frac, std::string::npos);
  }
  return out;
}

double Decimal::to_double() const {
  if (is_zero()) return 0;
  // Most report figures have few digits: an integer below 2^53 and a power of
  // ten up to 10^22 are both exact doubles, so one multiply or divide rounds
  // correctly, as from_chars would.
  static constexpr double kPowers[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                       1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
  if (digits_.size() <= 15 && exponent_ >= -22 && exponent_ <= 22) {
    double m = 0;
    for (char c : digits_) m = m * 10 + (c - '0');
    double v = exponent_ >= 0 ? m * kPowers[exponent_] : m / kPowers[-exponent_];
    return negative_ ? -v : v;
  }
  // from_chars rounds correctly to the nearest double.
  std::string text = digits_ + "e" + std::to_string(exponent_);
  double v = 0;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (ec == std::errc::result_out_of_range) v = exponent_ > 0 ? HUGE_VAL : 0.0;
  return negative_ ? -v : v;
}

}  // namespace cppcc
