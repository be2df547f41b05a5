// Fuzzes the PDF reader: poppler on hostile bytes, the line grouping and the
// running-header detection. Errors are values; spans stay inside the text layer.
#include <algorithm>
#include <cstdint>
#include <string>

#include "fuzz_common.h"
#include "text/pdf.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto src = cppcc::detail::pdf_to_source(std::string(reinterpret_cast<const char*>(data), size), "fuzz.pdf");
  if (!src) {
    FUZZ_CHECK(!src.error().message.empty());
    return 0;
  }
  const size_t n = src->text().size();
  for (size_t i = 0; i < n; i += 11) {
    const cppcc::Span s = src->span(i, std::min(n, i + 11));
    FUZZ_CHECK(s.offset + s.length <= src->original().size());
  }
  return 0;
}
