// The genre cppcc-proposal-report: the report on proposal work a CPPCC
// plenary session hears beside the standing committee's work report, either
// the standing committee's 提案工作情况的报告 (work) or the proposal
// committee's 提案审查情况的报告 (review). Its words live in
// data/structure/proposal_words.tsv.
#pragma once

#include <optional>
#include <string_view>

#include "cppcc/report.h"

namespace cppcc::parse {

/// Work or review when TEXT (a title or heading line, canonical view, spaces
/// removed) names a proposal report; nullopt otherwise.
std::optional<ProposalKind> proposal_title_kind(std::string_view text);

/// Work or review when the opening sentence OPENING says what it reports
/// (我受…委托，向大会报告…以来的提案工作情况); nullopt otherwise.
std::optional<ProposalKind> proposal_opening_kind(std::string_view opening);

/// The role of a proposal report's part heading HEADING (without its label,
/// spaces removed): plan for the work ahead (下一步, 新的一年, 几点建议),
/// review for the session's or the year's proposals (提交, 立案, 办理,
/// 特点); nullopt when its words say neither. Plan wins: 对提案办理工作的
/// 几点建议 looks ahead.
std::optional<PartKind> proposal_part_role(std::string_view heading);

/// True when LINE (a whole paragraph, canonical view, spaces removed) is an
/// unnumbered heading that opens the work ahead: 下一步工作, 今后工作,
/// 下一步工作打算 (proposal_words.tsv plan_heading).
bool is_proposal_plan_heading(std::string_view line);

}  // namespace cppcc::parse
