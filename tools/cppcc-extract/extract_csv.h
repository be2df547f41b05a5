// CSV rows of a report's quantities, one per quantity, for pandas / R / Excel.
// (Kept beside the tool until the library's own quantity CSV writer lands.)
#pragma once

#include <string>

#include "cppcc/report.h"

namespace cppcc_extract {

/// The header line, ending in CRLF (RFC 4180).
std::string quantities_csv_header();
/// The rows for R's quantities, each ending in CRLF.
std::string quantities_csv_rows(const cppcc::Report& r);

}  // namespace cppcc_extract
