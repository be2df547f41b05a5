// Replays every input the fuzzers ever crashed on (fuzz/corpus-regressions/)
// through the public API: each must now go through without a crash. A file
// named decode-* is read as fuzz_decode reads it (first byte = options).
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "../../../fuzz/decode_mode.h"
#include "pipeline.h"
#include "test_support.h"

TEST_SUITE("robustness") {
  TEST_CASE("fuzz/corpus-regressions replay") {
    const std::filesystem::path dir = std::filesystem::path(CPPCC_TEST_SOURCE_DIR) / "fuzz" / "corpus-regressions";
    REQUIRE(std::filesystem::is_directory(dir));
    std::vector<std::filesystem::path> files;
    for (const auto& e : std::filesystem::directory_iterator(dir)) {
      if (e.is_regular_file() && e.path().filename() != "README.md") files.push_back(e.path());
    }
    std::sort(files.begin(), files.end());
    MESSAGE(files.size() << " regression inputs");
    for (const auto& f : files) {
      const std::string name = f.filename().string();
      INFO("input " << name);
      const std::string bytes = cppcc::test::read_file(f);
      (void)cppcc::parse_numeral(bytes);
      std::vector<cppcc::Expected<cppcc::SourceText>> sources;
      if (name.rfind("decode-", 0) == 0) sources.push_back(cppcc::fuzz::decode_fuzz_input(bytes));
      for (bool lossy : {false, true}) {
        cppcc::DecodeOptions o;
        o.lossy = lossy;
        sources.push_back(cppcc::SourceText::decode(name, bytes, o));
      }
      for (const auto& src : sources) {
        if (!src) {
          CHECK_FALSE(src.error().message.empty());
          continue;
        }
        cppcc::test::run_pipeline(*src);
      }
    }
  }
}
