/// \file
/// Rendering lint findings: text for people, JSON for scripts, SARIF 2.1.0 for
/// code-scanning services, GitHub workflow commands for annotations. Lines and
/// columns (1-based, code points) always refer to the original file.
#pragma once

#include <string>
#include <vector>

#include "cppcc/diagnostic.h"
#include "cppcc/text.h"

namespace cppcc {

/// One checked file and what was found in it.
struct FileDiagnostics {
  const SourceText* source = nullptr;
  std::vector<Diagnostic> diagnostics;
};

struct DiagnosticsTextOptions {
  /// ANSI colours for a terminal: the severity word and the carets, as clang does.
  bool color = false;
};

/// `path:line:col: severity: message [P001 unmatched-pair]`, the source line,
/// and carets under the range, padded by display width (CJK counts two).
std::string render_diagnostics_text(const SourceText& src, const std::vector<Diagnostic>& diagnostics,
                                    const DiagnosticsTextOptions& options = {});

/// `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=P001 unmatched-pair::message`.
std::string render_diagnostics_github(const SourceText& src, const std::vector<Diagnostic>& diagnostics);

/// {"version": 1, "files": [{"path", "encoding", "diagnostics": [...]}], "summary": {...}}
std::string render_diagnostics_json(const std::vector<FileDiagnostics>& files);

/// A SARIF 2.1.0 log with one run; the driver lists every rule.
std::string render_diagnostics_sarif(const std::vector<FileDiagnostics>& files);

}  // namespace cppcc
