/// \file
/// The report model: what a work report says, with every piece tied to a Span
/// of the original file. Field names follow the output contract
/// "cppcc-report/1" (../shared/design/product.md); render/report_json turns a
/// Report into that JSON.
///
///   auto src = cppcc::load_file(path);
///   auto res = cppcc::Resources::load();           // lexicons, units, formulations
///   cppcc::Report r = cppcc::parse_report(*src, *res);
///   for (const auto& part : r.parts) ...
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cppcc/canonical.h"
#include "cppcc/decimal.h"
#include "cppcc/normalize.h"
#include "cppcc/text.h"

namespace cppcc {

enum class Genre { kCppccStandingCommittee, kGovernmentWork, kNpcStandingCommittee, kCppccProposal, kUnknown };
/// Which of a session's two proposal reports (cppcc-proposal-report): the
/// standing committee's 提案工作情况的报告 or the proposal committee's 提案审查情况的报告.
enum class ProposalKind { kWork, kReview };
enum class Level { kNational, kProvincial, kCity, kCounty, kDistrict };
enum class PartKind { kReview, kPlan, kOther };

std::string_view genre_name(Genre g);     ///< "cppcc-standing-committee-report", ...
std::string_view level_name(Level l);     ///< "national", ...
std::string_view part_kind_name(PartKind k);  ///< "review" | "plan" | "other"
std::string_view proposal_kind_name(ProposalKind k);  ///< "work" | "review"

struct TextSpan {
  std::string text;
  Span span;
};

struct SourceInfo {
  std::string path;
  std::string encoding;
  uint64_t bytes = 0;
  std::string sha256;
};

struct Metadata {
  Genre genre = Genre::kUnknown;
  std::optional<std::string> title, committee;
  std::optional<Level> level;
  std::optional<std::string> region;
  std::optional<int> term, session;
  std::optional<std::string> date;  ///< ISO 8601 (YYYY-MM-DD)
  std::optional<std::string> speaker;
  std::optional<int> review_year, plan_year;
  /// For a cppcc-proposal-report only: work or review, when the title or the
  /// opening says which (the JSON writes the key for that genre alone).
  std::optional<ProposalKind> proposal_kind;
  Script script = Script::kSimplified;  ///< of the ideographs of the whole text
};

/// A paragraph of the body, as reflowed, with where it sits in the model.
struct BodyParagraph {
  std::string text;
  Span span;
  int part = -1;      ///< index into Report::parts, -1 outside any part
  int section = -1;   ///< index into that part's sections, -1 if none
  size_t paragraph = 0;  ///< index into the reflowed paragraph list
  bool heading = false;  ///< the paragraph opens with a part or section heading
};

struct Section {
  int number = 0;
  std::string label;    ///< as written: "一、", "（一）", "1."
  std::string heading;  ///< without the label; may be a run-in sentence
  Span span;            ///< the heading
  std::vector<TextSpan> lead_sentences;
  std::vector<Section> subsections;
  std::string body;     ///< the section's text (not in the JSON contract; used by diff)
  bool run_in = false;  ///< the heading runs into its paragraph (（一）标题。正文…)
};

/// The years a part covers, first and last included (2026–2030 for a
/// five-year plan, 2024–2024 for one year).
struct YearRange {
  int first = 0, last = 0;
};

struct Part {
  /// What a part heading's words say it is (回顾, 主要工作 → review; 任务, 安排 → plan;
  /// data/structure/part_words.tsv, the words the parser reads), kOther when they say
  /// neither. Spaces are ignored; TEXT is canonical (Simplified), label or not.
  static PartKind kind_from_heading(std::string_view text);

  PartKind kind = PartKind::kOther;
  std::optional<int> year;  ///< the single year reviewed or planned (2025 in 2025年和“十四五”时期工作回顾)
  std::optional<YearRange> years;  ///< every year the part covers (the five years of a 十四五 review)
  std::string heading;
  std::optional<std::string> label;  ///< "一、" when numbered
  Span span;
  std::vector<Section> sections;
  /// Reflowed paragraph of the heading; none for the implicit part of a report without part headings.
  std::optional<size_t> paragraph;
};

struct GlossaryEntry {
  int number = 0;
  std::string term;
  std::string definition;
  std::string written;  ///< everything before the colon, as written (广东省委“1310”具体部署)
  Span span;
  std::vector<Span> references;  ///< uses of the term in the body
  size_t paragraph = 0;                   ///< reflowed paragraph of the item's label
  size_t label_begin = 0, label_end = 0;  ///< paragraph bytes of "1."
  size_t term_begin = 0, term_end = 0;    ///< paragraph bytes of what stands before the colon
};

struct Formulation {
  std::string text;
  bool defined = false;
  bool known = false;  ///< listed in data/formulations.txt (else found by shape)
  std::vector<Span> occurrences;
  /// Not in the JSON: a local code a glossary should define (SCOPE local in
  /// data/formulations.txt, or found by shape), not one every reader knows.
  bool needs_glossary = false;
};

/// The time a figure covers (docs/quantities.md "Period"): one year (year,
/// from = to), a span of years (years: 2021–2025), a level at a time (as_of:
/// to only, 2024年底) or a run that started then (since: from only, 2013年以来).
struct Period {
  std::optional<int> from, to;
  std::string kind;  ///< year, years, as_of or since
};

/// A change the figure states (docs/quantities.md "Change"): against what
/// (上年, 去年预算, 2012 for a five-year review's unstated base), which way, and
/// in what measure.
struct Change {
  std::string base;
  std::string direction;  ///< up or down
  std::string measure;    ///< percent, points, times or absolute
};

struct Quantity {
  std::string surface;
  double value = 0;
  std::optional<double> value_max;  ///< upper end of a range (8至10项)
  /// value / value_max as the surface writes them; the JSON and CSV print these
  /// (nullopt for fractions such as 三分之一, which print the double).
  std::optional<Decimal> exact, exact_max;
  std::string unit;
  std::optional<std::string> qualifier;
  std::string kind;       ///< count, money, area, length, percent, people, ...
  std::string indicator;
  PartKind part = PartKind::kOther;
  bool is_target = false;
  std::string status;  ///< outcome, target, forecast or threshold (see QuantityMatch)
  std::optional<Period> period;  ///< nullopt when neither the clause nor the part says
  std::optional<Change> change;  ///< nullopt for levels, flows and the ends of from–to pairs
  std::optional<int> section;
  Span span;
  size_t paragraph = 0;  ///< reflowed paragraph holding it
  size_t offset = 0;     ///< paragraph bytes where the surface starts
};

struct Anniversary {
  std::string surface;
  int years = 0;
  std::string subject;
  Span span;
};

struct Term {
  std::string word;
  int count = 0;
};

/// A sequence label opening a paragraph, as written (一、 （一） 1. （1）):
/// every one, also those the outline does not use, for the numbering rules.
struct SectionLabel {
  size_t paragraph = 0;       ///< index into the reflowed paragraphs
  int level = 0;              ///< 0 = 一、  1 = （一）  2 = 1.  3 = （1）
  int number = 0;
  std::string form;           ///< the label without its number: "、", "（）", "．", "（）、"
  size_t begin = 0, end = 0;  ///< paragraph bytes of the label, its mark included
  Span span;
  bool standalone = false;    ///< the paragraph is the label and one short heading only
};

/// The date line as written ((2025年2月25日), （二〇二五年二月二十五日）); the
/// numbers are kept even when they name no real day, so lint can say so.
struct DateLine {
  int year = 0, month = 0, day = 0;
  Span span;
  size_t paragraph = 0;       ///< reflowed paragraph holding it
  size_t begin = 0, end = 0;  ///< its paragraph bytes
};

/// A heading of the tail after which numbering starts afresh: 名词解释 or 附件.
struct TailHeading {
  size_t paragraph = 0;
  bool annex = false;  ///< 附件 (an annex of lists), else a glossary heading
  Span span;
};

/// Text the parser left out of the report, and why.
struct IgnoredText {
  Span span;
  std::string reason;  ///< "after-end": text after the report's closing (a second report, stray pages)
  size_t lines = 0;    ///< source lines in the span
};

struct Report {
  SourceInfo source;
  Metadata metadata;
  std::optional<TextSpan> opening;
  std::vector<Part> parts;
  std::optional<TextSpan> shortcomings;
  std::optional<TextSpan> closing;
  std::vector<GlossaryEntry> glossary;
  std::vector<Formulation> formulations;
  std::vector<Quantity> quantities;
  std::vector<Anniversary> anniversaries;
  std::vector<Term> terms;                 ///< most frequent content words
  std::vector<BodyParagraph> paragraphs;   ///< the body, for lint and diff
  /// Where the report ends (text offset): trailing junk after it is ignored.
  size_t body_end = 0;
  // Not in the JSON contract: what the lint rules read besides the above.
  std::vector<SectionLabel> labels;        ///< in order; glossary items excluded
  std::optional<DateLine> date_line;
  std::vector<TailHeading> tail_headings;  ///< in order
  /// Report text the parser ignored (a second report after the closing).
  std::vector<IgnoredText> ignored;
  /// The paragraphs the parser read, in both views: the linter reads these
  /// instead of reflowing the text again (null for a Report built by hand).
  std::shared_ptr<const ParagraphViews> views;
};

}  // namespace cppcc
