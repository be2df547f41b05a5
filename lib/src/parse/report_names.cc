// Contract names of the report model's enums.
#include "cppcc/report.h"

namespace cppcc {

std::string_view genre_name(Genre g) {
  switch (g) {
    case Genre::kCppccStandingCommittee: return "cppcc-standing-committee-report";
    case Genre::kGovernmentWork: return "government-work-report";
    case Genre::kNpcStandingCommittee: return "npc-standing-committee-report";
    case Genre::kCppccProposal: return "cppcc-proposal-report";
    case Genre::kUnknown: break;
  }
  return "unknown";
}

std::string_view level_name(Level l) {
  switch (l) {
    case Level::kNational: return "national";
    case Level::kProvincial: return "provincial";
    case Level::kCity: return "city";
    case Level::kCounty: return "county";
    case Level::kDistrict: return "district";
  }
  return "city";
}

std::string_view part_kind_name(PartKind k) {
  switch (k) {
    case PartKind::kReview: return "review";
    case PartKind::kPlan: return "plan";
    case PartKind::kOther: break;
  }
  return "other";
}

std::string_view proposal_kind_name(ProposalKind k) { return k == ProposalKind::kWork ? "work" : "review"; }

}  // namespace cppcc
