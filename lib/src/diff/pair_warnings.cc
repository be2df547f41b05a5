// Pairs that may not follow each other: the diff is made, but its figures
// may compare a CPPCC report with a government report, one region with
// another, or years apart.
#include <fmt/format.h>

#include "diff/diff_parts.h"

namespace cppcc::diff_detail {

std::vector<DiffWarning> pair_warnings(const Report& old_report, const Report& new_report) {
  std::vector<DiffWarning> out;
  const Metadata &a = old_report.metadata, &b = new_report.metadata;
  if (a.genre != b.genre && a.genre != Genre::kUnknown && b.genre != Genre::kUnknown)
    out.push_back({"genre", fmt::format("the reports are of different genres ({} vs {}): their figures do not compare",
                                        genre_name(a.genre), genre_name(b.genre))});
  // The work report counts the year's proposals, the review report one session's: not the same figures.
  if (a.genre == Genre::kCppccProposal && b.genre == Genre::kCppccProposal && a.proposal_kind && b.proposal_kind &&
      *a.proposal_kind != *b.proposal_kind)
    out.push_back({"genre", fmt::format("the proposal reports are of different kinds ({} vs {}): their figures do not "
                                        "compare",
                                        proposal_kind_name(*a.proposal_kind), proposal_kind_name(*b.proposal_kind))});
  if (a.region && b.region && *a.region != *b.region)
    out.push_back({"region", fmt::format("the reports are of different regions ({} vs {})", *a.region, *b.region)});
  std::optional<int> ya = report_year(old_report), yb = report_year(new_report);
  if (ya && yb && *yb != *ya + 1)
    out.push_back({"years", fmt::format("the years do not follow ({} then {}): last year's targets are judged "
                                        "only against a review of their own year",
                                        *ya, *yb)});
  return out;
}

}  // namespace cppcc::diff_detail
