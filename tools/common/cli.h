/// \file
/// What every tool shares: exit codes, error messages, option parsing, inputs.
#pragma once

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "cppcc/expected.h"
#include "cppcc/text.h"

namespace cppcc::cli {

/// Exit codes of every tool (as diff(1) and ruff do).
enum ExitCode : int {
  kExitOk = 0,        ///< success / no findings / no differences
  kExitFindings = 1,  ///< findings at or above the failing severity, or differences
  kExitTrouble = 2,   ///< usage, input or internal error
};

/// Prints "TOOL: error: MESSAGE" on stderr.
void print_error(const std::string& tool, const std::string& message);
void print_error(const std::string& tool, const Error& error);

/// Names APP after TOOL (for CLI11's messages) and adds --version, which
/// prints "TOOL VERSION" as other command-line tools do.
void name_app(CLI::App& app, const char* tool);

/// Runs CLI11's parser. A usage error prints "TOOL: MESSAGE; see --help" and
/// gives kExitTrouble (help and version exit 0). Returns -1 when parsing
/// succeeded and the tool should go on.
int parse_args(CLI::App& app, int argc, char** argv);

/// Adds -q,--quiet: no summary or progress lines on stderr (errors still shown).
void add_quiet_flag(CLI::App& app, bool* quiet);

/// Adds --color auto|always|never (default auto) writing into WHEN.
void add_color_option(CLI::App& app, std::string* when);
/// Whether output to FD gets colour: "always" and "never" say so; "auto"
/// colours a terminal unless NO_COLOR is set to anything (https://no-color.org).
bool use_color(const std::string& when, int fd);

/// Adds --encoding, --lossy and --max-bytes to APP (the first two write into
/// the given string and flag; decode_options() reads --max-bytes).
void add_decode_options(CLI::App& app, std::string* encoding, bool* lossy);
/// Turns the --encoding / --lossy values into DecodeOptions.
Expected<DecodeOptions> decode_options(const std::string& encoding, bool lossy);

/// Expands PATHS: files stay, directories are walked recursively for
/// supported inputs (.txt, .text, .md, .docx), sorted; "-" is stdin.
/// Missing paths are reported in ERRORS and skipped.
std::vector<std::string> expand_inputs(const std::vector<std::string>& paths,
                                       std::vector<std::string>* errors);

}  // namespace cppcc::cli
