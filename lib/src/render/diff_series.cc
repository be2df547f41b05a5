// A series of reports as a table of indicators by year: text and CSV.
#include <algorithm>

#include <fmt/format.h>

#include "cppcc/diff_render.h"
#include "render/diff_render_util.h"

namespace cppcc {

namespace {

std::string csv_field(const std::string& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

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

std::string render_series_csv(const Series& s) {
  std::string out = "indicator,type,unit,kind";
  for (int y : s.years) out += fmt::format(",{}", y);
  out += "\n";
  for (const SeriesRow& r : s.rows) {
    out += csv_field(r.indicator) + "," + (r.target ? "target" : "outcome") + "," + csv_field(r.unit) + "," +
           csv_field(r.kind);
    for (const auto& c : r.cells) {
      out += ",";
      if (!c) continue;
      out += render_detail::trim_number(c->value, 6);
      if (c->value_max) {
        out += '~';
        out += render_detail::trim_number(*c->value_max, 6);
      }
    }
    out += "\n";
  }
  return out;
}

}  // namespace cppcc
