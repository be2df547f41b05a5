#include "lint/data_tables.h"

#include <algorithm>

#include <cstdlib>

#include "cppcc/data.h"
#include "cppcc/numeral.h"
#include "lint/scan.h"
#include "text/script.h"

namespace cppcc::linter {

std::vector<std::vector<std::string>> read_tsv(std::string_view name) { return embedded_tsv(name); }

namespace {
/// "2023-03" → 202303; "" → 0.
int month_of(const std::string& s) {
  if (s.size() < 7 || s == "-") return 0;
  return std::stoi(s.substr(0, 4)) * 100 + std::stoi(s.substr(5, 2));
}
}  // namespace

const std::vector<QualifierWord>& qualifier_words() {
  static const std::vector<QualifierWord> words = [] {
    std::vector<QualifierWord> out;
    for (auto& r : read_tsv("quantity/qualifiers.tsv"))
      if (r.size() >= 3) out.push_back({r[0], r[1], r[2]});
    std::stable_sort(out.begin(), out.end(),
                     [](const QualifierWord& a, const QualifierWord& b) { return a.word.size() > b.word.size(); });
    return out;
  }();
  return words;
}

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

namespace {
const std::vector<std::vector<std::string>>& formulation_table() {
  static const auto rows = [] {
    auto all = read_tsv("rules/formulation_table.tsv");
    std::erase_if(all, [](const auto& r) { return r.size() < 2 || r[0] == "formulation"; });
    return all;
  }();
  return rows;
}
}  // namespace

const std::vector<NumberedFormulation>& numbered_formulations() {
  static const std::vector<NumberedFormulation> rows = [] {
    std::vector<NumberedFormulation> out;
    for (const auto& r : formulation_table()) {
      if (r[1] == "-") continue;
      const std::u32string f = to_u32(r[0]);
      size_t h = 0;  // the count may follow a head (中央八项规定)
      while (h < f.size() && !is_chinese_numeral(f[h])) ++h;
      size_t n = h;
      while (n < f.size() && is_chinese_numeral(f[n])) ++n;
      const auto count = small_numeral(to_utf8(f.substr(h, n - h)));
      // A row whose numeral is not its count (十四五) has no fixed count to check.
      if (!count || *count != std::atoi(r[1].c_str()) || n == f.size()) continue;
      out.push_back({to_utf8(f.substr(h, n - h)), to_utf8(f.substr(n)), *count, to_utf8(f.substr(0, h))});
    }
    return out;
  }();
  return rows;
}

bool is_listed_formulation(std::string_view text) {
  for (const auto& r : formulation_table())
    if (r[0] == text) return true;
  return false;
}

namespace {
InstitutionForm institution_form(std::string_view written) {
  const std::u32string w = to_u32(written);
  const size_t x = w.find(U'X');
  if (x == std::u32string::npos) return {w, U"", false, std::string(written)};
  return {w.substr(0, x), w.substr(x + 1), true, std::string(written)};
}
}  // namespace

const std::vector<InstitutionForm>& institution_forms() {
  static const std::vector<InstitutionForm> forms = [] {
    std::vector<InstitutionForm> out;
    for (const auto& r : read_tsv("rules/institutions.tsv"))
      if (r.size() >= 2 && r[0] != "form") out.push_back(institution_form(r[0]));
    return out;
  }();
  return forms;
}

// The rule of scripts/lint/check_rule_data.py's garbles(), whose corpus run
// measured it: four-character short forms are only swapped (dropping from 中共中央
// gives the 中中央 of 其中中央), and only full names of six or more are cut
// (人民政协 → 人民政 is in 人民政府).
const std::vector<InstitutionGarble>& institution_garbles() {
  static const std::vector<InstitutionGarble> garbles = [] {
    std::vector<InstitutionGarble> out;
    for (const auto& r : read_tsv("rules/institutions.tsv")) {
      if (r.size() < 2 || r[0] == "form") continue;
      const InstitutionForm f = institution_form(r[0]);
      const size_t length = f.before.size() + f.after.size();
      if (length < 4) continue;
      const std::u32string* parts[2] = {&f.before, &f.after};
      const size_t nparts = f.place ? 2 : 1;
      auto add = [&](size_t which, std::u32string part, char32_t not_followed_by, char32_t not_preceded_by = 0) {
        InstitutionForm g = f;
        (which == 0 ? g.before : g.after) = std::move(part);
        g.written.clear();
        for (const auto& o : out)
          if (o.garbled.before == g.before && o.garbled.after == g.after && o.garbled.place == g.place) return;
        out.push_back({std::move(g), not_followed_by, r[0], not_preceded_by});
      };
      for (size_t i = 0; i < nparts; ++i) {
        const std::u32string& part = *parts[i];
        for (size_t j = 0; j + 1 < part.size(); ++j) {
          if (part[j] == part[j + 1]) continue;
          std::u32string swapped = part;
          std::swap(swapped[j], swapped[j + 1]);
          add(i, swapped, 0);
        }
        for (size_t j = 0; j < part.size(); ++j) {
          const bool inner = !(i == 0 && j == 0) && !(i == nparts - 1 && j == part.size() - 1);
          if (inner && part.size() >= 3 && length >= 5) add(i, part.substr(0, j) + part.substr(j + 1), 0);
        }
      }
      const std::u32string& last = *parts[nparts - 1];
      if (!last.empty() && r[1] == "=" && length >= 6) add(nparts - 1, last.substr(0, last.size() - 1), last.back());
      // The table's cut word dropped whole (中国人民政治协商会议 → 中国人民政治协商).
      const std::u32string cut = r.size() > 3 && r[3] != "-" ? to_u32(r[3]) : std::u32string();
      if (!cut.empty() && last.size() > cut.size() && last.compare(last.size() - cut.size(), cut.size(), cut) == 0)
        add(nparts - 1, last.substr(0, last.size() - cut.size()), cut.front());
      // The table's head word dropped whole (中国人民政治协商会议 → 人民政治协商会议).
      const std::u32string head = r.size() > 4 && r[4] != "-" ? to_u32(r[4]) : std::u32string();
      const std::u32string& first = *parts[0];
      if (!head.empty() && first.size() > head.size() && first.compare(0, head.size(), head) == 0)
        add(0, first.substr(head.size()), 0, head.back());
    }
    return out;
  }();
  return garbles;
}

const std::vector<LeaderTitle>& leader_titles() {
  static const std::vector<LeaderTitle> titles = [] {
    std::vector<LeaderTitle> out;
    for (const auto& r : read_tsv("rules/leader_titles.tsv")) {
      if (r.size() < 5 || r[0] == "form") continue;
      LeaderTitle t{r[0], {}};
      for (std::string_view rest = r[4]; !rest.empty() && rest != "-";) {
        const size_t bar = rest.find('|');
        t.shortened.emplace_back(rest.substr(0, bar));
        rest = bar == std::string_view::npos ? std::string_view() : rest.substr(bar + 1);
      }
      out.push_back(std::move(t));
    }
    return out;
  }();
  return titles;
}

bool Confusable::excused(std::string_view s, size_t k) const {
  for (const std::string& u : unless) {
    const size_t at = u.find(wrong);
    if (at != std::string::npos && k >= at && s.substr(k - at, u.size()) == u) return true;
  }
  return false;
}

const std::vector<Confusable>& confusables() {
  static const std::vector<Confusable> rows = [] {
    std::vector<Confusable> out;
    for (const auto& r : read_tsv("rules/confusables.tsv"))
      if (r.size() >= 2 && r[0] != "wrong") {
        Confusable c{r[0], r[1], {}};
        for (std::string_view rest = r.size() > 4 && r[4] != "-" ? std::string_view(r[4]) : std::string_view();
             !rest.empty();) {
          const size_t bar = rest.find('|');
          c.unless.emplace_back(rest.substr(0, bar));
          rest = bar == std::string_view::npos ? std::string_view() : rest.substr(bar + 1);
        }
        out.push_back(std::move(c));
      }
    return out;
  }();
  return rows;
}

const std::vector<NationalOrdinal>& national_ordinals() {
  static const std::vector<NationalOrdinal> rows = [] {
    static constexpr std::pair<std::string_view, OrdinalKind> kKinds[] = {
        {"cpc-congress", OrdinalKind::kCongress},  {"cpc-plenum", OrdinalKind::kPlenum},
        {"npc-term", OrdinalKind::kNpcTerm},       {"npc-session", OrdinalKind::kNpcSession},
        {"cppcc-term", OrdinalKind::kCppccTerm},   {"cppcc-session", OrdinalKind::kCppccSession}};
    std::vector<NationalOrdinal> out;
    for (const auto& r : read_tsv("rules/ordinals.tsv")) {
      if (r.size() < 5 || r[0] == "kind") continue;
      for (auto [name, kind] : kKinds)
        if (r[0] == name)
          out.push_back({kind, std::atoi(r[1].c_str()), r[2] == "-" ? 0 : std::atoi(r[2].c_str()), month_of(r[3]),
                         month_of(r[4])});
    }
    return out;
  }();
  return rows;
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

const std::unordered_map<char32_t, char32_t>& traditional_to_simplified() { return text::traditional_to_simplified(); }

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
