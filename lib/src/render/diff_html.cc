// One self-contained HTML page (inline CSS and SVG, no scripts, no network)
// for a diff or a series.
#include <algorithm>
#include <cmath>
#include <map>

#include <fmt/format.h>

#include "cppcc/diff_render.h"
#include "diff/diff_util.h"
#include "render/diff_render_util.h"

namespace cppcc {

namespace {

using render_detail::clip;
using render_detail::html_escape;
using render_detail::section_title;
using render_detail::years_covered;
using render_detail::trim_number;

constexpr const char* kStyle = R"(
body{font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif;
 margin:2em auto;max-width:72em;padding:0 1em;color:#222;line-height:1.5}
h1{font-size:1.5em;margin-bottom:.2em}h3{font-size:1em;margin:.8em 0 .2em}h4{font-size:.95em;font-weight:normal;margin:.6em 0 .2em}h2{font-size:1.2em;border-bottom:1px solid #ccc;margin-top:1.6em}
.paths{color:#555}.cards{display:flex;flex-wrap:wrap;gap:.6em;padding:0;list-style:none}
.cards li{border:1px solid #ddd;border-radius:6px;padding:.4em .8em;background:#fafafa}
.cards b{font-size:1.3em;margin-right:.3em}
table{border-collapse:collapse;margin:.5em 0;font-size:.92em}td,th{border:1px solid #ddd;padding:.25em .5em;text-align:left;vertical-align:top}
th{background:#f2f2f2}td.num{text-align:right;font-variant-numeric:tabular-nums}
.up,.down{color:#1f3b57}.muted{color:#777}
del{background:#fde2e1;color:#8b1a12;text-decoration:line-through}ins{background:#dff5e3;color:#0d5a20;text-decoration:none}
.diff{white-space:pre-wrap;border:1px solid #eee;padding:.5em;background:#fcfcfc}
.status-met{color:#0a7a2f;font-weight:bold}.status-missed{color:#b3261e;font-weight:bold}
.status-not-reported,.status-pending{color:#8a6d00}
svg text{font-size:11px;fill:#333}
)";

std::string page(const std::string& title, const std::string& body) {
  return fmt::format(
      "<!DOCTYPE html>\n<html lang=\"zh\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n"
      "<style>{}</style>\n</head>\n<body>\n{}</body>\n</html>\n",
      html_escape(title), kStyle, body);
}

/// Two bars, old (grey) and new (blue), on a shared scale.
std::string pair_bars(double a, double b) {
  double m = std::max(std::fabs(a), std::fabs(b));
  if (m == 0) m = 1;
  double wa = 90 * std::fabs(a) / m, wb = 90 * std::fabs(b) / m;
  return fmt::format(
      "<svg width=\"96\" height=\"18\" role=\"img\" aria-label=\"old and new\">"
      "<rect x=\"0\" y=\"1\" width=\"{:.1f}\" height=\"7\" fill=\"#aaa\"/>"
      "<rect x=\"0\" y=\"10\" width=\"{:.1f}\" height=\"7\" fill=\"#3b6fb6\"/></svg>",
      wa, wb);
}

/// Horizontal bars around zero, one per row: label, value, text shown.
struct Bar {
  std::string label;
  double value;
  std::string text;
};

std::string diverging_chart(const std::vector<Bar>& bars, const std::string& aria) {
  if (bars.empty()) return "";
  double m = 0;
  for (const Bar& b : bars) m = std::max(m, std::fabs(b.value));
  if (m == 0) m = 1;
  const int row = 20, label_w = 220, half = 180, text_w = 90;
  int width = label_w + 2 * half + text_w, height = row * static_cast<int>(bars.size()) + 10;
  std::string svg = fmt::format(
      "<svg class=\"chart\" width=\"{}\" height=\"{}\" viewBox=\"0 0 {} {}\" role=\"img\" aria-label=\"{}\">",
      width, height, width, height, html_escape(aria));
  int zero = label_w + half;
  svg += fmt::format("<line x1=\"{}\" y1=\"0\" x2=\"{}\" y2=\"{}\" stroke=\"#999\"/>", zero, zero, height);
  for (size_t i = 0; i < bars.size(); ++i) {
    const Bar& b = bars[i];
    int y = 5 + row * static_cast<int>(i);
    double w = half * std::fabs(b.value) / m;
    double x = b.value >= 0 ? zero : zero - w;
    svg += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>", label_w - 6, y + 13,
                       html_escape(clip(b.label, 16)));
    svg += fmt::format("<rect x=\"{:.1f}\" y=\"{}\" width=\"{:.1f}\" height=\"14\" fill=\"{}\"/>", x, y + 2,
                       std::max(w, 1.0), "#5b7083");  // one colour: up is not good nor down bad
    svg += fmt::format("<text x=\"{}\" y=\"{}\">{}</text>", label_w + 2 * half + 4, y + 13, html_escape(b.text));
  }
  return svg + "</svg>\n";
}

/// The time a figure covers: "years" for a span (a five-year total or
/// average), else "year"; paired figures share it (figures.cc pairs no others).
const char* figure_scope(const FigureDiff& f) {
  const bool years = f.pairing ? f.pairing->period == "years"
                               : diff_detail::period_scope(f.new_value ? *f.new_value : *f.old_value) == "years";
  return years ? "years" : "year";
}

/// The figures' groups, in the order a reader takes them: what was done in
/// the year, what was done over the years, what is planned for the year, for
/// the years. One chart never mixes a year's figure with a five-year one, nor
/// an outcome with a plan.
struct FigureGroup {
  PartKind part;
  const char* scope;
  const char* title;
};
constexpr FigureGroup kFigureGroups[] = {
    {PartKind::kReview, "year", "Review: one year"},
    {PartKind::kReview, "years", "Review: over several years (five-year totals, averages)"},
    {PartKind::kPlan, "year", "Plan: one year"},
    {PartKind::kPlan, "years", "Plan: over several years"},
    {PartKind::kOther, "year", "Other parts: one year"},
    {PartKind::kOther, "years", "Other parts: over several years"},
};

std::string figure_row(const FigureDiff& f) {
  std::string cls(figure_change_name(f.change));
  std::string old_s = f.old_value ? html_escape(f.old_value->surface) : "";
  std::string new_s = f.new_value ? html_escape(f.new_value->surface) : "";
  std::string delta, pct, bars;
  if (f.delta && f.change == FigureChange::kChanged) {
    bool is_pct = f.kind == "percent" || f.unit == "%";
    // An arrow, not a colour, says the direction: a rise is not always good news.
    delta = (*f.delta > 0 ? "▲ " : *f.delta < 0 ? "▼ " : "") + format_signed(*f.delta) + (is_pct ? " pp" : f.unit);
    if (f.percent) pct = (*f.percent > 0 ? "+" : "") + trim_number(*f.percent, 1) + "%";
    bars = pair_bars(f.old_value->value, f.new_value->value);
  }
  std::string dir = f.delta && *f.delta > 0 ? "up" : f.delta && *f.delta < 0 ? "down" : "";
  return fmt::format(
      "<tr class=\"figure {}\"><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td>"
      "<td class=\"num {}\">{}</td><td class=\"num {}\">{}</td><td>{}</td></tr>\n",
      cls, html_escape(f.indicator.empty() ? "(unnamed)" : f.indicator), part_kind_name(f.part), figure_scope(f),
      html_escape(f.unit),
      old_s, new_s, dir, html_escape(delta), dir, html_escape(pct), bars);
}

std::string figure_table(const std::vector<const FigureDiff*>& v) {
  std::string out =
      "<table class=\"figures\"><tr><th>indicator</th><th>part</th><th>period</th><th>unit</th><th>old</th><th>new</th>"
      "<th>change</th><th>%</th><th>old / new</th></tr>\n";
  for (const FigureDiff* f : v) out += figure_row(*f);
  return out + "</table>\n";
}

/// The first / last N code points of S, without an ellipsis.
std::string keep_head(std::string_view s, size_t n) {
  std::string h = render_detail::head(s, n);
  return h.size() >= 3 && h.compare(h.size() - 3, 3, "…") == 0 ? h.substr(0, h.size() - 3) : h;
}
std::string keep_tail(std::string_view s, size_t n) {
  std::string t = render_detail::tail(s, n);
  return t.compare(0, 3, "…") == 0 ? t.substr(3) : t;
}

std::string word_diff_html(const std::vector<WordEdit>& edits) {
  // Long unchanged stretches are cut to their ends: the changes are the point.
  constexpr size_t kKeep = 60;
  std::string out = "<div class=\"diff\">";
  for (size_t k = 0; k < edits.size(); ++k) {
    const WordEdit& e = edits[k];
    std::string t = html_escape(e.text);
    if (e.op == EditOp::kEqual) {
      size_t n = render_detail::code_points(e.text);
      bool first = k == 0, last = k + 1 == edits.size();
      if (n <= 3 * kKeep || edits.size() == 1) {
        out += t;
      } else {
        if (!first) out += html_escape(keep_head(e.text, kKeep));
        out += "<span class=\"muted\"> … </span>";
        if (!last) out += html_escape(keep_tail(e.text, kKeep));
      }
    }
    else if (e.op == EditOp::kDelete) out += "<del>" + t + "</del>";
    else out += "<ins>" + t + "</ins>";
  }
  return out + "</div>\n";
}

std::string side_label(const ReportSide& s) {
  std::string out = html_escape(s.path);
  if (std::string years = years_covered(s); !years.empty())
    out += fmt::format(" <span class=\"muted\">({})</span>", years);
  return out;
}

}  // namespace

namespace {

/// "2025年北京市政府工作报告 → 2026年北京市政府工作报告": the titles, with
/// the year and region put in front when a title lacks them (政府工作报告);
/// the file name when a report has no title.
std::string pair_name(const ReportDiff& d) {
  return report_name(d.old_report) + " → " + report_name(d.new_report);
}

}  // namespace

std::string render_diff_html(const ReportDiff& d, const DiffRenderOptions& o) {
  std::string b;
  b += fmt::format("<h1>{}</h1>\n", html_escape(pair_name(d)));
  b += fmt::format("<p class=\"paths\">old: {}<br>new: {}</p>\n", side_label(d.old_report), side_label(d.new_report));

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

  b += "<section id=\"summary\"><h2>Summary</h2>\n";
  b += fmt::format("<p id=\"verdict\">{}</p>\n", d.has_differences() ? "The reports differ." : "No differences.");
  b += "<ul class=\"cards\">\n";
  auto card = [&b](const char* id, int n, const std::string& what) {
    b += fmt::format("<li id=\"card-{}\"><b>{}</b>{}</li>\n", id, n, html_escape(what));
  };
  card("sections-matched", sc[SectionChange::kMatched], "sections matched");
  card("sections-text", text_changed, "with text changes");
  card("sections-moved", sc[SectionChange::kMoved], "moved");
  card("sections-added", sc[SectionChange::kAdded] + sc[SectionChange::kSplit], "added or split");
  card("sections-removed", sc[SectionChange::kRemoved] + sc[SectionChange::kMerged], "removed or merged");
  card("figures-changed", fc[FigureChange::kChanged], "figures changed");
  card("figures-added", fc[FigureChange::kAdded], "new figures");
  card("figures-dropped", fc[FigureChange::kDropped], "dropped figures");
  card("figures-restated", fc[FigureChange::kRestated], "restated (rounded)");
  card("targets-met", tc[TargetStatus::kMet], "targets met");
  card("targets-missed", tc[TargetStatus::kMissed], "targets missed");
  card("targets-open", tc[TargetStatus::kNotReported] + tc[TargetStatus::kPending], "targets not reported or pending");
  card("keywords", static_cast<int>(d.rising.size() + d.falling.size()), "keyword shifts");
  b += "</ul></section>\n";

  if (!d.metadata.empty()) {
    b += "<section id=\"metadata\"><h2>Metadata</h2><table><tr><th>field</th><th>old</th><th>new</th></tr>\n";
    for (const auto& m : d.metadata)
      b += fmt::format("<tr><td>{}</td><td>{}</td><td>{}</td></tr>\n", m.field,
                       html_escape(m.old_value.value_or("—")), html_escape(m.new_value.value_or("—")));
    b += "</table></section>\n";
  }

  std::vector<const FigureDiff*> changed, added, dropped, restated, unchanged;
  for (const auto& f : d.figures) {
    switch (f.change) {
      case FigureChange::kChanged: changed.push_back(&f); break;
      case FigureChange::kAdded: added.push_back(&f); break;
      case FigureChange::kDropped: dropped.push_back(&f); break;
      case FigureChange::kRestated: restated.push_back(&f); break;
      case FigureChange::kUnchanged: unchanged.push_back(&f); break;
    }
  }
  b += "<section id=\"figures\"><h2>Changed figures</h2>\n";
  if (changed.empty()) {
    b += "<p>No figure changed value.</p>\n";
  }
  for (const FigureGroup& g : kFigureGroups) {
    std::vector<const FigureDiff*> group;
    for (const FigureDiff* f : changed)
      if (f->part == g.part && std::string_view(figure_scope(*f)) == g.scope) group.push_back(f);
    if (group.empty()) continue;
    b += fmt::format("<section class=\"figure-group\" id=\"figures-{}-{}\"><h3>{} ({})</h3>\n", part_kind_name(g.part),
                     g.scope, g.title, group.size());
    // Rates move in percentage points, counts and amounts in percent: two scales.
    std::vector<Bar> rates, amounts;
    for (const FigureDiff* f : group) {
      bool is_pct = f->kind == "percent" || f->unit == "%";
      if (is_pct && f->delta) rates.push_back({f->indicator, *f->delta, format_signed(*f->delta) + " pp"});
      else if (f->percent)
        amounts.push_back({f->indicator, *f->percent, fmt::format("{}{}%", *f->percent > 0 ? "+" : "", trim_number(*f->percent, 1))});
    }
    if (amounts.size() > 40) amounts.resize(40);
    if (rates.size() > 40) rates.resize(40);
    if (!amounts.empty()) {
      b += "<h4>Counts and amounts: change in percent</h4>\n";
      b += diverging_chart(amounts, fmt::format("{}: percent change of each count or amount", g.title));
    }
    if (!rates.empty()) {
      b += "<h4>Rates: change in percentage points</h4>\n";
      b += diverging_chart(rates, fmt::format("{}: change of each rate in percentage points", g.title));
    }
    b += figure_table(group);
    b += "</section>\n";
  }
  auto details = [&b](const char* id, const std::string& title, const std::vector<const FigureDiff*>& v) {
    if (v.empty()) return;
    b += fmt::format("<details id=\"{}\"><summary>{} ({})</summary>\n", id, html_escape(title), v.size());
    b += figure_table(v);
    b += "</details>\n";
  };
  details("figures-new", "New figures", added);
  details("figures-dropped", "Dropped figures", dropped);
  details("figures-restated", "Restated figures (rounded; not a change)", restated);
  if (o.show_unchanged) details("figures-unchanged", "Unchanged figures", unchanged);
  b += "</section>\n";

  if (!d.targets.empty()) {
    std::string year = d.targets.front().year ? std::to_string(*d.targets.front().year) : "?";
    b += fmt::format("<section id=\"targets\"><h2>Targets for {}: plan against outcome</h2>\n", year);
    b += "<table><tr><th>status</th><th>target</th><th>set as</th><th>outcome</th></tr>\n";
    for (const auto& t : d.targets) {
      std::string st(target_status_name(t.status));
      b += fmt::format("<tr class=\"target\"><td class=\"status-{}\">{}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n", st,
                       st, html_escape(t.target.indicator), html_escape(t.target.surface),
                       t.outcome ? html_escape(t.outcome->surface + "（" + t.outcome->indicator + "）") : "");
    }
    b += "</table></section>\n";
  }

  b += "<section id=\"sections\"><h2>Sections</h2>\n<table><tr><th>change</th><th>old</th><th>new</th>"
       "<th>heading sim.</th><th>content sim.</th></tr>\n";
  for (const auto& s : d.sections) {
    std::string change(section_change_name(s.change));
    if (s.change == SectionChange::kMatched && s.text_changed) change = "matched, text changed";
    std::string old_name = s.old_section ? section_title(*s.old_section) : "";
    std::string new_name = s.new_section ? section_title(*s.new_section) : "";
    if (s.related) (s.old_section ? new_name : old_name) = "(" + section_title(*s.related) + ")";
    b += fmt::format(
        "<tr class=\"section {}\"><td>{}</td><td>{}</td><td>{}</td><td class=\"num\">{:.2f}</td><td "
        "class=\"num\">{:.2f}</td></tr>\n",
        section_change_name(s.change), html_escape(change), html_escape(old_name), html_escape(new_name),
        s.heading_similarity, s.content_similarity);
  }
  b += "</table></section>\n";

  auto set_section = [&b](const char* id, const char* title, const SetDiff& s) {
    if (s.added.empty() && s.dropped.empty() && s.kept.empty()) return;
    b += fmt::format("<section id=\"{}\"><h2>{}: {} added, {} dropped, {} kept</h2>\n", id, title, s.added.size(),
                     s.dropped.size(), s.kept.size());
    auto list = [&b](const char* cls, const std::vector<SetItem>& v, bool use_new) {
      if (v.empty()) return;
      b += fmt::format("<p class=\"{}\">", cls);
      for (size_t i = 0; i < v.size(); ++i)
        b += fmt::format("{}{} <span class=\"muted\">×{}</span>", i ? "　" : "", html_escape(v[i].text),
                         use_new ? v[i].new_count : v[i].old_count);
      b += "</p>\n";
    };
    list("up", s.added, true);
    list("down", s.dropped, false);
    list("muted", s.kept, true);
    b += "</section>\n";
  };
  set_section("formulations", "Formulations", d.formulations);
  set_section("glossary", "Glossary", d.glossary);

  if (!d.rising.empty() || !d.falling.empty()) {
    b += "<section id=\"keywords\"><h2>Keyword shifts</h2>\n";
    b += "<p class=\"muted\">Log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi &amp; Quinn 2008); "
         "bars are z-scores, counts old → new.</p>\n";
    std::vector<Bar> bars;
    for (const auto& k : d.rising) bars.push_back({k.word, k.z, fmt::format("{}→{}", k.old_count, k.new_count)});
    for (const auto& k : d.falling) bars.push_back({k.word, k.z, fmt::format("{}→{}", k.old_count, k.new_count)});
    b += diverging_chart(bars, "keyword z-scores");
    b += "</section>\n";
  }

  b += "<section id=\"text\"><h2>Aligned text</h2>\n";
  size_t shown = 0, total = 0;
  for (const auto& s : d.sections) {
    if (!s.text_changed || !s.new_section || !s.old_section) continue;
    ++total;
    if (shown >= o.max_section_diffs) continue;
    ++shown;
    b += fmt::format("<details class=\"section-diff\"{}><summary>{} ⇐ {} <span class=\"muted\">(content {:.2f})</span></summary>\n",
                     shown <= 3 ? " open" : "", html_escape(section_title(*s.new_section)),
                     html_escape(section_title(*s.old_section)), s.content_similarity);
    b += word_diff_html(s.edits);
    b += "</details>\n";
  }
  if (total == 0) b += "<p>No aligned section changed its text.</p>\n";
  if (total > shown) b += fmt::format("<p class=\"muted\">{} more sections changed (see the JSON output).</p>\n", total - shown);
  b += "</section>\n";
  return page(pair_name(d) + " — cppcc-diff", b);
}

namespace {

std::string sparkline(const SeriesRow& r) {
  const int w = 160, h = 36, pad = 4;
  std::vector<std::pair<size_t, double>> pts;
  for (size_t i = 0; i < r.cells.size(); ++i)
    if (r.cells[i]) pts.push_back({i, r.cells[i]->value});
  if (pts.empty()) return "";
  double lo = pts[0].second, hi = pts[0].second;
  for (auto& p : pts) {
    lo = std::min(lo, p.second);
    hi = std::max(hi, p.second);
  }
  if (hi == lo) {
    hi += 1;
    lo -= 1;
  }
  size_t n = std::max<size_t>(r.cells.size(), 2);
  auto x = [&](size_t i) { return pad + (w - 2 * pad) * static_cast<double>(i) / static_cast<double>(n - 1); };
  auto y = [&](double v) { return h - pad - (h - 2 * pad) * (v - lo) / (hi - lo); };
  std::string poly;
  for (auto& p : pts) poly += fmt::format("{:.1f},{:.1f} ", x(p.first), y(p.second));
  std::string svg = fmt::format("<svg class=\"spark\" width=\"{}\" height=\"{}\" role=\"img\" aria-label=\"{}\">", w, h,
                                html_escape(r.indicator));
  svg += fmt::format("<polyline points=\"{}\" fill=\"none\" stroke=\"#3b6fb6\" stroke-width=\"1.5\"/>", poly);
  for (auto& p : pts)
    svg += fmt::format("<circle cx=\"{:.1f}\" cy=\"{:.1f}\" r=\"2.5\" fill=\"#3b6fb6\"/>", x(p.first), y(p.second));
  return svg + "</svg>";
}

}  // namespace

std::string render_series_html(const Series& s) {
  std::string b = "<h1>cppcc-diff: series</h1>\n<ol class=\"paths\">\n";
  for (const auto& p : s.paths) b += "<li>" + html_escape(p) + "</li>\n";
  b += "</ol>\n<section id=\"series\"><h2>Indicators by year</h2>\n";
  if (s.rows.empty()) b += "<p>No indicator appears in two or more years.</p>\n";
  b += "<table><tr><th>indicator</th><th>type</th><th>unit</th>";
  for (int y : s.years) b += fmt::format("<th>{}</th>", y);
  b += "<th>trend</th></tr>\n";
  for (const SeriesRow& r : s.rows) {
    b += fmt::format("<tr class=\"series-row\"><td>{}</td><td>{}</td><td>{}</td>", html_escape(r.indicator),
                     r.target ? "target" : "actual", html_escape(r.unit));
    for (const auto& c : r.cells)
      b += fmt::format("<td class=\"num\"{}>{}</td>", c ? " title=\"" + html_escape(c->surface) + "\"" : "",
                       c ? html_escape(format_quantity_value(*c)) : "");
    b += "<td>" + sparkline(r) + "</td></tr>\n";
  }
  b += "</table></section>\n";
  return page("cppcc-diff series", b);
}

}  // namespace cppcc
