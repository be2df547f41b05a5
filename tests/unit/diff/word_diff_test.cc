#include <doctest/doctest.h>

#include <random>

#include "cppcc/diff.h"
#include "unit/diff/diff_test_support.h"

namespace cppcc {
namespace {

std::vector<DiffToken> toks(const std::vector<std::string>& words) {
  std::vector<DiffToken> out;
  for (const auto& w : words) out.push_back({w, true});
  return out;
}

std::string side(const std::vector<WordEdit>& edits, EditOp skip) {
  std::string out;
  for (const auto& e : edits)
    if (e.op != skip) out += e.text;
  return out;
}

size_t lcs_length(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  std::vector<std::vector<size_t>> t(a.size() + 1, std::vector<size_t>(b.size() + 1, 0));
  for (size_t i = 1; i <= a.size(); ++i)
    for (size_t j = 1; j <= b.size(); ++j)
      t[i][j] = a[i - 1] == b[j - 1] ? t[i - 1][j - 1] + 1 : std::max(t[i - 1][j], t[i][j - 1]);
  return t[a.size()][b.size()];
}

}  // namespace

TEST_SUITE("diff") {
  TEST_CASE("identical token lists are one equal run") {
    auto e = diff_tokens(toks({"加强", "理论", "学习"}), toks({"加强", "理论", "学习"}));
    REQUIRE(e.size() == 1);
    CHECK(e[0].op == EditOp::kEqual);
    CHECK(e[0].text == "加强理论学习");
  }

  TEST_CASE("a replaced word shows as one deletion and one insertion") {
    auto e = diff_tokens(toks({"立案", "314", "件"}), toks({"立案", "320", "件"}));
    REQUIRE(e.size() == 4);
    CHECK(e[0].text == "立案");
    CHECK(e[1].op == EditOp::kDelete);
    CHECK(e[1].text == "314");
    CHECK(e[2].op == EditOp::kInsert);
    CHECK(e[2].text == "320");
    CHECK(e[3].text == "件");
  }

  TEST_CASE("empty sides are all inserted or all deleted") {
    auto ins = diff_tokens({}, toks({"a", "b"}));
    REQUIRE(ins.size() == 1);
    CHECK(ins[0].op == EditOp::kInsert);
    auto del = diff_tokens(toks({"a", "b"}), {});
    REQUIRE(del.size() == 1);
    CHECK(del[0].op == EditOp::kDelete);
    CHECK(diff_tokens({}, {}).empty());
  }

  TEST_CASE("the diff is a longest common subsequence and rebuilds both sides") {
    std::mt19937 rng(7);
    const std::vector<std::string> alphabet = {"甲", "乙", "丙", "丁", "戊"};
    for (int round = 0; round < 200; ++round) {
      std::vector<std::string> a, b;
      size_t na = rng() % 14, nb = rng() % 14;
      for (size_t i = 0; i < na; ++i) a.push_back(alphabet[rng() % alphabet.size()]);
      for (size_t i = 0; i < nb; ++i) b.push_back(alphabet[rng() % alphabet.size()]);
      auto edits = diff_tokens(toks(a), toks(b));
      std::string ja, jb;
      for (auto& w : a) ja += w;
      for (auto& w : b) jb += w;
      CHECK(side(edits, EditOp::kInsert) == ja);
      CHECK(side(edits, EditOp::kDelete) == jb);
      size_t kept = 0;
      for (const auto& e : edits)
        if (e.op == EditOp::kEqual) kept += e.text.size() / 3;  // each token is one 3-byte character
      CHECK(kept == lcs_length(a, b));
    }
  }
}

}  // namespace cppcc
