#include "common/batch.h"

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <filesystem>
#include <mutex>
#include <thread>

namespace cppcc::cli {

unsigned default_jobs() {
  unsigned n = std::thread::hardware_concurrency();
  return n == 0 ? 1 : n;
}

void add_jobs_option(CLI::App& app, unsigned* jobs) {
  *jobs = default_jobs();
  app.add_option("-j,--jobs", *jobs, "Files processed in parallel (default: number of cores)")
      ->check(CLI::Range(1u, 1024u));
}

std::vector<uint64_t> file_sizes(const std::vector<std::string>& paths) {
  std::vector<uint64_t> sizes;
  sizes.reserve(paths.size());
  for (const std::string& p : paths) {
    std::error_code ec;
    uint64_t size = p == "-" ? 0 : std::filesystem::file_size(p, ec);
    sizes.push_back(ec ? 0 : size);
  }
  return sizes;
}

namespace {

std::string format_duration(double seconds) {
  auto s = static_cast<long long>(seconds + 0.5);
  char buf[32];
  if (s >= 3600) {
    std::snprintf(buf, sizeof buf, "%lld:%02lld:%02lld", s / 3600, s / 60 % 60, s % 60);
  } else {
    std::snprintf(buf, sizeof buf, "%lld:%02lld", s / 60, s % 60);
  }
  return buf;
}

}  // namespace

std::string format_progress(size_t done, size_t total, uint64_t bytes_done,
                            uint64_t bytes_total, double seconds) {
  std::string out = std::to_string(done) + "/" + std::to_string(total) + " files";
  if (seconds <= 0 || done == 0) return out;
  char buf[64];
  double left = 0;
  if (bytes_total > 0 && bytes_done > 0) {
    double rate = static_cast<double>(bytes_done) / seconds;  // bytes per second
    std::snprintf(buf, sizeof buf, ", %.1f MB/s", rate / 1e6);
    out += buf;
    left = static_cast<double>(bytes_total - std::min(bytes_done, bytes_total)) / rate;
  } else {
    double rate = static_cast<double>(done) / seconds;  // files per second
    std::snprintf(buf, sizeof buf, ", %.1f files/s", rate);
    out += buf;
    left = static_cast<double>(total - std::min(done, total)) / rate;
  }
  out += ", " + format_duration(left) + " left";
  return out;
}

namespace {

/// Draws the progress line on stderr at most every 200 ms; erases it at the end.
class ProgressLine {
 public:
  ProgressLine(size_t total, const BatchOptions& options)
      : total_(total),
        sizes_(options.item_bytes.size() == total ? &options.item_bytes : nullptr),
        enabled_(options.progress && total > 1 && isatty(STDERR_FILENO) != 0),
        start_(Clock::now()) {
    if (sizes_) {
      for (uint64_t b : *sizes_) bytes_total_ += b;
    }
  }
  ~ProgressLine() {
    if (drawn_) {
      std::fputs("\r\033[K", stderr);
      std::fflush(stderr);
    }
  }
  ProgressLine(const ProgressLine&) = delete;
  ProgressLine& operator=(const ProgressLine&) = delete;

  /// Item I has been delivered.
  void advance(size_t i) {
    ++done_;
    if (sizes_) bytes_done_ += (*sizes_)[i];
    if (!enabled_) return;
    auto now = Clock::now();
    if (drawn_ && now - last_ < std::chrono::milliseconds(200) && done_ < total_) return;
    last_ = now;
    double seconds = std::chrono::duration<double>(now - start_).count();
    std::string line = format_progress(done_, total_, bytes_done_, bytes_total_, seconds);
    std::fprintf(stderr, "\r\033[K%s", line.c_str());
    std::fflush(stderr);
    drawn_ = true;
  }

 private:
  using Clock = std::chrono::steady_clock;
  size_t total_;
  const std::vector<uint64_t>* sizes_;
  bool enabled_;
  Clock::time_point start_;
  Clock::time_point last_{};
  size_t done_ = 0;
  uint64_t bytes_done_ = 0;
  uint64_t bytes_total_ = 0;
  bool drawn_ = false;
};

}  // namespace

void run_ordered(size_t n, const BatchOptions& options,
                 const std::function<void(size_t)>& compute,
                 const std::function<void(size_t)>& deliver) {
  ProgressLine progress(n, options);
  unsigned jobs = options.jobs == 0 ? default_jobs() : options.jobs;
  jobs = static_cast<unsigned>(std::min<size_t>(jobs, n));
  if (jobs <= 1) {
    for (size_t i = 0; i < n; ++i) {
      compute(i);
      deliver(i);
      progress.advance(i);
    }
    return;
  }

  // Workers claim items in order but never run further ahead of delivery than
  // WINDOW items, so finished results waiting for a slow earlier item stay few.
  const size_t window = 4 * static_cast<size_t>(jobs);
  std::mutex mu;
  std::condition_variable worker_cv;   // a window slot opened
  std::condition_variable deliver_cv;  // an item finished
  size_t next_claim = 0;
  size_t delivered = 0;
  std::vector<char> finished(n, 0);

  auto worker = [&] {
    for (;;) {
      size_t i;
      {
        std::unique_lock<std::mutex> lock(mu);
        worker_cv.wait(lock, [&] { return next_claim >= n || next_claim < delivered + window; });
        if (next_claim >= n) return;
        i = next_claim++;
      }
      compute(i);
      {
        std::lock_guard<std::mutex> lock(mu);
        finished[i] = 1;
      }
      deliver_cv.notify_one();
    }
  };

  std::vector<std::thread> threads;
  threads.reserve(jobs);
  for (unsigned t = 0; t < jobs; ++t) threads.emplace_back(worker);
  for (size_t i = 0; i < n; ++i) {
    {
      std::unique_lock<std::mutex> lock(mu);
      deliver_cv.wait(lock, [&] { return finished[i] != 0; });
    }
    deliver(i);
    progress.advance(i);
    {
      std::lock_guard<std::mutex> lock(mu);
      delivered = i + 1;
    }
    worker_cv.notify_all();
  }
  for (std::thread& t : threads) t.join();
}

}  // namespace cppcc::cli
