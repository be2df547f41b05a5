#include "common/output.h"

#include <fcntl.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <iostream>
#include <streambuf>
#include <system_error>

#include "common/cli.h"

namespace cppcc::cli {

namespace {

const char* g_tool = "cppcc";
std::atomic<bool> g_failed{false};
int g_errno = 0;  // the first write error; 0 = none recorded yet

void record(int err) {
  if (g_errno == 0) g_errno = err ? err : EIO;
  g_failed = true;
}

// std::cout's buffer: every << goes through write_stdout(), so output from
// anywhere (CLI11's --help included) is checked and its errno kept. std::cerr
// stays tied to std::cout, so messages keep their order with the output.
class CheckedStdout : public std::streambuf {
 protected:
  int_type overflow(int_type c) override {
    if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
    const char ch = traits_type::to_char_type(c);
    return write_stdout(std::string_view(&ch, 1)) ? c : traits_type::eof();
  }
  std::streamsize xsputn(const char* s, std::streamsize n) override {
    return write_stdout(std::string_view(s, static_cast<size_t>(n))) ? n : 0;
  }
  int sync() override {
    if (std::fflush(stdout) != 0) record(errno);
    return g_failed ? -1 : 0;
  }
};

}  // namespace

void init_output(const char* tool) {
  g_tool = tool;
  // A closed 0, 1 or 2 (`>&-`) would be the next file opened: --fix's
  // temporary file could then receive the findings. /dev/null holds the
  // place; read-only on 1, so writing there still fails and is reported.
  for (int fd = 0; fd <= 2; ++fd) {
    if (::fcntl(fd, F_GETFD) != -1 || errno != EBADF) continue;
    const int null = ::open("/dev/null", fd == 2 ? O_WRONLY : O_RDONLY);
    if (null >= 0 && null != fd) {
      ::dup2(null, fd);
      ::close(null);
    }
  }
  // Never destroyed: std::cout is flushed at exit, after function statics are gone.
  static CheckedStdout* checked = new CheckedStdout;
  std::cout.rdbuf(checked);
  std::signal(SIGPIPE, SIG_IGN);
  std::signal(SIGXFSZ, SIG_IGN);
}

bool write_stdout(std::string_view bytes) {
  if (g_failed) return false;
  if (!bytes.empty() && std::fwrite(bytes.data(), 1, bytes.size(), stdout) != bytes.size()) record(errno);
  return !g_failed;
}

bool stdout_failed() { return g_failed; }

int finish_output(int rc) {
  // std::cout writes through stdout's buffer, so this flush covers both.
  if (std::fflush(stdout) != 0) record(errno);
  if (std::ferror(stdout) || !std::cout) record(0);
  // close() reports what a network file system could not store; closing a
  // duplicate checks that while leaving fd 1 valid for the exit handlers.
  if (!g_failed) {
    const int fd = ::dup(STDOUT_FILENO);
    if (fd >= 0 && ::close(fd) != 0 && errno != EINTR) record(errno);
  }
  if (!g_failed) return rc;
  if (g_errno == EPIPE) return kExitClosedPipe;
  print_write_error("cannot write standard output: " + std::system_category().message(g_errno));
  return kExitTrouble;
}

void print_write_error(const std::string& message) {
  std::cerr << g_tool << ": " << message << "\n";
  std::cerr.flush();
}

}  // namespace cppcc::cli
