// SourceMap: the per-byte source offsets of a derived text, stored as runs.
#include <doctest/doctest.h>

#include <vector>

#include "cppcc/reflow.h"
#include "cppcc/source_map.h"
#include "cppcc/text.h"

TEST_SUITE("text") {
  TEST_CASE("SourceMap answers like the vector it replaces") {
    const std::vector<uint32_t> offsets = {10, 11, 12, 40, 40, 40, 41, 7, 8, 100};
    cppcc::SourceMap m;
    for (uint32_t o : offsets) m.push_back(o);
    REQUIRE(m.size() == offsets.size());
    for (size_t i = 0; i < offsets.size(); ++i) CHECK(m[i] == offsets[i]);
    CHECK(m.back() == 100);
    CHECK(m.runs() == 6);  // 10-12 | 40 | 40 | 40-41 | 7-8 | 100
    std::vector<uint32_t> iterated(m.begin(), m.end());
    CHECK(iterated == offsets);
    m.truncate(5);
    CHECK(m.size() == 5);
    CHECK(m.back() == 40);
    m.push_back(41);  // continues the last run again
    CHECK(m[5] == 41);
    m.truncate(99);  // larger: nothing changes
    CHECK(m.size() == 6);
  }

  TEST_CASE("a paragraph from one stretch of the file is one run") {
    std::string line;
    for (int i = 0; i < 20000; ++i) line += "政协委员积极履职。";
    auto src = cppcc::SourceText::from_utf8("one-line.txt", "一、工作回顾\n" + line + "\n");
    const auto paras = cppcc::reflow(src);
    REQUIRE(paras.size() == 2);
    CHECK(paras[1].source.size() == line.size());
    CHECK(paras[1].source.runs() == 1);
    CHECK(paras[1].source[0] == std::string("一、工作回顾\n").size());
  }
}
