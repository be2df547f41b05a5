// QuantityExtractor on single paragraphs: values, units, qualifiers, the
// four word orders of indicators, targets, and what is not a quantity.
#include <doctest/doctest.h>

#include <cmath>
#include <string>
#include <vector>

#include "cppcc/quantity.h"

namespace {

const cppcc::QuantityExtractor& extractor() {
  static auto ex = cppcc::QuantityExtractor::create();
  REQUIRE(ex);
  return *ex;
}

std::vector<cppcc::QuantityMatch> quantities(const std::string& text, bool in_plan = false,
                                             const std::vector<std::pair<size_t, size_t>>& excluded = {}) {
  return extractor().extract(text, excluded, in_plan).quantities;
}

/// The one quantity with SURFACE, failing the test when there is none.
cppcc::QuantityMatch find(const std::vector<cppcc::QuantityMatch>& qs, const std::string& surface) {
  for (const auto& q : qs)
    if (q.surface == surface) return q;
  FAIL_CHECK("no quantity " << surface);
  return {};
}

std::string surfaces(const std::vector<cppcc::QuantityMatch>& qs) {
  std::string out;
  for (const auto& q : qs) out += (out.empty() ? "" : "|") + q.surface;
  return out;
}

}  // namespace

TEST_SUITE("quantity") {
  TEST_CASE("values, units and qualifiers") {
    auto qs = quantities("服务本地企业获境外融资14.6亿元，植树面积59万平方米，捐赠价值超1300万元。");
    CHECK(surfaces(qs) == "14.6亿元|59万平方米|超1300万元");
    CHECK(qs[0].value == doctest::Approx(1460000000));
    CHECK(qs[0].unit == "元");
    CHECK(qs[0].kind == "money");
    CHECK(qs[1].value == 590000);
    CHECK(qs[1].unit == "平方米");
    CHECK(qs[1].kind == "area");
    CHECK(qs[2].qualifier == "超");

    auto pct = quantities("部门依时采纳反馈率51%，推动50%以上的政协提案由党派团体提出，比去年预算高0.2个百分点。");
    CHECK(surfaces(pct) == "51%|50%以上|0.2个百分点");
    CHECK(pct[1].qualifier == "以上");
    CHECK(pct[2].unit == "个百分点");

    auto cn = quantities("提出百分之五十一的建议，来稿逾7.5万篇，接待近六千件，新建改建农村公路30多万公里。");
    CHECK(find(cn, "百分之五十一").value == 51);
    CHECK(find(cn, "逾7.5万篇").value == 75000);
    CHECK(find(cn, "近六千件").value == 6000);
    CHECK(find(cn, "近六千件").qualifier == "近");
    auto far = find(cn, "30多万公里");
    CHECK(far.value == 300000);
    CHECK(far.qualifier == "多");
  }

  TEST_CASE("辆次, 艘次 and 千伏 are units") {
    auto qs = quantities("大桥日均车流量超6万辆次，港口接待邮轮80艘次，新建3座220千伏变电站。");
    CHECK(find(qs, "超6万辆次").unit == "辆次");
    CHECK(find(qs, "超6万辆次").indicator == "大桥日均车流量");
    CHECK(find(qs, "80艘次").unit == "艘次");
    CHECK(find(qs, "220千伏").value == 220);  // not 220千 = 220000
  }

  TEST_CASE("次, 件次 and 人次 stay distinct units") {
    auto qs = quantities("获党政领导批示87次、批示67件次，服务群众逾400万人次。");
    CHECK(surfaces(qs) == "87次|67件次|逾400万人次");
    CHECK(qs[0].unit == "次");
    CHECK(qs[1].unit == "件次");
    CHECK(qs[2].unit == "人次");
    CHECK(qs[2].value == 4000000);
  }

  TEST_CASE("ranges and fractions") {
    auto qs = quantities("国内生产总值增长6%－6.5%，比例为15%～30%，开展8至10项调研，压减三分之一以上。");
    auto g = find(qs, "6%－6.5%");
    CHECK(g.value == 6);
    REQUIRE(g.value_max);
    CHECK(*g.value_max == doctest::Approx(6.5));
    CHECK(*find(qs, "15%～30%").value_max == 30);
    auto r = find(qs, "8至10项");
    CHECK(r.value == 8);
    CHECK(*r.value_max == 10);
    auto f = find(qs, "三分之一以上");
    CHECK(f.value == doctest::Approx(1.0 / 3));
    CHECK(f.kind == "fraction");
  }

  TEST_CASE("indicator: number after the noun") {
    auto qs = quantities("开展“三会一课”51次、主题党日活动23次；立案交办提案314件，获党政领导批示87次。");
    CHECK(find(qs, "51次").indicator == "三会一课");
    CHECK(find(qs, "23次").indicator == "主题党日活动");
    CHECK(find(qs, "314件").indicator == "立案交办提案");
    CHECK(find(qs, "87次").indicator == "党政领导批示");
  }

  TEST_CASE("indicator: number before the noun") {
    auto qs = quantities("召开13次全国政协党组会议，由88家承办单位研究办理，推动80条以上一线声音直达党委。");
    CHECK(find(qs, "13次").indicator == "全国政协党组会议");
    CHECK(find(qs, "88家").indicator == "承办单位");
    CHECK(find(qs, "80条以上").indicator == "一线声音");
  }

  TEST_CASE("indicator: one verb over a list, and a list of nouns sharing a count") {
    auto qs = quantities("提交调研协商报告22篇、社情民意99篇，获党政领导批示87次。");
    CHECK(find(qs, "22篇").indicator == "调研协商报告");
    CHECK(find(qs, "99篇").indicator == "社情民意");
    auto shared = quantities("我们全年共开展专题调研、协商、监督等36项。");
    CHECK(shared[0].indicator == "专题调研、协商、监督");
    CHECK(shared[0].qualifier == "全年共");
  }

  TEST_CASE("indicator: nested counts give both quantities") {
    auto qs = quantities("开展专题协商，提出三方面9项对策建议，助力民营企业发展。");
    CHECK(surfaces(qs) == "三方面|9项");
    CHECK(qs[0].value == 3);
    CHECK(qs[0].unit == "方面");
    CHECK(qs[0].indicator == "对策建议");
    CHECK(qs[1].indicator == "对策建议");
  }

  TEST_CASE("indicator: two numbers over one noun") {
    auto qs = quantities("关税总水平由9.8%降至7.5%。财政支出超过23万亿元，增长6.5%。");
    CHECK(find(qs, "9.8%").indicator == "关税总水平");
    CHECK(find(qs, "7.5%").indicator == "关税总水平");
    CHECK(find(qs, "6.5%").indicator == "财政支出增长");
  }

  TEST_CASE("indicator: a share names its part; a topic keeps its 建设") {
    auto qs = quantities("立案提案中，委员提案4534件，占90.6%；其中，经济建设方面提案1985件，占39.7%。");
    CHECK(find(qs, "90.6%").indicator == "委员提案占比");
    CHECK(find(qs, "1985件").indicator == "经济建设方面提案");
    CHECK(find(qs, "39.7%").indicator == "经济建设方面提案占比");
    // 占 with its base named stays as written.
    CHECK(find(quantities("粤港澳大湾区经济总量占全国11%。"), "11%").indicator != "占比");
  }

  TEST_CASE("indicator: forecast and time words are no part of the name") {
    auto q = find(quantities("预计今年高校毕业生超过1170万人。", true), "超过1170万人");
    CHECK(q.indicator == "高校毕业生");
    CHECK(q.status == "forecast");
  }

  TEST_CASE("ranks, compound, bracketed and price units; place names are no counts") {
    auto qs = quantities("地区生产总值居全国第4位，位列第二名，外贸规模全球第8，进入世界500强企业12家，开行中欧班列2619列。");
    CHECK(find(qs, "第4位").kind == "rank");
    CHECK(find(qs, "第4位").value == 4);
    CHECK(find(qs, "第4位").unit == "位");
    CHECK(find(qs, "第二名").value == 2);
    CHECK(find(qs, "第8").kind == "rank");
    CHECK(find(qs, "500强").kind == "rank");
    CHECK(find(qs, "2619列").unit == "列");
    CHECK(surfaces(quantities("召开第三次会议，第5批名单。")) == "");
    auto us = quantities("能耗1600万吨标准煤，新增机器人14.2万台（套），电价降低1分/千瓦时，气价下降3-5分/立方米。");
    CHECK(find(us, "1600万吨标准煤").unit == "吨标准煤");
    CHECK(find(us, "14.2万台（套）").unit == "台（套）");
    CHECK(find(us, "1分/千瓦时").kind == "price");
    CHECK(find(us, "3-5分/立方米").value_max == 5);
    CHECK(surfaces(quantities("三门核电站建成，七门课程开课，开设100门课程。")) == "100门");
    auto ages = quantities("人均预期寿命达到76.7岁，劳动年龄人口平均受教育年限10.5年，60岁以上老人，2025年。");
    CHECK(find(ages, "76.7岁").kind == "age");
    CHECK(find(ages, "10.5年").kind == "duration");
    CHECK(surfaces(ages) == "76.7岁|10.5年");
    CHECK(surfaces(quantities("制定实施大气、水、土壤污染防治三个“十条”。")) == "");
    auto heads = quantities("1100多万学生受益，惠及14亿人口，2185.8万元。");
    CHECK(find(heads, "1100多万").kind == "people");
    CHECK(find(heads, "1100多万").unit == "人");
    CHECK(find(heads, "1100多万").indicator == "学生");
    CHECK(find(heads, "14亿").indicator == "人口");
  }

  TEST_CASE("indicator: a figure that states a change names its subject; growth rates keep 增长") {
    auto qs = quantities("森林面积增加1.63亿亩。退出钢铁产能1.7亿吨以上。国务院部门行政审批事项削减44%。"
                         "煤炭消费比重下降8.1个百分点。国内生产总值增长6.9%。沙化土地面积年均缩减近2000平方公里。"
                         "制造业增加值增长3%。三公经费再压减3%左右。");
    CHECK(find(qs, "1.63亿亩").indicator == "森林面积");
    CHECK(find(qs, "1.63亿亩").change->direction == "up");
    CHECK(find(qs, "1.7亿吨以上").indicator == "钢铁产能");
    CHECK(find(qs, "44%").indicator == "国务院部门行政审批事项");
    CHECK(find(qs, "8.1个百分点").indicator == "煤炭消费比重");
    CHECK(find(qs, "8.1个百分点").change->direction == "down");
    CHECK(find(qs, "6.9%").indicator == "国内生产总值增长");
    CHECK(find(qs, "近2000平方公里").indicator == "沙化土地面积年均缩减");
    CHECK(find(qs, "3%").indicator == "制造业增加值增长");
    CHECK(find(qs, "3%左右").indicator == "三公经费");
    // An action verb ending in a change verb names work done: no change, the verb stays.
    auto work = quantities("今年再完成林分优化提升200万亩。");
    CHECK(find(work, "200万亩").indicator == "林分优化提升");
    CHECK_FALSE(find(work, "200万亩").change);
  }

  TEST_CASE("indicator: fillers, scope words, resultative 好 and a cut verb before the noun") {
    // A filler after the number names nothing: the name is before it, or after it.
    CHECK(find(quantities("今年再完成林分优化提升200万亩、森林抚育提升200万亩任务。"), "200万亩").indicator ==
          "林分优化提升");
    CHECK(find(quantities("在提前完成本届政府减少行政审批事项三分之一目标的基础上，去年又取消165项。"), "三分之一")
              .indicator == "行政审批事项");
    CHECK(find(quantities("一律按不低于5%的幅度压减一般性支出。"), "不低于5%").indicator == "一般性支出");
    // 重点 before a noun is part of the name; before a verb it is an adverb.
    CHECK(find(quantities("重点高校招收贫困地区农村学生人数增长21.3%。"), "21.3%").indicator ==
          "重点高校招收贫困地区农村学生人数增长");
    CHECK(find(quantities("重点开展专题调研12次。"), "12次").indicator == "专题调研");
    // The report's own province or country is no part of the name; the places it sums are.
    CHECK(find(quantities("全省地区生产总值14万亿元。"), "14万亿元").indicator == "地区生产总值");
    CHECK(find(quantities("我国60岁以上人口已达2.5亿。"), "2.5亿").indicator == "60岁以上人口");
    CHECK(find(quantities("全省机场旅客吞吐量1.8亿人次。"), "1.8亿人次").indicator == "全省机场旅客吞吐量");
    CHECK(find(quantities("落实好小规模纳税人增值税起征点从月销售额3万元提高到10万元等税收优惠政策。"), "3万元")
              .indicator == "小规模纳税人增值税起征点");
    CHECK(find(quantities("保持6%一档的税率不变。"), "6%").indicator == "税率");
  }

  TEST_CASE("indicator: proposal stages name the proposals at that stage") {
    auto qs = quantities("截至3月5日20时,共收到提案5898件。经审查,立案5006件,并案160件,转为意见和建议732件。");
    CHECK(find(qs, "5898件").indicator == "收到提案");
    CHECK(find(qs, "5006件").indicator == "立案提案");
    CHECK(find(qs, "160件").indicator == "并案提案");
    CHECK(find(qs, "732件").indicator == "转为意见和建议的提案");
    // The name starts at the stage; a category alone in a paragraph about proposals counts them.
    auto work = quantities("各民主党派和委员共提交提案960件，立案交办提案802件。从内容看，社会建设方面301件，占37.5%。");
    CHECK(find(work, "960件").indicator == "提交提案");
    CHECK(find(work, "802件").indicator == "立案交办提案");
    CHECK(find(work, "301件").indicator == "社会建设方面提案");
    CHECK(find(quantities("聚焦生态环保方面12个重点课题。"), "12个").indicator != "生态环保方面提案");
    // Without proposals in the paragraph a stage word names nothing new.
    CHECK(find(quantities("经审查,立案5006件。"), "5006件").indicator == "立案");
  }

  TEST_CASE("indicator: modals and distributive adverbs before a change verb go; 年均 stays") {
    auto qs = quantities("单位国内生产总值能耗、水耗均下降20%以上。国内生产总值从54万亿元增加到82.7万亿元，年均增长7.1%。");
    CHECK(find(qs, "20%以上").indicator == "单位国内生产总值能耗、水耗");
    CHECK(find(qs, "7.1%").indicator == "国内生产总值年均增长");
    CHECK(find(quantities("一般工商业电价平均降低10%。"), "10%").indicator == "一般工商业电价");
    CHECK(find(quantities("家庭困难学生资助受益4.3亿人次。"), "4.3亿人次").indicator == "家庭困难学生资助受益");
    CHECK(find(quantities("财政赤字率一直控制在3%以内。"), "3%以内").indicator == "财政赤字率");
  }

  TEST_CASE("indicator: proposal counts") {
    auto qs = quantities("经审查，立案736件，并案41件。遴选重点提案24件，由省领导领衔督办9件。立案提案按期办复率保持100%。");
    CHECK(find(qs, "41件").indicator == "并案");
    CHECK(find(qs, "24件").indicator != "遴选重点提案");  // the verb goes (重点 goes too: a leading adverb)
    CHECK(find(qs, "9件").indicator == "省领导领衔督办");
    CHECK(find(qs, "100%").indicator == "立案提案按期办复率");
  }

  TEST_CASE("the from end of a from–to pair in the plan is today's level, not a target") {
    auto qs = quantities("农村自来水普及率从88%提高到92%，关税总水平由9.8%降至7.5%。", true);
    CHECK(find(qs, "88%").status == "outcome");
    CHECK(!find(qs, "88%").is_target);
    CHECK(find(qs, "92%").status == "target");
    CHECK(find(qs, "9.8%").status == "outcome");
    CHECK(find(qs, "7.5%").status == "target");
  }

  TEST_CASE("targets only in the plan part") {
    std::string text = "组织开展8项专题重点调研、8项专题民主监督工作，推动80条以上一线声音直达。";
    for (const auto& q : quantities(text, true)) CHECK(q.is_target);
    for (const auto& q : quantities(text, false)) CHECK_FALSE(q.is_target);
    auto fact = quantities("我国60岁以上人口已达2.5亿，比去年增加400亿元。", true);
    CHECK_FALSE(find(fact, "2.5亿").is_target);
    CHECK(find(fact, "400亿元").is_target);  // 比去年 compares; it is no past marker
  }

  TEST_CASE("not quantities: dates, ordinals, formulations, words, codes") {
    const char* texts[] = {
        "2024年是新中国成立75周年，会议于2025年2月25日召开。",
        "政协第十四届江门市委员会第五次会议，全面贯彻二十届三中全会精神，十四届全国人大二次会议。",
        "领衔督办“一号提案”，举办首届交流活动，用“十个坚持”阐述，落实“1310”具体部署和“1+6+3”工作安排。",
        "一些问题一直存在，统一战线一体化发展，进一步推动，三会一课，一老一小，两岸同胞，一带一路。",
        "建设5G基站，G20峰会，拨打12345热线，PM2.5浓度下降。",
        "一、坚持党的领导（一）强化理论武装 1.加强学习",
        "千方百计帮助企业，惠及千家万户，十分重要，一批意见建议转化为政策。",
        "在“巩固、增强、提升、畅通”八个字上下功夫，利用两个市场两种资源，发挥两个积极性。",
        "围绕“加快推动江门GDP迈向5000亿大关的策略路径”开展专题议政，编纂《江门五邑侨刊乡讯史》。",
    };
    for (const char* t : texts) CHECK_MESSAGE(surfaces(quantities(t)) == "", t);
  }

  TEST_CASE("anniversaries are their own list") {
    auto r = extractor().extract("2024年是新中国成立75周年，同心共庆75载光辉历程。", {}, false);
    CHECK(r.quantities.empty());
    REQUIRE(r.anniversaries.size() == 2);
    CHECK(r.anniversaries[0].years == 75);
    CHECK(r.anniversaries[0].subject == "新中国");
    CHECK(r.anniversaries[1].surface == "75载");
  }

  TEST_CASE("excluded byte ranges yield nothing") {
    std::string text = "开展专题调研36项。";
    size_t at = text.find("36");
    CHECK(quantities(text).size() == 1);
    CHECK(quantities(text, false, {{at, at + 2}}).empty());
    CHECK(quantities(text, false, {{0, text.size()}}).empty());
  }

  TEST_CASE("hostile paragraphs end fast with sane values") {
    std::string digits(500, '9');
    for (const auto& q : quantities("收到" + digits + "件提案")) CHECK(std::isfinite(q.value));
    std::string yi = "收到一千";
    for (int i = 0; i < 200; ++i) yi += "亿";
    yi += "件提案";
    for (const auto& q : quantities(yi)) CHECK(std::isfinite(q.value));
    std::string many;
    for (int i = 0; i < 20000; ++i) many += "12项、";
    CHECK(quantities(many).size() == 20000);
    std::string junk = "\xff\xfe\x80" + std::string(1000, '\xe4') + "三项";
    (void)quantities(junk);  // must not crash
    CHECK(quantities("").empty());
  }

  TEST_CASE("full-width digits and thousands separators") {
    auto qs = quantities("接待来访群众１２３人次，完成投资1,234万元。");
    CHECK(find(qs, "１２３人次").value == 123);
    CHECK(find(qs, "1,234万元").value == 12340000);
  }

  TEST_CASE("scales, shared units, shares and classes") {
    auto qs = quantities("海上风电并网容量超1200万千瓦，外调绿电450亿千瓦时，减轻负担4万多亿元。");
    CHECK(find(qs, "超1200万千瓦").value == 12000000);
    CHECK(find(qs, "超1200万千瓦").unit == "千瓦");
    CHECK(find(qs, "450亿千瓦时").value == doctest::Approx(4.5e10));
    CHECK(find(qs, "4万多亿元").value == doctest::Approx(4e12));
    auto list = quantities("地铁单日最高客运量分别达1409万、1305万人次。");
    CHECK(find(list, "1409万").unit == "人次");
    CHECK(find(list, "1305万人次").indicator == find(list, "1409万").indicator);
    auto share = quantities("无人机产量增长39%、占全国9成。");
    CHECK(find(share, "9成").unit == "成");
    CHECK(surfaces(quantities("培育超千亿元镇，揭阳机场成为超千万人次的机场，良乡校区二期建成，两位数增长。")) == "");
    CHECK(surfaces(quantities("带动超千亿元社会投资。")) == "超千亿元");
    CHECK(surfaces(quantities("落实省委十三届七次、八次全会部署，调整三次产业比重。")) == "");
  }

  TEST_CASE("zero-width characters inside a number and noun-like verbs") {
    auto qs = quantities("国内生产总值达到74.4\u200b万亿元，服务业增加值占国内生产总值比重上升到51.6%。");
    CHECK(find(qs, "74.4\u200b万亿元").value == doctest::Approx(7.44e13));
    CHECK(find(qs, "51.6%").indicator == "服务业增加值占国内生产总值比重");
    auto turn = quantities("工业企业利润由上年下降2.3%转为增长8.5%。");
    CHECK(find(turn, "2.3%").indicator == "工业企业利润");
    CHECK(find(turn, "8.5%").indicator == "工业企业利润");
  }

  TEST_CASE("Arabic digits with Chinese places") {
    auto qs = quantities("日均新设企业由5千多户增加到1万6千多户，里程增加到2万5千公里，出境旅游人次由8300万增加到1亿3千多万。");
    CHECK(find(qs, "5千多户").value == 5000);
    CHECK(find(qs, "1万6千多户").value == 16000);
    CHECK(find(qs, "2万5千公里").value == 25000);
    CHECK(find(qs, "1亿3千多万").value == doctest::Approx(1.3e8));
    CHECK(surfaces(qs) == "5千多户|1万6千多户|2万5千公里|8300万|1亿3千多万");
  }

  TEST_CASE("分别 pairs list items with numbers") {
    auto qs = quantities("12345市民服务热线诉求解决率、满意率分别达96.7%和97%。");
    CHECK(find(qs, "96.7%").indicator == "12345市民服务热线诉求解决率");
    CHECK(find(qs, "97%").indicator == "满意率");
    auto cities = quantities("广州、深圳地铁线网单日最高客运量分别达1409万、1305万人次，均创历史新高。");
    CHECK(find(cities, "1409万").indicator == "广州地铁线网单日最高客运量");
    CHECK(find(cities, "1305万人次").indicator == "深圳地铁线网单日最高客运量");
    auto one = quantities("银行机构本外币存贷款余额分别达38.7万亿元、29.9万亿元。");
    CHECK(one[0].indicator == "银行机构本外币存贷款余额");
    CHECK(one[1].indicator == "银行机构本外币存贷款余额");
    // Leading items of one length share the head; or the last item repeats the first one's ending.
    auto gases = quantities("二氧化硫、氮氧化物排放量分别下降5.6%和4%。");
    CHECK(find(gases, "5.6%").indicator.find("二氧化硫排放量") == 0);
    auto industry = quantities("先进制造业、高技术制造业增加值占规模以上工业比重分别提高到56.7%、31.6%。");
    CHECK(find(industry, "56.7%").indicator.find("先进制造业增加值占规模以上工业比重") == 0);
    CHECK(find(industry, "31.6%").indicator.find("高技术制造业增加值占规模以上工业比重") == 0);
  }

  TEST_CASE("万亿 when qualified, slash shares, 提前 spans, bracket glosses") {
    auto tr = quantities("旅游总收入突破万亿元，投资近万亿元，打造万亿级产业集群，万众一心。");
    CHECK(surfaces(tr) == "突破万亿元|近万亿元");
    CHECK(tr[0].value == doctest::Approx(1e12));
    auto share = quantities("新能源汽车产量占全国1/4，2024/12/31发布，G7/8峰会，比例3/4a，第1/2/3批。");
    CHECK(surfaces(share) == "1/4");
    CHECK(share[0].value == doctest::Approx(0.25));
    CHECK(share[0].kind == "fraction");
    CHECK(surfaces(quantities("号源提前两周投放，排名前三位。")) == "两周");
    CHECK(surfaces(quantities("走访企业数十家，举办讲座几十次，开展活动十几次，走访企业数10家。")) == "10家");
    auto pp = quantities("提案办复率达100%，比上年提高2.5个百分点。");
    CHECK(find(pp, "2.5个百分点").indicator == "提案办复率");
    auto money = quantities("财政赤字2.38万亿元，比去年增加2000亿元。赤字率拟按2.8%安排，比去年预算高0.2个百分点。");
    CHECK(find(money, "2000亿元").indicator == "财政赤字");
    CHECK(find(money, "0.2个百分点").indicator == "赤字率");
    auto pm = quantities("细颗粒物（PM2.5）年均浓度下降9.1%。");
    CHECK(find(pm, "9.1%").indicator == "细颗粒物年均浓度");
  }

  TEST_CASE("every range form gives value and value_max") {
    struct Case {
      const char* text;
      const char* surface;
      double low, high;
      const char* unit;
    };
    const Case cases[] = {
        {"地区生产总值增长4.5%—5%。", "4.5%—5%", 4.5, 5, "%"},
        {"地区生产总值增长4.5%——5%。", "4.5%——5%", 4.5, 5, "%"},
        {"地区生产总值增长4.5—5%。", "4.5—5%", 4.5, 5, "%"},
        {"增长6%－6.5%。", "6%－6.5%", 6, 6.5, "%"},
        {"增长6%-6.5%。", "6%-6.5%", 6, 6.5, "%"},
        {"增长15%～30%。", "15%～30%", 15, 30, "%"},
        {"增长15%~30%。", "15%~30%", 15, 30, "%"},
        {"增长15%〜30%。", "15%〜30%", 15, 30, "%"},
        {"新增2—3家。", "2—3家", 2, 3, "家"},
        {"新增2–3家。", "2–3家", 2, 3, "家"},
        {"建设8至10项。", "8至10项", 8, 10, "项"},
        {"建设8到10项。", "8到10项", 8, 10, "项"},
        {"建设三至五个。", "三至五个", 3, 5, "个"},
        {"造林1.1万～2.3万亩。", "1.1万～2.3万亩", 11000, 23000, "亩"},
        {"投资8000万至1亿元。", "8000万至1亿元", 80000000, 100000000, "元"},
        {"投资3至5万元。", "3至5万元", 30000, 50000, "元"},
        {"提高到百分之五至百分之十。", "百分之五至百分之十", 5, 10, "%"},
    };
    for (const Case& c : cases) {
      CAPTURE(c.text);
      auto qs = quantities(c.text);
      REQUIRE(qs.size() == 1);
      CHECK(qs[0].surface == c.surface);
      CHECK(qs[0].value == c.low);
      REQUIRE(qs[0].value_max);
      CHECK(*qs[0].value_max == c.high);
      CHECK(qs[0].unit == c.unit);
    }
    // Not ranges: years (2021—2025年 has no unit), a falling pair, two multipliers out of order.
    CHECK(surfaces(quantities("2021—2025年，规划5—3项，投资2亿至1万元。")).find("5—3") == std::string::npos);
    CHECK_FALSE(quantities("投资2亿至1万元。")[0].value_max);
    CHECK(find(quantities("地区生产总值增长4.5%—5%。"), "4.5%—5%").indicator == "地区生产总值增长");
  }

  TEST_CASE("status: target, forecast, threshold, outcome") {
    auto plan = quantities("预计今年高校毕业生超过1170万人，城镇新增就业1200万人以上。", true);
    CHECK(find(plan, "超过1170万人").status == "forecast");
    CHECK_FALSE(find(plan, "超过1170万人").is_target);
    CHECK(find(plan, "1200万人以上").status == "target");
    CHECK(find(plan, "1200万人以上").is_target);
    auto goal = quantities("今年发展主要预期目标是：国内生产总值增长5%左右。", true);
    CHECK(find(goal, "5%左右").status == "target");  // 预期目标 is a commitment
    auto bound = quantities("淘汰关停30万千瓦以下煤电机组，实行24小时在线监控，推动80条以上一线声音直达。", true);
    CHECK(find(bound, "30万千瓦以下").status == "threshold");
    CHECK_FALSE(find(bound, "30万千瓦以下").is_target);
    CHECK(find(bound, "24小时").status == "threshold");
    CHECK(find(bound, "80条以上").status == "target");  // a bounded count is how many, not a class
    CHECK(find(quantities("推动50%以上村卫生室达标。", true), "50%以上").status == "target");
    CHECK(find(quantities("我国60岁以上人口已达2.5亿。", true), "2.5亿").status == "outcome");
    auto review = quantities("预计全年接待游客9.6亿人次，投资1000万元以上项目120个。", false);
    CHECK(find(review, "9.6亿人次").status == "outcome");
    CHECK(find(review, "1000万元以上").status == "threshold");
  }

  TEST_CASE("ranks a change reaches, ages that end a clause, 家 before 国, pairs") {
    auto ranks = quantities("综合实力由全国第12位跃升至第9位，营商评价从第7名提升至第3名。");
    CHECK(find(ranks, "第12位").kind == "rank");
    CHECK(find(ranks, "第9位").kind == "rank");
    CHECK(find(ranks, "第7名").kind == "rank");
    CHECK(find(ranks, "第3名").kind == "rank");
    CHECK(quantities("第3位委员发言。").empty());  // an ordinal, no ranking
    // A rank is named by what is ranked, before the ranking words.
    CHECK(find(ranks, "第12位").indicator == "综合实力");
    CHECK(find(ranks, "第9位").indicator == "综合实力");
    auto named = quantities("钢材产量稳居全国第2位，粮食、棉花产量均居中部第1。");
    CHECK(find(named, "第2位").indicator == "钢材产量");
    CHECK(find(named, "第1").indicator == "粮食、棉花产量");
    // Verbs of reaching end no name; 年均 before 分别 qualifies the rates, not the last item.
    CHECK(find(quantities("人均受教育年限提升至11.2年，研发投入强度提升到2.5%。"), "2.5%").indicator == "研发投入强度");
    // A list of rates after 分别 shares the first one's change; 城乡 splits into town and country.
    auto split = quantities("城乡低保标准分别提高6%和9%，城乡居民人均可支配收入分别增长4%和7%。");
    CHECK(find(split, "6%").indicator == "城市低保标准");
    CHECK(find(split, "9%").indicator == "农村低保标准");
    CHECK(find(split, "9%").change.has_value());
    CHECK(find(split, "4%").indicator == "城镇居民人均可支配收入");
    CHECK(find(split, "7%").indicator == "农村居民人均可支配收入");
    auto rates = quantities("工业企业利润、服务业营收年均分别增长5%、8%。");
    CHECK(find(rates, "8%").indicator == "服务业营收");
    auto ages = quantities("人均预期寿命提高到78岁，力争达到79岁以上；60岁以上老年人、3岁以下婴幼儿。");
    CHECK(find(ages, "78岁").kind == "age");
    CHECK(find(ages, "79岁以上").unit == "岁");
    CHECK(ages.size() == 2);  // age bounds before a noun name a class
    CHECK(find(quantities("新增5家国有企业，友好城市达到36对。"), "5家").indicator == "国有企业");
    CHECK(find(quantities("新增5家国有企业，友好城市达到36对。"), "36对").kind == "count");
  }
}
