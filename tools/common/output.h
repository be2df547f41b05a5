/// \file
/// Standard output that is checked: every tool's results either reach their
/// destination or the tool says so and exits 2. Call init_output() first in
/// main() and return finish_output(rc) from it:
///
///   int main(int argc, char** argv) {
///     cppcc::cli::init_output(kTool);
///     return cppcc::cli::finish_output(run(argc, argv));
///   }
///
/// - A write, flush or close error on stdout (a full disk, /dev/full, a
///   file-size limit) prints "TOOL: cannot write standard output: REASON"
///   and makes the exit status 2, whatever the run's own status was.
/// - A closed pipe (`cppcc-extract dir | head -1`) ends the run quietly with
///   status 141, what a shell shows for a program stopped by SIGPIPE, as for
///   cat or grep; nothing is printed.
/// After the first failed write later writes are dropped and stdout_failed()
/// is true, so a batch stops starting work whose output cannot go anywhere.
#pragma once

#include <string>
#include <string_view>

namespace cppcc::cli {

/// Exit status when standard output is a pipe whose reader has gone (128 + SIGPIPE).
inline constexpr int kExitClosedPipe = 141;

/// Remembers TOOL for messages; routes std::cout through write_stdout() (so
/// CLI11's --help and any `std::cout <<` are checked too); turns SIGPIPE and
/// SIGXFSZ into write errors (EPIPE, EFBIG) that the tool reports instead of
/// being killed mid-write.
void init_output(const char* tool);

/// Writes BYTES to standard output (stdio's buffer, shared with std::cout).
/// Returns false once any write has failed.
bool write_stdout(std::string_view bytes);

/// True once a write to standard output failed. Safe from worker threads.
bool stdout_failed();

/// Flushes and closes standard output and returns RC, or reports the failure
/// (see the file comment) and returns kExitTrouble or kExitClosedPipe.
int finish_output(int rc);

/// Prints "TOOL: MESSAGE" for a failed write (MESSAGE is "cannot write X: REASON").
void print_write_error(const std::string& message);

}  // namespace cppcc::cli
