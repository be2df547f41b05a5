// Internal: decoding helpers shared by source_text.cc and the .docx reader.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "cppcc/expected.h"
#include "cppcc/text.h"

namespace cppcc::detail {

struct Utf8Check {
  size_t invalid = 0;        ///< number of invalid sequences
  size_t first_invalid = 0;  ///< byte offset of the first
  size_t multibyte = 0;      ///< number of valid multi-byte characters
};
Utf8Check check_utf8(std::string_view bytes);

struct Decoded {
  std::string text;
  std::vector<std::pair<uint32_t, uint32_t>> map;  ///< (text offset, original offset) per code point
  size_t error_offset = 0;
};

/// Decodes BYTES from offset SKIP with ICU. Without LOSSY, the first invalid
/// sequence is an error naming PATH and the byte offset.
Expected<Decoded> decode_with_icu(std::string_view bytes, size_t skip, Encoding enc, bool lossy,
                                  const std::string& path);

/// Extracts the paragraphs of a .docx (word/document.xml) as UTF-8 lines.
Expected<std::string> docx_to_text(std::string_view bytes, const std::string& path);
/// The same from the unzipped parts (numbering and styles may be empty).
Expected<std::string> docx_parts_to_text(std::string_view document_xml, std::string_view numbering_xml,
                                         std::string_view styles_xml, const std::string& path);

}  // namespace cppcc::detail
