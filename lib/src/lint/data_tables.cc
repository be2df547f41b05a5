#include "lint/data_tables.h"

#include "cppcc/data.h"
#include "lint/scan.h"

namespace cppcc::linter {

std::vector<std::vector<std::string>> read_tsv(std::string_view name) {
  std::vector<std::vector<std::string>> rows;
  auto data = embedded_data(name);
  if (!data) return rows;
  std::string_view t = *data;
  size_t pos = 0;
  while (pos < t.size()) {
    size_t nl = t.find('\n', pos);
    if (nl == std::string_view::npos) nl = t.size();
    std::string_view line = t.substr(pos, nl - pos);
    pos = nl + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> cols;
    size_t c = 0;
    while (true) {
      size_t tab = line.find('\t', c);
      cols.emplace_back(line.substr(c, tab == std::string_view::npos ? std::string_view::npos : tab - c));
      if (tab == std::string_view::npos) break;
      c = tab + 1;
    }
    rows.push_back(std::move(cols));
  }
  return rows;
}

namespace {
/// "2023-03" → 202303; "" → 0.
int month_of(const std::string& s) {
  if (s.size() < 7 || s == "-") return 0;
  return std::stoi(s.substr(0, 4)) * 100 + std::stoi(s.substr(5, 2));
}
}  // namespace

const std::vector<FormulationRule>& formulation_rules() {
  static const std::vector<FormulationRule> rules = [] {
    std::vector<FormulationRule> out;
    for (auto& r : read_tsv("rules/formulations.tsv")) {
      if (r.size() < 5 || r[0] == "wrong") continue;
      out.push_back({r[0], r[1], month_of(r[2]), month_of(r[3]), r[4] == "yes", r.size() > 5 ? r[5] : ""});
    }
    return out;
  }();
  return rules;
}

const std::vector<SloganRule>& slogan_rules() {
  static const std::vector<SloganRule> rules = [] {
    std::vector<SloganRule> out;
    for (auto& r : read_tsv("rules/quoted_slogans.tsv")) {
      if (r.size() < 2 || r[0] == "slogan") continue;
      out.push_back({r[0], r[1] == "quote"});
    }
    return out;
  }();
  return rules;
}

const std::unordered_map<char32_t, char32_t>& traditional_to_simplified() {
  static const std::unordered_map<char32_t, char32_t> map = [] {
    std::unordered_map<char32_t, char32_t> m;
    for (auto& r : read_tsv("rules/traditional_simplified.tsv")) {
      if (r.size() < 2) continue;
      const std::u32string t = to_u32(r[0]), s = to_u32(r[1]);
      if (t.size() == 1 && s.size() == 1) m[t[0]] = s[0];
    }
    return m;
  }();
  return map;
}

const std::unordered_map<char32_t, char32_t>& simplified_to_traditional() {
  static const std::unordered_map<char32_t, char32_t> map = [] {
    std::unordered_map<char32_t, char32_t> m;
    std::unordered_map<char32_t, int> count;
    for (auto [t, s] : traditional_to_simplified()) ++count[s];
    // Only simplified forms with one traditional form can be converted back with certainty.
    for (auto [t, s] : traditional_to_simplified()) m[s] = count[s] == 1 ? t : 0;
    return m;
  }();
  return map;
}

const std::vector<CanonicalFormulation>& canonical_formulations() {
  static const std::vector<CanonicalFormulation> list = [] {
    std::vector<CanonicalFormulation> out;
    for (const auto& row : read_tsv("rules/canonical_formulations.txt")) {
      CanonicalFormulation f;
      for (const CodePoint& c : decode_all(row[0])) f.text.push_back(c.cp);
      f.takes_de = row.size() > 1 && row[1] == "的";
      if (f.text.size() >= 7) out.push_back(std::move(f));
    }
    return out;
  }();
  return list;
}

const std::vector<std::u32string>& unit_surfaces() {
  static const std::vector<std::u32string> units = [] {
    std::vector<std::u32string> out;
    for (const auto& r : read_tsv("units.tsv"))
      if (!r.empty() && !r[0].empty()) out.push_back(to_u32(r[0]));
    return out;
  }();
  return units;
}

}  // namespace cppcc::linter
