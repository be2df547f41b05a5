#include "segment/general_dict.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <mutex>

namespace cppcc::segment {
namespace {

constexpr const char* kDefaultPaths[] = {
    "/usr/lib/python3/dist-packages/jieba/dict.txt",
    "/usr/share/cppjieba/dict/jieba.dict.utf8",
};

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

bool file_exists(const char* path) {
  std::FILE* f = std::fopen(path, "rb");
  if (!f) return false;
  std::fclose(f);
  return true;
}

// Parsing 5 MB of dictionary takes ~100 ms; a binary copy of the finished
// table, mapped from a cache file, takes well under 1 ms (jieba caches the
// same way). The file name changes with the source's path, size and mtime.
std::filesystem::path cache_file(const std::string& source) {
  struct stat st {};
  if (::stat(source.c_str(), &st) != 0) return {};
  std::filesystem::path dir;
  if (const char* d = std::getenv("CPPCC_CACHE_DIR"); d && *d) {
    dir = d;
  } else if (const char* x = std::getenv("XDG_CACHE_HOME"); x && *x) {
    dir = std::filesystem::path(x) / "cppcc";
  } else if (const char* home = std::getenv("HOME"); home && *home) {
    dir = std::filesystem::path(home) / ".cache" / "cppcc";
  } else {
    return {};
  }
  std::string key = source + "|" + std::to_string(st.st_size) + "|" + std::to_string(st.st_mtim.tv_sec) +
                    "." + std::to_string(st.st_mtim.tv_nsec) + "|" + std::to_string(sizeof(void*));
  char name[64];
  std::snprintf(name, sizeof name, "general-%016llx.lex", static_cast<unsigned long long>(hash_bytes(key)));
  return dir / name;
}

std::shared_ptr<const Lexicon> map_cache(const std::filesystem::path& file) {
  int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return nullptr;
  struct stat st {};
  if (::fstat(fd, &st) != 0 || st.st_size <= 0) {
    ::close(fd);
    return nullptr;
  }
  const auto size = static_cast<size_t>(st.st_size);
  void* p = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
  ::close(fd);
  if (p == MAP_FAILED) return nullptr;
  std::shared_ptr<const void> mapping(p, [size](const void* q) { ::munmap(const_cast<void*>(q), size); });
  return Lexicon::from_bytes(std::string_view(static_cast<const char*>(p), size), mapping);
}

// Best effort: a cache that cannot be written only costs time.
void write_cache(const std::filesystem::path& file, const Lexicon& lex) {
  std::error_code ec;
  std::filesystem::create_directories(file.parent_path(), ec);
  if (ec) return;
  std::filesystem::path tmp = file;
  tmp += ".tmp" + std::to_string(::getpid());
  std::FILE* f = std::fopen(tmp.c_str(), "wb");
  if (!f) return;
  std::string bytes = lex.to_bytes();
  bool ok = std::fwrite(bytes.data(), 1, bytes.size(), f) == bytes.size();
  ok = (std::fclose(f) == 0) && ok;
  if (ok) std::filesystem::rename(tmp, file, ec);
  if (!ok || ec) std::filesystem::remove(tmp, ec);
}

}  // namespace

Expected<GeneralDictionary> load_general_dictionary(const std::string& requested) {
  std::string path = requested;
  if (path.empty()) {
    if (const char* env = std::getenv("CPPCC_GENERAL_DICT"); env && *env) {
      path = env;
    } else {
      for (const char* p : kDefaultPaths) {
        if (file_exists(p)) {
          path = p;
          break;
        }
      }
    }
  }
  static std::mutex mutex;
  static std::map<std::string, std::shared_ptr<const Lexicon>> loaded;
  std::lock_guard<std::mutex> lock(mutex);
  if (auto it = loaded.find(path); it != loaded.end()) return GeneralDictionary{it->second, path};
  if (path.empty()) {
    auto empty = std::make_shared<const Lexicon>();
    loaded.emplace(path, empty);
    return GeneralDictionary{empty, path};
  }
  const std::filesystem::path cache_path = cache_file(path);
  if (!cache_path.empty()) {
    if (auto mapped = map_cache(cache_path)) {
      loaded.emplace(path, mapped);
      return GeneralDictionary{mapped, path};
    }
  }
  std::string content;
  if (!read_whole_file(path, &content)) {
    return make_error(ErrorCode::kIo, path + ": cannot read the general dictionary");
  }
  // jieba's dict.txt: ~350k lines of about 14 bytes.
  auto lexicon = std::make_shared<Lexicon>(content.size() / 14 + 16);
  if (Status st = lexicon->load(content, path, /*domain=*/false, 1.0); !st) return st.error();
  if (!cache_path.empty()) write_cache(cache_path, *lexicon);
  std::shared_ptr<const Lexicon> shared = std::move(lexicon);
  loaded.emplace(path, shared);
  return GeneralDictionary{shared, path};
}

}  // namespace cppcc::segment
