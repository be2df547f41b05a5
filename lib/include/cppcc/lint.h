/// \file
/// Linting draft reports: the rule table, configuration and fixes.
///
///   auto src = cppcc::load_file("draft.txt");
///   cppcc::LintOptions opts;
///   if (auto cfg_path = cppcc::find_lint_config("draft.txt")) {
///     auto cfg = cppcc::load_lint_config(*cfg_path);   // .cppcc-validate.toml
///     if (cfg) opts.config = *cfg;
///   }
///   auto res = cppcc::Resources::load();
///   cppcc::Report report = cppcc::parse_report(*src, **res);   // the one model
///   std::vector<cppcc::Diagnostic> found = cppcc::lint(report, *src, opts);
///   std::string out = cppcc::render_diagnostics_text(*src, found);  // lint_render.h
///
/// Every rule has a stable ID (category letter + three digits: S structure,
/// G glossary, N numbers, P punctuation, T text and terminology), a kebab-case
/// name, a default severity, a doc page docs/rules/NAME.md and a test folder
/// tests/rules/NAME/. The one table of rules is lib/src/lint/rules.def.
#pragma once

#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "cppcc/atomic_file.h"  // write_file_atomically(), to save apply_fixes() results
#include "cppcc/diagnostic.h"
#include "cppcc/expected.h"
#include "cppcc/report.h"
#include "cppcc/text.h"

namespace cppcc {

enum class RuleCategory { kStructure, kGlossary, kNumbers, kPunctuation, kText };

/// "structure", "glossary", "numbers", "punctuation", "text".
std::string_view rule_category_name(RuleCategory c);

struct RuleInfo {
  std::string_view code;      ///< "P001"
  std::string_view name;      ///< "unmatched-pair"
  RuleCategory category = RuleCategory::kText;
  Severity default_severity = Severity::kError;
  bool fixable = false;       ///< offers a certain fix (--fix)
  std::string_view summary;   ///< one line: what the rule checks
};

/// All rules, in table order (by code).
std::span<const RuleInfo> lint_rules();
/// Looks a rule up by code ("P001", case-insensitive) or name ("unmatched-pair").
const RuleInfo* find_lint_rule(std::string_view code_or_name);
/// The rule's documentation page, relative to the repository root.
std::string lint_rule_doc_path(const RuleInfo& rule);

/// Which rules run and how severe their findings are.
struct LintConfig {
  std::map<std::string, bool> enabled;         ///< by code; absent = on
  std::map<std::string, Severity> severities;  ///< by code; absent = default
  std::optional<Severity> fail_on;             ///< from the config file, if set

  /// Applies "RULE = off|on|error|warning|info" (RULE is a code, a name or "all").
  Status set_rule(std::string_view rule, std::string_view value);
  bool is_enabled(const RuleInfo& rule) const;
  Severity severity_of(const RuleInfo& rule) const;
};

/// Name of the configuration file searched for next to the checked file and upwards.
inline constexpr std::string_view kLintConfigName = ".cppcc-validate.toml";

/// Parses the configuration format (docs/validate.md); PATH is used in messages.
Expected<LintConfig> parse_lint_config(std::string_view text, std::string_view path);
/// Reads and parses the configuration file at PATH.
Expected<LintConfig> load_lint_config(const std::string& path);
/// Walks up from the directory of FILE (or the working directory for "-")
/// and returns the first .cppcc-validate.toml found.
std::optional<std::string> find_lint_config(const std::string& file);

struct LintOptions {
  LintConfig config;
};

/// Runs every enabled rule on SRC. REPORT is parse_report(SRC): the rules read
/// its labels, parts, glossary and date line, the way extract reports them, and
/// the text of SRC for everything about form. Findings are sorted by position.
std::vector<Diagnostic> lint(const Report& report, const SourceText& src, const LintOptions& options = {});

/// Parses SRC with the library's resources (loaded once per process) and lints
/// it; without resources (they are built in, so this does not happen) the
/// rules see a report with no structure.
std::vector<Diagnostic> lint(const SourceText& src, const LintOptions& options = {});

/// The result of applying fixes.
struct FixResult {
  std::string text;      ///< the fixed UTF-8 text (for --diff)
  std::string original;  ///< the fixed file bytes, in the file's encoding and line endings
  size_t applied = 0;    ///< number of findings fixed
  size_t skipped = 0;    ///< fixable findings left out because their edits overlap
  /// False for .docx input: TEXT shows the changes, but there are no file bytes to write.
  bool writable = true;
};

/// Applies the fixes of DIAGNOSTICS to SRC. Changes nothing outside the
/// edited ranges. Fails for text that cannot be encoded back; for .docx input
/// only the text is fixed (writable = false).
Expected<FixResult> apply_fixes(const SourceText& src, const std::vector<Diagnostic>& diagnostics);

/// A unified diff (3 lines of context) between OLD_TEXT and NEW_TEXT, labelled with PATH.
std::string unified_diff(const std::string& path, std::string_view old_text, std::string_view new_text);

}  // namespace cppcc
