// The steps of diff_reports, one file each.
#pragma once

#include <vector>

#include "cppcc/diff.h"

namespace cppcc::diff_detail {

/// Units of alignment of R: sections, part introductions, parts without sections.
std::vector<SectionRef> section_units(const Report& r);

std::vector<SectionAlignment> align_sections(const Report& old_report, const Report& new_report,
                                             const Tokenizer& tokenize, const DiffOptions& options);

std::vector<FigureDiff> diff_figures(const Report& old_report, const Report& new_report);

std::vector<TargetCheck> check_targets(const Report& old_report, const Report& new_report);

SetDiff diff_formulations(const Report& old_report, const Report& new_report);
SetDiff diff_glossary(const Report& old_report, const Report& new_report);

void keyword_shifts(const std::vector<DiffToken>& old_tokens, const std::vector<DiffToken>& new_tokens,
                    const DiffOptions& options, std::vector<KeywordShift>* rising,
                    std::vector<KeywordShift>* falling, size_t* old_words, size_t* new_words);

std::vector<DiffWarning> pair_warnings(const Report& old_report, const Report& new_report);

std::vector<MetadataChange> diff_metadata(const Metadata& a, const Metadata& b);

}  // namespace cppcc::diff_detail
