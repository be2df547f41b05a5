// Report → a readable outline for a person (cppcc-extract --format text).
#include <fmt/format.h>

#include "cppcc/report_json.h"

namespace cppcc {

namespace {

std::string or_dash(const std::optional<std::string>& s) { return s ? *s : "-"; }
std::string or_dash(const std::optional<int>& v) { return v ? std::to_string(*v) : "-"; }

std::string shorten(const std::string& s, size_t max_cp) {
  size_t cps = 0, i = 0;
  while (i < s.size()) {
    if (cps == max_cp) return s.substr(0, i) + "…";
    unsigned char c = static_cast<unsigned char>(s[i]);
    i += c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : 4;
    ++cps;
  }
  return s;
}

void sections(std::string& out, const std::vector<Section>& secs, int depth) {
  std::string pad(static_cast<size_t>(depth) * 2, ' ');
  for (const auto& s : secs) {
    out += fmt::format("{}{:>5}  {}{}\n", pad, fmt::format("L{}", s.span.line), s.label, shorten(s.heading, 40));
    for (const auto& l : s.lead_sentences)
      out += fmt::format("{}  {:>5}    · {}\n", pad, fmt::format("L{}", l.span.line), shorten(l.text, 40));
    sections(out, s.subsections, depth + 1);
  }
}

}  // namespace

std::string report_to_text(const Report& r) {
  const Metadata& m = r.metadata;
  std::string out;
  out += fmt::format("{}\n", r.source.path);
  out += fmt::format("  genre      {}\n", genre_name(m.genre));
  if (m.genre == Genre::kCppccProposal)
    out += fmt::format("  proposal   {}\n", m.proposal_kind ? proposal_kind_name(*m.proposal_kind) : "-");
  out += fmt::format("  title      {}\n", or_dash(m.title));
  out += fmt::format("  committee  {}\n", or_dash(m.committee));
  out += fmt::format("  level      {}   region {}\n", m.level ? std::string(level_name(*m.level)) : "-",
                     or_dash(m.region));
  out += fmt::format("  term       {}   session {}   date {}\n", or_dash(m.term), or_dash(m.session), or_dash(m.date));
  out += fmt::format("  speaker    {}\n", or_dash(m.speaker));
  out += fmt::format("  years      review {}   plan {}\n", or_dash(m.review_year), or_dash(m.plan_year));
  out += "\nParts\n";
  if (r.parts.empty()) out += "  (none found)\n";
  for (const auto& p : r.parts) {
    // [review 2024], [review 2025 (2021-2025)], [plan 2026-2030]
    std::string years = p.year ? fmt::format(" {}", *p.year) : "";
    if (p.years && p.years->first != p.years->last)
      years += p.year ? fmt::format(" ({}-{})", p.years->first, p.years->last)
                      : fmt::format(" {}-{}", p.years->first, p.years->last);
    out += fmt::format("  L{:<5} [{}{}] {}{}\n", p.span.line, part_kind_name(p.kind), years,
                       p.label ? *p.label : "", shorten(p.heading, 40));
    sections(out, p.sections, 2);
  }
  if (r.shortcomings)
    out += fmt::format("\nShortcomings  L{}: {}\n", r.shortcomings->span.line, shorten(r.shortcomings->text, 60));
  if (r.closing) out += fmt::format("Closing       L{}: {}\n", r.closing->span.line, shorten(r.closing->text, 60));
  if (!r.glossary.empty()) {
    out += "\nGlossary\n";
    for (const auto& g : r.glossary)
      out += fmt::format("  L{:<5} {}. {}  ({} uses in the body)\n", g.span.line, g.number, g.term,
                         g.references.size());
  }
  if (!r.formulations.empty()) {
    out += "\nFormulations\n";
    for (const auto& f : r.formulations)
      out += fmt::format("  {}  ×{}{}\n", f.text, f.occurrences.size(), f.defined ? "  (defined)" : "");
  }
  for (const auto& ig : r.ignored)
    out += fmt::format("\nIgnored  L{}-{}: text after the end of the report ({} lines)\n", ig.span.line,
                       ig.span.end_line, ig.lines);
  out += fmt::format("\n{} quantities, {} body paragraphs\n", r.quantities.size(), r.paragraphs.size());
  return out;
}

}  // namespace cppcc
