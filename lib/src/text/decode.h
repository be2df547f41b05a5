// Internal: decoding helpers shared by source_text.cc and the .docx reader.
#pragma once

#include <cstdint>
#include <optional>
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

/// "more than the input limit of 256 MiB (268435456 bytes); --max-bytes N raises it":
/// the one wording of the limit for files, standard input and .docx parts.
std::string input_limit_message(uint64_t limit);

/// Extracts the paragraphs of a .docx (word/document.xml) as UTF-8 lines;
/// no decompressed part may exceed MAX_BYTES.
Expected<std::string> docx_to_text(std::string_view bytes, const std::string& path,
                                   uint64_t max_bytes = kDefaultMaxInputBytes);
/// The same from the unzipped parts (numbering and styles may be empty).
Expected<std::string> docx_parts_to_text(std::string_view document_xml, std::string_view numbering_xml,
                                         std::string_view styles_xml, const std::string& path,
                                         uint64_t max_bytes = kDefaultMaxInputBytes);

/// Why BYTES, given as a .docx, are not one: an encrypted or old binary Word
/// file, HTML, plain text or something else; the message says what to do.
/// nullopt for a zip archive (the .docx reader takes it from there).
std::optional<std::string> not_a_docx_reason(std::string_view bytes);
/// "a password-protected Word file; remove the password (…) and save it again":
/// Word encrypts into an OLE file; other tools encrypt the zip's entries.
std::string password_protected_reason();
/// "a password-protected Word file; …" or "a Word 97-2003 (.doc) file; …" for
/// an OLE compound file (magic D0 CF 11 E0), nullopt otherwise.
std::optional<std::string> ole_word_reason(std::string_view bytes);

/// UTF-16 without a byte-order mark: a text file never holds NUL bytes, but
/// UTF-16 puts one beside every ASCII character.
struct Utf16Guess {
  Encoding encoding = Encoding::kUtf16Le;
  bool certain = false;  ///< exactly one byte order gives clean text with line breaks
};
/// nullopt when BYTES do not look like UTF-16 at all.
std::optional<Utf16Guess> guess_utf16_without_bom(std::string_view bytes);

}  // namespace cppcc::detail
