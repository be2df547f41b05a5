// Quantities as CSV: RFC 4180 quoting, CRLF rows, optional UTF-8 BOM.
#include "cppcc/quantity_csv.h"

#include <cmath>
#include <cstdint>

#include <fmt/format.h>

namespace cppcc {

namespace {

std::string_view part_label(PartKind k) {
  switch (k) {
    case PartKind::kReview: return "review";
    case PartKind::kPlan: return "plan";
    case PartKind::kOther: return "other";
  }
  return "other";
}

/// 1460000000, not 1.46e+09: whole values print as integers.
std::string number_text(double v) {
  if (!std::isfinite(v)) return "";
  if (v == std::floor(v) && std::fabs(v) < 1e15) return fmt::format("{}", static_cast<int64_t>(v));
  return fmt::format("{}", v);
}

}  // namespace

std::string csv_number(double v, const std::optional<Decimal>& exact) {
  return exact ? exact->to_string() : number_text(v);
}

std::string csv_field(std::string_view text) {
  bool quote = text.find_first_of(",\"\r\n") != std::string_view::npos ||
               (!text.empty() && (text.front() == ' ' || text.back() == ' '));
  if (!quote) return std::string(text);
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

std::string quantity_csv_columns() {
  return "file,part,section,line,column,surface,value,unit,qualifier,kind,indicator,is_target,status,"
         // Report columns, so a CSV of many reports needs no join; after the
         // quantity columns, so scripts that index columns keep working.
         "review_year,plan_year,region,level,genre,"
         // Added later, so at the end: the figure's period and stated change.
         "period_from,period_to,period_kind,change_base,change_direction,change_measure,"
         // The report's proposal kind (work | review; empty for other genres).
         "proposal_kind";
}

std::string render_quantity_csv(const Report& report, const QuantityCsvOptions& options) {
  std::string out;
  if (options.bom) out += "\xEF\xBB\xBF";
  if (options.header) out += quantity_csv_columns() + "\r\n";
  const std::string file = csv_field(report.source.path);
  const Metadata& m = report.metadata;
  std::string report_cells;  // appended piece by piece: `"," + ...` trips a GCC 12 -Wrestrict false positive
  for (const std::string& cell : {m.review_year ? std::to_string(*m.review_year) : std::string(),
                                  m.plan_year ? std::to_string(*m.plan_year) : std::string(),
                                  csv_field(m.region.value_or("")),
                                  m.level ? std::string(level_name(*m.level)) : std::string(),
                                  std::string(genre_name(m.genre))}) {
    report_cells += ',';
    report_cells += cell;
  }
  for (const Quantity& q : report.quantities) {
    out += file;
    out += ',';
    out += part_label(q.part);
    out += ',';
    if (q.section) out += std::to_string(*q.section);
    out += ',';
    out += std::to_string(q.span.line);
    out += ',';
    out += std::to_string(q.span.column);
    out += ',';
    out += csv_field(q.surface);
    out += ',';
    out += csv_number(q.value, q.exact);
    out += ',';
    out += csv_field(q.unit);
    out += ',';
    out += csv_field(q.qualifier.value_or(""));
    out += ',';
    out += csv_field(q.kind);
    out += ',';
    out += csv_field(q.indicator);
    out += ',';
    out += q.is_target ? "true" : "false";
    out += ',';
    out += q.status;
    out += report_cells;
    out += ',';
    if (q.period && q.period->from) out += std::to_string(*q.period->from);
    out += ',';
    if (q.period && q.period->to) out += std::to_string(*q.period->to);
    out += ',';
    if (q.period) out += q.period->kind;
    out += ',';
    if (q.change) out += csv_field(q.change->base);
    out += ',';
    if (q.change) out += q.change->direction;
    out += ',';
    if (q.change) out += q.change->measure;
    out += ',';
    if (m.proposal_kind) out += proposal_kind_name(*m.proposal_kind);
    out += "\r\n";
  }
  return out;
}

}  // namespace cppcc
