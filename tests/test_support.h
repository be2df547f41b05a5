// Helpers shared by the unit tests.
#pragma once
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>

#include "test_paths.h"

namespace cppcc::test {

/// The shared corpus folder, or nullopt (tests then skip with a message).
inline std::optional<std::filesystem::path> shared_dir() {
  std::filesystem::path p = CPPCC_TEST_SHARED_DIR;
  if (std::filesystem::is_directory(p / "corpus")) return p;
  return std::nullopt;
}

inline std::string read_file(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace cppcc::test

/// Skips the current test case when ../shared is absent, saying so once.
#define CPPCC_REQUIRE_SHARED(var)                                              \
  auto var##_opt = ::cppcc::test::shared_dir();                                \
  if (!var##_opt) {                                                            \
    MESSAGE("skipped: ../shared not found beside the checkout");               \
    return;                                                                    \
  }                                                                            \
  const std::filesystem::path& var = *var##_opt
