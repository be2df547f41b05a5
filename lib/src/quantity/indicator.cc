// Indicators by character heuristics over clause boundaries. Four word orders:
//   number after the noun   开展“三会一课”51次      → 三会一课
//   number before the noun  召开13次全国政协党组会议 → 全国政协党组会议
//   one verb over a list    提交报告22篇、社情民意99篇 → 报告 / 社情民意
//   nested                  提出三方面9项对策建议    → 对策建议 for both
// and one noun over two numbers: 关税总水平由9.8%降至7.5% → 关税总水平 for both.
#include "quantity/indicator.h"

#include <algorithm>
#include <iterator>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "quantity/numeral.h"
#include "quantity/change.h"
#include "quantity/status.h"
#include "util/mark_pairs.h"

namespace cppcc::quantity {

namespace {

bool is_clause_mark(char32_t c) {
  switch (c) {
    case U'，': case U',': case U'；': case U';': case U'。': case U'：': case U':': case U'！': case U'!':
    case U'？': case U'?': case U'\n': case U'（': case U'）': case U'(': case U')':
      return true;
    default:
      return false;
  }
}

bool is_sentence_mark(char32_t c) {
  return c == U'。' || c == U'！' || c == U'？' || c == U'!' || c == U'?' || c == U'；' || c == U';' || c == U'\n';
}

bool is_han(char32_t c) { return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF); }

size_t chars(std::string_view s) {
  size_t n = 0;
  for (size_t i = 0; i < s.size(); ++n) {
    size_t len = 0;
    code_point_at(s, i, &len);
    i += len;
  }
  return n;
}

/// Removes quotation marks, spaces and inline glosses in brackets.
std::string clean(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size();) {
    size_t len = 0;
    char32_t c = code_point_at(s, i, &len);
    if (c == U'（' || c == U'(') {  // an inline gloss kept in the clause: （PM2.5）
      const size_t close = s.find(c == U'（' ? "）" : ")", i);
      if (close != std::string_view::npos) {
        i = close + (c == U'（' ? 3 : 1);
        continue;
      }
    }
    bool drop = c == U'“' || c == U'”' || c == U'‘' || c == U'’' || c == U'"' || c == U' ' || c == U'\t' ||
                c == U'　' || c == U'「' || c == U'」';
    if (!drop) out.append(s.substr(i, len));
    i += len;
  }
  return out;
}

bool ends_with(std::string_view s, std::string_view w) {
  return s.size() >= w.size() && s.substr(s.size() - w.size()) == w;
}

/// 收到提案, 立案交办提案: a stage word (or two) right before the noun it counts.
bool is_stage_of_noun(std::string_view s, const Lexicon& lex) {
  const std::string* stage = lex.stages.at(s, 0);
  if (!stage) return false;
  std::string_view rest = s.substr(stage->size());
  if (const std::string* next = lex.stages.at(rest, 0)) rest.remove_prefix(next->size());
  const std::string& noun = lex.stage_nouns.at(*stage);
  return rest.substr(0, noun.size()) == noun;
}

std::string_view strip_leading(std::string_view s, const Lexicon& lex, bool verbs) {
  for (bool changed = true; changed && !s.empty();) {
    changed = false;
    // 预计今年高校毕业生: a forecast word says what the figure is (its status), not what it counts.
    for (const auto* list : {&lex.adverbs, &lex.forecasts, verbs ? &lex.verbs : nullptr, verbs ? &lex.openings : nullptr}) {
      if (!list) continue;
      if (is_stage_of_noun(s, lex)) break;  // 收到提案: the stage is part of the name
      // 并案160件: a leading word is kept when one character would be left.
      if (const std::string* w = list->at(s, 0); w && w->size() < s.size() && chars(s.substr(w->size())) >= 2) {
        // 全省地区生产总值 loses its 全省; 全省机场旅客吞吐量 keeps it: it says which places are summed.
        if (w->rfind("全", 0) == 0 && lex.classes.at(s, w->size())) continue;
        s.remove_prefix(w->size());
        if (list == &lex.verbs && s.substr(0, 3) == "好" && chars(s) >= 3) s.remove_prefix(3);  // 落实好
        changed = true;
      }
    }
    // 重点支持… loses its 重点; 重点高校 keeps it.
    if (const std::string* m = lex.modifiers.at(s, 0); m && lex.verbs.at(s, m->size())) {
      s.remove_prefix(m->size());
      changed = true;
    }
  }
  return s;
}

std::string_view strip_trailing(std::string_view s, const Lexicon& lex) {
  for (bool changed = true; changed && !s.empty();) {
    changed = false;
    if (const std::string* w = lex.trims.before(s, s.size()); w && w->size() < s.size()) {
      s.remove_suffix(w->size());
      changed = true;
    }
  }
  return s;
}

/// After the last action or cut verb that still leaves a noun (≥ 2 characters,
/// not itself starting with a verb): 本届政府减少行政审批事项 → 行政审批事项.
std::string_view after_last_verb(std::string_view s, const Lexicon& lex) {
  size_t cut = 0;
  for (size_t i = 0; i < s.size();) {
    size_t len = 0;
    code_point_at(s, i, &len);
    const std::string* v = lex.verbs.at(s, i);
    // A cut verb before a general two-character object (压减资金, 平均压减时间) names the work.
    if (!v) v = lex.cuts.at(s, i);
    // A cut of a burden is relief given and keeps its verb (减少企业税负, like 降低企业税负).
    if (v && !lex.verbs.at(s, i) && (chars(s.substr(i + v->size())) < 4 || lex.burdens.before(s, s.size())))
      v = nullptr;
    // 县政协共收到提案, 各参加单位共提交提案: the name starts at the stage (or the first of
    // two: 立案交办提案) and runs to its end.
    if (is_stage_of_noun(s.substr(i), lex)) return s.substr(i);
    // 省重点建设项目: a verb after a modifier inside the phrase describes the noun.
    if (v && i > 0 && lex.modifiers.before(s, i)) v = nullptr;
    if (v) {
      size_t end = i + v->size();
      if (s.substr(end, 3) == "好") end += 3;  // 落实好小规模纳税人…: 好 completes the verb
      std::string_view rest = s.substr(end);
      // 经济建设方面提案: a verb before 方面 or 领域 is part of the topic's name.
      const bool topic = rest.substr(0, 6) == "方面" || rest.substr(0, 6) == "领域";
      // 家庭困难学生资助受益: a result verb alone names nothing; the words before it do.
      const std::string* r = lex.results.at(rest, 0);
      const bool result = r && r->size() == rest.size();
      if (chars(rest) >= 2 && !lex.verbs.at(rest, 0) && !topic && !result) cut = end;
    }
    i += len;
  }
  return s.substr(cut);
}

/// 排放量要下降 → 排放量下降, 能耗、水耗均下降 → 能耗、水耗下降: a modal or a
/// distributive adverb before a change verb is no part of the name.
std::string drop_modal(std::string s, const Lexicon& lex) {
  static constexpr std::string_view kAdverbs[] = {"要分别", "分别", "要", "均", "大幅"};
  for (std::string_view adverb : kAdverbs) {
    for (size_t k = s.find(adverb); k != std::string::npos; k = s.find(adverb, k + 1)) {
      if (!lex.changes.at(s, k + adverb.size())) continue;
      // 年均增长, 日均净增, 平均降低: 均 there is part of the rate's name.
      if (adverb == "均" && k >= 3 && (s.compare(k - 3, 3, "年") == 0 || s.compare(k - 3, 3, "平") == 0 ||
                                      s.compare(k - 3, 3, "日") == 0 || s.compare(k - 3, 3, "月") == 0))
        continue;
      s.erase(k, adverb.size());
    }
  }
  return s;
}

/// What a figure that states a change names: its subject, not the verb (森林面积增加 →
/// 森林面积, 退出钢铁产能 → 钢铁产能, 一般工商业电价平均降低 → 一般工商业电价); which way it
/// moves is the figure's `change`. A growth verb stays (国内生产总值增长 is the rate's usual
/// name), so does a verb after 年均/日均/月均 (an average rate) and a verb that would leave
/// under two characters.
/// KEEP_GROWTH false: the subject of a level named after its growth
/// (地区生产总值增长5.5%、达到10.3万亿元 → 地区生产总值 for the level).
std::string subject_of(std::string s, const Lexicon& lex, bool keep_growth = true) {
  static constexpr std::string_view kBeforeVerb[] = {"平均", "再", "分别", "要", "大幅", "进一步"};
  if (const std::string* v = lex.changes.before(s, s.size()); v && !(keep_growth && lex.growths.before(s, s.size()))) {
    std::string_view rest(s.data(), s.size() - v->size());
    if (!ends_with(rest, "年均") && !ends_with(rest, "日均") && !ends_with(rest, "月均")) {
      for (bool moved = true; moved;) {
        moved = false;
        for (std::string_view f : kBeforeVerb)
          if (rest.size() > f.size() && ends_with(rest, f)) {
            rest.remove_suffix(f.size());
            moved = true;
          }
      }
      if (chars(rest) >= 2) s = std::string(rest);
    }
  }
  // Only a cut verb opens a subject (减少农村贫困人口); 增加值增长 opens with a noun.
  if (const std::string* lead = lex.cuts.at(s, 0); lead && chars(std::string_view(s).substr(lead->size())) >= 2)
    s.erase(0, lead->size());
  return s;
}

struct Clause {
  size_t begin, end;            // clause
  size_t item_begin, item_end;  // list item (、) inside the clause
};

/// What the words before the number give.
struct Before {
  std::string text;
  std::optional<size_t> borrow;  ///< take this earlier quantity's indicator (+ text)
};

class Annotator {
 public:
  Annotator(std::string_view p, bool in_plan, const Lexicon& lex, ParagraphQuantities& found)
      : p_(p), in_plan_(in_plan), lex_(lex), found_(found) {}

  void run() {
    index_paragraph();
    auto& qs = found_.quantities;
    std::vector<std::optional<size_t>> borrow(qs.size());
    std::vector<std::string> borrow_suffix(qs.size());
    // Right to left so a nested count can take the indicator after it.
    for (size_t k = qs.size(); k-- > 0;) {
      QuantityMatch& q = qs[k];
      Clause c = clause_of(q.begin, q.end);
      Before b = indicator_of(k, c);
      if (!b.borrow && q.kind == "money") b.text = with_funder(b.text, c, q.begin);
      if (!b.borrow) b.text = with_system(std::move(b.text), c, q.begin);
      q.indicator = b.text;
      if (b.borrow) {
        borrow[k] = b.borrow;
        borrow_suffix[k] = b.text;
      }
      if (!q.qualifier) q.qualifier = total_qualifier(c.begin, q.begin);
      q.status = figure_status(p_, q, c.begin, in_plan_ && has_past_marker(c.begin, c.end), in_plan_, lex_);
      q.is_target = q.status == "target";
      q.change = stated_change(p_, q, c.begin, lex_);
    }
    // Left to right: 由9.8%降至7.5% and 支出超过23万亿元，增长6.5% share a noun.
    for (size_t k = 0; k < qs.size(); ++k) {
      if (!borrow[k] || *borrow[k] >= k) continue;
      const QuantityMatch& lender = qs[*borrow[k]];
      const bool level = !qs[k].change && borrow_suffix[k].empty();
      qs[k].indicator = (level ? level_name(lender, qs[k]) : lender.indicator) + borrow_suffix[k];
    }
    // 分别下降5.6%和4%: a later number of the list states the first one's change.
    for (size_t k = 1; k < qs.size(); ++k) {
      if (qs[k].change || !qs[k - 1].change || qs[k].unit != qs[k - 1].unit) continue;
      const std::string_view gap = p_.substr(qs[k - 1].end, qs[k].begin - qs[k - 1].end);
      // Only a bare number continues the list: 净增12万户、突破300万户 ends in a level.
      size_t len = 0;
      if (arabic_digit(code_point_at(p_, qs[k].begin, &len)) < 0) continue;
      if (gap == "、" || gap == "和" || gap == "及") qs[k].change = qs[k - 1].change;
    }
    pair_respectively();
    for (QuantityMatch& q : qs)
      if (q.change) q.indicator = subject_of(std::move(q.indicator), lex_);
    for (auto& a : found_.anniversaries) a.subject = anniversary_subject(a);
  }

  /// The name a level borrows from the figure before it: 经营主体净增98万户、突破1900万户 and
  /// 地区生产总值增长5.5%、达到10.3万亿元 name the subject alone; 新建绿道137公里、累计达到
  /// 2136公里 names the thing without its flow verb (绿道). A percent after a percent change is
  /// another change of the list (分别增长5.8%和6.5%) and is named like it.
  std::string level_name(const QuantityMatch& lender, const QuantityMatch& level) const {
    const bool rate = lender.unit == "%" || lender.kind == "percentage_point";
    if (lender.change) return subject_of(lender.indicator, lex_, rate && level.unit == lender.unit);
    if (level.unit != lender.unit) return lender.indicator;
    std::string_view name = lender.indicator;
    if (const std::string* f = lex_.flows.at(name, 0); f && chars(name.substr(f->size())) >= 2) name.remove_prefix(f->size());
    if (const std::string* f = lex_.flows.before(name, name.size()); f && chars(name) >= chars(*f) + 2)
      name.remove_suffix(f->size());
    return std::string(name);
  }

  /// 诉求解决率、满意率分别达96.7%和97%: 分别 pairs the items of the list
  /// before it with the numbers after it; 广州、深圳地铁客运量分别达1409万、
  /// 1305万人次 shares the head noun (广州地铁客运量, 深圳地铁客运量).
  void pair_respectively() {
    auto& qs = found_.quantities;
    for (size_t k = 0; k < qs.size(); ++k) {
      Clause c = clause_of(qs[k].begin, qs[k].end);
      std::string_view before = p_.substr(c.begin, qs[k].begin - c.begin);
      size_t f = before.rfind("分别");
      if (f == std::string_view::npos || quantity_in(c.begin + f, qs[k].begin)) continue;
      size_t n = 1;
      while (k + n < qs.size() && qs[k + n].begin < c.end) {
        std::string_view gap = p_.substr(qs[k + n - 1].end, qs[k + n].begin - qs[k + n - 1].end);
        if (gap != "、" && gap != "和" && gap != "及") break;
        ++n;
      }
      if (n < 2) continue;
      std::string_view list = before.substr(0, f);
      // 利润、营收年均分别增长5.9%、9.9%: 年均 qualifies the rates, not the last item
      // (the trim of 均 alone would leave 营收年).
      if (list.size() >= 6 && list.substr(list.size() - 6) == "年均") list.remove_suffix(6);
      list = strip_trailing(strip_leading(list, lex_, true), lex_);
      std::vector<std::string_view> items;
      for (size_t from = 0, i = 0; i <= list.size();) {
        size_t len = 3;
        bool mark = i < list.size() && (list.substr(i, 3) == "、" || list.substr(i, 3) == "和") &&
                    !quoted(static_cast<size_t>(list.data() - p_.data()) + i);
        if (i == list.size() || mark) {
          items.push_back(list.substr(from, i - from));
          from = i + len;
          i += len;
          if (i > list.size()) break;
          continue;
        }
        code_point_at(list, i, &len);
        i += len;
      }
      // 城乡低保人均补助标准分别提高5%和8%: town and country, in that order
      // (城镇居民 for residents, as the statistics name them; 城市 else).
      std::string town, country;
      if (items.size() == 1 && n == 2 && items[0].substr(0, 6) == "城乡" && chars(items[0]) > 3) {
        const std::string_view rest = items[0].substr(6);
        town = std::string(rest.substr(0, 6) == "居民" ? "城镇" : "城市") + std::string(rest);
        country = "农村" + std::string(rest);
        items = {town, country};
      }
      if (items.size() != n) {
        k += n - 1;
        continue;
      }
      const std::string tail = shared_head(items);
      const bool shared = !tail.empty();
      for (size_t j = 0; j < n; ++j)
        qs[k + j].indicator = clean(items[j]) + (shared && j + 1 < n ? clean(tail) : "");
      k += n - 1;
    }
  }

 private:
  /// The head noun that short leading items of a 分别 list share with the
  /// last one, or "": 广州、深圳地铁客运量 → 地铁客运量 (items of equal
  /// length up to four characters: places, substances); 先进制造业、高技术
  /// 制造业增加值占规模以上工业比重 → 增加值占规模以上工业比重 (the last one
  /// repeats the first one's ending, 制造业, before its head).
  static std::string shared_head(const std::vector<std::string_view>& items) {
    const std::string_view first = items.front(), last = items.back();
    const size_t head = chars(first);
    if (chars(last) <= head + 1) return {};
    bool equal = true;
    for (size_t j = 0; j + 1 < items.size(); ++j) equal = equal && chars(items[j]) == head;
    if (equal && head <= 4) {
      size_t cut = 0;
      for (size_t m = 0, len = 0; m < head; ++m, cut += len) code_point_at(last, cut, &len);
      return std::string(last.substr(cut));
    }
    if (head < 3) return {};
    size_t from = first.size();  // the first item's last two characters
    for (int m = 0; m < 2; ++m) from = previous_code_point(first, from);
    const std::string_view ending = first.substr(from);
    const size_t at = last.find(ending);
    if (at == std::string_view::npos || chars(last.substr(at + ending.size())) < 2) return {};
    return std::string(last.substr(at + ending.size()));
  }

  std::string anniversary_subject(const AnniversaryMatch& a) const {
    size_t start = back_to(a.begin, list_marks_);
    std::string_view s = p_.substr(start, a.begin - start);
    for (std::string_view verb : {"是", "庆祝", "纪念", "迎接", "暨"})
      if (size_t k = s.rfind(verb); k != std::string_view::npos && k + verb.size() < s.size()) s.remove_prefix(k + verb.size());
    s = strip_trailing(after_last_verb(strip_leading(s, lex_, true), lex_), lex_);
    for (std::string_view tail : {"成立", "建立", "诞生", "建党", "建国", "发表"}) {
      if (s.size() > tail.size() && ends_with(s, tail)) {
        s.remove_suffix(tail.size());
        break;
      }
    }
    return clean(s);
  }


  /// Byte ranges inside “…” and 《…》 (their 、 does not split a list), and
  /// the clause, list and sentence marks, found once per paragraph.
  void index_paragraph() {
    for (auto [open, close] : {std::pair<std::string_view, std::string_view>{"“", "”"}, {"《", "》"}}) {
      for (const auto& pair : util::mark_pairs(p_, open, close)) quotes_.push_back(pair);
    }
    std::sort(quotes_.begin(), quotes_.end());
    for (size_t i = 0; i < p_.size();) {
      size_t len = 0;
      char32_t c = code_point_at(p_, i, &len);
      if (size_t skip = inline_parenthetical(i); skip > i) {  // 细颗粒物（PM2.5）年均浓度: one noun
        i = skip;
        continue;
      }
      if (is_clause_mark(c)) clause_marks_.push_back({i, i + len});
      if (is_clause_mark(c) || (c == U'、' && !quoted(i))) list_marks_.push_back({i, i + len});
      if (is_sentence_mark(c)) sentence_marks_.push_back({i, i + len});
      i += len;
    }
  }

  /// The end of a short bracket at POS that sits inside a noun phrase, a Han
  /// character on both sides (细颗粒物（PM2.5）年均浓度), else POS: such a
  /// bracket glosses a word and does not end the clause.
  size_t inline_parenthetical(size_t pos) const {
    size_t len = 0;
    const char32_t open = code_point_at(p_, pos, &len);
    if (open != U'（' && open != U'(') return pos;
    if (!is_han(code_point_before(p_, pos))) return pos;
    const char32_t close_mark = open == U'（' ? U'）' : U')';
    size_t k = pos + len;
    for (int n = 0; n < 16 && k < p_.size(); ++n) {
      size_t l = 0;
      const char32_t c = code_point_at(p_, k, &l);
      if (c == close_mark) {
        size_t l2 = 0;
        return k + l < p_.size() && is_han(code_point_at(p_, k + l, &l2)) ? k + l : pos;
      }
      if (is_clause_mark(c) || c == U'、' || is_sentence_mark(c)) return pos;
      k += l;
    }
    return pos;
  }

  bool quoted(size_t pos) const {
    // Quotes do not nest, so only the last one opening before POS can hold it.
    auto it = std::lower_bound(quotes_.begin(), quotes_.end(), std::pair<size_t, size_t>{pos, 0});
    if (it == quotes_.begin()) return false;
    --it;
    return pos > it->first && pos < it->second;
  }

  using Marks = std::vector<std::pair<size_t, size_t>>;

  /// Just after the last mark before POS, but no further back than the
  /// window: a paragraph without punctuation must not make this quadratic.
  size_t back_to(size_t pos, const Marks& marks) const {
    auto it = std::lower_bound(marks.begin(), marks.end(), std::pair<size_t, size_t>{pos, 0});
    size_t from = it == marks.begin() ? 0 : std::prev(it)->second;
    if (from > pos) from = pos;
    return pos - from > kWindow ? char_start(pos - kWindow) : from;
  }

  /// The first mark at or after POS (within the window).
  size_t forward_to(size_t pos, const Marks& marks) const {
    auto it = std::lower_bound(marks.begin(), marks.end(), std::pair<size_t, size_t>{pos, 0});
    size_t to = it == marks.end() ? p_.size() : it->first;
    return to - pos > kWindow ? char_start(pos + kWindow) : to;
  }

  size_t char_start(size_t i) const {
    while (i > 0 && i < p_.size() && (static_cast<unsigned char>(p_[i]) & 0xC0) == 0x80) --i;
    return i;
  }

  Clause clause_of(size_t b, size_t e) const {
    return {back_to(b, clause_marks_), forward_to(e, clause_marks_), back_to(b, list_marks_),
            forward_to(e, list_marks_)};
  }

  /// Index of the first quantity beginning at or after POS.
  size_t first_from(size_t pos) const {
    const auto& qs = found_.quantities;
    return static_cast<size_t>(std::lower_bound(qs.begin(), qs.end(), pos,
                                                [](const QuantityMatch& q, size_t v) { return q.begin < v; }) -
                               qs.begin());
  }

  bool quantity_in(size_t b, size_t e) const {
    size_t k = first_from(b);
    return k < found_.quantities.size() && found_.quantities[k].end <= e;
  }

  /// The last quantity inside [B, E), if any.
  std::optional<size_t> last_quantity_in(size_t b, size_t e) const {
    size_t k = first_from(e);
    while (k > 0) {
      --k;
      const auto& q = found_.quantities[k];
      if (q.begin < b) break;
      if (q.end <= e) return k;
    }
    return std::nullopt;
  }

  const QuantityMatch* quantity_starting_at(size_t pos) const {
    size_t k = first_from(pos);
    return k < found_.quantities.size() && found_.quantities[k].begin == pos ? &found_.quantities[k] : nullptr;
  }

  size_t sentence_start(size_t pos) const { return back_to(pos, sentence_marks_); }

  /// 新能源汽车产量居全国第9, 水稻、油茶产量位居全国第1: a rank is named by what is ranked,
  /// the words before the ranking (居全国, 位居中部: `ranking` in words.tsv); the rank a change
  /// reaches (由全国第12位跃升至第9位) ranks what the first one does.
  Before rank_name(size_t k, const Clause& c) const {
    const QuantityMatch& q = found_.quantities[k];
    if (auto prev = last_quantity_in(c.begin, q.begin); prev && found_.quantities[*prev].kind == "rank") {
      const size_t end = found_.quantities[*prev].end;
      if (chars(p_.substr(end, q.begin - end)) <= 6) return {"", prev};
    }
    std::string_view s = p_.substr(c.begin, q.begin - c.begin);
    for (bool changed = true; changed;) {
      changed = false;
      if (const std::string* w = lex_.rankings.before(s, s.size())) {
        s.remove_suffix(w->size());
        changed = true;
      }
    }
    return {drop_modal(clean(strip_trailing(strip_leading(s, lex_, true), lex_)), lex_), {}};
  }

  Before indicator_of(size_t k, const Clause& c) const {
    const QuantityMatch& q = found_.quantities[k];
    if (q.kind == "rank" && q.unit != "强") {  // 世界500强 names a band, read as any count
      Before r = rank_name(k, c);
      if (!r.text.empty() || r.borrow) return r;
    }
    if (const QuantityMatch* next = quantity_starting_at(q.end)) return {next->indicator, {}};  // 三方面9项
    bool after_de = false;
    std::string after = number_first(q, c, &after_de);
    if (!after.empty() && !after_de) return {after, {}};
    Before before = number_after(k, c);
    if (after_de && !after.empty()) {
      // 100%的重点调研课题: the share names its base after 的 unless a rate
      // stands before it (失业率稳定在5%左右的较低水平); a sum or count
      // names itself before 的 (总投资超50亿元的工业项目) unless nothing does.
      bool rate_before = before.text.find("率") != std::string::npos ||
                         before.text.find("比例") != std::string::npos || before.borrow;
      bool share = q.kind == "percent" || q.kind == "permille";
      if (share && !rate_before) {
        // 贡献了全国38.7%的贸易增量: the whole the share is of stays before its base.
        const std::string* whole = lex_.bases.before(p_, q.begin);
        if (whole && q.begin - whole->size() >= c.begin && after.rfind(*whole, 0) != 0) return {*whole + after, {}};
        return {after, {}};
      }
      if (!share && before.text.empty() && !before.borrow) return {after, {}};
    }
    if (!before.text.empty() || before.borrow) return before;
    if (!after.empty()) return {after, {}};
    // Nothing before the number either: the words after it, minus a leading particle.
    std::string_view s = p_.substr(q.end, c.item_end - q.end);
    if (const std::string* t = lex_.tails.at(s, 0)) s.remove_prefix(t->size());
    return {clean(strip_trailing(s, lex_)), {}};
  }

  /// 中央财政安排1000亿元专项奖补资金 → 中央财政专项奖补资金: a fund named without the
  /// payer that opens its clause gets it in front (the same fund from another payer is
  /// another figure).
  std::string with_funder(const std::string& name, const Clause& c, size_t number) const {
    if (name.empty()) return name;
    std::string_view opening = strip_leading(p_.substr(c.item_begin, number - c.item_begin), lex_, false);
    const std::string* payer = lex_.funders.at(opening, 0);
    if (!payer || !lex_.funds.before(name, name.size())) return name;
    if (name.rfind(*payer, 0) != 0) return *payer + name;
    std::string_view fund = std::string_view(name).substr(payer->size());
    fund.remove_prefix(span_of_years(fund));
    for (const WordList* verbs : {&lex_.verbs, &lex_.openings})
      if (const std::string* v = verbs->at(fund, 0); v && chars(fund.substr(v->size())) >= 2) {
        return *payer + std::string(fund.substr(v->size()));
      }
    return name;
  }

  /// 累计达到, 达, 增至: adverbs and trimmed level words and nothing else.
  bool level_words_only(std::string_view s) const {
    const size_t was = s.size();
    for (bool moved = true; moved && !s.empty();) {
      moved = false;
      if (const std::string* a = lex_.adverbs.at(s, 0)) {
        s.remove_prefix(a->size());
        moved = true;
      } else if (const std::string* t = lex_.trims.before(s, s.size())) {
        s.remove_suffix(t->size());
        moved = true;
      }
    }
    return was > 0 && s.empty();
  }

  /// 大病保险制度基本建立、已有1700多万人次受益 → 大病保险受益; 建立…“两项补贴”制度，惠及2100
  /// 多万人 → …两项补贴惠及: a result verb alone (受益, 惠及) is named by the system (制度) the
  /// item or clause before it sets up, when that one holds no figure of its own.
  std::string with_system(std::string name, const Clause& c, size_t number) const {
    const std::string* r = lex_.results.at(name, 0);
    if (!r || r->size() != name.size() || c.item_begin == 0) return name;
    const size_t end = p_.rfind(c.item_begin > c.begin ? "、" : "，", c.item_begin - 1);
    if (end == std::string_view::npos || end + 3 != c.item_begin || end < sentence_start(number)) return name;
    const size_t begin = back_to(end, list_marks_);
    if (begin < sentence_start(number) || quantity_in(begin, end)) return name;
    std::string_view before = strip_leading(p_.substr(begin, end - begin), lex_, true);
    const size_t system = before.find("制度");
    if (system == std::string_view::npos || chars(before.substr(0, system)) < 2) return name;
    return clean(before.substr(0, system)) + name;
  }

  /// Bytes of a span of years opening TEXT (五年, 三年, 十年), or 0.
  static size_t span_of_years(std::string_view text) {
    size_t i = 0;
    while (i < text.size()) {
      size_t len = 0;
      if (!is_chinese_numeral_char(code_point_at(text, i, &len))) break;
      i += len;
    }
    return i > 0 && text.substr(i, 3) == "年" ? i + 3 : 0;
  }

  /// The noun after the number (召开13次全国政协党组会议); empty when the
  /// number ends its item or a predicate follows. AFTER_DE: it came after 的.
  std::string number_first(const QuantityMatch& q, const Clause& c, bool* after_de) const {
    // The noun may run over a list (接待64批次海外侨领、港澳社团…) unless
    // the next item has its own number (8项调研、8项监督).
    size_t end = quantity_in(c.item_end, c.end) ? c.item_end : c.end;
    std::string_view s = p_.substr(q.end, end - q.end);
    if (s.substr(0, 3) == "的") {
      *after_de = true;
      s.remove_prefix(3);
    }
    // 200万亩任务, 三分之一目标的基础上: the filler names nothing, the words before the
    // number do; 5%的幅度压减一般性支出: the name follows the filler and its cut verb.
    if (const std::string* f = lex_.fillers.at(s, 0)) {
      std::string_view rest = s.substr(f->size());
      if (rest.empty() || rest.substr(0, 3) == "的") return {};
      if (*after_de) {  // not 13项任务举措, a name that starts with the word
        s = rest;
        if (const std::string* cut = lex_.cuts.at(s, 0); cut && chars(s.substr(cut->size())) >= 2)
          s.remove_prefix(cut->size());
      }
    }
    if (s.empty()) return {};
    size_t len = 0;
    char32_t first = code_point_at(s, 0, &len);
    // 96.7%和97%: two numbers of one list, named before them.
    for (std::string_view conj : {"和", "及", "与", "至"})
      if (s.substr(0, conj.size()) == conj && quantity_starting_at(q.end + (s.data() - p_.data() - q.end) + conj.size()))
        return {};
    if (!is_han(first) && first != U'“' && first != U'《') return {};
    // A predicate follows (降至7.5%, 等…), except for a count of actions: 4次降低准备金率.
    bool action = q.unit == "次" && lex_.changes.at(s, 0);
    const bool attribute = lex_.attributes.at(s, 0) != nullptr;  // 100项在建重大项目
    if ((lex_.tails.at(s, 0) && !action && !attribute) || s.substr(0, 3) == "等") return {};
    if (lex_.changes.at(s, 0) && !action) return {};
    // Cut at the next number or at a predicate that follows the noun.
    size_t cut = s.size();
    const size_t base = static_cast<size_t>(s.data() - p_.data());
    if (size_t k = first_from(base); k < found_.quantities.size() && found_.quantities[k].begin < base + cut)
      cut = found_.quantities[k].begin - base;
    size_t n = 0;
    for (size_t i = 0; i < cut; ++n) {
      code_point_at(s, i, &len);
      if (n >= 2 && lex_.tails.at(s, i) && !quoted(base + i)) {
        cut = i;
        break;
      }
      i += len;
    }
    std::string_view noun = s.substr(0, cut);
    // 1100多万学生受益: a head count whose 人 is implied is named by its noun.
    const bool implied_people = q.kind == "people" && q.unit == "人" && !ends_with(q.surface, "人");
    if (implied_people) {
      if (const std::string* who = lex_.people.at(noun, 0); who && noun.substr(who->size(), 3) != "的")
        return std::string(noun.substr(0, who->size()));
    }
    if (q.kind == "number" || implied_people) {
      // 14亿人口的…, 8000万纳税人应享尽享: a bare 万/亿 counts people.
      if (size_t de = noun.find("的"); de != std::string_view::npos) noun = noun.substr(0, de);
      if (size_t r = noun.find("人口"); r != std::string_view::npos) noun = noun.substr(0, r + 6);
      else if (size_t r1 = noun.find("人"); r1 != std::string_view::npos)
        noun = noun.substr(0, r1 + (noun.substr(r1 + 3, 3) == "员" ? 6 : 3));  // 低保人员
      else return {};  // 裁减军队员额30万任务: the noun is before the number
    } else if (size_t de = noun.rfind("的"); de != std::string_view::npos && chars(noun.substr(de + 3)) >= 2) {
      noun.remove_prefix(de + 3);  // 有针对性的意见建议 → 意见建议
    }
    return drop_modal(clean(strip_trailing(noun, lex_)), lex_);
  }

  /// 比上年提高, 较去年增加, 比去年预算高, 同比增长: only a comparison, no noun.
  bool comparison_only(std::string_view text) const {
    const bool opens = text.substr(0, 3) == "比" || text.substr(0, 3) == "较" || text.substr(0, 6) == "同比" ||
                       text.substr(0, 6) == "环比";
    if (!opens) return false;
    std::string_view compared = text;
    if (const std::string* verb = lex_.changes.before(text, text.size())) {
      compared.remove_suffix(verb->size());
    } else {
      bool comparative = false;
      for (std::string_view adj : {"高", "低", "多", "少"})
        if (ends_with(compared, adj)) {
          compared.remove_suffix(adj.size());
          comparative = true;
          break;
        }
      if (!comparative) return false;
    }
    return chars(compared) <= 8;
  }

  /// Do the list items before the number's item share its count? Yes for a
  /// list closed by 等 (专题调研、协商、监督等36项), one verb over nouns
  /// (学习贯彻A、B精神102次), or short nouns (二氧化硫、氮氧化物排放量下降3%);
  /// no when the items carry their own numbers or are clauses of their own
  /// (旅客吞吐量再次破亿、入境游客大幅增长186.8%).
  bool shares_count(const Clause& c, size_t number) const {
    if (quantity_in(c.begin, c.item_begin)) return false;
    std::string_view item = strip_leading(p_.substr(c.item_begin, number - c.item_begin), lex_, false);
    if (lex_.verbs.at(item, 0)) return false;  // 开展专题研讨12场: its own predicate
    if (item.find("等") != std::string_view::npos) return true;
    // 单位国内生产总值能耗、水耗均下降20%: an item of one or two characters before its
    // change is no name of its own; it shares the list's words.
    std::string_view own = strip_trailing(item, lex_);
    if (const std::string* verb = lex_.changes.before(own, own.size())) own.remove_suffix(verb->size());
    own = strip_trailing(own, lex_);
    if (!own.empty() && chars(own) <= 2 && own.size() < item.size()) return true;
    // 今年化学需氧量、氨氮排放量要下降2%: the clause's opening time word is no part of an item.
    std::string_view before = strip_leading(p_.substr(c.begin, c.item_begin - c.begin), lex_, false);
    bool short_items = true;
    for (size_t k = 0, from = 0; k <= before.size(); ++k) {
      if (k == before.size() || before.substr(k, 3) == "、") {
        short_items = short_items && chars(before.substr(from, k - from)) <= 6;
        from = k + 3;
      }
    }
    if (short_items) return true;
    bool change_here = false;
    for (size_t i = 0; i < item.size() && !change_here; ++i) change_here = lex_.changes.at(item, i) != nullptr;
    std::string_view first = strip_leading(before, lex_, false);
    return !change_here && lex_.verbs.at(first, 0) != nullptr;
  }

  /// The noun before the number (立案交办提案314件, 开展“三会一课”51次).
  Before number_after(size_t k, const Clause& c) const {
    const QuantityMatch& q = found_.quantities[k];
    size_t start = c.item_begin;
    if (start > c.begin && shares_count(c, q.begin)) start = c.begin;
    // 由9.8%降至7.5%: the second number shares the first one's noun.
    if (auto prev = last_quantity_in(start, q.begin)) {
      std::string_view between = p_.substr(found_.quantities[*prev].end, q.begin - found_.quantities[*prev].end);
      if (chars(between) <= 6) return {"", prev};
    }
    std::string_view s = p_.substr(start, q.begin - start);
    // 分别达38.7万亿元、29.9万亿元: an item that is only a number continues
    // the list of the number before it.
    if (strip_trailing(s, lex_).empty() && start == c.item_begin && start > c.begin) {
      if (auto prev = last_quantity_in(c.begin, start)) {
        std::string_view gap = p_.substr(found_.quantities[*prev].end, start - found_.quantities[*prev].end);
        if (gap == "、" || gap == "和") return {"", prev};
      }
    }
    // 新增1000处信号灯联网、累计达8000处; 地区生产总值增长5.5%、达到10.3万亿元: an item of
    // level words only names the figure before it in the clause (in the sentence after 累计:
    // 新增公园127座，提前建成千座公园城市，累计达到1100座).
    if (level_words_only(s)) {
      const bool sum = s.find("累计") != std::string_view::npos;
      auto prev = start > c.begin || sum ? last_quantity_in(start > c.begin ? c.begin : sentence_start(q.begin), start)
                                         : std::nullopt;
      // Of the same unit, or after a rate (增长5.5%、达到10.3万亿元), not 4个台阶、达14.2万亿元.
      if (prev) {
        const QuantityMatch& p = found_.quantities[*prev];
        if (p.unit == q.unit || p.unit == "%" || p.kind == "percentage_point") return {"", prev};
      }
    }
    // 起征点从月销售额3万元…, 报销比例由50%…: the noun stands before 从/由.
    for (std::string_view from : {"从", "由"}) {
      size_t f = s.rfind(from);
      if (f != std::string_view::npos && f > 0 && chars(s.substr(f + from.size())) <= 6) {
        s = s.substr(0, f);
        break;
      }
    }
    s = strip_trailing(s, lex_);
    s = strip_leading(s, lex_, true);
    s = after_last_verb(s, lex_);
    // 城镇规划、企业融资等一线问题 → 一线问题
    if (size_t deng = s.rfind("等"); deng != std::string_view::npos && chars(s.substr(deng + 3)) >= 2) {
      s.remove_prefix(deng + 3);
      // 特别国债等各类中央支持资金: after 等, 各类 only sums up the list.
      for (std::string_view all : {"各类", "各项", "各种"})
        if (s.substr(0, all.size()) == all && chars(s.substr(all.size())) >= 2) s.remove_prefix(all.size());
    }
    s = strip_trailing(s, lex_);
    if (s.substr(0, 3) == "的") s.remove_prefix(3);  // 设立的涉企收费项目 → 涉企收费项目
    std::string text = drop_modal(clean(s), lex_);
    // 收到提案5898件。…立案5006件，并案160件，转为意见和建议732件: a stage alone names the
    // noun of the paragraph at that stage (立案提案), a stage with its object with 的.
    if (const std::string* stage = lex_.stages.at(text, 0)) {
      const std::string& noun = lex_.stage_nouns.at(*stage);
      const size_t from = q.begin > kWindow ? char_start(q.begin - kWindow) : 0;
      if (text.find(noun) == std::string::npos && p_.substr(from, start - from).find(noun) != std::string_view::npos)
        return {text + (text.size() == stage->size() ? "" : "的") + noun, {}};
    }
    // 从内容看，经济建设方面312件 in a paragraph about proposals: 经济建设方面提案.
    if (const std::string* cat = lex_.categories.before(text, text.size()); cat && text.size() > cat->size()) {
      const std::string& noun = lex_.category_nouns.at(*cat);
      const size_t from = q.begin > kWindow ? char_start(q.begin - kWindow) : 0;
      if (p_.substr(from, start - from).find(noun) != std::string_view::npos) return {text + noun, {}};
    }
    if (const std::string* v = lex_.verbs.at(text, 0); v && v->size() == text.size()) text.clear();  // 用于
    // 委员提案4534件，占90.6%: a bare 占 names the share of the count before it (委员提案占比).
    if (text == "占") {
      if (auto prev = last_quantity_in(sentence_start(q.begin), start)) return {"占比", prev};
    }
    // 财政支出超过23万亿元，增长6.5%: a bare change verb takes the noun of
    // the number before it in the same sentence.
    // 年均增长7.1% keeps its 年均: an average yearly rate is another figure than one year's.
    const size_t annual = text.rfind("年均", 0) == 0 ? 6 : 0;
    // 各类市场主体达到9800多万户，五年增加70%以上: a span of years before the verb is the
    // figure's period, not its name; the verb alone borrows the noun before.
    if (!annual) text.erase(0, span_of_years(text));
    const std::string* change = lex_.changes.at(text, annual);
    if (change && change->size() + annual == text.size()) {
      if (auto prev = last_quantity_in(sentence_start(q.begin), start)) return {text, prev};
    }
    // 办复率达100%，比上年提高2.5个百分点; 财政赤字2.38万亿元，比去年增加2000亿元;
    // 赤字率拟按2.8%安排，比去年预算高0.2个百分点: a comparison with no subject of its
    // own names the figure it compares (办复率, 财政赤字, 赤字率); its base and direction
    // are the figure's `change`.
    if (comparison_only(text)) {
      if (auto prev = last_quantity_in(sentence_start(q.begin), start)) return {"", prev};
    }
    return {text, {}};
  }

  std::optional<std::string> total_qualifier(size_t begin, size_t end) const {
    for (size_t i = begin; i < end;) {
      size_t len = 0;
      code_point_at(p_, i, &len);
      if (const auto* t = lex_.qualifier_at(p_, i, QualifierPlace::kTotal)) {
        bool ok = true;
        if (t->word == "共") {
          // 共 as "in all" heads a verb or a number, unlike 共同, 中共, 公共.
          char32_t prev = code_point_before(p_, i);
          std::string_view rest = p_.substr(i + t->word.size());
          size_t l2 = 0;
          char32_t next = rest.empty() ? 0 : code_point_at(rest, 0, &l2);
          ok = prev != U'中' && prev != U'公' &&
               (lex_.verbs.at(rest, 0) || arabic_digit(next) >= 0 || is_chinese_numeral_char(next));
        }
        if (ok) return t->word;
      }
      i += len;
    }
    return std::nullopt;
  }

  /// 去年, 已 in the clause: an achieved figure, not a commitment. 比去年 and
  /// 较去年 only compare.
  bool has_past_marker(size_t begin, size_t end) const {
    for (size_t i = begin; i < end;) {
      size_t len = 0;
      code_point_at(p_, i, &len);
      if (lex_.pasts.at(p_, i)) {
        char32_t prev = code_point_before(p_, i);
        if (prev != U'比' && prev != U'较' && prev != U'于') return true;
      }
      i += len;
    }
    return false;
  }

  std::string_view p_;
  bool in_plan_;
  const Lexicon& lex_;
  ParagraphQuantities& found_;
  std::vector<std::pair<size_t, size_t>> quotes_;
  Marks clause_marks_, list_marks_, sentence_marks_;
  static constexpr size_t kWindow = 600;  ///< bytes (~200 characters) looked at around a number
};

}  // namespace

void annotate_quantities(std::string_view paragraph, bool in_plan, const Lexicon& lex, ParagraphQuantities& found) {
  Annotator(paragraph, in_plan, lex, found).run();
}

}  // namespace cppcc::quantity
