#include <doctest/doctest.h>

#include "cppcc/normalize.h"
#include "cppcc/sentence.h"

TEST_SUITE("text") {
  TEST_CASE("NFC composes decomposed text and maps it back") {
    auto n = cppcc::normalize_nfc("Cafe\xCC\x81 政协");
    CHECK(n.text == "Caf\xC3\xA9 政协");
    REQUIRE(n.source.size() == n.text.size());
    CHECK(n.source[3] == 3);
    CHECK(n.source[5] == 6);  // the space after é
  }

  TEST_CASE("CJK text passes through NFC unchanged") {
    const std::string s = "中国人民政治协商会议，２０２５年。";
    CHECK(cppcc::normalize_nfc(s).text == s);
  }

  TEST_CASE("sentences split on 。！？； but not inside quotes") {
    const std::string t = "他说：“好。我们走。”然后离开。真的吗？是的";  // 。 inside quotes never ends the outer sentence
    auto r = cppcc::split_sentences(t);
    REQUIRE(r.size() == 3);
    CHECK(t.substr(r[0].begin, r[0].end - r[0].begin) == "他说：“好。我们走。”然后离开。");
    CHECK(t.substr(r[1].begin, r[1].end - r[1].begin) == "真的吗？");
    CHECK(t.substr(r[2].begin, r[2].end - r[2].begin) == "是的");
  }

  TEST_CASE("an unmatched quote does not swallow the rest of the paragraph") {
    const std::string t = "开展“委员讲堂活动。召开会议。";
    CHECK(cppcc::split_sentences(t).size() == 2);
  }

  TEST_CASE("half-width marks end sentences after CJK but a decimal point does not") {
    const std::string t = "增长6.7%.下一句!";
    auto r = cppcc::split_sentences(t);
    CHECK(r.size() == 1);  // '.' after % is not after CJK
    CHECK(cppcc::split_sentences("好.再见").size() == 2);
  }
}
