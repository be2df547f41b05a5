// The ICU wrapper: byte offsets in and out, and the per-thread cache of the
// UTF-16 copy must never answer for a text that merely sits at the same address.
#include <doctest/doctest.h>

#include <string>

#include "parse/uregex.h"

using cppcc::parse::Regex;

TEST_SUITE("parse") {
  TEST_CASE("regex offsets are bytes of the UTF-8 text") {
    const Regex re("([一二三四五六七八九十]+)、");
    auto m = re.search("工作回顾二、今年");
    REQUIRE(m);
    CHECK(m->str(1) == "二");
    CHECK(m->begin() == std::string("工作回顾").size());
  }

  TEST_CASE("a buffer rewritten in place with text of the same length is converted again") {
    const Regex re("乙");
    std::string text = "甲乙丙";
    auto first = re.search(text);
    REQUIRE(first);
    CHECK(first->begin() == 3);
    text = "乙甲丙";  // same size, same buffer
    auto second = re.search(text);
    REQUIRE(second);
    CHECK(second->begin() == 0);
    text = "甲丙丙";
    CHECK_FALSE(re.search(text));
    CHECK_FALSE(re.prefix(text));
  }

  TEST_CASE("more texts than the cache holds, alternating, all answer right") {
    const Regex re("[0-9]+");
    const std::string texts[] = {"a1", "bb22", "ccc333", "dddd4444", "eeeee55555", "a1"};
    for (int round = 0; round < 3; ++round)
      for (const auto& t : texts) {
        auto m = re.search(t);
        REQUIRE(m);
        CHECK(m->begin() == t.find_first_of("0123456789"));
        CHECK(m->end() == t.size());
      }
  }

  TEST_CASE("a text above the cache bound is matched without being kept") {
    std::string big(100 * 1024, 'x');
    big += "年";
    const Regex re("年");
    auto m = re.search(big);
    REQUIRE(m);
    CHECK(m->begin() == 100 * 1024);
    CHECK(re.all(big).size() == 1);
  }
}
