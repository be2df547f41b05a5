// Fuzzes decoding: SourceText::decode with any bytes and any encoding, then
// the position queries every tool makes on the result.
#include <cstdint>
#include <string>

#include "cppcc/text.h"
#include "decode_mode.h"
#include "fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto src = cppcc::fuzz::decode_fuzz_input(std::string_view(reinterpret_cast<const char*>(data), size));
  if (!src) {
    FUZZ_CHECK(!src.error().message.empty());
    return 0;
  }
  std::string_view text = src->text();
  FUZZ_CHECK(src->line_count() >= 1);
  // Sampled offsets (and one past the end) map to sane places in the original.
  // Sampling keeps an execution fast: display_column is linear in the line.
  const size_t step = text.size() / 64 + 1;
  for (size_t off = 0; off <= text.size(); off += step) {
    cppcc::Location loc = src->location(off);
    FUZZ_CHECK(loc.line >= 1 && loc.line <= src->line_count());
    FUZZ_CHECK(src->line_of(off) == loc.line);
    FUZZ_CHECK(src->original_offset(off) <= src->original().size());
    (void)src->display_column(off);
  }
  cppcc::Span all = src->span(0, text.size());
  FUZZ_CHECK(all.offset + all.length <= src->original().size());
  for (size_t line = 1; line <= src->line_count(); line += step) {
    FUZZ_CHECK(src->line_start(line) <= text.size());
    (void)src->line_text(line);
  }
  return 0;
}
