#include "store/corpus_schema.h"

#include <string>

#include "cppcc/corpus_db.h"

namespace cppcc::store {
namespace {

// Version 2 (1 + reports.proposal_kind). A change to these tables raises
// kCorpusDbSchemaVersion and docs/extract.md says what changed. Every table but reports is keyed by
// (report_id, index in the report) and goes away with its report (ON DELETE
// CASCADE). Positions: line and col (code points) of the original file,
// byte_offset and byte_length into it, as the JSON's spans.
constexpr const char* kSchema = R"sql(
CREATE TABLE reports (
  id INTEGER PRIMARY KEY,
  path TEXT NOT NULL UNIQUE,
  sha256 TEXT NOT NULL,
  bytes INTEGER NOT NULL,
  encoding TEXT NOT NULL,
  genre TEXT NOT NULL,
  title TEXT, committee TEXT, level TEXT, region TEXT,
  term INTEGER, session INTEGER, date TEXT, speaker TEXT,
  review_year INTEGER, plan_year INTEGER,
  proposal_kind TEXT
);
CREATE INDEX reports_genre ON reports (genre);
CREATE INDEX reports_region_year ON reports (region, review_year);

CREATE TABLE parts (
  report_id INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
  part INTEGER NOT NULL,
  kind TEXT NOT NULL,
  year INTEGER, label TEXT,
  heading TEXT NOT NULL,
  line INTEGER NOT NULL, col INTEGER NOT NULL, byte_offset INTEGER NOT NULL, byte_length INTEGER NOT NULL,
  PRIMARY KEY (report_id, part)
);

CREATE TABLE sections (
  report_id INTEGER NOT NULL,
  part INTEGER NOT NULL,
  section INTEGER NOT NULL,
  parent INTEGER,
  depth INTEGER NOT NULL,
  number INTEGER NOT NULL,
  label TEXT NOT NULL,
  heading TEXT NOT NULL,
  run_in INTEGER NOT NULL,
  lead_sentences TEXT NOT NULL,
  line INTEGER NOT NULL, col INTEGER NOT NULL, byte_offset INTEGER NOT NULL, byte_length INTEGER NOT NULL,
  PRIMARY KEY (report_id, part, section),
  FOREIGN KEY (report_id, part) REFERENCES parts (report_id, part) ON DELETE CASCADE
);

CREATE TABLE quantities (
  report_id INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
  quantity INTEGER NOT NULL,
  surface TEXT NOT NULL,
  value REAL NOT NULL, value_max REAL,
  unit TEXT NOT NULL, qualifier TEXT,
  kind TEXT NOT NULL, indicator TEXT NOT NULL,
  part_kind TEXT NOT NULL,
  is_target INTEGER NOT NULL,
  section INTEGER,
  line INTEGER NOT NULL, col INTEGER NOT NULL, byte_offset INTEGER NOT NULL, byte_length INTEGER NOT NULL,
  PRIMARY KEY (report_id, quantity)
);
CREATE INDEX quantities_indicator ON quantities (indicator);
CREATE INDEX quantities_kind ON quantities (kind);

CREATE TABLE formulations (
  report_id INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
  formulation INTEGER NOT NULL,
  text TEXT NOT NULL,
  defined INTEGER NOT NULL, known INTEGER NOT NULL,
  occurrences INTEGER NOT NULL,
  line INTEGER, col INTEGER, byte_offset INTEGER, byte_length INTEGER,
  PRIMARY KEY (report_id, formulation)
);
CREATE INDEX formulations_text ON formulations (text);

CREATE TABLE glossary (
  report_id INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
  entry INTEGER NOT NULL,
  number INTEGER NOT NULL,
  term TEXT NOT NULL, written TEXT NOT NULL, definition TEXT NOT NULL,
  uses INTEGER NOT NULL,
  line INTEGER NOT NULL, col INTEGER NOT NULL, byte_offset INTEGER NOT NULL, byte_length INTEGER NOT NULL,
  PRIMARY KEY (report_id, entry)
);
CREATE INDEX glossary_term ON glossary (term);
)sql";

}  // namespace

Status ensure_corpus_schema(Database& db) {
  auto version = db.query_int("PRAGMA user_version");
  if (!version) return version.error();
  if (*version == kCorpusDbSchemaVersion) return Ok{};
  if (*version != 0)
    return make_error(ErrorCode::kFormat,
                      db.path() + ": corpus database schema version " + std::to_string(*version) +
                          ", this cppcc reads and writes version " + std::to_string(kCorpusDbSchemaVersion) +
                          " (write a new database)");
  auto tables = db.query_int("SELECT count(*) FROM sqlite_master");
  if (!tables) return tables.error();
  if (*tables != 0)
    return make_error(ErrorCode::kFormat,
                      db.path() + ": a SQLite database, but not a cppcc corpus database (it has tables "
                                  "and no schema version)");
  if (auto ok = db.exec("BEGIN"); !ok) return ok;
  if (auto ok = db.exec(kSchema); !ok) {
    (void)db.exec("ROLLBACK");
    return ok;
  }
  std::string set_version = "PRAGMA user_version = " + std::to_string(kCorpusDbSchemaVersion);
  if (auto ok = db.exec(set_version.c_str()); !ok) {
    (void)db.exec("ROLLBACK");
    return ok;
  }
  return db.exec("COMMIT");
}

}  // namespace cppcc::store
