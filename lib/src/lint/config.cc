// .cppcc-validate.toml, read with toml++ (header-only; docs/validate.md):
//
//   fail-on = "warning"        # top level
//   disable = ["P008", "N"]    # arrays, like --disable / --enable
//   [rules]                    # or: rules = { P008 = "off" }
//   P008 = "off"               # code, kebab name, category letter or "all"
//   repeated-word = "error"    # off | on | error | warning | info
#include <cctype>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>

// Header-only, so neither a static nor a shared libcppcc needs libtomlplusplus at run time.
#define TOML_HEADER_ONLY 1
#include <toml++/toml.h>

#include "cppcc/lint.h"

namespace cppcc {

namespace {

/// The hand-written reader this one replaced took bare words (`P001 = off`);
/// TOML needs quotes. Quoting a lone bare word keeps those files working and
/// every line number the same.
std::string quote_bare_values(std::string_view text) {
  std::string out;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    const size_t eq = line.find('=');
    size_t b = eq == std::string_view::npos ? line.size() : line.find_first_not_of(" \t", eq + 1);
    size_t e = b;
    while (e < line.size() && (std::isalpha(static_cast<unsigned char>(line[e])) || line[e] == '-')) ++e;
    const std::string_view word = b < line.size() ? line.substr(b, e - b) : std::string_view();
    const size_t rest = e < line.size() ? line.find_first_not_of(" \t\r", e) : std::string_view::npos;
    const bool bare = !word.empty() && word != "true" && word != "false" && word != "inf" && word != "nan" &&
                      line.find('"') == std::string_view::npos && line.find('\'') == std::string_view::npos &&
                      line.find('[') == std::string_view::npos &&
                      (rest == std::string_view::npos || line[rest] == '#');
    if (bare) {
      out.append(line.substr(0, b)).append("\"").append(word).append("\"").append(line.substr(e));
    } else {
      out.append(line);
    }
    if (nl < text.size()) out += '\n';
    pos = nl + 1;
  }
  return out;
}

Error config_error(std::string_view path, const toml::source_region& at, const std::string& why) {
  return Error{ErrorCode::kData, std::string(path) + ":" + std::to_string(at.begin.line) + ":" +
                                     std::to_string(at.begin.column) + ": " + why};
}

/// Applies VALUE (a string, or an array of strings for enable/disable) to RULE.
Status apply_rule_list(LintConfig& cfg, const toml::node& list, std::string_view setting, std::string_view path,
                       std::string_view key) {
  const toml::array* items = list.as_array();
  if (!items) return config_error(path, list.source(), std::string(key) + " must be an array of rule names");
  for (const toml::node& item : *items) {
    const auto name = item.value<std::string>();
    if (!name) return config_error(path, item.source(), std::string(key) + " holds rule names (strings)");
    if (Status st = cfg.set_rule(*name, setting); !st) return config_error(path, item.source(), st.error().message);
  }
  return Ok{};
}

/// 2 for `all`, 1 for a category letter (N, P …), 0 for one rule (a code or a name).
int key_generality(std::string_view key) {
  if (key.size() == 3 && (key[0] | 0x20) == 'a' && (key[1] | 0x20) == 'l' && (key[2] | 0x20) == 'l') return 2;
  return key.size() == 1 ? 1 : 0;
}

}  // namespace

Expected<LintConfig> parse_lint_config(std::string_view text, std::string_view path) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  toml::table doc;
  try {
    doc = toml::parse(quote_bare_values(text), path);
  } catch (const toml::parse_error& e) {
    return config_error(path, e.source(), std::string(e.description()));
  }
  LintConfig cfg;
  const toml::node* rules = nullptr;
  const toml::node* enable = nullptr;
  const toml::node* disable = nullptr;
  for (const auto& [key, value] : doc) {
    const std::string_view k = key.str();
    if (k == "fail-on" || k == "fail_on") {
      const auto s = value.value<std::string>();
      const auto severity = s ? parse_severity(*s) : std::nullopt;
      if (!severity) return config_error(path, value.source(), "fail-on must be error, warning or info");
      cfg.fail_on = *severity;
    } else if (k == "rules") {
      if (!value.is_table()) return config_error(path, value.source(), "rules must be a table of RULE = SETTING");
      rules = &value;
    } else if (k == "enable") {
      enable = &value;
    } else if (k == "disable") {
      disable = &value;
    } else {
      const bool table = value.is_table();
      return config_error(path, key.source(),
                          table ? "unknown section [" + std::string(k) + "] (expected [rules])"
                                : "unknown key '" + std::string(k) + "' (expected fail-on, enable, disable or [rules])");
    }
  }
  // As on the command line: enable, then disable, then the [rules] table.
  if (enable)
    if (Status st = apply_rule_list(cfg, *enable, "on", path, "enable"); !st) return st.error();
  if (disable)
    if (Status st = apply_rule_list(cfg, *disable, "off", path, "disable"); !st) return st.error();
  if (rules) {
    // A TOML table has no order (toml++ iterates its keys sorted, so "T014" came before "all"):
    // the more general key goes first and the named rule wins, whatever the order in the file.
    // `all`, then a category letter, then a code or a name.
    for (int generality = 2; generality >= 0; --generality) {
      for (const auto& [key, value] : *rules->as_table()) {
        if (key_generality(key.str()) != generality) continue;
        const auto setting = value.value<std::string>();
        if (!setting)
          return config_error(path, value.source(),
                              std::string(key.str()) + " must be a string: off, on, error, warning or info");
        if (Status st = cfg.set_rule(key.str(), *setting); !st) return config_error(path, key.source(), st.error().message);
      }
    }
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
