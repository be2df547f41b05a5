// parse_numeral: Arabic, Chinese, mixed, and hostile inputs.
#include <doctest/doctest.h>

#include <cmath>
#include <string>

#include "cppcc/quantity.h"

using cppcc::parse_numeral;

TEST_SUITE("quantity") {
  TEST_CASE("arabic numerals") {
    CHECK(parse_numeral("36") == 36);
    CHECK(parse_numeral("14.6") == doctest::Approx(14.6));
    CHECK(parse_numeral("1,234,567") == 1234567);
    CHECK(parse_numeral("１２３") == 123);
    CHECK(parse_numeral("３．５") == doctest::Approx(3.5));
    CHECK(parse_numeral("0.46") == doctest::Approx(0.46));
    CHECK_FALSE(parse_numeral("1,23"));
    CHECK_FALSE(parse_numeral("12a"));
    CHECK_FALSE(parse_numeral(""));
  }

  TEST_CASE("chinese numerals") {
    CHECK(parse_numeral("十") == 10);
    CHECK(parse_numeral("十五") == 15);
    CHECK(parse_numeral("二十") == 20);
    CHECK(parse_numeral("一百零五") == 105);
    CHECK(parse_numeral("三千零五十二") == 3052);
    CHECK(parse_numeral("两千") == 2000);
    CHECK(parse_numeral("六千") == 6000);
    CHECK(parse_numeral("一万二") == 12000);
    CHECK(parse_numeral("三百五") == 350);
    CHECK(parse_numeral("十万") == 100000);
    CHECK(parse_numeral("三亿五千万") == 350000000);
    CHECK(parse_numeral("一万亿") == 1e12);
    CHECK(parse_numeral("十万亿") == 1e13);
    CHECK(parse_numeral("二〇二五") == 2025);
    CHECK(parse_numeral("壹佰贰拾叁") == 123);
    CHECK(parse_numeral("三点一四") == doctest::Approx(3.14));
    CHECK(parse_numeral("负五") == -5);
    CHECK_FALSE(parse_numeral("一二百"));
    CHECK_FALSE(parse_numeral("万"));
  }

  TEST_CASE("mixed numerals, fractions") {
    CHECK(parse_numeral("14.6亿") == doctest::Approx(1.46e9));
    CHECK(parse_numeral("1.2万") == doctest::Approx(12000));
    CHECK(parse_numeral("134.9万亿") == doctest::Approx(1.349e14));
    CHECK(parse_numeral("三分之一") == doctest::Approx(1.0 / 3));
    CHECK(parse_numeral("百分之五十") == doctest::Approx(0.5));
  }

  TEST_CASE("hostile numerals give a finite value or nothing") {
    std::string big(500, '9');
    auto v = parse_numeral(big);
    CHECK((!v || std::isfinite(*v)));
    auto w = parse_numeral("一千亿亿亿亿亿");
    CHECK((!w || std::isfinite(*w)));
    std::string yi = "一";
    for (int i = 0; i < 300; ++i) yi += "亿";
    auto x = parse_numeral(yi);
    CHECK((!x || std::isfinite(*x)));
    std::string many_tens;
    for (int i = 0; i < 1000; ++i) many_tens += "十";
    auto y = parse_numeral(many_tens);
    CHECK((!y || std::isfinite(*y)));
    CHECK_FALSE(parse_numeral("1e5"));
    CHECK_FALSE(parse_numeral(std::string("\xff\xfe", 2)));
  }
}
