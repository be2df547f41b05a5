#include "segment/general_dict.h"

#include <cstdio>
#include <map>
#include <mutex>
#include <string_view>

// Defined by general_dict_table.S, which lib/CMakeLists.txt assembles into the
// library (it then defines CPPCC_EMBEDDED_GENERAL_DICT for this file). A build
// of these sources without it (fuzz/) simply has no built-in dictionary.
#ifdef CPPCC_EMBEDDED_GENERAL_DICT
extern "C" const char cppcc_general_dict_begin[];
extern "C" const char cppcc_general_dict_end[];
extern "C" const char cppcc_general_dict_source[];
#endif

namespace cppcc::segment {
namespace {

bool read_whole_file(const std::string& path, std::string* out) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) return false;
  out->clear();
  char buf[1 << 16];
  size_t n = 0;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out->append(buf, n);
  bool ok = !std::ferror(f);
  std::fclose(f);
  return ok;
}

// The table lives in the library's read-only data: from_bytes() only points
// into it (nothing is copied or parsed), and it needs no keep-alive.
Expected<GeneralDictionary> builtin_dictionary() {
#ifdef CPPCC_EMBEDDED_GENERAL_DICT
  const std::string_view bytes(cppcc_general_dict_begin,
                               static_cast<size_t>(cppcc_general_dict_end - cppcc_general_dict_begin));
  if (!bytes.empty()) {
    auto lexicon = Lexicon::from_bytes(bytes, nullptr);
    if (!lexicon) {
      return make_error(ErrorCode::kInternal,
                        "the built-in general dictionary table does not match this library's format");
    }
    return GeneralDictionary{std::move(lexicon), cppcc_general_dict_source};
  }
#endif
  return GeneralDictionary{std::make_shared<const Lexicon>(), std::string()};
}

Expected<GeneralDictionary> parse_file(const std::string& path) {
  std::string content;
  if (!read_whole_file(path, &content)) {
    return make_error(ErrorCode::kIo, path + ": cannot read the general dictionary");
  }
  // jieba's dict.txt: ~350k lines of about 14 bytes.
  auto lexicon = std::make_shared<Lexicon>(content.size() / 14 + 16);
  if (Status st = lexicon->load(content, path, /*domain=*/false, 1.0); !st) return st.error();
  return GeneralDictionary{std::move(lexicon), path};
}

}  // namespace

Expected<GeneralDictionary> load_general_dictionary(const std::string& path) {
  if (path.empty()) {
    static const Expected<GeneralDictionary> builtin = builtin_dictionary();
    return builtin;
  }
  static std::mutex mutex;
  static std::map<std::string, GeneralDictionary> loaded;
  std::lock_guard<std::mutex> lock(mutex);
  if (auto it = loaded.find(path); it != loaded.end()) return it->second;
  auto parsed = parse_file(path);
  if (parsed) loaded.emplace(path, *parsed);
  return parsed;
}

}  // namespace cppcc::segment
