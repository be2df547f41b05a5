#include "parse/proposal.h"

#include "cppcc/data.h"
#include "parse/shape_words.h"
#include "parse/uregex.h"

namespace cppcc::parse {

namespace {

struct ProposalWords {
  Regex work_title, review_title, work_opening, review_opening, part_plan, part_review, plan_heading;
};

const ProposalWords& words() {
  static const std::string_view f = embedded_data("structure/proposal_words.tsv").value_or(std::string_view());
  static const ProposalWords w{Regex(role_pattern(f, "work_title")),   Regex(role_pattern(f, "review_title")),
                               Regex(role_pattern(f, "work_opening")), Regex(role_pattern(f, "review_opening")),
                               Regex(role_pattern(f, "part_plan")),    Regex(role_pattern(f, "part_review")),
                               Regex(role_pattern(f, "plan_heading"))};
  return w;
}

std::optional<ProposalKind> kind_by(const Regex& work, const Regex& review, std::string_view s) {
  if (review.search(s)) return ProposalKind::kReview;
  if (work.search(s)) return ProposalKind::kWork;
  return std::nullopt;
}

}  // namespace

std::optional<ProposalKind> proposal_title_kind(std::string_view text) {
  return kind_by(words().work_title, words().review_title, text);
}

std::optional<ProposalKind> proposal_opening_kind(std::string_view opening) {
  return kind_by(words().work_opening, words().review_opening, opening);
}

std::optional<PartKind> proposal_part_role(std::string_view heading) {
  if (words().part_plan.search(heading)) return PartKind::kPlan;
  if (words().part_review.search(heading)) return PartKind::kReview;
  return std::nullopt;
}

bool is_proposal_plan_heading(std::string_view line) {
  return !line.empty() && words().plan_heading.search(line);
}

}  // namespace cppcc::parse
