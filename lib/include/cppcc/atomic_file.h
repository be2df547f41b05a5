/// \file
/// Replacing a file's contents so that nothing the user had is lost: what
/// cppcc-validate --fix and cppcc-diff -o share.
///
///   cppcc::AtomicWriteOptions o;
///   o.expected_content = src.original();   // refuse if someone edited the file meanwhile
///   if (auto st = cppcc::write_file_atomically(path, new_bytes, o); !st) report(st.error());
///
/// The new bytes go to a temporary file created next to the target
/// (O_CREAT|O_EXCL, mode 0600), which is written, fsync'ed and then renamed
/// over the target; the directory is fsync'ed after the rename. On any
/// failure (full disk, file-size limit, no permission) the target keeps its
/// old contents and the temporary file is removed.
///
/// For an existing target:
/// - a symbolic link is followed: the file it points to is replaced, the link stays a link;
/// - owner, group, mode (setuid/setgid/sticky included) and every extended
///   attribute (POSIX ACLs are the xattrs system.posix_acl_access/default) are
///   copied to the new file; if one cannot be copied the write is refused;
/// - a file with several hard links is rewritten IN PLACE once the complete
///   new bytes are safely on disk in the temporary file, so every name sees the
///   new text; should that rewrite fail, the error names the temporary file,
///   which is kept and holds the complete new text;
/// - a file without write permission for its owner (mode u-w) is refused.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "cppcc/expected.h"

namespace cppcc {

struct AtomicWriteOptions {
  /// The bytes the caller read from the target. When set, the write is refused
  /// (the target left as it is) unless, just before it is replaced, the target
  /// still has the same size, modification time and bytes: it was edited while
  /// the caller worked on it.
  std::optional<std::string_view> expected_content;
  /// Called once the new bytes are durable in the temporary file (named by the
  /// argument), before the final check and the replacement. An error aborts
  /// the write: the temporary file is removed and the target untouched. For
  /// tests: inject a failure, or edit the target to simulate a concurrent edit.
  std::function<Status(const std::string& temp_path)> before_commit;
};

/// Writes BYTES to PATH as described above. Errors (ErrorCode::kIo) read
/// "cannot write PATH: REASON" and say whether PATH was left unchanged.
Status write_file_atomically(const std::string& path, std::string_view bytes,
                             const AtomicWriteOptions& options = {});

}  // namespace cppcc
