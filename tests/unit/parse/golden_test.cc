// Golden files: each tests/golden/NAME.txt is parsed and summarised (metadata,
// parts, sections, glossary, landmarks) and compared with NAME.golden.
// CPPCC_UPDATE_GOLDEN=1 rewrites the .golden files instead (review the diff!).
#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>

#include "parse_support.h"
#include "test_support.h"

namespace {

std::string opt(const std::optional<std::string>& s) { return s ? *s : "null"; }
std::string opt(const std::optional<int>& v) { return v ? std::to_string(*v) : "null"; }

void sections(std::string& out, const std::vector<cppcc::Section>& secs, int depth) {
  for (const auto& s : secs) {
    out += std::string(static_cast<size_t>(depth) * 2, ' ') + "section " + std::to_string(s.number) + " " + s.label +
           s.heading + " @" + std::to_string(s.span.line) + (s.run_in ? " run-in" : "") + "\n";
    for (const auto& l : s.lead_sentences)
      out += std::string(static_cast<size_t>(depth) * 2 + 2, ' ') + "lead " + l.text + "\n";
    sections(out, s.subsections, depth + 1);
  }
}

}  // namespace

namespace cppcc::test {

std::string summarize(const Report& r) {
  const auto& m = r.metadata;
  std::string out;
  out += "genre " + std::string(genre_name(m.genre)) + "\n";
  out += "title " + opt(m.title) + "\n";
  out += "committee " + opt(m.committee) + "\n";
  out += "level " + (m.level ? std::string(level_name(*m.level)) : "null") + " region " + opt(m.region) + "\n";
  out += "term " + opt(m.term) + " session " + opt(m.session) + " date " + opt(m.date) + "\n";
  out += "speaker " + opt(m.speaker) + "\n";
  out += "review_year " + opt(m.review_year) + " plan_year " + opt(m.plan_year) + "\n";
  for (const auto& p : r.parts) {
    out += "part " + std::string(part_kind_name(p.kind)) + " " + opt(p.year) + " " + p.label.value_or("") +
           p.heading + " @" + std::to_string(p.span.line) + "\n";
    sections(out, p.sections, 1);
  }
  out += "shortcomings " + (r.shortcomings ? "@" + std::to_string(r.shortcomings->span.line) : "null") + "\n";
  out += "closing " + (r.closing ? "@" + std::to_string(r.closing->span.line) : "null") + "\n";
  for (const auto& g : r.glossary)
    out += "glossary " + std::to_string(g.number) + " " + g.term + " refs " + std::to_string(g.references.size()) +
           "\n";
  for (const auto& f : r.formulations)
    out += "formulation " + f.text + " x" + std::to_string(f.occurrences.size()) + (f.defined ? " defined" : "") +
           "\n";
  out += "first body paragraph: " + (r.paragraphs.empty() ? "" : r.paragraphs.front().text.substr(0, 36)) + "\n";
  out += "last body paragraph: " + (r.paragraphs.empty() ? "" : r.paragraphs.back().text.substr(0, 36)) + "\n";
  return out;
}

}  // namespace cppcc::test

TEST_SUITE("parse") {
  TEST_CASE("golden fixtures: every heading scheme and every kind of trailing junk") {
    namespace fs = std::filesystem;
    fs::path dir = fs::path(CPPCC_TEST_SOURCE_DIR) / "tests" / "golden";
    bool update = std::getenv("CPPCC_UPDATE_GOLDEN") != nullptr;
    int n = 0;
    for (const auto& entry : fs::directory_iterator(dir)) {
      if (entry.path().extension() != ".txt") continue;
      ++n;
      CAPTURE(entry.path().filename().string());
      auto parsed = cppcc::test::parse_path(entry.path());
      std::string got = cppcc::test::summarize(parsed.report);
      fs::path golden = entry.path();
      golden.replace_extension(".golden");
      if (update) {
        std::ofstream(golden, std::ios::binary) << got;
        continue;
      }
      REQUIRE_MESSAGE(fs::exists(golden), "missing ", golden.string(), " (run with CPPCC_UPDATE_GOLDEN=1)");
      CHECK(got == cppcc::test::read_file(golden));
    }
    CHECK(n >= 9);
  }
}
