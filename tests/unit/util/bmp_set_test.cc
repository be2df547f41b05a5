// BmpSet: one bit per Basic Multilingual Plane code point.
#include "util/bmp_set.h"

#include <doctest/doctest.h>

using cppcc::util::BmpSet;

TEST_CASE("BmpSet holds the code points added, and nothing outside the BMP") {
  BmpSet s;
  s.add(U'两');
  s.add(U'A');
  s.add(U'\U00020000');  // outside the BMP: not kept
  CHECK(s.contains(U'两'));
  CHECK(s.contains(U'A'));
  CHECK_FALSE(s.contains(U'B'));
  CHECK_FALSE(s.contains(U'\U00020000'));
  CHECK_FALSE(s.contains(U'\U00010000' + U'两'));  // the same low 16 bits, another plane
}
