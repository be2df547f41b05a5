// Batch mode (tools/common/batch.h): order kept, errors per item, jobs-invariant.
#include <doctest/doctest.h>

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "common/batch.h"

namespace {

using cppcc::Expected;
using cppcc::cli::BatchOptions;

struct Outcome {
  std::vector<size_t> order;
  std::vector<std::string> values;  ///< "E:" + message for errors
};

/// Squares each index as a string; every 7th item fails, every 11th throws.
/// Earlier items sleep longer so that workers finish out of order.
Outcome run(size_t n, unsigned jobs) {
  BatchOptions opts;
  opts.jobs = jobs;
  opts.progress = false;
  Outcome out;
  cppcc::cli::run_batch<std::string>(
      n, opts,
      [&](size_t i) -> Expected<std::string> {
        if (i < 8) std::this_thread::sleep_for(std::chrono::milliseconds(8 - i));
        if (i % 11 == 10) throw std::runtime_error("boom");
        if (i % 7 == 6) return cppcc::make_error(cppcc::ErrorCode::kFormat, "bad " + std::to_string(i));
        return std::to_string(i * i);
      },
      [&](size_t i, Expected<std::string>&& r) {
        out.order.push_back(i);
        out.values.push_back(r ? *r : "E:" + r.error().message);
      });
  return out;
}

}  // namespace

TEST_SUITE("batch") {
  TEST_CASE("results come back in input order with per-item errors") {
    Outcome o = run(100, 4);
    REQUIRE(o.order.size() == 100);
    for (size_t i = 0; i < 100; ++i) CHECK(o.order[i] == i);
    CHECK(o.values[0] == "0");
    CHECK(o.values[5] == "25");
    CHECK(o.values[6] == "E:bad 6");
    CHECK(o.values[10] == "E:item 11: boom");
    CHECK(o.values[99] == "9801");
  }

  TEST_CASE("jobs=1 and jobs=4 give the same results") {
    Outcome one = run(257, 1);
    Outcome four = run(257, 4);
    CHECK(one.order == four.order);
    CHECK(one.values == four.values);
  }

  TEST_CASE("an empty batch and more jobs than items") {
    CHECK(run(0, 4).order.empty());
    Outcome o = run(3, 16);
    CHECK(o.values == std::vector<std::string>{"0", "1", "4"});
  }

  TEST_CASE("several workers really run at once") {
    std::atomic<int> running{0}, peak{0};
    BatchOptions opts;
    opts.jobs = 4;
    opts.progress = false;
    size_t delivered = 0;
    cppcc::cli::run_batch<int>(
        16, opts,
        [&](size_t) -> Expected<int> {
          int now = ++running;
          int p = peak.load();
          while (now > p && !peak.compare_exchange_weak(p, now)) {}
          std::this_thread::sleep_for(std::chrono::milliseconds(5));
          --running;
          return 1;
        },
        [&](size_t, Expected<int>&&) { ++delivered; });
    CHECK(delivered == 16);
    CHECK(peak.load() > 1);
  }

  TEST_CASE("the progress line") {
    CHECK(cppcc::cli::format_progress(0, 10, 0, 0, 0) == "0/10 files");
    // 5 of 20 MB in 2 s: 2.5 MB/s, 15 MB left = 6 s.
    CHECK(cppcc::cli::format_progress(3, 10, 5'000'000, 20'000'000, 2.0) ==
          "3/10 files, 2.5 MB/s, 0:06 left");
    // Sizes unknown: by file count, 4 files in 2 s, 96 left = 48 s.
    CHECK(cppcc::cli::format_progress(4, 100, 0, 0, 2.0) == "4/100 files, 2.0 files/s, 0:48 left");
    CHECK(cppcc::cli::format_progress(1, 2, 1, 7201, 1.0) == "1/2 files, 0.0 MB/s, 2:00:00 left");
  }

  TEST_CASE("default jobs is at least one") { CHECK(cppcc::cli::default_jobs() >= 1); }
}
