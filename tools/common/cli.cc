#include "common/cli.h"

#include <algorithm>
#include <filesystem>
#include <iostream>

namespace cppcc::cli {

void print_error(const std::string& tool, const std::string& message) {
  std::cerr << tool << ": error: " << message << "\n";
}

void print_error(const std::string& tool, const Error& error) { print_error(tool, error.message); }

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
    app.exit(e);
    return kExitTrouble;
  }
  return -1;
}

void add_decode_options(CLI::App& app, std::string* encoding, bool* lossy) {
  app.add_option("--encoding", *encoding,
                 "Input encoding: auto (default), utf-8, utf-16le, utf-16be, gb18030 (gbk, gb2312)")
      ->default_val("auto");
  app.add_flag("--lossy", *lossy, "Replace undecodable bytes with U+FFFD instead of failing");
}

Expected<DecodeOptions> decode_options(const std::string& encoding, bool lossy) {
  DecodeOptions o;
  o.lossy = lossy;
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
    } else if (errors) {
      errors->push_back(p + ": no such file or directory");
    }
  }
  return out;
}

}  // namespace cppcc::cli
