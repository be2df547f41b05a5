/// \file
/// An exact decimal number: integer digits × 10^exponent. Report figures are
/// decimal numerals scaled by 万/亿; a binary double turns 4.06万亿 into
/// 4059999999999.9995, so the model keeps the exact form beside the double.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace cppcc {

class Decimal {
 public:
  Decimal() = default;  ///< zero

  /// ASCII digits with at most one '.', an optional leading '-' ("4.06",
  /// "-12", "0.5"); nullopt for anything else or more than 4096 characters.
  static std::optional<Decimal> parse(std::string_view text);
  /// The decimal the shortest round-trip text of V names (exact for every
  /// whole number below 2^53); nullopt for NaN and infinities.
  static std::optional<Decimal> from_double(double v);

  /// This × 10^places: 4.06 shifted by 12 (万亿) is 4060000000000.
  Decimal shifted(int places) const;
  /// The exact sum (1万 + 6千 = 16000).
  Decimal plus(const Decimal& other) const;
  Decimal negated() const;

  /// The shortest plain text of the value: no exponent, no trailing zeros
  /// after the point, "0" for zero ("4060000000000", "0.25", "-3.5").
  std::string to_string() const;
  /// The double nearest to the value.
  double to_double() const;
  bool is_zero() const { return digits_.empty(); }
  bool negative() const { return negative_; }
  int compare(const Decimal& other) const;

  friend bool operator==(const Decimal& a, const Decimal& b) {
    return a.negative_ == b.negative_ && a.exponent_ == b.exponent_ && a.digits_ == b.digits_;
  }
  friend bool operator<(const Decimal& a, const Decimal& b) { return a.compare(b) < 0; }

 private:
  Decimal(std::string digits, int exponent, bool negative);
  void normalize();  ///< no leading zeros; trailing zeros moved into the exponent

  std::string digits_;  ///< '0'–'9', no leading or trailing zero; empty for zero
  int exponent_ = 0;
  bool negative_ = false;
};

}  // namespace cppcc
