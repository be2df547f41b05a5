// Fuzzes numeral parsing (parse_numeral) and the quantity extractor on the
// same bytes: no crash, no hang, offsets inside the paragraph.
#include <cmath>
#include <cstdint>
#include <string>
#include <string_view>

#include "cppcc/quantity.h"
#include "fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view s(reinterpret_cast<const char*>(data), size);
  if (auto v = cppcc::parse_numeral(s)) FUZZ_CHECK(!std::isnan(*v));
  static const auto extractor = cppcc::QuantityExtractor::create();
  if (!extractor) return 0;
  cppcc::SourceText src = cppcc::fuzz::lossy_source(data, size);  // the extractor wants UTF-8
  std::string_view para = src.text();
  bool in_plan = size > 0 && (data[0] & 1);
  cppcc::ParagraphQuantities found = extractor->extract(para, {}, in_plan);
  for (const auto& q : found.quantities) {
    FUZZ_CHECK(q.begin <= q.end && q.end <= para.size());
  }
  for (const auto& a : found.anniversaries) {
    FUZZ_CHECK(a.begin <= a.end && a.end <= para.size());
  }
  return 0;
}
