/// \file
/// The quantities of a report as CSV (RFC 4180), one row per quantity, for
/// spreadsheets: `cppcc-extract --format csv`.
///
///   std::string csv = cppcc::render_quantity_csv(report, {.bom = true});
///
/// Columns: file, part, section, line, column, surface, value, unit,
/// qualifier, kind, indicator, is_target, status, then the report's
/// review_year, plan_year, region, level, genre on every row. Rows end in CRLF; fields holding a
/// comma, quote or line break are quoted, quotes doubled.
#pragma once

#include <string>

#include "cppcc/report.h"

namespace cppcc {

struct QuantityCsvOptions {
  bool header = true;  ///< write the column names first (off for the 2nd… file)
  bool bom = false;    ///< start with a UTF-8 BOM so Excel reads UTF-8
};

/// The column names, comma-separated, without line end.
std::string quantity_csv_columns();

/// The rows of REPORT's quantities (with the header and BOM as asked).
std::string render_quantity_csv(const Report& report, const QuantityCsvOptions& options = {});

/// A number as the CSV columns print it: EXACT as written when known, else V
/// (1460000000, not 1.46e+09); empty for a value that is not finite.
std::string csv_number(double v, const std::optional<Decimal>& exact);

/// One CSV field, quoted when it must be (RFC 4180).
std::string csv_field(std::string_view text);

}  // namespace cppcc
