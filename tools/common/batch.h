/// \file
/// Batch mode for the tools: run one function over N inputs on --jobs threads
/// and get the results back IN INPUT ORDER, one at a time, as soon as each is
/// ready (so output is stable and streams; memory holds only a small window
/// of finished-but-not-yet-delivered results).
///
///   std::vector<std::string> files = cppcc::cli::expand_inputs(paths, &errors);
///   cppcc::cli::BatchOptions opts;
///   opts.jobs = jobs;                                   // 0 = number of cores
///   opts.item_bytes = cppcc::cli::file_sizes(files);    // for MB/s and time left
///   int rc = cppcc::cli::kExitOk;
///   cppcc::cli::run_batch<std::string>(
///       files.size(), opts,
///       [&](size_t i) -> cppcc::Expected<std::string> {   // on a worker thread
///         auto src = cppcc::load_file(files[i], decode);
///         if (!src) return src.error();
///         return render(parse_report(*src, *res));
///       },
///       [&](size_t i, cppcc::Expected<std::string>&& r) { // on the calling thread, i = 0, 1, 2, ...
///         if (!r) { cppcc::cli::print_error(kTool, r.error()); rc = kExitTrouble; return; }
///         std::fputs(r->c_str(), stdout);
///       });
///
/// One failing item never stops the others: its error is delivered in its
/// place. An exception escaping WORK is caught and delivered as a kInternal
/// error naming the item. While the batch runs, a progress line (files done,
/// MB/s, time left) is drawn on stderr only when stderr is a terminal; it is
/// erased before the batch returns, so it never mixes with messages.
#pragma once

#include <cstddef>
#include <cstdint>
#include <exception>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <CLI/CLI.hpp>

#include "cppcc/expected.h"

namespace cppcc::cli {

struct BatchOptions {
  /// Worker threads; 0 = the number of cores. jobs = 1 runs everything on the
  /// calling thread (no threads started).
  unsigned jobs = 0;
  /// Size of each input in bytes (same length as the batch, or empty). Used
  /// only for the progress line's MB/s and time left.
  std::vector<uint64_t> item_bytes;
  /// Draw the progress line (still only when stderr is a terminal and the
  /// batch has more than one item).
  bool progress = true;
};

/// The number of cores (at least 1): the default for --jobs.
unsigned default_jobs();

/// Adds "-j,--jobs N" to APP (default: the number of cores), writing into JOBS.
void add_jobs_option(CLI::App& app, unsigned* jobs);

/// Sizes of PATHS in bytes (0 for "-" and for files that cannot be stat'ed).
std::vector<uint64_t> file_sizes(const std::vector<std::string>& paths);

/// The progress line's text, e.g. "12/300 files, 4.1 MB/s, 0:37 left".
/// BYTES_TOTAL = 0 means sizes are unknown: the rate is then in files/s and
/// the time left is estimated from the file count.
std::string format_progress(size_t done, size_t total, uint64_t bytes_done,
                            uint64_t bytes_total, double seconds);

/// The type-erased engine behind run_batch: COMPUTE(i) runs on a worker for
/// every i in [0, N); DELIVER(i) runs on the calling thread, in order, after
/// COMPUTE(i) has returned. Neither may throw (run_batch guarantees it for
/// COMPUTE; DELIVER is the caller's code and must catch its own exceptions).
void run_ordered(size_t n, const BatchOptions& options,
                 const std::function<void(size_t)>& compute,
                 const std::function<void(size_t)>& deliver);

/// Runs WORK(i) -> Expected<R> for i in [0, N) on OPTIONS.jobs threads and
/// calls DELIVER(i, result) on the calling thread in input order.
template <class R, class Work, class Deliver>
void run_batch(size_t n, const BatchOptions& options, Work&& work, Deliver&& deliver) {
  // One slot per item; a slot is filled by its worker and emptied on delivery.
  std::vector<std::optional<Expected<R>>> slots(n);
  run_ordered(
      n, options,
      [&](size_t i) {
        try {
          slots[i].emplace(work(i));
        } catch (const std::exception& e) {
          slots[i].emplace(make_error(ErrorCode::kInternal,
                                      "item " + std::to_string(i + 1) + ": " + e.what()));
        } catch (...) {
          slots[i].emplace(make_error(ErrorCode::kInternal,
                                      "item " + std::to_string(i + 1) + ": unknown exception"));
        }
      },
      [&](size_t i) {
        deliver(i, std::move(*slots[i]));
        slots[i].reset();
      });
}

}  // namespace cppcc::cli
