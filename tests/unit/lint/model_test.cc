// The linter reads the one report model: what extract reports is what the
// rules see. Four places where they used to disagree, and the whole corpus.
#include <doctest/doctest.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "cppcc/parse.h"
#include "cppcc/report_json.h"
#include "lint/context.h"
#include "lint_test_util.h"
#include "test_support.h"

namespace {

const cppcc::Resources& resources() {
  static const auto res = cppcc::Resources::load();
  REQUIRE(res.ok());
  return **res;
}

// A draft parsed into the model, as cppcc-validate does it.
struct Draft {
  cppcc::SourceText src;
  cppcc::Report report;
  explicit Draft(const std::string& text)
      : src(cppcc::SourceText::from_utf8("draft.txt", text)), report(cppcc::parse_report(src, resources())) {}
  std::vector<cppcc::Diagnostic> lint() const { return cppcc::lint(report, src); }
};

size_t count(const std::vector<cppcc::Diagnostic>& found, const std::string& code) {
  size_t n = 0;
  for (const auto& d : found) n += d.code == code;
  return n;
}

// What the lint context holds, as lines "kind|line|text": read through the
// context's own paragraphs, so a model index that points elsewhere shows.
std::set<std::string> seen_by_rules(const cppcc::Report& report, const cppcc::SourceText& src) {
  cppcc::linter::Context ctx(report, src);
  const auto& paras = ctx.paragraphs();
  auto line = [&](size_t para, size_t b) { return std::to_string(src.location(paras[para].source_begin(b)).line); };
  std::set<std::string> out;
  for (const cppcc::Part& p : ctx.model().parts)
    if (p.paragraph) out.insert("part|" + line(*p.paragraph, 0) + "|" + std::string(cppcc::part_kind_name(p.kind)));
  for (const cppcc::SectionLabel& l : ctx.model().labels)
    out.insert("label|" + line(l.paragraph, l.begin) + "|" + std::string(ctx.views().as_written(l.paragraph, l.begin, l.end)));
  for (const cppcc::GlossaryEntry& g : ctx.model().glossary)
    out.insert("glossary|" + std::to_string(g.number) + "|" +
               paras[g.paragraph].text.substr(g.term_begin, g.term_end - g.term_begin));
  if (const auto& d = ctx.model().date_line) out.insert("date|" + line(d->paragraph, d->begin));
  return out;
}

// The same, from cppcc-extract's JSON (its section labels are a subset of all labels).
std::set<std::string> reported_by_extract(const nlohmann::json& j) {
  std::set<std::string> out;
  std::function<void(const nlohmann::json&)> sections = [&](const nlohmann::json& list) {
    for (const auto& s : list) {
      // Run-in 一是、二是 lists and ■ bullets are sections to extract but no numbering
      // level of GB/T 9704 (一、（一）1.（1）): no rule checks them, so the model keeps no label.
      const std::string label = s["label"].get<std::string>();
      const bool inline_list = label.size() >= 3 && label.compare(label.size() - 3, 3, "是") == 0;
      if (!inline_list && label != "■" && label != "●" && label != "◆")
        out.insert("label|" + std::to_string(s["span"]["line"].get<int>()) + "|" + s["label"].get<std::string>());
      if (s.contains("subsections")) sections(s["subsections"]);
    }
  };
  for (const auto& p : j["parts"]) {
    if (p["span"]["length"].get<int>() > 0)
      out.insert("part|" + std::to_string(p["span"]["line"].get<int>()) + "|" + p["kind"].get<std::string>());
    if (!p["label"].is_null())
      out.insert("label|" + std::to_string(p["span"]["line"].get<int>()) + "|" + p["label"].get<std::string>());
    sections(p["sections"]);
  }
  for (const auto& g : j["glossary"])
    out.insert("glossary|" + std::to_string(g["number"].get<int>()) + "|" + g["written"].get<std::string>());
  return out;
}

}  // namespace

TEST_SUITE("lint") {
  TEST_CASE("a glossary under 名词注释 is checked: extract and validate find the same one") {
    const std::string text =
        "我们落实“1310”具体部署，开展“三会一课”。\n\n名词注释\n"
        "1.“1310”具体部署：锚定一个目标，激活三大动力。\n"
        "3.“三会一课”：支部党员大会、支部委员会、党小组会和党课。\n";
    const Draft d(text);
    REQUIRE(d.report.glossary.size() == 2);
    CHECK(cppcc::test::positions_of(d.src, d.lint(), "G001") == std::vector<std::pair<uint32_t, uint32_t>>{{5, 1}});
  }

  TEST_CASE("a body sentence opening with 过去 is no part heading: no S004") {
    const std::string text =
        "一、加强自身建设\n过去一年，我们加强学习。\n二、深化协商议政\n（一）围绕大局建言。\n（二）聚焦民生议政。\n";
    const Draft d(text);
    for (const auto& p : d.report.parts) CHECK(p.heading.rfind("过去", 0) != 0);
    CHECK(count(d.lint(), "S004") == 0);
  }

  TEST_CASE("“1+3+N” is a formulation to extract and to G003") {
    const std::string text =
        "我们落实“1310”具体部署，构建“1+3+N”工作体系。\n\n名词解释\n"
        "1.“1310”具体部署：锚定一个目标，激活三大动力。\n"
        "2.“三会一课”：支部党员大会、支部委员会、党小组会和党课。\n";
    const Draft d(text);
    bool extracted = false;
    for (const auto& f : d.report.formulations) extracted = extracted || f.text == "1+3+N";
    CHECK(extracted);
    CHECK(cppcc::test::positions_of(d.src, d.lint(), "G003") ==
          std::vector<std::pair<uint32_t, uint32_t>>{{1, 18}});
  }

  TEST_CASE("one formulation table: 三个代表 is known to extract, “1+N” needs no glossary, “1310” does") {
    const std::string text =
        "践行“三个代表”重要思想，落实“1310”具体部署和“1+N”政策体系。\n\n名词解释\n"
        "1.“三会一课”：支部党员大会、支部委员会、党小组会和党课。\n"
        "2.“百千万工程”：百县千镇万村高质量发展工程。\n";
    const Draft d(text);
    bool known = false;
    for (const auto& f : d.report.formulations) known = known || (f.text == "三个代表" && f.known);
    CHECK(known);
    CHECK(cppcc::test::positions_of(d.src, d.lint(), "G003") == std::vector<std::pair<uint32_t, uint32_t>>{{1, 16}});
  }

  TEST_CASE("N012 knows every unit of the unit table: 200 千瓦") {
    const auto src = cppcc::SourceText::from_utf8("draft.txt", "新增装机200 千瓦，建成电站3 座。\n");
    const auto found = cppcc::lint(src);
    CHECK(cppcc::test::positions_of(src, found, "N012") ==
          std::vector<std::pair<uint32_t, uint32_t>>{{1, 8}, {1, 17}});
  }

  TEST_CASE("the date line in Chinese numerals is the one extract reads: S007 checks it") {
    const Draft d("中国人民政治协商会议第九届青川市委员会常务委员会工作报告\n（二〇二五年二月三十日）\n\n各位委员：\n");
    REQUIRE(d.report.date_line);
    CHECK(d.report.date_line->day == 30);
    CHECK(count(d.lint(), "S007") == 1);
  }

  TEST_CASE("on the whole corpus, the structure extract reports is the structure the rules see") {
    CPPCC_REQUIRE_SHARED(shared);
    size_t files = 0;
    for (const auto& e : std::filesystem::recursive_directory_iterator(shared / "corpus")) {
      const std::string ext = e.path().extension().string();
      if (!e.is_regular_file() || (ext != ".txt" && ext != ".docx")) continue;
      CAPTURE(e.path().string());
      auto src = cppcc::load_file(e.path().string());
      if (!src) continue;  // not a report (PROVENANCE.tsv is skipped by extension)
      ++files;
      // As cppcc-extract reports it (all passes, JSON) and as cppcc-validate parses it.
      const auto j = nlohmann::json::parse(cppcc::report_to_json(cppcc::parse_report(*src, resources())));
      cppcc::ParseOptions validate_options;
      validate_options.terms = false;
      const cppcc::Report model = cppcc::parse_report(*src, resources(), validate_options);
      const std::set<std::string> seen = seen_by_rules(model, *src);
      for (const std::string& item : reported_by_extract(j)) CHECK_MESSAGE(seen.count(item), "rules miss " << item);
      // Parts and glossary entries match one to one; the date line is the metadata's date.
      size_t parts = 0, glossary = 0;
      for (const std::string& s : seen) parts += s.rfind("part|", 0) == 0, glossary += s.rfind("glossary|", 0) == 0;
      size_t extract_parts = 0;
      for (const auto& p : j["parts"]) extract_parts += p["span"]["length"].get<int>() > 0;
      CHECK(parts == extract_parts);
      CHECK(glossary == j["glossary"].size());
      CHECK(model.date_line.has_value() == !j["metadata"]["date"].is_null());
      if (model.date_line && !j["metadata"]["date"].is_null()) {
        char iso[16];
        std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", model.date_line->year, model.date_line->month,
                      model.date_line->day);
        CHECK(j["metadata"]["date"].get<std::string>() == iso);
      }
    }
    CHECK(files >= 12);
  }
}
