// Fuzzes the HTML reader: charset sniffing, gumbo's tree, the article search
// and the alignment of decoded text with the page's bytes (entities, CR LF).
// Every span it hands out must lie inside the page.
#include <algorithm>
#include <cstdint>
#include <string>

#include "fuzz_common.h"
#include "text/html.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  cppcc::DecodeOptions opts;
  opts.lossy = true;
  auto src = cppcc::detail::html_to_source(std::string(reinterpret_cast<const char*>(data), size), "fuzz.html", opts);
  if (!src) {
    FUZZ_CHECK(!src.error().message.empty());
    return 0;
  }
  const size_t n = src->text().size();
  FUZZ_CHECK(n > 0);
  for (size_t i = 0; i < n; i += 7) {
    const cppcc::Span s = src->span(i, std::min(n, i + 7));
    FUZZ_CHECK(s.offset + s.length <= src->original().size());
    FUZZ_CHECK(s.line >= 1 && s.column >= 1);
  }
  return 0;
}
