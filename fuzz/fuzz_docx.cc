// Fuzzes the .docx reader below the zip: word/document.xml, numbering.xml and
// styles.xml, separated in the input by a NUL byte, through the XML parse
// and Word's list numbering (hostile w:start, w:ilvl, w:lvlText, styles);
// the whole input also goes through the sniffing of files named .docx.
// Seeds: fuzz/make_docx_seeds.py (nesting at the depth limit, text boxes).
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_common.h"
#include "text/decode.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view in(reinterpret_cast<const char*>(data), size);
  if (auto why = cppcc::detail::not_a_docx_reason(in)) FUZZ_CHECK(!why->empty());
  std::string_view parts[3];
  for (auto& part : parts) {
    const size_t nul = in.find('\0');
    part = in.substr(0, nul);
    in = nul == std::string_view::npos ? std::string_view() : in.substr(nul + 1);
  }
  auto text = cppcc::detail::docx_parts_to_text(parts[0], parts[1], parts[2], "fuzz.docx");
  if (!text) {
    FUZZ_CHECK(!text.error().message.empty());
    return 0;
  }
  FUZZ_CHECK(!text->empty());
  FUZZ_CHECK(text->size() < 64 * (size + 64));  // labels stay short: no blow-up from numbering
  return 0;
}
