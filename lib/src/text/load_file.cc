// Reading a file (or standard input) and handing it to the decoder.
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cppcc/text.h"
#include "text/decode.h"
#include "text/html.h"
#include "text/pdf.h"

namespace cppcc {

namespace {

bool has_extension(const std::string& path, std::string_view want) {
  if (path.size() < want.size()) return false;
  std::string ext = path.substr(path.size() - want.size());
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext == want;
}

bool has_docx_extension(const std::string& path) {
  if (path.size() < 5) return false;
  std::string ext = path.substr(path.size() - 5);
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext == ".docx";
}

}  // namespace

Expected<SourceText> load_file(const std::string& path, const DecodeOptions& options) {
  std::string bytes;
  const std::string shown = path == "-" ? "<stdin>" : path;
  if (path == "-") {
    std::ostringstream ss;
    ss << std::cin.rdbuf();
    bytes = ss.str();
  } else {
    std::ifstream in(path, std::ios::binary);
    if (!in) return make_error(ErrorCode::kIo, shown + ": cannot open: " + std::strerror(errno));
    std::ostringstream ss;
    ss << in.rdbuf();
    if (in.bad()) return make_error(ErrorCode::kIo, shown + ": read error");
    bytes = ss.str();
  }
  if (bytes.empty()) return make_error(ErrorCode::kFormat, shown + ": the file is empty");
  if (bytes.size() > 0xFFFFFFF0u) {
    return make_error(ErrorCode::kFormat, shown + ": file too large (4 GiB is the limit)");
  }
  if (options.encoding == Encoding::kPdf || (!options.encoding && bytes.compare(0, 5, "%PDF-") == 0))
    return detail::pdf_to_source(std::move(bytes), shown);
  if (options.encoding == Encoding::kHtml ||
      (!options.encoding && (has_extension(path, ".html") || has_extension(path, ".htm") || detail::looks_like_html(bytes))))
    return detail::html_to_source(std::move(bytes), shown, options);
  const bool zip = bytes.compare(0, 4, "PK\x03\x04") == 0;
  if (options.encoding == Encoding::kDocx || (zip && has_docx_extension(path)) ||
      (zip && !options.encoding)) {
    auto text = detail::docx_to_text(bytes, shown);
    if (!text) return text.error();
    SourceText s = SourceText::from_utf8(shown, std::move(*text));
    s.mark_docx(bytes.size());
    return s;
  }
  return SourceText::decode(shown, std::move(bytes), options);
}

}  // namespace cppcc
