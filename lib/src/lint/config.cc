// .cppcc-validate.toml: a small TOML subset read by hand (docs/validate.md).
//
//   fail-on = "warning"        # top level
//   [rules]
//   P008 = "off"               # code, kebab name, category letter or "all"
//   repeated-word = "error"    # off | on | error | warning | info
#include <filesystem>
#include <fstream>
#include <sstream>

#include "cppcc/lint.h"

namespace cppcc {

namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

/// Drops a # comment that is not inside quotes.
std::string_view strip_comment(std::string_view s) {
  bool quoted = false;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '"') quoted = !quoted;
    if (s[i] == '#' && !quoted) return s.substr(0, i);
  }
  return s;
}

std::string_view unquote(std::string_view s) {
  if (s.size() >= 2 && ((s.front() == '"' && s.back() == '"') || (s.front() == '\'' && s.back() == '\'')))
    return s.substr(1, s.size() - 2);
  return s;
}

}  // namespace

Expected<LintConfig> parse_lint_config(std::string_view text, std::string_view path) {
  LintConfig cfg;
  std::string section;
  size_t line_no = 0;
  size_t pos = 0;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") pos = 3;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = trim(strip_comment(text.substr(pos, nl - pos)));
    pos = nl + 1;
    ++line_no;
    if (line.empty()) continue;
    auto fail = [&](const std::string& why) {
      return make_error(ErrorCode::kData, std::string(path) + ":" + std::to_string(line_no) + ": " + why);
    };
    if (line.front() == '[') {
      if (line.back() != ']') return fail("unterminated section header");
      section = std::string(trim(line.substr(1, line.size() - 2)));
      if (section != "rules") return fail("unknown section [" + section + "] (expected [rules])");
      continue;
    }
    const size_t eq = line.find('=');
    if (eq == std::string_view::npos) return fail("expected KEY = VALUE");
    const std::string_view key = unquote(trim(line.substr(0, eq)));
    const std::string_view value = unquote(trim(line.substr(eq + 1)));
    if (section.empty()) {
      if (key == "fail-on" || key == "fail_on") {
        auto s = parse_severity(value);
        if (!s) return fail("fail-on must be error, warning or info");
        cfg.fail_on = *s;
      } else {
        return fail("unknown key '" + std::string(key) + "' (expected fail-on or a [rules] section)");
      }
      continue;
    }
    Status st = cfg.set_rule(key, value);
    if (!st) return fail(st.error().message);
  }
  return cfg;
}

Expected<LintConfig> load_lint_config(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return make_error(ErrorCode::kIo, path + ": cannot read configuration file");
  std::ostringstream ss;
  ss << in.rdbuf();
  return parse_lint_config(ss.str(), path);
}

std::optional<std::string> find_lint_config(const std::string& file) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::path dir = file == "-" ? fs::current_path(ec) : fs::absolute(fs::path(file), ec).parent_path();
  if (ec) return std::nullopt;
  for (int depth = 0; depth < 64 && !dir.empty(); ++depth) {
    fs::path candidate = dir / kLintConfigName;
    if (fs::is_regular_file(candidate, ec)) return candidate.string();
    if (dir == dir.root_path() || dir.parent_path() == dir) break;
    dir = dir.parent_path();
  }
  return std::nullopt;
}

}  // namespace cppcc
