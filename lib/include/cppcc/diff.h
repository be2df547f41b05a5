/// \file
/// What changed from one year's report to the next, and across a series.
///
///   auto res = cppcc::Resources::load();
///   cppcc::Report a = cppcc::parse_report(old_src, **res);
///   cppcc::Report b = cppcc::parse_report(new_src, **res);
///   cppcc::ReportDiff d = cppcc::diff_reports(a, b, cppcc::segmenter_tokenizer((*res)->segmenter));
///   if (d.has_differences()) ...            // exit 1, as diff(1)
///
/// The diff is semantic, not textual: sections are aligned by heading and
/// content (they move, split and merge between years), figures by indicator
/// and unit (never across units: 次 is not 人次), last year's plan targets are
/// checked against this year's review, slogans and glossary terms are compared
/// as sets, and keyword shifts are scored with the log-odds ratio with an
/// informative Dirichlet prior (Monroe, Colaresi & Quinn 2008, "Fightin'
/// Words"). diff_render.h turns the result into text, JSON or HTML.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cppcc/report.h"

namespace cppcc {

class Segmenter;

/// One token of a text, as the diff sees it.
struct DiffToken {
  std::string text;
  bool word = false;  ///< a content-bearing word (counted for keywords)
};

/// Splits text into tokens whose concatenation is the text.
using Tokenizer = std::function<std::vector<DiffToken>(std::string_view)>;

/// Tokens from SEG (words are TokenType::kWord). SEG must outlive the result.
Tokenizer segmenter_tokenizer(const Segmenter& seg);
/// A dictionary-free fallback: every CJK character, every run of Latin
/// letters or digits, and every other character is its own token.
Tokenizer character_tokenizer();

// ---------------------------------------------------------------- words ---

enum class EditOp { kEqual, kDelete, kInsert };
std::string_view edit_op_name(EditOp op);  ///< "equal" | "delete" | "insert"

/// A run of tokens kept, deleted from the old text or inserted in the new.
struct WordEdit {
  EditOp op = EditOp::kEqual;
  std::string text;
};

/// Past this many LCS cells (old tokens x new tokens, after the common prefix
/// and suffix) the texts count as unrelated: one deletion and one insertion.
inline constexpr double kMaxDiffCells = 4e8;

/// A minimal token-level diff (longest common subsequence, linear memory).
/// Adjacent edits of the same kind are merged. MAX_CELLS bounds the work.
std::vector<WordEdit> diff_tokens(const std::vector<DiffToken>& old_tokens,
                                  const std::vector<DiffToken>& new_tokens, double max_cells = kMaxDiffCells);

// ------------------------------------------------------------- sections ---

enum class SectionChange { kMatched, kMoved, kAdded, kRemoved, kSplit, kMerged };
/// "matched" | "moved" | "added" | "removed" | "split" | "merged"
std::string_view section_change_name(SectionChange c);

/// A unit of alignment: a numbered section, or a part that has no sections.
struct SectionRef {
  int part = -1;     ///< index into Report::parts
  int section = -1;  ///< index into that part's sections; -1 for a whole part
  int order = 0;     ///< position among the units of its report
  PartKind part_kind = PartKind::kOther;
  std::string label;    ///< "一、", "（二）"; empty for a part
  std::string heading;
  std::string text;     ///< heading + body, as compared
};

struct SectionAlignment {
  SectionChange change = SectionChange::kMatched;
  std::optional<SectionRef> old_section, new_section;
  double heading_similarity = 0;  ///< 0..1, character bigrams (years and digits folded)
  double content_similarity = 0;  ///< 0..1, cosine of word counts
  bool text_changed = false;
  /// For split/merged: the other side's unit it went into or came from (its
  /// place and heading; `text` empty: it is in that unit's own alignment).
  std::optional<SectionRef> related;
  std::vector<WordEdit> edits;    ///< word diff, filled for matched/moved units that changed
};

// -------------------------------------------------------------- figures ---

/// Why two figures (or two targets, or a target and its outcome) were paired:
/// what the diff compared, so a reader can check a pairing before quoting it
/// (JSON "pairing", text `--explain-pairs`).
struct Pairing {
  /// "same-indicator" (equal once normalize_indicator folded quotes, digits
  /// and width) or "similar-indicator" (bigram likeness at or above the bar).
  std::string match;
  /// How the figure was chosen among those of its indicator: "equal-value",
  /// "rounded" (a restatement), "document-order" (the next one in the text),
  /// "most-alike" (the likeliest indicator).
  std::string rule;
  double indicator_similarity = 1;  ///< bigram Dice of the normalised indicators (0..1)
  std::string old_indicator, new_indicator;  ///< as compared (vague ones replaced by their clause)
  std::string unit, kind;           ///< equal on both sides
  /// What both figures measure: "level", or a stated change's measure
  /// (percent, points, times, absolute) for figures; the indicator's rate word
  /// (增长, 下降, 比重, 涨幅, 率) or "level" for targets.
  std::string measure;
  /// The time both cover: "year" (one year or a level at a time) or "years"
  /// (a span: a five-year total); for targets the plan year of each side.
  std::string period;
};

enum class FigureChange { kUnchanged, kRestated, kChanged, kAdded, kDropped };
/// "unchanged" | "restated" | "changed" | "added" | "dropped"
std::string_view figure_change_name(FigureChange c);

struct FigureDiff {
  std::string indicator;  ///< as written in the newer report when both exist
  std::string unit, kind;
  PartKind part = PartKind::kOther;
  std::optional<Quantity> old_value, new_value;
  FigureChange change = FigureChange::kUnchanged;
  std::optional<double> delta;    ///< new - old (percentage points for kind "percent")
  std::optional<double> percent;  ///< 100 * delta / old, when old != 0 and not a percent
  std::optional<Pairing> pairing; ///< why OLD and NEW were paired (both present)
};

// -------------------------------------------------------------- targets ---

enum class TargetStatus { kMet, kMissed, kNotReported, kPending };
/// "met" | "missed" | "not-reported" | "pending" (the newer report does not
/// review the plan's year, or there is no newer report)
std::string_view target_status_name(TargetStatus s);

struct TargetCheck {
  Quantity target;
  std::optional<int> year;          ///< the plan year of the older report
  std::optional<Quantity> outcome;  ///< the figure in the newer report's review
  TargetStatus status = TargetStatus::kPending;
  bool lower_is_better = false;     ///< a ceiling (涨幅, 失业率, 以内, 以下)
  std::optional<Pairing> pairing;   ///< why the outcome was taken for the target
};

/// The targets of REPORT's plan part (is_target quantities), all kPending.
std::vector<TargetCheck> plan_targets(const Report& report);

/// How one of this year's plan targets differs from last year's.
enum class TargetChangeKind { kUnchanged, kRaised, kCut, kRangeChanged, kQualifierChanged, kNew, kDropped };
/// "unchanged" | "raised" | "cut" | "range-changed" | "qualifier-changed" | "new" | "dropped"
std::string_view target_change_name(TargetChangeKind k);

/// Last year's target against this year's for the same indicator, unit and
/// kind. A changed qualifier (5.5%以上 → 5.5%左右) or range (5%左右 →
/// 4.5%—5%) is a change: a journalist reads both as a new target.
struct TargetChange {
  TargetChangeKind change = TargetChangeKind::kUnchanged;
  std::string indicator;  ///< as written in the newer report when both exist
  std::optional<Quantity> old_target, new_target;
  bool qualifier_changed = false;  ///< also set when the value changed too
  /// new - old of the midpoints (value..value_max), when both exist.
  std::optional<double> delta;
  std::optional<Pairing> pairing;  ///< why the two targets were paired (both present)
};

/// This year's plan targets (NEW) against last year's (OLD), new and
/// raised/cut/changed first, unchanged last.
std::vector<TargetChange> diff_targets(const Report& old_report, const Report& new_report);

/// A pair of reports that may not follow each other: different genres
/// (a CPPCC report against a government report), regions, or years that are
/// not consecutive. The diff is still made; its figures may not compare.
struct DiffWarning {
  std::string code;     ///< "genre" | "region" | "years"
  std::string message;  ///< one sentence naming both values
};

// ---------------------------------------------------------- sets, words ---

struct SetItem {
  std::string text;
  int old_count = 0, new_count = 0;  ///< occurrences (glossary: references)
};

struct SetDiff {
  std::vector<SetItem> added, dropped, kept;
};

struct KeywordShift {
  std::string word;
  int old_count = 0, new_count = 0;
  double old_per_10k = 0, new_per_10k = 0;  ///< per 10 000 words
  double log_odds = 0;  ///< delta: > 0 rose in the newer report
  double z = 0;         ///< delta / its standard deviation
};

struct MetadataChange {
  std::string field;
  std::optional<std::string> old_value, new_value;
};

struct DiffOptions {
  size_t max_keywords = 20;        ///< per direction
  double min_keyword_z = 1.645;    ///< |z| below this is noise (two-sided p < 0.10)
  int min_keyword_count = 3;       ///< in the two reports together
  double keyword_prior = 500;      ///< alpha_0 of the Dirichlet prior
  double min_section_score = 0.25; ///< below this two sections are unrelated
  bool word_diff = true;
  std::vector<std::string> stopwords;  ///< never keywords
};

struct ReportSide {
  std::string path;
  std::optional<int> review_year, plan_year;
  /// Every year the review covers (2013–2017 for the 2018 report's five years;
  /// 2024–2024 for one year); review_year is the last of them.
  std::optional<YearRange> review_years;
  std::optional<std::string> title;
  std::optional<std::string> region;  ///< as the metadata says (to name the report)
  size_t words = 0;  ///< word tokens counted for keywords
  std::string genre;  ///< genre_name() of the report's genre
};

/// What a reader calls REPORT: its plan and review years, title, region, genre.
ReportSide report_side(const Report& report);
/// "2025年北京市政府工作报告": the title with the year and region put in front
/// when it lacks them (政府工作报告); without a title, the genre's usual title
/// (政府工作报告) with the year and region; the path when the genre is unknown too.
std::string report_name(const ReportSide& side);

struct ReportDiff {
  ReportSide old_report, new_report;
  std::vector<MetadataChange> metadata;
  std::vector<SectionAlignment> sections;
  std::vector<FigureDiff> figures;
  std::vector<TargetCheck> targets;
  std::vector<TargetChange> target_changes;  ///< this year's targets against last year's
  std::vector<DiffWarning> warnings;         ///< the pair may not follow (no difference by itself)
  SetDiff formulations, glossary;
  std::vector<KeywordShift> rising, falling;

  /// True when anything differs (exit 1). Pending targets, restated figures
  /// and unchanged items are no difference.
  bool has_differences() const;
};

/// Compares OLD and NEW. Never fails: what a report lacks is simply absent.
ReportDiff diff_reports(const Report& old_report, const Report& new_report,
                        const Tokenizer& tokenize, const DiffOptions& options = {});

// --------------------------------------------------------------- series ---

/// One indicator followed across reports.
struct SeriesRow {
  std::string indicator;  ///< the name used most often (synonyms merged: data/diff/series_indicators.tsv)
  std::string unit, kind;
  bool target = false;    ///< targets (plan part) or outcomes (review part)
  /// One cell per year of Series::years.
  std::vector<std::optional<Quantity>> cells;
  /// For each cell, the index into Series::reports of the report it was read
  /// from (-1 for an empty cell).
  std::vector<int> sources;
  size_t filled() const;
};

struct Series {
  std::vector<std::string> paths;  ///< the reports, oldest first
  std::vector<ReportSide> reports; ///< the same reports: names, years, region, genre
  std::vector<int> years;          ///< the years the columns are about
  std::vector<SeriesRow> rows;
};

/// The year a report is "of" (its plan year, else review year + 1, else a
/// 4-digit year in its path), or nullopt.
std::optional<int> report_year(const Report& report);

struct SeriesOptions {
  size_t min_filled = 2;               ///< rows seen in fewer years are dropped
  double min_indicator_similarity = 0.6;
};

/// Aligns the quantities of REPORTS (any order; sorted by report_year) into
/// rows of indicators by year: targets under their plan year, outcomes under
/// their review year. One row per indicator identity: synonyms are merged by
/// data/diff/series_indicators.tsv; an indicator that is only a comparison
/// (比去年增加) or a fragment (地市, 中国人) makes no row; a figure over a span
/// of years (a five-year total) fills no year's cell.
Series build_series(const std::vector<const Report*>& reports, const SeriesOptions& options = {});

// -------------------------------------------------------------- helpers ---

/// Indicator text folded for matching: quotes, spaces and punctuation dropped,
/// digits and years folded, full width → half width.
std::string normalize_indicator(std::string_view indicator);
/// INDICATOR with the synonyms of data/diff/series_indicators.tsv replaced by
/// their canonical form (能耗降低 → 能耗下降): the identity a series row is for.
std::string series_indicator(std::string_view indicator);
/// True when INDICATOR (of a figure in UNIT) can head no series row: only a
/// comparison (比去年增加), or a fragment under three characters (地市; 中国人
/// in 人), unless data/diff/series_indicators.tsv keeps it (人口).
bool is_series_junk(std::string_view indicator, std::string_view unit);
/// Dice coefficient of the character bigrams of A and B (0..1).
double bigram_similarity(std::string_view a, std::string_view b);
/// True when one of two values is an approximate restatement of the other
/// (近六千件 for 5992件; qualifiers 近 约 左右 超 逾 多 余 以上).
bool is_restatement(const Quantity& a, const Quantity& b);

}  // namespace cppcc
