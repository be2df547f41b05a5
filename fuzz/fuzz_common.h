// Helpers shared by the fuzz targets.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "cppcc/text.h"

/// Aborts with a message when an invariant of the library does not hold, so
/// libFuzzer keeps the input.
#define FUZZ_CHECK(cond)                                                     \
  do {                                                                       \
    if (!(cond)) {                                                           \
      std::fprintf(stderr, "%s:%d: invariant failed: %s\n", __FILE__, __LINE__, #cond); \
      std::abort();                                                          \
    }                                                                        \
  } while (0)

namespace cppcc::fuzz {

/// Decodes fuzz bytes the way a tool would: detection, lossy so that almost
/// every input reaches the later stages.
inline SourceText lossy_source(const uint8_t* data, size_t size) {
  DecodeOptions opts;
  opts.lossy = true;
  auto src = SourceText::decode("fuzz.txt", std::string(reinterpret_cast<const char*>(data), size), opts);
  if (src) return std::move(*src);
  // Still failing (binary, empty): hand the bytes over as UTF-8 text-ish.
  std::string text;
  for (size_t i = 0; i < size; ++i) {
    unsigned char c = data[i];
    text.push_back(c < 0x80 ? static_cast<char>(c) : '?');
  }
  return SourceText::from_utf8("fuzz.txt", std::move(text));
}

}  // namespace cppcc::fuzz
