// Helpers for the lint tests: lint a string, list findings of one rule.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "cppcc/lint.h"
#include "cppcc/text.h"

namespace cppcc::test {

inline std::vector<Diagnostic> lint_string(const std::string& text, const std::string& path = "draft.txt") {
  SourceText src = SourceText::from_utf8(path, text);
  return lint(src);
}

/// (line, column) of every finding of CODE in SRC.
inline std::vector<std::pair<uint32_t, uint32_t>> positions_of(const SourceText& src,
                                                                const std::vector<Diagnostic>& found,
                                                                const std::string& code) {
  std::vector<std::pair<uint32_t, uint32_t>> out;
  for (const Diagnostic& d : found) {
    if (d.code != code) continue;
    const Location l = src.location(d.begin);
    out.emplace_back(l.line, l.column);
  }
  return out;
}

}  // namespace cppcc::test
