// Small helpers shared by the diff modules: UTF-8 code points, word counts.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "cppcc/diff.h"

namespace cppcc::diff_detail {

// Code points, UTF-8 encoding, code point counts and the CJK test are
// utf8::to_u32, utf8::append, utf8::length and utf8::is_cjk (cppcc/text.h).
bool is_digit_like(char32_t cp);  ///< ASCII or full-width digit

/// Word counts of the tokens that may be keywords: marked as words, at least
/// two code points, no digits, not in STOPWORDS.
using WordCounts = std::unordered_map<std::string, int>;
WordCounts count_words(const std::vector<DiffToken>& tokens,
                       const std::vector<std::string>& stopwords);

/// The body text of a report, paragraph by paragraph (falls back to the
/// section bodies when the parser kept no paragraphs).
std::string report_body(const Report& r);

/// The year of the part R's review covers / its plan is for.
std::optional<int> review_year_of(const Report& r);
std::optional<int> plan_year_of(const Report& r);
/// The years R's review covers (its review part's years; else the review year alone).
std::optional<YearRange> review_years_of(const Report& r);

/// What a figure measures when the indicator says: growth, a fall, a share,
/// a price rise, a rate ("" when none). A growth is never compared with a share.
std::string measure_of(std::string_view indicator);

/// True when A and B end alike but name different things before it: once
/// their common ending (增加值增长, 总值增长) is cut off, what is left of each
/// shares no character pair (制造业 / 汽车产业, 进出口 / 地区生产). Likeness over
/// the whole names would count the ending as agreement.
bool subjects_apart(std::string_view a, std::string_view b);

/// True when INDICATOR is only a word naming a kind of thing (方面, 项目, 资金:
/// data/diff/series_indicators.tsv `generic`): no target or outcome pairs by it.
bool is_generic_indicator(std::string_view indicator);

/// True when INDICATOR says nothing about what is counted ("增长", "3.6%和").
bool is_vague_indicator(std::string_view indicator);
/// The time a figure covers, for pairing: "years" for a span of years
/// (a five-year total), else "year" (one year, a level at a time).
std::string period_scope(const Quantity& q);
/// True when Q's period names one year other than YEAR (the 54万亿元 of
/// 国内生产总值从54万亿元增加到82.7万亿元 is 2012's in a review of 2017): it is
/// no figure of YEAR.
bool about_another_year(const Quantity& q, int year);
/// "level", or the measure of the change the figure states (percent, points…).
std::string change_scope(const Quantity& q);

/// Why A (older) and B (newer) were paired: the likeness of their normalised
/// indicators and what they share (unit, kind, MEASURE, PERIOD); RULE says how
/// B was chosen among the candidates. BY_IDENTITY: the indicators were
/// compared as their identity (series_indicator), as targets are.
Pairing make_pairing(const Quantity& a, const Quantity& b, std::string rule, std::string measure,
                     std::string period, bool by_identity = false);

/// R's quantities, vague indicators replaced by the clause before the figure.
std::vector<Quantity> quantities_with_context(const Report& r);

}  // namespace cppcc::diff_detail
