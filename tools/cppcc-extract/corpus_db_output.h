// cppcc-extract --format sqlite -o corpus.db: the corpus database (docs/extract.md).
#pragma once

#include <string>
#include <vector>

#include "cppcc/parse.h"

namespace cppcc::extract {

/// Parses FILES into the database at OUTPUT on JOBS threads, skipping the
/// files whose sha256 is already stored under their path; prints
/// "N parsed, M unchanged" on stderr. Returns the tool's exit code.
int write_corpus_db(const std::vector<std::string>& files, const Resources& res, const DecodeOptions& decode,
                    const std::string& output, unsigned jobs, const char* tool, bool quiet = false);

}  // namespace cppcc::extract
