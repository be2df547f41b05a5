// Section alignment by heading and content, not by number: sections are
// renumbered, moved, split and merged from one year to the next.
#include <algorithm>
#include <cmath>
#include <numeric>
#include <unordered_map>

#include "diff/diff_parts.h"
#include "diff/diff_util.h"

namespace cppcc {

std::string_view section_change_name(SectionChange c) {
  switch (c) {
    case SectionChange::kMatched: return "matched";
    case SectionChange::kMoved: return "moved";
    case SectionChange::kAdded: return "added";
    case SectionChange::kRemoved: return "removed";
    case SectionChange::kSplit: return "split";
    case SectionChange::kMerged: return "merged";
  }
  return "matched";
}

namespace diff_detail {
namespace {

std::string paragraphs_of(const Report& r, int part, int section) {
  std::string out;
  for (const BodyParagraph& p : r.paragraphs) {
    if (p.part != part || p.section != section) continue;
    if (!out.empty()) out += '\n';
    out += p.text;
  }
  return out;
}

std::string join_heading(const std::string& heading, const std::string& body) {
  if (heading.empty()) return body;
  if (body.empty()) return heading;
  // The parser may keep a run-in heading at the start of the body.
  if (body.compare(0, heading.size(), heading) == 0) return body;
  return heading + "\n" + body;
}

/// What a part is for, beyond its kind: a plan for one year (2026年重点工作, also
/// 十五五时期主要目标和2026年重点工作) and a five-year plan alone (十五五时期主要目标任务)
/// are both plans, but last year's annual plan continues in this year's.
enum class Role { kReview, kAnnualPlan, kLongPlan, kOther };

Role role_of(const Report& r, int part) {
  if (part < 0 || part >= static_cast<int>(r.parts.size())) return Role::kOther;
  const Part& p = r.parts[part];
  if (p.kind == PartKind::kReview) return Role::kReview;
  if (p.kind != PartKind::kPlan) return Role::kOther;
  return !p.year && p.years && p.years->last > p.years->first ? Role::kLongPlan : Role::kAnnualPlan;
}

/// A review is never aligned with a plan: last year's 扩大内需 task and this
/// year's 扩大内需 achievements are what was planned and what was done, not one
/// section rewritten.
bool may_align(Role a, Role b) {
  auto plan = [](Role r) { return r == Role::kAnnualPlan || r == Role::kLongPlan; };
  return !((a == Role::kReview && plan(b)) || (plan(a) && b == Role::kReview));
}

struct Unit {
  SectionRef ref;
  Role role = Role::kOther;
  std::string heading_key;  // normalized heading
  WordCounts words;
  double norm = 0;          // of the weighted vector
  int total = 0;
};

double weight(int count, double idf) { return (1.0 + std::log(static_cast<double>(count))) * idf; }

/// REF without its text: where a split or merged unit went or came from. The
/// text is in that unit's own alignment; a copy per merged unit of a huge
/// section it went into took most of the memory of two 10 MB reports.
SectionRef place_of(const SectionRef& ref) {
  SectionRef out;
  out.part = ref.part;
  out.section = ref.section;
  out.order = ref.order;
  out.part_kind = ref.part_kind;
  out.label = ref.label;
  out.heading = ref.heading;
  return out;
}

double cosine(const Unit& a, const Unit& b, const std::unordered_map<std::string, double>& idf) {
  if (a.norm == 0 || b.norm == 0) return 0;
  const Unit& small = a.words.size() < b.words.size() ? a : b;
  const Unit& large = &small == &a ? b : a;
  double dot = 0;
  for (const auto& [w, c] : small.words) {
    auto it = large.words.find(w);
    if (it == large.words.end()) continue;
    double f = idf.at(w);
    dot += weight(c, f) * weight(it->second, f);
  }
  return dot / (a.norm * b.norm);
}

/// Share of A's words that also occur in B (for splits and merges).
/// Weighted by idf so that words every section uses do not make all alike.
double containment(const Unit& a, const Unit& b, const std::unordered_map<std::string, double>& idf) {
  double common = 0, total = 0;
  for (const auto& [w, c] : a.words) {
    double f = idf.at(w);
    total += c * f;
    auto it = b.words.find(w);
    if (it != b.words.end()) common += std::min(c, it->second) * f;
  }
  return total == 0 ? 0 : common / total;
}

/// Indices of a longest increasing subsequence of V.
std::vector<size_t> longest_increasing(const std::vector<int>& v) {
  std::vector<size_t> tails, prev(v.size(), SIZE_MAX);
  for (size_t i = 0; i < v.size(); ++i) {
    auto it = std::lower_bound(tails.begin(), tails.end(), v[i],
                               [&v](size_t idx, int val) { return v[idx] < val; });
    if (it != tails.begin()) prev[i] = *(it - 1);
    if (it == tails.end()) tails.push_back(i);
    else *it = i;
  }
  std::vector<size_t> out;
  for (size_t i = tails.empty() ? SIZE_MAX : tails.back(); i != SIZE_MAX; i = prev[i]) out.push_back(i);
  std::reverse(out.begin(), out.end());
  return out;
}

/// Below DiffOptions::min_section_score, the score two sections need when they
/// stand in the same gap between sections kept in order.
constexpr double kGapScore = 0.12;

}  // namespace

std::vector<SectionRef> section_units(const Report& r) {
  std::vector<SectionRef> units;
  auto add = [&units](SectionRef ref) {
    ref.order = static_cast<int>(units.size());
    units.push_back(std::move(ref));
  };
  for (size_t p = 0; p < r.parts.size(); ++p) {
    const Part& part = r.parts[p];
    int pi = static_cast<int>(p);
    std::string intro = paragraphs_of(r, pi, -1);
    if (part.sections.empty() || !intro.empty()) {
      SectionRef ref;
      ref.part = pi;
      ref.part_kind = part.kind;
      ref.heading = part.heading;
      ref.text = join_heading(part.heading, intro);
      add(std::move(ref));
    }
    for (size_t s = 0; s < part.sections.size(); ++s) {
      const Section& sec = part.sections[s];
      SectionRef ref;
      ref.part = pi;
      ref.section = static_cast<int>(s);
      ref.part_kind = part.kind;
      ref.label = sec.label;
      ref.heading = sec.heading;
      std::string body = sec.body.empty() ? paragraphs_of(r, pi, static_cast<int>(s)) : sec.body;
      ref.text = join_heading(sec.heading, body);
      add(std::move(ref));
    }
  }
  if (units.empty()) {
    std::string body = report_body(r);
    if (!body.empty()) {
      SectionRef ref;
      ref.text = body;
      add(std::move(ref));
    }
  }
  return units;
}

std::vector<SectionAlignment> align_sections(const Report& old_report, const Report& new_report,
                                             const Tokenizer& tokenize, const DiffOptions& options) {
  std::vector<Unit> olds, news;
  std::unordered_map<std::string, int> doc_freq;
  auto build = [&](const Report& r, std::vector<Unit>* out) {
    for (SectionRef& ref : section_units(r)) {
      Unit u;
      u.role = role_of(r, ref.part);
      u.heading_key = normalize_indicator(ref.heading);
      u.words = count_words(tokenize(ref.text), options.stopwords);
      for (const auto& [w, c] : u.words) {
        u.total += c;
        ++doc_freq[w];
      }
      u.ref = std::move(ref);
      out->push_back(std::move(u));
    }
  };
  build(old_report, &olds);
  build(new_report, &news);
  double n_docs = static_cast<double>(olds.size() + news.size());
  std::unordered_map<std::string, double> idf;
  for (const auto& [w, df] : doc_freq) idf[w] = std::log(1.0 + n_docs / df);
  for (auto* side : {&olds, &news}) {
    for (Unit& u : *side) {
      double sum = 0;
      for (const auto& [w, c] : u.words) sum += std::pow(weight(c, idf[w]), 2);
      u.norm = std::sqrt(sum);
    }
  }

  struct Pair {
    size_t i, j;
    double score, heading, content;
  };
  // Between two sections kept in order, a lower score suffices (see kGapScore).
  const double floor = std::min(options.min_section_score, kGapScore);
  std::vector<Pair> pairs;
  for (size_t i = 0; i < olds.size(); ++i) {
    for (size_t j = 0; j < news.size(); ++j) {
      const Unit &a = olds[i], &b = news[j];
      if (!may_align(a.role, b.role)) continue;
      double content = a.ref.text == b.ref.text ? 1.0 : cosine(a, b, idf);
      bool headings = !a.heading_key.empty() && !b.heading_key.empty();
      double heading = headings ? bigram_similarity(a.heading_key, b.heading_key) : 0;
      double score = headings ? 0.35 * heading + 0.65 * content : content;
      if (a.ref.part_kind == b.ref.part_kind) score += 0.05;
      // Last year's annual plan goes on in this year's annual plan more than in the five-year one.
      if ((a.role == Role::kLongPlan) != (b.role == Role::kLongPlan) && a.role != Role::kOther &&
          b.role != Role::kOther)
        score -= 0.1;
      if (score >= floor) pairs.push_back({i, j, score, heading, content});
    }
  }
  // Greedy one-to-one assignment, best pairs first; ties keep document order.
  std::stable_sort(pairs.begin(), pairs.end(), [](const Pair& x, const Pair& y) { return x.score > y.score; });
  std::vector<int> old_to_new(olds.size(), -1), new_to_old(news.size(), -1);
  std::vector<const Pair*> chosen;
  auto take = [&](const Pair& p) {
    old_to_new[p.i] = static_cast<int>(p.j);
    new_to_old[p.j] = static_cast<int>(p.i);
    chosen.push_back(&p);
  };
  for (const Pair& p : pairs)
    if (p.score >= options.min_section_score && old_to_new[p.i] < 0 && new_to_old[p.j] < 0) take(p);

  // Matched pairs out of the longest run in common order have moved.
  std::vector<bool> in_place;
  auto order_chosen = [&] {
    std::sort(chosen.begin(), chosen.end(), [](const Pair* x, const Pair* y) { return x->i < y->i; });
    std::vector<int> new_order;
    for (const Pair* p : chosen) new_order.push_back(static_cast<int>(p->j));
    in_place.assign(chosen.size(), false);
    for (size_t k : longest_increasing(new_order)) in_place[k] = true;
  };
  order_chosen();
  // Sections left over between two sections kept in order (rewritten beyond
  // the bar: 筑牢实体根基，产业体系… → 着力推进向新向优发展，产业转型…) pair with each
  // other above a lower bar, best first: where they stand says they are the
  // same section, so the bar for their words can be lower. Only within one
  // role: last year's annual targets are not this year's five-year ones.
  {
    // gap_old[i] / gap_new[j]: how many sections kept in order come before it.
    std::vector<size_t> gap_old(olds.size() + 1, 0), gap_new(news.size() + 1, 0);
    for (size_t k = 0; k < chosen.size(); ++k)
      if (in_place[k]) {
        ++gap_old[chosen[k]->i + 1];
        ++gap_new[chosen[k]->j + 1];
      }
    std::partial_sum(gap_old.begin(), gap_old.end(), gap_old.begin());
    std::partial_sum(gap_new.begin(), gap_new.end(), gap_new.begin());
    for (const Pair& p : pairs)
      if (old_to_new[p.i] < 0 && new_to_old[p.j] < 0 && olds[p.i].role == news[p.j].role &&
          gap_old[p.i] == gap_new[p.j])
        take(p);
    order_chosen();
  }

  // The word diffs share one budget of LCS work (quadratic per pair), in
  // proportion to their length: reports of usual size never reach it, and two
  // 10 MB reports of fat sections cannot take minutes.
  constexpr double kWordDiffBudget = 5e8;
  double changed_bytes = 0;
  for (const Pair* p : chosen)
    if (olds[p->i].ref.text != news[p->j].ref.text)
      changed_bytes += static_cast<double>(olds[p->i].ref.text.size() + news[p->j].ref.text.size());
  std::vector<SectionAlignment> out;
  for (size_t k = 0; k < chosen.size(); ++k) {
    const Pair& p = *chosen[k];
    SectionAlignment a;
    a.change = in_place[k] ? SectionChange::kMatched : SectionChange::kMoved;
    a.old_section = olds[p.i].ref;
    a.new_section = news[p.j].ref;
    a.heading_similarity = p.heading;
    a.content_similarity = p.content;
    a.text_changed = olds[p.i].ref.text != news[p.j].ref.text;
    if (a.text_changed && options.word_diff) {
      const double share =
          kWordDiffBudget * static_cast<double>(olds[p.i].ref.text.size() + news[p.j].ref.text.size()) / changed_bytes;
      a.edits = diff_tokens(tokenize(olds[p.i].ref.text), tokenize(news[p.j].ref.text),
                            std::min(kMaxDiffCells, share));
    }
    out.push_back(std::move(a));
  }
  // Unmatched old units: merged into a new unit that contains most of their words, or removed.
  constexpr double kContained = 0.6;
  for (size_t i = 0; i < olds.size(); ++i) {
    if (old_to_new[i] >= 0) continue;
    SectionAlignment a;
    a.change = SectionChange::kRemoved;
    a.old_section = olds[i].ref;
    double best = 0;
    size_t into = 0;
    for (size_t j = 0; j < news.size(); ++j) {
      double c = containment(olds[i], news[j], idf);
      if (c > best && new_to_old[j] >= 0) {
        best = c;
        into = j;
      }
    }
    if (best >= kContained && olds[i].total > 0) {
      a.change = SectionChange::kMerged;
      a.content_similarity = best;
      a.related = place_of(news[into].ref);
    }
    out.push_back(std::move(a));
  }
  for (size_t j = 0; j < news.size(); ++j) {
    if (new_to_old[j] >= 0) continue;
    SectionAlignment a;
    a.change = SectionChange::kAdded;
    a.new_section = news[j].ref;
    double best = 0;
    size_t from = 0;
    for (size_t i = 0; i < olds.size(); ++i) {
      double c = containment(news[j], olds[i], idf);
      if (c > best && old_to_new[i] >= 0) {
        best = c;
        from = i;
      }
    }
    if (best >= kContained && news[j].total > 0) {
      a.change = SectionChange::kSplit;
      a.content_similarity = best;
      a.related = place_of(olds[from].ref);
    }
    out.push_back(std::move(a));
  }
  // Present in the newer report's order, removed units beside their old neighbours.
  auto key = [](const SectionAlignment& a) {
    if (a.new_section) return std::pair<double, int>(a.new_section->order, 1);
    return std::pair<double, int>(a.old_section->order - 0.5, 0);
  };
  std::stable_sort(out.begin(), out.end(),
                   [&key](const SectionAlignment& x, const SectionAlignment& y) { return key(x) < key(y); });
  return out;
}

}  // namespace diff_detail
}  // namespace cppcc
