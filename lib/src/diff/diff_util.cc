#include "diff/diff_util.h"

#include "cppcc/text.h"

#include <algorithm>
#include <unordered_set>

namespace cppcc::diff_detail {


bool is_digit_like(char32_t cp) { return (cp >= '0' && cp <= '9') || (cp >= 0xFF10 && cp <= 0xFF19); }

WordCounts count_words(const std::vector<DiffToken>& tokens,
                       const std::vector<std::string>& stopwords) {
  WordCounts counts;
  const std::unordered_set<std::string_view> stop(stopwords.begin(), stopwords.end());
  for (const DiffToken& t : tokens) {
    if (!t.word) continue;
    std::u32string cps = utf8::to_u32(t.text);
    if (cps.size() < 2) continue;  // single characters are mostly function words
    bool keep = std::all_of(cps.begin(), cps.end(), [](char32_t c) {
      return utf8::is_cjk(c) || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    });
    if (!keep) continue;
    if (stop.count(t.text)) continue;
    ++counts[t.text];
  }
  return counts;
}

std::string report_body(const Report& r) {
  std::string out;
  if (!r.paragraphs.empty()) {
    for (const BodyParagraph& p : r.paragraphs) {
      out += p.text;
      out += '\n';
    }
    return out;
  }
  for (const Part& part : r.parts) {
    out += part.heading;
    out += '\n';
    for (const Section& s : part.sections) {
      out += s.heading;
      out += '\n';
      out += s.body;
      out += '\n';
    }
  }
  return out;
}

std::optional<int> review_year_of(const Report& r) {
  if (r.metadata.review_year) return r.metadata.review_year;
  for (const Part& p : r.parts)
    if (p.kind == PartKind::kReview && p.year) return p.year;
  return std::nullopt;
}

std::optional<YearRange> review_years_of(const Report& r) {
  std::optional<int> last = review_year_of(r);
  for (const Part& p : r.parts)
    if (p.kind == PartKind::kReview && p.years && (!last || p.years->last == *last)) return p.years;
  if (last) return YearRange{*last, *last};
  return std::nullopt;
}

std::optional<int> plan_year_of(const Report& r) {
  if (r.metadata.plan_year) return r.metadata.plan_year;
  for (const Part& p : r.parts)
    if (p.kind == PartKind::kPlan && p.year) return p.year;
  return std::nullopt;
}

std::string period_scope(const Quantity& q) {
  const bool span = q.period && q.period->kind == "years" && q.period->from && q.period->to &&
                    *q.period->to > *q.period->from;
  return span ? "years" : "year";
}

bool about_another_year(const Quantity& q, int year) {
  if (!q.period || !q.period->to) return false;
  if (q.period->from && *q.period->from != *q.period->to) return false;  // a span: period_scope says
  return *q.period->to != year;
}

std::string change_scope(const Quantity& q) { return q.change ? q.change->measure : std::string("level"); }

Pairing make_pairing(const Quantity& a, const Quantity& b, std::string rule, std::string measure,
                     std::string period, bool by_identity) {
  Pairing p;
  auto name = [by_identity](const std::string& s) { return normalize_indicator(by_identity ? series_indicator(s) : s); };
  const std::string x = name(a.indicator), y = name(b.indicator);
  p.match = x == y ? "same-indicator" : "similar-indicator";
  p.indicator_similarity = x == y ? 1.0 : bigram_similarity(x, y);
  p.rule = std::move(rule);
  p.old_indicator = a.indicator;
  p.new_indicator = b.indicator;
  p.unit = b.unit;
  p.kind = b.kind;
  p.measure = std::move(measure);
  p.period = std::move(period);
  return p;
}

}  // namespace cppcc::diff_detail
