// T015 ordinal-vs-date: 党的二十二大 in a report dated 2025, 二十届五中全会 before
// it opened, 政协第十四届全国委员会第二次会议 in the subtitle of a report dated
// 2025 — a national ordinal the report's date makes impossible. The months come
// from data/rules/ordinals.tsv; beyond the table only what the calendar makes
// certain is used (a congress every five years, a term of five annual sessions),
// so past meetings, and a congress named ahead (迎接党的二十大), always pass.
#include <algorithm>
#include <string>
#include <string_view>

#include "lint/context.h"
#include "lint/data_tables.h"
#include "lint/ordinal_mentions.h"

namespace cppcc::linter {

namespace {

int add_months(int yyyymm, int months) {
  const int m = yyyymm / 100 * 12 + yyyymm % 100 - 1 + months;
  return m / 12 * 100 + m % 12 + 1;
}

std::string month_text(int yyyymm) { return std::to_string(yyyymm / 100) + "年" + std::to_string(yyyymm % 100) + "月"; }

/// The table's row of KIND with TERM and SESSION, or the latest row of KIND
/// (any term when TERM is 0, else of that term) with LATEST.
const NationalOrdinal* row(OrdinalKind kind, int term, int session, bool latest = false) {
  const NationalOrdinal* best = nullptr;
  for (const NationalOrdinal& r : national_ordinals()) {
    if (r.kind != kind) continue;
    if (!latest) {
      if (r.term == term && r.session == session) return &r;
      continue;
    }
    if (term && r.term != term) continue;
    if (!best || r.opened > best->opened) best = &r;
  }
  return best;
}

OrdinalKind term_of(OrdinalKind session_kind) {
  return session_kind == OrdinalKind::kNpcSession ? OrdinalKind::kNpcTerm : OrdinalKind::kCppccTerm;
}

/// The earliest month the meeting or term can have opened, or 0 when it may
/// lie in the past (before the table begins). Rows give it exactly; past the
/// table it is bounded by the latest row: a later plenum or session of a known
/// term comes at least a month after it, a later congress (党章: every five
/// years) at least four years after it, a new NPC or CPPCC term when the last
/// one ends, and its deputies are named at most a year ahead.
int earliest_by_calendar(OrdinalKind kind, int term, int session);

/// The newest month of the table: it lists every congress, plenum and session up to then.
int table_horizon() {
  static const int horizon = [] {
    int h = 0;
    for (const NationalOrdinal& r : national_ordinals()) h = std::max(h, r.opened);
    return h;
  }();
  return horizon;
}

int earliest(OrdinalKind kind, int term, int session) {
  const bool is_term = kind == OrdinalKind::kNpcTerm || kind == OrdinalKind::kCppccTerm;
  // A term's deputies and members are elected and named in the year before it
  // opens (选举产生十四届全国人大代表, January 2023).
  if (const NationalOrdinal* r = row(kind, term, session)) return is_term ? add_months(r->opened, -12) : r->opened;
  const int by_calendar = earliest_by_calendar(kind, term, session);
  // A meeting the table lacks had not met by the table's newest month (二十届五中全会 in a
  // report of 2026-01: the table, kept to 2026-03, has no such plenum). Terms are named ahead.
  if (by_calendar && !is_term) return std::max(by_calendar, add_months(table_horizon(), 1));
  return by_calendar;
}

int earliest_by_calendar(OrdinalKind kind, int term, int session) {
  switch (kind) {
    case OrdinalKind::kCongress: {
      const NationalOrdinal* last = row(kind, 0, 0, true);
      return last && term > last->term ? add_months(last->opened, 48 * (term - last->term)) : 0;
    }
    case OrdinalKind::kPlenum: {
      if (const NationalOrdinal* last = row(kind, term, 0, true))
        return session > last->session ? add_months(last->opened, session - last->session) : 0;
      return earliest(OrdinalKind::kCongress, term, 0);
    }
    case OrdinalKind::kNpcTerm:
    case OrdinalKind::kCppccTerm: {
      const NationalOrdinal* last = row(kind, 0, 0, true);
      return last && term > last->term && last->until ? add_months(last->until, -12 + 60 * (term - last->term - 1)) : 0;
    }
    case OrdinalKind::kNpcSession:
    case OrdinalKind::kCppccSession: {
      if (const NationalOrdinal* last = row(kind, term, 0, true))
        return session > last->session ? add_months(last->opened, 12 * (session - last->session) - 2) : 0;
      const NationalOrdinal* t = row(term_of(kind), 0, 0, true);
      return t && term > t->term && t->until ? add_months(t->until, 60 * (term - t->term - 1) + 12 * (session - 1)) : 0;
    }
  }
  return 0;
}

/// The year a session of a known term is held: its row, else its term's first year + session - 1.
int session_year(OrdinalKind kind, int term, int session) {
  if (const NationalOrdinal* r = row(kind, term, session)) return r->opened / 100;
  if (const NationalOrdinal* t = row(term_of(kind), term, 0)) return t->opened / 100 + session - 1;
  return 0;
}

bool is_session(OrdinalKind k) { return k == OrdinalKind::kNpcSession || k == OrdinalKind::kCppccSession; }

/// The earliest month of the meeting or term just before M (the 四中全会
/// before the 五中, the congress before a Central Committee's first plenum), 0 when past.
int earliest_before(const OrdinalMention& m) {
  switch (m.kind) {
    case OrdinalKind::kPlenum:
      return m.session > 1 ? earliest(m.kind, m.term, m.session - 1) : earliest(OrdinalKind::kCongress, m.term, 0);
    case OrdinalKind::kNpcSession:
    case OrdinalKind::kCppccSession:
      return m.session > 1 ? earliest(m.kind, m.term, m.session - 1) : earliest(m.kind, m.term - 1, 5);
    case OrdinalKind::kCongress:
      return earliest(m.kind, m.term - 1, 0);
    default:
      // A term's earliest month already lets its deputies be named a year ahead.
      return earliest(m.kind, m.term, 0);
  }
}

/// A year 19xx or 20xx standing alone in the file's name (cppcc-changning-2025.txt), or 0.
int year_in_name(std::string_view path) {
  const size_t slash = path.find_last_of('/');
  const std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  for (size_t i = 0; i + 4 <= name.size(); ++i) {
    auto digit = [&](size_t k) { return k < name.size() && name[k] >= '0' && name[k] <= '9'; };
    if ((i > 0 && digit(i - 1)) || digit(i + 4)) continue;
    if (!digit(i) || !digit(i + 1) || !digit(i + 2) || !digit(i + 3)) continue;
    const int y = std::stoi(std::string(name.substr(i, 4)));
    if (y >= 1949 && y <= 2100) return y;
  }
  return 0;
}

/// December of the year the report is given in, when it has no date line: the
/// latest it can be, so that nothing possible is reported. The latest of the
/// session year (plan part), the year after the review and the year in the
/// file's name, so that one wrong heading year (一、2017年… in a 2018 report)
/// does not date the report back and make its ordinals look early.
int undated_month(const Report& model, std::string_view path) {
  int year = year_in_name(path);
  if (model.metadata.plan_year) year = std::max(year, *model.metadata.plan_year);
  if (model.metadata.review_year) year = std::max(year, *model.metadata.review_year + 1);
  return year ? year * 100 + 12 : 0;
}

}  // namespace

void check_ordinal_vs_date(Context& ctx) {
  const Report& model = ctx.model();
  int date = ctx.report_year_month().value_or(0);
  const bool dated = date != 0;
  if (!date) date = undated_month(model, ctx.src().path());
  if (!date) return;
  const size_t front_end = !model.parts.empty() && model.parts[0].paragraph ? *model.parts[0].paragraph : 0;
  const std::string when = dated ? "dated " + month_text(date) : "of " + std::to_string(date / 100) + "年 (no date line)";
  const auto& paras = ctx.paragraphs();
  for (size_t p = 0; p < paras.size(); ++p) {
    const auto& v = ctx.cps(p);
    size_t reported_end = 0;  // 二十一届二中、三中全会 is one finding, not one per plenum
    for (const OrdinalMention& m : find_ordinal_mentions(v)) {
      if (m.end == reported_end) continue;
      const std::string text = utf8_of(v, paras[p].text, m.begin, m.end);
      const size_t b = v[m.begin].pos, e = m.end < v.size() ? v[m.end].pos : paras[p].text.size();
      // The subtitle's session (在…第三次会议上) is the report's own: it is held in the date line's year.
      if (dated && is_session(m.kind) && m.given_at && p < front_end) {
        const int year = session_year(m.kind, m.term, m.session);
        if (year && year != date / 100) {
          ctx.report_in(paras[p], b, e,
                        "the report is dated " + month_text(date) + " but “" + text + "” was held in " +
                            std::to_string(year) + "年; the session of a report is that of its date");
          reported_end = m.end;
          continue;
        }
      }
      const int opens = earliest(m.kind, m.term, m.session);
      if (!opens || date >= opens) continue;
      // The next meeting may be named ahead once the one before it has met
      // (迎接党的二十大胜利召开 in March 2022, a January report on the coming
      // national session), unless the words say it took place (…精神, 学习贯彻…).
      // A plenum is not named ahead: it is announced days before it meets, and no report names
      // the next one (四中全会胜利召开 in a report of 2025-01 is the 三中 mistyped).
      if (m.kind != OrdinalKind::kPlenum && !m.held && date >= earliest_before(m)) continue;
      const NationalOrdinal* known = row(m.kind, m.term, m.session);
      ctx.report_in(paras[p], b, e,
                    "“" + text + "” cannot be named in a report " + when + ": it " +
                        (known ? "opened in " + month_text(known->opened) : "cannot open before " + month_text(opens)));
      reported_end = m.end;
    }
  }
}

}  // namespace cppcc::linter
