// write_file_atomically: temp file + fsync + rename, keeping what the user
// had (symlinks, hard links, owner, mode, xattrs/ACLs, concurrent edits).
// POSIX calls rather than std::filesystem because the guarantees depend on
// O_EXCL, fsync, fchown and the xattr calls, which it does not offer.
#include "cppcc/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/xattr.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <random>
#include <system_error>
#include <vector>

namespace cppcc {

namespace {

std::string reason(int err) { return std::system_category().message(err); }

// Closes on scope exit unless released.
class FileDescriptor {
 public:
  explicit FileDescriptor(int fd = -1) : fd_(fd) {}
  FileDescriptor(const FileDescriptor&) = delete;
  FileDescriptor& operator=(const FileDescriptor&) = delete;
  ~FileDescriptor() {
    if (fd_ >= 0) ::close(fd_);
  }
  int get() const { return fd_; }
  // Closes now and reports close()'s error (NFS reports write errors there).
  int close() {
    const int rc = ::close(fd_);
    fd_ = -1;
    return rc == 0 || errno == EINTR ? 0 : errno;
  }

 private:
  int fd_;
};

// Writes all of BYTES at OFFSET; 0 or errno.
int write_all(int fd, std::string_view bytes, off_t offset) {
  size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t n = ::pwrite(fd, bytes.data() + done, bytes.size() - done, offset + static_cast<off_t>(done));
    if (n < 0) {
      if (errno == EINTR) continue;
      return errno;
    }
    done += static_cast<size_t>(n);
  }
  return 0;
}

// The whole file at PATH, or nullopt (errno set).
std::optional<std::string> read_all(const std::string& path) {
  FileDescriptor fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
  if (fd.get() < 0) return std::nullopt;
  std::string out;
  char buf[65536];
  for (;;) {
    const ssize_t n = ::read(fd.get(), buf, sizeof buf);
    if (n < 0) {
      if (errno == EINTR) continue;
      return std::nullopt;
    }
    if (n == 0) return out;
    out.append(buf, static_cast<size_t>(n));
  }
}

std::string directory_of(const std::string& path) {
  const size_t slash = path.rfind('/');
  if (slash == std::string::npos) return ".";
  return slash == 0 ? "/" : path.substr(0, slash);
}

std::string file_name_of(const std::string& path) {
  const size_t slash = path.rfind('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

int sync_directory(const std::string& dir) {
  FileDescriptor fd(::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  if (fd.get() < 0) return errno;
  return ::fsync(fd.get()) == 0 ? 0 : errno;
}

// Copies every extended attribute of SOURCE (ACLs included) onto FD.
// Returns "" or what failed.
std::string copy_xattrs(const std::string& source, int fd) {
  ssize_t size = ::listxattr(source.c_str(), nullptr, 0);
  if (size < 0) return errno == ENOTSUP ? "" : "cannot list its extended attributes: " + reason(errno);
  std::vector<char> names(static_cast<size_t>(size));
  size = ::listxattr(source.c_str(), names.data(), names.size());
  if (size < 0) return "cannot list its extended attributes: " + reason(errno);
  for (size_t at = 0; at < static_cast<size_t>(size);) {
    const std::string name(names.data() + at);
    at += name.size() + 1;
    const ssize_t len = ::getxattr(source.c_str(), name.c_str(), nullptr, 0);
    if (len < 0) return "cannot read its extended attribute " + name + ": " + reason(errno);
    std::vector<char> value(static_cast<size_t>(len));
    const ssize_t got = ::getxattr(source.c_str(), name.c_str(), value.data(), value.size());
    if (got < 0) return "cannot read its extended attribute " + name + ": " + reason(errno);
    if (::fsetxattr(fd, name.c_str(), value.data(), static_cast<size_t>(got), 0) != 0)
      return "cannot copy its extended attribute " + name + ": " + reason(errno);
  }
  return "";
}

// Creates DIR/.NAME.cppcc-XXXXXXXX.tmp with O_EXCL; stores its path in *TEMP.
int create_temp(const std::string& dir, const std::string& name, mode_t mode, std::string* temp) {
  std::random_device rd;
  for (int attempt = 0; attempt < 100; ++attempt) {
    char suffix[16];
    std::snprintf(suffix, sizeof suffix, "%08x", static_cast<unsigned>(rd()));
    *temp = dir + "/." + name + ".cppcc-" + suffix + ".tmp";
    const int fd = ::open(temp->c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
    if (fd >= 0 || errno != EEXIST) return fd;
  }
  errno = EEXIST;
  return -1;
}

bool same_time(const struct timespec& a, const struct timespec& b) {
  return a.tv_sec == b.tv_sec && a.tv_nsec == b.tv_nsec;
}

}  // namespace

Status write_file_atomically(const std::string& path, std::string_view bytes, const AtomicWriteOptions& options) {
  auto fail = [&](const std::string& what) { return make_error(ErrorCode::kIo, "cannot write " + path + ": " + what); };
  const std::string unchanged = " (" + path + " is unchanged)";

  // Follow a symbolic link to the file it names: that file is replaced.
  std::string target = path;
  struct stat link_st {};
  if (::lstat(path.c_str(), &link_st) == 0 && S_ISLNK(link_st.st_mode)) {
    std::unique_ptr<char, decltype(&std::free)> resolved(::realpath(path.c_str(), nullptr), &std::free);
    if (!resolved) {
      if (errno == ENOENT) return fail("it is a symbolic link to a missing file");
      return fail("cannot follow the symbolic link: " + reason(errno));
    }
    target = resolved.get();
  }

  struct stat st {};
  const bool exists = ::stat(target.c_str(), &st) == 0;
  if (!exists && errno != ENOENT) return fail(reason(errno));
  if (exists && !S_ISREG(st.st_mode)) return fail("it is not a regular file" + unchanged);
  if (exists && !(st.st_mode & S_IWUSR)) {
    char mode[8];
    std::snprintf(mode, sizeof mode, "%04o", static_cast<unsigned>(st.st_mode & 07777));
    return fail(std::string("it is read-only (mode ") + mode + "), so it is left unchanged; chmod u+w " + path +
                " to allow writing it");
  }
  // Several names share this file: replacing one name would split them.
  const bool in_place = exists && st.st_nlink > 1;

  const std::string dir = directory_of(target);
  std::string temp;
  // A new file gets the usual 0666 less umask; an existing one its own mode, set below.
  FileDescriptor fd(create_temp(dir, file_name_of(target), exists ? 0600 : 0666, &temp));
  if (fd.get() < 0) return fail("cannot create a temporary file in " + dir + ": " + reason(errno) + unchanged);
  auto abandon = [&](const std::string& what) {
    ::unlink(temp.c_str());
    return fail(what + unchanged);
  };

  if (int err = write_all(fd.get(), bytes, 0)) return abandon(reason(err));
  if (exists && !in_place) {
    struct stat temp_st {};
    if (::fstat(fd.get(), &temp_st) != 0) return abandon(reason(errno));
    if ((temp_st.st_uid != st.st_uid || temp_st.st_gid != st.st_gid) && ::fchown(fd.get(), st.st_uid, st.st_gid) != 0)
      return abandon("cannot keep its owner and group: " + reason(errno));
    if (std::string err = copy_xattrs(target, fd.get()); !err.empty()) return abandon(err);
    // After fchown (which clears setuid/setgid) and after the ACL (which sets the group bits).
    if (::fchmod(fd.get(), st.st_mode & 07777) != 0) return abandon("cannot keep its mode: " + reason(errno));
  }
  if (::fsync(fd.get()) != 0) return abandon(reason(errno));
  if (int err = fd.close()) return abandon(reason(err));

  if (options.before_commit) {
    if (auto st2 = options.before_commit(temp); !st2) return abandon(st2.error().message);
  }
  if (exists && options.expected_content) {
    struct stat now {};
    bool same = ::stat(target.c_str(), &now) == 0 && now.st_ino == st.st_ino && now.st_dev == st.st_dev &&
                now.st_size == static_cast<off_t>(options.expected_content->size()) &&
                same_time(now.st_mtim, st.st_mtim);
    if (same) {
      const auto content = read_all(target);
      same = content && *content == *options.expected_content;
    }
    if (!same) return abandon("it changed while it was being checked; run again on the new version");
  }

  if (in_place) {
    FileDescriptor out(::open(target.c_str(), O_WRONLY | O_CLOEXEC));
    int err = out.get() < 0 ? errno : write_all(out.get(), bytes, 0);
    if (!err && ::ftruncate(out.get(), static_cast<off_t>(bytes.size())) != 0) err = errno;
    if (!err && ::fsync(out.get()) != 0) err = errno;
    if (!err) err = out.close();
    if (err) {
      return fail(reason(err) + " while rewriting it in place (it has " + std::to_string(st.st_nlink) +
                  " hard links); the complete new text is in " + temp);
    }
    ::unlink(temp.c_str());
  } else if (::rename(temp.c_str(), target.c_str()) != 0) {
    return abandon("cannot replace it: " + reason(errno));
  }
  if (int err = sync_directory(dir)) return fail("written, but cannot sync the directory " + dir + ": " + reason(err));
  return Ok{};
}

}  // namespace cppcc
