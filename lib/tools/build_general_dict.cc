// cppcc_build_general_dict: builds the segmenter's general-vocabulary table at
// build time (lib/CMakeLists.txt runs it), so the library never parses a
// dictionary or touches a cache at run time (docs/segmentation.md).
//
//   cppcc_build_general_dict OUTPUT [DICT]
//
// Parses DICT ("WORD FREQ [TAG]" lines, python3-jieba's dict.txt) with the
// library's own Lexicon and writes Lexicon::to_bytes() to OUTPUT, which
// general_dict_table.S assembles into the library. Without DICT, OUTPUT is
// written empty: the segmenter then has no general vocabulary.
#include <cstdio>
#include <string>

#include "segment/lexicon.h"

namespace {

bool read_whole_file(const char* path, std::string* out) {
  std::FILE* f = std::fopen(path, "rb");
  if (!f) return false;
  char buf[1 << 16];
  size_t n = 0;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out->append(buf, n);
  const bool ok = !std::ferror(f);
  std::fclose(f);
  return ok;
}

// Through a temporary file, so an interrupted build never leaves half a table.
bool write_file(const std::string& path, const std::string& bytes) {
  const std::string tmp = path + ".tmp";
  std::FILE* f = std::fopen(tmp.c_str(), "wb");
  if (!f) return false;
  bool ok = std::fwrite(bytes.data(), 1, bytes.size(), f) == bytes.size();
  ok = (std::fclose(f) == 0) && ok;
  if (ok) ok = std::rename(tmp.c_str(), path.c_str()) == 0;
  if (!ok) std::remove(tmp.c_str());
  return ok;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2 && argc != 3) {
    std::fprintf(stderr, "usage: %s OUTPUT [DICT]\n", argv[0]);
    return 2;
  }
  const std::string output = argv[1];
  std::string bytes;
  if (argc == 3) {
    std::string content;
    if (!read_whole_file(argv[2], &content)) {
      std::fprintf(stderr, "%s: %s: cannot read the general dictionary\n", argv[0], argv[2]);
      return 1;
    }
    // jieba's dict.txt: ~350k lines of about 14 bytes.
    cppcc::segment::Lexicon lexicon(content.size() / 14 + 16);
    if (cppcc::Status st = lexicon.load(content, argv[2], /*domain=*/false, 1.0); !st) {
      std::fprintf(stderr, "%s: %s\n", argv[0], st.error().message.c_str());
      return 1;
    }
    bytes = lexicon.to_bytes();
    std::printf("general dictionary: %zu words from %s, %zu-byte table\n", lexicon.word_count(), argv[2],
                bytes.size());
  }
  if (!write_file(output, bytes)) {
    std::fprintf(stderr, "%s: %s: cannot write\n", argv[0], output.c_str());
    return 1;
  }
  return 0;
}
