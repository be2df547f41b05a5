// diff_reports: the steps run in order, and what counts as a difference.
#include <algorithm>

#include "diff/diff_parts.h"
#include "diff/diff_util.h"

namespace cppcc {

namespace diff_detail {

std::vector<MetadataChange> diff_metadata(const Metadata& a, const Metadata& b) {
  std::vector<MetadataChange> out;
  auto text = [](const std::optional<std::string>& s) { return s; };
  auto number = [](const std::optional<int>& n) {
    return n ? std::optional<std::string>(std::to_string(*n)) : std::nullopt;
  };
  auto level = [](const std::optional<Level>& l) {
    return l ? std::optional<std::string>(std::string(level_name(*l))) : std::nullopt;
  };
  auto add = [&out](const char* field, std::optional<std::string> x, std::optional<std::string> y) {
    if (x != y) out.push_back({field, std::move(x), std::move(y)});
  };
  add("genre", std::string(genre_name(a.genre)), std::string(genre_name(b.genre)));
  auto proposal = [](const std::optional<ProposalKind>& k) {  // null for every other genre
    return k ? std::optional<std::string>(std::string(proposal_kind_name(*k))) : std::nullopt;
  };
  add("proposal_kind", proposal(a.proposal_kind), proposal(b.proposal_kind));
  add("title", text(a.title), text(b.title));
  add("committee", text(a.committee), text(b.committee));
  add("level", level(a.level), level(b.level));
  add("region", text(a.region), text(b.region));
  add("term", number(a.term), number(b.term));
  add("session", number(a.session), number(b.session));
  add("date", text(a.date), text(b.date));
  add("speaker", text(a.speaker), text(b.speaker));
  add("review_year", number(a.review_year), number(b.review_year));
  add("plan_year", number(a.plan_year), number(b.plan_year));
  return out;
}

}  // namespace diff_detail

bool ReportDiff::has_differences() const {
  if (!metadata.empty() || !rising.empty() || !falling.empty()) return true;
  if (!formulations.added.empty() || !formulations.dropped.empty()) return true;
  if (!glossary.added.empty() || !glossary.dropped.empty()) return true;
  for (const SectionAlignment& s : sections)
    if (s.change != SectionChange::kMatched || s.text_changed) return true;
  for (const FigureDiff& f : figures)
    if (f.change != FigureChange::kUnchanged && f.change != FigureChange::kRestated) return true;
  for (const TargetChange& t : target_changes)
    if (t.change != TargetChangeKind::kUnchanged) return true;
  return false;
}

ReportSide report_side(const Report& r) {
  ReportSide s;
  s.path = r.source.path;
  s.review_year = diff_detail::review_year_of(r);
  s.plan_year = diff_detail::plan_year_of(r);
  s.review_years = diff_detail::review_years_of(r);
  s.title = r.metadata.title;
  s.region = r.metadata.region;
  s.genre = std::string(genre_name(r.metadata.genre));
  return s;
}

std::string report_name(const ReportSide& s) {
  // Without a title, the genre's usual one (a government report's web copy
  // often starts with the text itself); the path when the genre is unknown.
  std::optional<std::string> title = s.title;
  if (!title) {
    if (s.genre == "government-work-report") title = "政府工作报告";
    else if (s.genre == "cppcc-standing-committee-report") title = "政协常务委员会工作报告";
    else if (s.genre == "npc-standing-committee-report") title = "人大常务委员会工作报告";
    else return s.path;
  }
  std::string out = *title;
  if (s.region && out.find(*s.region) == std::string::npos) out = *s.region + out;
  std::optional<int> year = s.plan_year ? s.plan_year : s.review_year ? std::optional<int>(*s.review_year + 1) : std::nullopt;
  if (year && out.find(std::to_string(*year)) == std::string::npos) out = std::to_string(*year) + "年" + out;
  return out;
}

ReportDiff diff_reports(const Report& old_report, const Report& new_report, const Tokenizer& tokenize,
                        const DiffOptions& options) {
  using namespace diff_detail;
  ReportDiff d;
  d.old_report = report_side(old_report);
  d.new_report = report_side(new_report);
  d.metadata = diff_metadata(old_report.metadata, new_report.metadata);
  d.sections = align_sections(old_report, new_report, tokenize, options);
  d.figures = diff_figures(old_report, new_report);
  d.targets = check_targets(old_report, new_report);
  d.target_changes = diff_targets(old_report, new_report);
  d.warnings = pair_warnings(old_report, new_report);
  d.formulations = diff_formulations(old_report, new_report);
  d.glossary = diff_glossary(old_report, new_report);
  keyword_shifts(tokenize(report_body(old_report)), tokenize(report_body(new_report)), options, &d.rising,
                 &d.falling, &d.old_report.words, &d.new_report.words);
  return d;
}

}  // namespace cppcc
