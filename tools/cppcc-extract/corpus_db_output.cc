#include "corpus_db_output.h"

#include <iostream>
#include <optional>

#include "common/batch.h"
#include "common/cli.h"
#include "cppcc/corpus_db.h"

namespace cppcc::extract {

int write_corpus_db(const std::vector<std::string>& files, const Resources& res, const DecodeOptions& decode,
                    const std::string& output, unsigned jobs, const char* tool, bool quiet) {
  auto db = CorpusDb::open(output);
  if (!db) {
    cli::print_error(tool, db.error());
    return cli::kExitTrouble;
  }
  auto known = db->fingerprints();
  if (!known) {
    cli::print_error(tool, known.error());
    return cli::kExitTrouble;
  }
  size_t parsed = 0, unchanged = 0, failed = 0;
  cli::BatchOptions batch;
  batch.jobs = jobs;
  batch.progress = !quiet;
  batch.item_bytes = cli::file_sizes(files);
  // A worker reads and hashes every file but parses only the changed ones
  // (nullopt = the stored copy is current); the calling thread writes.
  cli::run_batch<std::optional<Report>>(
      files.size(), batch,
      [&](size_t i) -> Expected<std::optional<Report>> {
        auto src = load_file(files[i], decode);
        if (!src) return src.error();
        auto stored = known->find(src->path());
        if (stored != known->end() && stored->second == source_fingerprint(*src))
          return std::optional<Report>();
        return std::optional<Report>(parse_report(*src, res));
      },
      [&](size_t i, Expected<std::optional<Report>>&& report) {
        Status ok = report ? (*report ? db->store(**report) : Status(Ok{})) : Status(report.error());
        if (!ok) {
          ++failed;
          const std::string& m = ok.error().message;
          cli::print_error(tool, m.find(files[i]) == std::string::npos ? files[i] + ": " + m : m);
          return;
        }
        ++(*report ? parsed : unchanged);
      });
  if (!quiet) {
    std::cerr << tool << ": " << output << ": " << parsed << " parsed, " << unchanged << " unchanged";
    if (failed) std::cerr << ", " << failed << " failed";
    std::cerr << "\n";
  }
  return failed ? cli::kExitTrouble : cli::kExitOk;
}

}  // namespace cppcc::extract
