// Fuzzes the rule engine: every rule on any decodable bytes, the text
// rendering of what it found (source lines and carets), then the fixes.
#include <cstdint>

#include "cppcc/lint.h"
#include "cppcc/lint_render.h"
#include "fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  cppcc::SourceText src = cppcc::fuzz::lossy_source(data, size);
  std::vector<cppcc::Diagnostic> found = cppcc::lint(src);
  const size_t n = src.text().size();
  for (const cppcc::Diagnostic& d : found) {
    FUZZ_CHECK(d.begin <= d.end && d.end <= n);
    for (const cppcc::Edit& e : d.fix) FUZZ_CHECK(e.begin <= e.end && e.end <= n);
  }
  const std::string shown = cppcc::render_diagnostics_text(src, found);
  FUZZ_CHECK(found.empty() == shown.empty());
  auto fixed = cppcc::apply_fixes(src, found);
  (void)fixed;
  return 0;
}
