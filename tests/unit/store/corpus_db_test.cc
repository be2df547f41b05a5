// CorpusDb: the corpus database keeps one row set per path, replaces it when
// the report is stored again, remembers each input's sha256, and returns
// errors as values for files it cannot use.
#include <doctest/doctest.h>

#include <filesystem>
#include <string>

#include "cppcc/corpus_db.h"
#include "cppcc/parse.h"
#include "store/sqlite.h"

namespace {

const char* kReport =
    "政协示例市委员会常务委员会工作报告\n\n"
    "一、2024年工作回顾\n\n"
    "全年举办委员讲堂12场，提交提案356件，立案率达95%。\n";

cppcc::Report parse(const std::string& path, const std::string& text) {
  auto res = cppcc::Resources::load();
  REQUIRE(res);
  cppcc::SourceText src = cppcc::SourceText::from_utf8(path, text);
  return cppcc::parse_report(src, **res);
}

int64_t count(cppcc::store::Database& db, const char* sql) {
  auto n = db.query_int(sql);
  REQUIRE(n);
  return *n;
}

}  // namespace

TEST_CASE("corpus db: store, replace, fingerprints") {
  std::filesystem::path file = std::filesystem::temp_directory_path() / "cppcc_corpus_db_test.db";
  std::filesystem::remove(file);
  cppcc::Report first = parse("a.txt", kReport);
  REQUIRE(first.quantities.size() >= 3);
  {
    auto db = cppcc::CorpusDb::open(file.string());
    REQUIRE(db);
    REQUIRE(db->store(first));
    REQUIRE(db->store(first));  // again: replaced, not duplicated
    auto known = db->fingerprints();
    REQUIRE(known);
    CHECK(known->size() == 1);
    CHECK(known->at("a.txt") == first.source.sha256);
    CHECK(known->at("a.txt") ==
          cppcc::source_fingerprint(cppcc::SourceText::from_utf8("a.txt", kReport)));
  }
  auto raw = cppcc::store::Database::open(file.string());
  REQUIRE(raw);
  CHECK(count(*raw, "PRAGMA user_version") == cppcc::kCorpusDbSchemaVersion);
  CHECK(count(*raw, "select count(*) from reports") == 1);
  CHECK(count(*raw, "select count(*) from quantities") == static_cast<int64_t>(first.quantities.size()));
  CHECK(count(*raw, "select count(*) from parts") == static_cast<int64_t>(first.parts.size()));
  std::filesystem::remove(file);
}

TEST_CASE("corpus db: errors name the file") {
  std::filesystem::path dir = std::filesystem::temp_directory_path();
  auto db = cppcc::CorpusDb::open(dir.string());  // a directory cannot be a database
  REQUIRE_FALSE(db);
  CHECK(db.error().message.find(dir.string()) != std::string::npos);
}

TEST_CASE("corpus db: a proposal report's kind is stored; a version 1 database is refused") {
  std::filesystem::path file = std::filesystem::temp_directory_path() / "cppcc_corpus_db_proposal_test.db";
  std::filesystem::remove(file);
  cppcc::Report proposal = parse("p.txt",
                                 "关于政协第八届青川市委员会第三次会议以来提案工作情况的报告\n各位委员：\n"
                                 "八届三次会议以来，市政协共收到提案386件，经审查，立案352件。\n");
  REQUIRE(proposal.metadata.proposal_kind == cppcc::ProposalKind::kWork);
  {
    auto db = cppcc::CorpusDb::open(file.string());
    REQUIRE(db);
    REQUIRE(db->store(proposal));
    REQUIRE(db->store(parse("a.txt", kReport)));
  }
  {
    auto raw = cppcc::store::Database::open(file.string());
    REQUIRE(raw);
    CHECK(count(*raw, "select count(*) from reports where path = 'p.txt' and proposal_kind = 'work'") == 1);
    CHECK(count(*raw, "select count(*) from reports where path = 'a.txt' and proposal_kind is null") == 1);
  }
  std::filesystem::remove(file);
  {
    auto raw = cppcc::store::Database::open(file.string());
    REQUIRE(raw);
    REQUIRE(raw->exec("CREATE TABLE reports (id INTEGER PRIMARY KEY); PRAGMA user_version = 1"));
  }
  auto old = cppcc::CorpusDb::open(file.string());
  REQUIRE_FALSE(old);
  CHECK(old.error().message.find("schema version 1") != std::string::npos);
  CHECK(old.error().message.find("version 2") != std::string::npos);
  std::filesystem::remove(file);
}
