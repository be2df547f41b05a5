// Replays every input the fuzzers ever crashed on (fuzz/corpus-regressions/)
// through the public API: each must now go through without a crash.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

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
      INFO("input " << f.filename().string());
      const std::string bytes = cppcc::test::read_file(f);
      (void)cppcc::parse_numeral(bytes);
      for (bool lossy : {false, true}) {
        cppcc::DecodeOptions o;
        o.lossy = lossy;
        auto src = cppcc::SourceText::decode(f.filename().string(), bytes, o);
        if (!src) {
          CHECK_FALSE(src.error().message.empty());
          continue;
        }
        cppcc::test::run_pipeline(*src);
      }
    }
  }
}
