// A series of reports as a table of indicators by year: text and CSV.
#include <algorithm>

#include <fmt/format.h>

#include "cppcc/diff_render.h"
#include "cppcc/quantity_csv.h"
#include "render/diff_render_util.h"

namespace cppcc {

namespace {

std::string pad(const std::string& s, size_t width) {
  size_t w = render_detail::display_width(s);
  return s + std::string(w < width ? width - w : 1, ' ');
}

}  // namespace

std::string render_series_text(const Series& s) {
  std::string out = "Reports:\n";
  for (const auto& p : s.paths) out += "  " + p + "\n";
  if (s.rows.empty()) return out + "No indicator appears in two or more years.\n";
  size_t name_w = 10;
  for (const SeriesRow& r : s.rows) name_w = std::max(name_w, render_detail::display_width(r.indicator) + 10);
  name_w = std::min<size_t>(name_w, 44);
  out += '\n';
  out += pad("indicator", name_w);
  for (int y : s.years) out += pad(std::to_string(y), 12);
  out += "\n";
  for (const SeriesRow& r : s.rows) {
    std::string name = render_detail::clip(r.indicator, 16) + (r.target ? " [target]" : " [actual]");
    out += pad(name, name_w);
    for (const auto& c : r.cells) out += pad(c ? format_quantity_value(*c) : "·", 12);
    out += "\n";
  }
  return out;
}

namespace {

/// The time a figure covers, as the long CSV writes it: 2025, 2021-2025, a
/// level at the end of 2024 as 2024, a run since 2013 as 2013-; the column's
/// year when the report does not say.
std::string period_text(const Quantity& q, int year) {
  if (!q.period) return std::to_string(year);
  const Period& p = *q.period;
  if (p.from && p.to && *p.from != *p.to) return fmt::format("{}-{}", *p.from, *p.to);
  if (p.to) return std::to_string(*p.to);
  if (p.from) return p.kind == "since" ? fmt::format("{}-", *p.from) : std::to_string(*p.from);
  return std::to_string(year);
}

std::string long_csv(const Series& s) {
  std::string out =
      "report,year,region,genre,indicator,kind,period,value,value_max,unit,qualifier,is_target,status,file,line\r\n";
  for (const SeriesRow& r : s.rows) {
    for (size_t k = 0; k < r.cells.size(); ++k) {
      if (!r.cells[k]) continue;
      const Quantity& q = *r.cells[k];
      const int source = k < r.sources.size() ? r.sources[k] : -1;
      const ReportSide* side = source >= 0 && static_cast<size_t>(source) < s.reports.size() ? &s.reports[source] : nullptr;
      const int year = s.years[k];
      for (const std::string& cell :
           {side ? csv_field(report_name(*side)) : std::string(), std::to_string(year),
            side ? csv_field(side->region.value_or("")) : std::string(), side ? side->genre : std::string(),
            csv_field(r.indicator), csv_field(q.kind), period_text(q, year), csv_number(q.value, q.exact),
            q.value_max ? csv_number(*q.value_max, q.exact_max) : std::string(), csv_field(q.unit),
            csv_field(q.qualifier.value_or("")), std::string(r.target ? "true" : "false"), csv_field(q.status),
            side ? csv_field(side->path) : std::string(), std::to_string(q.span.line)}) {
        out += cell;
        out += ',';
      }
      out.back() = '\r';
      out += '\n';
    }
  }
  return out;
}

/// The pivot: indicator,type,unit,kind, then one numeric column per year (a
/// range's lower end), and YEAR_max for a range's upper end in the years that
/// have one.
std::string wide_csv(const Series& s) {
  std::vector<bool> has_max(s.years.size(), false);
  for (const SeriesRow& r : s.rows)
    for (size_t k = 0; k < r.cells.size(); ++k) has_max[k] = has_max[k] || (r.cells[k] && r.cells[k]->value_max);
  std::string out = "indicator,type,unit,kind";
  for (size_t k = 0; k < s.years.size(); ++k) {
    out += fmt::format(",{}", s.years[k]);
    if (has_max[k]) out += fmt::format(",{}_max", s.years[k]);
  }
  out += "\r\n";
  for (const SeriesRow& r : s.rows) {
    out += csv_field(r.indicator) + "," + (r.target ? "target" : "outcome") + "," + csv_field(r.unit) + "," +
           csv_field(r.kind);
    for (size_t k = 0; k < r.cells.size(); ++k) {
      const auto& c = r.cells[k];
      out += ",";
      if (c) out += csv_number(c->value, c->exact);
      if (!has_max[k]) continue;
      out += ",";
      if (c && c->value_max) out += csv_number(*c->value_max, c->exact_max);
    }
    out += "\r\n";
  }
  return out;
}

}  // namespace

std::string render_series_csv(const Series& s, const SeriesCsvOptions& options) {
  return (options.bom ? std::string("\xEF\xBB\xBF") : std::string()) + (options.wide ? wide_csv(s) : long_csv(s));
}

}  // namespace cppcc
