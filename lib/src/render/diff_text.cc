// The terminal summary of a ReportDiff: what changed, most important first.
#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "cppcc/diff_render.h"
#include "render/diff_render_util.h"

namespace cppcc {

namespace {

using render_detail::clip;
using render_detail::section_title;
using render_detail::trim_number;

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
  std::string out;
  if (s.review_year) out += fmt::format("review {}", *s.review_year);
  if (s.plan_year) out += fmt::format("{}plan {}", out.empty() ? "" : ", ", *s.plan_year);
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

/// This year's targets against last year's: the block a journalist reads first.
void write_target_changes(std::string& out, const ReportDiff& d, const DiffRenderOptions& o, const Painter& p) {
  std::map<TargetChangeKind, int> n;
  for (const auto& t : d.target_changes) ++n[t.change];
  if (d.target_changes.empty()) return;
  out += p.title(fmt::format("Target changes: {} raised, {} cut, {} range changed, {} qualifier changed, {} new, "
                             "{} dropped, {} unchanged",
                             n[TargetChangeKind::kRaised], n[TargetChangeKind::kCut],
                             n[TargetChangeKind::kRangeChanged], n[TargetChangeKind::kQualifierChanged],
                             n[TargetChangeKind::kNew], n[TargetChangeKind::kDropped],
                             n[TargetChangeKind::kUnchanged]));
  // New and dropped targets are many in a restructured report: a screenful
  // of each unless --all.
  constexpr int kMaxListed = 12;
  std::map<TargetChangeKind, int> listed;
  for (const auto& t : d.target_changes) {
    if (t.change == TargetChangeKind::kUnchanged && !o.show_unchanged) continue;
    if (!o.show_unchanged && ++listed[t.change] > kMaxListed) continue;
    std::string name = clip(t.indicator.empty() ? "(unnamed)" : t.indicator, 40);
    std::string kind(target_change_name(t.change));
    std::string line = fmt::format("  {:<18}{}  {} → {}", kind, name, target_value(t.old_target),
                                   target_value(t.new_target));
    if (t.delta && *t.delta != 0 && t.new_target) {
      bool pct = t.new_target->kind == "percent" || t.new_target->unit == "%";
      line += fmt::format("  {}{}", format_signed(*t.delta), pct ? " pp" : t.new_target->unit);
    }
    if (t.qualifier_changed && t.change != TargetChangeKind::kQualifierChanged) line += "  (qualifier changed)";
    out += line + "\n";
  }
  for (auto [kind, count] : listed)
    if (count > kMaxListed)
      out += p.dim(fmt::format("  … {} more {} (--all lists them)\n", count - kMaxListed, target_change_name(kind)));
}

/// The word diff of one section as hunks, one line each: a little context,
/// what was deleted and inserted (each clipped), a little context. A line
/// stays readable however much of the section was rewritten.
void write_word_diff(std::string& out, const SectionAlignment& s, const DiffRenderOptions& o,
                     const Painter& p) {
  constexpr size_t kMaxEditChars = 60;  // of one deletion or insertion
  constexpr size_t kMaxHunks = 6;       // per section, unless --full
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

}  // namespace

std::string render_diff_text(const ReportDiff& d, const DiffRenderOptions& o) {
  Painter p(o.color);
  std::string out;
  out += p.bold(fmt::format("--- {}{}\n+++ {}{}\n", d.old_report.path, year_note(d.old_report), d.new_report.path,
                            year_note(d.new_report)));

  std::map<SectionChange, int> sc;
  int text_changed = 0;
  for (const auto& s : d.sections) {
    ++sc[s.change];
    text_changed += s.text_changed;
  }
  std::map<FigureChange, int> fc;
  for (const auto& f : d.figures) ++fc[f.change];
  std::map<TargetStatus, int> tc;
  for (const auto& t : d.targets) ++tc[t.status];

  if (!d.has_differences()) out += "No differences.\n";
  out += fmt::format(
      "Sections: {} matched ({} with text changes), {} moved, {} added, {} removed, {} split, {} merged\n",
      sc[SectionChange::kMatched], text_changed, sc[SectionChange::kMoved], sc[SectionChange::kAdded],
      sc[SectionChange::kRemoved], sc[SectionChange::kSplit], sc[SectionChange::kMerged]);
  out += fmt::format("Figures: {} changed, {} added, {} dropped, {} restated, {} unchanged\n",
                     fc[FigureChange::kChanged], fc[FigureChange::kAdded], fc[FigureChange::kDropped],
                     fc[FigureChange::kRestated], fc[FigureChange::kUnchanged]);
  if (!d.targets.empty())
    out += fmt::format("Targets: {} met, {} missed, {} not reported, {} pending\n", tc[TargetStatus::kMet],
                       tc[TargetStatus::kMissed], tc[TargetStatus::kNotReported], tc[TargetStatus::kPending]);
  out += fmt::format("Formulations: {} added, {} dropped, {} kept; glossary: {} added, {} dropped, {} kept\n",
                     d.formulations.added.size(), d.formulations.dropped.size(), d.formulations.kept.size(),
                     d.glossary.added.size(), d.glossary.dropped.size(), d.glossary.kept.size());
  out += fmt::format("Keywords: {} rising, {} falling\n", d.rising.size(), d.falling.size());

  write_target_changes(out, d, o, p);

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
    for (const auto& s : d.sections) {
      std::string o_name = s.old_section ? section_title(*s.old_section) : "";
      std::string n_name = s.new_section ? section_title(*s.new_section) : "";
      switch (s.change) {
        case SectionChange::kMatched:
        case SectionChange::kMoved: {
          std::string mark = s.change == SectionChange::kMoved ? p.yellow("~ moved  ") : (s.text_changed ? "= " : "  ");
          std::string names = o_name == n_name ? n_name : o_name + " ⇒ " + n_name;
          out += fmt::format("  {}{}  {}\n", mark, names,
                             p.dim(fmt::format("(heading {:.2f}, content {:.2f}{})", s.heading_similarity,
                                               s.content_similarity, s.text_changed ? ", text changed" : "")));
          break;
        }
        case SectionChange::kAdded: out += "  " + p.green("+ added  " + n_name) + "\n"; break;
        case SectionChange::kRemoved: out += "  " + p.red("- removed " + o_name) + "\n"; break;
        case SectionChange::kSplit:
          out += "  " + p.green("< split  " + n_name) +
                 fmt::format(" (from {})\n", s.related ? section_title(*s.related) : "?");
          break;
        case SectionChange::kMerged:
          out += "  " + p.red("> merged " + o_name) +
                 fmt::format(" (into {})\n", s.related ? section_title(*s.related) : "?");
          break;
      }
    }
  }

  auto figures_of = [&d](FigureChange c) {
    std::vector<const FigureDiff*> v;
    for (const auto& f : d.figures)
      if (f.change == c) v.push_back(&f);
    return v;
  };
  auto changed = figures_of(FigureChange::kChanged);
  if (!changed.empty()) {
    out += p.title("Changed figures");
    for (const FigureDiff* f : changed) out += "  " + figure_line(*f) + "\n";
  }
  for (auto [c, title] : {std::pair{FigureChange::kAdded, "New figures"}, {FigureChange::kDropped, "Dropped figures"},
                          {FigureChange::kRestated, "Within rounding (a qualified figure; not counted as a change)"}}) {
    auto v = figures_of(c);
    if (v.empty()) continue;
    out += p.title(fmt::format("{} ({})", title, v.size()));
    for (const FigureDiff* f : v) {
      std::string line = "  " + figure_line(*f);
      out += (c == FigureChange::kAdded ? p.green(line) : c == FigureChange::kDropped ? p.red(line) : line) + "\n";
    }
  }
  if (o.show_unchanged) {
    auto v = figures_of(FigureChange::kUnchanged);
    if (!v.empty()) out += p.title(fmt::format("Unchanged figures ({})", v.size()));
    for (const FigureDiff* f : v) out += "  " + figure_line(*f) + "\n";
  }

  if (!d.targets.empty()) {
    std::string year = d.targets.front().year ? std::to_string(*d.targets.front().year) : "?";
    out += p.title(fmt::format("Targets set for {} in the older report", year));
    for (const auto& t : d.targets) {
      std::string status(target_status_name(t.status));
      std::string shown = status == "met" ? p.green(status) : status == "missed" ? p.red(status) : p.yellow(status);
      out += fmt::format("  {:<14}{}  {}", shown + std::string(status.size() < 13 ? 13 - status.size() : 0, ' '),
                         t.target.indicator.empty() ? "(unnamed)" : t.target.indicator, t.target.surface);
      if (t.outcome) out += fmt::format("  → {} ({})", t.outcome->surface, t.outcome->indicator);
      out += "\n";
    }
  }

  auto write_set = [&](const char* title, const SetDiff& s) {
    if (s.added.empty() && s.dropped.empty()) return;
    out += p.title(fmt::format("{}: {} added, {} dropped, {} kept", title, s.added.size(), s.dropped.size(),
                                     s.kept.size()));
    for (const auto& i : s.added) out += p.green(fmt::format("  + {} ({})", i.text, i.new_count)) + "\n";
    for (const auto& i : s.dropped) out += p.red(fmt::format("  - {} ({})", i.text, i.old_count)) + "\n";
    if (o.show_unchanged)
      for (const auto& i : s.kept) out += fmt::format("    {} ({} → {})\n", i.text, i.old_count, i.new_count);
  };
  write_set("Formulations", d.formulations);
  write_set("Glossary", d.glossary);

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

  size_t diffs = 0;
  for (const auto& s : d.sections) {
    if (!s.text_changed || s.edits.empty() || !s.new_section) continue;
    if (diffs++ == 0) out += p.title("Text changes in aligned sections");
    if (diffs > o.max_section_diffs) continue;
    out += "  " + p.bold(section_title(*s.new_section)) + "\n";
    write_word_diff(out, s, o, p);
  }
  if (diffs > o.max_section_diffs)
    out += p.dim(fmt::format("  … {} more sections with changes\n", diffs - o.max_section_diffs));
  return out;
}

}  // namespace cppcc
