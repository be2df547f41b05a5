// Decimal: exact report values, and the extractor's use of them.
#include <doctest/doctest.h>

#include <string>

#include "cppcc/decimal.h"
#include "cppcc/quantity.h"

namespace {

std::string text_of(std::string_view s) { return cppcc::Decimal::parse(s)->to_string(); }

cppcc::QuantityMatch only(const cppcc::ParagraphQuantities& pq) {
  REQUIRE(pq.quantities.size() == 1);
  return pq.quantities[0];
}

cppcc::ParagraphQuantities extract(const std::string& text) {
  static auto ex = cppcc::QuantityExtractor::create();
  REQUIRE(ex);
  return ex->extract(text, {}, false);
}

}  // namespace

TEST_SUITE("quantity") {
  TEST_CASE("decimal: parse and print the shortest plain text") {
    CHECK(text_of("4.06") == "4.06");
    CHECK(text_of("004.0600") == "4.06");
    CHECK(text_of("0.0") == "0");
    CHECK(text_of("-0") == "0");
    CHECK(text_of("-3.50") == "-3.5");
    CHECK(text_of(".5") == "0.5");
    CHECK(text_of("1200") == "1200");
    CHECK_FALSE(cppcc::Decimal::parse(""));
    CHECK_FALSE(cppcc::Decimal::parse("."));
    CHECK_FALSE(cppcc::Decimal::parse("1.2.3"));
    CHECK_FALSE(cppcc::Decimal::parse("1e5"));
    CHECK_FALSE(cppcc::Decimal::parse(std::string(5000, '1')));
  }

  TEST_CASE("decimal: shifting by 万/亿 is exact where a double is not") {
    auto d = *cppcc::Decimal::parse("4.06");
    CHECK(d.shifted(12).to_string() == "4060000000000");
    CHECK(d.shifted(12).to_double() == 4060000000000.0);
    CHECK(4.06 * 1e12 != 4060000000000.0);  // why the exact form exists
    CHECK(cppcc::Decimal::parse("2.3")->shifted(8).to_string() == "230000000");
    CHECK(cppcc::Decimal::parse("71.21")->shifted(4).to_string() == "712100");
    CHECK(cppcc::Decimal::parse("5")->shifted(-3).to_string() == "0.005");
    CHECK(cppcc::Decimal::parse("1")->shifted(30).to_string() == "1" + std::string(30, '0'));
  }

  TEST_CASE("decimal: sums, comparison, from a double") {
    auto a = *cppcc::Decimal::parse("1"), b = *cppcc::Decimal::parse("0.6");
    CHECK(a.shifted(4).plus(b.shifted(4)).to_string() == "16000");
    CHECK(a.plus(b.negated()).to_string() == "0.4");
    CHECK(b.plus(a.negated()).to_string() == "-0.4");
    CHECK(a.plus(a.negated()).is_zero());
    CHECK(b < a);
    CHECK(a.negated() < b.negated());
    CHECK(cppcc::Decimal::parse("2.50")->compare(*cppcc::Decimal::parse("2.5")) == 0);
    CHECK(cppcc::Decimal::from_double(1200)->to_string() == "1200");
    CHECK(cppcc::Decimal::from_double(0.1)->to_string() == "0.1");
    CHECK_FALSE(cppcc::Decimal::from_double(1.0 / 0.0));
  }

  TEST_CASE("extractor: values are the surface's exact decimal") {
    const auto big = only(extract("赤字规模4.06万亿元。"));
    REQUIRE(big.exact);
    CHECK(big.exact->to_string() == "4060000000000");
    CHECK(big.value == 4060000000000.0);
    CHECK(only(extract("粮食产量2.3亿吨。")).exact->to_string() == "230000000");
    CHECK(only(extract("完成71.21万亩。")).value == 712100.0);
    CHECK(only(extract("新增1万6千多户。")).exact->to_string() == "16000");
    CHECK(only(extract("投资4万多亿元。")).exact->to_string() == "4000000000000");
    CHECK(only(extract("增长三点五万人。")).exact->to_string() == "35000");
    const auto range = only(extract("造林1.1至2.3万亩。"));
    REQUIRE(range.exact_max);
    CHECK(range.exact->to_string() == "11000");
    CHECK(range.exact_max->to_string() == "23000");
    CHECK_FALSE(only(extract("占三分之一。")).exact);  // a fraction has no decimal
  }

  TEST_CASE("parse_numeral rounds once from the exact value") {
    CHECK(*cppcc::parse_numeral("4.06万亿") == 4060000000000.0);
    CHECK(*cppcc::parse_numeral("2.3亿") == 230000000.0);
  }
}

TEST_SUITE("quantity") {
  TEST_CASE("decimal: the fast and the long conversion to double agree") {
    // 15 digits and |exponent| <= 22 take the fast path; the rest from_chars.
    CHECK(cppcc::Decimal::parse("0.1")->to_double() == 0.1);
    CHECK(cppcc::Decimal::parse("123456789012345")->shifted(-7).to_double() == 12345678.9012345);
    CHECK(cppcc::Decimal::parse("1234567890123456789")->to_double() == 1234567890123456789.0);
    CHECK(cppcc::Decimal::parse("7")->shifted(30).to_double() == 7e30);
    CHECK(cppcc::Decimal::parse("-2.5")->to_double() == -2.5);
  }
}
