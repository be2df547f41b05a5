// A thin RAII layer over the SQLite C API for the corpus database: errors
// come back as values naming the database file, never as exceptions.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "cppcc/expected.h"

struct sqlite3;
struct sqlite3_stmt;

namespace cppcc::store {

class Statement;

class Database {
 public:
  static Expected<Database> open(const std::string& path);
  Database(Database&& other) noexcept;
  Database& operator=(Database&& other) noexcept;
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;
  ~Database();

  /// Runs SQL (one or more statements without results).
  Status exec(const char* sql);
  Expected<Statement> prepare(const char* sql);
  /// The single integer a query like "PRAGMA user_version" returns.
  Expected<int64_t> query_int(const char* sql);
  int64_t last_insert_rowid() const;
  /// "PATH: sqlite: MESSAGE" for the last failure, with CONTEXT in front.
  Error error(std::string_view context) const;
  const std::string& path() const { return path_; }

 private:
  Database(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
  sqlite3* db_ = nullptr;
  std::string path_;
};

/// A prepared statement. bind() positions are 1-based; step() after the
/// binds; reset() to run it again with new values.
class Statement {
 public:
  Statement(Statement&& other) noexcept;
  Statement& operator=(Statement&& other) noexcept;
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  ~Statement();

  void bind(int index, int64_t value);
  void bind(int index, double value);
  void bind(int index, std::string_view text);
  void bind(int index, bool value) { bind(index, int64_t{value ? 1 : 0}); }
  void bind_null(int index);
  template <class T>
  void bind(int index, const std::optional<T>& value) {
    if (value) bind(index, *value); else bind_null(index);
  }
  void bind(int index, int value) { bind(index, int64_t{value}); }
  void bind(int index, uint64_t value) { bind(index, static_cast<int64_t>(value)); }
  void bind(int index, uint32_t value) { bind(index, int64_t{value}); }
  void bind(int index, const std::string& text) { bind(index, std::string_view(text)); }
  void bind(int index, const char* text) { bind(index, std::string_view(text)); }

  /// Runs the statement to its next row: true when a row is ready, false when done.
  Expected<bool> step();
  /// Runs a statement that returns no rows, then resets it for the next use.
  Status run();
  void reset();
  std::string column_text(int column) const;

 private:
  friend class Database;
  Statement(sqlite3_stmt* stmt, const Database* db) : stmt_(stmt), db_(db) {}
  sqlite3_stmt* stmt_ = nullptr;
  const Database* db_ = nullptr;
};

}  // namespace cppcc::store
