#include "parse/structure.h"

#include <algorithm>

#include "parse/headings.h"
#include "parse/proposal.h"
#include "cppcc/numeral.h"
#include "parse/shape_words.h"
#include "parse/uregex.h"

namespace cppcc::parse {

namespace {

using Candidates = std::vector<HeadingCandidate>;

// Keeps the candidates that continue a numbering sequence starting at 1.
// Own-line headings may skip or repeat one number (so lint can see the gap);
// run-in and inline labels must follow exactly, as they are easily mistaken.
Candidates sequence(const Candidates& in) {
  Candidates out;
  if (!in.empty() && in.front().scheme == Scheme::kBullet) {
    out = in;  // bullets carry no number: count them
    for (size_t i = 0; i < out.size(); ++i) out[i].number = static_cast<int>(i + 1);
    return out;
  }
  int expected = 1;
  for (const auto& c : in) {
    bool ok = c.number == expected ||
              (c.own_line && !out.empty() && (c.number == expected + 1 || c.number == expected - 1));
    if (!ok) continue;
    out.push_back(c);
    expected = c.number + 1;
  }
  return out;
}

Candidates of_scheme(const Candidates& all, Scheme s, size_t begin, size_t end) {
  Candidates out;
  for (const auto& c : all)
    if (c.scheme == s && c.para >= begin && c.para < end) out.push_back(c);
  return out;
}

constexpr Scheme kLevels[] = {Scheme::kCn,          Scheme::kCnParen, Scheme::kArabic,
                              Scheme::kArabicParen, Scheme::kBullet,  Scheme::kInline};

// The first scheme below ABOVE that numbers from 1 inside [begin, end).
Candidates children(const Candidates& all, std::optional<Scheme> above, size_t begin, size_t end) {
  bool below = !above || *above == Scheme::kPart;
  for (Scheme s : kLevels) {
    if (!below) {
      if (s == *above) below = true;
      continue;
    }
    Candidates seq = sequence(of_scheme(all, s, begin, end));
    if (!seq.empty()) return seq;
  }
  return {};
}

std::string label_text(const ParseContext& ctx, const HeadingCandidate& c) {
  return ctx.written(c.para, c.label_begin, c.label_end);
}

/// The heading as written (for the model).
std::string heading_text(const ParseContext& ctx, const HeadingCandidate& c) {
  return std::string(trim(ctx.written(c.para, c.label_end, c.heading_end)));
}

/// The heading in the canonical view (for matching part words).
std::string_view heading_view(const ParseContext& ctx, const HeadingCandidate& c) {
  return trim(std::string_view(ctx.paras[c.para].text).substr(c.label_end, c.heading_end - c.label_end));
}

Section make_section(const ParseContext& ctx, const HeadingCandidate& c) {
  Section s;
  s.number = c.number;
  s.label = label_text(ctx, c);
  s.heading = heading_text(ctx, c);
  s.span = ctx.span(c.para, c.label_begin, c.heading_end);
  s.run_in = !c.own_line;
  return s;
}

struct Builder {
  const ParseContext& ctx;
  const Candidates& all;
  Structure& out;

  // Builds the sections numbered under ABOVE in paragraphs [begin, end) and
  // records their places below PATH.
  std::vector<Section> sections(std::optional<Scheme> above, size_t begin, size_t end, int part,
                                const std::vector<int>& path, int depth) {
    std::vector<Section> result;
    Candidates seq = children(all, above, begin, end);
    for (size_t i = 0; i < seq.size(); ++i) {
      const auto& c = seq[i];
      size_t stop = i + 1 < seq.size() ? seq[i + 1].para : end;
      Section s = make_section(ctx, c);
      std::vector<int> p = path;
      p.push_back(static_cast<int>(result.size()));
      mark(c);
      for (size_t k = c.para; k < stop; ++k) {
        out.place[k].part = part;
        out.place[k].path = p;
        out.place[k].section = p.front();
      }
      if (depth < 3) s.subsections = sections(c.scheme, c.para + 1, stop, part, p, depth + 1);
      result.push_back(std::move(s));
    }
    return result;
  }

  void mark(const HeadingCandidate& c) {
    out.heading[c.para] = true;
    out.label[c.para] = {c.label_begin, c.label_end};
    out.heading_text[c.para] = {c.label_begin, c.heading_end};
  }
};

// The five-year periods named in TEXT (十四五 → 2021–2025), in order.
std::vector<YearRange> five_year_periods(std::string_view text) {
  std::vector<YearRange> out;
  for (const auto& m : part_words().five_year.all(text)) {
    auto n = small_numeral(m.has(1) ? m.str(1) : m.str(2));
    if (!n) continue;
    int first = 1951 + 5 * (10 + *n);  // 十一五 began in 2006
    out.push_back({first, first + 4});
  }
  return out;
}

// What a part's heading, or failing that its opening sentence, says it is.
struct PartClue {
  enum Role { kNone, kReview, kPlan, kConduct, kReflective } role = kNone;
  std::optional<int> year;             ///< the single year named
  std::optional<YearRange> five_year;  ///< the five-year period named
  bool plan_period = false;            ///< the part plans that five-year period
  bool reviews_five_years = false;     ///< the text looks back on five years (过去五年, 五年来)
};

PartClue clue_of(const std::string& heading, std::optional<int> heading_year, std::string_view opening,
                 std::optional<int> report_year) {
  const PartWords& w = part_words();
  const std::string h = squeeze(heading);
  PartClue c;
  c.year = heading_year;
  const std::vector<YearRange> periods = five_year_periods(h);
  if (!periods.empty()) c.five_year = periods.front();
  if (!c.year && report_year) {
    if (contains(h, "今年")) c.year = *report_year;
    else if (contains(h, "过去一年")) c.year = *report_year - 1;
  }
  std::string o = squeeze(opening.substr(0, std::min<size_t>(opening.size(), 240)));
  auto opening_year = w.year_opening.prefix(o);
  // A five-year period that starts with the report's year is the plan ahead
  // when the heading names the period itself (“十五五”时期…, 五年规划), not
  // its first year (全力推动“十五五”开好局).
  bool plan_period = false;
  if (report_year && (contains(h, "时期") || contains(h, "规划")))
    for (const auto& f : periods)
      if (f.first >= *report_year) {
        c.five_year = f;
        plan_period = c.plan_period = true;
      }
  if (!plan_period && !c.year && opening_year) c.year = std::stoi(opening_year->str(1));
  const PartKind words = Part::kind_from_heading(h);
  if (w.reflective.search(h) && !c.year) c.role = PartClue::kReflective;
  else if (w.conduct.search(h)) c.role = PartClue::kConduct;
  else if (plan_period) c.role = PartClue::kPlan;
  else if (words == PartKind::kReview) c.role = PartClue::kReview;
  else if (words == PartKind::kPlan) c.role = PartClue::kPlan;
  // 2025年是“十四五”收官之年: the review covers the five years too.
  if (c.role == PartClue::kReview && !c.five_year && c.year && !heading_year)
    for (const auto& f : five_year_periods(o))
      if (f.last == *c.year) c.five_year = f;
  if (c.role != PartClue::kNone) return c;

  // No role word in the heading (一、牢记历史使命，…): read the opening.
  if (w.review_opening.prefix(o)) {
    c.role = PartClue::kReview;
  } else if (w.five_year_opening.prefix(o)) {
    auto f = five_year_periods(o);
    if (!f.empty()) c.five_year = f.front();
    c.year.reset();
    c.plan_period = c.five_year.has_value();
    c.role = PartClue::kPlan;
  } else if (opening_year && report_year) {
    int y = std::stoi(opening_year->str(1));
    c.role = y < *report_year ? PartClue::kReview : PartClue::kPlan;
    c.year = y;
    for (const auto& f : five_year_periods(o))
      if (f.last == y && c.role == PartClue::kReview) c.five_year = f;
  }
  return c;
}

// A proposal report's part heading, read with the genre's words first: its
// review headings are full of 建议 and 部署, which elsewhere look ahead.
PartClue proposal_clue(PartClue c, std::string_view heading) {
  const std::optional<PartKind> role = proposal_part_role(squeeze(heading));
  if (role == PartKind::kPlan) c.role = PartClue::kPlan;
  else if (role == PartKind::kReview && c.role != PartClue::kReflective) c.role = PartClue::kReview;
  return c;
}

std::string_view opening_of(const ParseContext& ctx, const HeadingCandidate& c) {
  for (size_t k = c.para + 1; k < ctx.body_end && k < c.para + 3; ++k)
    if (ctx.roles[k] == Role::kBody && !trim(ctx.paras[k].text).empty()) return trim(ctx.paras[k].text);
  return {};
}

// Kind, year and years of each part, from its heading, its opening and its
// neighbours. REPORT_YEAR is the year the report is given in; MD says the genre.
void classify_parts(std::vector<Part>& parts, const std::vector<PartClue>& clues, std::optional<int> report_year,
                    const Metadata& md) {
  const bool proposal = md.genre == Genre::kCppccProposal;
  int min_year = 9999, max_year = 0;
  for (const auto& c : clues)
    if (c.year) {
      min_year = std::min(min_year, *c.year);
      max_year = std::max(max_year, *c.year);
    }
  bool seen_plan = false, seen_review = false;
  for (size_t i = 0; i < parts.size(); ++i) {
    Part& p = parts[i];
    const PartClue& c = clues[i];
    p.year = c.year;
    switch (c.role) {
      case PartClue::kReflective:
      case PartClue::kConduct: p.kind = PartKind::kOther; break;
      case PartClue::kReview: p.kind = PartKind::kReview; break;
      case PartClue::kPlan: p.kind = PartKind::kPlan; break;
      case PartClue::kNone:
        if (p.year && report_year) {
          p.kind = *p.year < *report_year ? PartKind::kReview : PartKind::kPlan;
        } else if (p.year && min_year < max_year) {
          p.kind = *p.year == min_year ? PartKind::kReview : *p.year == max_year ? PartKind::kPlan : PartKind::kOther;
        } else if (proposal) {
          // A proposal report tells the year's proposal work topic by topic
          // (提案办理协商持续深化) until the work ahead.
          p.kind = seen_plan ? PartKind::kPlan : PartKind::kReview;
          if (p.kind == PartKind::kPlan && report_year) p.year = *report_year;
        } else {
          // A thematic part after the review or the plan keeps planning (national 2020).
          p.kind = seen_plan || seen_review ? PartKind::kPlan : PartKind::kOther;
          if (p.kind == PartKind::kPlan && report_year) p.year = *report_year;  // the year's tasks go on
        }
    }
    if (p.kind == PartKind::kReview) {
      const bool five_years = contains(squeeze(p.heading), "五年");  // 过去五年工作回顾
      // The review report reviews the proposals of the session itself.
      if (!p.year && report_year && md.proposal_kind == ProposalKind::kReview) p.year = *report_year;
      if (!p.year && report_year) p.year = *report_year - 1;
      if (!p.year && c.five_year) p.year = c.five_year->last;
      if (p.year) p.years = YearRange{five_years ? *p.year - 4 : *p.year, *p.year};
      // The last year of a five-year period, reviewed with the five years.
      if (p.year && c.reviews_five_years && (*p.year - 2000) % 5 == 0) p.years = YearRange{*p.year - 4, *p.year};
      // 2025年和“十四五”时期工作回顾: the last year and the five years it closes.
      if (c.five_year && p.year && c.five_year->first <= *p.year && *p.year <= c.five_year->last)
        p.years = YearRange{c.five_year->first, c.five_year->last};
      seen_review = true;
    } else if (p.kind == PartKind::kPlan) {
      if (c.plan_period) p.years = *c.five_year;
      else if (p.year) p.years = YearRange{*p.year, *p.year};
      seen_plan = true;
    }
  }
  // The year's tasks may sit under a heading without a year (一、…奋勇争先):
  // the first plan part then plans the report's year.
  if (report_year) {
    auto has_year = [](PartKind k) {
      return [k](const Part& p) { return p.kind == k && p.year; };
    };
    if (std::none_of(parts.begin(), parts.end(), has_year(PartKind::kPlan)))
      for (auto& p : parts)
        if (p.kind == PartKind::kPlan && !p.years) {
          p.year = *report_year;
          p.years = YearRange{*report_year, *report_year};
          break;
        }
  }
}

// True when the own-line 一、 headings CN are the report's parts although none
// names one: the first opens on last year and a later one on a role of its own.
bool openings_make_parts(const ParseContext& ctx, const Candidates& cn, std::optional<int> report_year) {
  if (cn.size() < 2) return false;
  auto clue = [&](const HeadingCandidate& c) {
    return clue_of(std::string(heading_view(ctx, c)), c.year, opening_of(ctx, c), report_year);
  };
  if (clue(cn.front()).role != PartClue::kReview) return false;
  return std::any_of(cn.begin() + 1, cn.end(), [&](const HeadingCandidate& c) {
    auto r = clue(c).role;
    return r == PartClue::kPlan || r == PartClue::kConduct;
  });
}

}  // namespace

Section* section_at(Part& part, const std::vector<int>& path) {
  if (path.empty()) return nullptr;
  std::vector<Section>* level = &part.sections;
  Section* s = nullptr;
  for (int i : path) {
    if (i < 0 || static_cast<size_t>(i) >= level->size()) return nullptr;
    s = &(*level)[i];
    level = &s->subsections;
  }
  return s;
}

Structure build_structure(const ParseContext& ctx, std::optional<int> report_year, const Metadata& md) {
  const bool proposal = md.genre == Genre::kCppccProposal;
  Structure out;
  size_t n = ctx.paras.size();
  out.place.resize(n);
  out.heading.assign(n, false);
  out.label.assign(n, {0, 0});
  out.heading_text.assign(n, {0, 0});

  Candidates all;
  for (size_t i = ctx.body_begin; i < ctx.body_end; ++i) {
    if (ctx.roles[i] != Role::kBody) continue;
    if (auto c = detect_heading(ctx.paras[i].text, i)) all.push_back(*c);
  }

  // Parts: 一、 headings when one of them reads like a part (or their
  // openings say so), with any unnumbered part heading after the last of them
  // (加强政府自身建设); else the unnumbered part headings.
  Candidates unnumbered = of_scheme(all, Scheme::kPart, 0, n);
  // A proposal report's work ahead under an unnumbered line of its own
  // (下一步工作, 今后工作打算) is a part, after the numbered topics it follows.
  if (proposal) {
    for (size_t i = ctx.body_begin; i < ctx.body_end; ++i) {
      if (ctx.roles[i] != Role::kBody || detect_heading(ctx.paras[i].text, i)) continue;
      const std::string_view whole = trim(ctx.paras[i].text);
      if (!is_proposal_plan_heading(squeeze(whole))) continue;
      HeadingCandidate c;
      c.para = i;
      c.scheme = Scheme::kPart;
      c.label_begin = c.label_end = leading_space(ctx.paras[i].text);
      c.heading_end = c.label_end + whole.size();
      c.own_line = c.part_like = true;
      all.push_back(c);
      unnumbered.push_back(c);
    }
    std::sort(all.begin(), all.end(), [](const HeadingCandidate& a, const HeadingCandidate& b) { return a.para < b.para; });
    std::sort(unnumbered.begin(), unnumbered.end(),
              [](const HeadingCandidate& a, const HeadingCandidate& b) { return a.para < b.para; });
  }
  Candidates cn;
  for (const auto& c : of_scheme(all, Scheme::kCn, 0, n))
    if (c.own_line) cn.push_back(c);
  cn = sequence(cn);
  bool cn_parts = std::any_of(cn.begin(), cn.end(), [](const HeadingCandidate& c) { return c.part_like; }) ||
                  openings_make_parts(ctx, cn, report_year);
  // A proposal report's 一、 headings are its parts when one names the
  // proposals' work or the work ahead (一、提案提交和立案情况).
  // So are they when the work ahead follows them under an unnumbered heading.
  if (proposal && !cn_parts)
    cn_parts = std::any_of(cn.begin(), cn.end(), [&](const HeadingCandidate& c) {
      return proposal_part_role(squeeze(heading_view(ctx, c))).has_value();
    }) || (!cn.empty() && !unnumbered.empty() && unnumbered.back().para > cn.front().para);
  Candidates parts;
  if (cn_parts && (unnumbered.empty() || cn.front().para < unnumbered.front().para)) {
    parts = cn;
    for (const auto& u : unnumbered)
      if (u.para > cn.back().para) parts.push_back(u);
  } else {
    parts = unnumbered;
  }

  Builder b{ctx, all, out};
  if (parts.empty()) {
    // No part headings: one implicit part holds whatever sections there are.
    std::vector<Section> secs = b.sections(std::nullopt, ctx.body_begin, ctx.body_end, 0, {}, 0);
    if (!secs.empty()) {
      Part p;
      p.kind = PartKind::kOther;
      size_t first = ctx.body_begin;
      p.span = ctx.span(first, 0, 0);
      p.sections = std::move(secs);
      out.parts.push_back(std::move(p));
      // A proposal report's numbered topics under no part heading are its
      // proposal work (一、坚持正确方向 二、聚焦中心大局): a review.
      if (proposal) {
        PartClue review;
        review.role = PartClue::kReview;
        classify_parts(out.parts, {review}, report_year, md);
      }
    }
    return out;
  }

  // Without a date or a titled year, the latest year a part heading names is
  // the report's (2016年重点工作).
  std::optional<int> year = report_year;
  if (!year)
    for (const auto& c : parts)
      if (c.year && (!year || *c.year > *year)) year = c.year;
  std::vector<PartClue> clues;
  for (size_t i = 0; i < parts.size(); ++i) {
    const auto& c = parts[i];
    size_t stop = i + 1 < parts.size() ? parts[i + 1].para : ctx.body_end;
    Part p;
    p.heading = heading_text(ctx, c);
    if (c.scheme != Scheme::kPart) p.label = label_text(ctx, c);
    p.span = ctx.span(c.para, c.label_begin, c.heading_end);
    p.year = c.year;
    p.paragraph = c.para;
    b.mark(c);
    int idx = static_cast<int>(out.parts.size());
    for (size_t k = c.para; k < stop; ++k) out.place[k].part = idx;
    p.sections = b.sections(c.scheme, c.para + 1, stop, idx, {}, 0);
    clues.push_back(clue_of(std::string(heading_view(ctx, c)), c.year, opening_of(ctx, c), year));
    if (proposal) clues.back() = proposal_clue(clues.back(), heading_view(ctx, c));
    // 2015年工作回顾 that closes on the 十二五 years (过去五年…) reviews them too.
    static constexpr std::string_view kFiveYears[] = {"过去五年", "五年来", "这五年"};
    const auto looks_back = [](std::string_view t) {
      return std::any_of(std::begin(kFiveYears), std::end(kFiveYears), [&](std::string_view w) { return contains(t, w); });
    };
    for (size_t k = c.para + 1; k < stop && !clues.back().reviews_five_years; ++k)
      clues.back().reviews_five_years = ctx.roles[k] == Role::kBody && looks_back(ctx.paras[k].text);
    out.parts.push_back(std::move(p));
  }
  classify_parts(out.parts, clues, year, md);
  return out;
}

}  // namespace cppcc::parse
