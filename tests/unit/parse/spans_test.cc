// Every span the parser reports re-reads, from the ORIGINAL file, exactly the
// text it claims (white space and line breaks aside), and its line/column
// agree with its byte offset.
#include <doctest/doctest.h>

#include "cppcc/normalize.h"
#include "cppcc/text.h"
#include "parse_support.h"
#include "test_support.h"

namespace {

// S without anything blank: spaces and indents of every width and the
// invisible characters the text layer drops (cppcc::is_blank_cp).
std::string squash(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size();) {
    size_t len = 0;
    char32_t cp = cppcc::utf8::decode(s, i, &len);
    if (cp == '\n' || cp == '\r' || cppcc::is_blank_cp(cp)) {
      i += len;
      continue;
    }
    out.append(s.substr(i, len));
    i += len;
  }
  return out;
}

struct Checker {
  const cppcc::SourceText& src;
  int checked = 0;

  void check(const cppcc::Span& sp, const std::string& claimed, const char* what) {
    ++checked;
    std::string_view orig = src.original();
    REQUIRE(sp.offset + sp.length <= orig.size());
    std::string read = squash(orig.substr(sp.offset, sp.length));
    std::string want = squash(claimed);
    CHECK_MESSAGE(read.find(want) != std::string::npos, what, ": span reads '", read.substr(0, 60), "', claims '",
                  want.substr(0, 60), "'");
    // line/column: the line holds the offset; columns count code points.
    size_t line_start = 0, line = 1;
    for (size_t i = 0; i < sp.offset; ++i)
      if (orig[i] == '\n') {
        ++line;
        line_start = i + 1;
      }
    CHECK(sp.line == line);
    size_t col = 1;
    for (size_t i = line_start; i < sp.offset; ++i)
      if ((static_cast<unsigned char>(orig[i]) & 0xC0) != 0x80) ++col;
    CHECK(sp.column == col);
  }

  void sections(const std::vector<cppcc::Section>& secs) {
    for (const auto& s : secs) {
      check(s.span, s.label + s.heading, "section");
      for (const auto& l : s.lead_sentences) check(l.span, l.text, "lead sentence");
      sections(s.subsections);
    }
  }

  void report(const cppcc::Report& r) {
    for (const auto& p : r.parts) {
      check(p.span, p.label.value_or("") + p.heading, "part");
      sections(p.sections);
    }
    for (const auto& g : r.glossary) {
      check(g.span, g.definition, "glossary entry");
      for (const auto& ref : g.references) {
        std::string read = squash(src.original().substr(ref.offset, ref.length));
        bool ok = false;
        for (const auto& piece : {g.term}) ok |= read == squash(piece) || g.written.find(read) != std::string::npos;
        CHECK_MESSAGE(ok, "glossary reference reads ", read);
      }
    }
    for (const auto& f : r.formulations)
      for (const auto& o : f.occurrences) check(o, f.text, "formulation");
    for (const auto& q : r.quantities) check(q.span, q.surface, "quantity");
    if (r.shortcomings) check(r.shortcomings->span, r.shortcomings->text, "shortcomings");
    if (r.closing) check(r.closing->span, r.closing->text, "closing");
    for (const auto& bp : r.paragraphs) check(bp.span, bp.text, "body paragraph");
  }
};

void check_file(const std::filesystem::path& p) {
  CAPTURE(p.string());
  auto parsed = cppcc::test::parse_path(p);
  Checker c{parsed.src};
  c.report(parsed.report);
  CHECK(c.checked > 0);
}

}  // namespace

TEST_SUITE("parse") {
  TEST_CASE("spans re-read their text: sample and golden fixtures") {
    namespace fs = std::filesystem;
    check_file(fs::path(CPPCC_TEST_SOURCE_DIR) / "data" / "sample" / "sample-report.txt");
    for (const auto& e : fs::directory_iterator(fs::path(CPPCC_TEST_SOURCE_DIR) / "tests" / "golden"))
      if (e.path().extension() == ".txt") check_file(e.path());
  }

  TEST_CASE("spans re-read their text: every UTF-8 file of the corpus") {
    CPPCC_REQUIRE_SHARED(shared);
    for (const auto& e : std::filesystem::directory_iterator(shared / "corpus")) {
      std::string name = e.path().filename().string();
      if (e.path().extension() != ".txt" || name.find("gb18030") != std::string::npos) continue;
      check_file(e.path());
    }
  }
}
