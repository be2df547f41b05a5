#include "parse/metadata.h"

#include <cstdio>

#include "cppcc/numeral.h"
#include "parse/layout.h"
#include "parse/proposal.h"
#include "parse/shape_words.h"
#include "parse/uregex.h"

namespace cppcc::parse {

namespace {

constexpr std::string_view kRegionSuffix = "(?:自治区|省|市|自治州|州|地区|盟|自治县|县|自治旗|旗|新区|区)";

const Regex& representation_re() {
  static const Regex re("我(?:受|代表)([^，。,；]{2,40}?)(?:的?委托)?[，,]?(?:现在)?[，,]?(?:向|，)");
  return re;
}

std::string front_text(const ParseContext& ctx) {
  std::string s;
  for (size_t i = 0; i < ctx.paras.size() && i < ctx.body_end; ++i) {
    if (ctx.first_heading && i >= *ctx.first_heading) break;
    if (ctx.roles[i] == Role::kFrontMatter) s += squeeze(ctx.paras[i].text) + "\n";
  }
  return s;
}

bool on_calendar(int y, int m, int d) {
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (y < 1949 || m < 1 || m > 12 || d < 1 || d > kDays[m - 1]) return false;
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return m != 2 || d <= 28 || leap;
}

// The first date written in S: its ISO form when it is on the calendar,
// an empty string when it is not (（二〇二五年二月三十日）), nullopt without one.
std::optional<std::string> date_in(std::string_view s) {
  for (const auto& m : date_lines().date.all(s)) {
    auto y = small_numeral(m.str(1)), mo = small_numeral(m.str(2)), d = small_numeral(m.str(3));
    if (!y || !mo || !d || *y < 1949) continue;
    if (!on_calendar(*y, *mo, *d)) return std::string();
    char buf[48];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", *y, *mo, *d);
    return std::string(buf);
  }
  return std::nullopt;
}

// Where a date may stand, in the order it is looked for: the front matter's
// paragraphs first, then a byline merged into another paragraph before the first
// heading (a web page's breadcrumbs glued to 2026年1月27日在…会议上). VISIT(i, byline_pass)
// returns true to stop. The metadata date and the linter's date line both come from here.
template <class Visit>
void visit_date_places(const ParseContext& ctx, Visit visit) {
  for (int pass = 0; pass < 2; ++pass) {
    for (size_t i = 0; i < ctx.paras.size() && i < ctx.body_end; ++i) {
      if (ctx.first_heading && i >= *ctx.first_heading) break;
      Role role = ctx.roles[i];
      if (pass == 0 ? role != Role::kFrontMatter : (role == Role::kJunk || role == Role::kTail)) continue;
      if (visit(i, pass == 1)) return;
    }
  }
}

const Regex& byline_re() {
  static const Regex byline("会议|——|^[（(]?[0-9〇零一二三四五六七八九]{4}年");
  return byline;
}

// The date and the line that gives it.
void read_date(const ParseContext& ctx, Metadata& md) {
  visit_date_places(ctx, [&](size_t i, bool byline_pass) {
    // Matched on the canonical view (二〇二五年 in a Traditional copy too); the date line as written.
    for (const auto& [line, canonical] : ctx.canonical_lines(i)) {
      if (line < 1 || line > ctx.src.line_count()) continue;
      if (byline_pass && !byline_re().search(squeeze(canonical))) continue;
      auto d = date_in(squeeze(canonical));
      if (!d) continue;
      if (!d->empty()) md.date = *d;  // Report::date_line keeps the line even when the day is not on the calendar
      return true;
    }
    return false;
  });
}

std::optional<std::string> speaker_in(const ParseContext& ctx) {
  // 省长 李乐成在… / 代省长 刘捷 / 市长 龚 正 / 代理主席 嘎玛泽登
  static const Regex titled(
      "(?:总理|省长|市长|县长|区长|州长|旗长|主席|主任)[\\s\\x{3000}]*([\\p{Han}](?:[\\s\\x{3000}]{0,2}[\\p{Han}]){1,3}?)"
      "(?:同志)?(?:作|代表|在|\\s|$)");
  // 2025年1月15日龚正市长在…: the name before the title.
  static const Regex name_first("日([\\p{Han}]{2,3})(?:代理|代)?(?:总理|省长|市长|县长|区长|州长|旗长|主席)(?:在|作)");
  static const Regex plain("^[◇◆●■□△▲★☆·—\\s\\x{3000}]*([\\p{Han}](?:[\\s\\x{3000}]{0,3}[\\p{Han}]){1,3})[\\s\\x{3000}]*$");
  // Web copies join the speaker line to the salutation: 王沪宁各位委员：
  static const Regex glued("^[\\s\\x{3000}]*([\\p{Han}]{2,3})(?:各位委员|各位代表|各位常委|同志们)[，,：:！!]");
  // Line by line: a scraper may have glued the speaker line to a photo caption.
  for (size_t i = 0; i < ctx.paras.size(); ++i) {
    if (ctx.first_heading && i >= *ctx.first_heading) break;
    if (ctx.roles[i] == Role::kTail) continue;
    const Paragraph& p = ctx.paras[i];
    if (auto m = glued.prefix(p.text)) {  // the salutation opens the body, so check body paragraphs too
      std::string name = m->str(1);
      if (!ends_with(name, "的") && !starts_with(name, "尊敬") && !starts_with(name, "亲爱")) return name;
    }
    if (ctx.roles[i] == Role::kBody) continue;
    for (const auto& [line, canonical] : ctx.canonical_lines(i)) {
      std::string_view t = trim(canonical);
      if (menu_item(t)) continue;  // 加大 in a web page's 【字号：加大还原减小】
      const std::string sq = squeeze(t);  // 工 作 报 告
      if (auto m = name_first.search(sq)) return m->str(1);
      if (contains(sq, "工作报告") && !contains(sq, "作政府工作报告") && !contains(sq, "作工作报告")) continue;
      if (auto m = titled.search(t)) return squeeze(m->str(1));
      if (ctx.roles[i] != Role::kFrontMatter) continue;
      if (auto m = plain.prefix(t); m && m->end() == t.size()) {
        std::string name = squeeze(m->str(1));
        // 次会议上: the last piece of a subtitle wrapped on a newspaper page, no name.
        if (cp_length(name) >= 2 && cp_length(name) <= 4 && !contains(name, "会议")) return name;
      }
    }
  }
  return std::nullopt;
}

std::optional<int> ordinal(const Regex& re, std::string_view s) {
  if (auto m = re.search(s)) return small_numeral(m->str(1));
  return std::nullopt;
}

Level level_of(std::string_view region) {
  if (region == "北京市" || region == "上海市" || region == "天津市" || region == "重庆市") return Level::kProvincial;
  if (ends_with(region, "省") || ends_with(region, "自治区")) return Level::kProvincial;
  if (ends_with(region, "县") || ends_with(region, "旗")) return Level::kCounty;
  if (ends_with(region, "区")) return Level::kDistrict;
  return Level::kCity;  // 市, 州, 盟, 地区
}

}  // namespace

std::optional<size_t> representation_paragraph(const ParseContext& ctx) {
  size_t end = ctx.first_heading.value_or(std::min(ctx.body_end, ctx.body_begin + 8));
  for (size_t i = ctx.body_begin; i < end && i < ctx.paras.size(); ++i) {
    if (ctx.roles[i] != Role::kBody) continue;
    std::string_view t = ctx.paras[i].text;
    if ((contains(t, "我代表") || contains(t, "我受")) && contains(t, "报告")) return i;
  }
  return std::nullopt;
}

Metadata read_metadata(const ParseContext& ctx) {
  Metadata md;
  std::string front = front_text(ctx);
  std::string rep_body;
  std::string rep;  // who speaks: 政协第十四届江门市委员会常务委员会
  if (auto r = representation_paragraph(ctx)) {
    rep_body = squeeze(ctx.paras[*r].text);
    if (auto m = representation_re().search(rep_body)) rep = m->str(1);
  }
  if (!ctx.title.empty()) md.title = ctx.title;

  // Genre: who speaks, else what the title says, else whom they address.
  static const Regex cppcc("政协|政治协商会议");
  static const Regex npc("人民代表大会常务委员会|人大常委会|人大常务委员会");
  static const Regex gov("人民政府|国务院|政府");
  std::string title = squeeze(ctx.title);
  // A proposal report says so in its title or opening; who speaks (我受…常务
  // 委员会委托) would make it the standing committee's own report.
  md.proposal_kind = proposal_title_kind(title);
  if (!md.proposal_kind) md.proposal_kind = proposal_opening_kind(rep_body);
  // A review report has no 我受…委托 but says 现将…提案审查情况报告如下 early on.
  for (size_t i = ctx.body_begin; !md.proposal_kind && i < ctx.body_end && i < ctx.body_begin + 3; ++i)
    if (ctx.roles[i] == Role::kBody && (!ctx.first_heading || i < *ctx.first_heading))
      md.proposal_kind = proposal_opening_kind(squeeze(ctx.paras[i].text));
  if (md.proposal_kind) md.genre = Genre::kCppccProposal;
  else if (!rep.empty() && cppcc.search(rep)) md.genre = Genre::kCppccStandingCommittee;
  else if (!rep.empty() && npc.search(rep)) md.genre = Genre::kNpcStandingCommittee;
  else if (!rep.empty() && gov.search(rep)) md.genre = Genre::kGovernmentWork;
  else if (contains(title, "政府工作报告")) md.genre = Genre::kGovernmentWork;
  else if (npc.search(title) && contains(title, "工作报告")) md.genre = Genre::kNpcStandingCommittee;
  else if (cppcc.search(title) && contains(title, "工作报告")) md.genre = Genre::kCppccStandingCommittee;
  else if (contains(rep_body, "报告政府工作")) md.genre = Genre::kGovernmentWork;

  // Committee: the formal name in the title, else the speaker's body.
  if (ends_with(title, "工作报告")) {
    std::string c = title.substr(0, title.size() - std::string_view("工作报告").size());
    if (ends_with(c, "常务委员会") || ends_with(c, "人民政府")) md.committee = c;
  }
  // 中国人民政治协商会议第十四届全国委员会提案委员会关于…的报告: who issues it.
  static const Regex issuer("^(.{4,40}?委员会)关于");
  if (md.genre == Genre::kCppccProposal)
    if (auto m = issuer.prefix(title)) md.committee = m->str(1);
  if (!md.committee && !rep.empty()) md.committee = rep;

  // Term and session: the committee's 届 first (the outgoing committee may
  // speak at the next one's first session) — from its name in the title, else
  // from 我代表…第十三届…委员会 — then the subtitle's.
  static const Regex term_re("第([一二三四五六七八九十0-9]{1,3})届");
  // 第二次会议以来 (a proposal report's title) names the previous session, not this one.
  static const Regex session_re("第([一二三四五六七八九十0-9]{1,3})次(?:全体)?会议(?!以来)");
  if (md.committee) md.term = ordinal(term_re, *md.committee);
  if (!md.term && !rep.empty()) md.term = ordinal(term_re, rep);
  if (!md.term) md.term = ordinal(term_re, front);
  md.session = ordinal(session_re, front);

  // Region and level.
  std::string where = title + "\n" + front + "\n" + rep;
  static const Regex national("全国委员会|全国人民代表大会|国务院|全国政协");
  static const Regex cppcc_region(std::string("(?:政协|政治协商会议)(?:第[一二三四五六七八九十0-9]+届)?([\\p{Han}]{2,12}?") +
                                  std::string(kRegionSuffix) + ")(?:第[一二三四五六七八九十0-9]+届)?委员会");
  static const Regex congress_region(std::string("(?:^|在|\\n|——|—)([\\p{Han}]{2,12}?") + std::string(kRegionSuffix) +
                                     ")第[一二三四五六七八九十0-9]+届人民代表大会");
  static const Regex gov_region(std::string("(?:^|代表|\\n)([\\p{Han}]{2,12}?") + std::string(kRegionSuffix) +
                                ")(?:人民政府|人大常委会|人民代表大会常务委员会)");
  static const Regex title_region(std::string("^(?:[0-9]{4}年)?([\\p{Han}]{2,12}?") + std::string(kRegionSuffix) +
                                  ")(?:人民)?政府工作报告");
  if (national.search(where)) {
    md.level = Level::kNational;
  } else {
    std::optional<RegexMatch> m = cppcc_region.search(where);
    if (!m) m = congress_region.search(where);
    if (!m) m = gov_region.search(where);
    if (!m) m = title_region.search(title);
    if (m) {
      md.region = m->str(1);
      md.level = level_of(*md.region);
    }
  }

  read_date(ctx, md);
  md.speaker = speaker_in(ctx);
  return md;
}

std::optional<DateLine> read_date_line(const ParseContext& ctx) {
  // As written, where the metadata date is read: the numbers are kept even when they name no day.
  std::optional<DateLine> found;
  visit_date_places(ctx, [&](size_t i, bool byline_pass) {
    const std::string& t = ctx.paras[i].text;
    if (byline_pass && !byline_re().search(squeeze(t))) return false;
    for (const auto& m : date_lines().date.all(t)) {
      auto y = small_numeral(m.str(1)), mo = small_numeral(m.str(2)), d = small_numeral(m.str(3));
      if (!y || !mo || !d || *y < 1949) continue;
      found = DateLine{*y, *mo, *d, ctx.span(i, m.begin(), m.end()), i, m.begin(), m.end()};
      return true;
    }
    return false;
  });
  return found;
}

}  // namespace cppcc::parse
