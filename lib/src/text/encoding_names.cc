// Names of the encodings the loader understands.
#include <algorithm>
#include <string>

#include "cppcc/text.h"

namespace cppcc {

std::string_view encoding_name(Encoding e) {
  switch (e) {
    case Encoding::kUtf8: return "utf-8";
    case Encoding::kUtf8Bom: return "utf-8-bom";
    case Encoding::kUtf16Le: return "utf-16le";
    case Encoding::kUtf16Be: return "utf-16be";
    case Encoding::kGb18030: return "gb18030";
    case Encoding::kDocx: return "docx";
    case Encoding::kHtml: return "html";
    case Encoding::kPdf: return "pdf";
  }
  return "utf-8";
}

std::optional<Encoding> parse_encoding_name(std::string_view name) {
  std::string n(name);
  std::transform(n.begin(), n.end(), n.begin(), [](unsigned char c) { return std::tolower(c); });
  n.erase(std::remove(n.begin(), n.end(), '_'), n.end());
  if (n == "utf-8" || n == "utf8") return Encoding::kUtf8;
  if (n == "utf-8-bom" || n == "utf8bom" || n == "utf-8-sig" || n == "utf8-sig") return Encoding::kUtf8Bom;
  if (n == "utf-16le" || n == "utf16le") return Encoding::kUtf16Le;
  if (n == "utf-16be" || n == "utf16be") return Encoding::kUtf16Be;
  if (n == "gb18030" || n == "gbk" || n == "gb2312" || n == "cp936" || n == "euc-cn") return Encoding::kGb18030;
  if (n == "docx") return Encoding::kDocx;
  if (n == "html" || n == "htm") return Encoding::kHtml;
  if (n == "pdf") return Encoding::kPdf;
  return std::nullopt;
}

}  // namespace cppcc
