// parse_report(): runs the passes in order. Each pass lives in its own file;
// this one only wires them together and fills the Report.
#include <algorithm>
#include <map>

#include "cppcc/parse.h"
#include "cppcc/sentence.h"
#include "parse/context.h"
#include "parse/formulations.h"
#include "parse/glossary.h"
#include "parse/labels.h"
#include "parse/layout.h"
#include "parse/metadata.h"
#include "parse/sha256.h"
#include "parse/structure.h"
#include "parse/uregex.h"
#include "quantity/change.h"
#include "quantity/period.h"

namespace cppcc {

namespace {

using parse::ParseContext;
using parse::Role;

constexpr size_t kMaxLeadSentence = 36;  // code points, without the 。

// The short topic sentence that opens a paragraph (党的创新理论武装走深走实。).
std::optional<std::pair<size_t, size_t>> lead_sentence(const std::string& text) {
  auto sentences = split_sentences(text);
  if (sentences.size() < 2) return std::nullopt;
  size_t b = sentences[0].begin + parse::leading_space(std::string_view(text).substr(sentences[0].begin));
  size_t e = sentences[0].end;
  std::string_view s = std::string_view(text).substr(b, e - b);
  if (!parse::ends_with(s, "。")) return std::nullopt;
  std::string_view body = s.substr(0, s.size() - 3);
  if (parse::cp_length(body) > kMaxLeadSentence || parse::cp_length(body) < 4) return std::nullopt;
  if (parse::contains(body, "：") || parse::contains(body, "；")) return std::nullopt;
  size_t commas = 0;
  for (size_t p = body.find("，"); p != std::string_view::npos; p = body.find("，", p + 3)) ++commas;
  if (commas > 1) return std::nullopt;
  static const parse::Regex not_lead("^(?:我们|各位|同时|但|这|此外|其中|今年|过去|一年来|五年来|在此|截至)");
  if (not_lead.prefix(body)) return std::nullopt;
  return std::make_pair(b, e);
}

const parse::Regex& shortcomings_re() {
  static const parse::Regex re(
      "(?:清醒|看到|认识到|存在|面临|不容忽视)[^。]{0,40}(?:不足|差距|问题|困难|挑战|短板|弱项)");
  return re;
}

// The most frequent content words of the body, counted by the segmenter's
// one keyword counter (the same as cppcc-segment --keywords).
std::vector<Term> top_terms(const ParseContext& ctx, const Resources& res, size_t max_terms) {
  if (max_terms == 0) return {};  // 0 means "all" to the counter, "none" here
  std::vector<std::string_view> body;
  for (size_t i = ctx.body_begin; i < ctx.body_end; ++i)
    if (ctx.roles[i] == Role::kBody) body.push_back(ctx.paras[i].text);
  std::vector<Term> out;
  for (const WordCount& c : res.segmenter.keyword_counts(body, max_terms))
    out.push_back({c.word, static_cast<int>(c.count)});
  return out;
}

std::vector<parse::KnownFormulation> known_formulations(const Resources& res) {
  std::string joined;
  for (const auto& l : res.formulations) joined += l + "\n";
  return parse::parse_formulation_list(joined);
}

}  // namespace

Report parse_report(const SourceText& src, const Resources& res, const ParseOptions& options) {
  Report r;
  r.source.path = src.path();
  r.source.encoding = std::string(encoding_name(src.encoding()));
  r.source.bytes = src.original().size();
  r.source.sha256 = parse::sha256_hex(src.original());

  ParseContext ctx(src);
  ctx.views = read_paragraphs(src);
  parse::find_layout(ctx);
  r.metadata = parse::read_metadata(ctx);
  r.metadata.script = ctx.views.script;  // detected once, by read_paragraphs
  // The year the report is given in: its date, else the year in its title.
  std::optional<int> report_year;
  if (r.metadata.date) report_year = std::stoi(r.metadata.date->substr(0, 4));
  static const parse::Regex title_year("(?<![0-9])(20[0-9]{2})(?![0-9])年?");
  if (auto m = title_year.search(ctx.title); m && !report_year) report_year = std::stoi(m->str(1));

  parse::Structure st = parse::build_structure(ctx, report_year, r.metadata);
  r.parts = std::move(st.parts);
  for (const auto& p : r.parts) {
    if (p.kind == PartKind::kReview && p.year && !r.metadata.review_year) r.metadata.review_year = p.year;
    if (p.kind == PartKind::kPlan && p.year && !r.metadata.plan_year) r.metadata.plan_year = p.year;
  }

  r.glossary = parse::read_glossary(ctx);
  r.labels = parse::read_labels(ctx, r.glossary);
  r.tail_headings = parse::read_tail_headings(ctx);
  r.date_line = parse::read_date_line(ctx);
  parse::FormulationResult fr = parse::find_formulations(ctx, known_formulations(res), r.glossary);
  r.formulations = std::move(fr.formulations);

  if (auto op = parse::representation_paragraph(ctx)) r.opening = TextSpan{ctx.written_text(*op), ctx.span_of(*op)};
  if (ctx.closing) r.closing = TextSpan{ctx.written_text(*ctx.closing), ctx.span_of(*ctx.closing)};

  // Body paragraphs, section bodies, lead sentences, shortcomings, quantities.
  std::optional<size_t> shortcomings, shortcomings_weak;
  const Part* span_part = nullptr;  // the part whose paragraphs IN_SPAN dates
  bool in_span = false;
  for (size_t i = ctx.body_begin; i < ctx.body_end; ++i) {
    if (ctx.roles[i] != Role::kBody) continue;
    const Paragraph& para = ctx.paras[i];
    const parse::Place& place = st.place[i];
    BodyParagraph bp;
    bp.text = ctx.written_text(i);
    bp.span = ctx.span_of(i);
    bp.part = place.part;
    bp.section = place.section;
    bp.paragraph = i;
    bp.heading = st.heading[i];
    r.paragraphs.push_back(bp);

    Part* part = place.part >= 0 && static_cast<size_t>(place.part) < r.parts.size() ? &r.parts[place.part] : nullptr;
    if (part && !place.path.empty()) {
      std::vector<int> prefix;
      for (int k : place.path) {
        prefix.push_back(k);
        if (Section* s = parse::section_at(*part, prefix)) {
          if (!s->body.empty()) s->body += "\n";
          s->body += ctx.written_text(i);
        }
      }
      Section* deepest = parse::section_at(*part, place.path);
      if (deepest && !st.heading[i]) {
        if (auto lead = lead_sentence(para.text))
          deepest->lead_sentences.push_back(
              {ctx.written(i, lead->first, lead->second), ctx.span(i, lead->first, lead->second)});
      }
    }

    bool in_review = part ? part->kind == PartKind::kReview
                          : std::none_of(r.parts.begin(), r.parts.end(),
                                         [](const Part& p) { return p.kind == PartKind::kReview; });
    // The regex only where one of its closing words occurs (a byte search is far cheaper).
    static constexpr std::string_view kShortcomingWords[] = {"不足", "差距", "问题", "困难", "挑战", "短板", "弱项"};
    const bool may_admit = std::any_of(std::begin(kShortcomingWords), std::end(kShortcomingWords),
                                       [&](std::string_view w) { return parse::contains(para.text, w); });
    if (in_review && !st.heading[i] && may_admit && shortcomings_re().search(para.text)) {
      if (parse::contains(para.text, "不足") || parse::contains(para.text, "差距")) shortcomings = i;
      else shortcomings_weak = i;
    }

    if (options.quantities) {
      auto excluded = fr.excluded[i];
      if (st.label[i].second > st.label[i].first) excluded.push_back(st.label[i]);
      bool in_plan = part && part->kind == PartKind::kPlan;
      // A proposal report's summary before its first part heading (共收到提案
      // 812件，立案736件) is the year's proposal work.
      const bool opening_review = !part && r.metadata.genre == Genre::kCppccProposal && !r.parts.empty() &&
                                  r.parts.front().paragraph && i < *r.parts.front().paragraph;
      ParagraphQuantities pq = res.quantities.extract(para.text, excluded, in_plan);
      // “十四五”时期和2025年工作回顾: paragraphs after 过去的五年极不寻常。 are about the five
      // years until one opens with 刚刚过去的2025年 (or the part ends).
      quantity::PeriodContext pc = quantity::period_context(r, part);
      if (part != span_part) {
        span_part = part;
        in_span = false;
      }
      if (pc.part == PartKind::kReview && pc.part_year && pc.part_years && pc.part_years->first < pc.part_years->last) {
        if (auto open = quantity::opening_time(para.text, pc)) in_span = open->kind == "years";
        if (in_span) pc.part_year.reset();
      }
      for (auto& m : pq.quantities) {
        Quantity q;
        q.surface = ctx.written(i, m.begin, m.end);  // m.surface is the canonical view's
        q.value = m.value;
        q.value_max = m.value_max;
        q.exact = m.exact;
        q.exact_max = m.exact_max;
        q.status = m.status;
        q.period = quantity::figure_period(para.text, m.begin, m.status, pc);
        q.change = quantity::resolve_change(m.change, q.period);
        q.unit = m.unit;
        q.qualifier = m.qualifier;
        q.kind = m.kind;
        q.indicator = m.indicator;
        q.part = part ? part->kind : opening_review ? PartKind::kReview : PartKind::kOther;
        q.is_target = in_plan && m.is_target;
        if (part && place.section >= 0) q.section = part->sections[place.section].number;
        q.span = ctx.span(i, m.begin, m.end);
        q.paragraph = i;
        q.offset = m.begin;
        r.quantities.push_back(std::move(q));
      }
      for (auto& a : pq.anniversaries)
        r.anniversaries.push_back({ctx.written(i, a.begin, a.end), a.years, a.subject, ctx.span(i, a.begin, a.end)});
    }
  }
  if (!shortcomings) shortcomings = shortcomings_weak;
  if (shortcomings) r.shortcomings = TextSpan{ctx.written_text(*shortcomings), ctx.span_of(*shortcomings)};

  if (options.terms) r.terms = top_terms(ctx, res, options.max_terms);
  if (ctx.ignored) {
    auto [first, last] = *ctx.ignored;
    IgnoredText it;
    it.span = ctx.span_between(first, last);
    it.reason = "after-end";
    it.lines = ctx.paras[last].last_line - ctx.paras[first].first_line + 1;
    r.ignored.push_back(std::move(it));
  }
  if (ctx.tail_end > 0 && ctx.tail_end <= ctx.paras.size()) {
    const Paragraph& last = ctx.paras[ctx.tail_end - 1];
    r.body_end = last.source_end(last.text.size());
  }
  r.views = std::make_shared<const ParagraphViews>(std::move(ctx.views));  // ctx is done with them
  return r;
}

}  // namespace cppcc
