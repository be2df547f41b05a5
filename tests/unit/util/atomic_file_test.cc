// write_file_atomically: the old file survives every failure, and what the
// user had (links, owner, mode, xattrs/ACLs, a concurrent edit) is kept.
#include <doctest/doctest.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/xattr.h>
#include <unistd.h>

#include <csignal>
#include <cstdint>
#include <filesystem>
#include <fstream>

#include "cppcc/atomic_file.h"
#include "test_support.h"

namespace fs = std::filesystem;

namespace {

// A fresh directory per test case, removed afterwards.
struct TempDir {
  fs::path dir;
  explicit TempDir(const std::string& name) : dir(fs::temp_directory_path() / ("cppcc-atomic-" + name)) {
    fs::remove_all(dir);
    fs::create_directories(dir);
  }
  ~TempDir() {
    std::error_code ec;
    fs::permissions(dir, fs::perms::owner_all, fs::perm_options::add, ec);
    fs::remove_all(dir, ec);
  }
  fs::path write(const std::string& name, const std::string& text) const {
    std::ofstream(dir / name, std::ios::binary) << text;
    return dir / name;
  }
  size_t entries() const {
    size_t n = 0;
    for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir)) ++n;
    return n;
  }
};

struct stat stat_of(const fs::path& p) {
  struct stat st {};
  REQUIRE(::stat(p.c_str(), &st) == 0);
  return st;
}

// A POSIX ACL as the kernel stores it in system.posix_acl_access: a version
// header, then (tag, permissions, id) entries sorted by tag.
std::string acl_granting_read_to(uint32_t uid) {
  std::string out;
  auto put = [&](uint32_t v, int bytes) {
    for (int i = 0; i < bytes; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
  };
  put(2, 4);
  const uint32_t none = 0xFFFFFFFF;
  const uint32_t entries[][3] = {{0x01, 6, none}, {0x02, 4, uid}, {0x04, 4, none}, {0x10, 4, none}, {0x20, 0, none}};
  for (const auto& e : entries) {
    put(e[0], 2);
    put(e[1], 2);
    put(e[2], 4);
  }
  return out;
}

}  // namespace

TEST_SUITE("util") {
  TEST_CASE("atomic write: a new file and a replaced file, no temporary left behind") {
    TempDir t("basic");
    const fs::path fresh = t.dir / "new.txt";
    REQUIRE(cppcc::write_file_atomically(fresh.string(), "first").ok());
    CHECK(cppcc::test::read_file(fresh) == "first");
    REQUIRE(cppcc::write_file_atomically(fresh.string(), "second").ok());
    CHECK(cppcc::test::read_file(fresh) == "second");
    CHECK(t.entries() == 1);
  }

  TEST_CASE("atomic write: a failure before the commit leaves the old file and removes the temporary") {
    TempDir t("fault");
    const fs::path f = t.write("out.html", "old");
    std::string seen_temp;
    cppcc::AtomicWriteOptions o;
    o.before_commit = [&](const std::string& temp) -> cppcc::Status {
      seen_temp = temp;
      CHECK(cppcc::test::read_file(temp) == "new, complete");  // durable before the commit
      CHECK(fs::path(temp).parent_path() == f.parent_path());  // same directory: rename is atomic
      return cppcc::make_error(cppcc::ErrorCode::kIo, "injected failure");
    };
    auto st = cppcc::write_file_atomically(f.string(), "new, complete", o);
    REQUIRE_FALSE(st.ok());
    CHECK(st.error().message.find("injected failure") != std::string::npos);
    CHECK(st.error().message.find("is unchanged") != std::string::npos);
    CHECK(cppcc::test::read_file(f) == "old");
    CHECK_FALSE(seen_temp.empty());
    CHECK_FALSE(fs::exists(seen_temp));
    CHECK(t.entries() == 1);
  }

  TEST_CASE("atomic write: a write error (file-size limit, as a full disk) keeps the old file") {
    TempDir t("full");
    const fs::path f = t.write("out.html", "old");
    // RLIMIT_FSIZE makes write() fail with EFBIG (SIGXFSZ ignored): a full disk without root or mounts.
    struct rlimit saved {};
    REQUIRE(::getrlimit(RLIMIT_FSIZE, &saved) == 0);
    auto old_handler = std::signal(SIGXFSZ, SIG_IGN);
    struct rlimit tiny = saved;
    tiny.rlim_cur = 4096;
    REQUIRE(::setrlimit(RLIMIT_FSIZE, &tiny) == 0);
    auto st = cppcc::write_file_atomically(f.string(), std::string(100000, 'x'));
    ::setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, old_handler);
    REQUIRE_FALSE(st.ok());
    CHECK(st.error().message.find("cannot write " + f.string() + ": File too large") == 0);
    CHECK(cppcc::test::read_file(f) == "old");
    CHECK(t.entries() == 1);
  }

  TEST_CASE("atomic write: no directory to put the temporary in is an error naming it") {
    TempDir t("nodir");
    auto st = cppcc::write_file_atomically((t.dir / "missing" / "out.html").string(), "x");
    REQUIRE_FALSE(st.ok());
    CHECK(st.error().message.find("cannot create a temporary file in") != std::string::npos);
  }

  TEST_CASE("atomic write: a file edited between reading and committing is left as edited") {
    TempDir t("changed");
    const fs::path f = t.write("draft.txt", "line one\n");
    const std::string read_then = cppcc::test::read_file(f);
    cppcc::AtomicWriteOptions o;
    o.expected_content = read_then;
    // Someone appends a line while the fix runs (after the temporary is written).
    o.before_commit = [&](const std::string&) -> cppcc::Status {
      std::ofstream(f, std::ios::app) << "line two\n";
      return cppcc::Ok{};
    };
    auto st = cppcc::write_file_atomically(f.string(), "LINE ONE\n", o);
    REQUIRE_FALSE(st.ok());
    CHECK(st.error().message.find("changed while") != std::string::npos);
    CHECK(cppcc::test::read_file(f) == "line one\nline two\n");
    CHECK(t.entries() == 1);

    SUBCASE("same size, same second: the bytes are compared too") {
      const fs::path g = t.write("same.txt", "aaaa");
      cppcc::AtomicWriteOptions o2;
      o2.expected_content = "bbbb";  // what the caller read differs from what is there now
      CHECK_FALSE(cppcc::write_file_atomically(g.string(), "cccc", o2).ok());
      CHECK(cppcc::test::read_file(g) == "aaaa");
    }
    SUBCASE("unchanged: the write goes through") {
      o.before_commit = nullptr;
      o.expected_content = "line one\nline two\n";
      CHECK(cppcc::write_file_atomically(f.string(), "LINE ONE\n", o).ok());
      CHECK(cppcc::test::read_file(f) == "LINE ONE\n");
    }
  }

  TEST_CASE("atomic write: through a symbolic link the target changes and the link stays") {
    TempDir t("symlink");
    const fs::path target = t.write("target.txt", "old");
    const fs::path link = t.dir / "link.txt";
    fs::create_symlink("target.txt", link);
    REQUIRE(cppcc::write_file_atomically(link.string(), "new").ok());
    CHECK(fs::is_symlink(fs::symlink_status(link)));
    CHECK(cppcc::test::read_file(target) == "new");
    CHECK(t.entries() == 2);

    fs::create_symlink("nowhere.txt", t.dir / "dangling.txt");
    auto st = cppcc::write_file_atomically((t.dir / "dangling.txt").string(), "x");
    REQUIRE_FALSE(st.ok());
    CHECK(st.error().message.find("symbolic link to a missing file") != std::string::npos);
  }

  TEST_CASE("atomic write: hard links are not split, every name sees the new text") {
    TempDir t("hardlink");
    const fs::path a = t.write("a.txt", "old");
    const fs::path b = t.dir / "b.txt";
    fs::create_hard_link(a, b);
    const ino_t inode = stat_of(a).st_ino;
    REQUIRE(cppcc::write_file_atomically(a.string(), "new and longer").ok());
    CHECK(cppcc::test::read_file(b) == "new and longer");
    CHECK(stat_of(a).st_ino == inode);
    CHECK(stat_of(a).st_nlink == 2);
    REQUIRE(cppcc::write_file_atomically(a.string(), "short").ok());  // shrinking truncates
    CHECK(cppcc::test::read_file(b) == "short");
    CHECK(t.entries() == 2);
  }

  TEST_CASE("atomic write: a hard-linked file whose in-place rewrite fails keeps the new text in the temporary") {
    TempDir t("hardlink-fail");
    const fs::path a = t.write("a.txt", "old");
    fs::create_hard_link(a, t.dir / "b.txt");
    const std::string text(100000, 'n');
    struct rlimit saved {};
    REQUIRE(::getrlimit(RLIMIT_FSIZE, &saved) == 0);
    auto old_handler = std::signal(SIGXFSZ, SIG_IGN);
    std::string temp;
    cppcc::AtomicWriteOptions o;
    // The temporary is complete; now the disk "fills" before the in-place rewrite.
    o.before_commit = [&](const std::string& path) -> cppcc::Status {
      temp = path;
      struct rlimit tiny = saved;
      tiny.rlim_cur = 4096;
      ::setrlimit(RLIMIT_FSIZE, &tiny);
      return cppcc::Ok{};
    };
    auto st = cppcc::write_file_atomically(a.string(), text, o);
    ::setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, old_handler);
    REQUIRE_FALSE(st.ok());
    CHECK(st.error().message.find("while rewriting it in place (it has 2 hard links)") != std::string::npos);
    CHECK(st.error().message.find("the complete new text is in " + temp) != std::string::npos);
    CHECK(cppcc::test::read_file(temp) == text);
  }

  TEST_CASE("atomic write: a read-only file is refused and untouched") {
    TempDir t("readonly");
    const fs::path f = t.write("ro.txt", "old");
    fs::permissions(f, fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
    auto st = cppcc::write_file_atomically(f.string(), "new");
    REQUIRE_FALSE(st.ok());
    CHECK(st.error().message.find("read-only (mode 0444)") != std::string::npos);
    CHECK(cppcc::test::read_file(f) == "old");
    CHECK(t.entries() == 1);
  }

  TEST_CASE("atomic write: mode, owner, extended attributes and ACLs are kept") {
    TempDir t("metadata");
    const fs::path f = t.write("draft.txt", "old");
    REQUIRE(::chmod(f.c_str(), 02640) == 0);
    const bool root = ::geteuid() == 0;
    if (root) REQUIRE(::chown(f.c_str(), 1234, 5678) == 0);
    const std::string note = "keep me";
    const bool xattrs = ::setxattr(f.c_str(), "user.cppcc-note", note.data(), note.size(), 0) == 0;
    const std::string acl = acl_granting_read_to(4321);
    const bool acls = ::setxattr(f.c_str(), "system.posix_acl_access", acl.data(), acl.size(), 0) == 0;
    if (!xattrs || !acls) MESSAGE("this file system stores no user xattrs or ACLs: those checks skipped");
    const struct stat before = stat_of(f);

    REQUIRE(cppcc::write_file_atomically(f.string(), "new").ok());
    CHECK(cppcc::test::read_file(f) == "new");
    const struct stat after = stat_of(f);
    CHECK(after.st_ino != before.st_ino);  // really a new file, renamed into place
    CHECK((after.st_mode & 07777) == (before.st_mode & 07777));
    CHECK(after.st_uid == before.st_uid);
    CHECK(after.st_gid == before.st_gid);
    if (root) CHECK(after.st_uid == 1234);
    auto get = [&](const char* name) {
      std::string v(256, '\0');
      const ssize_t n = ::getxattr(f.c_str(), name, v.data(), v.size());
      v.resize(n < 0 ? 0 : static_cast<size_t>(n));
      return v;
    };
    if (xattrs) CHECK(get("user.cppcc-note") == note);
    if (acls) CHECK(get("system.posix_acl_access") == acl);
  }
}
