/// \file
/// Renders a ReportDiff or a Series (diff.h) as text for a terminal, JSON
/// (schema "cppcc-diff/1" and "cppcc-series/1", documented in docs/diff.md),
/// one self-contained HTML page (no network: inline CSS and SVG), or CSV.
///
///   std::string out = cppcc::render_diff_text(d, {.color = isatty(1)});
#pragma once

#include <string>

#include "cppcc/diff.h"

namespace cppcc {

struct DiffRenderOptions {
  bool color = false;          ///< ANSI colours (text only; the tool sets it on a TTY)
  bool show_unchanged = false; ///< list unchanged figures and kept items too
  size_t context_chars = 24;   ///< kept characters shown around each change (text)
  /// Text: every item of every list and every hunk of every word diff (else
  /// about a screen per topic and a few hunks per section).
  bool full = false;
  size_t max_section_diffs = 50;  ///< word diffs shown (text, HTML); the JSON has them all
  size_t topic_lines = 20;     ///< text: items listed per topic unless full
  size_t largest_changes = 10; ///< text: changed figures in the headline block unless full
  size_t max_line = 160;       ///< text: longest line, in characters (longer ones end in …)
  bool explain_pairs = false;  ///< text: say under each pairing why the two were paired
};

std::string render_diff_text(const ReportDiff& diff, const DiffRenderOptions& options = {});
std::string render_diff_json(const ReportDiff& diff);
std::string render_diff_html(const ReportDiff& diff, const DiffRenderOptions& options = {});

std::string render_series_text(const Series& series);
struct SeriesCsvOptions {
  /// The pivot (one row per indicator, one column per year) instead of the
  /// long table (one row per indicator and year).
  bool wide = false;
  bool bom = false;  ///< start with a UTF-8 byte-order mark (Excel)
};
/// RFC 4180, CRLF rows, numeric value columns (docs/diff.md "Series").
std::string render_series_csv(const Series& series, const SeriesCsvOptions& options = {});
std::string render_series_json(const Series& series);
std::string render_series_html(const Series& series);

/// "14.6亿元", "5992件", "6.5%": a value in the unit it is counted in,
/// with 万/亿 for large amounts and a range as "6.5-7%".
std::string format_quantity_value(const Quantity& q);
/// A signed number, trimmed ("+8", "-0.5", "+1.2亿").
std::string format_signed(double v, bool large_units = true);

}  // namespace cppcc
