// The bad input suite's inputs and helpers (issue 8), shared by its tests.
#pragma once

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>

// Big inputs are shrunk under the sanitizers and in unoptimised builds, where
// they would only measure the instrumentation.
#if defined(__SANITIZE_ADDRESS__)
#define CPPCC_ROBUSTNESS_SMALL 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(memory_sanitizer) || __has_feature(thread_sanitizer)
#define CPPCC_ROBUSTNESS_SMALL 1
#endif
#endif
#if !defined(CPPCC_ROBUSTNESS_SMALL) && !defined(NDEBUG)
#define CPPCC_ROBUSTNESS_SMALL 1
#endif

namespace cppcc::test {

#ifdef CPPCC_ROBUSTNESS_SMALL
inline constexpr size_t kScale = 20;  ///< big inputs are divided by this
#else
inline constexpr size_t kScale = 1;
#endif

/// S repeated until the result has at least BYTES bytes.
inline std::string repeat_to(std::string_view s, size_t bytes) {
  std::string out;
  out.reserve(bytes + s.size());
  while (out.size() < bytes) out.append(s);
  return out;
}

inline std::string repeat(std::string_view s, size_t times) {
  std::string out;
  out.reserve(s.size() * times);
  for (size_t i = 0; i < times; ++i) out.append(s);
  return out;
}

/// The pieces joined (avoids "literal" + std::string, which trips GCC 12's
/// false -Wrestrict warning).
inline std::string cat(std::initializer_list<std::string_view> parts) {
  std::string out;
  for (std::string_view p : parts) out.append(p);
  return out;
}

/// The first bytes of a PNG file (signature and IHDR chunk).
inline std::string png_header() {
  return std::string("\x89PNG\r\n\x1A\n\0\0\0\x0DIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0\x1F\xF3\xFF\x61", 33);
}

/// "中文报告" in GB18030 with the last character cut after its first byte.
inline std::string truncated_gb18030() { return "\xD6\xD0\xCE\xC4\xB1\xA8\xB8"; }

/// Seconds taken by F().
template <class F>
double seconds(F&& f) {
  auto t0 = std::chrono::steady_clock::now();
  f();
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

/// The fastest of RUNS runs of F(): a scaling ratio of single runs swings with
/// the machine's load (other builds on a 2-core machine), the fastest run much less.
template <class F>
double fastest_seconds(F&& f, int runs = 3) {
  double best = seconds(f);
  for (int r = 1; r < runs; ++r) best = std::min(best, seconds(f));
  return best;
}

}  // namespace cppcc::test
