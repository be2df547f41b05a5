// Figure period: the nearest time phrase of the sentence before the figure,
// else the part's years (see period.h and docs/quantities.md "Period").
#include "quantity/period.h"

#include <algorithm>
#include <cctype>
#include <string>

#include "quantity/numeral.h"

namespace cppcc::quantity {

namespace {

int digit(char32_t c) {
  if (c >= U'0' && c <= U'9') return static_cast<int>(c - U'0');
  if (c >= U'０' && c <= U'９') return static_cast<int>(c - U'０');
  return -1;
}

/// The four-digit year ending just before T[END] (2024 in 2024年底), if any.
std::optional<int> year_before(std::u32string_view t, size_t end) {
  if (end < 4) return std::nullopt;
  int y = 0;
  for (size_t i = end - 4; i < end; ++i) {
    int d = digit(t[i]);
    if (d < 0) return std::nullopt;
    y = y * 10 + d;
  }
  if (end > 4 && digit(t[end - 5]) >= 0) return std::nullopt;  // part of a longer number
  return y;
}

/// The four-digit year starting at T[BEGIN], if any.
std::optional<int> year_at(std::u32string_view t, size_t begin) {
  if (begin + 4 > t.size()) return std::nullopt;
  if (begin > 0 && digit(t[begin - 1]) >= 0) return std::nullopt;
  auto y = year_before(t, begin + 4);
  if (!y || (begin + 4 < t.size() && digit(t[begin + 4]) >= 0)) return std::nullopt;
  return y;
}

bool starts_at(std::u32string_view t, size_t i, std::u32string_view word) { return t.substr(i, word.size()) == word; }

/// The years of the Nth five-year plan: the 3rd began in 1966, after three
/// years of readjustment (1963–1965); the 1st (1953) and 2nd (1958) before.
YearRange five_year_plan(int n) {
  int first = n >= 3 ? 1966 + 5 * (n - 3) : 1953 + 5 * (n - 1);
  return {first, first + 4};
}

Period years_period(YearRange r) {
  if (r.first == r.last) return {r.first, r.first, "year"};
  return {r.first, r.last, "years"};
}

/// Chinese numerals that would start a month after 年 (2024年六月).
constexpr std::u32string_view kNumbersOfMonth = U"一二三四五六七八九十";

/// How far back a time phrase is looked for: about 200 characters. Bounded so that a
/// paragraph without sentence ends (a whole report on one line) stays linear.
constexpr size_t kLookBackBytes = 600;

/// The sentence before BEGIN (at most kLookBackBytes of it), as code points.
std::u32string sentence_before(std::string_view p, size_t begin) {
  std::u32string out;
  size_t from = begin > kLookBackBytes ? begin - kLookBackBytes : 0;
  // Start after the last sentence end found by bytes (。 ！ ？ ； or a line
  // break), so only the sentence itself is decoded.
  for (size_t j = std::min(begin, p.size()); j > from; --j) {
    const unsigned char b = static_cast<unsigned char>(p[j - 1]);
    if (b == '\n') {
      from = j;
      break;
    }
    if (j >= from + 3 && (b == 0x82 || b == 0x81 || b == 0x9F || b == 0x9B)) {
      const std::string_view mark = p.substr(j - 3, 3);
      if (mark == "。" || mark == "！" || mark == "？" || mark == "；") {
        from = j;
        break;
      }
    }
  }
  while (from < begin && from < p.size() && (static_cast<unsigned char>(p[from]) & 0xC0) == 0x80) ++from;
  for (size_t i = from; i < begin && i < p.size();) {
    size_t len = 0;
    char32_t c = code_point_at(p, i, &len);
    i += len ? len : 1;
    if (c == U'。' || c == U'！' || c == U'？' || c == U'；' || c == U'\n') out.clear();
    else out.push_back(c);
  }
  return out;
}

/// Characters before a year or 去年 that make it no period of the figure:
/// a base (比, 较, 于), a from or to year (从, 由, 到, 至, a range dash), 同 (同去年相比).
constexpr std::u32string_view kNotSingle = U"比较于从由到至同-—–－~～〜";

/// A year written alone at T[I] (2017年 followed by neither 底/末/以来, a range
/// dash, 前/以前, nor a month or day).
bool single_year_at(std::u32string_view t, size_t i) {
  if (i + 4 >= t.size() || t[i + 4] != U'年') return false;
  if (i > 0 && kNotSingle.find(t[i - 1]) != std::u32string_view::npos) return false;
  if (i + 5 >= t.size()) return true;
  char32_t next = t[i + 5];
  static constexpr std::u32string_view kAfter = U"底末以前-—–－~～〜至到和、度";
  if (kAfter.find(next) != std::u32string_view::npos) return false;
  return digit(next) < 0 && kNumbersOfMonth.find(next) == std::u32string_view::npos;
}

struct Found {
  size_t at = 0;  ///< where the phrase ends: the nearest to the figure wins
  Period period;
};

/// Every time phrase of sentence T, the last one kept.
std::optional<Found> last_phrase(std::u32string_view t, const PeriodContext& ctx) {
  std::optional<Found> best;
  auto keep = [&](size_t at, Period p) {
    if (!best || at >= best->at) best = Found{at, std::move(p)};
  };
  const std::optional<int> here = ctx.part_year ? ctx.part_year : ctx.report_year;
  static constexpr std::u32string_view kDashes = U"-—–－~～〜至到";
  static constexpr std::u32string_view kNumbers = U"一二三四五";
  // Every phrase below opens with one of these: other characters are passed by at once.
  static constexpr std::u32string_view kOpenings = U"去十五过这累年截";
  for (size_t i = 0; i < t.size(); ++i) {
    if (digit(t[i]) < 0 && kOpenings.find(t[i]) == std::u32string_view::npos) continue;
    // 2021—2025年, 2021-2025年, 2021年至2025年
    if (auto first = year_at(t, i)) {
      size_t j = i + 4;
      if (j < t.size() && t[j] == U'年') ++j;
      if (j < t.size() && kDashes.find(t[j]) != std::u32string_view::npos) {
        ++j;
        if (j < t.size() && t[j] == U'—') ++j;  // ——
        if (auto last = year_at(t, j); last && j + 4 < t.size() && t[j + 4] == U'年' && *last > *first)
          keep(j + 5, {*first, *last, "years"});
      }
      // 2013年以来, 自2013年以来
      if (starts_at(t, i + 4, U"年以来")) keep(i + 7, {*first, std::nullopt, "since"});
      // 刚刚过去的2017年, 2024年全市…: one year. Not a base (比2012年), a from
      // or to year (从2012年, 到2020年), a deadline (2020年前) or a day (2024年6月).
      if (single_year_at(t, i)) keep(i + 5, {*first, *first, "year"});
    }
    if (kOpenings.find(t[i]) == std::u32string_view::npos) continue;
    // 去年利润增长23.5%: the year before the report's (比去年 only compares).
    if (starts_at(t, i, U"去年") && ctx.report_year && !starts_at(t, i + 2, U"底") && !starts_at(t, i + 2, U"末") &&
        (i == 0 || kNotSingle.find(t[i - 1]) == std::u32string_view::npos))
      keep(i + 2, {*ctx.report_year - 1, *ctx.report_year - 1, "year"});
    // “十四五”期间 / “十四五”时期 (also without quotes)
    if (t[i] == U'十' && i + 2 < t.size() && t[i + 2] == U'五') {
      size_t x = kNumbers.find(t[i + 1]);
      size_t j = i + 3;
      if (j < t.size() && (t[j] == U'”' || t[j] == U'"' || t[j] == U'’')) ++j;
      // 较“十三五”时期增长148%: after 比/较 the plan is the base compared with, not the period.
      size_t before = i > 0 && (t[i - 1] == U'“' || t[i - 1] == U'"') ? i - 1 : i;
      const bool base = before > 0 && (t[before - 1] == U'比' || t[before - 1] == U'较');
      if (x != std::u32string_view::npos && !base && (starts_at(t, j, U"期间") || starts_at(t, j, U"时期")))
        keep(j + 2, years_period(five_year_plan(11 + static_cast<int>(x))));
    }
    // 五年来 / 过去五年 refer to the five years the review part covers.
    // 资产总额五年增长64.1% too in a review part, but not a plan or a campaign (五年规划, 五年行动).
    for (std::u32string_view w : {U"五年来", U"过去五年", U"这五年", U"五年"}) {
      if (!starts_at(t, i, w) || !ctx.review_years || ctx.review_years->last - ctx.review_years->first != 4) continue;
      if (w == U"五年" && (ctx.part != PartKind::kReview || i + 2 >= t.size() || std::u32string_view(U"规计行攻的内间前期来").find(t[i + 2]) !=
                                                    std::u32string_view::npos))
        continue;
      keep(i + w.size(), years_period(*ctx.review_years));
      break;
    }
    // 累计 sums over every year of a part that covers several.
    if (starts_at(t, i, U"累计") && ctx.part_years && ctx.part_years->last > ctx.part_years->first)
      keep(i + 2, years_period(*ctx.part_years));
    // 年均增长4.7% in a review of several years: an average over them (one year has none).
    if (starts_at(t, i, U"年均") && ctx.part == PartKind::kReview && ctx.part_years &&
        ctx.part_years->last > ctx.part_years->first)
      keep(i + 2, years_period(*ctx.part_years));
    // 2024年底, 年末, 今年底, 去年底: a level at the end of a year.
    if (starts_at(t, i, U"年底") || starts_at(t, i, U"年末")) {
      std::optional<int> y = year_before(t, i);
      if (!y && i > 0 && t[i - 1] == U'去' && here) y = *here - 1;
      if (!y) y = here;
      keep(i + 2, {std::nullopt, y, "as_of"});
    }
    // 截至2024年6月, 截至3月5日 (the year of the report)
    if (starts_at(t, i, U"截至") || starts_at(t, i, U"截止")) {
      std::optional<int> y;
      size_t end = i + 2;
      for (size_t j = i + 2; j + 4 < t.size() && j < i + 8; ++j) {
        if (auto yy = year_at(t, j); yy && t[j + 4] == U'年') {
          y = yy;
          end = j + 5;
          break;
        }
      }
      if (!y) y = ctx.report_year ? ctx.report_year : here;
      keep(end, {std::nullopt, y, "as_of"});
    }
  }
  return best;
}

/// 刚刚过去的2017年，…, 这五年，… or “十四五”时期，… opening the paragraph: its
/// year or years for every later sentence of it that names no time of its own.
std::optional<Period> paragraph_year(std::string_view p, size_t begin, const PeriodContext& ctx) {
  std::u32string lead;
  for (size_t i = 0; i < begin && i < p.size() && lead.size() <= 16;) {
    size_t len = 0;
    char32_t c = code_point_at(p, i, &len);
    i += len ? len : 1;
    if (c == U'，' || c == U'：') {
      // “十四五”时期，… and 五年来，… lead a paragraph about the span as 2017年，… one about a year.
      auto found = last_phrase(lead, ctx);
      if (found && (found->period.kind == "year" || found->period.kind == "years")) return found->period;
      return std::nullopt;
    }
    if (c == U'。' || c == U'；') return std::nullopt;
    lead.push_back(c);
  }
  return std::nullopt;
}

/// 从54万亿元增加到82.7万亿元: -1 for the from end, +1 for the to end (and for a
/// level reached: 达到, 覆盖, 提高到 with no from end), 0 else.
int from_to_end(std::string_view p, size_t begin) {
  if (ends_at(p, begin, "从") || ends_at(p, begin, "由")) return -1;
  // 人均预期寿命达到76.7岁, 社会养老保险覆盖9亿多人: a level reached at the end.
  if (ends_at(p, begin, "达到") || ends_at(p, begin, "覆盖")) return 1;
  if (!ends_at(p, begin, "到") && !ends_at(p, begin, "至")) return 0;
  // The from end stands earlier in the clause: 从/由 followed by a number.
  const size_t from = begin > 90 ? begin - 90 : 0;
  std::string_view clause = p.substr(from, begin - from);
  if (size_t comma = clause.rfind("，"); comma != std::string_view::npos) clause.remove_prefix(comma + 3);
  for (std::string_view mark : {"从", "由"}) {
    size_t k = clause.rfind(mark);
    if (k == std::string_view::npos || k + mark.size() >= clause.size()) continue;
    size_t len = 0;
    char32_t next = code_point_at(clause, k + mark.size(), &len);
    if (digit(next) >= 0 || kNumbersOfMonth.find(next) != std::u32string_view::npos) return 1;
  }
  // 平均受教育年限提高到10.5年 without its from end: still the level reached at the end.
  return 1;
}

}  // namespace

PeriodContext period_context(const Report& r, const Part* part) {
  PeriodContext ctx;
  for (const Part& p : r.parts) {
    if (p.kind == PartKind::kReview && p.years) {
      ctx.review_years = p.years;
      break;
    }
  }
  const Metadata& m = r.metadata;
  if (m.date && m.date->size() >= 4 && std::isdigit(static_cast<unsigned char>((*m.date)[0])))
    ctx.report_year = std::stoi(m.date->substr(0, 4));
  if (!ctx.report_year) ctx.report_year = m.plan_year;  // no date line: the report is given in its plan year
  if (!part) return ctx;
  ctx.part = part->kind;
  ctx.part_year = part->year;
  ctx.part_years = part->years;
  // 过去五年工作回顾 reviews the five years: its single year (the last) is
  // inferred, not named as in 2025年和“十四五”时期工作回顾.
  if (part->kind == PartKind::kReview && part->year && part->years && part->years->first < part->years->last &&
      part->heading.find(std::to_string(*part->year)) == std::string::npos)
    ctx.part_year.reset();
  // A part without its own years takes the report's review or plan year.
  if (!ctx.part_year && !ctx.part_years)
    ctx.part_year = part->kind == PartKind::kReview ? m.review_year
                    : part->kind == PartKind::kPlan ? m.plan_year
                                                    : std::nullopt;
  return ctx;
}

std::optional<Period> opening_time(std::string_view paragraph, const PeriodContext& ctx) {
  // The opening words only (刚刚过去的2025年 is 10 characters): a 年均 or 累计 later in
  // the sentence is about a figure, not about the paragraphs that follow.
  std::u32string first;
  for (size_t i = 0; i < paragraph.size() && first.size() < 12;) {
    size_t len = 0;
    const char32_t c = code_point_at(paragraph, i, &len);
    i += len ? len : 1;
    if (c == U'。' || c == U'！' || c == U'？' || c == U'；') break;
    first.push_back(c);
  }
  auto found = last_phrase(first, ctx);
  if (found && (found->period.kind == "year" || found->period.kind == "years")) return found->period;
  return std::nullopt;
}

std::optional<Period> figure_period(std::string_view paragraph, size_t begin, std::string_view status,
                                    const PeriodContext& ctx) {
  if (status == "threshold") return std::nullopt;  // 60岁以上 defines a class at any time
  std::optional<Period> p;
  if (auto found = last_phrase(sentence_before(paragraph, begin), ctx)) p = found->period;
  else if (auto lead = paragraph_year(paragraph, begin, ctx)) p = lead;
  else if (ctx.part != PartKind::kReview && ctx.part != PartKind::kPlan) return std::nullopt;
  else if (ctx.part_year) p = Period{*ctx.part_year, *ctx.part_year, "year"};
  else if (ctx.part_years) p = years_period(*ctx.part_years);
  // Over a span, 由A提高到B gives the level before its first year and at its last.
  if (p && p->kind == "years" && p->from && p->to) {
    if (int end = from_to_end(paragraph, begin); end < 0) p = Period{*p->from - 1, *p->from - 1, "year"};
    else if (end > 0) p = Period{*p->to, *p->to, "year"};
  }
  return p;
}

}  // namespace cppcc::quantity
