#include "parse/layout.h"

#include <array>
#include <optional>

#include "parse/glossary.h"
#include "parse/headings.h"
#include "text/web_remnants.h"
#include "parse/proposal.h"
#include "parse/shape_words.h"
#include "parse/uregex.h"

namespace cppcc::parse {

// Web-page menu items left at the top by scrapers, one a line or run together
// by the reflow (下载打印全屏收藏, 【字号：加大还原减小】).
bool menu_item(std::string_view t) {
  static constexpr std::string_view kMenu[] = {
      "打印本页", "关闭窗口", "返回顶部", "下载", "打印", "全屏", "收藏", "分享", "关闭", "字号", "加大", "还原",
      "减小", "默认", "扫一扫", "【", "】", "：", ":", "[", "]", "大", "中", "小"};
  std::string s = squeeze(t);
  if (s.empty()) return false;
  std::string_view rest = s;
  while (!rest.empty()) {
    bool hit = false;
    for (auto m : kMenu)
      if (starts_with(rest, m)) {
        rest.remove_prefix(m.size());
        hit = true;
        break;
      }
    if (!hit) return false;
  }
  return true;
}

namespace {

// A title the reflow glued to the end of a menu (加大还原减小】2026年…工作报告):
// the title without it.
std::string_view without_menu(std::string_view t) {
  size_t close = t.find("】");
  if (close == std::string_view::npos || close > 60 || !menu_item(t.substr(0, close + 3))) return t;
  return trim(t.substr(close + 3));
}

// Lines that describe the web page, not the report.
const Regex& page_info_re() {
  static const Regex re(
      "^(?:来源|稿源|时间|发布时间|发布日期|作者|编辑|责任编辑|字数|浏览次数|点击数)\\s*[：:]|记者.{0,16}摄$|"
      "^【?(?:打印|关闭)");
  return re;
}

// Where trailing material begins: licence lines, related links, page footers.
const Regex& end_marker_re() {
  static const Regex re(
      "^(?:相关报道|相关新闻|相关链接|相关阅读|延伸阅读|本作品|Public domain|注：中文维基文库|[（(]来源[：:]|来源[：:]|"
      "责任编辑|【纠错】|原标题|返回顶部|打印本页|关闭窗口|分享到|扫一扫)");
  return re;
}


const Regex& glossary_item_re() {
  static const Regex re("^[0-9]{1,2}[.．、]\\s*[^：:。]{1,40}[：:]");
  return re;
}

const Regex& subtitle_re() {
  static const Regex re("^(?:——|—|－|--)|会议上|^[（(][^）)]*会议");
  return re;
}

const Regex& date_line_re() { return date_lines().date_line; }

/// closing_re's match needs one of these words: a byte search finds them first.
bool may_close(std::string_view t) { return contains(t, "让我们") || contains(t, "我们要") || contains(t, "我们将"); }

const Regex& closing_re() {
  static const Regex re("(?:让我们|我们要|我们将)[^。！]{0,12}更加紧密地?团结|让我们[^。]*[！!]");
  return re;
}

bool title_like(std::string_view t) {
  std::string s = squeeze(t);
  if (contains(s, "。") || contains(s, "我代表") || cp_length(s) > 70) return false;
  // 关于…以来提案工作情况的报告 / …提案审查情况的报告 name no 工作报告.
  return contains(s, "工作报告") || (proposal_title_kind(s) && !contains(s, "我受"));
}

// A news agency's dateline run into the title line (新华社北京3月11日电).
std::string_view without_dateline(std::string_view t) {
  static const Regex dateline("^[\\p{Han}]{2,12}?[0-9０-９]{1,2}月[0-9０-９]{1,2}日电[\\s\\x{3000}]*");
  auto m = dateline.prefix(t);
  return m ? t.substr(m->end()) : t;
}

// A title behind a web column name (两会受权发布|中国人民政治协商会议…的报告,
// 受权发布：关于…的报告): the title without it.
std::string_view without_column(std::string_view t) {
  static const Regex column("^[^，。：]{0,20}?(?:\\||｜|受权发布：|授权发布：)");
  auto m = column.prefix(t);
  if (!m) return t;
  std::string_view rest = trim(t.substr(m->end()));
  return title_like(rest) ? rest : t;
}

bool speaker_like(std::string_view t) {
  static const Regex re(
      "^[◇◆●■□△▲★☆·\\s\\x{3000}—]*(?:[\\p{Han}]{0,16}?(?:总理|省长|市长|县长|区长|州长|旗长|主席|主任))?\\s*"
      "[\\p{Han}](?:[\\s\\x{3000}]{0,3}[\\p{Han}]){1,3}\\s*$");
  return cp_length(t) <= 24 && re.full(t) && !contains(t, "各位") && !contains(t, "附件") && !contains(t, "解释");
}

// A paragraph that opens a report: its title, the salutation, the speaker's
// first sentence (我代表…向大会报告).
bool starts_report(std::string_view t) {
  static const Regex salutation("^各位(?:代表|委员|常委)[^。！!]{0,16}[：:]$");
  return title_like(t) || salutation.search(t) || (contains(t, "我代表") && contains(t, "报告") && cp_length(t) <= 120);
}

bool heading_starts_structure(const HeadingCandidate& c) {
  if (c.scheme == Scheme::kPart) return true;
  if (!c.own_line) return false;
  return (c.scheme == Scheme::kCn && (c.part_like || c.number == 1)) ||
         (c.scheme == Scheme::kCnParen && c.number == 1);
}

}  // namespace

void find_layout(ParseContext& ctx) {
  const size_t n = ctx.paras.size();
  ctx.roles.assign(n, Role::kBody);
  ctx.body_begin = 0;
  ctx.body_end = n;
  ctx.tail_end = n;
  ctx.first_heading.reset();
  ctx.closing.reset();
  if (n == 0) return;

  auto text = [&](size_t i) { return trim(ctx.paras[i].text); };

  for (size_t i = 0; i < n; ++i) {
    auto c = detect_heading(ctx.paras[i].text, i);
    if (c && heading_starts_structure(*c)) {
      ctx.first_heading = i;
      break;
    }
  }
  const size_t front_end = ctx.first_heading.value_or(std::min<size_t>(n, 12));

  // The top: menus, page info, the title block (wherever it stands before the
  // first heading: the seed puts it after the salutation).
  bool after_title_block = false;
  std::optional<size_t> last_title;  // the last title-like line seen
  for (size_t i = 0; i < front_end; ++i) {
    std::string_view t = text(i);
    if (t.empty() || menu_item(t) || page_info_re().search(t) || (i > 0 && text::echoes_last_crumb(text(i - 1), t))) {
      ctx.roles[i] = Role::kJunk;
      continue;
    }
    // A title split over short lines ("政府工作报" / "告").
    if (!title_like(t) && i + 1 < front_end && cp_length(t) <= 12 && cp_length(text(i + 1)) <= 6 &&
        title_like(std::string(t) + std::string(text(i + 1)))) {
      ctx.roles[i] = ctx.roles[i + 1] = Role::kFrontMatter;
      if (ctx.title.empty()) ctx.title = squeeze(std::string(t) + std::string(text(i + 1)));
      after_title_block = true;
      ++i;
      continue;
    }
    if (title_like(t)) {
      ctx.roles[i] = Role::kFrontMatter;
      if (ctx.title.empty()) ctx.title = std::string(without_column(without_menu(t)));
      last_title = i;
      after_title_block = true;
    } else if ((subtitle_re().search(t) && !contains(t, "我代表") && cp_length(t) <= 90) || date_line_re().full(t)) {
      // A web page names the report twice: its short page title (政协全国委员会…),
      // then the article's full title with the subtitle under it: the fuller wins.
      if (last_title && *last_title + 1 == i) {
        std::string full = squeeze(without_dateline(without_column(without_menu(text(*last_title)))));
        if (cp_length(full) > cp_length(ctx.title) && ends_with(full, "报告") && ends_with(ctx.title, "报告"))
          ctx.title = std::move(full);
      }
      ctx.roles[i] = Role::kFrontMatter;
      after_title_block = true;
    } else if (after_title_block && speaker_like(t)) {
      ctx.roles[i] = Role::kFrontMatter;
    } else if (cp_length(t) <= 12 && (starts_with(t, "（") || starts_with(t, "(")) &&
               (ends_with(t, "）") || ends_with(t, ")"))) {
      ctx.roles[i] = Role::kFrontMatter;  // （摘要） （根据直播整理）
    } else if (after_title_block && speaker_like(squeeze(t))) {
      ctx.roles[i] = Role::kFrontMatter;
    }
  }
  ctx.body_begin = front_end;
  for (size_t i = 0; i < front_end; ++i)
    if (ctx.roles[i] == Role::kBody) {
      ctx.body_begin = i;
      break;
    }

  // The end: the first licence line or related-links line after the first heading.
  const size_t from = ctx.first_heading.value_or(ctx.body_begin);
  size_t junk = n;
  for (size_t i = from; i < n; ++i)
    if (end_marker_re().prefix(first_bytes(text(i), 64))) {  // markers are short: the head is enough
      junk = i;
      break;
    }
  for (size_t i = junk; i < n; ++i) ctx.roles[i] = Role::kJunk;
  // Trailing empty paragraphs are junk too.
  while (junk > from && text(junk - 1).empty()) ctx.roles[--junk] = Role::kJunk;

  // The closing exhortation is the last 让我们… paragraph; what follows is
  // tail. Unless a new report opens after one: then the report ends at the
  // last closing before it, and the rest is ignored text.
  // (The new report may stand after the first one's web footer, in junk.)
  std::optional<size_t> last_closing;
  for (size_t i = from; i < n; ++i) {
    std::string_view t = text(i);
    if (i < junk && may_close(t) && closing_re().search(t)) {
      last_closing = i;
    } else if (last_closing && starts_report(t)) {
      size_t last = n;
      while (last > i && text(last - 1).empty()) --last;
      ctx.ignored = std::make_pair(i, last - 1);
      for (size_t k = i; k < n; ++k) ctx.roles[k] = Role::kJunk;
      if (i < junk) {
        junk = i;
        while (junk > from && text(junk - 1).empty()) ctx.roles[--junk] = Role::kJunk;
      }
      break;
    }
  }
  for (size_t i = junk; i-- > from;) {
    if (may_close(text(i)) && closing_re().search(text(i))) {
      ctx.closing = i;
      break;
    }
  }
  size_t body_end = junk;
  if (ctx.closing) {
    body_end = *ctx.closing + 1;
  } else {
    for (size_t i = from + 1; i < junk; ++i) {
      std::string_view t = text(i);
      if ((tail_heading_re().prefix(t) && cp_length(t) <= 20) ||
          (glossary_item_re().prefix(t) && i + 1 < junk && contains(t, "“"))) {
        // A glossary run only counts when it reaches the end of the text.
        body_end = i;
        break;
      }
    }
  }
  ctx.body_end = body_end;
  ctx.tail_end = junk;
  for (size_t i = body_end; i < junk; ++i) {
    std::string_view t = text(i);
    // A repeated title (and whatever follows) after the glossary is junk.
    if (!ctx.title.empty() && squeeze(t) == squeeze(ctx.title)) {
      for (size_t k = i; k < junk; ++k) ctx.roles[k] = Role::kJunk;
      ctx.tail_end = i;
      break;
    }
    ctx.roles[i] = Role::kTail;
  }
}

}  // namespace cppcc::parse
