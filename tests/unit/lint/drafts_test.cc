// Drafts with injected mistakes (tests/drafts/injections.tsv): each mistake,
// applied alone to its base text, must be reported by its rule at its line and
// column, and must not bring errors elsewhere.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <set>
#include <sstream>

#include "lint_test_util.h"
#include "test_support.h"

namespace fs = std::filesystem;

namespace {

struct Injection {
  std::string id, base, line, find, replace, rule, expect;
};

std::vector<Injection> read_injections() {
  std::vector<Injection> out;
  std::istringstream in(cppcc::test::read_file(fs::path(CPPCC_TEST_SOURCE_DIR) / "tests/drafts/injections.tsv"));
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#' || line.rfind("id\t", 0) == 0) continue;
    std::vector<std::string> c;
    size_t pos = 0;
    while (true) {
      const size_t tab = line.find('\t', pos);
      c.push_back(line.substr(pos, tab == std::string::npos ? std::string::npos : tab - pos));
      if (tab == std::string::npos) break;
      pos = tab + 1;
    }
    REQUIRE_MESSAGE(c.size() == 7, "bad row: " << line);
    out.push_back({c[0], c[1], c[2], c[3], c[4], c[5], c[6]});
  }
  return out;
}

std::string unescape(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size() && s[i + 1] == 'n') {
      out += '\n';
      ++i;
    } else if (s[i] == '\\' && i + 5 < s.size() && s[i + 1] == 'u') {
      cppcc::utf8::append(out, static_cast<char32_t>(std::stoul(s.substr(i + 2, 4), nullptr, 16)));
      i += 5;
    } else {
      out += s[i];
    }
  }
  return out;
}

/// Applies INJ to TEXT; sets LINE/COL to where "@@" stood (code points, 1-based).
std::string apply(const std::string& text, const Injection& inj, uint32_t* line, uint32_t* col) {
  std::vector<std::string> lines;
  size_t pos = 0;
  while (true) {
    const size_t nl = text.find('\n', pos);
    lines.push_back(text.substr(pos, nl == std::string::npos ? std::string::npos : nl - pos));
    if (nl == std::string::npos) break;
    pos = nl + 1;
  }
  size_t target = 0;
  if (inj.line == "*") {
    while (target < lines.size() && lines[target].find(inj.find) == std::string::npos) ++target;
  } else {
    target = std::stoul(inj.line) - 1;
  }
  REQUIRE_MESSAGE(target < lines.size(), inj.id << ": no line contains " << inj.find);
  std::string& l = lines[target];
  const size_t at = l.find(inj.find);
  REQUIRE_MESSAGE(at != std::string::npos, inj.id << ": line " << target + 1 << " lacks " << inj.find);
  std::string repl = unescape(inj.replace);
  std::string replaced = l.substr(0, at) + repl + l.substr(at + inj.find.size());
  const size_t mark = replaced.find("@@");
  if (mark != std::string::npos) {
    const std::string before = replaced.substr(0, mark);
    const size_t last_nl = before.rfind('\n');
    *line = static_cast<uint32_t>(target + 1 + std::count(before.begin(), before.end(), '\n'));
    *col = static_cast<uint32_t>(
        cppcc::utf8::length(last_nl == std::string::npos ? before : before.substr(last_nl + 1)) + 1);
    replaced.erase(mark, 2);
  }
  l = replaced;
  std::string out;
  for (size_t i = 0; i < lines.size(); ++i) {
    out += lines[i];
    if (i + 1 < lines.size()) out += '\n';
  }
  return out;
}

}  // namespace

TEST_SUITE("lint") {
  TEST_CASE("every injected mistake is caught at its line and column") {
    const auto shared = cppcc::test::shared_dir();
    std::set<std::string> rules_covered;
    size_t run = 0, caught = 0;
    for (const Injection& inj : read_injections()) {
      CAPTURE(inj.id);
      const size_t colon = inj.base.find(':');
      const std::string kind = inj.base.substr(0, colon), name = inj.base.substr(colon + 1);
      fs::path base;
      if (kind == "draft") {
        base = fs::path(CPPCC_TEST_SOURCE_DIR) / "tests/drafts/base" / name;
      } else {
        if (!shared) continue;  // corpus-based drafts need ../shared
        base = *shared / "corpus" / name;
      }
      uint32_t line = 0, col = 0;
      const std::string drafted = apply(cppcc::test::read_file(base), inj, &line, &col);
      if (inj.expect != "@") {
        const size_t c = inj.expect.find(':');
        line = static_cast<uint32_t>(std::stoul(inj.expect.substr(0, c)));
        col = static_cast<uint32_t>(std::stoul(inj.expect.substr(c + 1)));
      }
      const auto src = cppcc::SourceText::from_utf8(inj.id + ".txt", drafted);
      const auto found = cppcc::lint(src);
      const auto at = cppcc::test::positions_of(src, found, inj.rule);
      const bool hit = std::find(at.begin(), at.end(), std::make_pair(line, col)) != at.end();
      ++run;
      caught += hit;
      rules_covered.insert(inj.rule);
      CHECK_MESSAGE(hit, inj.rule << " not reported at " << line << ":" << col);
      // The base texts are clean: no error may appear away from the injected line
      // except the numbering that follows a changed label.
      for (const auto& d : found) {
        if (d.severity != cppcc::Severity::kError) continue;
        const auto l = src.location(d.begin).line;
        const bool consequence = d.code[0] == 'S' || d.code == "P009";
        CHECK_MESSAGE((l == line || l == line - 1 || l == line + 1 || consequence),
                      "unrelated error " << d.code << " at line " << l << ": " << d.message);
      }
    }
    MESSAGE("injected mistakes caught: " << caught << "/" << run);
    if (shared) {
      for (const cppcc::RuleInfo& r : cppcc::lint_rules())
        CHECK_MESSAGE(rules_covered.count(std::string(r.code)), "no injected mistake for " << r.code);
    }
  }
}
