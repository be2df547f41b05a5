/// \file
/// The files of data/ (lexicons, unit tables, rule data), embedded in the
/// library at build time so the tools need no install paths.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cppcc {

/// Bytes of data/NAME (e.g. "dict/lexicon.txt"), or nullopt if no such file.
std::optional<std::string_view> embedded_data(std::string_view name);

/// The lines of CONTENT (split at LF; a last line without one is a line; the
/// CR of a CRLF is kept): data and dictionary files are read line by line.
std::vector<std::string_view> data_lines(std::string_view content);

/// The rows of the embedded table NAME, each its TAB-separated fields; blank
/// lines and lines starting with # are skipped, a CR before the LF dropped.
/// Empty when there is no such file.
std::vector<std::vector<std::string>> embedded_tsv(std::string_view name);

/// Names of all embedded files, sorted.
std::vector<std::string_view> embedded_data_names();

}  // namespace cppcc
