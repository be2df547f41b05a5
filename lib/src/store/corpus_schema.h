// The corpus database's tables (docs/extract.md, "Corpus database").
#pragma once

#include "cppcc/expected.h"
#include "store/sqlite.h"

namespace cppcc::store {

/// Creates the schema in a new database, accepts one at kCorpusDbSchemaVersion
/// and refuses anything else (another version, or a SQLite file that is not
/// a corpus database) with an error naming the file.
Status ensure_corpus_schema(Database& db);

}  // namespace cppcc::store
