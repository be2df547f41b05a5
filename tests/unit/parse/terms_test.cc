// Extract's terms are the segmenter's one keyword count over the body.
#include <doctest/doctest.h>

#include <algorithm>

#include "cppcc/parse.h"
#include "test_support.h"

namespace {

const cppcc::Resources& resources() {
  static const auto res = cppcc::Resources::load();
  REQUIRE(res.ok());
  return **res;
}

}  // namespace

TEST_SUITE("parse") {
  TEST_CASE("terms are cppcc-segment's keyword counts over the body paragraphs, Latin runs included") {
    const auto src = cppcc::SourceText::from_utf8(
        "draft.txt", "各位委员：\n推进AI赋能社情民意工作，AI助力社情民意收集。\n加强社情民意信息报送。\n");
    const cppcc::Report r = cppcc::parse_report(src, resources());
    std::vector<std::string_view> body;
    for (const auto& p : r.paragraphs) body.push_back(p.text);
    const auto counts = resources().segmenter.keyword_counts(body, 50);
    REQUIRE(r.terms.size() == counts.size());
    for (size_t i = 0; i < counts.size(); ++i) {
      CHECK(r.terms[i].word == counts[i].word);
      CHECK(r.terms[i].count == static_cast<int>(counts[i].count));
    }
    CHECK(std::any_of(r.terms.begin(), r.terms.end(), [](const cppcc::Term& t) { return t.word == "AI"; }));
  }
}
