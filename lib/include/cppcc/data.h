/// \file
/// The files of data/ (lexicons, unit tables, rule data), embedded in the
/// library at build time so the tools need no install paths.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

namespace cppcc {

/// Bytes of data/NAME (e.g. "dict/lexicon.txt"), or nullopt if no such file.
std::optional<std::string_view> embedded_data(std::string_view name);

/// Names of all embedded files, sorted.
std::vector<std::string_view> embedded_data_names();

}  // namespace cppcc
