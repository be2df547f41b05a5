// The terminal summary of a ReportDiff: what changed, most important first.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <map>
#include <vector>

#include <fmt/format.h>

#include "cppcc/diff_render.h"
#include "cppcc/text.h"
#include "render/diff_render_util.h"

namespace cppcc {

namespace {

using render_detail::clip;
using render_detail::section_title;
using render_detail::trim_number;
using render_detail::years_covered;

class Painter {
 public:
  explicit Painter(bool on) : on_(on) {}
  std::string bold(const std::string& s) const { return wrap("1", s); }
  std::string red(const std::string& s) const { return wrap("31", s); }
  std::string green(const std::string& s) const { return wrap("32", s); }
  std::string yellow(const std::string& s) const { return wrap("33", s); }
  std::string dim(const std::string& s) const { return wrap("2", s); }
  /// A blank line, then S in bold on its own line.
  std::string title(const std::string& s) const {
    std::string out(1, '\n');
    out += bold(s);
    out += '\n';
    return out;
  }

 private:
  std::string wrap(const char* code, const std::string& s) const {
    return on_ ? fmt::format("\x1b[{}m{}\x1b[0m", code, s) : s;
  }
  bool on_;
};

std::string year_note(const ReportSide& s) {
  std::string out = years_covered(s);
  return out.empty() ? "" : " (" + out + ")";
}

std::string figure_line(const FigureDiff& f) {
  std::string name = f.indicator.empty() ? "(unnamed)" : f.indicator;
  std::string line = fmt::format("[{}] {}", part_kind_name(f.part), name);
  if (f.old_value && f.new_value) {
    line += fmt::format("  {} → {}", f.old_value->surface, f.new_value->surface);
    if (f.delta && f.change == FigureChange::kChanged) {
      bool pct = f.kind == "percent" || f.unit == "%";
      line += fmt::format("  {}{}", format_signed(*f.delta), pct ? " pp" : f.unit);
      if (f.percent) line += fmt::format(" ({}{}%)", *f.percent > 0 ? "+" : "", trim_number(*f.percent, 1));
    }
  } else {
    const Quantity& q = f.new_value ? *f.new_value : *f.old_value;
    line += "  " + q.surface;
  }
  return line;
}

std::string target_value(const std::optional<Quantity>& q) { return q ? q->surface : "-"; }

/// One topic of the text: a title, then its items, at most LIMIT of them
/// (none when LIMIT is SIZE_MAX), then how many were left out.
class Topic {
 public:
  Topic(std::string& out, size_t limit) : out_(out), limit_(limit) {}
  /// Adds one item; false when it is over the limit (counted, not written).
  bool add(const std::string& line) {
    ++total_;
    if (total_ > limit_) return false;
    out_ += line;
    out_ += '\n';
    return true;
  }
  /// Writes "… N more" when items were left out.
  void finish(const Painter& p, const char* what = "") {
    if (total_ > limit_)
      out_ += p.dim(fmt::format("  … {} more{}, --full shows all\n", total_ - limit_, what));
  }

 private:
  std::string& out_;
  size_t limit_, total_ = 0;
};

/// Why a pair was made, on the line under it (--explain-pairs).
std::string pairing_line(const Pairing& w) {
  std::string names = w.old_indicator == w.new_indicator
                          ? w.new_indicator
                          : w.old_indicator + " ↔ " + w.new_indicator;
  return fmt::format("      why: {} {} ({}), unit {} ({}), {}, {}, {}", w.match,
                     trim_number(w.indicator_similarity, 2), clip(names, 50), w.unit.empty() ? "-" : w.unit, w.kind,
                     w.measure, w.period, w.rule);
}

/// This year's targets against last year's: the block a journalist reads first.
void write_target_changes(std::string& out, const ReportDiff& d, const DiffRenderOptions& o, const Painter& p) {
  std::map<TargetChangeKind, int> n;
  for (const auto& t : d.target_changes) ++n[t.change];
  if (d.target_changes.empty()) return;
  auto year = [](std::optional<int> y) { return y ? std::to_string(*y) : std::string("?"); };
  out += p.title(fmt::format("Target changes {} → {}: {} raised, {} cut, {} range changed, {} qualifier changed, "
                             "{} new, {} dropped, {} unchanged",
                             year(d.old_report.plan_year), year(d.new_report.plan_year),
                             n[TargetChangeKind::kRaised], n[TargetChangeKind::kCut],
                             n[TargetChangeKind::kRangeChanged], n[TargetChangeKind::kQualifierChanged],
                             n[TargetChangeKind::kNew], n[TargetChangeKind::kDropped],
                             n[TargetChangeKind::kUnchanged]));
  // The changes first (listed in that order by diff_targets), then new and
  // dropped ones: a screenful in all unless --full.
  Topic topic(out, o.full ? SIZE_MAX : o.topic_lines);
  for (const auto& t : d.target_changes) {
    if (t.change == TargetChangeKind::kUnchanged && !o.show_unchanged) continue;
    std::string name = clip(t.indicator.empty() ? "(unnamed)" : t.indicator, 40);
    std::string kind(target_change_name(t.change));
    std::string line = fmt::format("  {:<18}{}  {} → {}", kind, name, target_value(t.old_target),
                                   target_value(t.new_target));
    if (t.delta && *t.delta != 0 && t.new_target) {
      bool pct = t.new_target->kind == "percent" || t.new_target->unit == "%";
      line += fmt::format("  {}{}", format_signed(*t.delta), pct ? " pp" : t.new_target->unit);
    }
    if (t.qualifier_changed && t.change != TargetChangeKind::kQualifierChanged) line += "  (qualifier changed)";
    if (topic.add(line) && o.explain_pairs && t.pairing) out += p.dim(pairing_line(*t.pairing)) + "\n";
  }
  topic.finish(p);
}

int status_rank(TargetStatus s) {
  switch (s) {
    case TargetStatus::kMissed: return 0;
    case TargetStatus::kMet: return 1;
    case TargetStatus::kNotReported: return 2;
    case TargetStatus::kPending: return 3;
  }
  return 3;
}

/// Last year's targets judged against this year's review: missed, met, then
/// not reported and pending.
void write_target_status(std::string& out, const ReportDiff& d, const DiffRenderOptions& o, const Painter& p) {
  if (d.targets.empty()) return;
  std::map<TargetStatus, int> tc;
  for (const auto& t : d.targets) ++tc[t.status];
  std::string year = d.targets.front().year ? std::to_string(*d.targets.front().year) : "?";
  out += p.title(fmt::format("Last year's targets ({}): {} met, {} missed, {} not reported, {} pending", year,
                             tc[TargetStatus::kMet], tc[TargetStatus::kMissed], tc[TargetStatus::kNotReported],
                             tc[TargetStatus::kPending]));
  std::vector<const TargetCheck*> sorted;
  for (const auto& t : d.targets) sorted.push_back(&t);
  std::stable_sort(sorted.begin(), sorted.end(), [](const TargetCheck* a, const TargetCheck* b) {
    return status_rank(a->status) < status_rank(b->status);
  });
  Topic topic(out, o.full ? SIZE_MAX : o.topic_lines);
  for (const TargetCheck* t : sorted) {
    std::string status(target_status_name(t->status));
    std::string shown = status == "met" ? p.green(status) : status == "missed" ? p.red(status) : p.yellow(status);
    std::string line = fmt::format("  {}{}{}  {}", shown, std::string(status.size() < 14 ? 14 - status.size() : 1, ' '),
                                   clip(t->target.indicator.empty() ? "(unnamed)" : t->target.indicator, 40),
                                   t->target.surface);
    if (t->outcome) line += fmt::format("  → {} ({})", t->outcome->surface, clip(t->outcome->indicator, 40));
    if (topic.add(line) && o.explain_pairs && t->pairing) out += p.dim(pairing_line(*t->pairing)) + "\n";
  }
  topic.finish(p);
}

/// How large a change is, whatever its unit: |new − old| / max(|old|, |new|)
/// of the midpoints (0 … 2; a sign change counts most).
double change_size(const FigureDiff& f) {
  auto mid = [](const Quantity& q) { return q.value_max ? (q.value + *q.value_max) / 2 : q.value; };
  const double a = mid(*f.old_value), b = mid(*f.new_value);
  const double scale = std::max(std::fabs(a), std::fabs(b));
  return scale == 0 ? 0 : std::fabs(b - a) / scale;
}

/// A change fit for the headline: the indicator names a statistic (three
/// characters or more: 企业, 方面, 总数 name a category), and the value moved
/// less than tenfold (a larger jump is far more often two scopes paired, a
/// five-year total against one year's, than news). The others are still
/// listed with --full and are in the JSON.
bool is_rankable(const FigureDiff& f) {
  if (utf8::length(f.indicator) < 3) return false;
  const double a = std::fabs(f.old_value->value), b = std::fabs(f.new_value->value);
  return a > 0 && b > 0 && std::max(a, b) <= 10 * std::min(a, b);
}

/// The word diff of one section as hunks, one line each: a little context,
/// what was deleted and inserted (each clipped), a little context. A line
/// stays readable however much of the section was rewritten.
void write_word_diff(std::string& out, const SectionAlignment& s, const DiffRenderOptions& o,
                     const Painter& p) {
  constexpr size_t kMaxEditChars = 60;  // of one deletion or insertion
  constexpr size_t kMaxHunks = 3;       // per section, unless --full
  constexpr size_t kMaxHunkChars = 100;  // changes and inner context of one line
  const size_t join = 2 * o.context_chars;  // kept text this short stays inside a hunk
  const auto& e = s.edits;
  size_t hunks = 0, shown = 0;
  size_t k = 0;
  while (k < e.size()) {
    if (e[k].op == EditOp::kEqual) {
      ++k;
      continue;
    }
    // One past the hunk's last change; the hunk ends at long kept text or
    // when it holds about a line's worth.
    size_t end = k, chars = 0;
    while (end < e.size() && chars < kMaxHunkChars &&
           (e[end].op != EditOp::kEqual || (end + 1 < e.size() && render_detail::code_points(e[end].text) <= join))) {
      chars += std::min(render_detail::code_points(e[end].text), kMaxEditChars);
      ++end;
    }
    while (end > k && e[end - 1].op == EditOp::kEqual) --end;
    ++hunks;
    if (o.full || shown < kMaxHunks) {
      ++shown;
      std::string line = "    ";
      if (k > 0) line += p.dim(render_detail::tail(e[k - 1].text, o.context_chars));
      for (size_t m = k; m < end; ++m) {
        const std::string text = clip(e[m].text, kMaxEditChars);
        line += e[m].op == EditOp::kEqual    ? p.dim(text)
                : e[m].op == EditOp::kDelete ? p.red("[-" + text + "-]")
                                             : p.green("{+" + text + "+}");
      }
      if (end < e.size()) line += p.dim(render_detail::head(e[end].text, o.context_chars));
      out += line + "\n";
    }
    k = end;
  }
  if (shown < hunks) out += p.dim(fmt::format("    … {} more changes (--full, or --format html or json)\n", hunks - shown));
}

/// Every line of OUT at most MAX visible characters (ANSI colour codes do not
/// count); a longer one is cut and ends in "…" (and a colour reset).
std::string bound_lines(const std::string& out, size_t max) {
  std::string r;
  r.reserve(out.size());
  size_t start = 0;
  while (start < out.size()) {
    size_t nl = out.find('\n', start);
    if (nl == std::string::npos) nl = out.size();
    size_t visible = 0, i = start;
    bool coloured = false, cut = false;
    while (i < nl) {
      if (out[i] == '\x1b') {  // CSI … m
        size_t m = out.find('m', i);
        if (m == std::string::npos || m > nl) m = nl - 1;
        r.append(out, i, m + 1 - i);
        coloured = true;
        i = m + 1;
        continue;
      }
      size_t len = 1;
      const auto c = static_cast<unsigned char>(out[i]);
      if (c >= 0xF0) len = 4; else if (c >= 0xE0) len = 3; else if (c >= 0xC0) len = 2;
      if (visible == max) {
        cut = true;
        break;
      }
      r.append(out, i, std::min(len, nl - i));
      ++visible;
      i += len;
    }
    if (cut) {
      r += "…";
      if (coloured) r += "\x1b[0m";
    }
    if (nl < out.size()) r += '\n';
    start = nl + 1;
  }
  return r;
}

}  // namespace

std::string render_diff_text(const ReportDiff& d, const DiffRenderOptions& o) {
  Painter p(o.color);
  const size_t limit = o.full ? SIZE_MAX : o.topic_lines;
  std::string out;
  out += p.bold(fmt::format("--- {}{}\n+++ {}{}\n", d.old_report.path, year_note(d.old_report), d.new_report.path,
                            year_note(d.new_report)));
  if (!d.has_differences()) out += "No differences.\n";
  for (const DiffWarning& w : d.warnings) out += p.yellow("Warning: " + w.message) + "\n";

  // The headline block: this year's targets against last year's, last year's
  // targets met or missed, the largest changes among comparable figures.
  write_target_changes(out, d, o, p);
  write_target_status(out, d, o, p);

  std::vector<const FigureDiff*> ranked, unranked;
  for (const auto& f : d.figures)
    if (f.change == FigureChange::kChanged && f.old_value && f.new_value)
      (is_rankable(f) ? ranked : unranked).push_back(&f);
  if (!ranked.empty() || !unranked.empty()) {
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const FigureDiff* a, const FigureDiff* b) { return change_size(*a) > change_size(*b); });
    const size_t total = ranked.size() + unranked.size();
    const size_t shown = o.full ? ranked.size() : std::min(ranked.size(), o.largest_changes);
    out += p.title(o.full ? fmt::format("Changed figures ({}), largest first", total)
                          : fmt::format("Largest changes among comparable figures ({} of {})", shown, total));
    auto write = [&](const FigureDiff& f) {
      out += "  " + figure_line(f) + "\n";
      if (o.explain_pairs && f.pairing) out += p.dim(pairing_line(*f.pairing)) + "\n";
    };
    for (size_t i = 0; i < shown; ++i) write(*ranked[i]);
    if (o.full && !unranked.empty()) {
      out += p.dim(fmt::format("  not ranked ({}): a two-character indicator, or a change of tenfold or more\n",
                               unranked.size()));
      for (const FigureDiff* f : unranked) write(*f);
    }
    if (!o.full && shown < total) out += p.dim(fmt::format("  … {} more, --full shows all\n", total - shown));
  }

  std::map<SectionChange, int> sc;
  int text_changed = 0;
  for (const auto& s : d.sections) {
    ++sc[s.change];
    text_changed += s.text_changed;
  }
  std::map<FigureChange, int> fc;
  for (const auto& f : d.figures) ++fc[f.change];
  out += p.title("Summary");
  out += fmt::format(
      "  Sections: {} matched ({} with text changes), {} moved, {} added, {} removed, {} split, {} merged\n",
      sc[SectionChange::kMatched], text_changed, sc[SectionChange::kMoved], sc[SectionChange::kAdded],
      sc[SectionChange::kRemoved], sc[SectionChange::kSplit], sc[SectionChange::kMerged]);
  out += fmt::format("  Figures: {} changed, {} added, {} dropped, {} restated, {} unchanged\n",
                     fc[FigureChange::kChanged], fc[FigureChange::kAdded], fc[FigureChange::kDropped],
                     fc[FigureChange::kRestated], fc[FigureChange::kUnchanged]);
  out += fmt::format("  Formulations: {} added, {} dropped, {} kept; glossary: {} added, {} dropped, {} kept\n",
                     d.formulations.added.size(), d.formulations.dropped.size(), d.formulations.kept.size(),
                     d.glossary.added.size(), d.glossary.dropped.size(), d.glossary.kept.size());
  out += fmt::format("  Keywords: {} rising, {} falling\n", d.rising.size(), d.falling.size());

  if (!d.metadata.empty()) {
    out += p.title("Metadata");
    for (const auto& m : d.metadata)
      out += fmt::format("  {}: {} → {}\n", m.field, m.old_value.value_or("-"), m.new_value.value_or("-"));
  }

  bool any_section = std::any_of(d.sections.begin(), d.sections.end(), [](const SectionAlignment& s) {
    return s.change != SectionChange::kMatched || s.text_changed;
  });
  if (any_section) {
    out += p.title("Sections");
    Topic topic(out, limit);
    for (const auto& s : d.sections) {
      std::string o_name = s.old_section ? section_title(*s.old_section) : "";
      std::string n_name = s.new_section ? section_title(*s.new_section) : "";
      switch (s.change) {
        case SectionChange::kMatched:
        case SectionChange::kMoved: {
          std::string mark = s.change == SectionChange::kMoved ? p.yellow("~ moved  ") : (s.text_changed ? "= " : "  ");
          std::string names = o_name == n_name ? n_name : o_name + " ⇒ " + n_name;
          topic.add(fmt::format("  {}{}  {}", mark, names,
                                p.dim(fmt::format("(heading {:.2f}, content {:.2f}{})", s.heading_similarity,
                                                  s.content_similarity, s.text_changed ? ", text changed" : ""))));
          break;
        }
        case SectionChange::kAdded: topic.add("  " + p.green("+ added  " + n_name)); break;
        case SectionChange::kRemoved: topic.add("  " + p.red("- removed " + o_name)); break;
        case SectionChange::kSplit:
          topic.add("  " + p.green("< split  " + n_name) +
                    fmt::format(" (from {})", s.related ? section_title(*s.related) : "?"));
          break;
        case SectionChange::kMerged:
          topic.add("  " + p.red("> merged " + o_name) +
                    fmt::format(" (into {})", s.related ? section_title(*s.related) : "?"));
          break;
      }
    }
    topic.finish(p);
  }

  auto write_set = [&](const char* title, const SetDiff& s) {
    if (s.added.empty() && s.dropped.empty()) return;
    out += p.title(fmt::format("{}: {} added, {} dropped, {} kept", title, s.added.size(), s.dropped.size(),
                                     s.kept.size()));
    Topic topic(out, limit);
    for (const auto& i : s.added) topic.add(p.green(fmt::format("  + {} ({})", i.text, i.new_count)));
    for (const auto& i : s.dropped) topic.add(p.red(fmt::format("  - {} ({})", i.text, i.old_count)));
    if (o.show_unchanged)
      for (const auto& i : s.kept) topic.add(fmt::format("    {} ({} → {})", i.text, i.old_count, i.new_count));
    topic.finish(p);
  };
  write_set("Formulations", d.formulations);
  write_set("Glossary", d.glossary);

  auto figures_of = [&d](FigureChange c) {
    std::vector<const FigureDiff*> v;
    for (const auto& f : d.figures)
      if (f.change == c) v.push_back(&f);
    return v;
  };
  for (auto [c, title] : {std::pair{FigureChange::kAdded, "New figures"}, {FigureChange::kDropped, "Dropped figures"},
                          {FigureChange::kRestated, "Within rounding (a qualified figure; not counted as a change)"}}) {
    auto v = figures_of(c);
    if (v.empty()) continue;
    out += p.title(fmt::format("{} ({})", title, v.size()));
    Topic topic(out, limit);
    for (const FigureDiff* f : v) {
      std::string line = "  " + figure_line(*f);
      bool shown = topic.add(c == FigureChange::kAdded ? p.green(line) : c == FigureChange::kDropped ? p.red(line) : line);
      if (shown && o.explain_pairs && f->pairing) out += p.dim(pairing_line(*f->pairing)) + "\n";
    }
    topic.finish(p);
  }
  if (o.show_unchanged) {
    auto v = figures_of(FigureChange::kUnchanged);
    if (!v.empty()) out += p.title(fmt::format("Unchanged figures ({})", v.size()));
    Topic topic(out, limit);
    for (const FigureDiff* f : v) {
      if (topic.add("  " + figure_line(*f)) && o.explain_pairs && f->pairing)
        out += p.dim(pairing_line(*f->pairing)) + "\n";
    }
    topic.finish(p);
  }

  if (!d.rising.empty() || !d.falling.empty()) {
    out += p.title(fmt::format("Keywords (log-odds with informative prior; words: {} → {})", d.old_report.words,
                                     d.new_report.words));
    size_t rows = std::max(d.rising.size(), d.falling.size());
    out += fmt::format("  {:<24}{}\n", "rising (old→new, z)", "falling (old→new, z)");
    for (size_t i = 0; i < rows; ++i) {
      auto cell = [](const KeywordShift& k) {
        return fmt::format("{} {}→{} {:+.1f}", k.word, k.old_count, k.new_count, k.z);
      };
      std::string left = i < d.rising.size() ? cell(d.rising[i]) : "";
      std::string right = i < d.falling.size() ? cell(d.falling[i]) : "";
      // Pad by display width: CJK characters take two columns.
      size_t width = render_detail::display_width(left);
      std::string pad(width < 24 ? 24 - width : 1, ' ');
      out += "  " + p.green(left) + pad + p.red(right) + "\n";
    }
  }

  // Word diffs: a few sections of a few hunks each unless --full.
  constexpr size_t kTextSections = 8;
  const size_t max_diffs = o.full ? o.max_section_diffs : std::min(o.max_section_diffs, kTextSections);
  size_t diffs = 0;
  for (const auto& s : d.sections) {
    if (!s.text_changed || s.edits.empty() || !s.new_section) continue;
    if (diffs++ == 0) out += p.title("Text changes in aligned sections");
    if (diffs > max_diffs) continue;
    out += "  " + p.bold(section_title(*s.new_section)) + "\n";
    write_word_diff(out, s, o, p);
  }
  if (diffs > max_diffs)
    out += p.dim(fmt::format("  … {} more sections with changes, --full shows all\n", diffs - max_diffs));
  return bound_lines(out, o.max_line);
}

}  // namespace cppcc
