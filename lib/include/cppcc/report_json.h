/// \file
/// Rendering a Report for people and programs: the JSON of the output
/// contract "cppcc-report/1" (product.md) and a readable text outline.
///
///   std::string json = cppcc::report_to_json(report, {.indent = 2});
///   std::string outline = cppcc::report_to_text(report);
#pragma once

#include <string>
#include <vector>

#include "cppcc/expected.h"
#include "cppcc/report.h"

namespace cppcc {

/// The contract version written in every output's "schema".
inline constexpr const char* kReportSchema = "cppcc-report/1";

struct ReportJsonOptions {
  int indent = 2;  ///< -1: everything on one line (JSONL)
  /// Top-level keys to keep (e.g. {"metadata", "quantities"}); empty = all.
  /// "schema" and "source" are always kept so each object says what it is.
  std::vector<std::string> select;
};

/// The top-level keys report_to_json() writes, in order.
const std::vector<std::string>& report_json_keys();

/// Checks that every name in SELECT is a top-level key; names the bad one.
Status check_report_selection(const std::vector<std::string>& select);

/// The report as contract JSON (UTF-8, no trailing newline).
std::string report_to_json(const Report& report, const ReportJsonOptions& options = {});

/// A readable outline: metadata, the tree of parts and sections with line
/// numbers, shortcomings, glossary and formulations. Ends with a newline.
std::string report_to_text(const Report& report);

}  // namespace cppcc
