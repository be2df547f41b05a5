// Helpers shared by the parse tests: one Resources for the whole run, and
// parsing a file from disk.
#pragma once

#include <filesystem>
#include <memory>
#include <string>

#include <doctest/doctest.h>

#include "cppcc/parse.h"

namespace cppcc::test {

inline const Resources& parse_resources() {
  static std::shared_ptr<const Resources> res = [] {
    auto r = Resources::load();
    REQUIRE_MESSAGE(r.ok(), (r.ok() ? std::string() : r.error().message));
    return *r;
  }();
  return *res;
}

struct Parsed {
  SourceText src;
  Report report;
};

inline Parsed parse_path(const std::filesystem::path& p) {
  auto src = load_file(p.string());
  REQUIRE_MESSAGE(src.ok(), (src.ok() ? std::string() : src.error().message));
  Report r = parse_report(*src, parse_resources());
  return Parsed{std::move(*src), std::move(r)};
}

/// TEXT parsed as a UTF-8 file named t.txt.
inline Report parse_text(const std::string& text) {
  auto src = SourceText::from_utf8("t.txt", text);
  return parse_report(src, parse_resources());
}

}  // namespace cppcc::test
