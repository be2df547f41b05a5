// cppcc-validate: lints draft work reports (numbering, punctuation, numbers,
// terminology) and prints findings as text, JSON, SARIF or GitHub annotations;
// --fix applies the certain fixes in place. Exit 0 clean, 1 findings, 2 trouble.
#include <unistd.h>

#include <algorithm>
#include <iostream>
#include <map>
#include <memory>

#include "common/batch.h"
#include "common/cli.h"
#include "common/output.h"
#include "cppcc/atomic_file.h"
#include "cppcc/lint.h"
#include "cppcc/lint_render.h"
#include "cppcc/parse.h"

namespace {

constexpr const char* kTool = "cppcc-validate";

void list_rules() {
  for (const cppcc::RuleInfo& r : cppcc::lint_rules()) {
    std::string name(r.name);
    name.resize(std::max<size_t>(name.size(), 28), ' ');
    std::string sev(cppcc::severity_name(r.default_severity));
    sev.resize(8, ' ');
    std::cout << r.code << "  " << name << sev << (r.fixable ? "fix  " : "     ") << r.summary << "\n";
  }
}

int explain(const std::string& id) {
  const cppcc::RuleInfo* r = cppcc::find_lint_rule(id);
  if (!r) {
    cppcc::cli::print_error(kTool, "unknown rule '" + id + "' (see --list-rules)");
    return cppcc::cli::kExitTrouble;
  }
  std::cout << r->code << " " << r->name << "\n"
            << "  category: " << cppcc::rule_category_name(r->category) << "\n"
            << "  default severity: " << cppcc::severity_name(r->default_severity) << "\n"
            << "  fix: " << (r->fixable ? "yes (--fix, --diff)" : "no") << "\n"
            << "  " << r->summary << "\n"
            << "  documentation: " << cppcc::lint_rule_doc_path(*r) << "\n";
  return cppcc::cli::kExitOk;
}

int run(int argc, char** argv) try {
  CLI::App app{"Checks draft work reports: structure, punctuation (GB/T 15834), numbers (GB/T 15835), terminology."};
  cppcc::cli::name_app(app, kTool);
  std::vector<std::string> inputs, enable, disable, severities;
  std::string format = "text", fail_on, config_path, explain_id, encoding, color;
  bool lossy = false, show_rules = false, fix = false, diff = false, no_config = false, quiet = false;
  app.add_option("inputs", inputs, "Files or directories (.txt, .md, .docx); - for standard input");
  app.add_option("--format", format, "Output: text, json, sarif or github")
      ->check(CLI::IsMember({"text", "json", "sarif", "github"}));
  app.add_flag("--list-rules", show_rules, "List every rule and exit");
  app.add_option("--explain", explain_id, "Explain a rule (ID or name) and exit");
  // One value per flag (repeat the flag), so a file name after it is not taken as a rule.
  app.add_option("--enable", enable, "Enable a rule (ID, name, category letter or all); repeatable")->allow_extra_args(false);
  app.add_option("--disable", disable, "Disable a rule (ID, name, category letter or all); repeatable")->allow_extra_args(false);
  app.add_option("--severity", severities, "Set a rule's severity: ID=error|warning|info; repeatable")->allow_extra_args(false);
  app.add_option("--fail-on", fail_on, "Lowest severity that makes the exit code 1 (default error)")
      ->check(CLI::IsMember({"error", "warning", "info"}));
  app.add_option("--config", config_path, "Configuration file (default: .cppcc-validate.toml found upwards)");
  app.add_flag("--no-config", no_config, "Ignore configuration files");
  app.add_flag("--fix", fix,
               "Apply certain fixes in place (atomic; encoding and line endings kept); with - (standard input) "
               "print the fixed text on standard output and the findings left on standard error");
  app.add_flag("--diff", diff, "Print the fixes as a unified diff instead of applying them; exit 1 when one is pending");
  cppcc::cli::add_color_option(app, &color);
  cppcc::cli::add_quiet_flag(app, &quiet);
  unsigned jobs = 0;
  cppcc::cli::add_jobs_option(app, &jobs);
  cppcc::cli::add_decode_options(app, &encoding, &lossy);
  if (int rc = cppcc::cli::parse_args(app, argc, argv); rc >= 0) return rc;

  if (show_rules) {
    list_rules();
    return cppcc::cli::kExitOk;
  }
  if (!explain_id.empty()) return explain(explain_id);
  if (inputs.empty()) {
    cppcc::cli::print_error(kTool, "no input files (try --help)");
    return cppcc::cli::kExitTrouble;
  }
  auto decode = cppcc::cli::decode_options(encoding, lossy);
  if (!decode) {
    cppcc::cli::print_error(kTool, decode.error());
    return cppcc::cli::kExitTrouble;
  }
  // `--fix -` is the editor filter: standard output carries the fixed text,
  // so it takes one input and the findings go to stderr as text.
  const bool fix_stdin = fix && !diff && std::find(inputs.begin(), inputs.end(), "-") != inputs.end();
  if (fix_stdin && (inputs.size() != 1 || (format != "text" && format != "github"))) {
    cppcc::cli::print_error(kTool, "--fix - reads one text from standard input and writes it fixed to standard "
                                   "output: give - as the only input, with --format text or github");
    return cppcc::cli::kExitTrouble;
  }
  cppcc::DiagnosticsTextOptions text_options;
  text_options.color = cppcc::cli::use_color(color, fix_stdin ? STDERR_FILENO : STDOUT_FILENO);

  // Command-line overrides, applied after any configuration file.
  auto apply_cli = [&](cppcc::LintConfig& cfg) -> cppcc::Status {
    for (const auto& r : enable)
      if (auto st = cfg.set_rule(r, "on"); !st) return st;
    for (const auto& r : disable)
      if (auto st = cfg.set_rule(r, "off"); !st) return st;
    for (const auto& s : severities) {
      const size_t eq = s.find('=');
      if (eq == std::string::npos)
        return cppcc::make_error(cppcc::ErrorCode::kUsage, "--severity expects ID=LEVEL, got '" + s + "'");
      if (auto st = cfg.set_rule(s.substr(0, eq), s.substr(eq + 1)); !st) return st;
      // A severity alone must not re-enable a rule the user disabled.
    }
    return cppcc::Ok{};
  };
  std::optional<cppcc::LintConfig> fixed_config;
  if (!config_path.empty()) {
    auto cfg = cppcc::load_lint_config(config_path);
    if (!cfg) {
      cppcc::cli::print_error(kTool, cfg.error());
      return cppcc::cli::kExitTrouble;
    }
    fixed_config = *cfg;
  }
  {
    cppcc::LintConfig probe;  // validate CLI rule names once, up front
    if (auto st = apply_cli(probe); !st) {
      cppcc::cli::print_error(kTool, st.error());
      return cppcc::cli::kExitTrouble;
    }
  }
  std::map<std::string, cppcc::LintConfig> config_cache;

  bool trouble = false;
  std::vector<std::string> errors;
  const std::vector<std::string> files = cppcc::cli::expand_inputs(inputs, &errors);
  for (const auto& e : errors) cppcc::cli::print_error(kTool, e);
  trouble = !errors.empty();

  // Configurations are resolved up front, in order: a bad config file stops
  // the run before any file is touched.
  std::vector<cppcc::LintOptions> file_options;
  std::optional<cppcc::Severity> config_fail_on;
  for (const std::string& path : files) {
    cppcc::LintConfig cfg;
    if (fixed_config) {
      cfg = *fixed_config;
    } else if (!no_config) {
      if (auto found = cppcc::find_lint_config(path)) {
        auto it = config_cache.find(*found);
        if (it == config_cache.end()) {
          auto loaded = cppcc::load_lint_config(*found);
          if (!loaded) {
            cppcc::cli::print_error(kTool, loaded.error());
            return cppcc::cli::kExitTrouble;
          }
          it = config_cache.emplace(*found, *loaded).first;
        }
        cfg = it->second;
      }
    }
    if (cfg.fail_on) config_fail_on = cfg.fail_on;
    (void)apply_cli(cfg);
    cppcc::LintOptions opts;
    opts.config = cfg;
    file_options.push_back(std::move(opts));
  }

  // Each file is parsed into the one report model, which the rules read.
  auto resources = cppcc::Resources::load();
  if (!resources) {
    cppcc::cli::print_error(kTool, resources.error());
    return cppcc::cli::kExitTrouble;
  }
  auto lint_source = [&](const cppcc::SourceText& source, const cppcc::LintOptions& opts) {
    cppcc::ParseOptions parse_options;
    parse_options.terms = false;  // no rule reads the top terms; N013 reads the quantities
    return cppcc::lint(cppcc::parse_report(source, **resources, parse_options), source, opts);
  };

  // Each file is linted (and fixed) on a worker; results come back in input
  // order, so output is the same for any --jobs.
  struct FileResult {
    std::unique_ptr<cppcc::SourceText> source;
    std::vector<cppcc::Diagnostic> diagnostics;
    std::string diff;                 // --diff output
    std::optional<std::string> fixed_stdin;  // `--fix -`: the fixed bytes for stdout
    std::vector<cppcc::Error> errors;  // reported on stderr, in order
    std::optional<cppcc::Error> write_error;  // --fix could not save the file
    std::string note;                 // "fixed N finding(s)"
  };
  auto check_file = [&](size_t i) -> cppcc::Expected<FileResult> {
    const std::string& path = files[i];
    const cppcc::LintOptions& opts = file_options[i];
    if (cppcc::cli::stdout_failed()) return FileResult{};  // its findings could not be shown: stop
    auto src = cppcc::load_file(path, *decode);
    if (!src) return src.error();
    FileResult r;
    r.source = std::make_unique<cppcc::SourceText>(std::move(*src));
    r.diagnostics = lint_source(*r.source, opts);
    if (!fix && !diff) return r;
    auto fixed = cppcc::apply_fixes(*r.source, r.diagnostics);
    if (!fixed) {
      r.errors.push_back(fixed.error());
    } else if (!diff && path == "-") {
      // The findings left are those of the fixed text, as after a fix in place.
      auto again = cppcc::SourceText::decode(path, fixed->original, *decode);
      if (!again) {
        r.errors.push_back(again.error());
        return r;
      }
      r.fixed_stdin = std::move(fixed->original);
      r.source = std::make_unique<cppcc::SourceText>(std::move(*again));
      r.diagnostics = lint_source(*r.source, opts);
    } else if (diff) {
      r.diff = cppcc::unified_diff(path, r.source->text(), fixed->text);
    } else if (!fixed->writable) {
      r.errors.push_back(cppcc::make_error(
          cppcc::ErrorCode::kUsage, path + ": --fix does not write .docx files; fix the draft in Word or save "
                                           "it as text first (--diff shows the changes)"));
    } else if (fixed->applied > 0) {
      cppcc::AtomicWriteOptions write;
      write.expected_content = r.source->original();  // a concurrent edit aborts the fix
      if (auto st = cppcc::write_file_atomically(path, fixed->original, write); !st) {
        r.write_error = st.error();
        return r;
      }
      r.note = path + ": fixed " + std::to_string(fixed->applied) + " finding(s)";
      if (auto again = cppcc::load_file(path, *decode)) {
        r.source = std::make_unique<cppcc::SourceText>(std::move(*again));
        r.diagnostics = lint_source(*r.source, opts);
      }
    }
    return r;
  };

  std::vector<std::unique_ptr<cppcc::SourceText>> sources;
  std::vector<cppcc::FileDiagnostics> results;
  bool fix_pending = false;
  const bool streams = format == "text" || format == "github";
  cppcc::cli::BatchOptions batch;
  batch.jobs = jobs;
  batch.progress = !quiet;
  batch.item_bytes = cppcc::cli::file_sizes(files);
  cppcc::cli::run_batch<FileResult>(files.size(), batch, check_file, [&](size_t, cppcc::Expected<FileResult>&& r) {
    if (!r) {
      cppcc::cli::print_error(kTool, r.error());
      trouble = true;
      return;
    }
    if (!r->source) return;  // skipped after standard output failed
    for (const auto& e : r->errors) cppcc::cli::print_error(kTool, e);
    if (r->write_error) cppcc::cli::print_write_error(r->write_error->message);
    if (!r->errors.empty() || r->write_error) trouble = true;
    if (!r->note.empty() && !quiet) std::cerr << kTool << ": " << r->note << "\n";
    if (diff) {
      fix_pending = fix_pending || !r->diff.empty();
      cppcc::cli::write_stdout(r->diff);
      return;
    }
    if (streams) {
      const std::string shown = format == "github"
                                    ? cppcc::render_diagnostics_github(*r->source, r->diagnostics)
                                    : cppcc::render_diagnostics_text(*r->source, r->diagnostics, text_options);
      if (fix_stdin) {
        if (r->fixed_stdin) cppcc::cli::write_stdout(*r->fixed_stdin);  // none when the fix failed (exit 2)
        std::cerr << shown;
      } else {
        cppcc::cli::write_stdout(shown);
      }
    }
    results.push_back({r->source.get(), std::move(r->diagnostics)});
    sources.push_back(std::move(r->source));
  });
  // As ruff --diff and clang-format --dry-run -Werror: a pending fix fails a CI gate.
  if (diff) return trouble ? cppcc::cli::kExitTrouble : fix_pending ? cppcc::cli::kExitFindings : cppcc::cli::kExitOk;

  if (format == "json") {
    cppcc::cli::write_stdout(cppcc::render_diagnostics_json(results));
  } else if (format == "sarif") {
    cppcc::cli::write_stdout(cppcc::render_diagnostics_sarif(results));
  }

  cppcc::Severity threshold = cppcc::Severity::kError;
  if (config_fail_on) threshold = *config_fail_on;
  if (!fail_on.empty()) threshold = *cppcc::parse_severity(fail_on);
  size_t counts[3] = {0, 0, 0};
  bool failing = false;
  for (const auto& r : results) {
    for (const auto& d : r.diagnostics) {
      ++counts[static_cast<int>(d.severity)];
      if (d.severity >= threshold) failing = true;
    }
  }
  if (format == "text" && !quiet && !cppcc::cli::stdout_failed()) {  // no summary of output that went nowhere
    std::cerr << results.size() << " file(s): " << counts[2] << " error(s), " << counts[1] << " warning(s), "
              << counts[0] << " info\n";
  }
  if (trouble) return cppcc::cli::kExitTrouble;
  return failing ? cppcc::cli::kExitFindings : cppcc::cli::kExitOk;
} catch (const std::exception& e) {
  cppcc::cli::print_error(kTool, std::string("internal error: ") + e.what());
  return cppcc::cli::kExitTrouble;
}

}  // namespace

int main(int argc, char** argv) {
  cppcc::cli::init_output(kTool);
  return cppcc::cli::finish_output(run(argc, argv));
}
