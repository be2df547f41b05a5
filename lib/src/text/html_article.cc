// Finding the article in a page: the element holding most of the page's Han
// text outside links and page furniture, plus the title blocks just before it.
#include <algorithm>
#include <cctype>
#include <string>
#include <unordered_map>

#include "text/html.h"

namespace cppcc::detail {

namespace {

std::string lower(std::string_view s) {
  std::string r(s);
  std::transform(r.begin(), r.end(), r.begin(), [](unsigned char c) { return std::tolower(c); });
  return r;
}

std::string attribute(const GumboNode* n, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&n->v.element.attributes, name);
  return a ? lower(a->value) : std::string();
}

bool is_element(const GumboNode* n) { return n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE; }

// Class and id words of page furniture on Chinese government and committee sites
// (pinyin initials included: dqwz = 当前位置, xgxw = 相关新闻, xglj = 相关链接, fx = 分享).
constexpr std::string_view kFurnitureWords[] = {
    "nav",    "menu",     "breadcrumb", "crumb",  "footer", "related", "share",   "sidebar", "copyright",
    "banner", "toolbar",  "pager",      "pagination", "comment", "dqwz", "xgxw", "xglj",   "fenxiang",
    "bdshare", "jiathis", "weixin",     "qrcode", "ewm",    "search", "login",   "topbar", "friendlink",
    "links",  "position", "location",   "subnav", "skip",  "header", "logo"};

bool names_furniture(const std::string& words) {
  if (words.empty()) return false;
  for (std::string_view w : kFurnitureWords)
    if (words.find(w) != std::string::npos) return true;
  return false;
}

bool inside_article_element(const GumboNode* n) {
  for (const GumboNode* p = n->parent; p; p = p->parent)
    if (p->type == GUMBO_NODE_ELEMENT && (p->v.element.tag == GUMBO_TAG_ARTICLE || p->v.element.tag == GUMBO_TAG_MAIN))
      return true;
  return false;
}

bool holds_h1(const GumboNode* n) {
  const GumboVector* kids = children_of(n);
  if (!kids) return false;
  for (unsigned i = 0; i < kids->length; ++i) {
    const auto* k = static_cast<const GumboNode*>(kids->data[i]);
    if ((k->type == GUMBO_NODE_ELEMENT && k->v.element.tag == GUMBO_TAG_H1) || holds_h1(k)) return true;
  }
  return false;
}

size_t count_han(std::string_view s) {
  size_t n = 0;
  for (size_t i = 0; i < s.size();) {
    size_t len = 0;
    if (utf8::is_cjk(utf8::decode(s, i, &len))) ++n;
    i += len;
  }
  return n;
}

struct Counter {
  std::unordered_map<const GumboNode*, size_t> han;  ///< per element, outside links and furniture
  std::unordered_map<const GumboNode*, size_t> linked;  ///< per element, inside links
  size_t links = 0;
  size_t count(const GumboNode* n, bool in_link) {
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA) {
      const size_t k = count_han(n->v.text.text);
      if (in_link) links += k;
      return in_link ? 0 : k;
    }
    const GumboVector* kids = children_of(n);
    if (!kids || is_dropped_element(n) || is_boilerplate(n)) return 0;
    const bool link = in_link || (is_element(n) && n->v.element.tag == GUMBO_TAG_A);
    size_t total = 0;
    const size_t links_before = links;
    for (unsigned i = 0; i < kids->length; ++i) total += count(static_cast<const GumboNode*>(kids->data[i]), link);
    han[n] = total;
    linked[n] = links - links_before;
    return total;
  }
};

bool is_heading(const GumboNode* n) {
  if (!is_element(n)) return false;
  const GumboTag t = n->v.element.tag;
  if (t >= GUMBO_TAG_H1 && t <= GUMBO_TAG_H6) return true;
  const std::string words = attribute(n, "class") + " " + attribute(n, "id");
  return words.find("title") != std::string::npos || words.find("subtitle") != std::string::npos;
}

}  // namespace

bool is_dropped_element(const GumboNode* n) {
  if (!is_element(n)) return false;
  switch (n->v.element.tag) {
    case GUMBO_TAG_HEAD: case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_FORM: case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT:
    case GUMBO_TAG_INPUT: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_IFRAME: case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED: case GUMBO_TAG_SVG: case GUMBO_TAG_CANVAS: case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_AUDIO: case GUMBO_TAG_MAP: case GUMBO_TAG_MATH:
      return true;
    default:
      return false;
  }
}

bool is_boilerplate(const GumboNode* n) {
  if (!is_element(n)) return false;
  const GumboTag t = n->v.element.tag;
  if (t == GUMBO_TAG_NAV || t == GUMBO_TAG_ASIDE) return true;
  // A header or footer of the page is furniture; one inside an <article> holds its title or notes.
  if ((t == GUMBO_TAG_HEADER || t == GUMBO_TAG_FOOTER) && !inside_article_element(n)) return true;
  if (t == GUMBO_TAG_BODY || t == GUMBO_TAG_HTML) return false;
  if (!names_furniture(attribute(n, "class")) && !names_furniture(attribute(n, "id")) &&
      attribute(n, "role") != "navigation")
    return false;
  return !holds_h1(n);  // "article-header" and the like hold the report's title
}

bool is_furniture_text(std::string_view text) {
  if (utf8::length(text) > 80) return false;
  for (std::string_view w : {"发布时间", "发布日期", "来源：", "来源:", "字号", "浏览次数", "点击数", "打印本页", "【打印",
                             "关闭窗口", "【关闭", "分享到", "责任编辑", "当前位置", "您的位置", "您现在的位置", "扫一扫",
                             "上一篇", "下一篇"})
    if (text.find(w) != std::string_view::npos) return true;
  return false;
}

Article find_article(const GumboNode* document) {
  Counter counter;
  Article a;
  a.han = counter.count(document, false);
  if (a.han == 0) return a;
  // Descend while one child holds 80% of the page's report text: the deepest
  // such element is the article body. A paragraph is never the body: when
  // one <p> holds most of the text (a copy with few paragraph breaks, lines
  // kept by <br>), the paragraphs around it belong to the same article.
  const GumboNode* at = document;
  for (bool deeper = true; deeper;) {
    deeper = false;
    const GumboVector& kids = *children_of(at);
    for (unsigned i = 0; i < kids.length; ++i) {
      const auto* k = static_cast<const GumboNode*>(kids.data[i]);
      auto it = counter.han.find(k);
      if (it != counter.han.end() && it->second * 5 >= a.han * 4 && is_element(k) && k->v.element.tag != GUMBO_TAG_P) {
        at = k;
        deeper = true;
        break;
      }
    }
  }
  a.root = at;
  // The title and date line often sit just before the body, up to three levels up.
  std::vector<std::vector<const GumboNode*>> levels;
  const GumboNode* child = at;
  for (int up = 0; up < 3 && child->parent && child->parent->type == GUMBO_NODE_ELEMENT; ++up) {
    const GumboNode* parent = child->parent;
    std::vector<const GumboNode*> before;
    const GumboVector& kids = parent->v.element.children;
    for (unsigned i = 0; i < child->index_within_parent && i < kids.length; ++i) {
      const auto* k = static_cast<const GumboNode*>(kids.data[i]);
      if (!is_element(k) || is_dropped_element(k) || is_boilerplate(k)) continue;
      auto it = counter.han.find(k);
      if (it == counter.han.end() || it->second == 0) continue;
      // A short block before the body (a date line) belongs to it; a side
      // column of links or a table cell beside it does not.
      const bool cell = k->v.element.tag == GUMBO_TAG_TD || k->v.element.tag == GUMBO_TAG_TH;
      const bool link_list = counter.linked[k] >= it->second;
      if (is_heading(k) || (it->second <= 120 && !cell && !link_list)) before.push_back(k);
    }
    levels.push_back(std::move(before));
    child = parent;
  }
  for (auto it = levels.rbegin(); it != levels.rend(); ++it) a.lead.insert(a.lead.end(), it->begin(), it->end());
  return a;
}

}  // namespace cppcc::detail
