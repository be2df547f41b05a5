// How fuzz_decode reads its input: the first byte picks the decode options,
// the rest is the file. Shared with the regression replay test so that a kept
// input is decoded exactly as when it crashed.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "cppcc/text.h"

namespace cppcc::fuzz {

/// Options from MODE: bits 0-2 force an encoding (values 5-7: detect), bit 3 lossy.
inline DecodeOptions decode_mode(uint8_t mode) {
  static constexpr Encoding kForced[] = {Encoding::kUtf8, Encoding::kUtf8Bom, Encoding::kUtf16Le,
                                         Encoding::kUtf16Be, Encoding::kGb18030};
  DecodeOptions opts;
  if ((mode & 7) < 5) opts.encoding = kForced[mode & 7];
  opts.lossy = (mode & 8) != 0;
  return opts;
}

/// Decodes a fuzz_decode input (empty input: an error).
inline Expected<SourceText> decode_fuzz_input(std::string_view input) {
  if (input.empty()) return make_error(ErrorCode::kFormat, "empty fuzz input");
  return SourceText::decode("fuzz.txt", std::string(input.substr(1)),
                            decode_mode(static_cast<uint8_t>(input[0])));
}

}  // namespace cppcc::fuzz
