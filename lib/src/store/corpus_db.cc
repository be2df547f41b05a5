#include "cppcc/corpus_db.h"

#include <optional>
#include <utility>

#include "parse/sha256.h"
#include "store/corpus_schema.h"
#include "store/sqlite.h"

namespace cppcc {

using store::Database;
using store::Statement;

struct CorpusDb::Impl {
  Database db;
};

std::string source_fingerprint(const SourceText& src) { return parse::sha256_hex(src.original()); }

CorpusDb::CorpusDb(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
CorpusDb::CorpusDb(CorpusDb&&) noexcept = default;
CorpusDb& CorpusDb::operator=(CorpusDb&&) noexcept = default;
CorpusDb::~CorpusDb() = default;

Expected<CorpusDb> CorpusDb::open(const std::string& path) {
  auto db = Database::open(path);
  if (!db) return db.error();
  if (auto ok = db->exec("PRAGMA foreign_keys = ON"); !ok) return ok.error();
  if (auto ok = store::ensure_corpus_schema(*db); !ok) return ok.error();
  return CorpusDb(std::make_unique<Impl>(Impl{std::move(*db)}));
}

Expected<std::unordered_map<std::string, std::string>> CorpusDb::fingerprints() const {
  auto stmt = impl_->db.prepare("SELECT path, sha256 FROM reports");
  if (!stmt) return stmt.error();
  std::unordered_map<std::string, std::string> out;
  for (;;) {
    auto row = stmt->step();
    if (!row) return row.error();
    if (!*row) break;
    out.emplace(stmt->column_text(0), stmt->column_text(1));
  }
  return out;
}

namespace {

// The span columns every table ends with: line, col, byte_offset, byte_length.
void bind_span(Statement& s, int first, const Span& span) {
  s.bind(first, span.line);
  s.bind(first + 1, span.column);
  s.bind(first + 2, span.offset);
  s.bind(first + 3, span.length);
}

// Prepared once per store(): a report has hundreds of rows.
struct Inserts {
  Statement report, part, section, quantity, formulation, glossary;
};

Expected<Inserts> prepare_inserts(Database& db) {
  const char* sql[] = {
      "INSERT INTO reports (path, sha256, bytes, encoding, genre, title, committee, level, region, term, "
      "session, date, speaker, review_year, plan_year, proposal_kind) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
      "INSERT INTO parts VALUES (?,?,?,?,?,?,?,?,?,?)",
      "INSERT INTO sections VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
      "INSERT INTO quantities VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
      "INSERT INTO formulations VALUES (?,?,?,?,?,?,?,?,?,?)",
      "INSERT INTO glossary VALUES (?,?,?,?,?,?,?,?,?,?,?)",
  };
  std::optional<Statement> s[6];
  for (int i = 0; i < 6; ++i) {
    auto stmt = db.prepare(sql[i]);
    if (!stmt) return stmt.error();
    s[i].emplace(std::move(*stmt));
  }
  return Inserts{std::move(*s[0]), std::move(*s[1]), std::move(*s[2]),
                 std::move(*s[3]), std::move(*s[4]), std::move(*s[5])};
}

Status insert_report(Statement& s, const Report& r) {
  const Metadata& m = r.metadata;
  s.bind(1, r.source.path);
  s.bind(2, r.source.sha256);
  s.bind(3, r.source.bytes);
  s.bind(4, r.source.encoding);
  s.bind(5, genre_name(m.genre));
  s.bind(6, m.title);
  s.bind(7, m.committee);
  if (m.level) s.bind(8, level_name(*m.level)); else s.bind_null(8);
  s.bind(9, m.region);
  s.bind(10, m.term);
  s.bind(11, m.session);
  s.bind(12, m.date);
  s.bind(13, m.speaker);
  s.bind(14, m.review_year);
  s.bind(15, m.plan_year);
  if (m.proposal_kind) s.bind(16, proposal_kind_name(*m.proposal_kind)); else s.bind_null(16);
  return s.run();
}

std::string joined_lead_sentences(const Section& section) {
  std::string out;
  for (const auto& lead : section.lead_sentences) {
    if (!out.empty()) out += '\n';
    out += lead.text;
  }
  return out;
}

// Sections of a part in document order (pre-order), numbered 0, 1, 2, ...;
// PARENT is the number of the enclosing section, or none at the top.
Status insert_sections(Statement& s, int64_t report_id, int part, const std::vector<Section>& sections,
                       std::optional<int> parent, int depth, int& next) {
  for (const Section& x : sections) {
    int index = next++;
    s.bind(1, report_id);
    s.bind(2, part);
    s.bind(3, index);
    s.bind(4, parent);
    s.bind(5, depth);
    s.bind(6, x.number);
    s.bind(7, x.label);
    s.bind(8, x.heading);
    s.bind(9, x.run_in);
    s.bind(10, joined_lead_sentences(x));
    bind_span(s, 11, x.span);
    if (auto ok = s.run(); !ok) return ok;
    if (auto ok = insert_sections(s, report_id, part, x.subsections, index, depth + 1, next); !ok) return ok;
  }
  return Ok{};
}

// One row per item of ITEMS: (report_id, index, what BIND_ITEM binds from 3 on).
template <class T, class BindItem>
Status insert_each(Statement& s, int64_t report_id, const std::vector<T>& items, BindItem bind_item) {
  for (size_t i = 0; i < items.size(); ++i) {
    s.bind(1, report_id);
    s.bind(2, static_cast<int64_t>(i));
    bind_item(s, items[i]);
    if (auto ok = s.run(); !ok) return ok;
  }
  return Ok{};
}

void bind_part(Statement& s, const Part& p) {
  s.bind(3, part_kind_name(p.kind));
  s.bind(4, p.year);
  s.bind(5, p.label);
  s.bind(6, p.heading);
  bind_span(s, 7, p.span);
}

void bind_quantity(Statement& s, const Quantity& q) {
  s.bind(3, q.surface);
  s.bind(4, q.value);
  s.bind(5, q.value_max);
  s.bind(6, q.unit);
  s.bind(7, q.qualifier);
  s.bind(8, q.kind);
  s.bind(9, q.indicator);
  s.bind(10, part_kind_name(q.part));
  s.bind(11, q.is_target);
  s.bind(12, q.section);
  bind_span(s, 13, q.span);
}

void bind_formulation(Statement& s, const Formulation& f) {
  s.bind(3, f.text);
  s.bind(4, f.defined);
  s.bind(5, f.known);
  s.bind(6, static_cast<int64_t>(f.occurrences.size()));
  if (!f.occurrences.empty()) bind_span(s, 7, f.occurrences.front());  // the first use
}

void bind_glossary_entry(Statement& s, const GlossaryEntry& g) {
  s.bind(3, g.number);
  s.bind(4, g.term);
  s.bind(5, g.written);
  s.bind(6, g.definition);
  s.bind(7, static_cast<int64_t>(g.references.size()));
  bind_span(s, 8, g.span);
}

Status insert_rows(Inserts& in, int64_t id, const Report& r) {
  if (auto ok = insert_each(in.part, id, r.parts, bind_part); !ok) return ok;
  for (size_t i = 0; i < r.parts.size(); ++i) {
    int next = 0;
    if (auto ok = insert_sections(in.section, id, static_cast<int>(i), r.parts[i].sections, std::nullopt, 0, next);
        !ok)
      return ok;
  }
  if (auto ok = insert_each(in.quantity, id, r.quantities, bind_quantity); !ok) return ok;
  if (auto ok = insert_each(in.formulation, id, r.formulations, bind_formulation); !ok) return ok;
  return insert_each(in.glossary, id, r.glossary, bind_glossary_entry);
}

}  // namespace

Status CorpusDb::store(const Report& report) {
  Database& db = impl_->db;
  auto in = prepare_inserts(db);
  if (!in) return in.error();
  auto remove = db.prepare("DELETE FROM reports WHERE path = ?");
  if (!remove) return remove.error();
  if (auto ok = db.exec("BEGIN"); !ok) return ok;
  auto fail = [&](const Status& why) {
    (void)db.exec("ROLLBACK");
    return make_error(why.error().code, why.error().message + " (storing " + report.source.path + ")");
  };
  remove->bind(1, report.source.path);
  if (auto ok = remove->run(); !ok) return fail(ok);
  if (auto ok = insert_report(in->report, report); !ok) return fail(ok);
  if (auto ok = insert_rows(*in, db.last_insert_rowid(), report); !ok) return fail(ok);
  if (auto ok = db.exec("COMMIT"); !ok) return fail(ok);
  return Ok{};
}

}  // namespace cppcc
