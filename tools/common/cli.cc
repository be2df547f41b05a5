#include "common/cli.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <optional>
#include <filesystem>
#include <iostream>

#include <unistd.h>

#include "cppcc/version.h"

namespace cppcc::cli {

void print_error(const std::string& tool, const std::string& message) {
  std::cerr << tool << ": error: " << message << "\n";
}

void print_error(const std::string& tool, const Error& error) { print_error(tool, error.message); }

void name_app(CLI::App& app, const char* tool) {
  app.name(tool);
  app.set_version_flag("--version", std::string(tool) + " " + CPPCC_VERSION_STRING);
}

int parse_args(CLI::App& app, int argc, char** argv) {
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::cerr << app.get_name() << ": " << e.what() << "; see --help\n";
    return kExitTrouble;
  }
  return -1;
}

void add_quiet_flag(CLI::App& app, bool* quiet) {
  app.add_flag("-q,--quiet", *quiet, "No summary or progress lines on standard error (errors are still shown)");
}

void add_color_option(CLI::App& app, std::string* when) {
  app.add_option("--color", *when, "Colour: auto (on a terminal, unless NO_COLOR is set), always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->default_val("auto");
}

bool use_color(const std::string& when, int fd) {
  if (when == "always") return true;
  if (when == "never") return false;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color && *no_color) return false;
  return isatty(fd) != 0;
}

namespace {
// --max-bytes comes with the other decode options, so every tool has it
// without a change to its own option code; a tool parses its options once.
std::string max_bytes_option;

/// "1048576", "512K", "64M", "1G" (binary multiples); nullopt when malformed.
std::optional<uint64_t> parse_byte_count(const std::string& s) {
  size_t digits = 0;
  while (digits < s.size() && std::isdigit(static_cast<unsigned char>(s[digits]))) ++digits;
  if (digits == 0 || digits > 12) return std::nullopt;
  uint64_t n = std::stoull(s.substr(0, digits));
  const std::string suffix = s.substr(digits);
  if (suffix == "K" || suffix == "k" || suffix == "KiB") n <<= 10;
  else if (suffix == "M" || suffix == "m" || suffix == "MiB") n <<= 20;
  else if (suffix == "G" || suffix == "g" || suffix == "GiB") n <<= 30;
  else if (!suffix.empty()) return std::nullopt;
  return n;
}
}  // namespace

void add_decode_options(CLI::App& app, std::string* encoding, bool* lossy) {
  app.add_option("--encoding", *encoding,
                 "Input encoding: auto (default), utf-8, utf-16le, utf-16be, gb18030 (gbk, gb2312)")
      ->default_val("auto");
  app.add_flag("--lossy", *lossy, "Replace undecodable bytes with U+FFFD instead of failing");
  app.add_option("--max-bytes", max_bytes_option,
                 "Largest input accepted per file, stdin or .docx part (K, M, G suffixes; default 256M)")
      ->type_name("SIZE");
}

Expected<DecodeOptions> decode_options(const std::string& encoding, bool lossy) {
  DecodeOptions o;
  o.lossy = lossy;
  if (!max_bytes_option.empty()) {
    const auto n = parse_byte_count(max_bytes_option);
    if (!n || *n == 0 || *n > kLargestMaxInputBytes) {
      return make_error(ErrorCode::kUsage, "--max-bytes " + max_bytes_option + ": expected a size from 1 to " +
                                               std::to_string(kLargestMaxInputBytes) + " bytes, e.g. 300M or 1G");
    }
    o.max_bytes = *n;
  }
  if (encoding.empty() || encoding == "auto") return o;
  auto e = parse_encoding_name(encoding);
  if (!e) {
    return make_error(ErrorCode::kUsage, "unknown encoding '" + encoding +
                                             "' (expected auto, utf-8, utf-16le, utf-16be or gb18030)");
  }
  o.encoding = *e;
  return o;
}

namespace {
bool supported_extension(const std::filesystem::path& p) {
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  return ext == ".txt" || ext == ".text" || ext == ".md" || ext == ".docx" || ext == ".html" ||
         ext == ".htm" || ext == ".pdf";
}
}  // namespace

std::vector<std::string> expand_inputs(const std::vector<std::string>& paths,
                                       std::vector<std::string>* errors) {
  namespace fs = std::filesystem;
  std::vector<std::string> out;
  for (const std::string& p : paths) {
    std::error_code ec;
    if (p == "-") {
      out.push_back(p);
    } else if (fs::is_directory(p, ec)) {
      std::vector<std::string> found;
      for (auto it = fs::recursive_directory_iterator(p, fs::directory_options::skip_permission_denied, ec);
           !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (it->is_regular_file(ec) && supported_extension(it->path())) found.push_back(it->path().string());
      }
      if (ec && errors) errors->push_back(p + ": cannot list directory: " + ec.message());
      std::sort(found.begin(), found.end());
      out.insert(out.end(), found.begin(), found.end());
    } else if (fs::exists(p, ec)) {
      out.push_back(p);
    } else if (ec && ec != std::errc::no_such_file_or_directory) {
      out.push_back(p);  // loading it names the cause: a symlink loop, no permission
    } else if (errors) {
      errors->push_back(p + ": no such file or directory");
    }
  }
  return out;
}

}  // namespace cppcc::cli
