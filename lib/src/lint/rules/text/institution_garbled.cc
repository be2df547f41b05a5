// T012 institution-garbled: 政治协商议会, 政协江门市委会, 中国人民政治协商 — an
// institution's name with two characters swapped, one dropped, or its end or head cut.
// The names are data/rules/institutions.tsv; the garbles are derived from them
// (institution_garbles()). A garble inside a correct name (a place name X that
// swallowed the dropped character) is no finding.
#include <algorithm>
#include <optional>
#include <unordered_map>
#include <utility>

#include "lint/context.h"
#include "lint/data_tables.h"

namespace cppcc::linter {

namespace {

using Span = std::pair<size_t, size_t>;

bool ends_with_at(const std::u32string& t, size_t end, std::u32string_view w) {
  return end >= w.size() && t.compare(end - w.size(), w.size(), w) == 0;
}

// Length of the place-name suffix (省, 市, …, 自治区) ending at END, or 0.
size_t place_suffix(const std::u32string& t, size_t end) {
  if (ends_with_at(t, end, U"自治区")) return 3;
  return end > 0 && std::u32string_view(U"省市县区州盟旗").find(t[end - 1]) != std::u32string_view::npos ? 1 : 0;
}

// The span of F whose anchor (its fixed words BEFORE, or AFTER when X stands between) is at K
// of T, if F is written there; X is one to seven Han characters and a place suffix.
std::optional<Span> form_at(const std::u32string& t, const InstitutionForm& f, size_t k) {
  if (!f.place) return Span{k, k + f.before.size()};
  const size_t suffix = place_suffix(t, k);
  if (suffix == 0) return std::nullopt;
  const size_t s = k - suffix;
  // With nothing before X the place reaches back as far as Han characters go (up to
  // seven); otherwise it is the shortest one that BEFORE precedes.
  std::optional<size_t> start;
  for (size_t len = 1; len <= 7 && len <= s && is_han(t[s - len]); ++len) {
    if (f.before.empty()) {
      start = s - len;
    } else if (ends_with_at(t, s - len, f.before)) {
      start = s - len - f.before.size();
      break;
    }
  }
  if (!start) return std::nullopt;
  return Span{*start, k + f.after.size()};
}

const std::u32string& anchor_of(const InstitutionForm& f) { return f.place ? f.after : f.before; }

/// Items of ROWS (forms or garbles, in table order) by the first character of their anchor, so
/// that a paragraph is read once instead of once per item (hundreds of garbles; issue 16 speed).
template <class Row, class Form>
std::unordered_map<char32_t, std::vector<size_t>> by_anchor(const std::vector<Row>& rows, Form form) {
  std::unordered_map<char32_t, std::vector<size_t>> out;
  for (size_t i = 0; i < rows.size(); ++i)
    if (!anchor_of(form(rows[i])).empty()) out[anchor_of(form(rows[i]))[0]].push_back(i);
  return out;
}

/// (row index, span) of every place in T where a form of ROWS is written, ordered by row, then place.
template <class Row, class Form>
std::vector<std::pair<size_t, Span>> find_all(const std::u32string& t, const std::vector<Row>& rows,
                                              const std::unordered_map<char32_t, std::vector<size_t>>& index,
                                              Form form) {
  std::vector<std::pair<size_t, Span>> out;
  for (size_t k = 0; k < t.size(); ++k) {
    const auto it = index.find(t[k]);
    if (it == index.end()) continue;
    for (size_t i : it->second) {
      const InstitutionForm& f = form(rows[i]);
      const std::u32string& a = anchor_of(f);
      if (t.compare(k, a.size(), a) != 0) continue;
      if (const auto span = form_at(t, f, k)) out.emplace_back(i, *span);
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  return out;
}

}  // namespace

void check_institution_garbled(Context& ctx) {
  const auto& paras = ctx.paragraphs();
  for (size_t p = 0; p < paras.size(); ++p) {
    const auto& v = ctx.cps(p);
    std::u32string t;
    for (const CodePoint& c : v) t.push_back(c.cp);
    const auto as_form = [](const InstitutionForm& f) -> const InstitutionForm& { return f; };
    const auto garbled = [](const InstitutionGarble& g) -> const InstitutionForm& { return g.garbled; };
    static const auto form_index = by_anchor(institution_forms(), as_form);
    static const auto garble_index = by_anchor(institution_garbles(), garbled);
    std::vector<Span> right;
    for (const auto& [i, span] : find_all(t, institution_forms(), form_index, as_form)) right.push_back(span);
    // One finding per garbled stretch: the longest garble that explains it.
    struct Hit {
      size_t b, e;
      const InstitutionGarble* g;
    };
    std::vector<Hit> hits;
    for (const auto& [i, span] : find_all(t, institution_garbles(), garble_index, garbled)) {
      const InstitutionGarble& g = institution_garbles()[i];
      const auto [b, e] = span;
      if (g.not_followed_by && e < t.size() && t[e] == g.not_followed_by) continue;
      if (g.not_preceded_by && b > 0 && t[b - 1] == g.not_preceded_by) continue;
      bool inside_right = false;
      for (const auto& [rb, re] : right) inside_right = inside_right || (rb <= b && e <= re);
      if (!inside_right) hits.push_back({b, e, &g});
    }
    std::stable_sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) { return a.e - a.b > b.e - b.b; });
    std::vector<Hit> kept;
    for (const Hit& h : hits) {
      bool overlaps = false;
      for (const Hit& k : kept) overlaps = overlaps || (h.b < k.e && k.b < h.e);
      if (!overlaps) kept.push_back(h);
    }
    std::sort(kept.begin(), kept.end(), [](const Hit& a, const Hit& b) { return a.b < b.b; });
    for (const Hit& h : kept)
      ctx.report_in(paras[p], v[h.b].pos, v[h.e - 1].end(),
                    "“" + to_utf8(std::u32string_view(t).substr(h.b, h.e - h.b)) +
                        "” is a garbled institution name; the official form is " + h.g->right +
                        (h.g->garbled.place ? " (X = the place)" : ""));
  }
}

}  // namespace cppcc::linter
