/// \file
/// A lint finding: which rule, how severe, where (bytes of SourceText::text()),
/// what is wrong, and, for rules whose correction is certain, the edits that
/// fix it. Line and column are computed only when rendering (lint_render.h),
/// always against the original file.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cppcc {

enum class Severity { kInfo = 0, kWarning = 1, kError = 2 };

/// "info", "warning", "error".
std::string_view severity_name(Severity s);
/// Parses "info", "warning"/"warn", "error" (case-insensitive).
std::optional<Severity> parse_severity(std::string_view s);

/// Replace text()[begin, end) with REPLACEMENT (UTF-8).
struct Edit {
  size_t begin = 0;
  size_t end = 0;
  std::string replacement;
};

struct Diagnostic {
  std::string code;      ///< stable rule ID, e.g. "P001"
  std::string name;      ///< kebab-case rule name, e.g. "unmatched-pair"
  Severity severity = Severity::kError;
  size_t begin = 0;      ///< byte range in SourceText::text()
  size_t end = 0;
  std::string message;
  /// Edits that fix the finding, applied together; empty when no certain fix exists.
  std::vector<Edit> fix;
};

}  // namespace cppcc
