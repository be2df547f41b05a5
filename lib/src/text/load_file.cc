// Reading a file (or standard input) and handing it to the decoder. The input
// limit is checked while reading, so endless input (/dev/zero, a pipe that
// never closes its end) stops at the limit instead of filling the memory.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <iostream>

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

struct FdCloser {
  int fd;
  ~FdCloser() {
    if (fd >= 0) ::close(fd);
  }
};

std::string open_failure(const std::string& shown, int err) {
  if (err == ELOOP) {
    return shown + ": cannot open: symlink loop (the link, or one it points to, leads back to itself); "
                   "point it at the report file";
  }
  return shown + ": cannot open: " + std::strerror(err);
}

constexpr size_t kChunk = 1 << 16;

/// Appends chunks from READ_SOME until it returns 0 (end) or a negative value
/// (error); stops with false as soon as more than LIMIT bytes came.
template <typename ReadSome>
bool read_limited(ReadSome read_some, uint64_t limit, std::string& out, int* err) {
  for (;;) {
    const size_t before = out.size();
    out.resize(before + kChunk);
    const long n = read_some(out.data() + before, kChunk);
    if (n < 0) {
      out.resize(before);
      *err = errno;
      return true;
    }
    out.resize(before + static_cast<size_t>(n));
    if (out.size() > limit) return false;
    if (n == 0) return true;
  }
}

}  // namespace

namespace detail {
std::string input_limit_message(uint64_t limit) {
  std::string size = std::to_string(limit) + " bytes";
  if (limit >= (1u << 20) && limit % (1u << 20) == 0) size = std::to_string(limit >> 20) + " MiB (" + size + ")";
  return "more than the input limit of " + size + "; --max-bytes N raises it (K, M, G suffixes)";
}
}  // namespace detail

Expected<SourceText> load_file(const std::string& path, const DecodeOptions& options) {
  std::string bytes;
  const std::string shown = path == "-" ? "<stdin>" : path;
  const uint64_t limit = std::min(options.max_bytes, kLargestMaxInputBytes);
  int err = 0;
  bool within = true;
  if (path == "-") {
    std::streambuf* in = std::cin.rdbuf();
    within = read_limited([in](char* buf, size_t n) { return static_cast<long>(in->sgetn(buf, static_cast<std::streamsize>(n))); },
                          limit, bytes, &err);
  } else {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return make_error(ErrorCode::kIo, open_failure(shown, errno));
    FdCloser closer{fd};
    struct stat st {};
    const bool known = ::fstat(fd, &st) == 0;
    if (known && S_ISDIR(st.st_mode)) {
      return make_error(ErrorCode::kIo, shown + ": is a directory, not a report file; name the files in it "
                                                "(a shell pattern such as " + shown + "/*.txt lists them by name)");
    }
    if (known && S_ISREG(st.st_mode) && static_cast<uint64_t>(st.st_size) > limit) {
      return make_error(ErrorCode::kFormat, shown + ": " + std::to_string(st.st_size) + " bytes, " +
                                                detail::input_limit_message(limit));
    }
    within = read_limited(
        [fd](char* buf, size_t n) {
          ssize_t r;
          do r = ::read(fd, buf, n);
          while (r < 0 && errno == EINTR);
          return static_cast<long>(r);
        },
        limit, bytes, &err);
  }
  if (!within) return make_error(ErrorCode::kFormat, shown + ": " + detail::input_limit_message(limit));
  if (err) return make_error(ErrorCode::kIo, shown + ": read error: " + std::strerror(err));
  if (bytes.empty()) return make_error(ErrorCode::kFormat, shown + ": the file is empty");
  if (bytes.size() > 0xFFFFFFF0u) {
    return make_error(ErrorCode::kFormat, shown + ": file too large (4 GiB is the limit)");
  }
  if (options.encoding == Encoding::kPdf || (!options.encoding && bytes.compare(0, 5, "%PDF-") == 0))
    return detail::pdf_to_source(std::move(bytes), shown);
  if (options.encoding == Encoding::kHtml ||
      (!options.encoding && !has_docx_extension(path) &&
       (has_extension(path, ".html") || has_extension(path, ".htm") || detail::looks_like_html(bytes))))
    return detail::html_to_source(std::move(bytes), shown, options);
  const bool zip = bytes.compare(0, 4, "PK\x03\x04") == 0;
  const bool named_docx = has_docx_extension(path);
  if (options.encoding == Encoding::kDocx || named_docx || (zip && !options.encoding)) {
    if (!options.encoding || options.encoding == Encoding::kDocx) {
      if (auto why = detail::not_a_docx_reason(bytes)) return make_error(ErrorCode::kFormat, shown + ": " + *why);
    }
    if (zip || options.encoding == Encoding::kDocx) {
      auto text = detail::docx_to_text(bytes, shown, limit);
      if (!text) return text.error();
      SourceText s = SourceText::from_utf8(shown, std::move(*text));
      s.mark_docx(bytes.size());
      return s;
    }
  }
  return SourceText::decode(shown, std::move(bytes), options);
}

}  // namespace cppcc
