// Recognising an HTML page and the charset it declares, before any decoding:
// the meta tag is ASCII in every charset a report page uses.
#include <algorithm>
#include <cctype>

#include "text/html.h"

namespace cppcc::detail {

namespace {

std::string lower_prefix(std::string_view bytes, size_t n) {
  std::string s(bytes.substr(0, std::min(n, bytes.size())));
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  return s;
}

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

}  // namespace

bool looks_like_html(std::string_view bytes) {
  const std::string head = lower_prefix(bytes, 2048);
  size_t i = starts_with(head, "\xef\xbb\xbf") ? 3 : 0;
  while (i < head.size() && std::isspace(static_cast<unsigned char>(head[i]))) ++i;
  if (i >= head.size() || head[i] != '<') return false;
  for (std::string_view marker : {"<!doctype html", "<html", "<head", "<meta", "<body"})
    if (head.find(marker) != std::string::npos) return true;
  return false;
}

Expected<std::optional<Encoding>> html_declared_encoding(std::string_view bytes, const std::string& path) {
  if (starts_with(bytes, "\xEF\xBB\xBF")) return std::optional<Encoding>(Encoding::kUtf8Bom);
  if (starts_with(bytes, "\xFF\xFE")) return std::optional<Encoding>(Encoding::kUtf16Le);
  if (starts_with(bytes, "\xFE\xFF")) return std::optional<Encoding>(Encoding::kUtf16Be);
  const std::string head = lower_prefix(bytes, 4096);
  for (size_t at = head.find("charset"); at != std::string::npos; at = head.find("charset", at + 7)) {
    // Only inside a <meta ...> tag: "charset" in a script or the text is not a declaration.
    const size_t open = head.rfind('<', at);
    if (open == std::string::npos || head.compare(open, 5, "<meta") != 0 || head.find('>', open) < at) continue;
    size_t i = at + 7;
    while (i < head.size() && (std::isspace(static_cast<unsigned char>(head[i])) || head[i] == '=' ||
                               head[i] == '"' || head[i] == '\''))
      ++i;
    size_t j = i;
    while (j < head.size() && (std::isalnum(static_cast<unsigned char>(head[j])) || head[j] == '-' ||
                               head[j] == '_' || head[j] == ':' || head[j] == '.'))
      ++j;
    const std::string name = head.substr(i, j - i);
    if (name.empty()) continue;
    if (auto e = parse_encoding_name(name); e && *e != Encoding::kDocx && *e != Encoding::kHtml && *e != Encoding::kPdf)
      return std::optional<Encoding>(*e);
    if (name.find("gb") != std::string::npos) return std::optional<Encoding>(Encoding::kGb18030);  // x-gbk, gb_2312-80
    if (name == "unicode" || name == "utf-16") return std::optional<Encoding>(Encoding::kUtf16Le);
    if (name.find("8859") != std::string::npos || name.find("1252") != std::string::npos ||
        name.find("ascii") != std::string::npos || name.find("latin") != std::string::npos)
      return std::optional<Encoding>();
    return make_error(ErrorCode::kEncoding, path + ": byte " + std::to_string(i) + ": the page declares charset '" +
                                                name + "', which is not read (utf-8, gb2312, gbk and gb18030 are); "
                                                "use --encoding to override");
  }
  return std::optional<Encoding>();
}

}  // namespace cppcc::detail
