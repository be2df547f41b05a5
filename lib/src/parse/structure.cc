#include "parse/structure.h"

#include <algorithm>

#include "parse/headings.h"
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
  return ctx.paras[c.para].text.substr(c.label_begin, c.label_end - c.label_begin);
}

std::string heading_text(const ParseContext& ctx, const HeadingCandidate& c) {
  return std::string(trim(std::string_view(ctx.paras[c.para].text).substr(c.label_end, c.heading_end - c.label_end)));
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

const Regex& review_words() {
  static const Regex re("回顾|回望|主要工作|工作总结|过去(?:一|五)年|以来工作");
  return re;
}
const Regex& plan_words() {
  static const Regex re("任务|安排|重点工作|建议|计划|部署|总体要求|主要目标|今年|政策取向");
  return re;
}
const Regex& five_year_plan() {
  static const Regex re("十[一二三四五六七八九]五|五年");
  return re;
}

// Kind and year of each part, from its heading and its neighbours.
void classify_parts(std::vector<Part>& parts, std::optional<int> date_year) {
  int min_year = 9999, max_year = 0;
  for (const auto& p : parts)
    if (p.year) {
      min_year = std::min(min_year, *p.year);
      max_year = std::max(max_year, *p.year);
    }
  bool seen_plan = false;
  for (auto& p : parts) {
    const std::string& h = p.heading;
    bool review = review_words().search(h).has_value();
    bool plan = plan_words().search(h).has_value();
    if (!p.year && date_year) {
      if (contains(h, "今年")) p.year = *date_year;
      else if (contains(h, "过去一年")) p.year = *date_year - 1;
    }
    static const Regex reflective("体会|认识|经验|启示");
    if (reflective.search(h) && !p.year) {
      p.kind = PartKind::kOther;  // a thematic part (lessons learnt)
    } else if (review && !(plan && !contains(h, "回顾"))) {
      p.kind = PartKind::kReview;
    } else if (!p.year && five_year_plan().search(h)) {
      p.kind = PartKind::kOther;  // a five-year plan or thematic part
    } else if (plan) {
      p.kind = PartKind::kPlan;
    } else if (p.year && date_year) {
      p.kind = *p.year < *date_year ? PartKind::kReview : PartKind::kPlan;
    } else if (p.year && min_year < max_year) {
      p.kind = *p.year == min_year ? PartKind::kReview : *p.year == max_year ? PartKind::kPlan : PartKind::kOther;
    } else {
      // A thematic part after the plan part keeps planning (national 2020).
      p.kind = seen_plan ? PartKind::kPlan : PartKind::kOther;
    }
    if (p.kind == PartKind::kPlan) seen_plan = true;
  }
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

Structure build_structure(const ParseContext& ctx, std::optional<int> date_year) {
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

  // Parts: unnumbered part headings if the report has them, else 一、 headings
  // when one of them reads like a part.
  Candidates parts = of_scheme(all, Scheme::kPart, 0, n);
  std::optional<Scheme> part_scheme;
  if (!parts.empty()) {
    part_scheme = Scheme::kPart;
  } else {
    Candidates cn;
    for (const auto& c : of_scheme(all, Scheme::kCn, 0, n))
      if (c.own_line) cn.push_back(c);
    cn = sequence(cn);
    bool any_part_like = std::any_of(cn.begin(), cn.end(), [](const HeadingCandidate& c) { return c.part_like; });
    if (any_part_like) {
      parts = cn;
      part_scheme = Scheme::kCn;
    }
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
    }
    return out;
  }

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
    p.sections = b.sections(part_scheme, c.para + 1, stop, idx, {}, 0);
    out.parts.push_back(std::move(p));
  }
  classify_parts(out.parts, date_year);
  return out;
}

}  // namespace cppcc::parse
