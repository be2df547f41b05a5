// Fuzzes the report parser: any decodable bytes give a Report whose spans
// stay inside the file, and whose contract JSON can be written.
#include <cstdint>

#include "cppcc/parse.h"
#include "cppcc/report_json.h"
#include "fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const auto resources = cppcc::Resources::load();
  if (!resources) return 0;
  cppcc::SourceText src = cppcc::fuzz::lossy_source(data, size);
  cppcc::Report r = cppcc::parse_report(src, **resources);
  const uint64_t n = src.original().size();
  for (const cppcc::Part& part : r.parts) {
    FUZZ_CHECK(part.span.offset + part.span.length <= n);
    for (const cppcc::Section& s : part.sections) FUZZ_CHECK(s.span.offset + s.span.length <= n);
  }
  const std::string json = cppcc::report_to_json(r, {.indent = -1});
  FUZZ_CHECK(!json.empty() && json.front() == '{' && json.back() == '}');
  return 0;
}
