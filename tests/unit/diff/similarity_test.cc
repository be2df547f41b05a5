#include <doctest/doctest.h>

#include "cppcc/diff.h"
#include "diff/diff_util.h"
#include "unit/diff/diff_test_support.h"

namespace cppcc {

using diff_test::qualified;
using diff_test::quantity;

TEST_SUITE("diff") {
  TEST_CASE("names that end alike but name other things before it are apart") {
    using diff_detail::subjects_apart;
    CHECK(subjects_apart("制造业增加值增长", "汽车产业增加值增长"));
    CHECK(subjects_apart("进出口总值增长", "地区生产总值增长"));
    CHECK(subjects_apart("固定资产投资增长", "工业投资增长"));
    CHECK_FALSE(subjects_apart("城镇调查失业率", "调查失业率"));        // one is the other's ending
    CHECK_FALSE(subjects_apart("居民消费价格涨幅", "居民消费价格上涨"));  // no common ending
    CHECK_FALSE(subjects_apart("省级以上专精特新中小企业", "省级以上专精特新企业"));
    CHECK_FALSE(subjects_apart("能耗", "能耗"));
  }

  TEST_CASE("indicators are folded: quotes, spaces, digits, full width") {
    CHECK(normalize_indicator("开展“三会一课”") == "开展三会一课");
    CHECK(normalize_indicator(" 2024年 工作 ") == "#年工作");
    CHECK(normalize_indicator("ＧＤＰ增长") == "gdp增长");
    CHECK(normalize_indicator("") == "");
  }

  TEST_CASE("bigram similarity is 1 for equal, 0 for disjoint, between otherwise") {
    CHECK(bigram_similarity("城镇新增就业", "城镇新增就业") == doctest::Approx(1.0));
    CHECK(bigram_similarity("城镇新增就业", "国防预算") == doctest::Approx(0.0));
    double s = bigram_similarity("城镇新增就业", "城镇新增就业人数");
    CHECK(s > 0.7);
    CHECK(s < 1.0);
    CHECK(bigram_similarity("", "") == doctest::Approx(1.0));
  }

  TEST_CASE("a rounded restatement is not a change") {
    Quantity exact = quantity("社情民意", 5992, "件", "5992件");
    CHECK(is_restatement(qualified(quantity("社情民意", 6000, "件", "近六千件"), "近"), exact));
    CHECK(is_restatement(exact, qualified(quantity("社情民意", 6000, "件", "近六千件"), "近")));
    CHECK(is_restatement(qualified(quantity("资金", 13e6, "元", "超1300万元"), "超"),
                         quantity("资金", 13.5e6, "元", "1350万元")));
    CHECK(is_restatement(qualified(quantity("x", 100, "场", "约100场"), "约"), quantity("x", 96, "场", "96场")));
  }

  TEST_CASE("a real change, another unit or no qualifier is not a restatement") {
    Quantity exact = quantity("社情民意", 5992, "件", "5992件");
    // 近 says "a little under": 6100 is over.
    CHECK_FALSE(is_restatement(qualified(quantity("社情民意", 6000, "件", "近六千件"), "近"),
                               quantity("社情民意", 6100, "件", "6100件")));
    CHECK_FALSE(is_restatement(qualified(quantity("社情民意", 6000, "件", "近六千件"), "近"),
                               quantity("社情民意", 4000, "件", "4000件")));
    CHECK_FALSE(is_restatement(quantity("社情民意", 6000, "件", "6000件"), exact));
    CHECK_FALSE(is_restatement(qualified(quantity("批示", 1000, "人次", "逾千人次"), "逾"),
                               quantity("批示", 1020, "次", "1020次")));
    CHECK_FALSE(is_restatement(exact, exact));
  }
}

}  // namespace cppcc
