// Loads the quantity word lists from the embedded data files.
#include "quantity/lexicon.h"

#include "cppcc/text.h"

#include <algorithm>

#include "cppcc/data.h"
#include "quantity/numeral.h"

namespace cppcc::quantity {

namespace {

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (true) {
    size_t k = s.find(sep, start);
    out.push_back(s.substr(start, k == std::string_view::npos ? std::string_view::npos : k - start));
    if (k == std::string_view::npos) break;
    start = k + 1;
  }
  return out;
}

/// Data lines without comments, blank lines and CR; calls F(fields, line number).
template <class F>
Status for_each_row(std::string_view name, F f) {
  auto text = embedded_data(name);
  if (!text) return make_error(ErrorCode::kData, "missing data file data/" + std::string(name));
  size_t line_no = 0;
  for (std::string_view line : split(*text, '\n')) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    Status st = f(split(line, '\t'), line_no);
    if (!st) return st;
  }
  return Ok{};
}

Error bad_row(std::string_view name, size_t line, std::string_view why) {
  return make_error(ErrorCode::kData,
                    "data/" + std::string(name) + ":" + std::to_string(line) + ": " + std::string(why));
}


template <class T, class Key>
void longest_first(std::vector<T>& v, Key key) {
  std::stable_sort(v.begin(), v.end(), [&](const T& a, const T& b) { return key(a).size() > key(b).size(); });
}

bool starts_at(std::string_view s, size_t pos, std::string_view w) {
  return pos <= s.size() && s.substr(pos, w.size()) == w;
}

}  // namespace

Expected<Lexicon> Lexicon::load() {
  Lexicon lex;
  Status st = for_each_row("units.tsv", [&](const std::vector<std::string_view>& f, size_t line) -> Status {
    if (f.size() < 3 || f[0].empty() || f[1].empty() || f[2].empty())
      return bad_row("units.tsv", line, "expected surface, kind, unit[, not_before[, numerals]]");
    if (f.size() > 4 && !f[4].empty() && f[4] != "arabic")
      return bad_row("units.tsv", line, "numerals must be empty or arabic");
    lex.units.push_back({std::string(f[0]), std::string(f[1]), std::string(f[2]),
                         f.size() > 3 ? utf8::to_u32(f[3]) : std::u32string(), f.size() > 4 && f[4] == "arabic"});
    return Ok{};
  });
  if (!st) return st.error();
  st = for_each_row("quantity/qualifiers.tsv", [&](const std::vector<std::string_view>& f, size_t line) -> Status {
    if (f.size() < 2 || f[0].empty()) return bad_row("quantity/qualifiers.tsv", line, "expected word, place");
    QualifierPlace place;
    if (f[1] == "before") place = QualifierPlace::kBefore;
    else if (f[1] == "between") place = QualifierPlace::kBetween;
    else if (f[1] == "after") place = QualifierPlace::kAfter;
    else if (f[1] == "total") place = QualifierPlace::kTotal;
    else return bad_row("quantity/qualifiers.tsv", line, "place must be before, between, after or total");
    lex.qualifiers.push_back({std::string(f[0]), place});
    return Ok{};
  });
  if (!st) return st.error();
  // Roles in the order of the lists they fill below.
  static constexpr std::string_view kRoles[] = {"verb", "adverb", "tail", "trim",  "ordinal", "past",
                                                "change", "class", "forecast", "cut", "rate", "people", "growth", "modifier", "filler", "stage",
                                                "funder", "base", "attribute", "fund", "opening", "burden", "flow", "result", "ranking", "category"};
  std::vector<std::string> by_role[std::size(kRoles)];
  std::vector<std::string> falls;
  st = for_each_row("quantity/words.tsv", [&](const std::vector<std::string_view>& f, size_t line) -> Status {
    if (f.size() < 2 || f[0].empty()) return bad_row("quantity/words.tsv", line, "expected word, role");
    auto role = std::find(std::begin(kRoles), std::end(kRoles), f[1]);
    if (role == std::end(kRoles)) return bad_row("quantity/words.tsv", line, "unknown role");
    // A change verb or rate noun says which way the figure moves.
    if (f[1] == "change" || f[1] == "rate") {
      if (f.size() < 3 || (f[2] != "up" && f[2] != "down"))
        return bad_row("quantity/words.tsv", line, "a change or rate word needs the direction up or down");
      if (f[2] == "down") falls.emplace_back(f[0]);
    }
    if (f[1] == "stage" || f[1] == "category") {
      if (f.size() < 3 || f[2].empty()) return bad_row("quantity/words.tsv", line, "a stage or category word needs the noun it counts");
      (f[1] == "stage" ? lex.stage_nouns : lex.category_nouns).emplace(std::string(f[0]), std::string(f[2]));
    }
    by_role[role - std::begin(kRoles)].emplace_back(f[0]);
    return Ok{};
  });
  if (!st) return st.error();
  WordList* lists[] = {&lex.verbs,   &lex.adverbs, &lex.tails,     &lex.trims, &lex.ordinals, &lex.pasts,
                       &lex.changes, &lex.classes, &lex.forecasts, &lex.cuts,  &lex.rates, &lex.people, &lex.growths, &lex.modifiers, &lex.fillers, &lex.stages,
                       &lex.funders, &lex.bases, &lex.attributes, &lex.funds, &lex.openings, &lex.burdens, &lex.flows, &lex.results,
                       &lex.rankings, &lex.categories};
  for (size_t r = 0; r < std::size(kRoles); ++r) *lists[r] = WordList(std::move(by_role[r]));
  lex.falls = WordList(std::move(falls));
  std::vector<std::string> not_numerals;
  st = for_each_row("quantity/not_numerals.txt", [&](const std::vector<std::string_view>& f, size_t) -> Status {
    not_numerals.emplace_back(f[0]);
    return Ok{};
  });
  if (!st) return st.error();
  lex.not_numerals = WordList(std::move(not_numerals));
  longest_first(lex.units, [](const UnitEntry& u) -> const std::string& { return u.surface; });
  longest_first(lex.qualifiers, [](const QualifierEntry& q) -> const std::string& { return q.word; });
  std::vector<std::string> surfaces, words;
  for (const auto& u : lex.units) surfaces.push_back(u.surface);
  for (const auto& q : lex.qualifiers) words.push_back(q.word);
  lex.unit_surfaces = WordList(std::move(surfaces));  // already longest first: order kept
  lex.qualifier_words = WordList(std::move(words));
  return lex;
}

const UnitEntry* Lexicon::match_unit(std::string_view s, size_t pos) const {
  for (uint32_t i : unit_surfaces.starting_with(s, pos)) {
    const UnitEntry& u = units[i];
    if (!starts_at(s, pos, u.surface)) continue;
    size_t after = pos + u.surface.size();
    if (after < s.size() && !u.not_before.empty()) {
      size_t len = 0;
      char32_t next = code_point_at(s, after, &len);
      if (u.not_before.find(next) != std::u32string::npos) continue;
    }
    return &u;
  }
  return nullptr;
}

const QualifierEntry* Lexicon::qualifier_at(std::string_view s, size_t pos, QualifierPlace place) const {
  for (uint32_t i : qualifier_words.starting_with(s, pos))
    if (qualifiers[i].place == place && starts_at(s, pos, qualifiers[i].word)) return &qualifiers[i];
  return nullptr;
}

const QualifierEntry* Lexicon::qualifier_before(std::string_view s, size_t pos, QualifierPlace place) const {
  for (uint32_t i : qualifier_words.ending_with(s, pos))
    if (qualifiers[i].place == place && ends_at(s, pos, qualifiers[i].word)) return &qualifiers[i];
  return nullptr;
}

}  // namespace cppcc::quantity
