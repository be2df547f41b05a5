// Fuzzes reflow, sentence splitting and the normalized views: every
// paragraph byte must map back into the source text.
#include <cstdint>

#include "cppcc/normalize.h"
#include "cppcc/canonical.h"
#include "cppcc/reflow.h"
#include "cppcc/sentence.h"
#include "fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  cppcc::SourceText src = cppcc::fuzz::lossy_source(data, size);
  const size_t n = src.text().size();
  cppcc::ReflowOptions opts;
  opts.wrap_width = size > 0 ? data[0] % 40 : 0;  // inferred (0) or forced widths
  for (const cppcc::Paragraph& p : cppcc::reflow(src, opts)) {
    FUZZ_CHECK(p.source.size() == p.text.size());
    for (uint32_t s : p.source) FUZZ_CHECK(s <= n);
    FUZZ_CHECK(p.first_line >= 1 && p.first_line <= p.last_line);
    cppcc::Span sp = cppcc::paragraph_span(src, p, 0, p.text.size());
    FUZZ_CHECK(sp.offset + sp.length <= src.original().size());
    size_t prev = 0;
    for (const cppcc::SentenceRange& r : cppcc::split_sentences(p.text)) {
      FUZZ_CHECK(r.begin >= prev && r.begin <= r.end && r.end <= p.text.size());
      prev = r.end;
    }
    cppcc::SourceMap to_written;
    cppcc::Paragraph c = cppcc::canonical_paragraph(p, &to_written);
    FUZZ_CHECK(c.source.size() == c.text.size());
    FUZZ_CHECK(to_written.empty() || to_written.size() == c.text.size());
    for (uint32_t s : to_written) FUZZ_CHECK(s < p.text.size());
    for (uint32_t s : c.source) FUZZ_CHECK(s <= n);
  }
  cppcc::MappedText nfc = cppcc::normalize_nfc(src.text());
  FUZZ_CHECK(nfc.source.size() == nfc.text.size());
  return 0;
}
