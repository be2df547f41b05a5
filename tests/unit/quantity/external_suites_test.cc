// Runs the Chinese cases of Microsoft Recognizers-Text (NumberModel,
// PercentModel, CurrencyModel, DimensionModel) and cn2an through
// parse_numeral and QuantityExtractor, printing the pass rate per class and
// asserting a floor on the classes we handle. Classes left out are counted as
// "skipped" and listed in docs/quantities.md. Skips when ../shared is absent.
#include <doctest/doctest.h>

#include <cmath>
#include <cstdlib>
#include <vector>
#include <map>
#include <string>

#include <nlohmann/json.hpp>

#include "cppcc/quantity.h"
#include "test_support.h"

namespace {

using nlohmann::json;

struct Tally {
  int pass = 0, fail = 0, skipped = 0;
  std::vector<std::string> failures;  ///< shown with CPPCC_TEST_VERBOSE=1
  void add(bool ok, const std::string& what) {
    if (ok) {
      ++pass;
    } else {
      ++fail;
      failures.push_back(what);
    }
  }
  double rate() const { return pass + fail == 0 ? 1.0 : static_cast<double>(pass) / (pass + fail); }
};

bool close_to(double a, double b) { return std::fabs(a - b) <= 1e-6 * std::max({1.0, std::fabs(a), std::fabs(b)}); }

json load_json(const std::filesystem::path& p) { return json::parse(cppcc::test::read_file(p)); }

void report(const std::string& name, const Tally& t) {
  if (std::getenv("CPPCC_TEST_VERBOSE"))
    for (const auto& f : t.failures) MESSAGE(name << " failed: " << f);
  MESSAGE(name << ": " << t.pass << "/" << (t.pass + t.fail) << " pass (" << static_cast<int>(t.rate() * 1000) / 10.0
                << "%), " << t.skipped << " left out");
}

/// Does the extractor find a quantity with VALUE and UNIT in TEXT?
bool extracts(const cppcc::QuantityExtractor& ex, const std::string& text, double value, const std::string& unit) {
  for (const auto& q : ex.extract(text, {}, false).quantities)
    if (q.unit == unit && (close_to(q.value, value) || (q.value_max && close_to(*q.value_max, value)))) return true;
  return false;
}

}  // namespace

TEST_SUITE("quantity") {
  TEST_CASE("cn2an numerals") {
    CPPCC_REQUIRE_SHARED(shared);
    json d = load_json(shared / "testdata" / "cn2an" / "cn2an_cases.json");
    Tally strict, normal, an2cn, errors;
    // Money wording (元整, 角, 分) is a currency format, not a numeral: left out.
    const auto is_money = [](const std::string& s) {
      for (const char* w : {"元", "圆", "角", "分", "整"})
        if (s.find(w) != std::string::npos) return true;
      return false;
    };
    for (const auto& [cls, tally] : {std::pair<const char*, Tally*>{"strict_data_dict", &strict}, {"normal_data_dict", &normal}}) {
      for (const auto& row : d["cn2an_test.py"][cls]) {
        std::string text = row[0];
        if (is_money(text)) {
          ++tally->skipped;
          continue;
        }
        auto v = cppcc::parse_numeral(text);
        tally->add(v && close_to(*v, row[1].get<double>()), text);
      }
    }
    for (const auto& row : d["an2cn_test.py"]["input_data"]) {
      double want = std::stod(row[0].get<std::string>());
      for (int form : {0, 1, 3}) {  // lower, financial, digit by digit; [2] is money wording
        std::string text = row[1][form];
        auto v = cppcc::parse_numeral(text);
        an2cn.add(v && close_to(*v, want), text);
      }
      ++an2cn.skipped;
    }
    for (const auto& s : d["cn2an_test.py"]["error_strict_datas"]) {
      if (!s.is_string()) continue;
      // Strict mode rejects digit-by-digit (一一); we read it as 11 on purpose.
      errors.add(!cppcc::parse_numeral(s.get<std::string>()), s.get<std::string>());
    }
    report("cn2an strict", strict);
    report("cn2an normal", normal);
    report("cn2an an2cn (reverse forms)", an2cn);
    report("cn2an strict errors rejected (informational)", errors);
    CHECK(strict.rate() >= 0.95);
    CHECK(normal.rate() >= 0.90);
    CHECK(an2cn.rate() >= 0.95);
  }

  TEST_CASE("recognizers-text NumberModel numerals") {
    CPPCC_REQUIRE_SHARED(shared);
    json cases = load_json(shared / "testdata" / "recognizers-text" / "Specs" / "Number" / "Chinese" / "NumberModel.json");
    Tally t;
    for (const auto& c : cases) {
      for (const auto& r : c["Results"]) {
        std::string text = r["Text"], value = r["Resolution"]["value"];
        double want = 0;
        try {
          want = std::stod(value);
        } catch (...) {
          ++t.skipped;
          continue;
        }
        // Left out: Latin forms (1e5, 1k, 2.5m), colloquial 半/几/打/对, and 兆
        // (10^12 in Taiwan, 10^6 in mainland units).
        bool other = false;
        for (const char* w : {"半", "几", "幾", "打", "对", "兆", "e", "E", "k", "K", "m", "M", "G", "T", "千分", "+", "^",
                              "／", "/"})
          if (text.find(w) != std::string::npos) other = true;
        if (other) {
          ++t.skipped;
          continue;
        }
        auto v = cppcc::parse_numeral(text);
        t.add(v && close_to(*v, want), text + " = " + value);
      }
    }
    report("recognizers NumberModel", t);
    CHECK(t.rate() >= 0.95);
  }

  TEST_CASE("recognizers-text PercentModel, CurrencyModel, DimensionModel through the extractor") {
    CPPCC_REQUIRE_SHARED(shared);
    auto ex = cppcc::QuantityExtractor::create();
    REQUIRE(ex);
    const auto base = shared / "testdata" / "recognizers-text" / "Specs";
    Tally percent, currency, dimension;
    for (const auto& c : load_json(base / "Number" / "Chinese" / "PercentModel.json")) {
      for (const auto& r : c["Results"]) {
        std::string text = r["Text"], value = r["Resolution"]["value"];
        // Left out: 成/折/半 discounts, 万分之 and smaller, signed percents
        // (reports say 下降), k multipliers, spaced or full-width-comma numerals.
        bool other = value.empty() || value.back() != '%';
        const std::string input = c["Input"];
        for (const char* w : {"成", "折", "半", "万分", "萬分", "-", "－", "负", "負", "k", "K", " "})
          other = other || text.find(w) != std::string::npos;
        other = other || input.find("，") != std::string::npos;  // full-width comma: a clause mark to us
        if (other) {
          ++percent.skipped;
          continue;
        }
        double want = std::stod(value.substr(0, value.size() - 1));
        bool ok = false;
        if (text.find("百分点") != std::string::npos || text.find("百分點") != std::string::npos)
          ok = extracts(*ex, c["Input"], want, "个百分点");  // a unit of its own, never %
        else if (text.find("千分之") != std::string::npos || text.find("仟分之") != std::string::npos)
          ok = extracts(*ex, c["Input"], want * 10, "‰");
        else
          ok = extracts(*ex, c["Input"], want, "%");
        percent.add(ok, c["Input"].get<std::string>() + " → " + value);
      }
    }
    const std::map<std::string, std::string> currencies = {
        {"CNY", "元"}, {"USD", "美元"}, {"EUR", "欧元"}, {"HKD", "港元"}};
    for (const auto& c : load_json(base / "NumberWithUnit" / "Chinese" / "CurrencyModel.json")) {
      for (const auto& r : c["Results"]) {
        const auto& res = r["Resolution"];
        auto it = currencies.find(res.value("isoCurrency", ""));
        // Left out: other currencies (日元, 瑞士法郎 …), 块/毛/角 colloquial money,
        // symbols before the number (￥300, $20), 兆, numbers spaced from the unit.
        std::string text = r["Text"];
        if (it == currencies.end() || !res.contains("value") || res["value"].is_null() ||
            text.find("￥") != std::string::npos || text.find("$") != std::string::npos ||
            text.find("兆") != std::string::npos || text.find(" ") != std::string::npos ||
            text.find("块") != std::string::npos || text.find("角") != std::string::npos ||
            text.find("毛") != std::string::npos || text.find("分") != std::string::npos) {
          ++currency.skipped;
          continue;
        }
        double want = std::stod(res["value"].get<std::string>());
        currency.add(extracts(*ex, c["Input"], want, it->second), c["Input"].get<std::string>() + " → " + text);
      }
    }
    const std::map<std::string, std::string> dimensions = {
        {"Mu", "亩"}, {"Kilometer", "公里"}, {"Meter", "米"}, {"Square meter", "平方米"},
        {"Square kilometer", "平方公里"}, {"Ton", "吨"}, {"Kilogram", "千克"}, {"Hectare", "公顷"},
        {"Cubic meter", "立方米"}};
    for (const auto& c : load_json(base / "NumberWithUnit" / "Chinese" / "DimensionModel.json")) {
      for (const auto& r : c["Results"]) {
        const auto& res = r["Resolution"];
        auto it = dimensions.find(res.value("unit", ""));
        // Left out: Latin unit symbols (cm, KB), speeds, 英尺, 一吨半 (半), negative lengths.
        std::string text = r["Text"];
        bool latin = false;
        for (char ch : text) latin = latin || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
        bool other = text.find("半") != std::string::npos || text.find("负") != std::string::npos;
        if (it == dimensions.end() || latin || other || !res.contains("value") || res["value"].is_null()) {
          ++dimension.skipped;
          continue;
        }
        double want = std::stod(res["value"].get<std::string>());
        dimension.add(extracts(*ex, c["Input"], want, it->second), c["Input"].get<std::string>() + " → " + text);
      }
    }
    report("recognizers PercentModel", percent);
    report("recognizers CurrencyModel (元 美元 欧元 港元)", currency);
    report("recognizers DimensionModel (亩 公里 米 平方米 吨 …)", dimension);
    CHECK(percent.rate() >= 0.95);
    CHECK(currency.rate() >= 0.90);
    CHECK(dimension.rate() >= 0.80);
  }
}
