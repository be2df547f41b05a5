// Stated changes: the verb or rate noun before a number, the base after
// 比/较, and the base an unstated change gets from the figure's period.
#include <doctest/doctest.h>

#include <string>

#include "cppcc/quantity.h"
#include "quantity/change.h"

namespace {

using cppcc::Period;
using cppcc::QuantityExtractor;
using cppcc::StatedChange;
using cppcc::quantity::resolve_change;

const QuantityExtractor& extractor() {
  static const QuantityExtractor x = std::move(QuantityExtractor::create().value());
  return x;
}

/// "base/direction/measure" of the figure whose surface starts with FIGURE in
/// TEXT ("-" for none, "?" when the figure is not found); PERIOD resolves the base.
std::string change_of(const std::string& text, const std::string& figure, bool in_plan = false,
                      std::optional<Period> period = std::nullopt) {
  auto found = extractor().extract(text, {}, in_plan);
  for (const auto& q : found.quantities) {
    if (q.surface.rfind(figure, 0) != 0) continue;
    auto c = resolve_change(q.change, period);
    if (!c) return "-";
    return c->base + "/" + c->direction + "/" + c->measure;
  }
  return "?";
}

}  // namespace

TEST_CASE("change: a verb right before the number states a change") {
  CHECK(change_of("国内生产总值增长6.9%。", "6.9%") == "上年/up/percent");
  CHECK(change_of("单位国内生产总值能耗、水耗均下降20%以上。", "20%") == "上年/down/percent");
  CHECK(change_of("煤炭消费比重下降8.1个百分点。", "8.1") == "上年/down/points");
  CHECK(change_of("中央政府定价项目缩减80%。", "80%") == "上年/down/percent");
  CHECK(change_of("进出口总额增长了1.5倍。", "1.5倍") == "上年/up/times");
  CHECK(change_of("补助标准再增加40元。", "40元") == "上年/up/absolute");
}

TEST_CASE("change: the base as written after 比 or 较") {
  CHECK(change_of("赤字规模4.06万亿元，比上年年初预算增加1800亿元。", "1800") == "上年年初预算/up/absolute");
  CHECK(change_of("办复率达100%，比上年提高2.5个百分点。", "2.5") == "上年/up/points");
  CHECK(change_of("粮食产量较去年增加200亿斤。", "200") == "去年/up/absolute");
  CHECK(change_of("贫困人口比2012年减少6800万人。", "6800") == "2012/down/absolute");
  CHECK(change_of("工业增加值同比增长5%。", "5%") == "上年同期/up/percent");
  CHECK(change_of("赤字率拟按3%安排，比去年预算低0.4个百分点。", "3%") == "-");
  CHECK(change_of("赤字率拟按3%安排，比去年预算低0.4个百分点。", "0.4") == "去年预算/down/points");
  CHECK(change_of("收到提案较上届多30件。", "30") == "上届/up/absolute");
  CHECK(change_of("提案质量高于往年，共5000件。", "5000") == "-");
}

TEST_CASE("change: levels, flows, from–to ends and thresholds state none") {
  CHECK(change_of("关税总水平由9.8%降至7.5%。", "9.8%") == "-");
  CHECK(change_of("关税总水平由9.8%降至7.5%。", "7.5%") == "-");
  CHECK(change_of("研发投入强度提高到2.5%。", "2.5%") == "-");
  CHECK(change_of("城镇新增就业1300万人。", "1300") == "-");
  CHECK(change_of("累计减税3万亿元。", "3万亿元") == "-");
  CHECK(change_of("粮食产量达到1.3万亿斤。", "1.3") == "-");
  CHECK(change_of("国务院部门占比30%。", "30%") == "-");
}

TEST_CASE("change: a rate noun before a percent, and a cut verb before its object") {
  CHECK(change_of("居民消费价格涨幅3%左右。", "3%", true) == "上年/up/percent");
  CHECK(change_of("农村居民收入增长快于经济增速1个百分点。", "1个", true) == "-");
  CHECK(change_of("今年再压减钢铁产能3000万吨左右，退出煤炭产能1.5亿吨左右。", "3000", true) ==
        "上年/down/absolute");
  CHECK(change_of("今年再压减钢铁产能3000万吨左右，退出煤炭产能1.5亿吨左右。", "1.5", true) ==
        "上年/down/absolute");
  CHECK(change_of("退出钢铁产能1.7亿吨以上、煤炭产能8亿吨，安置分流职工110多万人。", "8亿吨") ==
        "上年/down/absolute");
  CHECK(change_of("退出钢铁产能1.7亿吨以上、煤炭产能8亿吨，安置分流职工110多万人。", "110") == "-");
}

TEST_CASE("change: an unstated base over a span of years is the year before it; 年均 is annual") {
  const Period five{2013, 2017, "years"};
  CHECK(change_of("五年来，贫困人口减少6800多万。", "6800", false, five) == "2012/down/absolute");
  CHECK(change_of("五年来，国内生产总值年均增长7.1%。", "7.1%", false, five) == "上年/up/percent");
  CHECK(change_of("国内生产总值增长6.5%左右。", "6.5%", true, Period{2018, 2018, "year"}) == "上年/up/percent");
  CHECK(change_of("2013年以来，森林面积增加1.63亿亩。", "1.63", false, Period{2013, std::nullopt, "since"}) ==
        "2012/up/absolute");
  CHECK(change_of("地区生产总值年均增速5%以上。", "5%", true, Period{2026, 2030, "years"}) == "上年/up/percent");
  CHECK(!resolve_change(std::nullopt, five));
}
