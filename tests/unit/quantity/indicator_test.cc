// Indicator conventions of docs/quantities.md on sentences written for the
// test (none is taken from a gold file): payers of funds, shares of a whole,
// list heads after a time word, opening verbs, attributes, spans of years.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "cppcc/quantity.h"

namespace {

std::vector<cppcc::QuantityMatch> quantities(const std::string& text, bool in_plan = false) {
  static auto ex = cppcc::QuantityExtractor::create();
  REQUIRE(ex);
  return ex->extract(text, {}, in_plan).quantities;
}

std::string indicator(const std::string& text, const std::string& surface) {
  for (const auto& q : quantities(text))
    if (q.surface == surface) return q.indicator;
  FAIL_CHECK("no quantity " << surface << " in " << text);
  return {};
}

}  // namespace

TEST_SUITE("quantity") {
  TEST_CASE("indicator: a fund is named with the payer that opens its clause") {
    CHECK(indicator("省级财政安排30亿元乡村振兴资金。", "30亿元") == "省级财政乡村振兴资金");
    // A span of years and the paying verb between payer and fund go.
    CHECK(indicator("市级财政三年投入教育发展基金12亿元。", "12亿元") == "市级财政教育发展基金");
    // Not a fund, or a payer inside the name already: unchanged.
    CHECK(indicator("省级财政支出增长4%，中央财政赤字1.2万亿元。", "1.2万亿元") == "中央财政赤字");
    CHECK(indicator("地方财政安排120亿元用于修路。", "120亿元") != "地方财政用于修路");
  }

  TEST_CASE("indicator: a share keeps the whole written before it") {
    CHECK(indicator("全市出口占全国12.5%的份额。", "12.5%") == "全国份额");
    CHECK(indicator("本省贡献了全球7%的造船订单。", "7%") == "全球造船订单");
    CHECK(indicator("完成了80%的改造任务量。", "80%") == "改造任务量");  // no whole written
  }

  TEST_CASE("indicator: a time word opening the clause does not split a list of short nouns") {
    CHECK(indicator("今年二氧化碳、甲烷排放量要下降4%。", "4%") == "二氧化碳、甲烷排放量");
  }

  TEST_CASE("indicator: opening verbs, modifiers and attributes") {
    // 治理, 拆除 open the name as actions, but inside a name they are nouns.
    CHECK(indicator("拆除违规广告牌3000处。", "3000处") == "违规广告牌");
    CHECK(indicator("治理黑臭水体120条。", "120条") == "黑臭水体");
    CHECK(indicator("建成城市治理平台应用20项。", "20项") == "城市治理平台应用");
    CHECK(indicator("企业研发投入强度2.8%。", "2.8%") == "企业研发投入强度");
    // A verb after 重点 inside the name describes the noun.
    CHECK(indicator("今年安排市重点建设项目300个。", "300个") == "市重点建设项目");
    // 在建 describes the noun after the number; 在 alone ends it.
    CHECK(indicator("加快推进50个在建水利工程。", "50个") == "在建水利工程");
    // After 等, 各类 only sums the list up.
    CHECK(indicator("争取专项债券等各类上级资金80亿元。", "80亿元") == "上级资金");
  }

  TEST_CASE("indicator: a span of years before a bare change borrows the noun") {
    auto qs = quantities("民营企业达到120万户，三年增加40%。");
    REQUIRE(qs.size() == 2);
    CHECK(qs[1].indicator == "民营企业");
    REQUIRE(qs[1].change);
    CHECK(qs[1].change->direction == "up");
  }

  TEST_CASE("indicator: a level after a change names the subject; a burden cut is relief") {
    auto qs = quantities("个体工商户净增12万户、突破300万户。");
    REQUIRE(qs.size() == 2);
    CHECK(qs[0].indicator == "个体工商户");
    REQUIRE(qs[0].change);
    CHECK(qs[0].change->direction == "up");
    CHECK(qs[1].indicator == "个体工商户");
    CHECK_FALSE(qs[1].change);
    // 日均 keeps its verb like 年均: an average daily rate is a figure of its own.
    CHECK(indicator("新登记企业日均净增800户。", "800户") == "新登记企业日均净增");
    // Cutting a burden gives relief, a flow: the verb stays and no change is stated.
    auto relief = quantities("今年再减少小微企业税负120亿元。");
    REQUIRE(relief.size() == 1);
    CHECK(relief[0].indicator == "减少小微企业税负");
    CHECK_FALSE(relief[0].change);
    CHECK(quantities("压减钢铁产能800万吨。")[0].change);  // a capacity is a level
  }

  TEST_CASE("indicator: a level of level words only names the figure before it") {
    auto qs = quantities("新增3个国家级开发区、累计达12个。");
    REQUIRE(qs.size() == 2);
    CHECK(qs[1].indicator == "国家级开发区");
    // After a growth rate the level names the subject without 增长.
    auto gdp = quantities("地区生产总值增长6.1%、达到8600亿元。");
    REQUIRE(gdp.size() == 2);
    CHECK(gdp[0].indicator == "地区生产总值增长");
    CHECK(gdp[1].indicator == "地区生产总值");
    // A flow verb in the name goes: the level counts all of them, not the new ones.
    auto parks = quantities("新建口袋公园40个，累计达到520个。");
    REQUIRE(parks.size() == 2);
    CHECK(parks[0].indicator == "新建口袋公园");
    CHECK(parks[1].indicator == "口袋公园");
    // A count of another unit is no level of it: 3个台阶 does not name 1.2万亿元.
    CHECK(quantities("全市经济总量连续跨上3个千亿元台阶、达1.2万亿元。").back().indicator != "千亿元台阶");
  }

  TEST_CASE("indicator: 研究 inside a noun after the number does not end it") {
    CHECK(indicator("新建12个应用研究中心。", "12个") == "应用研究中心");
    CHECK(indicator("推动30件委员提案研究办理。", "30件") == "委员提案");  // 研究办理 still ends it
  }

  TEST_CASE("indicator: 影响 and 改造升级 after the noun are its predicate") {
    CHECK(indicator("今年抵御了4个强台风影响。", "4个") == "强台风");
    CHECK(indicator("推动8个老旧商业街区改造升级。", "8个") == "老旧商业街区");
  }

  TEST_CASE("indicator: beneficiaries are named by the system set up before them") {
    CHECK(indicator("长期护理保险制度全面建立、已有30多万人次受益。", "30多万人次") == "长期护理保险受益");
    CHECK(indicator("建立困难群众临时救助制度，惠及12万人。", "12万人") == "困难群众临时救助惠及");
    // Without a system, or after a figure of its own, the verb stays alone.
    CHECK(indicator("改造老旧小区870个、惠及10万余户。", "10万余户") == "惠及");
  }
}
