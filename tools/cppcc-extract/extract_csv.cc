#include "extract_csv.h"

#include <cmath>

#include <fmt/format.h>

namespace cppcc_extract {

namespace {

std::string field(const std::string& s) {
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string number(double v) {
  if (std::floor(v) == v && std::fabs(v) < 9e15) return fmt::format("{}", static_cast<long long>(v));
  return fmt::format("{}", v);
}

}  // namespace

std::string quantities_csv_header() {
  return "path,surface,value,value_max,unit,qualifier,kind,indicator,part,is_target,section,line,column,offset,"
         "length\r\n";
}

std::string quantities_csv_rows(const cppcc::Report& r) {
  std::string out;
  for (const auto& q : r.quantities) {
    out += fmt::format("{},{},{},{},{},{},{},{},{},{},{},{},{},{},{}\r\n", field(r.source.path), field(q.surface),
                       number(q.value), q.value_max ? number(*q.value_max) : "", field(q.unit),
                       field(q.qualifier.value_or("")), field(q.kind), field(q.indicator),
                       cppcc::part_kind_name(q.part), q.is_target ? "true" : "false",
                       q.section ? std::to_string(*q.section) : "", q.span.line, q.span.column, q.span.offset,
                       q.span.length);
  }
  return out;
}

}  // namespace cppcc_extract
