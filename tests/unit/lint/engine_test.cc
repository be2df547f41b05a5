// The lint engine: rule table, configuration, fixes, rendering.
#include <doctest/doctest.h>

#include <filesystem>
#include <set>

#include "cppcc/lint.h"
#include "cppcc/lint_render.h"
#include "lint_test_util.h"
#include "test_support.h"

namespace fs = std::filesystem;

TEST_SUITE("lint") {
  TEST_CASE("the rule table has unique well-formed codes and names, at least 30 rules") {
    std::set<std::string> codes, names;
    for (const cppcc::RuleInfo& r : cppcc::lint_rules()) {
      CAPTURE(r.code);
      REQUIRE(r.code.size() == 4);
      CHECK(std::string_view("SGNPT").find(r.code[0]) != std::string_view::npos);
      CHECK(codes.insert(std::string(r.code)).second);
      CHECK(names.insert(std::string(r.name)).second);
      CHECK(r.name.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-") == std::string_view::npos);
      CHECK_FALSE(r.summary.empty());
    }
    CHECK(codes.size() >= 30);
  }

  TEST_CASE("rules are found by code (any case) or by name") {
    REQUIRE(cppcc::find_lint_rule("P001") != nullptr);
    CHECK(cppcc::find_lint_rule("p001") == cppcc::find_lint_rule("unmatched-pair"));
    CHECK(cppcc::find_lint_rule("no-such-rule") == nullptr);
    CHECK(cppcc::lint_rule_doc_path(*cppcc::find_lint_rule("P001")) == "docs/rules/unmatched-pair.md");
  }

  TEST_CASE("config file: rules off, severities, fail-on, errors with line numbers") {
    auto cfg = cppcc::parse_lint_config(
        "# comment\nfail-on = \"warning\"\n[rules]\nP001 = \"off\"\nrepeated-word = \"error\"  # loud\nN = warning\n",
        "cfg.toml");
    REQUIRE(cfg.ok());
    CHECK(cfg->fail_on == cppcc::Severity::kWarning);
    CHECK_FALSE(cfg->is_enabled(*cppcc::find_lint_rule("P001")));
    CHECK(cfg->severity_of(*cppcc::find_lint_rule("T002")) == cppcc::Severity::kError);
    CHECK(cfg->severity_of(*cppcc::find_lint_rule("N004")) == cppcc::Severity::kWarning);

    auto bad = cppcc::parse_lint_config("[rules]\nX999 = off\n", "cfg.toml");
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().message.find("cfg.toml:2:") == 0);
    CHECK_FALSE(cppcc::parse_lint_config("[rules]\nP001 = loud\n", "c").ok());
    CHECK_FALSE(cppcc::parse_lint_config("[other]\n", "c").ok());
  }

  TEST_CASE("config file is TOML: inline tables, arrays, errors at line and column") {
    auto inline_table = cppcc::parse_lint_config("rules = { P001 = \"off\", \"repeated-word\" = 'error' }\n", "c");
    REQUIRE(inline_table.ok());
    CHECK_FALSE(inline_table->is_enabled(*cppcc::find_lint_rule("P001")));
    CHECK(inline_table->severity_of(*cppcc::find_lint_rule("T002")) == cppcc::Severity::kError);

    auto lists = cppcc::parse_lint_config("disable = [\"P001\",\n  \"N\"]  # a comment\nenable = []\n", "c");
    REQUIRE(lists.ok());
    CHECK_FALSE(lists->is_enabled(*cppcc::find_lint_rule("P001")));
    CHECK_FALSE(lists->is_enabled(*cppcc::find_lint_rule("N004")));
    CHECK(lists->is_enabled(*cppcc::find_lint_rule("T001")));

    // A [rules] entry wins over the lists, as --severity after --disable on the command line.
    auto both = cppcc::parse_lint_config("disable = [\"T001\"]\n[rules]\nT001 = \"on\"\n", "c");
    REQUIRE(both.ok());
    CHECK(both->is_enabled(*cppcc::find_lint_rule("T001")));

    auto syntax = cppcc::parse_lint_config("[rules]\nP001 = \"off\n", "cfg.toml");  // unterminated string
    REQUIRE_FALSE(syntax.ok());
    CHECK(syntax.error().message.find("cfg.toml:2:") == 0);
    auto unknown = cppcc::parse_lint_config("\n  colour = \"red\"\n", "cfg.toml");
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().message.find("cfg.toml:2:3:") == 0);
    auto bad_item = cppcc::parse_lint_config("disable = [\"P001\", 7]\n", "cfg.toml");
    REQUIRE_FALSE(bad_item.ok());
    CHECK(bad_item.error().message.find("cfg.toml:1:") == 0);
    CHECK_FALSE(cppcc::parse_lint_config("rules = \"off\"\n", "c").ok());
    CHECK_FALSE(cppcc::parse_lint_config("[rules]\nP001 = 1\n", "c").ok());
    CHECK_FALSE(cppcc::parse_lint_config("[rules]\nP001 = \"off\"\nP001 = \"on\"\n", "c").ok());  // duplicate key
  }

  TEST_CASE("config file: a named rule wins over all and over its category, whatever the order") {
    // toml++ iterates a table's keys sorted: "T014" < "all", so all = "off" used to switch T014 off again.
    for (const char* text : {"[rules]\nall = \"off\"\nT014 = \"on\"\n", "[rules]\nT014 = \"on\"\nall = \"off\"\n",
                             "rules = { confusable-word = \"warning\", all = \"off\" }\n"}) {
      CAPTURE(text);
      auto cfg = cppcc::parse_lint_config(text, "c");
      REQUIRE(cfg.ok());
      CHECK(cfg->is_enabled(*cppcc::find_lint_rule("T014")));
      CHECK_FALSE(cfg->is_enabled(*cppcc::find_lint_rule("T001")));
      CHECK_FALSE(cfg->is_enabled(*cppcc::find_lint_rule("P001")));
    }
    auto category = cppcc::parse_lint_config("[rules]\nT001 = \"warning\"\nT = \"off\"\nALL = \"info\"\n", "c");
    REQUIRE(category.ok());
    CHECK(category->is_enabled(*cppcc::find_lint_rule("T001")));
    CHECK(category->severity_of(*cppcc::find_lint_rule("T001")) == cppcc::Severity::kWarning);
    CHECK_FALSE(category->is_enabled(*cppcc::find_lint_rule("T002")));
    CHECK(category->severity_of(*cppcc::find_lint_rule("P001")) == cppcc::Severity::kInfo);
    // And the rule really runs: T014 reports 布署 with every other rule off.
    const auto src = cppcc::SourceText::from_utf8("a.txt", "认真布署工作,的的。\n");
    cppcc::LintOptions opts;
    opts.config = *cppcc::parse_lint_config("[rules]\nall = \"off\"\nT014 = \"on\"\n", "c");
    const auto found = cppcc::lint(src, opts);
    REQUIRE(found.size() == 1);
    CHECK(found[0].code == "T014");
  }

  TEST_CASE("a disabled rule reports nothing; a changed severity is applied") {
    const auto src = cppcc::SourceText::from_utf8("a.txt", "推动中国式现代化的的实践。\n");
    cppcc::LintOptions opts;
    CHECK(cppcc::test::positions_of(src, cppcc::lint(src, opts), "T001").size() == 1);
    REQUIRE(opts.config.set_rule("T001", "info").ok());
    auto found = cppcc::lint(src, opts);
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == cppcc::Severity::kInfo);
    REQUIRE(opts.config.set_rule("repeated-character", "off").ok());
    CHECK(cppcc::lint(src, opts).empty());
  }

  TEST_CASE("the config file is found by walking up from the checked file") {
    const fs::path dir = fs::temp_directory_path() / "cppcc-lint-config-test";
    fs::remove_all(dir);
    fs::create_directories(dir / "a" / "b");
    { std::ofstream(dir / ".cppcc-validate.toml") << "[rules]\nP001 = off\n"; }
    const auto found = cppcc::find_lint_config((dir / "a" / "b" / "draft.txt").string());
    REQUIRE(found.has_value());
    CHECK(fs::path(*found) == dir / ".cppcc-validate.toml");
    fs::remove_all(dir);
  }

  TEST_CASE("fixes change only their ranges and keep CRLF line endings") {
    const std::string text = "委员们认为,报告很好。\r\n全年立案提案２６５件。\r\n";
    const auto src = cppcc::SourceText::from_utf8("a.txt", text);
    auto fixed = cppcc::apply_fixes(src, cppcc::lint(src));
    REQUIRE(fixed.ok());
    CHECK(fixed->original == "委员们认为，报告很好。\r\n全年立案提案265件。\r\n");
    CHECK(fixed->applied == 2);
    CHECK(cppcc::lint(cppcc::SourceText::from_utf8("b.txt", fixed->original)).empty());
  }

  TEST_CASE("fixes are written back in the file's own encoding (GB18030, UTF-16LE)") {
    // 委员们认为,报告 in GB18030, with the half-width comma to fix.
    const std::string gb = "\xCE\xAF\xD4\xB1\xC3\xC7\xC8\xCF\xCE\xAA,\xB1\xA8\xB8\xE6\xA1\xA3\n";
    auto src = cppcc::SourceText::decode("gb.txt", gb, {cppcc::Encoding::kGb18030, false});
    REQUIRE(src.ok());
    auto fixed = cppcc::apply_fixes(*src, cppcc::lint(*src));
    REQUIRE(fixed.ok());
    CHECK(fixed->original == "\xCE\xAF\xD4\xB1\xC3\xC7\xC8\xCF\xCE\xAA\xA3\xAC\xB1\xA8\xB8\xE6\xA1\xA3\n");

    std::string u16 = "\xFF\xFE";
    for (char16_t c : std::u16string(u"报告,很好。\n")) {
      u16.push_back(static_cast<char>(c & 0xFF));
      u16.push_back(static_cast<char>(c >> 8));
    }
    auto s16 = cppcc::SourceText::decode("u16.txt", u16);
    REQUIRE(s16.ok());
    auto f16 = cppcc::apply_fixes(*s16, cppcc::lint(*s16));
    REQUIRE(f16.ok());
    std::string want = "\xFF\xFE";
    for (char16_t c : std::u16string(u"报告，很好。\n")) {
      want.push_back(static_cast<char>(c & 0xFF));
      want.push_back(static_cast<char>(c >> 8));
    }
    CHECK(f16->original == want);
  }

  TEST_CASE("overlapping fixes: the first wins, the rest are counted as skipped") {
    const auto src = cppcc::SourceText::from_utf8("a.txt", "abc");
    std::vector<cppcc::Diagnostic> ds(2);
    ds[0].fix = {cppcc::Edit{0, 2, "X"}};
    ds[1].fix = {cppcc::Edit{1, 3, "Y"}};
    auto r = cppcc::apply_fixes(src, ds);
    REQUIRE(r.ok());
    CHECK(r->text == "Xc");
    CHECK(r->skipped == 1);
  }

  TEST_CASE("atomic write replaces the file and leaves no temporary behind") {
    const fs::path dir = fs::temp_directory_path() / "cppcc-lint-atomic-test";
    fs::remove_all(dir);
    fs::create_directories(dir);
    const fs::path f = dir / "draft.txt";
    { std::ofstream(f) << "old"; }
    REQUIRE(cppcc::write_file_atomically(f.string(), "new").ok());
    CHECK(cppcc::test::read_file(f) == "new");
    size_t n = 0;
    for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir)) ++n;
    CHECK(n == 1);
    fs::remove_all(dir);
  }

  TEST_CASE("unified diff shows the changed line with context") {
    const std::string d = cppcc::unified_diff("a.txt", "一\n二,\n三\n", "一\n二，\n三\n");
    CHECK(d == "--- a.txt\n+++ a.txt (fixed)\n@@ -1,3 +1,3 @@\n 一\n-二,\n+二，\n 三\n");
    CHECK(cppcc::unified_diff("a.txt", "same", "same").empty());
  }

  TEST_CASE("text output: path:line:col, the line, and carets padded by display width") {
    const auto src = cppcc::SourceText::from_utf8("d.txt", "标题\n推动中国式现代化的的实践。\n");
    const std::string out = cppcc::render_diagnostics_text(src, cppcc::lint(src));
    CHECK(out ==
          "d.txt:2:9: error: repeated 的的; delete one 的 [T001 repeated-character]\n"
          "    推动中国式现代化的的实践。\n"
          "                    ^^^^ fixable\n");
  }

  TEST_CASE("text output in colour: the severity word and the carets, nothing else") {
    const auto src = cppcc::SourceText::from_utf8("d.txt", "标题\n推动中国式现代化的的实践。\n");
    const std::string out = cppcc::render_diagnostics_text(src, cppcc::lint(src), {.color = true});
    CHECK(out ==
          "d.txt:2:9: \x1b[1;31merror\x1b[0m: repeated 的的; delete one 的 [T001 repeated-character]\n"
          "    推动中国式现代化的的实践。\n"
          "                    \x1b[1;32m^^^^\x1b[0m fixable\n");
  }

  TEST_CASE("github output escapes properties and data") {
    const auto src = cppcc::SourceText::from_utf8("a,b.txt", "委员们认为,报告很好。\n");
    const std::string out = cppcc::render_diagnostics_github(src, cppcc::lint(src));
    CHECK(out.rfind("::warning file=a%2Cb.txt,line=1,col=6,endLine=1,endColumn=7,title=P003 halfwidth-punctuation::", 0) == 0);
  }

  TEST_CASE("json output carries code, name, severity, positions and fixes") {
    const auto src = cppcc::SourceText::from_utf8("a.txt", "委员们认为,报告很好。\n");
    cppcc::FileDiagnostics f{&src, cppcc::lint(src)};
    const std::string out = cppcc::render_diagnostics_json({f});
    CHECK(out.find("\"code\": \"P003\"") != std::string::npos);
    CHECK(out.find("\"name\": \"halfwidth-punctuation\"") != std::string::npos);
    CHECK(out.find("\"column\": 6") != std::string::npos);
    CHECK(out.find("\"replacement\": \"，\"") != std::string::npos);
    CHECK(out.find("\"warnings\": 1") != std::string::npos);
  }

  TEST_CASE("positions refer to the original lines, hard wraps included") {
    // The unmatched “ is on line 2; the reflowed paragraph spans lines 1-3.
    const auto src = cppcc::SourceText::from_utf8("w.txt", "我们坚定拥护两个确立的\n政治要求，领衔督办“一号提\n案，推动问题解决。\n");
    const auto at = cppcc::test::positions_of(src, cppcc::lint(src), "P001");
    REQUIRE(at.size() == 1);
    CHECK(at[0] == std::make_pair(2u, 10u));
  }

  TEST_CASE("a quotation of several paragraphs opens each with “ and closes only the last") {
    const auto src = cppcc::SourceText::from_utf8(
        "q.txt", "他说：“第一段话。\n\n“第二段话。\n\n“第三段话。”\n\n领衔督办“一号提案。\n");
    const auto at = cppcc::test::positions_of(src, cppcc::lint(src), "P001");
    REQUIRE(at.size() == 1);
    CHECK(at[0] == std::make_pair(7u, 5u));
  }

  TEST_CASE("list labels such as 1） and a） are not unmatched closing marks") {
    const auto src = cppcc::SourceText::from_utf8("l.txt", "主要措施：1）加强学习；2）深化调研。\n");
    CHECK(cppcc::test::positions_of(src, cppcc::lint(src), "P001").empty());
  }

  TEST_CASE("fixes of a .docx are shown but not writable") {
    CPPCC_REQUIRE_SHARED(shared);
    auto src = cppcc::load_file((shared / "corpus" / "gov-report-beijing-2025.docx").string());
    REQUIRE(src.ok());
    auto fixed = cppcc::apply_fixes(*src, cppcc::lint(*src));
    REQUIRE(fixed.ok());
    CHECK_FALSE(fixed->writable);
    CHECK(fixed->applied == 1);
    CHECK(fixed->text.find("全部开工，“两新”") != std::string::npos);
  }
}
