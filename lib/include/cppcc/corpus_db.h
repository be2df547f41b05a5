/// \file
/// The corpus database: parsed reports in one SQLite file, for R, Python or
/// Datasette (docs/extract.md, "Corpus database"). Tables reports, parts,
/// sections, quantities, formulations and glossary; PRAGMA user_version is
/// kCorpusDbSchemaVersion. A report is keyed by its path and stored with the
/// sha256 of its input, so a second run can skip the files that did not change.
///
///   auto db = cppcc::CorpusDb::open("corpus.db");
///   auto known = db->fingerprints();               // path -> sha256
///   auto src = cppcc::load_file(path);
///   if ((*known)[path] != cppcc::source_fingerprint(*src))
///     db->store(cppcc::parse_report(*src, *res));  // replaces the old rows
#pragma once

#include <memory>
#include <string>
#include <unordered_map>

#include "cppcc/expected.h"
#include "cppcc/report.h"
#include "cppcc/text.h"

namespace cppcc {

/// The schema version a database written by this library has (user_version).
inline constexpr int kCorpusDbSchemaVersion = 2;

/// The sha256 parse_report() puts in Report::source.sha256, without parsing.
std::string source_fingerprint(const SourceText& src);

class CorpusDb {
 public:
  /// Opens PATH, creating the file and the schema when it is new. Fails on a
  /// file that is not SQLite, a SQLite database that is not a corpus
  /// database, or one written with another schema version.
  static Expected<CorpusDb> open(const std::string& path);

  CorpusDb(CorpusDb&&) noexcept;
  CorpusDb& operator=(CorpusDb&&) noexcept;
  ~CorpusDb();

  /// The sha256 of every stored report, by its source path.
  Expected<std::unordered_map<std::string, std::string>> fingerprints() const;

  /// Stores REPORT in one transaction, replacing the rows of an earlier
  /// report with the same source path.
  Status store(const Report& report);

 private:
  struct Impl;
  explicit CorpusDb(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace cppcc
